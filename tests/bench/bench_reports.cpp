// Times the human-readable reports of 20 generated articles of about 2,000 words with a note on
// every article: the report content with every paragraph's highlighted segments (what the PDF,
// HTML and print writers ask for), the HTML report, and the annotated PDF.

#include "engine/compare.h"
#include "report/htmlreport.h"
#include "report/pdfreport.h"
#include "report/reportcontent.h"
#include "support/corpusgenerator.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace parallax;

class BenchReports final : public QObject
{
    Q_OBJECT

    ReportInput m_input;

private Q_SLOTS:
    void initTestCase()
    {
        test::GeneratorOptions options;
        options.seed = 20;
        options.documents = 20;
        options.words = 2000;
        options.wordEditRate = 0.08;
        options.movedParagraphRate = 0.05;
        options.splitRate = 0.03;
        options.mergedRate = 0.03;
        m_input.comparison = compare(test::generateCorpus(options).documents);
        QCOMPARE(m_input.comparison.documents.size(), 20);
        for (int d = 0; d < m_input.comparison.documents.size(); ++d) {
            const QString key = QStringLiteral("k%1").arg(d);
            m_input.documentKeys.append(key);
            Annotation note;
            note.id = QStringLiteral("a%1").arg(d + 1);
            note.documentKey = key;
            note.paragraph = 1;
            note.start = 0;
            note.end = 12;
            note.note = QStringLiteral("checked with the agency");
            note.tag = QStringLiteral("verified");
            m_input.annotations.append(note);
        }
    }

    void contentAndSegments()
    {
        qsizetype segments = 0;
        QBENCHMARK
        {
            const ReportContent content(m_input, {});
            segments = 0;
            for (int d : content.documents()) {
                for (int p = 0; p < content.comparison().documents.at(d).paragraphs.size(); ++p)
                    segments += content.segments(d, p).size();
            }
        }
        QVERIFY(segments > 20 * 20);
    }

    void htmlReport()
    {
        const ReportContent content(m_input, {});
        QByteArray html;
        QBENCHMARK
        {
            html = toHtmlReport(content);
        }
        QVERIFY(html.size() > 100000);
    }

    void pdfReport()
    {
        const ReportContent content(m_input, {});
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        QBENCHMARK_ONCE
        {
            QCOMPARE(writePdfReport(content, path), QString());
        }
        QVERIFY(QFileInfo(path).size() > 100000);
    }
};

QTEST_MAIN(BenchReports)
#include "bench_reports.moc"
