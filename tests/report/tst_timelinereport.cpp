// The time line in the reports, on the bundled sample corpus: the chart layout (a dated claim is a
// band over its day, a timed one a dot, "at least nine" an open bar), the HTML report's section
// (inline SVG, verdicts, who had it first) and the PDF's (vector charts whose labels are text).

#include "document/loaddocument.h"
#include "engine/compare.h"
#include "engine/timeline.h"
#include "report/htmlreport.h"
#include "report/pdfreport.h"
#include "report/reportcontent.h"
#include "report/timelinechart.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace parallax;

namespace {

QString run(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(QStandardPaths::findExecutable(tool), args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestTimelineReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Comparison m_comparison;

    int conflictWithSubject(const QString &subject) const
    {
        for (int i = 0; i < m_comparison.conflicts.size(); ++i) {
            if (m_comparison.conflicts.at(i).subject == subject)
                return i;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QDir dir(QStringLiteral(PARALLAX_SAMPLES_DIR) + QStringLiteral("/holvik-dam-breach/articles"));
        QStringList paths;
        for (const QString &f : dir.entryList(QDir::Files, QDir::Name))
            paths << dir.filePath(f);
        m_comparison = compare(loadDocuments(paths).documents);
        QVERIFY(conflictWithSubject(QStringLiteral("deaths")) >= 0);
    }

    void chartLayout()
    {
        const int deaths = conflictWithSubject(QStringLiteral("deaths"));
        const ConflictTimeline &t = m_comparison.timeline.conflicts.at(deaths);
        const TimelineChart chart = layoutTimelineChart(m_comparison, t, QSizeF(640, 230), 10);
        QHash<int, QList<ChartItem::Kind>> kinds; // document -> what stands for its claim
        for (const ChartItem &it : chart.items) {
            if (it.claim >= 0)
                kinds[it.document].append(it.kind);
            QVERIFY(it.rect.isNull() || QRectF(QPointF(0, 0), chart.size).adjusted(-1, -1, 1, 1).contains(it.rect));
        }
        const auto doc = [this](const QString &id) {
            for (int d = 0; d < m_comparison.documents.size(); ++d) {
                if (m_comparison.documents.at(d).id == id)
                    return d;
            }
            return -1;
        };
        // Meridian Daily (d4) gives a date only: a band over the day, never a dot.
        QCOMPARE(kinds.value(doc(QStringLiteral("d4"))), (QList<ChartItem::Kind> {ChartItem::Kind::Band}));
        // The wire (d1) at 08:45 said "at least nine": a bar open upwards, its dot and the arrow.
        QCOMPARE(kinds.value(doc(QStringLiteral("d1"))),
                 (QList<ChartItem::Kind> {ChartItem::Kind::Bar, ChartItem::Kind::Point, ChartItem::Kind::Arrow}));
        // The Valley Courier (d2) at 18:05: twelve exactly, a dot right of the wire's.
        QCOMPARE(kinds.value(doc(QStringLiteral("d2"))), (QList<ChartItem::Kind> {ChartItem::Kind::Point}));
        QRectF wire;
        QRectF courier;
        for (const ChartItem &it : chart.items) {
            if (it.kind == ChartItem::Kind::Point && it.document == doc(QStringLiteral("d1")))
                wire = it.rect;
            if (it.kind == ChartItem::Kind::Point && it.document == doc(QStringLiteral("d2")))
                courier = it.rect;
        }
        QVERIFY(courier.center().x() > wire.center().x());
        QVERIFY(courier.center().y() < wire.center().y()); // 12 above 9
        // The SVG holds the same marks.
        const QString svg = timelineChartSvg(chart, {});
        QCOMPARE(svg.count(QStringLiteral("<circle")), 4); // d1, d2, d5, d6
        QVERIFY(svg.contains(QStringLiteral("fill-opacity=\"0.35\""))); // the band
    }

    void htmlSection()
    {
        const ReportContent content({m_comparison, {}, {}}, {});
        const QString html = QString::fromUtf8(toHtmlReport(content));
        const qsizetype section = html.indexOf(QStringLiteral("<section id=\"timeline\">"));
        QVERIFY(section > 0);
        // A chart per figure with known times: deaths, grain, money; not the time, date or name.
        QCOMPARE(html.count(QStringLiteral("<svg")), 3);
        QVERIFY(html.contains(QStringLiteral("rose from at least 9 to 12 between 08:45 and 18:05 on 3 March 2024")));
        QVERIFY(html.contains(QStringLiteral("<b>updated</b>")));
        QVERIFY(html.contains(QStringLiteral("<b>contradicted</b>")));
        // Contradictions come first in the conflicts table, updates last.
        QVERIFY(html.indexOf(QStringLiteral("<b>contradicted</b>")) < html.indexOf(QStringLiteral("<b>updated</b>")));
        QVERIFY(html.contains(QStringLiteral("same wording as Northgate Press Agency")));
        QVERIFY(html.contains(QStringLiteral("<b>Northgate Press Agency</b> \u2192")));
        QVERIFY(html.contains(QStringLiteral("a date but no time: ")));
    }

    void pdfSection()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("poppler-utils are needed: packaging/install-deps.sh installs them");
        const ReportContent content({m_comparison, {}, {}}, {});
        const QString path = m_dir.filePath(QStringLiteral("timeline.pdf"));
        QCOMPARE(writePdfReport(content, path), QString());
        const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")}).simplified();
        QVERIFY(text.contains(QStringLiteral("deaths \u2014 updated")));
        QVERIFY(text.contains(QStringLiteral("rose from at least 9 to 12 between 08:45 and 18:05 on 3 March 2024")));
        QVERIFY(text.contains(QStringLiteral("Who had it first")));
        // The charts are vectors with real text: no bitmap in the whole PDF.
        const QStringList images
            = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path}).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(images.size(), 2); // the header lines only
    }
};

QTEST_MAIN(TestTimelineReport)
#include "tst_timelinereport.moc"
