#include "documentfromarticle.h"

#include "documentmetadata.h"
#include "paragraphroles.h"

#include <QCoreApplication>

namespace parallax {

LoadResult loadFailure(const QString &path, const QString &reason)
{
    LoadResult r;
    r.error = {path, reason};
    return r;
}

LoadResult documentFromArticle(Document doc, const ParsedArticle &article, const LoadOptions &options)
{
    const qsizetype maxBlocks = std::max(options.maxParagraphs, 0);
    if (article.blocks.size() > maxBlocks)
        return loadFailure(doc.path,
                           QCoreApplication::translate("load", "too many paragraphs (more than %1, the limit)").arg(maxBlocks));
    if (article.blocks.isEmpty())
        return loadFailure(doc.path, QCoreApplication::translate("load", "no readable text found"));
    doc.paragraphs = assignParagraphRoles(article.blocks);
    doc.paragraphBreaks = article.paragraphBreaks.isEmpty() ? QStringLiteral("markup") : article.paragraphBreaks;
    fillMetadata(doc, article);
    LoadResult result;
    result.error.path = doc.path;
    result.document = std::move(doc);
    return result;
}

} // namespace parallax
