// Conflicts on coverage worded the way real news words it (tests/data/engine/conflicts/, fictional):
// subjects read from the words around a figure, parts and sub-counts kept apart from totals, one
// moment written two ways, hedged decimals, ranges, records since some time, names spelt two ways.
#include "engine/conflictfinder.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace parallax;
using namespace Qt::StringLiterals;

namespace {

struct Event
{
    QList<Document> documents;
    QList<Conflict> conflicts;
};

// One folder: "published: ..." then one body paragraph per line. Paragraph 0 (the lead) of every
// article forms one alignment group, so the articles are related; everything else is compared
// through the cross-group rules.
Event load(const QString &folder)
{
    Event e;
    const QDir dir(QStringLiteral(PARALLAX_TEST_DATA_DIR "/engine/conflicts/") + folder);
    const QStringList files = dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(file.fileName()));
        Document d;
        d.id = u'd' + QString::number(e.documents.size() + 1);
        d.path = name;
        for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts)) {
            if (line.startsWith(u"published: ")) {
                const QDateTime at = QDateTime::fromString(line.mid(11), Qt::ISODate);
                d.published.date = at.date();
                d.published.time = at.time();
            } else {
                d.paragraphs.append({line, ParagraphRole::Body});
            }
        }
        e.documents.append(d);
    }
    AlignmentGroup lead;
    lead.id = u"g1"_s;
    for (int i = 0; i < e.documents.size(); ++i)
        lead.members.append({i, {0}, {}});
    Vocabulary vocabulary;
    e.conflicts = findConflicts(e.documents, {}, {lead}, vocabulary);
    return e;
}

// "01:at least 19": a claim of the article whose file name starts with "01" and whose text is "at least 19".
bool isClaim(const Event &e, const Claim &c, const QString &spec)
{
    const QString file = spec.section(u':', 0, 0);
    return e.documents.at(c.document).path.startsWith(file) && c.text == spec.section(u':', 1);
}

const Claim *findClaim(const Event &e, const Conflict &c, const QString &spec)
{
    for (const Claim &cl : c.claims) {
        if (isClaim(e, cl, spec))
            return &cl;
    }
    return nullptr;
}

QString describe(const Event &e)
{
    QStringList out;
    for (const Conflict &c : e.conflicts) {
        QStringList claims;
        for (const Claim &cl : c.claims)
            claims.append(e.documents.at(cl.document).path.left(2) + u':' + cl.text + u'#' + QString::number(cl.reading));
        out.append(factKindName(c.kind) + u' ' + c.subject + u" [" + claims.join(u", ") + u']');
    }
    return out.join(u"\n");
}

} // namespace

