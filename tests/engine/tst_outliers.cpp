#include "document/loaddocument.h"
#include "engine/compare.h"
#include "engine/outliers.h"

#include <QDir>
#include <QTest>

using namespace parallax;

namespace {

// Fictional corpora written for these tests (tests/data/engine/outliers/): a leaders' meeting
// with the same two leaders' earlier meeting elsewhere, a central bank's decision with its next
// decision, and a ferry accident where everyone covers the same event.
QString corpusDir(const QString &name)
{
    return QStringLiteral(PARALLAX_TEST_DATA_DIR "/engine/outliers/") + name;
}

QList<Document> loadCorpus(const QString &name, bool withoutDates)
{
    QStringList paths;
    const QDir dir(corpusDir(name));
    for (const QString &file : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        paths << dir.filePath(file);
    LoadManyResult loaded = loadDocuments(paths);
    if (withoutDates) {
        for (Document &d : loaded.documents)
            d.published = {};
    }
    return loaded.documents;
}

int indexOf(const QList<Document> &documents, const QString &file)
{
    for (int d = 0; d < documents.size(); ++d) {
        if (documents[d].path.endsWith(u'/' + file))
            return d;
    }
    return -1;
}

// A 4 x 4 similarity matrix whose document 3 has mean `outlier` and the others mean `typical`
// (all pairs among the others equal).
QList<QList<double>> matrix(double typical, double outlier)
{
    // Others: mean = (2x + outlier) / 3 = typical.
    const double x = (3 * typical - outlier) / 2;
    QList<QList<double>> m(4, QList<double>(4, x));
    for (int i = 0; i < 4; ++i) {
        m[i][i] = 1.0;
        m[i][3] = outlier;
        m[3][i] = outlier;
    }
    m[3][3] = 1.0;
    return m;
}

EventVerdict verdict(ClueAgreement dates, ClueAgreement weekdays, ClueAgreement places)
{
    EventVerdict v;
    v.dates = dates;
    v.weekdays = weekdays;
    v.places = places;
    v.reports = {QDate(), 1, QStringLiteral("Port Sevra")};
    v.others = {QDate(), 3, QStringLiteral("Ashcombe House")};
    return v;
}

} // namespace

class TestOutliers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpora_data()
    {
        QTest::addColumn<QString>("corpus");
        QTest::addColumn<bool>("withoutDates");
        QTest::addColumn<QString>("outlier"); ///< empty: nobody may be flagged
        QTest::addColumn<QStringList>("reasonWords");
        const QStringList meeting {QStringLiteral("Monday"), QStringLiteral("Port Sevra"), QStringLiteral("Wednesday")};
        QTest::newRow("same leaders, a year earlier, elsewhere")
            << QStringLiteral("leaders-meeting") << false << QStringLiteral("06-eastern-ledger.txt") << meeting;
        QTest::newRow("same leaders, no publication dates")
            << QStringLiteral("leaders-meeting") << true << QStringLiteral("06-eastern-ledger.txt") << meeting;
        QTest::newRow("same bank, next decision")
            << QStringLiteral("rate-decision") << false << QStringLiteral("05-evening-star.txt")
            << QStringList {QStringLiteral("Thursday"), QStringLiteral("22 October 2026"), QStringLiteral("9 September 2026")};
        QTest::newRow("one event, a figure disputed, a late update")
            << QStringLiteral("same-event") << false << QString() << QStringList();
        QTest::newRow("one event, no publication dates") << QStringLiteral("same-event") << true << QString() << QStringList();
    }

    void corpora()
    {
        QFETCH(QString, corpus);
        QFETCH(bool, withoutDates);
        QFETCH(QString, outlier);
        QFETCH(QStringList, reasonWords);
        const QList<Document> documents = loadCorpus(corpus, withoutDates);
        QVERIFY(documents.size() >= 5);
        const Comparison c = compare(documents);
        for (const Outlier &o : c.outliers)
            qInfo("flagged %s: %s", qPrintable(documents[o.document].path.section(u'/', -1)), qPrintable(o.reason));
        if (outlier.isEmpty()) {
            QVERIFY(c.outliers.isEmpty());
            return;
        }
        const int expected = indexOf(documents, outlier);
        QVERIFY(expected >= 0);
        QCOMPARE(c.outliers.size(), 1);
        QCOMPARE(c.outliers.first().document, expected);
        for (const QString &word : reasonWords)
            QVERIFY2(c.outliers.first().reason.contains(word), qPrintable(c.outliers.first().reason));
        // The hard case: its similarity alone does not set it apart.
        QVERIFY(findOutliers(c.similarity, {}, QList<int>(documents.size(), 1)).isEmpty());
        // Its paragraphs stand alone and its figures never meet the others' in a conflict.
        for (const AlignmentGroup &g : c.groups) {
            for (const GroupMember &m : g.members)
                QVERIFY(m.document != expected || g.members.size() == 1);
        }
        for (const Conflict &conflict : c.conflicts) {
            for (const Claim &claim : conflict.claims)
                QVERIFY(claim.document != expected);
        }
    }

