#include "pdfreport.h"

#include "buildinfo.h"
#include "htmltimeline.h"
#include "pdfhtml.h"
#include "pdftimeline.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextLayout>

#include <functional>
#include <memory>

namespace parallax {

namespace {

constexpr int dpi = 300;
constexpr int articlesPerPageSet = 4;

qreal mm(qreal v)
{
    return v * dpi / 25.4;
}

const QColor changedColour(0xff, 0xf2, 0xa8);
const QColor quoteColour(0xcf, 0xe3, 0xff);
const QColor conflictColour(0xff, 0xc9, 0xc4);
const QColor conflictLine(0xc0, 0x39, 0x2b);
const QColor noteColour(0x8a, 0x6d, 0x00);

using DocPtr = std::shared_ptr<QTextDocument>;

// The part of a paginated QTextDocument that belongs on one page. Pagination moves a line that
// would cross a page edge to start exactly on it; QTextLayout draws every line touching the
// clip, and clipped-away text still lands in the PDF (pdftotext would read it twice), so the
// window stays a hair inside the page edges.
QRectF pageWindow(qreal width, qreal top, qreal height)
{
    // A line may overhang its page by its leading; a third of a 7.5 pt line is safely inside.
    const qreal inset = mm(0.3);
    return QRectF(0, top + inset, width, height - 2 * inset);
}
using PaintOp = std::function<void(QPainter &)>;

QString esc(const QString &t)
{
    return t.toHtmlEscaped();
}

// Collects what goes on each page first, so page headers can say "page 3 of 17".
class PageStack final
{
public:
    struct Page
    {
        QString section;
        QList<PaintOp> ops;
    };
    QList<Page> pages;
    void newPage(const QString &section) { pages.append(Page {section, {}}); }
    void add(PaintOp op) { pages.last().ops.append(std::move(op)); }
};

class PdfBuilder final
{
public:
    PdfBuilder(const ReportContent &content, QPdfWriter &writer)
        : m_c(content)
        , m_writer(writer)
    {
        m_width = writer.width();
        m_height = writer.height();
        m_top = mm(9);
        m_bottom = m_height - mm(8);
        m_body.setFamily(QStringLiteral("DejaVu Sans"));
        m_body.setPointSizeF(7.5);
        // Non-zero letter spacing turns off ligatures ("ﬀ", "ﬁ"), so copied and extracted text
        // has plain letters and searches for "office" find it.
        m_body.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    }

    void build();
    void paint(QPainter &p);

private:
    DocPtr makeDoc(qreal width) const;
    DocPtr htmlDoc(const QString &html, qreal width) const;
    void flow(const DocPtr &doc, const QString &section);
    void pageSet(const QList<int> &columns, int setIndex, int setCount);

    struct Cell
    {
        DocPtr doc;
        QList<QPair<int, int>> anchors; // note number, document position of its marker
    };
    Cell cell(int document, const QList<int> &paragraphs, qreal width) const;
    QList<Cell> split(const Cell &whole, qreal height, qreal width) const;
    DocPtr noteDoc(const ReportNote &note, qreal width) const;
    qreal anchorY(const Cell &c, int position) const;

