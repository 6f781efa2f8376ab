#include "documentmetadata.h"

#include "dateparser.h"
#include "headings.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace parallax {

namespace {

// Datelines and the headline sit at the top; a date further down is usually about the event.
constexpr qsizetype MetadataParagraphs = 6;
// Furniture above the headline (notices, UI labels) can push the stamps this far down.
constexpr qsizetype HeadParagraphs = 12;

QRegularExpression rx(const QString &pattern)
{
    return QRegularExpression(pattern,
                              QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

QString outletFromParagraphs(const QList<Paragraph> &paragraphs)
{
    static const QRegularExpression sourceLine
        = rx(QStringLiteral(R"(^(source|outlet|publisher|источник|издание)\s*:\s*(.{1,80}?)\s*\.?$)"));
    static const QRegularExpression bylineOutlet
        = rx(QStringLiteral(R"(^(by|автор:?)\s+[^|,]{1,60}?(\s+\|\s+|\s+for\s+|\s+—\s+|,\s+для\s+|,\s+)(.{1,60}?)\s*$)"));
    // "By Ann Lee, Senior Correspondent": after a comma a job title is as likely as an outlet.
    static const QRegularExpression jobTitle = rx(QStringLiteral(
        R"(\b(correspondent|reporter|editor|writer|staff|columnist|journalist|in [A-Z]\w+$|корреспондент|редактор))"));
    // "Source:" lines are usually at the top or the very bottom.
    const qsizetype n = paragraphs.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (i >= MetadataParagraphs && i < n - MetadataParagraphs)
            continue;
        const QString &text = paragraphs[i].text;
        if (text.size() > 120)
            continue;
        if (const auto m = sourceLine.match(text); m.hasMatch())
            return m.captured(2);
        if (const auto m = bylineOutlet.match(text); m.hasMatch() && paragraphs[i].role == ParagraphRole::Dateline) {
            const bool afterComma = m.captured(2).trimmed() == u",";
            QString outlet = m.captured(3);
            // "By Ann Lee, Bo Sten and Cy Holm, Daily Post": more names first, the outlet last.
            if (afterComma && outlet.contains(QLatin1StringView(" and "))) {
                const qsizetype comma = outlet.lastIndexOf(u',');
                outlet = comma < 0 ? QString() : outlet.sliced(comma + 1).trimmed();
            }
            if (!outlet.isEmpty() && !outlet.contains(QLatin1StringView(" and "))
                && (!afterComma || !jobTitle.match(outlet).hasMatch()))
                return outlet;
        }
    }
    // A text file's head "Headline / Outlet / date": a short name-like line between the title
    // and a line that carries the publication date.
    static const QRegularExpression nameLike(QStringLiteral(R"(^[\p{L}][\p{L}\p{M}'’&.\- ]{1,58}[\p{L}.]$)"),
                                             QRegularExpression::UseUnicodePropertiesOption);
    if (n >= 3 && paragraphs[0].role == ParagraphRole::Title && paragraphs[1].role != ParagraphRole::Boilerplate) {
        const QString &candidate = paragraphs[1].text;
        const bool dateFollows = paragraphs[2].role == ParagraphRole::Dateline && !findDates(paragraphs[2].text).isEmpty();
        if (dateFollows && candidate.count(u' ') < 6 && !candidate.endsWith(u'.') && nameLike.match(candidate).hasMatch()
            && !candidate.startsWith(QLatin1StringView("By "), Qt::CaseInsensitive))
            return candidate;
    }
    return {};
}

// "By Mara Quill, Business reporter" / "By Mara Quill | 3 March": the capitalised words after "By".
QString authorFromParagraphs(const QList<Paragraph> &paragraphs)
{
    static const QRegularExpression byline(
        QStringLiteral(R"(^(?:By|Written by|Автор:?|Текст:?)\s+(\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,3}))"),
        QRegularExpression::UseUnicodePropertiesOption);
    const qsizetype n = std::min(paragraphs.size(), MetadataParagraphs);
    for (qsizetype i = 0; i < n; ++i) {
        if (paragraphs[i].role != ParagraphRole::Dateline)
            continue;
        if (const auto m = byline.match(paragraphs[i].text); m.hasMatch())
            return m.captured(1);
    }
    return {};
}

std::optional<PublicationDate> dateFromParagraphs(const QList<Paragraph> &paragraphs)
{
    // The head's stamps: datelines (and the title) before the story's second paragraph, past any
    // furniture above them. A date further down is about the event. The first date wins; a later
    // stamp of the same day that adds the time ("Nov 3, 2031" ... "Posted Nov 3, 2031 10:00 PM")
    // makes it more precise.
    std::optional<PublicationDate> found;
    qsizetype bodies = 0;
    for (qsizetype i = 0; i < std::min(paragraphs.size(), HeadParagraphs); ++i) {
        const Paragraph &p = paragraphs[i];
        // Story paragraphs end like sentences; a standfirst or a name line in the head may not.
        if (p.role == ParagraphRole::Body && endsLikeSentence(p.text) && ++bodies >= 2)
            break;
        if (p.role != ParagraphRole::Dateline && p.role != ParagraphRole::Title)
            continue;
        for (const DateMatch &m : findDates(p.text)) {
            if (m.relative || !m.value.isValid())
                continue;
            if (!found)
                found = m.value;
            else if (found->date == m.value.date && !found->time.isValid() && m.value.time.isValid())
                found = m.value;
            break;
        }
    }
    if (found)
        return found;
    // "KYIV, March 3, 2024 (Reuters) — The dam ..." : a dateline fused into the first body
    // paragraph, recognisable by the dash that follows the date.
    static const QRegularExpression dash(QStringLiteral(R"(^[^\p{L}\p{N}]{0,3}(\([^)]{1,30}\))?\s*(—|–|-{1,2}))"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    for (qsizetype i = 0; i < std::min(paragraphs.size(), HeadParagraphs); ++i) {
        const Paragraph &p = paragraphs[i];
        if (p.role != ParagraphRole::Body)
            continue;
        const QStringView head = QStringView(p.text).left(120);
        for (const DateMatch &m : findDates(head)) {
            if (!m.relative && m.value.isValid() && m.start < 60 && dash.match(head.sliced(m.end)).hasMatch())
                return m.value;
        }
        break;
    }
    return std::nullopt;
}

} // namespace

void fillMetadata(Document &doc, const ParsedArticle &article)
{
    doc.title = article.title;
    if (doc.title.isEmpty()) {
        for (const Paragraph &p : std::as_const(doc.paragraphs)) {
            if (p.role == ParagraphRole::Title) {
                doc.title = p.text;
                break;
            }
        }
    }

    doc.author = article.author;
    if (doc.author.isEmpty())
        doc.author = authorFromParagraphs(doc.paragraphs);
    doc.outlet = article.outlet;
    if (doc.outlet.isEmpty())
        doc.outlet = outletFromParagraphs(doc.paragraphs);
    if (doc.outlet.isEmpty())
        doc.outlet = QFileInfo(doc.path).completeBaseName();

    doc.published = {};
    for (const QString &candidate : article.dateCandidates) {
        if (const auto date = parseDateTime(candidate.trimmed()); date && date->isValid()) {
            doc.published = *date;
            return;
        }
    }
    if (const auto date = dateFromParagraphs(doc.paragraphs))
        doc.published = *date;
}

} // namespace parallax
