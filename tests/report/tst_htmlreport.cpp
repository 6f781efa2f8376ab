#include "report/htmlreport.h"
#include "reportfixture.h"

#include <QRegularExpression>
#include <QTest>

using namespace parallax;

class TestHtmlReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void containsEverything()
    {
        const ReportInput in = makeReportInput();
        const QString html = QString::fromUtf8(toHtmlReport(ReportContent(in, ReportOptions {})));
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("<style>")));
        // Self-contained: no external stylesheets, scripts or images.
        QVERIFY(!html.contains(QStringLiteral("<link")));
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(!html.contains(QStringLiteral("src=")));
        for (const Document &d : in.comparison.documents)
            QVERIFY2(html.contains(d.outlet.toHtmlEscaped()), qPrintable(d.outlet));
        QVERIFY(html.contains(QStringLiteral("Harbour, Line &amp; &quot;News&quot;")));
        for (const Conflict &k : in.comparison.conflicts) {
            QVERIFY(html.contains(k.subject));
            for (const Claim &cl : k.claims)
                QVERIFY2(html.contains(QStringLiteral(": ") + cl.value), qPrintable(cl.value));
        }
        QVERIFY(html.contains(QStringLiteral("Governor Voss")));
        QVERIFY(html.contains(QStringLiteral("<mark class=\"changed conflict\">twelve</mark>")));
        QVERIFY(html.contains(QStringLiteral("<mark class=\"quote\">We will rebuild the dam stronger than before</mark>")));
        // Notes: escaped, numbered, linked from the text; the orphan listed with its reason.
        QVERIFY(html.contains(QStringLiteral("Shelter list confirmed &lt;by phone&gt; &amp; email.")));
        QVERIFY(html.contains(QStringLiteral("<sup class=\"ref\"><a href=\"#n1\">1</a></sup>")));
        QVERIFY(html.contains(QStringLiteral("<li id=\"n2\" value=\"2\">")));
        QVERIFY(html.contains(QStringLiteral("Why was this removed from the article?")));
        QVERIFY(html.contains(QStringLiteral("the quoted text is no longer in the document")));
        QCOMPARE(html.count(QStringLiteral("<tr id=\"g")), 4);
        QCOMPARE(html.count(QStringLiteral("<mark")), html.count(QStringLiteral("</mark>")));
        // A similarity cell of the matrix.
        QVERIFY(html.contains(QStringLiteral("<td class=\"num\">55%</td>")));
    }

    void deterministic()
    {
        const ReportInput in = makeReportInput();
        QCOMPARE(toHtmlReport(ReportContent(in, ReportOptions {})), toHtmlReport(ReportContent(in, ReportOptions {})));
    }

    void withoutNotesAndHighlights()
    {
        ReportOptions options;
        options.annotations = false;
        options.quotes = false;
        const QString html = QString::fromUtf8(toHtmlReport(ReportContent(makeReportInput(), options)));
        QVERIFY(!html.contains(QStringLiteral("Shelter list")));
        QVERIFY(!html.contains(QStringLiteral("<mark class=\"quote\">We will")));
        QVERIFY(html.contains(QStringLiteral("We will rebuild the dam stronger than before")));
        QVERIFY(html.contains(QStringLiteral("class=\"changed conflict\"")));
    }

    void sharedQuotesListLeavesSinglesOut()
    {
        ReportInput in = makeReportInput();
        QuoteCluster single;
        single.id = QStringLiteral("q2");
        single.speaker = QStringLiteral("Only One Outlet");
        const QString &text = in.comparison.documents.at(2).paragraphs.at(2).text;
        single.occurrences = {{2, 2, 0, 10, text.left(10)}};
        in.comparison.quotes.append(single);
        const QString html = QString::fromUtf8(toHtmlReport(ReportContent(in, ReportOptions {})));
        QVERIFY(html.contains(QStringLiteral("<li id=\"q1\">")));
        QVERIFY(!html.contains(QStringLiteral("<li id=\"q2\">")));
        QVERIFY(!html.contains(QStringLiteral("Only One Outlet")));
    }
};

QTEST_GUILESS_MAIN(TestHtmlReport)
#include "tst_htmlreport.moc"
