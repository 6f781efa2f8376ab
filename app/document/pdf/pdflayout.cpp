#include "pdflayout.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace parallax {

namespace {

// Share of the page height that counts as top or bottom margin for headers and footers
// (A4: 76 pt; printed body text starts lower, running heads sit higher).
constexpr double MarginShare = 0.09;
// Running heads are short; a long line in the margin zone is body text set high.
constexpr qsizetype MaxRunningHeadLength = 100;
// A fragment wider than this share of the page's text width spans the columns.
constexpr double WideShare = 0.6;

struct Line
{
    QString text;
    QRectF box;
    int page = 0;
    int column = -1; // unique per page band and column; -1 for boilerplate
    bool boilerplate = false;
    bool topMargin = false;
};

double median(QList<double> values, double fallback)
{
    if (values.isEmpty())
        return fallback;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Words on one baseline, split where the horizontal gap is wider than a word space can be.
QList<Line> fragmentsOf(const PdfPage &page, int pageIndex)
{
    QList<PdfWord> words;
    for (const PdfWord &w : page.words) {
        if (!w.text.trimmed().isEmpty() && w.box.height() > 0)
            words.append(w);
    }
    std::stable_sort(words.begin(), words.end(),
                     [](const PdfWord &a, const PdfWord &b) { return a.box.center().y() < b.box.center().y(); });
    QList<QList<PdfWord>> rows;
    for (const PdfWord &w : std::as_const(words)) {
        if (!rows.isEmpty()) {
            const QRectF &first = rows.last().constFirst().box;
            if (w.box.center().y() - first.center().y() < 0.5 * std::min(first.height(), w.box.height())) {
                rows.last().append(w);
                continue;
            }
        }
        rows.append({w});
    }
    QList<Line> out;
    for (QList<PdfWord> &row : rows) {
        std::stable_sort(row.begin(), row.end(), [](const PdfWord &a, const PdfWord &b) { return a.box.left() < b.box.left(); });
        Line line;
        const PdfWord *previous = nullptr;
        for (const PdfWord &w : std::as_const(row)) {
            if (previous) {
                const double gap = w.box.left() - previous->box.right();
                const double height = std::max(previous->box.height(), w.box.height());
                if (gap > std::max(0.9 * height, 6.0)) {
                    out.append(line);
                    line = {};
                } else if (previous->spaceAfter || gap > 0.15 * height) {
                    line.text += u' ';
                }
            }
            line.text += w.text;
            line.box = line.box.isNull() ? w.box : line.box.united(w.box);
            line.page = pageIndex;
            previous = &w;
        }
        out.append(line);
    }
    return out;
}

QString boilerplateKey(const Line &line, double pageHeight)
{
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    QString text = line.text.simplified().toLower();
    text.replace(digits, QStringLiteral("#"));
    const int zone = line.box.center().y() < pageHeight / 2 ? 0 : 1;
    // Broken PDFs place text at absurd coordinates (-6.8e9 was found by fuzz_pdf): clamped before
    // rounding, since a double outside int's range is undefined behaviour to convert.
    const double band = std::clamp(line.box.center().y() / 6.0, -1.0e6, 1.0e6);
    return QStringLiteral("%1|%2|%3").arg(zone).arg(std::isfinite(band) ? qRound(band) : 0).arg(text);
}

bool isPageNumber(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^[-–—\s]*(page|p\.|seite|стр\.?|страница)?\s*\d{1,4}(\s*(of|/|из)\s*\d{1,4})?[-–—\s]*$)"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(text.trimmed()).hasMatch();
}

// Marks running headers, footers and page numbers in the page margins.
void markBoilerplate(QList<QList<Line>> &pages, const QList<PdfPage> &source)
{
    QHash<QString, QSet<int>> pagesWithKey;
    for (int p = 0; p < pages.size(); ++p) {
        const double height = source[p].size.height();
        for (Line &line : pages[p]) {
            const double y = line.box.center().y();
            if ((y > height * MarginShare && y < height * (1 - MarginShare)) || line.text.size() > MaxRunningHeadLength)
                continue;
            line.topMargin = y <= height * MarginShare;
            pagesWithKey[boilerplateKey(line, height)].insert(p);
            if (isPageNumber(line.text))
                line.boilerplate = true;
        }
    }
    const qsizetype needed = std::max<qsizetype>(2, (pages.size() + 1) / 2);
    for (int p = 0; p < pages.size(); ++p) {
        const double height = source[p].size.height();
        for (Line &line : pages[p]) {
            const double y = line.box.center().y();
            if ((y <= height * MarginShare || y >= height * (1 - MarginShare)) && line.text.size() <= MaxRunningHeadLength
                && pagesWithKey.value(boilerplateKey(line, height)).size() >= needed)
                line.boilerplate = true;
        }
    }
}

// Orders one page's body fragments: bands of full-width or column lines, columns left to right.
QList<Line> readingOrder(QList<Line> lines, int &nextColumn)
{
    if (lines.isEmpty())
        return {};
    double left = lines.constFirst().box.left();
    double right = lines.constFirst().box.right();
    for (const Line &l : std::as_const(lines)) {
        left = std::min(left, l.box.left());
        right = std::max(right, l.box.right());
    }
    const double wideWidth = WideShare * (right - left);
    std::stable_sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) { return a.box.top() < b.box.top(); });
    QList<Line> out;
    qsizetype i = 0;
    while (i < lines.size()) {
        const bool wide = lines[i].box.width() > wideWidth;
        qsizetype j = i;
        while (j < lines.size() && (lines[j].box.width() > wideWidth) == wide)
            ++j;
        QList<Line> band = lines.mid(i, j - i);
        i = j;
        // Columns: connected runs of the band's horizontal extents.
        QList<QPair<double, double>> columns;
        if (wide) {
            columns.append({left, right});
        } else {
            QList<Line> byLeft = band;
            std::stable_sort(byLeft.begin(), byLeft.end(),
                             [](const Line &a, const Line &b) { return a.box.left() < b.box.left(); });
            for (const Line &l : std::as_const(byLeft)) {
                if (!columns.isEmpty() && l.box.left() <= columns.last().second + 2.0)
                    columns.last().second = std::max(columns.last().second, l.box.right());
                else
                    columns.append({l.box.left(), l.box.right()});
            }
        }
        for (const auto &[columnLeft, columnRight] : std::as_const(columns)) {
            const int id = nextColumn++;
            QList<Line> column;
            for (const Line &l : std::as_const(band)) {
                const double x = l.box.center().x();
                if (wide || (x >= columnLeft - 0.1 && x <= columnRight + 0.1))
                    column.append(l);
            }
            for (Line &l : column) {
                // Fragments on one baseline within a column (a tab stop) are one line.
                if (!out.isEmpty() && out.last().column == id
                    && std::abs(out.last().box.center().y() - l.box.center().y()) < 0.5 * l.box.height()) {
                    out.last().text += u' ' + l.text;
                    out.last().box = out.last().box.united(l.box);
                    continue;
                }
                l.column = id;
                out.append(l);
            }
        }
    }
    return out;
}

