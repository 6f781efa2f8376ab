// PDF loading: fixtures are drawn with QPdfWriter in a temporary directory, so every layout
// rule is checked against real poppler output, not against hand-made word boxes.
#include "document/loaddocument.h"
#include "document/pdf/pdflayout.h"
#include "document/pdf/pdfloader.h"
#include "support/minimalpdf.h"
#include "support/pdffixtures.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace parallax;
using namespace parallax::test;

namespace {

const QStringList Column1 = {
    QStringLiteral("The harbour council voted on Tuesday to close the old ferry pier for repairs that are expected to last most "
                   "of the summer season."),
    QStringLiteral("Fishing boats will use the northern quay instead, and the council said the ferry timetable would not change "
                   "for passengers."),
};
const QStringList Column2 = {
    QStringLiteral(
        "Residents asked why the works could not wait until autumn, when fewer visitors arrive on the island by boat."),
    QStringLiteral("A spokesperson replied that divers had found cracks in two of the concrete supports during a routine "
                   "inspection in spring."),
};

QList<QString> texts(const Document &doc, ParagraphRole role)
{
    QList<QString> out;
    for (const Paragraph &p : doc.paragraphs) {
        if (p.role == role)
            out.append(p.text);
    }
    return out;
}

// Flows paragraphs through two columns per page, then on to the next page.
QList<PdfPageLines> twoColumnPages(const QStringList &paragraphs, double top, double bottom)
{
    QList<PdfPageLines> pages {{}};
    int column = 0;
    double y = top;
    for (const QString &paragraph : paragraphs) {
        for (const QString &line : wrapWords(paragraph, 225, 10)) {
            if (y > bottom) {
                if (++column == 2) {
                    column = 0;
                    pages.append(PdfPageLines {});
                }
                y = top;
            }
            pages.last().append(PdfLine {column == 0 ? 60.0 : 305.0, y, 10, line});
            y += 13;
        }
        y += 8;
    }
    return pages;
}

} // namespace

