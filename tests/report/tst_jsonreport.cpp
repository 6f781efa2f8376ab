#include "report/jsonreport.h"
#include "util/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace parallax;

class TestJsonReport : public QObject
{
    Q_OBJECT

private:
    static Comparison sampleComparison()
    {
        Comparison c;
        Document a;
        a.id = QStringLiteral("d1");
        a.path = QStringLiteral("/tmp/a.txt");
        a.format = QStringLiteral("txt");
        a.encoding = QStringLiteral("UTF-8");
        a.title = QStringLiteral("Dam \"breach\" \\ flood");
        a.outlet = QStringLiteral("Вестник");
        a.author = QStringLiteral("Ann Lee");
        a.published.date = QDate(2024, 3, 3);
        a.published.time = QTime(8, 45);
        a.paragraphBreaks = QStringLiteral("hard-wrapped");
        a.paragraphs = {{QStringLiteral("Title line"), ParagraphRole::Title},
                        {QStringLiteral("Body\twith\ncontrol \x01 chars"), ParagraphRole::Body},
                        {QStringLiteral("© 2024 Example"), ParagraphRole::Boilerplate},
                        {QStringLiteral("What comes next"), ParagraphRole::Heading}};
        Document b = a;
        b.id = QStringLiteral("d2");
        b.published = {};
        b.paragraphBreaks = QStringLiteral("line-per-paragraph");
        c.documents = {a, b};
        c.similarity = {{1.0, 0.123456}, {0.123456, 1.0}};
        AlignmentGroup g;
        g.id = QStringLiteral("g1");
        g.score = 0.8;
        g.pivotDocument = 0;
        g.pivotParagraph = 1;
        g.members = {{0, {1}, {{1, 0, 4, SpanKind::Same}}}, {1, {1}, {{1, 0, 4, SpanKind::Changed}}}};
        c.groups = {g};
        return c;
    }

private Q_SLOTS:
    void schemaAndAllSectionsPresent()
    {
        const QByteArray bytes = toJsonReport(sampleComparison());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject root = doc.object();
        QCOMPARE(root.value(u"schema").toString(), QStringLiteral("parallax.report/1"));
        for (const char *key : {"documents", "outliers", "groups", "quotes", "passages", "conflicts"})
            QVERIFY2(root.value(QLatin1StringView(key)).isArray(), key);
        QVERIFY(root.value(u"similarity").isObject());
        QVERIFY(bytes.startsWith("{\"schema\":\"parallax.report/1\""));
    }

    void documentsRoundTripThroughJson()
    {
        const Comparison c = sampleComparison();
        const QJsonObject root = QJsonDocument::fromJson(toJsonReport(c)).object();
        const QJsonArray docs = root.value(u"documents").toArray();
        QCOMPARE(docs.size(), 2);
        const QJsonObject d1 = docs.at(0).toObject();
        QCOMPARE(d1.value(u"title").toString(), c.documents[0].title);
        QCOMPARE(d1.value(u"outlet").toString(), QStringLiteral("Вестник"));
        QCOMPARE(d1.value(u"author").toString(), QStringLiteral("Ann Lee"));
        QCOMPARE(d1.value(u"published").toString(), QStringLiteral("2024-03-03T08:45:00"));
        QVERIFY(docs.at(1).toObject().value(u"published").isNull());
        QCOMPARE(d1.value(u"paragraphBreaks").toString(), QStringLiteral("hard-wrapped"));
        QCOMPARE(docs.at(1).toObject().value(u"paragraphBreaks").toString(), QStringLiteral("line-per-paragraph"));
        const QJsonArray paras = d1.value(u"paragraphs").toArray();
        QCOMPARE(paras.size(), 4);
        QCOMPARE(paras.at(3).toObject().value(u"role").toString(), QStringLiteral("heading"));
        QCOMPARE(paras.at(1).toObject().value(u"text").toString(), c.documents[0].paragraphs[1].text);
        QCOMPARE(paras.at(2).toObject().value(u"role").toString(), QStringLiteral("boilerplate"));
        QCOMPARE(paras.at(0).toObject().value(u"index").toInt(), 0);
    }

    void similarityRoundedAndSymmetric()
    {
        const QJsonObject sim
            = QJsonDocument::fromJson(toJsonReport(sampleComparison())).object().value(u"similarity").toObject();
        QCOMPARE(sim.value(u"d1").toObject().value(u"d2").toDouble(), 0.123);
        QCOMPARE(sim.value(u"d2").toObject().value(u"d1").toDouble(), 0.123);
        QVERIFY(!sim.value(u"d1").toObject().contains(u"d1"));
    }

