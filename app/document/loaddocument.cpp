#include "loaddocument.h"

#include "documentfromarticle.h"
#include "htmlloader.h"
#include "loaderregistry.h"
#include "markdownloader.h"
#include "officeloader.h"
#include "textdecoding.h"
#include "textloader.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
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
    return loadFailure(path, reason);
}

// Binary formats are recognised by their first bytes too, so a renamed file still gets the
// right message instead of "not a text file".
QString binaryFormatFor(const QString &suffix, const QByteArray &bytes)
{
    if (suffix == u"pdf" || bytes.startsWith("%PDF-"))
        return QStringLiteral("pdf");
    if (suffix == u"docx" || suffix == u"odt" || suffix == u"doc")
        return suffix;
    // A renamed office file: a zip whose first entry names the format.
    if (bytes.startsWith("PK\x03\x04")) {
        const QByteArray head = bytes.left(512);
        if (head.contains("word/") || head.contains("[Content_Types].xml"))
            return QStringLiteral("docx");
        if (head.contains("application/vnd.oasis.opendocument.text"))
            return QStringLiteral("odt");
    }
    if (bytes.startsWith("\xD0\xCF\x11\xE0"))
        return QStringLiteral("doc");
    return {};
}

LoadResult loadBinary(const QString &format, const QString &path, const QByteArray &bytes, const LoadOptions &options)
{
    if (format == u"docx")
        return loadDocx(path, bytes, options);
    if (format == u"odt")
        return loadOdt(path, bytes, options);
    if (format == u"doc")
        return failure(path,
                       QCoreApplication::translate(
                           "load", "Word 97-2003 documents (.doc) are not supported; save it as .docx and open that"));
    if (const LoaderFunction loader = registeredLoader(format))
        return loader(path, bytes, options);
    return failure(path, QCoreApplication::translate("load", "PDF support not available in this build"));
}

} // namespace

QString LoadError::message() const
{
    return QStringLiteral("%1: %2").arg(path, reason);
}

LoadResult loadDocument(const QString &path, const LoadOptions &options)
{
    if (path.isEmpty())
        return failure(path, QCoreApplication::translate("load", "no file name given"));
    const QFileInfo info(path);
    if (!info.exists())
        return failure(path, QCoreApplication::translate("load", "file does not exist"));
    if (info.isDir())
        return failure(path, QCoreApplication::translate("load", "is a directory, not a file"));
    // Devices and pipes could block forever or never end.
    if (!info.isFile())
        return failure(path, QCoreApplication::translate("load", "not a regular file"));
    if (!info.isReadable())
        return failure(path, QCoreApplication::translate("load", "permission denied: the file is not readable"));
    if (info.size() == 0)
        return failure(path, QCoreApplication::translate("load", "file is empty"));
    const QString tooLarge = QCoreApplication::translate("load", "file is too large (%1; the limit is %2)");
    if (info.size() > options.maxFileBytes)
        return failure(path, tooLarge.arg(megabytes(info.size()), megabytes(options.maxFileBytes)));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(path, QCoreApplication::translate("load", "cannot be opened: %1").arg(file.errorString()));
    // Read at most one byte past the limit: the file may have grown since it was measured. In
    // chunks, because QIODevice::read(n) allocates n bytes whatever the file holds.
    QByteArray bytes;
    bytes.reserve(std::min(options.maxFileBytes, qint64(info.size())) + 1);
    while (bytes.size() <= options.maxFileBytes) {
        const QByteArray chunk = file.read(std::min<qint64>(options.maxFileBytes + 1 - bytes.size(), 1024 * 1024));
        if (chunk.isEmpty())
            break;
        bytes += chunk;
    }
    if (bytes.isEmpty() && file.error() != QFileDevice::NoError)
        return failure(path, QCoreApplication::translate("load", "cannot be read: %1").arg(file.errorString()));
    if (bytes.isEmpty())
        return failure(path, QCoreApplication::translate("load", "file is empty"));
    if (bytes.size() > options.maxFileBytes)
        return failure(path, tooLarge.arg(megabytes(bytes.size()), megabytes(options.maxFileBytes)));
    const QString suffix = info.suffix().toLower();
    if (const LoaderFunction loader = registeredLoader(suffix))
        return loader(path, bytes, options);
    if (const QString binary = binaryFormatFor(suffix, bytes); !binary.isEmpty())
        return loadBinary(binary, path, bytes, options);
    if (looksBinary(bytes))
        return failure(path, QCoreApplication::translate("load", "not a text file (it contains binary data)"));

    Document doc;
    doc.path = path;
    doc.format = formatFor(path, bytes);
    const bool html = doc.format == u"html";
    const DecodedText decoded = decodeText(bytes, html ? QStringView(declaredHtmlCharset(bytes)) : QStringView(), html);
    doc.encoding = decoded.encoding;
    doc.source = normalizeLineEndings(decoded.text);
    if (doc.source.trimmed().isEmpty())
        return failure(path, QCoreApplication::translate("load", "file contains only white space"));

    const qsizetype maxBlocks = std::max(options.maxParagraphs, 0);
    ParsedArticle article;
    if (doc.format == u"md")
        article = parseMarkdown(doc.source, maxBlocks);
    else if (doc.format == u"html" && htmlNestingDepth(doc.source) > MaxHtmlNesting)
        return failure(
            path, QCoreApplication::translate("load", "HTML is nested too deeply (more than %1 levels)").arg(MaxHtmlNesting));
    else if (doc.format == u"html")
        article = parseHtml(doc.source, maxBlocks);
    else
        article = parsePlainText(doc.source, maxBlocks);

    return documentFromArticle(std::move(doc), article, options);
}

LoadManyResult loadDocuments(const QStringList &paths, const LoadOptions &options)
{
    LoadManyResult out;
    QStringList files;
    for (const QString &path : paths) {
        if (path.isEmpty() || !QFileInfo(path).isDir()) {
            files.append(path);
            continue;
        }
        QStringList filters;
        for (const QString &extension : supportedExtensions())
            filters.append(QStringLiteral("*.") + extension);
        const QDir dir(path);
        // QDir::Name sorts case-sensitively by code point: the same order on every machine.
        const QStringList names = dir.entryList(filters, QDir::Files | QDir::Readable, QDir::Name);
        if (names.isEmpty())
            out.errors.append({path,
                               QCoreApplication::translate("load", "folder contains no supported files (%1)")
                                   .arg(supportedExtensions().join(QStringLiteral(", ")))});
        for (const QString &name : names)
            files.append(dir.filePath(name));
    }
    for (const QString &path : std::as_const(files)) {
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