    const ReportContent &m_c;
    QPdfWriter &m_writer;
    QFont m_body;
    qreal m_width = 0;
    qreal m_height = 0;
    qreal m_top = 0;
    qreal m_bottom = 0;
    PageStack m_pages;
};

DocPtr PdfBuilder::makeDoc(qreal width) const
{
    auto doc = std::make_shared<QTextDocument>();
    // Measure in the PDF's own units, or text would be laid out for the screen.
    doc->documentLayout()->setPaintDevice(&m_writer);
    doc->setDefaultFont(m_body);
    doc->setDocumentMargin(0);
    doc->setTextWidth(width);
    return doc;
}

DocPtr PdfBuilder::htmlDoc(const QString &html, qreal width) const
{
    DocPtr doc = makeDoc(width);
    doc->setHtml(html);
    doc->setTextWidth(width);
    return doc;
}

// A document taller than a page: let QTextDocument paginate it (no line is cut), then draw one
// page-sized window of it per PDF page.
void PdfBuilder::flow(const DocPtr &doc, const QString &section)
{
    const qreal pageH = m_bottom - m_top;
    doc->setPageSize(QSizeF(m_width, pageH));
    const int count = doc->pageCount();
    const qreal top = m_top;
    for (int i = 0; i < count; ++i) {
        m_pages.newPage(section);
        m_pages.add([doc, i, pageH, top](QPainter &p) {
            p.save();
            p.translate(0, top - i * pageH);
            const QRectF clip = pageWindow(doc->pageSize().width(), i * pageH, pageH);
            doc->drawContents(&p, clip);
            p.restore();
        });
    }
}

PdfBuilder::Cell PdfBuilder::cell(int document, const QList<int> &paragraphs, qreal width) const
{
    Cell out;
    out.doc = makeDoc(width);
    QTextCursor cur(out.doc.get());
    QTextBlockFormat block;
    block.setBottomMargin(mm(1.2));
    bool first = true;
    for (int p : paragraphs) {
        if (first)
            cur.setBlockFormat(block);
        else
            cur.insertBlock(block);
        first = false;
        for (const TextSegment &s : m_c.segments(document, p)) {
            QTextCharFormat f;
            if (s.flags & HighlightConflict) {
                f.setBackground(conflictColour);
                f.setUnderlineStyle(QTextCharFormat::SingleUnderline);
                f.setUnderlineColor(conflictLine);
            } else if (s.flags & HighlightQuote) {
                f.setBackground(quoteColour);
            } else if (s.flags & HighlightChanged) {
                f.setBackground(changedColour);
            }
            if (s.flags & HighlightNote) {
                f.setUnderlineStyle(QTextCharFormat::DashUnderline);
                f.setUnderlineColor(noteColour);
            }
            // Paragraph-internal line breaks become line separators, not new blocks.
            cur.insertText(QString(s.text).replace(u'\n', QChar::LineSeparator), f);
            for (int n : s.notesAfter) {
                QTextCharFormat mark;
                mark.setVerticalAlignment(QTextCharFormat::AlignSuperScript);
                mark.setFontWeight(QFont::Bold);
                mark.setForeground(noteColour);
                out.anchors.append({n, cur.position()});
                cur.insertText(QString::number(n), mark);
            }
        }
    }
    return out;
}

qreal PdfBuilder::anchorY(const Cell &c, int position) const
{
    const QTextBlock block = c.doc->findBlock(position);
    const QRectF rect = c.doc->documentLayout()->blockBoundingRect(block);
    const QTextLayout *layout = block.layout();
    if (!layout)
        return rect.top();
    const QTextLine line = layout->lineForTextPosition(position - block.position());
    return rect.top() + (line.isValid() ? line.y() : 0);
}

DocPtr PdfBuilder::noteDoc(const ReportNote &note, qreal width) const
{
    const Annotation &a = note.annotation;
    QString h = QStringLiteral("<b style=\"color:#8a6d00\">%1</b> ").arg(note.number);
    if (!a.tag.isEmpty())
        h += QStringLiteral("<span style=\"background-color:%1\">&nbsp;%2&nbsp;</span> ").arg(esc(a.colour), esc(a.tag));
    h += esc(a.note).replace(u'\n', QStringLiteral("<br>"));
    DocPtr doc = htmlDoc(h, width);
    QFont small = m_body;
    small.setPointSizeF(7);
    doc->setDefaultFont(small);
    doc->setHtml(h);
    doc->setTextWidth(width);
    return doc;
}

void PdfBuilder::pageSet(const QList<int> &columns, int setIndex, int setCount)
{
    const bool notes = m_c.options().annotations;
    const qreal gutter = mm(3);
    const qreal notesW = notes ? mm(52) : 0;
    const int k = int(columns.size());
    // Every page set uses the first set's column width: a lone last article reads in the same
    // narrow column as the others instead of one page-wide line.
    const int slots = int(qMin<qsizetype>(articlesPerPageSet, m_c.documents().size()));
    const qreal colW = (m_width - notesW - gutter * (notes ? slots : slots - 1)) / slots;
    auto colX = [colW, gutter](int i) { return i * (colW + gutter); };
    const qreal notesX = m_width - notesW;
    const QString section = setCount > 1 ? QStringLiteral("Articles %1\u2013%2 (page set %3 of %4)")
                                               .arg(setIndex * articlesPerPageSet + 1)
                                               .arg(setIndex * articlesPerPageSet + k)
                                               .arg(setIndex + 1)
                                               .arg(setCount)
                                         : QStringLiteral("Articles side by side");

    // Column headers and the legend repeat on every page of the set.
    QList<DocPtr> heads;
    qreal headH = 0;
    for (int d : columns) {
        const Document &doc = m_c.comparison().documents.at(d);
        DocPtr h
            = htmlDoc(QStringLiteral("<b style=\"font-size:9pt\">%1</b><br><span style=\"color:#555\">%2</span><br><i>%3</i>")
                          .arg(esc(m_c.documentLabel(d)), esc(doc.published.toIso()), esc(doc.title)),
                      colW);
        headH = qMax(headH, h->size().height());
        heads.append(h);
    }
    DocPtr legend
        = htmlDoc(QStringLiteral(
                      "<span style=\"background-color:%1\">&nbsp;changed words&nbsp;</span>&nbsp; "
                      "<span style=\"background-color:%2\">&nbsp;shared quote&nbsp;</span>&nbsp; "
                      "<span style=\"background-color:%3;text-decoration:underline\">&nbsp;conflicting detail&nbsp;</span>&nbsp; "
                      "<b style=\"color:#8a6d00\">1</b> note number (notes in the right margin)")
                      .arg(changedColour.name(), quoteColour.name(), conflictColour.name()),
                  m_width);
    const qreal legendH = legend->size().height();
    const qreal bodyTop = m_top + legendH + mm(1.5) + headH + mm(2);
    const qreal fullH = m_bottom - bodyTop;

    qreal y = 0;
    auto startPage = [&]() {
        m_pages.newPage(section);
        const qreal top = m_top;
        m_pages.add([=, this](QPainter &p) {
            p.save();
            p.translate(0, top);
            legend->drawContents(&p);
            p.translate(0, legendH + mm(1.5));
            for (int i = 0; i < heads.size(); ++i) {
                p.save();
                p.translate(colX(i), 0);
                heads.at(i)->drawContents(&p);
                p.restore();
            }
            if (notesW > 0) {
                p.save();
                QFont f = m_body;
                f.setBold(true);
                f.setPointSizeF(9);
                p.setFont(f);
                p.setPen(Qt::black);
                p.drawText(QRectF(notesX, 0, notesW, headH), Qt::AlignLeft | Qt::AlignTop, QStringLiteral("Notes"));
                p.restore();
            }
            p.setPen(QPen(Qt::black, mm(0.25)));
            p.drawLine(QPointF(0, headH + mm(0.8)), QPointF(m_width, headH + mm(0.8)));
            p.restore();
        });
        y = bodyTop;
    };
    startPage();

    for (int r = 0; r < m_c.rows().size(); ++r) {
        const ReportRow &row = m_c.rows().at(r);
        // Each shown column's cell, split into page-high pieces at line boundaries when the row
        // is taller than a page (pieces are separate documents: nothing is clipped or cut).
        QList<QList<Cell>> pieces(k);
        int slices = 0;
        for (int i = 0; i < k; ++i) {
            const int column = int(m_c.documents().indexOf(columns.at(i)));
            if (row.paragraphs.at(column).isEmpty())
                continue;
            pieces[i] = split(cell(columns.at(i), row.paragraphs.at(column), colW), fullH, colW);
            slices = qMax(slices, int(pieces.at(i).size()));
        }
        if (slices == 0)
            continue;
        for (int s = 0; s < slices; ++s) {
            qreal rowH = 0;
            QList<QPair<int, DocPtr>> draw;
            QList<int> gaps;
            QList<QPair<qreal, int>> order; // anchor y, note number
            for (int i = 0; i < k; ++i) {
                if (s >= pieces.at(i).size()) {
                    gaps.append(i);
                    continue;
                }
                const Cell &c = pieces.at(i).at(s);
                rowH = qMax(rowH, c.doc->size().height());
                draw.append({i, c.doc});
                for (const auto &anchor : c.anchors)
                    order.append({anchorY(c, anchor.second), anchor.first});
            }
            // Notes stand beside the line their marker is on, pushed down only to avoid overlap.
            QList<QPair<DocPtr, qreal>> notesHere;
            if (notes) {
                std::stable_sort(order.begin(), order.end());
                qreal next = 0;
                for (const auto &[ay, number] : order) {
                    DocPtr nd = noteDoc(m_c.notes().at(number - 1), notesW);
                    const qreal at = qMax(ay, next);
                    notesHere.append({nd, at});
                    next = at + nd->size().height() + mm(1);
                }
                rowH = qMax(rowH, next);
            }
            if ((s > 0 || y + rowH > m_bottom) && y > bodyTop)
                startPage();
            const qreal top = y;
            const bool last = s == slices - 1;
            m_pages.add([=, this](QPainter &p) {
                for (int i : gaps)
                    p.fillRect(QRectF(colX(i), top, colW, rowH), QColor(0xf4, 0xf4, 0xf4));
                for (const auto &[i, doc] : draw) {
                    p.save();
                    p.translate(colX(i), top);
                    doc->drawContents(&p);
                    p.restore();
                }
                for (const auto &[doc, at] : notesHere) {
                    p.save();
                    p.translate(notesX, top + at);
                    doc->drawContents(&p);
                    p.restore();
                }
                if (last) {
                    p.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), mm(0.15)));
                    p.drawLine(QPointF(0, top + rowH + mm(1)), QPointF(m_width, top + rowH + mm(1)));
                }
            });
            y = top + rowH + mm(2.5);
        }
    }
}