bool endsSentence(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return true;
    static const QString enders = QStringLiteral(".!?…:\"”»’'");
    return enders.contains(t.back());
}

bool startsLower(QStringView text)
{
    const QStringView t = text.trimmed();
    return !t.isEmpty() && t.front().isLower();
}

bool endsWithHyphen(QStringView text)
{
    const QStringView t = text.trimmed();
    return !t.isEmpty() && (t.back() == u'-' || t.back() == u'\u00AD' || t.back() == u'\u2010');
}

bool similarHeight(const QRectF &a, const QRectF &b)
{
    const double h = std::max(a.height(), b.height());
    return h <= 0 || std::abs(a.height() - b.height()) < 0.2 * h;
}

} // namespace

QString joinPdfLines(const QString &first, const QString &second)
{
    const QString a = first.trimmed();
    const QString b = second.trimmed();
    if (a.isEmpty() || b.isEmpty())
        return a + b;
    if (a.back() == u'\u00AD')
        return a.chopped(1) + b;
    if (endsWithHyphen(a) && a.size() >= 2 && a[a.size() - 2].isDigit() && b.front().isDigit())
        return a + b; // a range broken after its hyphen: "2023-" + "24"
    if (!endsWithHyphen(a) || a.size() < 2 || !a[a.size() - 2].isLetter())
        return a + u' ' + b;
    // The word broken by the hyphen: its first part and the next line's first word.
    const qsizetype wordStart = a.lastIndexOf(u' ') + 1;
    const QString head = a.mid(wordStart, a.size() - 1 - wordStart).toLower();
    const QString nextWord = b.section(u' ', 0, 0);
    static const QSet<QString> compoundHeads = [] {
        QSet<QString> set;
        for (const char *w : {"well",  "self",   "long",  "short", "high", "low",   "full", "half",   "all",   "cross", "ex",
                              "non",   "multi",  "co",    "pre",   "post", "anti",  "pro",  "so",     "far",   "ill",   "little",
                              "much",  "one",    "two",   "three", "four", "five",  "best", "better", "world", "top",   "record",
                              "first", "second", "third", "last",  "year", "month", "week", "day",    "hour",  "free"})
            set.insert(QString::fromLatin1(w));
        return set;
    }();
    const bool keepHyphen
        = !b.front().isLower() || nextWord.contains(u'-') || head.contains(u'-') || compoundHeads.contains(head);
    return keepHyphen ? a + b : a.chopped(1) + b;
}

