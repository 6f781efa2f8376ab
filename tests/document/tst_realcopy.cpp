// Plain-text copies of web pages (tests/data/document/realcopy/, all invented): the loader must
// find the paragraphs, title and publication date in their mess and tell page furniture,
// captions, bylines and subheadings from the body.
#include "document/loaddocument.h"

#include <QTest>

using namespace parallax;

namespace {

QString dataFile(const QString &name)
{
    return QStringLiteral(PARALLAX_TEST_DATA_DIR "/document/realcopy/") + name;
}

// "role|snippet": every paragraph containing the snippet (at least one) has that role;
// "notbody|snippet": none of them is body (the headline printed twice: the title and a repeat).
QString checkRoles(const Document &doc, const QStringList &expectations)
{
    for (const QString &e : expectations) {
        const qsizetype bar = e.indexOf(u'|');
        const QString role = e.left(bar);
        const QString snippet = e.sliced(bar + 1);
        qsizetype hits = 0;
        for (const Paragraph &p : doc.paragraphs) {
            if (!p.text.contains(snippet))
                continue;
            ++hits;
            const QString got = roleName(p.role);
            const bool ok = role == u"notbody" ? got != u"body" : got == role;
            if (!ok)
                return QStringLiteral("'%1' is %2, expected %3").arg(snippet, got, role);
        }
        if (hits == 0)
            return QStringLiteral("no paragraph contains '%1'").arg(snippet);
    }
    return {};
}

} // namespace