QList<PdfBuilder::Cell> PdfBuilder::split(const Cell &whole, qreal height, qreal width) const
{
    if (whole.doc->size().height() <= height)
        return {whole};
    // Find the first text position of every line that would start below the page.
    QList<int> cuts;
    qreal pieceTop = 0;
    for (QTextBlock b = whole.doc->begin(); b.isValid(); b = b.next()) {
        const QRectF rect = whole.doc->documentLayout()->blockBoundingRect(b);
        const QTextLayout *layout = b.layout();
        for (int l = 0; layout && l < layout->lineCount(); ++l) {
            const QTextLine line = layout->lineAt(l);
            const qreal lineTop = rect.top() + line.y();
            if (lineTop + line.height() - pieceTop > height && lineTop > pieceTop) {
                cuts.append(b.position() + line.textStart());
                pieceTop = lineTop;
            }
        }
    }
    cuts.append(whole.doc->characterCount() - 1);
    QList<Cell> out;
    int start = 0;
    for (int end : cuts) {
        QTextCursor from(whole.doc.get());
        from.setPosition(start);
        from.setPosition(end, QTextCursor::KeepAnchor);
        Cell piece;
        piece.doc = makeDoc(width);
        QTextCursor to(piece.doc.get());
        to.insertFragment(from.selection());
        for (const auto &anchor : whole.anchors) {
            if (anchor.second >= start && anchor.second < end)
                piece.anchors.append({anchor.first, anchor.second - start});
        }
        out.append(piece);
        start = end;
    }
    return out;
}