    void rules_data()
    {
        // Clues as ClueAgreement values: 0 unknown, 1 agree, 2 disagree.
        QTest::addColumn<double>("typical");
        QTest::addColumn<double>("mean");
        QTest::addColumn<int>("dates");
        QTest::addColumn<int>("weekdays");
        QTest::addColumn<int>("places");
        QTest::addColumn<bool>("flagged");
        QTest::addColumn<bool>("explained"); ///< the reason says what it reports
        QTest::newRow("far below, though less than 0.15 below") << 0.17 << 0.03 << 0 << 0 << 0 << true << false;
        QTest::newRow("0.29 of typical, 0.148 below") << 0.209 << 0.061 << 0 << 0 << 0 << true << false;
        QTest::newRow("0.4 of typical, 0.12 below") << 0.20 << 0.08 << 0 << 0 << 0 << false << false;
        QTest::newRow("0.55 of typical, 0.2 below") << 0.44 << 0.24 << 0 << 0 << 0 << false << false;
        QTest::newRow("half of typical, 0.15 below") << 0.40 << 0.19 << 0 << 0 << 0 << true << false;
        QTest::newRow("weekday and place differ") << 0.40 << 0.38 << 0 << 2 << 2 << true << true;
        QTest::newRow("weekday and place differ, more similar than typical") << 0.40 << 0.42 << 0 << 2 << 2 << false << false;
        QTest::newRow("weekday and place differ, the dates agree") << 0.40 << 0.30 << 1 << 2 << 2 << false << false;
        QTest::newRow("dates and weekday differ at home") << 0.40 << 0.45 << 2 << 2 << 1 << true << true;
        QTest::newRow("dates and weekday differ, a copy of the others") << 0.40 << 0.60 << 2 << 2 << 1 << false << false;
        QTest::newRow("only the dates differ") << 0.40 << 0.30 << 2 << 0 << 0 << false << false;
        QTest::newRow("only the dates differ, little shared") << 0.40 << 0.19 << 2 << 1 << 1 << true << true;
        QTest::newRow("only the weekday differs") << 0.40 << 0.30 << 0 << 2 << 1 << false << false;
        QTest::newRow("dates and place differ, the weekday agrees") << 0.40 << 0.30 << 2 << 1 << 2 << false << false;
    }

    // findOutliers() on a 4 x 4 matrix where document 3 is the candidate.
    void rules()
    {
        QFETCH(double, typical);
        QFETCH(double, mean);
        QFETCH(int, dates);
        QFETCH(int, weekdays);
        QFETCH(int, places);
        QFETCH(bool, flagged);
        QFETCH(bool, explained);
        const EventVerdict clues = verdict(ClueAgreement(dates), ClueAgreement(weekdays), ClueAgreement(places));
        const QList<EventVerdict> verdicts {EventVerdict(), EventVerdict(), EventVerdict(), clues};
        const QList<Outlier> found = findOutliers(matrix(typical, mean), {0, 0, 0, 1}, {5, 5, 5, 5}, verdicts);
        QCOMPARE(found.size(), flagged ? 1 : 0);
        if (!flagged)
            return;
        QCOMPARE(found.first().document, 3);
        QVERIFY(found.first().reason.endsWith(u"shares 1 of 5 paragraphs with the others"));
        QCOMPARE(found.first().reason.startsWith(u"reports Monday in Port Sevra; the others Wednesday in Ashcombe House; "),
                 explained);
        // The clues travel as data too, for the window to say them in the user's language.
        QCOMPARE(found.first().reports.isEmpty(), !explained);
        if (explained) {
            QCOMPARE(found.first().reports, (EventWhenWhere {QDate(), 1, QStringLiteral("Port Sevra")}));
            QCOMPARE(found.first().others.weekday, 3);
        }
    }
};

QTEST_GUILESS_MAIN(TestOutliers)
#include "tst_outliers.moc"
