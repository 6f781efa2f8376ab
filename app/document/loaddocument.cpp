#include "loaddocument.h"

#include <QFile>
#include <QFileInfo>

namespace parallax {

QString LoadError::message() const
{
    return QStringLiteral("%1: %2").arg(path, reason);
}

// Placeholder loader: UTF-8 text split on blank lines. Replaced by the real loaders.
LoadResult loadDocument(const QString &path, const LoadOptions &options)
{
    LoadResult result;
    result.error.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error.reason = file.errorString();
        return result;
    }
    if (file.size() > options.maxFileBytes) {
        result.error.reason = QStringLiteral("file is too large");
        return result;
    }
    Document doc;
    doc.path = path;
    doc.format = QStringLiteral("txt");
    doc.encoding = QStringLiteral("UTF-8");
    doc.source = QString::fromUtf8(file.readAll());
    for (const QString &block : doc.source.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
        doc.paragraphs.append({block.trimmed(), ParagraphRole::Body});
    doc.outlet = QFileInfo(path).completeBaseName();
    result.document = std::move(doc);
    return result;
}

LoadManyResult loadDocuments(const QStringList &paths, const LoadOptions &options)
{
    LoadManyResult out;
    for (const QString &path : paths) {
        LoadResult r = loadDocument(path, options);
        if (r.ok()) {
            r.document->id = QStringLiteral("d%1").arg(out.documents.size() + 1);
            out.documents.append(std::move(*r.document));
        } else {
            out.errors.append(r.error);
        }
    }
    return out;
}

} // namespace parallax
