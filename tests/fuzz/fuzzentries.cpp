// Entry points shared by the libFuzzer targets (fuzz_<name>.cpp) and by tst_fuzzregressions,
// which replays every crash input kept in tests/fuzz/regressions/<name>/ in the normal build.
#include "fuzzentries.h"

#include "document/dateparser.h"
#include "document/documentfromarticle.h"
#include "document/loaddocument.h"
#include "document/pdf/pdfloader.h"
#include "document/textloader.h"
#include "engine/compare.h"
#include "engine/quantityparser.h"
#include "session/sessionio.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <utility>

namespace parallax::fuzz {

namespace {

// Small limits keep each run fast; the limits themselves are part of what is exercised.
LoadOptions fuzzOptions()
{
    LoadOptions options;
    options.maxFileBytes = 1024 * 1024;
    options.maxParagraphs = 2000;
    options.maxUnzippedBytes = 16 * 1024 * 1024;
    options.maxPages = 50;
    return options;
}

void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
        std::abort();
    }
}

void checkDocument(const LoadResult &r)
{
    if (!r.ok()) {
        require(!r.error.reason.isEmpty(), "a failed load gives a reason");
        return;
    }
    require(!r.document->paragraphs.isEmpty(), "a loaded document has paragraphs");
    require(r.document->paragraphs.size() <= fuzzOptions().maxParagraphs, "maxParagraphs holds");
}

// The loaders pick the format by extension, as for a real file, so the bytes go through a file.
void loadAs(const QByteArray &bytes, const char *extension)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input.") + QLatin1StringView(extension));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        std::abort();
    file.close();
    checkDocument(loadDocument(path, fuzzOptions()));
}

void fuzzTxt(const QByteArray &bytes)
{
    loadAs(bytes, "txt");
}
void fuzzMd(const QByteArray &bytes)
{
    loadAs(bytes, "md");
}
void fuzzHtml(const QByteArray &bytes)
{
    loadAs(bytes, "html");
}
void fuzzDocx(const QByteArray &bytes)
{
    loadAs(bytes, "docx");
}

void fuzzPdf(const QByteArray &bytes)
{
    static const bool registered = [] {
        registerPdfLoader();
        return true;
    }();
    (void)registered;
    loadAs(bytes, "pdf");
}

void fuzzSession(const QByteArray &bytes)
{
    const SessionReadResult r = fromSessionJson(bytes);
    if (!r.ok()) {
        require(!r.error.isEmpty(), "a rejected session gives a reason");
        return;
    }
    // What was read must write and read back.
    require(fromSessionJson(toSessionJson(*r.session)).ok(), "a read session re-reads after saving");
}

void fuzzDates(const QByteArray &bytes)
{
    // The first byte picks the context, the rest is the text.
    const char flags = bytes.isEmpty() ? 0 : bytes.front();
    const QString text = QString::fromUtf8(bytes.mid(1));
    DateContext context;
    context.today = QDate(2024, 3, 10);
    if (flags & 1)
        context.reference = QDate(2024, 3, 3);
    context.slashDayFirst = flags & 2;
    int previous = 0;
    for (const DateMatch &m : findDates(text, context)) {
        require(m.start >= previous && m.start < m.end && m.end <= text.size(), "date matches are ordered, in range");
        previous = m.start;
    }
    (void)parseDateTime(text);
}

void fuzzQuantities(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    const QList<std::pair<int, int>> urls = findUrlRanges(text);
    for (const auto &[start, end] : urls)
        require(0 <= start && start <= end && end <= text.size(), "URL ranges are in range");
    for (const Quantity &q : findQuantities(text, urls))
        require(0 <= q.start && q.start < q.end && q.end <= text.size() && q.unitEnd <= q.end, "quantities are in range");
}

Document documentFrom(const QString &text, int index)
{
    Document doc;
    doc.path = QStringLiteral("fuzz%1.txt").arg(index);
    doc.format = QStringLiteral("txt");
    doc.source = text;
    const LoadOptions options = fuzzOptions();
    LoadResult r = documentFromArticle(std::move(doc), parsePlainText(text, options.maxParagraphs), options);
    if (!r.ok())
        return {};
    r.document->id = QStringLiteral("d%1").arg(index);
    return *r.document;
}

void fuzzEngine(const QByteArray &bytes)
{
    // Documents are separated by a form feed; up to four of them.
    QList<Document> documents;
    const QList<QByteArray> parts = bytes.split('\f');
    for (qsizetype i = 0; i < parts.size() && documents.size() < 4; ++i) {
        Document doc = documentFrom(QString::fromUtf8(parts[i]), int(documents.size()) + 1);
        if (!doc.paragraphs.isEmpty())
            documents.append(std::move(doc));
    }
    if (documents.size() < 2)
        return;
    const Comparison c = compare(documents);
    require(!c.cancelled, "an uncancelled comparison is complete");
}

} // namespace

QStringList entryNames()
{
    return {QStringLiteral("txt"),   QStringLiteral("md"),         QStringLiteral("html"),
            QStringLiteral("pdf"),   QStringLiteral("docx"),       QStringLiteral("session"),
            QStringLiteral("dates"), QStringLiteral("quantities"), QStringLiteral("engine")};
}

Entry entryFor(const QString &name)
{
    static const std::pair<const char *, Entry> entries[] = {
        {"txt", fuzzTxt},       {"md", fuzzMd},           {"html", fuzzHtml},   {"pdf", fuzzPdf},
        {"docx", fuzzDocx},     {"session", fuzzSession}, {"dates", fuzzDates}, {"quantities", fuzzQuantities},
        {"engine", fuzzEngine},
    };
    for (const auto &[key, entry] : entries) {
        if (name == QLatin1StringView(key))
            return entry;
    }
    return nullptr;
}

} // namespace parallax::fuzz