    void groupsCarryPivotAndSpans()
    {
        const QJsonArray groups = QJsonDocument::fromJson(toJsonReport(sampleComparison())).object().value(u"groups").toArray();
        QCOMPARE(groups.size(), 1);
        const QJsonObject g = groups.at(0).toObject();
        QCOMPARE(g.value(u"pivot").toObject().value(u"document").toString(), QStringLiteral("d1"));
        QCOMPARE(g.value(u"pivot").toObject().value(u"paragraph").toInt(), 1);
        const QJsonObject m2 = g.value(u"members").toArray().at(1).toObject();
        QCOMPARE(m2.value(u"document").toString(), QStringLiteral("d2"));
        QCOMPARE(m2.value(u"spans").toArray().at(0).toObject().value(u"kind").toString(), QStringLiteral("changed"));
    }

    void deterministic() { QCOMPARE(toJsonReport(sampleComparison()), toJsonReport(sampleComparison())); }

    void quotesAndConflictsCarryTheirDetails()
    {
        Comparison c = sampleComparison();
        QuoteCluster q;
        q.id = QStringLiteral("q1");
        q.speaker = QStringLiteral("Jon Hale");
        q.verbatim = false;
        q.occurrences = {{0, 1, 0, 4, QStringLiteral("Body")}, {1, 1, 0, 4, QStringLiteral("body")}};
        q.forms = {QStringLiteral("direct"), QStringLiteral("turn")};
        q.differingWords = {QStringLiteral("quickly"), QStringLiteral("fast")};
        c.quotes = {q};
        Conflict k;
        k.id = QStringLiteral("c1");
        k.kind = FactKind::Number;
        k.subject = QStringLiteral("deaths");
        Claim a {0, 1, 0, 4, QStringLiteral("nine"), QStringLiteral("9"), QStringLiteral("2024-03-03T08:45:00"), 0};
        Claim b {1, 1, 0, 4, QStringLiteral("12"), QStringLiteral("12"), QString(), 1};
        k.claims = {a, b};
        c.conflicts = {k};
        const QJsonObject root = QJsonDocument::fromJson(toJsonReport(c)).object();
        const QJsonObject jq = root.value(u"quotes").toArray().at(0).toObject();
        QCOMPARE(jq.value(u"speaker").toString(), QStringLiteral("Jon Hale"));
        QCOMPARE(jq.value(u"forms").toArray().at(1).toString(), QStringLiteral("turn"));
        QCOMPARE(jq.value(u"differingWords").toArray().size(), 2);
        QCOMPARE(jq.value(u"occurrences").toArray().at(1).toObject().value(u"document").toString(), QStringLiteral("d2"));
        QCOMPARE(jq.value(u"shared"), QJsonValue(true));
        const QJsonObject jc = root.value(u"conflicts").toArray().at(0).toObject();
        QCOMPARE(jc.value(u"unit").toString(), QString());
        const QJsonArray claims = jc.value(u"claims").toArray();
        QCOMPARE(claims.at(0).toObject().value(u"published").toString(), QStringLiteral("2024-03-03T08:45:00"));
        QVERIFY(claims.at(1).toObject().value(u"published").isNull());
        QCOMPARE(claims.at(1).toObject().value(u"reading").toInt(), 1);
        QCOMPARE(claims.at(1).toObject().value(u"value").toString(), QStringLiteral("12"));
    }

    void singleOutletQuotesStayButAreNotShared()
    {
        Comparison c = sampleComparison();
        QuoteCluster twice;
        twice.id = QStringLiteral("q1");
        twice.occurrences = {{0, 1, 0, 4, QStringLiteral("Body")}, {0, 1, 5, 9, QStringLiteral("with")}};
        twice.forms = {QStringLiteral("direct"), QStringLiteral("direct")};
        c.quotes = {twice};
        const QJsonObject root = QJsonDocument::fromJson(toJsonReport(c)).object();
        const QJsonArray quotes = root.value(u"quotes").toArray();
        QCOMPARE(quotes.size(), 1);
        // Twice in one article is still one outlet.
        QCOMPARE(quotes.at(0).toObject().value(u"shared"), QJsonValue(false));
    }

    void writerNumbers_data()
    {
        QTest::addColumn<double>("input");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("zero") << 0.0 << QByteArray("0");
        QTest::newRow("negative zero") << -0.0001 << QByteArray("0");
        QTest::newRow("one") << 1.0 << QByteArray("1");
        QTest::newRow("rounded") << 0.66666 << QByteArray("0.667");
        QTest::newRow("nan") << std::nan("") << QByteArray("null");
    }
    void writerNumbers()
    {
        QFETCH(double, input);
        QFETCH(QByteArray, expected);
        JsonWriter w;
        w.value(input);
        QCOMPARE(w.take(), expected);
    }
};

QTEST_GUILESS_MAIN(TestJsonReport)
#include "tst_jsonreport.moc"
