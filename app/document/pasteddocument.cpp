#include "pasteddocument.h"

#include "documentfromarticle.h"
#include "htmlloader.h"
#include "textdecoding.h"
#include "textloader.h"

#include <QRegularExpression>

namespace parallax {

Document documentFromText(const QString &text, const QString &title, const QString &outlet)
{
    Document document;
    document.format = QStringLiteral("txt");
    document.encoding = QStringLiteral("UTF-8");
    document.outlet = outlet.trimmed();
    document.source = text;
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normalised.replace(u'\r', u'\n');
    static const QRegularExpression blankLine(QStringLiteral("\n[ \t]*\n"));
    const QStringList parts = normalised.split(blankLine);
    for (const QString &part : parts) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            document.paragraphs.append({trimmed, ParagraphRole::Body});
    }
    document.title = title.trimmed();
    // Clipboard text usually starts with its headline; a short first paragraph is taken as the title.
    if (document.title.isEmpty() && !document.paragraphs.isEmpty() && document.paragraphs.constFirst().text.size() <= 160
        && !document.paragraphs.constFirst().text.contains(u'\n')) {
        document.title = document.paragraphs.constFirst().text;
        document.paragraphs.first().role = ParagraphRole::Title;
    }
    return document;
}

Document documentFromPastedText(const QString &text, bool isHtml, const QString &title, const QString &outlet)
{
    const LoadOptions options;
    Document doc;
    doc.format = isHtml ? QStringLiteral("html") : QStringLiteral("txt");
    doc.encoding = QStringLiteral("UTF-8");
    doc.source = normalizeLineEndings(text);
    const ParsedArticle article
        = isHtml ? parseHtml(doc.source, options.maxParagraphs) : parsePlainText(doc.source, options.maxParagraphs);
    LoadResult result = documentFromArticle(doc, article, options);
    if (result.ok())
        doc = std::move(*result.document);
    if (!title.trimmed().isEmpty())
        doc.title = title.trimmed();
    if (!outlet.trimmed().isEmpty())
        doc.outlet = outlet.trimmed();
    return doc;
}

} // namespace parallax
