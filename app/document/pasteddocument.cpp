#include "pasteddocument.h"

#include "documentfromarticle.h"
#include "htmlloader.h"
#include "textdecoding.h"
#include "textloader.h"

namespace parallax {

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