void PdfBuilder::build()
{
    flow(htmlDoc(pdfCoverHtml(m_c), m_width), QStringLiteral("Overview"));
    // Timeline: the charts as vectors, then who had each quote and passage first.
    for (PaintOp &op : pdfTimelinePages(m_c, m_width, m_top, m_bottom, dpi / 72.0, m_body)) {
        m_pages.newPage(QStringLiteral("Timeline"));
        m_pages.add(std::move(op));
    }
    flow(htmlDoc(QStringLiteral("<h2>Timeline</h2>") + timelineTextHtml(m_c), m_width), QStringLiteral("Timeline"));
    const QList<int> &docs = m_c.documents();
    const int sets = int((docs.size() + articlesPerPageSet - 1) / articlesPerPageSet);
    for (int s = 0; s < sets; ++s)
        pageSet(docs.mid(s * articlesPerPageSet, articlesPerPageSet), s, sets);
    const QString orphans = pdfLeftoverNotesHtml(m_c);
    if (!orphans.isEmpty())
        flow(htmlDoc(orphans, m_width), QStringLiteral("Notes"));
}

void PdfBuilder::paint(QPainter &p)
{
    const int total = int(m_pages.pages.size());
    QFont small = m_body;
    small.setPointSizeF(7);
    for (int i = 0; i < total; ++i) {
        if (i > 0)
            m_writer.newPage();
        p.save();
        p.setFont(small);
        p.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF head(0, 0, m_width, mm(5));
        p.drawText(head, Qt::AlignLeft | Qt::AlignTop, m_c.eventTitle());
        p.drawText(head, Qt::AlignRight | Qt::AlignTop, m_pages.pages.at(i).section);
        p.drawLine(QPointF(0, mm(5)), QPointF(m_width, mm(5)));
        p.drawText(QRectF(0, m_height - mm(5), m_width, mm(5)), Qt::AlignHCenter | Qt::AlignBottom,
                   QStringLiteral("Page %1 of %2").arg(i + 1).arg(total));
        p.restore();
        for (const PaintOp &op : m_pages.pages.at(i).ops)
            op(p);
    }
}

