#include "engine/timeline.h"

#include <QTest>

using namespace parallax;
using namespace Qt::StringLiterals;

namespace {

// Outlets of an invented ferry accident, published at the given moments.
Document article(const QString &outlet, QDate date, QTime time = {}, std::optional<int> offsetSeconds = {})
{
    Document d;
    d.id = outlet.left(2).toLower();
    d.outlet = outlet;
    d.published.date = date;
    d.published.time = time;
    d.published.utcOffsetSeconds = offsetSeconds;
    d.paragraphs.append({QStringLiteral("The ferry Maren capsized off Holm."), ParagraphRole::Body});
    return d;
}

Claim count(int document, double value, int reading, const QString &qualifier = {})
{
    Claim c;
    c.document = document;
    c.number = value;
    c.low = value;
    c.high = qualifier == u"at least" ? value * 1.1 : value;
    c.qualifier = qualifier;
    c.reading = reading;
    c.text = QString::number(value);
    return c;
}

Conflict toll(const QList<Claim> &claims)
{
    Conflict k;
    k.id = QStringLiteral("c1");
    k.kind = FactKind::Number;
    k.subject = QStringLiteral("deaths");
    k.claims = claims;
    return k;
}

const QDate day(2031, 6, 14);

} // namespace

class TestTimeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void windows()
    {
        const PublicationWindow exact = publicationWindow({day, QTime(9, 30), 2 * 3600});
        QCOMPARE(exact.precision, PublicationWindow::Precision::Minute);
        QVERIFY(exact.zoneKnown);
        QCOMPARE(exact.start.toString(Qt::ISODate), QStringLiteral("2031-06-14T07:30:00Z"));
        const PublicationWindow local = publicationWindow({day, QTime(9, 30), {}});
        QVERIFY(!local.zoneKnown);
        QCOMPARE(local.start.toString(Qt::ISODate), QStringLiteral("2031-06-14T09:30:00Z"));
        const PublicationWindow dated = publicationWindow({day, {}, {}});
        QCOMPARE(dated.precision, PublicationWindow::Precision::Day);
        QCOMPARE(dated.start.secsTo(dated.end), 86400);
        QVERIFY(!publicationWindow({}).isKnown());
        // A day does not come before a minute inside it, nor after it.
        QVERIFY(!dated.before(local) && !local.before(dated));
        QVERIFY(publicationWindow({day.addDays(-1), {}, {}}).before(local));
        QVERIFY(exact.before(local));
    }

    void verdicts_data()
    {
        QTest::addColumn<QList<Document>>("documents");
        QTest::addColumn<QList<Claim>>("claims");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("summary");
        const QList<Document> dayOfUpdates {article(u"Holm Wire"_s, day, QTime(8, 45)),
                                            article(u"Coast Post"_s, day, QTime(18, 5)),
                                            article(u"Bay Herald"_s, day, QTime(20, 40)), article(u"Isle Daily"_s, day)};
        QTest::newRow("a toll that rose, and an outlet that still had the old figure")
            << dayOfUpdates << QList<Claim> {count(0, 9, 0, u"at least"_s), count(1, 12, 1), count(2, 9, 0)} << u"updated"_s
            << u"rose from at least 9 to 12 between 08:45 and 18:05 on 14 June 2031; Bay Herald still had 9 after Coast Post "
               "reported 12"_s;
        QTest::newRow("a figure corrected downwards")
            << dayOfUpdates << QList<Claim> {count(0, 70, 0), count(1, 40, 1)} << u"updated"_s
            << u"fell from 70 to 40 between 08:45 and 18:05 on 14 June 2031"_s;
        const QList<Document> race {article(u"Holm Wire"_s, day, QTime(8, 45)), article(u"Coast Post"_s, day, QTime(8, 55))};
        QTest::newRow("two figures at the same time")
            << race << QList<Claim> {count(0, 9, 0), count(1, 12, 1)} << u"contradicted"_s
            << u"9 and 12 at the same time, 08:45 on 14 June 2031"_s;
        QTest::newRow("a date only cannot be ordered against a time that day")
            << dayOfUpdates << QList<Claim> {count(0, 9, 0), count(3, 12, 1)} << u"unknown"_s
            << u"9 and 12 on the same day: the times do not tell which came first"_s;
        QTest::newRow("back and forth is no update")
            << dayOfUpdates << QList<Claim> {count(0, 9, 0), count(1, 14, 1), count(2, 12, 2)} << u"contradicted"_s
            << u"went from 9 to 14 to 12 between 08:45 and 20:40 on 14 June 2031: not a steady update"_s;
        const QList<Document> undated {article(u"Holm Wire"_s, {}), article(u"Coast Post"_s, day, QTime(8, 45))};
        QTest::newRow("missing times") << undated << QList<Claim> {count(0, 9, 0), count(1, 12, 1)} << u"unknown"_s
                                       << u"publication times are missing: the order of the values is unknown"_s;
    }

    void verdicts()
    {
        QFETCH(QList<Document>, documents);
        QFETCH(QList<Claim>, claims);
        QFETCH(QString, verdict);
        QFETCH(QString, summary);
        Comparison c;
        c.documents = documents;
        c.conflicts = {toll(claims)};
        const Timeline t = buildTimeline(c);
        QCOMPARE(t.conflicts.size(), 1);
        QCOMPARE(verdictName(t.conflicts.first().verdict), verdict);
        QCOMPARE(t.conflicts.first().summary, summary);
        // The series has a point per outlet and value, in publication order (unknown times last).
        QCOMPARE(t.conflicts.first().series.size(), claims.size());
        const QList<TimelinePoint> &series = t.conflicts.first().series;
        for (int i = 1; i < series.size(); ++i) {
            if (series[i].published.isKnown())
                QVERIFY(series[i - 1].published.start <= series[i].published.start);
        }
    }

    void detailsThatDoNotChangeAreContradictions()
    {
        Comparison c;
        c.documents = {article(u"Holm Wire"_s, day, QTime(8, 45)), article(u"Coast Post"_s, day, QTime(18, 5))};
        Conflict name;
        name.kind = FactKind::Name;
        name.claims = {count(0, 0, 0), count(1, 0, 1)};
        c.conflicts = {name};
        const Timeline t = buildTimeline(c);
        QCOMPARE(t.conflicts.first().verdict, ConflictVerdict::Contradicted);
        QVERIFY(t.conflicts.first().series.isEmpty());
    }

    void openEndedFigures()
    {
        Comparison c;
        c.documents = {article(u"Holm Wire"_s, day, QTime(8, 45)), article(u"Coast Post"_s, day, QTime(18, 5))};
        Claim upTo = count(1, 30, 1, u"up to"_s);
        upTo.low = 0;
        c.conflicts = {toll({count(0, 9, 0, u"at least"_s), upTo})};
        const QList<TimelinePoint> series = buildTimeline(c).conflicts.first().series;
        QVERIFY(series[0].openAbove && !series[0].openBelow);
        QVERIFY(series[1].openBelow && !series[1].openAbove);
    }

    void figures_data()
    {
        QTest::addColumn<double>("number");
        QTest::addColumn<QString>("qualifier");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("text");
        QTest::newRow("count") << 12.0 << QString() << QString() << u"12"_s;
        QTest::newRow("hedged count") << 40000.0 << u"about"_s << QString() << u"about 40,000"_s;
        QTest::newRow("tonnes") << 40000000.0 << QString() << u"kg"_s << u"40,000 t"_s;
        QTest::newRow("money") << 2400000.0 << QString() << u"EUR"_s << u"EUR 2.4 million"_s;
        QTest::newRow("rate") << 4.75 << QString() << u"%"_s << u"4.75%"_s;
        QTest::newRow("distance") << 8000.0 << QString() << u"m"_s << u"8 km"_s;
    }

    void figures()
    {
        QFETCH(double, number);
        QFETCH(QString, qualifier);
        QFETCH(QString, unit);
        QFETCH(QString, text);
        QCOMPARE(figureText(number, number, number, qualifier, unit), text);
    }

    void whoHadItFirst()
    {
        Comparison c;
        c.documents = {article(u"Coast Post"_s, day, QTime(18, 5)), article(u"Holm Wire"_s, day, QTime(8, 45)),
                       article(u"Isle Daily"_s, day), article(u"Bay Herald"_s, {})};
        QuoteCluster quote;
        quote.id = QStringLiteral("q1");
        quote.occurrences = {{0, 0, 0, 10, u"We will find them all"_s},
                             {1, 0, 0, 10, u"We will find them all"_s},
                             {2, 0, 0, 10, u"We shall find every one of them"_s}};
        SharedPassage passage;
        passage.id = QStringLiteral("p1");
        passage.occurrences = {{3, 0, 0, 10, u"the ferry left Holm at dawn with 212 people"_s},
                               {0, 0, 0, 10, u"the ferry left Holm at dawn with 212 people"_s},
                               {1, 0, 0, 10, u"the ferry left Holm at dawn with 212 people"_s}};
        QuoteCluster single;
        single.occurrences = {{0, 0, 0, 5, u"Never again"_s}};
        c.quotes = {quote, single};
        c.passages = {passage};
        const Timeline t = buildTimeline(c);
        QCOMPARE(t.origins.size(), 2); // the quote of one outlet has no origin to find
        const OriginOrder &q = t.origins[0];
        QCOMPARE(q.item, OriginOrder::Item::Quote);
        QCOMPARE(q.documents, (QList<int> {1, 0, 2}));
        QCOMPARE(q.origin, 1);
        QVERIFY(!q.originCertain); // Isle Daily gives only the day: it may have been first
        QCOMPARE(q.sameWording, (QList<int> {0})); // Isle Daily translated it differently
        const OriginOrder &p = t.origins[1];
        QCOMPARE(p.item, OriginOrder::Item::Passage);
        QCOMPARE(p.documents, (QList<int> {1, 0, 3})); // unknown times last
        QCOMPARE(p.origin, 1);
        QVERIFY(!p.originCertain);
        QCOMPARE(p.sameWording, (QList<int> {0, 3}));
        QCOMPARE(t.reuse, (QList<ReuseEdge> {{1, 0, 2}, {1, 3, 1}}));

        c.documents[2].published = {};
        c.documents[3].published = {day.addDays(1), QTime(7, 0), {}};
        const Timeline known = buildTimeline(c);
        QVERIFY(known.origins[1].originCertain);
    }
};

QTEST_GUILESS_MAIN(TestTimeline)
#include "tst_timeline.moc"
