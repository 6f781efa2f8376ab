#include "report/pdfreport.h"
#include "reportfixture.h"

#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace parallax;

// Writes real PDFs offscreen and reads them back with poppler's command-line tools.
class TestPdfReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QString tool(const QString &name) { return QStandardPaths::findExecutable(name); }

    static QByteArray runTool(const QString &name, const QStringList &args)
    {
        QProcess p;
        p.start(tool(name), args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return {};
        return p.readAllStandardOutput();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (tool(QStringLiteral("pdftotext")).isEmpty() || tool(QStringLiteral("pdffonts")).isEmpty())
            QFAIL("poppler-utils (pdftotext, pdffonts, pdfinfo) are needed: packaging/install-deps.sh installs them");
        // For looking at the pages: PARALLAX_KEEP_TEST_OUTPUT=1 keeps the PDFs.
        if (qEnvironmentVariableIsSet("PARALLAX_KEEP_TEST_OUTPUT")) {
            m_dir.setAutoRemove(false);
            qInfo() << "PDFs kept in" << m_dir.path();
        }
    }

    void textFontsAndMetadata_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::newRow("A4") << int(PdfPageSize::A4);
        QTest::newRow("Letter") << int(PdfPageSize::Letter);
    }
    void textFontsAndMetadata()
    {
        QFETCH(int, pageSize);
        const ReportInput in = makeReportInput();
        const ReportContent content(in, ReportOptions {});
        const QString path = m_dir.filePath(QStringLiteral("report-%1.pdf").arg(pageSize));
        PdfOptions options;
        options.pageSize = PdfPageSize(pageSize);
        options.author = QStringLiteral("Test Analyst");
        QCOMPARE(writePdfReport(content, path, options), QString());

        // -raw keeps words in drawing order; whitespace is normalised for the checks below.
        const QString text
            = QString::fromUtf8(runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")}))
                  .simplified();
        QVERIFY(!text.isEmpty());
        for (const Document &d : in.comparison.documents)
            QVERIFY2(text.contains(d.outlet), qPrintable(d.outlet));
        for (const Conflict &k : in.comparison.conflicts) {
            QVERIFY2(text.contains(k.subject), qPrintable(k.subject));
            for (const Claim &cl : k.claims)
                QVERIFY2(text.contains(QStringLiteral(": ") + cl.value), qPrintable(cl.value));
        }
        QVERIFY(text.contains(QStringLiteral("Governor Voss")));
        QVERIFY(text.contains(QStringLiteral("Toll differs from the ministry's count; ask the press office.")));
        QVERIFY(text.contains(QStringLiteral("Shelter list confirmed <by phone> & email.")));
        QVERIFY(text.contains(QStringLiteral("Why was this removed from the article?")));
        QVERIFY(text.contains(QStringLiteral("changed words"))); // the legend
        QVERIFY(text.contains(QStringLiteral("Page 1 of")));

        const QString info = QString::fromUtf8(runTool(QStringLiteral("pdfinfo"), {path}));
        const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        QVERIFY(pages.hasMatch());
        // Cover + two page sets (4 + 1 articles) + the orphaned note: at least 4 pages, not dozens.
        QVERIFY2(pages.captured(1).toInt() >= 4 && pages.captured(1).toInt() <= 12, qPrintable(info));
        QVERIFY(text.contains(QStringLiteral("of %1").arg(pages.captured(1))));
        QVERIFY2(info.contains(QStringLiteral("Title:")) && info.contains(QStringLiteral("Holvik dam breach")), qPrintable(info));
        QVERIFY2(QRegularExpression(QStringLiteral("Creator:\\s+Parallax ")).match(info).hasMatch(), qPrintable(info));
        // Landscape: wider than tall.
        const QRegularExpressionMatch size
            = QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+)")).match(info);
        QVERIFY(size.hasMatch() && size.captured(1).toDouble() > size.captured(2).toDouble());
        QVERIFY(info.contains(pageSize == int(PdfPageSize::A4) ? QStringLiteral("(A4)") : QStringLiteral("(letter)")));
        const QString meta = QString::fromUtf8(runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), path}));
        QVERIFY2(meta.contains(QStringLiteral("Test Analyst")), qPrintable(meta));

        const QString fonts = QString::fromUtf8(runTool(QStringLiteral("pdffonts"), {path}));
        const QStringList lines = fonts.split(u'\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY(!lines.isEmpty());
        for (const QString &line : lines) {
            const QStringList cols = line.simplified().split(u' ');
            QVERIFY2(cols.size() >= 7 && cols.at(cols.size() - 5) == u"yes", qPrintable(fonts)); // "emb" column
        }
    }

    void withoutNotesOrSomeArticles()
    {
        ReportOptions options;
        options.annotations = false;
        options.documents = {4};
        const QString path = m_dir.filePath(QStringLiteral("one.pdf"));
        QCOMPARE(writePdfReport(ReportContent(makeReportInput(), options), path), QString());
        const QString text
            = QString::fromUtf8(runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")}))
                  .simplified();
        QVERIFY(text.contains(QStringLiteral("Harbour, Line & \"News\"")));
        QVERIFY(!text.contains(QStringLiteral("Northgate Wire")));
        QVERIFY(!text.contains(QStringLiteral("Shelter list")));
    }

    void longParagraphSpansPages()
    {
        ReportInput in = makeReportInput();
        QString longText;
        for (int i = 0; i < 400; ++i)
            longText += QStringLiteral("Sentence %1 of a very long paragraph. ").arg(i);
        longText += QStringLiteral("FINALWORD");
        in.comparison.documents[0].paragraphs[3].text = longText;
        in.comparison.groups[3].members[0].spans = {Span {3, 0, int(longText.size()), SpanKind::Same}};
        const QString path = m_dir.filePath(QStringLiteral("long.pdf"));
        QCOMPARE(writePdfReport(ReportContent(in, ReportOptions {}), path), QString());
        const QString text
            = QString::fromUtf8(runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")}))
                  .simplified();
        // Every sentence is there exactly once: nothing cut at a page edge, nothing drawn twice.
        QList<int> seen(400, 0);
        static const QRegularExpression number(QStringLiteral("Sentence (\\d+)\\b"));
        for (auto it = number.globalMatch(text); it.hasNext();) {
            const int n = it.next().captured(1).toInt();
            QVERIFY(n >= 0 && n < 400);
            ++seen[n];
        }
        QCOMPARE(seen, QList<int>(400, 1));
        QVERIFY(text.contains(QStringLiteral("FINALWORD")));
    }

    void unwritablePath()
    {
        QVERIFY(
            !writePdfReport(ReportContent(makeReportInput(), ReportOptions {}), QStringLiteral("/proc/nope/x.pdf")).isEmpty());
    }
};

QTEST_MAIN(TestPdfReport)
#include "tst_pdfreport.moc"