class TestConflictPatterns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Each row: two claims that must be in one conflict, in different readings.
    void found_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        auto row = [](const char *name, const char *folder, const QString &a, const QString &b) {
            QTest::newRow(name) << QString::fromLatin1(folder) << a << b;
        };
        row("toll rising", "calder-floods", u"01:at least 19"_s, u"03:at least 35"_s);
        row("toll, days later", "calder-floods", u"04:at least 22"_s, u"05:61"_s);
        row("flood-related deaths", "calder-floods", u"05:61"_s, u"06:at least 78"_s);
        row("children among the dead: of them / including", "calder-floods", u"03:11 of them children"_s, u"04:six children"_s);
        row("children among the dead: with ... among the victims", "calder-floods", u"03:11 of them children"_s,
            u"05:20 children"_s);
        row("deaths in one county", "calder-floods", u"05:50"_s, u"06:63"_s);
        row("girls missing from the camp", "calder-floods", u"02:about 20 of them were girls"_s, u"03:23 girls"_s);
        row("people rescued", "calder-floods", u"01:at least 140"_s, u"04:over 600"_s);
        row("one moment: around 2:30am vs just after midnight", "calder-floods", u"01:around 2:30am"_s,
            u"02:just after midnight"_s);
        row("killing at least", "brenna-crash", u"01:at least 40"_s, u"02:142"_s);
        row("passengers", "brenna-crash", u"01:150"_s, u"02:142"_s);
        row("time of the crash, a.m without its dot", "brenna-crash", u"01:7:12 a.m."_s, u"02:7:08 a.m"_s);
        row("survivors by group", "brenna-crash", u"01:one passenger and five crew members"_s, u"02:six crew members"_s);
        row("CEO's name romanised two ways", "brenna-crash", u"01:Kim Dae-ho"_s, u"02:Kim Tae-ho"_s);
        row("hedged decimals: roughly 3.8% vs about 3.9 percent", "bank-rate-cut", u"01:roughly 3.8%"_s,
            u"02:about 3.9 percent"_s);
        row("first cut in two vs three years", "bank-rate-cut", u"03:two"_s, u"04:three"_s);
        row("place spelt two ways", "harbour-summit", u"01:Castelli"_s, u"02:Casteli"_s);
        row("minister's given name spelt two ways", "harbour-summit", u"01:Tomas Brandt"_s, u"02:Thomas Brandt"_s);
    }
    void found()
    {
        QFETCH(QString, folder);
        QFETCH(QString, a);
        QFETCH(QString, b);
        const Event e = load(folder);
        bool ok = false;
        for (const Conflict &c : e.conflicts) {
            const Claim *x = findClaim(e, c, a);
            const Claim *y = findClaim(e, c, b);
            ok = ok || (x && y && x->reading != y->reading);
        }
        QVERIFY2(ok, qPrintable(describe(e)));
    }

    // Each row: two claims that must never be in one conflict (they agree, or count different things).
    void apart_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        auto row = [](const char *name, const char *folder, const QString &a, const QString &b) {
            QTest::newRow(name) << QString::fromLatin1(folder) << a << b;
        };
        row("a county's deaths are not the toll", "calder-floods", u"05:50"_s, u"05:61"_s);
        row("a county's deaths are not the toll (2)", "calder-floods", u"06:63"_s, u"06:at least 78"_s);
        row("children are not the toll", "calder-floods", u"05:20 children"_s, u"05:61"_s);
        row("the sheriff's county is no sub-count", "calder-floods", u"02:19"_s, u"06:63"_s);
        row("campers dead are not girls missing", "calder-floods", u"06:21 campers"_s, u"03:23 girls"_s);
        row("21 and at least 21 agree", "calder-floods", u"06:21 campers"_s, u"07:At least 21 campers"_s);
        row("rescues by boat are a part", "calder-floods", u"01:at least 60"_s, u"04:over 600"_s);
        row("people on board are not passengers", "brenna-crash", u"02:148"_s, u"02:142"_s);
        row("all but six are not the dead", "brenna-crash", u"03:six"_s, u"03:142"_s);
        row("local time vs GMT", "brenna-crash", u"03:22:00 GMT)"_s, u"02:7:08 a.m"_s);
        row("range written two ways", "bank-rate-cut", u"02:3.75%-4.00%"_s, u"03:3.75 percent to 4 percent"_s);
        row("range vs a figure in it", "bank-rate-cut", u"04:3.75 percent to 4 percent"_s, u"01:roughly 3.8%"_s);
        row("two-decade high is no record span", "bank-rate-cut", u"02:two"_s, u"03:two"_s);
        row("different words in different places", "harbour-summit", u"01:Carlton"_s, u"03:Carleton"_s);
    }
    void apart()
    {
        QFETCH(QString, folder);
        QFETCH(QString, a);
        QFETCH(QString, b);
        const Event e = load(folder);
        for (const Conflict &c : e.conflicts) {
            const Claim *x = findClaim(e, c, a);
            const Claim *y = findClaim(e, c, b);
            QVERIFY2(!(x && y && x->reading != y->reading), qPrintable(describe(e)));
            // A sub-count may agree with nothing in a conflict of the totals either.
            QVERIFY2(!(x && y) || x->reading == y->reading, qPrintable(describe(e)));
        }
    }

    // Only conflicts an analyst would raise: no more than the event has.
    void precise_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<int>("most");
        QTest::newRow("floods") << u"calder-floods"_s << 7;
        QTest::newRow("crash") << u"brenna-crash"_s << 5;
        QTest::newRow("rates") << u"bank-rate-cut"_s << 2;
        QTest::newRow("summit") << u"harbour-summit"_s << 2;
    }
    void precise()
    {
        QFETCH(QString, folder);
        QFETCH(int, most);
        const Event e = load(folder);
        QVERIFY2(e.conflicts.size() <= most, qPrintable(describe(e)));
    }

    // A toll that grew over the days: every claim carries its article's publication moment, and
    // the readings follow the figures.
    void progressionCarriesPublicationTimes()
    {
        const Event e = load(u"calder-floods"_s);
        const Conflict *toll = nullptr;
        for (const Conflict &c : e.conflicts) {
            if (findClaim(e, c, u"01:at least 19"_s))
                toll = &c;
        }
        QVERIFY2(toll, qPrintable(describe(e)));
        QCOMPARE(toll->subject, u"deaths"_s);
        for (const Claim &cl : toll->claims)
            QCOMPARE(cl.published, e.documents.at(cl.document).published.toIso());
        QCOMPARE(findClaim(e, *toll, u"01:at least 19"_s)->published, u"2031-06-14T07:10:00"_s);
        QCOMPARE(findClaim(e, *toll, u"06:at least 78"_s)->published, u"2031-06-18T08:00:00"_s);
        QCOMPARE(findClaim(e, *toll, u"01:at least 19"_s)->reading, findClaim(e, *toll, u"02:at least 19"_s)->reading);
        QVERIFY(findClaim(e, *toll, u"01:at least 19"_s)->reading != findClaim(e, *toll, u"03:at least 35"_s)->reading);
    }
};

QTEST_GUILESS_MAIN(TestConflictPatterns)
#include "tst_conflictpatterns.moc"
