#include "documentmetadata.h"

#include "dateparser.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace parallax {

namespace {

// Datelines and the headline sit at the top; a date further down is usually about the event.
constexpr qsizetype MetadataParagraphs = 6;

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
        = rx(QStringLiteral(R"(^(by|автор:?)\s+[^|]{1,60}?(\s+\|\s+|\s+for\s+|\s+—\s+|,\s+для\s+)(.{1,60}?)\s*$)"));
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
        if (const auto m = bylineOutlet.match(text); m.hasMatch() && paragraphs[i].role == ParagraphRole::Dateline)
            return m.captured(3);
    }
    return {};
}

std::optional<PublicationDate> dateFromParagraphs(const QList<Paragraph> &paragraphs)
{
    const qsizetype n = std::min(paragraphs.size(), MetadataParagraphs);
    for (qsizetype i = 0; i < n; ++i) {
        const Paragraph &p = paragraphs[i];
        if (p.role != ParagraphRole::Dateline && p.role != ParagraphRole::Title)
            continue;
        for (const DateMatch &m : findDates(p.text)) {
            if (!m.relative && m.value.isValid())
                return m.value;
        }
    }
    // "KYIV, March 3, 2024 (Reuters) — The dam ..." : a dateline fused into the first body
    // paragraph, recognisable by the dash that follows the date.
    static const QRegularExpression dash(QStringLiteral(R"(^[^\p{L}\p{N}]{0,3}(\([^)]{1,30}\))?\s*(—|–|-{1,2}))"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    for (qsizetype i = 0; i < n; ++i) {
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
