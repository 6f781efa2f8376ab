#include "engine/conflictfinder.h"
#include "engine/conflictrules.h"
#include "engine/factextractor.h"

#include <QTest>

using namespace parallax;
using namespace Qt::StringLiterals;

namespace {

Document makeDocument(const QString &id, const QStringList &paragraphs, QDate published = QDate(2024, 3, 3), QTime at = {})
{
    Document d;
    d.id = id;
    d.published.date = published;
    d.published.time = at;
    for (const QString &p : paragraphs)
        d.paragraphs.append({p, ParagraphRole::Body});
    return d;
}

// The one fact of `kind` whose text is `written` in a one-paragraph document.
Fact factOf(const QString &text, const QString &written, QDate published = QDate(2024, 3, 4))
{
    Vocabulary vocabulary;
    for (const Fact &f : extractFacts(makeDocument(u"d"_s, {text}, published), 0, {}, vocabulary)) {
        if (f.text == written)
            return f;
    }
    return {};
}

// Every paragraph i of every document in one group i: the documents are parallel.
QList<AlignmentGroup> parallelGroups(const QList<Document> &docs)
{
    QList<AlignmentGroup> groups;
    for (int p = 0; p < docs.first().paragraphs.size(); ++p) {
        AlignmentGroup g;
        g.id = u'g' + QString::number(p + 1);
        for (int d = 0; d < docs.size(); ++d) {
            if (p < docs[d].paragraphs.size())
                g.members.append({d, {p}, {}});
        }
        groups.append(g);
    }
    return groups;
}

QList<Conflict> conflictsOf(const QList<Document> &docs, const QList<AlignmentGroup> &groups)
{
    Vocabulary vocabulary;
    return findConflicts(docs, {}, groups, vocabulary);
}

} // namespace

class TestConflictRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compatibility_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("aWritten");
        QTest::addColumn<QString>("b");
        QTest::addColumn<QString>("bWritten");
        QTest::addColumn<bool>("compatible");

        auto row = [](const char *name, const QString &a, const QString &aw, const QString &b, const QString &bw, bool ok) {
            QTest::newRow(name) << a << aw << b << bw << ok;
        };
        row("about vs exact", u"about 40,000 tonnes were stored"_s, u"about 40,000 tonnes"_s, u"40,000 tonnes were stored"_s,
            u"40,000 tonnes"_s, true);
        row("thousand word vs digits", u"12 thousand people left"_s, u"12 thousand"_s, u"12,000 people left"_s, u"12,000"_s,
            true);
        row("more than vs larger", u"More than 11,000 people left"_s, u"More than 11,000"_s, u"about 12,000 people left"_s,
            u"about 12,000"_s, true);
        row("more than vs exact", u"More than 11,000 people left"_s, u"More than 11,000"_s, u"12,000 people left"_s, u"12,000"_s,
            true);
        row("space separator", u"хранилось 40 000 тонн"_s, u"40 000 тонн"_s, u"40,000 tonnes were stored"_s, u"40,000 tonnes"_s,
            true);
        row("miles vs km", u"5 miles downstream"_s, u"5 miles"_s, u"8 km downstream"_s, u"8 km"_s, true);
        row("words km", u"eight kilometres downstream"_s, u"eight kilometres"_s, u"5 miles downstream"_s, u"5 miles"_s, true);
        row("tonnes vs kg", u"2 tonnes of grain"_s, u"2 tonnes"_s, u"2,000 kg of grain"_s, u"2,000 kg"_s, true);
        row("money written four ways", u"released €2.4m"_s, u"€2.4m"_s, u"released 2.4 million euros"_s, u"2.4 million euros"_s,
            true);
        row("russian money", u"выделила 2,4 млн евро"_s, u"2,4 млн евро"_s, u"released EUR 2.4 million"_s, u"EUR 2.4 million"_s,
            true);
        row("time zones", u"a call at 14:00 GMT with donors"_s, u"14:00 GMT"_s, u"donors meet at 9 a.m. in New York"_s,
            u"9 a.m. in New York"_s, true);
        row("hedged time", u"it broke at about 03:40"_s, u"about 03:40"_s, u"it broke at 03:45"_s, u"03:45"_s, true);
        row("unknown zone", u"it broke at 03:40 CET"_s, u"03:40 CET"_s, u"it broke at 05:40"_s, u"05:40"_s, true);
        row("o'clock either half", u"as of two o'clock"_s, u"two o'clock"_s, u"by 14:00"_s, u"14:00"_s, true);
        row("weekday matches date", u"on Sunday, March 3, it broke"_s, u"Sunday, March 3"_s, u"on 3 March 2024 it broke"_s,
            u"3 March 2024"_s, true);
        row("relative date never judged", u"it broke on Tuesday"_s, u"Tuesday"_s, u"it broke on 3 March 2024"_s,
            u"3 March 2024"_s, true);
        row("different currencies", u"cost €5 million"_s, u"€5 million"_s, u"cost $5.4 million"_s, u"$5.4 million"_s, true);
        row("hedged decimal and its range", u"rates at roughly 3.8%"_s, u"roughly 3.8%"_s, u"rates in a 3.75%-4% range"_s,
            u"3.75%-4%"_s, true);
        row("range written two ways", u"rates in a 3.75%-4.00% range"_s, u"3.75%-4.00%"_s,
            u"rates are 3.75 percent to 4 percent"_s, u"3.75 percent to 4 percent"_s, true);
        row("hedged decimal and more digits", u"rates at about 3.8%"_s, u"about 3.8%"_s, u"rates at 3.83 percent"_s,
            u"3.83 percent"_s, true);
        row("hedged whole and decimal", u"rates at about 4%"_s, u"about 4%"_s, u"rates at 3.8 percent"_s, u"3.8 percent"_s, true);
        row("breakdown and a group's count", u"One passenger and one crew member have been rescued."_s,
            u"One passenger and one crew member"_s, u"So far 1 crew member was rescued."_s, u"1 crew member"_s, true);
        row("breakdowns in another order", u"One passenger and one crew member have been rescued."_s,
            u"One passenger and one crew member"_s, u"One crew member and one passenger were rescued."_s,
            u"One crew member and one passenger"_s, true);
        row("midnight and a time just after", u"it woke them just after midnight"_s, u"just after midnight"_s,
            u"it woke them at 00:20"_s, u"00:20"_s, true);

        row("garbled thousand", u"12,000 thousand people left"_s, u"12,000 thousand"_s, u"12,000 people left"_s, u"12,000"_s,
            false);
        row("different figures", u"70,000 tonnes were stored"_s, u"70,000 tonnes"_s, u"about 40,000 tonnes were stored"_s,
            u"about 40,000 tonnes"_s, false);
        row("toll rising", u"At least nine people were killed"_s, u"At least nine"_s, u"Twelve people were killed"_s, u"Twelve"_s,
            false);
        row("money digits swapped", u"released EUR 2.4 million"_s, u"EUR 2.4 million"_s, u"released EUR 4.2 million"_s,
            u"EUR 4.2 million"_s, false);
        row("percent", u"turnout was 45%"_s, u"45%"_s, u"turnout was 54 per cent"_s, u"54 per cent"_s, false);
        row("times", u"it gave way at 03:40"_s, u"03:40"_s, u"it gave way at 04:15"_s, u"04:15"_s, false);
        row("zoned times", u"a call at 14:00 GMT"_s, u"14:00 GMT"_s, u"a call at 9 a.m. EDT"_s, u"9 a.m. EDT"_s, false);
        row("dates", u"signed on 4 May 2023"_s, u"4 May 2023"_s, u"signed on 5 May 2022"_s, u"5 May 2022"_s, false);
        row("miles vs km far", u"5 miles downstream"_s, u"5 miles"_s, u"12 km downstream"_s, u"12 km"_s, false);
        // A decimal is rounded to its last digit: two neighbouring roundings disagree, whatever
        // the hedge and however the unit is spelt.
        row("hedged decimals", u"rates at roughly 3.8%"_s, u"roughly 3.8%"_s, u"rates at about 3.9 percent"_s,
            u"about 3.9 percent"_s, false);
        row("hedged decimal vs exact", u"rates at about 3.9%"_s, u"about 3.9%"_s, u"rates at 3.8%"_s, u"3.8%"_s, false);
        row("breakdown vs a group's count", u"One passenger and one crew member have been rescued."_s,
            u"One passenger and one crew member"_s, u"Only two crew members were rescued."_s, u"two crew members"_s, false);
        row("midnight vs 2:30am", u"it woke them just after midnight"_s, u"just after midnight"_s,
            u"it woke them around 2:30am"_s, u"around 2:30am"_s, false);
    }
    void compatibility()
    {
        QFETCH(QString, a);
        QFETCH(QString, aWritten);
        QFETCH(QString, b);
        QFETCH(QString, bWritten);
        QFETCH(bool, compatible);
        const Fact fa = factOf(a, aWritten);
        const Fact fb = factOf(b, bWritten);
        QVERIFY2(!fa.text.isEmpty(), qPrintable(a));
        QVERIFY2(!fb.text.isEmpty(), qPrintable(b));
        QCOMPARE(parallax::compatible(fa, fb), compatible);
        QCOMPARE(parallax::compatible(fb, fa), compatible);
    }

    void names_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("variants");
        QTest::newRow("given name spelt two ways") << u"Jon Hale"_s << u"John Hale"_s << true;
        QTest::newRow("double t") << u"Matthias Brenner"_s << u"Mattias Brenner"_s << true;
        QTest::newRow("surname spelt two ways") << u"Jon Hale"_s << u"Jon Hail"_s << false;
        QTest::newRow("surname one letter") << u"Ivo Marek"_s << u"Ivo Mareck"_s << true;
        QTest::newRow("same") << u"Jon Hale"_s << u"Jon Hale"_s << false;
        QTest::newRow("different people") << u"Anna Hale"_s << u"Jon Hale"_s << false;
        QTest::newRow("initial") << u"J. Hale"_s << u"Jon Hale"_s << false;
        QTest::newRow("one word") << u"Hale"_s << u"Hail"_s << false;
    }
    void names()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, variants);
        QCOMPARE(nameVariants(a, b), variants);
    }

    // With one role on both sides, a romanised name may differ in its first letter.
    void namesWithOneRole_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("sameRole");
        QTest::addColumn<bool>("variants");
        QTest::newRow("romanised, same role") << u"Kim Dae-ho"_s << u"Kim Tae-ho"_s << true << true;
        QTest::newRow("romanised, no role") << u"Kim Dae-ho"_s << u"Kim Tae-ho"_s << false << false;
        QTest::newRow("two letters apart") << u"Kim Dae-ho"_s << u"Kim Tae-yo"_s << true << false;
        QTest::newRow("given name first letter") << u"Jon Hale"_s << u"Ron Hale"_s << true << false;
    }
    void namesWithOneRole()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, sameRole);
        QFETCH(bool, variants);
        QCOMPARE(nameVariants(a, b, sameRole), variants);
    }

    void findsConflictsInAlignedParagraphs()
    {
        const QList<Document> docs = {
            makeDocument(u"d1"_s,
                         {u"At least nine people were killed when the dam broke."_s,
                          u"Deputy Minister Jon Hale visited the site."_s, u"The grain terminal held 70,000 tonnes of wheat."_s},
                         QDate(2024, 3, 3), QTime(8, 45)),
            makeDocument(u"d2"_s,
                         {u"Twelve people were killed when the dam broke."_s, u"Deputy Minister John Hale visited the site."_s,
                          u"The grain terminal held about 40,000 tonnes of wheat."_s},
                         QDate(2024, 3, 3), QTime(18, 5)),
            makeDocument(u"d3"_s,
                         {u"12 people were killed when the dam broke."_s, u"Deputy Minister Jon Hale visited the site."_s,
                          u"The grain terminal held 40,000 tonnes of wheat."_s},
                         QDate(2024, 3, 3), QTime(19, 30)),
        };
        const QList<Conflict> conflicts = conflictsOf(docs, parallelGroups(docs));
        QCOMPARE(conflicts.size(), 3);
        QCOMPARE(conflicts[0].id, u"c1"_s);
        QCOMPARE(conflicts[0].kind, FactKind::Number);
        QCOMPARE(conflicts[0].subject, u"deaths"_s);
        QCOMPARE(conflicts[0].claims.size(), 3);
        QCOMPARE(conflicts[0].claims[0].text, u"At least nine"_s);
        QCOMPARE(conflicts[0].claims[0].published, u"2024-03-03T08:45:00"_s);
        QCOMPARE(conflicts[0].claims[1].published, u"2024-03-03T18:05:00"_s);
        QCOMPARE(conflicts[0].claims[1].reading, 1);
        QCOMPARE(conflicts[0].claims[2].reading, 1);
        QCOMPARE(conflicts[1].kind, FactKind::Name);
        QCOMPARE(conflicts[1].subject, u"Deputy Minister"_s);
        QCOMPARE(conflicts[1].claims.size(), 3);
        QCOMPARE(conflicts[1].claims[1].value, u"John Hale"_s);
        QCOMPARE(conflicts[2].kind, FactKind::Number);
        QCOMPARE(conflicts[2].claims[0].value, u"70000 t"_s);
        QCOMPARE(conflicts[2].claims[1].value, u"[36000,44000] t"_s);
        QCOMPARE(conflicts[2].claims[1].reading, conflicts[2].claims[2].reading);
    }

    void compatibleFiguresAreNoConflict()
    {
        const QList<Document> docs = {
            makeDocument(u"d1"_s, {u"About 12,000 people were evacuated, 8 km downstream, at 14:00 GMT."_s}),
            makeDocument(u"d2"_s, {u"Some 12 thousand people were evacuated, 5 miles downstream, at 9 a.m. in New York."_s},
                         QDate(2024, 3, 4)),
            makeDocument(u"d3"_s, {u"More than 11,000 people were evacuated, eight kilometres downstream."_s}),
        };
        const QList<Conflict> conflicts = conflictsOf(docs, parallelGroups(docs));
        QVERIFY2(conflicts.isEmpty(), qPrintable(conflicts.isEmpty() ? QString() : conflicts.first().subject));
        // Not because nothing was read: every figure is a fact, and a truly different count of the
        // same people is a conflict.
        Vocabulary vocabulary;
        QList<int> found;
        for (const Document &d : docs)
            found.append(int(extractFacts(d, 0, {}, vocabulary).size()));
        QCOMPARE(found, (QList<int> {3, 3, 2}));
        QList<Document> disagreeing = docs;
        disagreeing[2] = makeDocument(u"d3"_s, {u"Some 20,000 people were evacuated, eight kilometres downstream."_s});
        const QList<Conflict> control = conflictsOf(disagreeing, parallelGroups(disagreeing));
        QCOMPARE(control.size(), 1);
        QCOMPARE(control.first().claims.size(), 3);
    }

    // Repeated facts take the shortcut through their comparison key; the readings and the
    // disagreement must be those of the pairwise tests.
    void repeatedFactsShortcut()
    {
        const QList<std::pair<QString, QString>> written = {
            {u"At least nine people were killed"_s, u"At least nine"_s},
            {u"Twelve people were killed"_s, u"Twelve"_s},
            {u"12 people were killed"_s, u"12"_s},
            {u"about 11 people were killed"_s, u"about 11"_s},
        };
        QList<Fact> facts;
        for (int round = 0; round < 3; ++round) {
            for (int k = 0; k < written.size(); ++k) {
                Fact f = factOf(written[k].first, written[k].second);
                f.document = round * 10 + k;
                facts.append(f);
            }
        }
        QList<int> naive(facts.size(), -1);
        QList<QList<int>> groups;
        for (int i = 0; i < facts.size(); ++i) {
            for (int g = 0; g < groups.size() && naive[i] < 0; ++g) {
                if (std::all_of(groups[g].cbegin(), groups[g].cend(), [&](int j) { return compatible(facts[i], facts[j]); })) {
                    groups[g].append(i);
                    naive[i] = g;
                }
            }
            if (naive[i] < 0) {
                naive[i] = int(groups.size());
                groups.append(QList<int> {i});
            }
        }
        QCOMPARE(readings(facts), naive);
        QVERIFY(disagree(facts));
        QCOMPARE(comparisonKey(facts[1]), comparisonKey(facts[5]));
        QCOMPARE(comparisonKey(facts[1]), comparisonKey(facts[2])); // "Twelve" and "12" compare alike
        QVERIFY(comparisonKey(facts[0]) != comparisonKey(facts[1]));
        // One document correcting itself is no disagreement; the same figure everywhere neither.
        QList<Fact> own = {facts[0], facts[1]};
        own[1].document = own[0].document;
        QVERIFY(!disagree(own));
        QVERIFY(!disagree({facts[1], facts[5], facts[9]}));
        QVERIFY(disagree({facts[0], facts[0], facts[5]}));
        QList<Fact> manyOwn;
        for (int k = 0; k < 10; ++k)
            manyOwn.append(facts[k % 2]);
        for (Fact &f : manyOwn)
            f.document = 7;
        QVERIFY(!disagree(manyOwn));
        manyOwn.last().document = 8;
        QVERIFY(disagree(manyOwn));
    }

    void percentOfAnotherThing()
    {
        // The probability markets gave the cut is not the rate it led to.
        const QList<Document> docs = {
            makeDocument(u"d1"_s,
                         {u"Markets had given a 60% probability to the cut, which took the key rate to roughly 3.8%."_s}),
            makeDocument(u"d2"_s, {u"The cut took the key rate to about 3.9 percent, markets said."_s}),
        };
        const QList<Conflict> conflicts = conflictsOf(docs, parallelGroups(docs));
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts[0].claims.size(), 2);
        QCOMPARE(conflicts[0].claims[0].text, u"roughly 3.8%"_s);
        QCOMPARE(conflicts[0].claims[1].text, u"about 3.9 percent"_s);
    }

    void unalignedFiguresAreNotCompared()
    {
        // Different paragraphs about different things: the same counted noun is not enough.
        const QList<Document> docs = {
            makeDocument(u"d1"_s, {u"The council bought 40 boats last year."_s, u"Nothing else."_s}),
            makeDocument(u"d2"_s, {u"Nothing here."_s, u"Volunteers brought 60 boats to the square."_s}),
        };
        QVERIFY(conflictsOf(docs, parallelGroups(docs)).isEmpty());
    }

    void datesAcrossGroups()
    {
        // The same declaration dated differently in two paragraphs that were not aligned.
        const QList<Document> docs = {
            makeDocument(
                u"d1"_s,
                {u"Storms hit the coast."_s, u"The maintenance agreement with the province was signed on 4 May 2023."_s}),
            makeDocument(u"d2"_s,
                         {u"Since a maintenance agreement signed with the province on 5 May 2022, the dam was inspected."_s,
                          u"Storms hit the coast."_s}),
        };
        const QList<Conflict> conflicts = conflictsOf(docs, parallelGroups(docs));
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts[0].kind, FactKind::Date);
        QCOMPARE(conflicts[0].claims.size(), 2);
        QVERIFY(conflicts[0].subject.contains(u"agreement"_s));
    }

    void ignoredDocumentsAndBoilerplate()
    {
        QList<Document> docs = {
            makeDocument(u"d1"_s, {u"Twelve people were killed in the flood."_s}),
            makeDocument(u"d2"_s, {u"Five people were killed in the flood."_s}),
        };
        ConflictFinderOptions options;
        options.ignoreDocuments = {1};
        Vocabulary vocabulary;
        QVERIFY(findConflicts(docs, {}, parallelGroups(docs), vocabulary, options).isEmpty());
        docs[1].paragraphs[0].role = ParagraphRole::Boilerplate;
        QVERIFY(conflictsOf(docs, parallelGroups(docs)).isEmpty());
    }

    void deterministic()
    {
        QList<Document> docs;
        for (int d = 0; d < 4; ++d)
            docs.append(
                makeDocument(u"d"_s + QString::number(d),
                             {u"%1 people were killed and %2 injured at 0%3:40."_s.arg(9 + d).arg(40 + d).arg(3 + d % 2)}));
        const QList<Conflict> a = conflictsOf(docs, parallelGroups(docs));
        const QList<Conflict> b = conflictsOf(docs, parallelGroups(docs));
        QCOMPARE(a.size(), b.size());
        QVERIFY(!a.isEmpty());
        for (int i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].id, b[i].id);
            QCOMPARE(a[i].claims.size(), b[i].claims.size());
            for (int k = 0; k < a[i].claims.size(); ++k)
                QCOMPARE(a[i].claims[k].start, b[i].claims[k].start);
        }
    }
};

QTEST_GUILESS_MAIN(TestConflictRules)
#include "tst_conflictrules.moc"