class TestPdfLoader final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        registerPdfLoader();
    }

    void singleColumn()
    {
        QList<PdfPageLines> pages {
            {{60, 90, 22, QStringLiteral("Harbour pier to close for repairs")}, {60, 120, 10, QStringLiteral("3 March 2024")}}};
        flowParagraphs(pages, Column1 + Column2, 60, 150, 470, 10);
        QVERIFY(writePdf(path(QStringLiteral("single.pdf")), pages));
        const LoadResult r = loadDocument(path(QStringLiteral("single.pdf")));
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QCOMPARE(r.document->format, QStringLiteral("pdf"));
        QCOMPARE(r.document->title, QStringLiteral("Harbour pier to close for repairs"));
        QCOMPARE(texts(*r.document, ParagraphRole::Body), Column1 + Column2);
        // The dateline in the text wins over the Info creation date (the time of printing).
        QCOMPARE(r.document->published.toIso(), QStringLiteral("2024-03-03"));
    }

    void tooManyPages()
    {
        QList<PdfPageLines> pages;
        for (int i = 0; i < 4; ++i)
            pages.append(PdfPageLines {{60, 90, 10, QStringLiteral("Page %1 says the pier closes for repairs.").arg(i + 1)}});
        QVERIFY(writePdf(path(QStringLiteral("pages.pdf")), pages));
        LoadOptions options;
        options.maxPages = 3;
        const LoadResult r = loadDocument(path(QStringLiteral("pages.pdf")), options);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.reason, QStringLiteral("too many pages (4; the limit is 3)"));
        options.maxPages = 4;
        const LoadResult ok = loadDocument(path(QStringLiteral("pages.pdf")), options);
        QVERIFY2(ok.ok(), qPrintable(ok.error.message()));
        QVERIFY(!ok.document->paragraphs.isEmpty());
    }

    void twoColumns()
    {
        QList<PdfPageLines> pages {{{60, 90, 22, QStringLiteral("Harbour pier to close for repairs")}}};
        // Columns 225 pt wide with a 20 pt gutter; lines of the two columns share baselines,
        // which is exactly what interleaves them in a naive reading.
        flowParagraphs(pages, Column1, 60, 130, 225, 10);
        flowParagraphs(pages, Column2, 305, 130, 225, 10);
        QVERIFY(writePdf(path(QStringLiteral("columns.pdf")), pages));
        LoadResult r = loadDocument(path(QStringLiteral("columns.pdf")));
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QCOMPARE(texts(*r.document, ParagraphRole::Body), Column1 + Column2);
        // The same page with its content stream in row order (left line, right line, next
        // row), as some producers write it: the text order in the file must not matter.
        std::stable_sort(pages[0].begin(), pages[0].end(), [](const PdfLine &a, const PdfLine &b) { return a.y < b.y; });
        QVERIFY(writePdf(path(QStringLiteral("rows.pdf")), pages));
        r = loadDocument(path(QStringLiteral("rows.pdf")));
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QCOMPARE(texts(*r.document, ParagraphRole::Body), Column1 + Column2);
    }

    void indentedParagraphsAcrossColumns()
    {
        // Book-style setting: no space between paragraphs, first lines indented, and the second
        // paragraph runs from the foot of the left column to the head of the right one.
        const PdfPageLines lines {
            {60, 100, 10, QStringLiteral("    The council met on Tuesday")},
            {60, 113, 10, QStringLiteral("evening to discuss the pier.")},
            {60, 126, 10, QStringLiteral("    Divers had found two cracks")},
            {60, 139, 10, QStringLiteral("in the concrete supports, and")},
            {305, 100, 10, QStringLiteral("the engineers advised closing")},
            {305, 113, 10, QStringLiteral("the pier at once.")},
            {305, 126, 10, QStringLiteral("    Boats will use the quay.")},
        };
        QVERIFY(writePdf(path(QStringLiteral("indented.pdf")), {lines}));
        const LoadResult r = loadDocument(path(QStringLiteral("indented.pdf")));
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QCOMPARE(
            texts(*r.document, ParagraphRole::Body),
            (QList<QString> {QStringLiteral("The council met on Tuesday evening to discuss the pier."),
                             QStringLiteral("Divers had found two cracks in the concrete supports, and the engineers advised "
                                            "closing the pier at once."),
                             QStringLiteral("Boats will use the quay.")}));
    }

    void hyphenatedLineEnds()
    {
        const PdfPageLines lines {
            {60, 90, 10, QStringLiteral("The new harbour manage-")},
            {60, 103, 10, QStringLiteral("ment promised a well-")},
            {60, 116, 10, QStringLiteral("known route past the Anglo-")},
            {60, 129, 10, QStringLiteral("Saxon chapel and a state-")},
            {60, 142, 10, QStringLiteral("of-the-art pier by the end of the sum-")},
            {60, 155, 10, QStringLiteral("mer, officials said on Monday.")},
        };
        QVERIFY(writePdf(path(QStringLiteral("hyphens.pdf")), {lines}));
        const LoadResult r = loadDocument(path(QStringLiteral("hyphens.pdf")));
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QCOMPARE(
            texts(*r.document, ParagraphRole::Body),
            QList<QString> {QStringLiteral("The new harbour management promised a well-known route past the Anglo-Saxon chapel "
                                           "and a state-of-the-art pier by the end of the summer, officials said on Monday.")});
    }

    void joinLines_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<QString>("joined");
        QTest::newRow("plain") << QStringLiteral("the pier") << QStringLiteral("closed") << QStringLiteral("the pier closed");
        QTest::newRow("hyphenated word") << QStringLiteral("manage-") << QStringLiteral("ment plan")
                                         << QStringLiteral("management plan");
        QTest::newRow("compound head") << QStringLiteral("a well-") << QStringLiteral("known pier")
                                       << QStringLiteral("a well-known pier");
        QTest::newRow("upper case") << QStringLiteral("Anglo-") << QStringLiteral("Saxon") << QStringLiteral("Anglo-Saxon");
        QTest::newRow("digits") << QStringLiteral("in 2023-") << QStringLiteral("24 season")
                                << QStringLiteral("in 2023-24 season");
        QTest::newRow("next has hyphen") << QStringLiteral("state-") << QStringLiteral("of-the-art")
                                         << QStringLiteral("state-of-the-art");
        QTest::newRow("head has hyphen") << QStringLiteral("up-to-") << QStringLiteral("date") << QStringLiteral("up-to-date");
        QTest::newRow("soft hyphen") << QStringLiteral("harb\u00AD") << QStringLiteral("our") << QStringLiteral("harbour");
        QTest::newRow("dash") << QStringLiteral("closed -") << QStringLiteral("for now") << QStringLiteral("closed - for now");
        QTest::newRow("cyrillic") << QStringLiteral("пристань закры-") << QStringLiteral("та")
                                  << QStringLiteral("пристань закрыта");
    }

    void joinLines()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(QString, joined);
        QCOMPARE(joinPdfLines(first, second), joined);
    }

    void runningHeadersAndPageNumbers()
    {
        QStringList paragraphs;
        for (int i = 0; i < 40; ++i)
            paragraphs.append(QStringLiteral("Paragraph %1 of the inquiry report describes how the pier supports were inspected, "
                                             "which divers took part and what the engineers recommended afterwards.")
                                  .arg(i + 1));
        QList<PdfPageLines> pages;
        flowParagraphs(pages, paragraphs, 60, 100, 470, 10, 100, 560);
        QVERIFY(pages.size() >= 3);
        for (qsizetype p = 0; p < pages.size(); ++p) {
            pages[p].append({60, 50, 8, QStringLiteral("The Island Courier — Inquiry special")});
            pages[p].append({280, 810, 8, QString::number(p + 1)});
        }
        QVERIFY(writePdf(path(QStringLiteral("running.pdf")), pages));
        const LoadResult r = loadDocument(path(QStringLiteral("running.pdf")));
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        const QList<QString> body = texts(*r.document, ParagraphRole::Body);
        // Every paragraph whole (the ones cut by a page break are joined again), nothing else.
        QCOMPARE(body, paragraphs);
        const QList<QString> boilerplate = texts(*r.document, ParagraphRole::Boilerplate);
        QCOMPARE(boilerplate.count(QStringLiteral("The Island Courier — Inquiry special")), pages.size());
        QVERIFY(boilerplate.contains(QStringLiteral("2")));
    }

    void printedArticle()
    {
        // Everything at once: two columns on several pages, a running head, page numbers, and
        // paragraphs cut by column and page breaks.
        QStringList paragraphs;
        for (int i = 0; i < 60; ++i)
            paragraphs.append(
                QStringLiteral("Section %1 of the report lists the supports that were inspected, the cracks the divers "
                               "measured and the repairs that the engineers proposed for each of them.")
                    .arg(i + 1));
        QList<PdfPageLines> pages = twoColumnPages(paragraphs, 100, 700);
        QVERIFY(pages.size() >= 3);
        for (qsizetype p = 0; p < pages.size(); ++p) {
            pages[p].append({60, 50, 8, QStringLiteral("Island Courier · Inquiry report")});
            pages[p].append({420, 50, 8, QStringLiteral("March 2024")});
            pages[p].append({280, 800, 8, QStringLiteral("- %1 -").arg(p + 1)});
        }
        QVERIFY(writePdf(path(QStringLiteral("printed.pdf")), pages));
        const LoadResult r = loadDocument(path(QStringLiteral("printed.pdf")));
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QCOMPARE(texts(*r.document, ParagraphRole::Body), paragraphs);
        const QList<QString> boilerplate = texts(*r.document, ParagraphRole::Boilerplate);
        QCOMPARE(boilerplate.count(QStringLiteral("Island Courier · Inquiry report")), pages.size());
        QVERIFY(boilerplate.contains(QStringLiteral("- 2 -")));
    }

    void infoMetadata()
    {
        QList<PdfPageLines> pages;
        flowParagraphs(pages, Column1, 60, 100, 470, 10);
        QVERIFY(writePdf(path(QStringLiteral("info.pdf")), pages, QStringLiteral("Pier closure: the council decides")));
        const LoadResult r = loadDocument(path(QStringLiteral("info.pdf")));
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QCOMPARE(r.document->title, QStringLiteral("Pier closure: the council decides"));
        // No dateline: the Info creation date (QPdfWriter writes the time of writing).
        QCOMPARE(r.document->published.date, QDate::currentDate());
    }

    void handWrittenInfoDictionary()
    {
        // A minimal PDF with Author and CreationDate, which QPdfWriter cannot write.
        const QByteArray pdf = minimalPdf("The pier reopened after the repairs were finished.",
                                          "/Title (Pier reopens) /Author (Mara Quill) /CreationDate (D:20240305101500+01'00')");
        QFile file(path(QStringLiteral("handmade.pdf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pdf);
        file.close();
        const LoadResult r = loadDocument(file.fileName());
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QCOMPARE(r.document->title, QStringLiteral("Pier reopens"));
        QCOMPARE(r.document->author, QStringLiteral("Mara Quill"));
        QCOMPARE(r.document->published.date, QDate(2024, 3, 5));
        QCOMPARE(texts(*r.document, ParagraphRole::Body),
                 QList<QString> {QStringLiteral("The pier reopened after the repairs were finished.")});
    }

    void scannedPdf()
    {
        QVERIFY(writeImageOnlyPdf(path(QStringLiteral("scan.pdf"))));
        const LoadResult r = loadDocument(path(QStringLiteral("scan.pdf")));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.reason.contains(QStringLiteral("no text layer")), qPrintable(r.error.reason));
    }

    void truncatedPdf()
    {
        QList<PdfPageLines> pages;
        flowParagraphs(pages, Column1 + Column2, 60, 100, 470, 10);
        QVERIFY(writePdf(path(QStringLiteral("whole.pdf")), pages));
        QFile whole(path(QStringLiteral("whole.pdf")));
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        for (const qsizetype keep : {qsizetype(12), bytes.size() / 3}) {
            QFile cut(path(QStringLiteral("cut.pdf")));
            QVERIFY(cut.open(QIODevice::WriteOnly | QIODevice::Truncate));
            cut.write(bytes.left(keep));
            cut.close();
            const LoadResult r = loadDocument(cut.fileName());
            QVERIFY(!r.ok());
            QVERIFY2(r.error.reason.contains(QStringLiteral("damaged PDF")), qPrintable(r.error.reason));
        }
    }

    void mutatedPdfsNeverCrash()
    {
        QList<PdfPageLines> pages;
        flowParagraphs(pages, Column1 + Column2, 60, 100, 470, 10);
        QVERIFY(writePdf(path(QStringLiteral("valid.pdf")), pages));
        QFile file(path(QStringLiteral("valid.pdf")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray valid = file.readAll();
        for (int i = 0; i < 150; ++i) {
            QByteArray bytes = valid;
            const qsizetype at = 8 + (qsizetype(i) * 7919) % (bytes.size() - 8);
            bytes[at] = char(bytes[at] ^ (1 << (i % 8)));
            QFile out(path(QStringLiteral("mutant.pdf")));
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(bytes);
            out.close();
            const LoadResult r = loadDocument(out.fileName());
            QVERIFY(r.ok() || !r.error.reason.isEmpty());
        }
    }

    void encryptedPdf()
    {
        const QString qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
        if (qpdf.isEmpty())
            QSKIP("qpdf is not installed (packaging/install-deps.sh installs it)");
        QList<PdfPageLines> pages;
        flowParagraphs(pages, Column1, 60, 100, 470, 10);
        QVERIFY(writePdf(path(QStringLiteral("plain.pdf")), pages));
        const int code = QProcess::execute(qpdf,
                                           {QStringLiteral("--encrypt"), QStringLiteral("reader"), QStringLiteral("owner"),
                                            QStringLiteral("256"), QStringLiteral("--"), path(QStringLiteral("plain.pdf")),
                                            path(QStringLiteral("locked.pdf"))});
        QCOMPARE(code, 0);
        const LoadResult r = loadDocument(path(QStringLiteral("locked.pdf")));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.reason.contains(QStringLiteral("password")), qPrintable(r.error.reason));
    }
};

QTEST_MAIN(TestPdfLoader)
#include "tst_pdfloader.moc"