class TestRealCopy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void copies_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("published"); // empty: null
        QTest::addColumn<QString>("breaks");
        QTest::addColumn<QStringList>("roles");

        QTest::newRow("stamp fused with the first paragraph")
            << u"stamp-glued.txt"_qs << QString() << u"2031-05-04"_qs << u"blank-lines"_qs
            << QStringList {u"dateline|date 2031-05-04"_qs, u"body|Crews searched the flooded Orre valley"_qs};
        QTest::newRow("stamp fused with a photo caption, subheadings")
            << u"stamp-caption.txt"_qs << QString() << u"2031-05-05"_qs << u"blank-lines"_qs
            << QStringList {u"dateline|date 2031-05-05"_qs,
                            u"caption|Image: ANA LIND / NORDWIRE"_qs,
                            u"body|A regional train carrying 212"_qs,
                            u"body|Here's what we know so far."_qs,
                            u"heading|What happened?"_qs,
                            u"heading|Nobody on the platform was hurt"_qs,
                            u"notbody|Edda Brunn / Passenger"_qs,
                            u"body|I was thrown against the window."_qs,
                            u"heading|What caused the crash?"_qs,
                            u"body|Investigators are examining"_qs};
        QTest::newRow("skip link, identifier and UI labels above the headline")
            << u"furniture-head.txt"_qs << u"Harbour chief Ivo Sarn: \"Sorry to Every Family... We Take Full Responsibility\""_qs
            << QString() << u"blank-lines"_qs
            << QStringList {u"boilerplate|Skip to content"_qs,    u"boilerplate|page_progress"_qs,
                            u"boilerplate|Text Size"_qs,          u"boilerplate|Close"_qs,
                            u"caption|/ Photo by Nordwire"_qs,    u"caption|Ivo Sarn leaves the briefing room"_qs,
                            u"notbody|Harbour chief Ivo Sarn"_qs, u"body|In a statement posted"_qs};
        QTest::newRow("script notice, labelled date on the next line, widgets")
            << u"notice-head.txt"_qs
            << u"Central Bank of Vellmark Cuts Its Deposit Rate by a Quarter-Point Amid Slowing Growth"_qs << u"2031-05-04"_qs
            << u"blank-lines"_qs
            << QStringList {u"boilerplate|Please enable JavaScript"_qs,
                            u"boilerplate|cw_wire_feed"_qs,
                            u"dateline|By Coast Wire"_qs,
                            u"dateline|Published 3 hours ago on"_qs,
                            u"dateline|May 4, 2031"_qs,
                            u"caption|(Coast Wire/Ben Hald)"_qs,
                            u"boilerplate|Share"_qs,
                            u"boilerplate|audio player ready"_qs,
                            u"body|TARNOW — The Central Bank"_qs,
                            u"heading|Deposit Rate Falls to 3.2%"_qs,
                            u"body|Thursday's move brings"_qs,
                            u"heading|Ostrova: Election Has No Effect"_qs};
        QTest::newRow("date glued to a section label, name above the byline")
            << u"glued-date.txt"_qs << u"Central Bank of Vellmark Cuts Rates by Half a Percentage Point"_qs << u"2031-05-04"_qs
            << u"blank-lines"_qs
            << QStringList {u"dateline|Ana Sorel"_qs, u"dateline|2031Business News"_qs, u"boilerplate|share"_qs,
                            u"body|cut its deposit rate by half"_qs};
        QTest::newRow("subheadings between body paragraphs, a list stays body")
            << u"subheads.txt"_qs << u"Rail link to the coast reopens after three weeks"_qs << QString() << u"blank-lines"_qs
            << QStringList {u"heading|On the ground"_qs,     u"heading|'We will not let the line close again'"_qs,
                            u"body|Ossen Express"_qs,        u"body|Brenn Shuttle"_qs,
                            u"body|Coast Link"_qs,           u"heading|What happens next?"_qs,
                            u"body|Engineers will check"_qs, u"heading|Safety Checks Planned for the Whole Line"_qs};
        QTest::newRow("links, embeds, pickers and a newsletter plug")
            << u"promo-tail.txt"_qs << u"Ferry fares to Holm island to rise in June"_qs << QString() << u"blank-lines"_qs
            << QStringList {u"heading|Operators blame fuel costs"_qs,
                            u"heading|What happened"_qs,
                            u"heading|Who said what"_qs,
                            u"body|People here have no other way"_qs,
                            u"boilerplate|Topics: ,"_qs,
                            u"boilerplate|RELATED:"_qs,
                            u"boilerplate|EMBED"_qs,
                            u"boilerplate|30 languages"_qs,
                            u"boilerplate|View on Google Maps"_qs,
                            u"boilerplate|pic.twitter.com"_qs,
                            u"body|412,000 passengers"_qs,
                            u"boilerplate|The Coast Herald"_qs,
                            u"boilerplate|Escape the noise"_qs,
                            u"boilerplate|Sign up for"_qs,
                            u"boilerplate|A free daily email"_qs};
        QTest::newRow("summary points under a label are no headline")
            << u"summary-points.txt"_qs << QString() << QString() << u"line-per-paragraph"_qs
            << QStringList {u"boilerplate|Summary"_qs, u"boilerplate|Topics"_qs, u"body|Central bank starts its cutting cycle"_qs,
                            u"body|VELLBURG, May 4 (Nordwire)"_qs, u"boilerplate|Continue reading the original"_qs};
        QTest::newRow("video page: Watch headline, second headline, video link")
            << u"video-head.txt"_qs << u"Watch: Mayor opens the new harbour bridge in Tarnow with a ribbon and a brass band"_qs
            << QString() << u"blank-lines"_qs
            << QStringList {u"heading|Mayor pleased with"_qs, u"boilerplate|Watch: Tarnow's old swing bridge"_qs,
                            u"body|Crowds lined both banks"_qs};
        QTest::newRow("photo credits make captions") << u"captions.txt"_qs << u"Central bank cuts key rate by half a point"_qs
                                                     << u"2031-05-04T19:24:00"_qs << u"blank-lines"_qs
                                                     << QStringList {u"caption|(Ana Lind/AP)"_qs,
                                                                     u"caption|Picture: PA"_qs,
                                                                     u"body|The bank cut its deposit rate"_qs,
                                                                     u"caption|(AFP)(AFP)"_qs,
                                                                     u"caption|A worker sweeps glass"_qs,
                                                                     u"caption|(Ben Hald/For The Coast Herald)"_qs,
                                                                     u"body|\"We will rebuild every house,\""_qs,
                                                                     u"body|strongest since a survey"_qs};
        QTest::newRow("byline with initials and an outlet")
            << u"bylines.txt"_qs << u"Storm leaves thousands without power on the coast"_qs << QString() << u"blank-lines"_qs
            << QStringList {u"dateline|By Ana Sorel, Ben R. Hald and Carl Voss"_qs, u"body|About 30,000 homes"_qs};
        QTest::newRow("kicker, byline, stamp with a zone, headline again, credited caption")
            << u"repeated-headline.txt"_qs << u"Search for Missing Campers Goes On Through the Night"_qs
            << u"2031-05-05T06:30:00-05:00"_qs << u"blank-lines"_qs
            << QStringList {u"heading|The latest on the Orre valley floods"_qs,
                            u"dateline|By Coast Herald Editors and Wire Services"_qs,
                            u"dateline|Posted May 5, 2031"_qs,
                            u"notbody|Search for Missing Campers"_qs,
                            u"caption|(AP Photo/Ana Lind)"_qs,
                            u"body|Vellmark is reeling"_qs,
                            u"body|Officials said 214 people"_qs};
        QTest::newRow("kicker, standfirst, byline without By, stamps with zones, topic list")
            << u"kicker-head.txt"_qs << u"Dock workers walk out in Tarnow as pay talks with the port operator collapse"_qs
            << u"2031-05-04T07:30:00+01:00"_qs << u"line-per-paragraph"_qs
            << QStringList {u"boilerplate|Harbour strike"_qs,
                            u"notbody|Cranes stood still on Monday"_qs,
                            u"dateline|Rosa Hendrix in Tarnow"_qs,
                            u"dateline|Last modified on"_qs,
                            u"caption|Photograph: Ben Hald/Nordwire"_qs,
                            u"body|About 1,200 dock workers"_qs,
                            u"body|We have waited long enough"_qs,
                            u"boilerplate|Explore more on these topics"_qs,
                            u"boilerplate|Strikes"_qs,
                            u"boilerplate|Shipping"_qs,
                            u"boilerplate|Reuse this content"_qs};
        QTest::newRow("credit above its caption, contributor line")
            << u"credit-above.txt"_qs << u"Dock workers walk out in Tarnow over pay"_qs << u"2031-05-04"_qs << u"blank-lines"_qs
            << QStringList {u"boilerplate|Save"_qs,
                            u"boilerplate|Nordwire Images"_qs,
                            u"caption|Idle cranes at the container terminal"_qs,
                            u"body|About 1,200 dock workers"_qs,
                            u"boilerplate|___"_qs,
                            u"boilerplate|contributed to this report"_qs};
        QTest::newRow("broadcast script: stamp with programme name, labels")
            << u"blank-blocks.txt"_qs << QString() << u"2031-04-02"_qs << u"blank-lines"_qs
            << QStringList {u"dateline|Evening Bulletin"_qs, u"boilerplate|[INTRO]"_qs, u"boilerplate|[REPORT]"_qs,
                            u"body|Flames rise"_qs,          u"notbody|Font Size"_qs,   u"notbody|Print"_qs};
    }
    void copies()
    {
        QFETCH(QString, file);
        QFETCH(QString, title);
        QFETCH(QString, published);
        QFETCH(QString, breaks);
        QFETCH(QStringList, roles);
        const LoadResult r = loadDocument(dataFile(file));
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        const Document &doc = *r.document;
        QCOMPARE(doc.title, title);
        QCOMPARE(doc.published.toIso(), published);
        QCOMPARE(doc.paragraphBreaks, breaks);
        const QString problem = checkRoles(doc, roles);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestRealCopy)
#include "tst_realcopy.moc"
