#include "loaddocument.h"

#include "documentmetadata.h"
#include "htmlloader.h"
#include "markdownloader.h"
#include "paragraphroles.h"
#include "textdecoding.h"
#include "textloader.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace parallax {

namespace {

// Real pages nest a few dozen levels; gumbo needs seconds from about ten thousand.
constexpr int MaxHtmlNesting = 3000;

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MB");
}

// Unknown extensions: markup is recognised by its first tags, everything else is text.
QString formatFor(const QString &path, const QByteArray &bytes)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"txt" || suffix == u"text")
        return QStringLiteral("txt");
    if (suffix == u"md" || suffix == u"markdown" || suffix == u"mdown" || suffix == u"mkd")
        return QStringLiteral("md");
    if (suffix == u"html" || suffix == u"htm" || suffix == u"xhtml")
        return QStringLiteral("html");
    QByteArray head = bytes.left(4096);
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    static const QRegularExpression markup(
        QStringLiteral(R"(^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title|article|div|p)\b)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    return markup.match(QString::fromLatin1(head)).hasMatch() ? QStringLiteral("html") : QStringLiteral("txt");
}

LoadResult failure(const QString &path, const QString &reason)
{
    LoadResult r;
    r.error = {path, reason};
    return r;
}

} // namespace

QString LoadError::message() const
{
    return QStringLiteral("%1: %2").arg(path, reason);
}

LoadResult loadDocument(const QString &path, const LoadOptions &options)
{
    if (path.isEmpty())
        return failure(path, QStringLiteral("no file name given"));
    const QFileInfo info(path);
    if (!info.exists())
        return failure(path, QStringLiteral("file does not exist"));
    if (info.isDir())
        return failure(path, QStringLiteral("is a directory, not a file"));
    // Devices and pipes could block forever or never end.
    if (!info.isFile())
        return failure(path, QStringLiteral("not a regular file"));
    if (!info.isReadable())
        return failure(path, QStringLiteral("permission denied: the file is not readable"));
    if (info.size() == 0)
        return failure(path, QStringLiteral("file is empty"));
    const QString tooLarge = QStringLiteral("file is too large (%1; the limit is %2)");
    if (info.size() > options.maxFileBytes)
        return failure(path, tooLarge.arg(megabytes(info.size()), megabytes(options.maxFileBytes)));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(path, QStringLiteral("cannot be opened: %1").arg(file.errorString()));
    // Read at most one byte past the limit: the file may have grown since it was measured.
    const QByteArray bytes = file.read(options.maxFileBytes + 1);
    if (bytes.isEmpty() && file.error() != QFileDevice::NoError)
        return failure(path, QStringLiteral("cannot be read: %1").arg(file.errorString()));
    if (bytes.isEmpty())
        return failure(path, QStringLiteral("file is empty"));
    if (bytes.size() > options.maxFileBytes)
        return failure(path, tooLarge.arg(megabytes(bytes.size()), megabytes(options.maxFileBytes)));
    if (looksBinary(bytes))
        return failure(path, QStringLiteral("not a text file (it contains binary data)"));

    Document doc;
    doc.path = path;
    doc.format = formatFor(path, bytes);
    const bool html = doc.format == u"html";
    const DecodedText decoded = decodeText(bytes, html ? QStringView(declaredHtmlCharset(bytes)) : QStringView(), html);
    doc.encoding = decoded.encoding;
    doc.source = normalizeLineEndings(decoded.text);
    if (doc.source.trimmed().isEmpty())
        return failure(path, QStringLiteral("file contains only white space"));

    const qsizetype maxBlocks = std::max(options.maxParagraphs, 0);
    ParsedArticle article;
    if (doc.format == u"md")
        article = parseMarkdown(doc.source, maxBlocks);
    else if (doc.format == u"html" && htmlNestingDepth(doc.source) > MaxHtmlNesting)
        return failure(path, QStringLiteral("HTML is nested too deeply (more than %1 levels)").arg(MaxHtmlNesting));
    else if (doc.format == u"html")
        article = parseHtml(doc.source, maxBlocks);
    else
        article = parsePlainText(doc.source, maxBlocks);

    if (article.blocks.size() > maxBlocks)
        return failure(path, QStringLiteral("too many paragraphs (more than %1, the limit)").arg(maxBlocks));
    if (article.blocks.isEmpty())
        return failure(path, QStringLiteral("no readable text found"));

    doc.paragraphs = assignParagraphRoles(article.blocks);
    fillMetadata(doc, article);
    LoadResult result;
    result.error.path = path;
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
