#include "zipwriter.h"

#include <zip.h>

namespace parallax::test {

namespace {

const char *const WordNamespaces = R"( xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")"
                                   R"( xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006")";

} // namespace

bool writeZip(const QString &path, const ZipEntries &entries)
{
    int error = 0;
    zip_t *zip = zip_open(path.toUtf8().constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!zip)
        return false;
    for (const auto &[name, bytes] : entries) {
        // libzip reads the buffer at zip_close(); `entries` outlives it.
        zip_source_t *source = zip_source_buffer(zip, bytes.constData(), zip_uint64_t(bytes.size()), 0);
        if (!source || zip_file_add(zip, name.toUtf8().constData(), source, ZIP_FL_OVERWRITE) < 0) {
            zip_source_free(source);
            zip_discard(zip);
            return false;
        }
    }
    return zip_close(zip) == 0;
}

ZipEntries docxEntries(const QString &body, const QString &footnotes, const QString &core)
{
    const QString header = QStringLiteral(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)");
    ZipEntries entries;
    entries.append(
        {QStringLiteral("[Content_Types].xml"),
         QByteArray(R"(<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>)")});
    entries.append(
        {QStringLiteral("word/document.xml"),
         QString(header + u"<w:document" + QLatin1StringView(WordNamespaces) + u"><w:body>" + body + u"</w:body></w:document>")
             .toUtf8()});
    entries.append(
        {QStringLiteral("word/styles.xml"),
         QString(header + u"<w:styles" + QLatin1StringView(WordNamespaces) + u">"
                 + uR"(<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>)"
                 + uR"(<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>)"
                 + uR"(<w:style w:type="paragraph" w:styleId="berschrift2"><w:name w:val="heading 2"/></w:style>)"
                 + uR"(<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/></w:style>)" + u"</w:styles>")
             .toUtf8()});
    if (!footnotes.isEmpty())
        entries.append(
            {QStringLiteral("word/footnotes.xml"),
             QString(header + u"<w:footnotes" + QLatin1StringView(WordNamespaces) + u">" + footnotes + u"</w:footnotes>")
                 .toUtf8()});
    if (!core.isEmpty())
        entries.append(
            {QStringLiteral("docProps/core.xml"),
             QString(header
                     + uR"(<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties")"
                     + uR"( xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/")"
                     + uR"( xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">)" + core + u"</cp:coreProperties>")
                 .toUtf8()});
    return entries;
}

QString wordParagraph(const QString &text, const QString &styleId)
{
    const QString properties
        = styleId.isEmpty() ? QString() : QStringLiteral(R"(<w:pPr><w:pStyle w:val="%1"/></w:pPr>)").arg(styleId);
    return QStringLiteral(R"(<w:p>%1<w:r><w:t xml:space="preserve">%2</w:t></w:r></w:p>)").arg(properties, text.toHtmlEscaped());
}

} // namespace parallax::test