QByteArray xmp(const QString &title, const QString &author, const QString &creator)
{
    const QString x
        = QStringLiteral(
              "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
              "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
              "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
              "xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">"
              "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>"
              "<dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>"
              "<xmp:CreatorTool>%3</xmp:CreatorTool><pdf:Producer>%3</pdf:Producer>"
              "</rdf:Description></rdf:RDF></x:xmpmeta>\n<?xpacket end=\"w\"?>")
              .arg(esc(title), esc(author), esc(creator));
    return x.toUtf8();
}

} // namespace

QString writePdfReport(const ReportContent &content, const QString &path, const PdfOptions &options)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("report", "cannot write %1: %2").arg(path, file.errorString());
    QString author = options.author;
    if (author.isEmpty())
        author = qEnvironmentVariable("USER", QStringLiteral("Parallax"));
    const QString creator = QStringLiteral("Parallax %1").arg(QLatin1StringView(appVersion));
    {
        QPdfWriter writer(&file);
        writer.setResolution(dpi);
        writer.setTitle(content.eventTitle());
        writer.setCreator(creator);
        writer.setDocumentXmpMetadata(xmp(content.eventTitle(), author, creator));
        const QPageSize size(options.pageSize == PdfPageSize::Letter ? QPageSize::Letter : QPageSize::A4);
        writer.setPageLayout(QPageLayout(size, QPageLayout::Landscape, QMarginsF(12, 10, 12, 10), QPageLayout::Millimeter));
        PdfBuilder builder(content, writer);
        builder.build();
        QPainter painter;
        if (!painter.begin(&writer))
            return QCoreApplication::translate("report", "cannot start the PDF %1").arg(path);
        builder.paint(painter);
        painter.end();
    }
    if (!file.commit())
        return QCoreApplication::translate("report", "cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace parallax
