#include "officeloader.h"

#include "documentfromarticle.h"
#include "docxparser.h"
#include "odtparser.h"
#include "zipreader.h"

#include <QCoreApplication>

namespace parallax {

namespace {

Document emptyDocument(const QString &path, const QString &format)
{
    Document doc;
    doc.path = path;
    doc.format = format;
    doc.encoding = QStringLiteral("UTF-8"); // XML parts of both formats are UTF-8 in practice
    return doc;
}

// Joins the blocks so the source view has the text to show (the XML would be unreadable).
QString plainSource(const ParsedArticle &article)
{
    QStringList texts;
    texts.reserve(article.blocks.size());
    for (const Block &block : article.blocks)
        texts.append(block.text);
    return texts.join(QStringLiteral("\n\n"));
}

} // namespace

LoadResult loadDocx(const QString &path, const QByteArray &bytes, const LoadOptions &options)
{
    ZipReader zip(bytes, options.maxUnzippedBytes, options.maxCompressionRatio);
    if (!zip.isOpen())
        return loadFailure(path, QCoreApplication::translate("load", "not a Word document: %1").arg(zip.error()));
    if (!zip.contains(QStringLiteral("word/document.xml")))
        return loadFailure(path, QCoreApplication::translate("load", "not a Word document: word/document.xml is missing"));
    DocxParts parts;
    parts.document = zip.read(QStringLiteral("word/document.xml"));
    if (parts.document.isNull())
        return loadFailure(path, zip.error());
    // The other parts are optional; a missing one is not an error, an oversized one is.
    const auto optional = [&zip](const QString &name, QByteArray &out) {
        if (!zip.contains(name))
            return true;
        out = zip.read(name);
        return !out.isNull();
    };
    if (!optional(QStringLiteral("word/styles.xml"), parts.styles)
        || !optional(QStringLiteral("word/footnotes.xml"), parts.footnotes)
        || !optional(QStringLiteral("word/endnotes.xml"), parts.endnotes)
        || !optional(QStringLiteral("docProps/core.xml"), parts.core))
        return loadFailure(path, zip.error());
    QString error;
    const qsizetype maxBlocks = std::max(options.maxParagraphs, 0);
    const ParsedArticle article = parseDocx(parts, maxBlocks, &error);
    if (!error.isEmpty())
        return loadFailure(path, QCoreApplication::translate("load", "damaged Word document: %1").arg(error));
    Document doc = emptyDocument(path, QStringLiteral("docx"));
    doc.source = plainSource(article);
    return documentFromArticle(std::move(doc), article, options);
}

LoadResult loadOdt(const QString &path, const QByteArray &bytes, const LoadOptions &options)
{
    ZipReader zip(bytes, options.maxUnzippedBytes, options.maxCompressionRatio);
    if (!zip.isOpen())
        return loadFailure(path, QCoreApplication::translate("load", "not an OpenDocument text: %1").arg(zip.error()));
    if (!zip.contains(QStringLiteral("content.xml")))
        return loadFailure(path, QCoreApplication::translate("load", "not an OpenDocument text: content.xml is missing"));
    const QByteArray content = zip.read(QStringLiteral("content.xml"));
    if (content.isNull())
        return loadFailure(path, zip.error());
    QByteArray meta;
    if (zip.contains(QStringLiteral("meta.xml")) && (meta = zip.read(QStringLiteral("meta.xml"))).isNull())
        return loadFailure(path, zip.error());
    QString error;
    const ParsedArticle article = parseOdt(content, meta, std::max(options.maxParagraphs, 0), &error);
    if (!error.isEmpty())
        return loadFailure(path, QCoreApplication::translate("load", "damaged OpenDocument text: %1").arg(error));
    Document doc = emptyDocument(path, QStringLiteral("odt"));
    doc.source = plainSource(article);
    return documentFromArticle(std::move(doc), article, options);
}

} // namespace parallax