PdfLayoutResult layoutPdfPages(const QList<PdfPage> &pages, qsizetype maxBlocks)
{
    QList<QList<Line>> fragments;
    for (int p = 0; p < pages.size(); ++p)
        fragments.append(fragmentsOf(pages[p], p));
    markBoilerplate(fragments, pages);

    // Reading order: per page, the top-margin boilerplate, the body, the bottom-margin boilerplate.
    QList<Line> lines;
    int nextColumn = 0;
    for (const QList<Line> &page : std::as_const(fragments)) {
        QList<Line> body;
        QList<Line> bottom;
        for (const Line &l : page) {
            if (!l.boilerplate)
                body.append(l);
            else if (l.topMargin)
                lines.append(l);
            else
                bottom.append(l);
        }
        lines.append(readingOrder(body, nextColumn));
        lines.append(bottom);
    }

    QList<double> heights;
    QList<double> gaps;
    const Line *previousBody = nullptr;
    for (const Line &l : std::as_const(lines)) {
        if (l.boilerplate)
            continue;
        heights.append(l.box.height());
        if (previousBody && previousBody->column == l.column && similarHeight(previousBody->box, l.box))
            gaps.append(l.box.top() - previousBody->box.bottom());
        previousBody = &l;
    }
    const double bodyHeight = median(heights, 10.0);
    const double lineGap = median(gaps, 0.3 * bodyHeight);

    PdfLayoutResult result;
    QList<Block> pending;
    QString text;
    QRectF paragraphBox;
    int paragraphPage = 0;
    double largest = 0;
    const Line *previous = nullptr;
    double columnRight = 0;
    const auto flush = [&] {
        if (!text.isEmpty()) {
            const bool heading = paragraphBox.height() > 0 && previous && previous->box.height() >= 1.25 * bodyHeight;
            result.blocks.append({text, heading ? BlockKind::Heading : BlockKind::Text});
            if (paragraphPage == 0 && previous && previous->box.height() > largest
                && previous->box.height() >= 1.15 * bodyHeight) {
                largest = previous->box.height();
                result.largestFirstPageText = text;
            }
        }
        text.clear();
        result.blocks.append(pending);
        pending.clear();
    };
    for (const Line &l : std::as_const(lines)) {
        if (result.blocks.size() > maxBlocks)
            break;
        if (l.boilerplate) {
            pending.append({l.text.simplified(), BlockKind::Boilerplate});
            continue;
        }
        bool newParagraph = previous == nullptr;
        if (previous) {
            const QRectF &a = previous->box;
            const QRectF &b = l.box;
            const double h = std::max(a.height(), b.height());
            const double overlap = std::min(a.right(), b.right()) - std::max(a.left(), b.left());
            const bool sameColumn = previous->page == l.page && b.top() >= a.top() - 0.1
                && (previous->column == l.column
                    || (overlap > 0.3 * std::min(a.width(), b.width()) && b.top() - a.bottom() < 2 * h));
            if (previous->column != l.column)
                columnRight = 0;
            columnRight = std::max(columnRight, a.right());
            if (!similarHeight(a, b)) {
                newParagraph = true;
            } else if (sameColumn) {
                const bool gap = b.top() - a.bottom() > lineGap + 0.5 * h;
                const bool indent = b.left() - a.left() > 0.8 * h;
                const bool shortEnd
                    = endsSentence(previous->text) && a.right() < columnRight - 0.25 * std::max(columnRight - a.left(), 1.0);
                newParagraph = gap || indent || shortEnd;
            } else {
                newParagraph = endsSentence(previous->text) || !(startsLower(l.text) || endsWithHyphen(previous->text));
            }
        }
        if (newParagraph) {
            flush();
            text = l.text.trimmed();
            paragraphBox = l.box;
            paragraphPage = l.page;
        } else {
            text = joinPdfLines(text, l.text);
            paragraphBox = paragraphBox.united(l.box);
        }
        previous = &l;
    }
    flush();
    return result;
}

} // namespace parallax
