#include "pdfloader.h"

#include "document/dateparser.h"
#include "document/documentfromarticle.h"
#include "document/loaderregistry.h"
#include "pdflayout.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMutex>

#include <poppler-qt6.h>

// Why poppler and not QtPdf: QtPdf 6.4 (pdfium) gives a page's text only as one string in
// content-stream order (QPdfDocument::getAllText) plus selection polygons; it has no word
// boxes. Tried on the two-column fixture of tst_pdfloader with its stream in row order,
// getAllText returned "The harbour council voted on Residents asked why the works" (both
// columns interleaved line by line), with line breaks but no paragraphs and every hyphen kept,
// and there is nothing to find running headers or paragraph gaps with. poppler-qt6 gives every
// word with its box and whether a space follows (Page::textList), which is all pdflayout.cpp
// needs (same fixture: both columns whole, in order); its Info dictionary and "locked" state
// also map directly onto our metadata and errors.

namespace parallax {

namespace {

// poppler reports every syntax problem of a damaged file through qDebug by default; the user
// gets one clear error instead, the details only with QT_LOGGING_RULES="parallax.pdf.debug=true".
Q_LOGGING_CATEGORY(lcPdf, "parallax.pdf", QtWarningMsg)

void popplerMessage(const QString &message, const QVariant &)
{
    qCDebug(lcPdf) << message;
}

// Typeset text comes with ligature glyphs ("ﬁ", "ﬃ"); other outlets' "fi" must match it.
QString withoutLigatures(QString text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0xFB00 && c <= 0xFB06) {
            const QString plain = text.mid(i, 1).normalized(QString::NormalizationForm_KC);
            text.replace(i, 1, plain);
            i += plain.size() - 1;
        }
    }
    return text;
}

PdfPage readPage(const Poppler::Page &page)
{
    PdfPage out;
    out.size = page.pageSizeF();
    for (const std::unique_ptr<Poppler::TextBox> &box : page.textList())
        out.words.append({withoutLigatures(box->text()), box->boundingBox(), box->hasSpaceAfter()});
    return out;
}

QString infoDate(const Poppler::Document &pdf, const QString &key)
{
    const QDateTime date = pdf.date(key);
    if (!date.isValid())
        return {};
    return date.toString(Qt::ISODate);
}

} // namespace

LoadResult loadPdf(const QString &path, const QByteArray &bytes, const LoadOptions &options)
{
    if (!bytes.startsWith("%PDF-"))
        return loadFailure(path, QCoreApplication::translate("load", "not a PDF file (no %PDF header)"));
    // poppler keeps process-wide state (GlobalParams, font caches) that its Qt wrapper sets up
    // and tears down with documents; documents load on worker threads, so one PDF at a time.
    static QMutex popplerMutex;
    const QMutexLocker lock(&popplerMutex);
    const std::unique_ptr<Poppler::Document> pdf = Poppler::Document::loadFromData(bytes);
    if (!pdf)
        return loadFailure(path, QCoreApplication::translate("load", "damaged PDF: it cannot be parsed"));
    if (pdf->isLocked())
        return loadFailure(path,
                           QCoreApplication::translate(
                               "load", "PDF is password-protected; open it in a PDF viewer and save an unprotected copy"));
    const int pageCount = pdf->numPages();
    if (pageCount <= 0)
        return loadFailure(path, QCoreApplication::translate("load", "damaged PDF: no pages can be read"));
    if (pageCount > options.maxPages)
        return loadFailure(
            path,
            QCoreApplication::translate("load", "too many pages (%1; the limit is %2)").arg(pageCount).arg(options.maxPages));

    QList<PdfPage> pages;
    qsizetype words = 0;
    for (int i = 0; i < pageCount; ++i) {
        const std::unique_ptr<Poppler::Page> page = pdf->page(i);
        pages.append(page ? readPage(*page) : PdfPage {});
        words += pages.last().words.size();
    }
    if (words == 0) {
        // A file cut short usually loses its trailer; poppler then rebuilds what it can.
        const bool truncated = !bytes.right(1024).contains("%%EOF");
        return loadFailure(
            path,
            truncated ? QCoreApplication::translate("load", "damaged PDF: the file is truncated and no text could be recovered")
                      : QStringLiteral("PDF has no text layer (a scanned image?); text recognition (OCR) is not supported"));
    }

    const qsizetype maxBlocks = std::max(options.maxParagraphs, 0);
    const PdfLayoutResult layout = layoutPdfPages(pages, maxBlocks);
    ParsedArticle article;
    article.blocks = layout.blocks;
    article.title = pdf->info(QStringLiteral("Title")).simplified();
    if (article.title.isEmpty())
        article.title = layout.largestFirstPageText;
    article.author = pdf->info(QStringLiteral("Author")).simplified();

    Document doc;
    doc.path = path;
    doc.format = QStringLiteral("pdf");
    doc.encoding = QStringLiteral("UTF-16"); // text strings in a PDF are PDFDocEncoding or UTF-16
    QStringList texts;
    for (const Block &block : std::as_const(article.blocks))
        texts.append(block.text);
    doc.source = texts.join(QStringLiteral("\n\n"));
    LoadResult result = documentFromArticle(std::move(doc), article, options);
    // A printed article's creation date is when it was printed, so a dateline in the text wins.
    if (result.ok() && !result.document->published.isValid()) {
        if (const auto date = parseDateTime(infoDate(*pdf, QStringLiteral("CreationDate"))); date && date->isValid())
            result.document->published = *date;
    }
    return result;
}

void registerPdfLoader()
{
    Poppler::setDebugErrorFunction(&popplerMessage, {});
    registerLoader({QStringLiteral("pdf")}, &loadPdf);
}

} // namespace parallax
