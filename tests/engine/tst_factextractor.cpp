#include "engine/factextractor.h"
#include "engine/quantityparser.h"

#include <QTest>

using namespace parallax;
using namespace Qt::StringLiterals;

namespace {

QList<Fact> factsOf(const QString &text, ParagraphRole role = ParagraphRole::Body, QDate published = QDate(2024, 3, 3))
{
    Document d;
    d.id = u"d1"_s;
    d.published.date = published;
    d.paragraphs.append({text, role});
    Vocabulary vocabulary;
    return extractFacts(d, 0, {}, vocabulary);
}

QString describe(const QList<Fact> &facts)
{
    QStringList out;
    for (const Fact &f : facts)
        out.append(factKindName(f.kind) + u'|' + f.text + u'|' + f.value + u'|' + f.subject);
    return out.join(u" ;; ");
}

} // namespace

class TestFactExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("written"); // the claim's text, exactly
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("subject"); // empty: not checked

        auto row = [](const char *name, const QString &text, const QString &kind, const QString &written, const QString &value,
                      const QString &subject = {}) { QTest::newRow(name) << text << kind << written << value << subject; };
        // numbers as digits and words, with hedges
        row("thousands comma", u"Officials said 40,000 people were evacuated."_s, u"number"_s, u"40,000"_s, u"40000"_s,
            u"evacuated"_s);
        row("some", u"some 40,000 people fled the valley"_s, u"number"_s, u"some 40,000"_s, u"[36000,44000]"_s, u"evacuated"_s);
        row("more than", u"More than 70,000 people were evacuated."_s, u"number"_s, u"More than 70,000"_s, u"[70000,77000]"_s);
        row("at least words", u"At least nine people were killed."_s, u"number"_s, u"At least nine"_s, u"[9,9.9]"_s, u"deaths"_s);
        row("nearly", u"nearly 500 homes were damaged"_s, u"number"_s, u"nearly 500"_s, u"[450,500]"_s);
        row("up to", u"up to 300 soldiers were deployed"_s, u"number"_s, u"up to 300"_s, u"[0,300]"_s);
        row("fewer than", u"fewer than 20 people were hurt"_s, u"number"_s, u"fewer than 20"_s, u"[0,20]"_s, u"injured"_s);
        row("12 thousand", u"some 12 thousand people left"_s, u"number"_s, u"some 12 thousand"_s, u"[10800,13200]"_s);
        row("1.5 million", u"1.5 million households lost power"_s, u"number"_s, u"1.5 million"_s, u"1500000"_s);
        row("garbled thousand", u"12,000 thousand residents were evacuated"_s, u"number"_s, u"12,000 thousand"_s, u"12000000"_s,
            u"evacuated"_s);
        row("a dozen", u"a dozen boats were sent"_s, u"number"_s, u"a dozen"_s, u"12"_s);
        row("word", u"Twelve people have died."_s, u"number"_s, u"Twelve"_s, u"12"_s, u"deaths"_s);
        row("compound word", u"forty-two pumps arrived"_s, u"number"_s, u"forty-two"_s, u"42"_s);
        row("two-fold", u"a two-fold rise in claims"_s, u"number"_s, u"two-fold"_s, u"2 x"_s);
        row("space thousands", u"хранилось 40 000 тонн пшеницы"_s, u"number"_s, u"40 000 тонн"_s, u"40000 t"_s);
        row("toll before", u"The death toll rose to 12 in the afternoon."_s, u"number"_s, u"12"_s, u"12"_s, u"deaths"_s);
        row("lost their lives", u"twelve people have lost their lives"_s, u"number"_s, u"twelve"_s, u"12"_s, u"deaths"_s);
        row("counted noun", u"340 firefighters were working"_s, u"number"_s, u"340"_s, u"340"_s);
        // subjects from the words around the value, not the nearest noun
        row("killing before", u"The jet crashed, killing at least 40 people."_s, u"number"_s, u"at least 40"_s, u"[40,44]"_s,
            u"deaths"_s);
        row("killing in another clause", u"A jet carrying 150 passengers crashed, killing 40."_s, u"number"_s, u"150"_s, u"150"_s,
            u"passeng"_s);
        row("group among the dead", u"The storm killed nine children."_s, u"number"_s, u"nine children"_s, u"9"_s,
            u"deaths:child"_s);
        row("of them", u"The flood has killed at least 43 people, 15 of them children."_s, u"number"_s, u"15 of them children"_s,
            u"15"_s, u"deaths:child"_s);
        row("including", u"Officials confirmed the deaths of 27 people, including six children."_s, u"number"_s,
            u"six children"_s, u"6"_s, u"deaths:child"_s);
        row("the whole before including", u"Officials confirmed the deaths of 27 people, including six children."_s, u"number"_s,
            u"27"_s, u"27"_s, u"deaths"_s);
        row("with ... among the victims", u"The toll has climbed to 82, with 28 children among the victims."_s, u"number"_s,
            u"28 children"_s, u"28"_s, u"deaths:child"_s);
        row("long sentence toll", u"The death toll from the floods sweeping across the northern valleys has climbed to 82."_s,
            u"number"_s, u"82"_s, u"82"_s, u"deaths"_s);
        row("of them were", u"The number of missing was unclear but about 20 of them were girls from the camp."_s, u"number"_s,
            u"about 20 of them were girls"_s, u"[18,22]"_s, u"missing:girl"_s);
        row("unaccounted", u"Managers said 23 girls were unaccounted for."_s, u"number"_s, u"23 girls"_s, u"23"_s,
            u"missing:girl"_s);
        row("rescued", u"At least 140 people had been rescued by evening."_s, u"number"_s, u"At least 140"_s, u"[140,154]"_s,
            u"rescued"_s);
        row("evacuated or rescued", u"Crews evacuated or rescued over 600 people."_s, u"number"_s, u"over 600"_s, u"[600,660]"_s,
            u"rescued"_s);
        row("modified category noun", u"At least 78 flood-related deaths were reported."_s, u"number"_s, u"At least 78"_s,
            u"[78,85.8]"_s, u"deaths"_s);
        row("lives lost", u"The county counted 63 lives lost."_s, u"number"_s, u"63"_s, u"63"_s, u"deaths"_s);
        // a breakdown by group is one fact; a group's count shows its group
        row("breakdown", u"One passenger and one crew member have been rescued."_s, u"number"_s,
            u"One passenger and one crew member"_s, u"1 passenger + 1 crew"_s, u"rescued:*"_s);
        row("breakdown with a modifier", u"Two children and one flight attendant were injured."_s, u"number"_s,
            u"Two children and one flight attendant"_s, u"2 children + 1 attendant"_s, u"injured:*"_s);
        row("a group's count", u"Only two crew members were rescued."_s, u"number"_s, u"two crew members"_s, u"2"_s,
            u"rescued:crew"_s);
        // sub-counts of one area are not the toll
        row("county sub-count", u"The dead were spread widely, with Harlow County suffering the highest losses at 50 deaths."_s,
            u"number"_s, u"50"_s, u"50"_s, u"deaths@harlow county"_s);
        row("county sub-count after", u"Rescuers found 12 dead in Mason County."_s, u"number"_s, u"12"_s, u"12"_s,
            u"deaths@mason county"_s);
        row("county part", u"Harlow County accounted for the highest toll, 63 lives lost, including 20 children."_s, u"number"_s,
            u"20 children"_s, u"20"_s, u"deaths:child@harlow county"_s);
        row("county office is no sub-count", u"Harlow County Sheriff Ana Pike said 19 people were confirmed dead."_s, u"number"_s,
            u"19"_s, u"19"_s, u"deaths"_s);
        // records since some time, and values inside adjectives
        row("first in years", u"It was the bank's first rate cut in four years."_s, u"number"_s, u"four"_s, u"4"_s,
            u"first-in:year"_s);
        row("first in more than years", u"The cut, the bank's first in more than four years, surprised few."_s, u"number"_s,
            u"more than four"_s, u"[4,4.4]"_s, u"first-in:year"_s);
        row("hyphenated adjective", u"Rates fell from a two-decade high."_s, u"number"_s, u"two"_s, u"2"_s, u"decad:high"_s);
        row("two dozen", u"They searched for two dozen children."_s, u"number"_s, u"two dozen"_s, u"24"_s);
        // ranges and hedged decimals
        row("range dash", u"rates in the 3.75%-4.00% range"_s, u"percent"_s, u"3.75%-4.00%"_s, u"[3.75,4] %"_s);
        row("range between", u"a rate between 3.75% and 4%"_s, u"percent"_s, u"3.75% and 4%"_s, u"[3.75,4] %"_s);
        row("range to", u"The rate is 3.75 percent to 4 percent."_s, u"percent"_s, u"3.75 percent to 4 percent"_s,
            u"[3.75,4] %"_s);
        row("range unit at the end", u"The rate is 3.75 to 4 percent."_s, u"percent"_s, u"3.75 to 4 percent"_s, u"[3.75,4] %"_s);
        row("a change is no range", u"rates fell from 4.3% to 3.8%"_s, u"percent"_s, u"3.8%"_s, u"3.8 %"_s);
        row("hedged decimal", u"rates at about 3.9 percent"_s, u"percent"_s, u"about 3.9 percent"_s, u"[3.85,3.95] %"_s);
        row("hedged whole number", u"rates at about 4 percent"_s, u"percent"_s, u"about 4 percent"_s, u"[3.6,4.4] %"_s);
        // units
        row("tonnes", u"where 70,000 tonnes of wheat were stored"_s, u"number"_s, u"70,000 tonnes"_s, u"70000 t"_s);
        row("km", u"the town, 8 km downstream"_s, u"number"_s, u"8 km"_s, u"8 km"_s);
        row("miles", u"the town, 5 miles downstream"_s, u"number"_s, u"5 miles"_s, u"5 mi"_s);
        row("hyphen metre", u"a 42-metre dam"_s, u"number"_s, u"42-metre"_s, u"42 m"_s);
        // percentages
        row("percent sign", u"turnout rose 15% this year"_s, u"percent"_s, u"15%"_s, u"15 %"_s);
        // A hedged decimal is as exact as its last digit: "about 12.5" is 12.45 to 12.55.
        row("per cent", u"about 12.5 per cent of homes"_s, u"percent"_s, u"about 12.5 per cent"_s, u"[12.45,12.55] %"_s);
        row("percent word", u"prices rose 3 percent"_s, u"percent"_s, u"3 percent"_s, u"3 %"_s);
        // money
        row("euro sign m", u"a budget of €2.4m for repairs"_s, u"money"_s, u"€2.4m"_s, u"EUR 2400000"_s);
        row("EUR code", u"released EUR 2.4 million from reserves"_s, u"money"_s, u"EUR 2.4 million"_s, u"EUR 2400000"_s);
        row("euros word", u"released 2.4 million euros from reserves"_s, u"money"_s, u"2.4 million euros"_s, u"EUR 2400000"_s);
        row("dollar", u"a $1.2bn loan"_s, u"money"_s, u"$1.2bn"_s, u"USD 1200000000"_s);
        row("USD", u"fined 500,000 USD"_s, u"money"_s, u"500,000 USD"_s, u"USD 500000"_s);
        row("pound", u"a £30 fine"_s, u"money"_s, u"£30"_s, u"GBP 30"_s);
        row("rubles", u"a grant of 300 rubles"_s, u"money"_s, u"300 rubles"_s, u"RUB 300"_s);
        row("russian decimal comma", u"выделила 2,4 млн евро на ремонт"_s, u"money"_s, u"2,4 млн евро"_s, u"EUR 2400000"_s);
        // durations
        row("hours", u"the repairs will take 48 hours"_s, u"duration"_s, u"48 hours"_s, u"48 h"_s);
        row("within", u"within forty minutes the water came"_s, u"duration"_s, u"within forty minutes"_s, u"[0,40] min"_s);
        // dates (through the date parser, against the publication date)
        row("date", u"an agreement signed on 4 May 2023 with the province"_s, u"date"_s, u"4 May 2023"_s, u"2023-05-04"_s);
        row("published in running text", u"The report, published on 4 May 2023, found cracks."_s, u"date"_s, u"4 May 2023"_s,
            u"2023-05-04"_s);
        row("weekday date", u"on Sunday, March 3, the dam broke"_s, u"date"_s, u"Sunday, March 3"_s, u"2024-03-03"_s);
        // times with zones
        row("time", u"The embankment gave way at 03:40."_s, u"time"_s, u"03:40"_s, u"03:40"_s);
        row("hedged time", u"The breach happened at about 03:40."_s, u"time"_s, u"about 03:40"_s, u"03:40"_s);
        row("GMT", u"a call at 14:00 GMT on Monday"_s, u"time"_s, u"14:00 GMT on Monday"_s, u"14:00Z"_s);
        row("GMT alone", u"a call at 14:00 GMT with donors"_s, u"time"_s, u"14:00 GMT"_s, u"14:00Z"_s);
        row("New York winter", u"donors meet at 9 a.m. in New York on Monday"_s, u"time"_s, u"9 a.m. in New York"_s, u"14:00Z"_s);
        row("CET", u"at 18:05 CET the siren sounded"_s, u"time"_s, u"18:05 CET"_s, u"17:05Z"_s);
        row("pm", u"the meeting at 4pm ended late"_s, u"time"_s, u"4pm"_s, u"16:00"_s);
        // H.MM is a time only before a.m./p.m.; "12.5" and "9.30 tonnes" are figures.
        row("dotted pm", u"the siren sounded at 9.30 p.m. on the quay"_s, u"time"_s, u"9.30 p.m."_s, u"21:30"_s);
        row("dotted am glued", u"the gate closed at 7.05am"_s, u"time"_s, u"7.05am"_s, u"07:05"_s);
        row("colon pm", u"they met at 4:15 pm downstream"_s, u"time"_s, u"4:15 pm"_s, u"16:15"_s);
        row("am without final dot", u"The crash occurred at 7:03 a.m as the jet landed."_s, u"time"_s, u"7:03 a.m"_s, u"07:03"_s);
        row("midnight", u"A storm woke the cabin just after midnight, she said."_s, u"time"_s, u"just after midnight"_s,
            u"00:00"_s);
        row("noon", u"They reached the camp at noon."_s, u"time"_s, u"noon"_s, u"12:00"_s);
        row("appositive role", u"Kim Dae-ho, CEO of Solvik Air, apologised."_s, u"name"_s, u"Kim Dae-ho"_s, u"Kim Dae-ho"_s,
            u"ceo"_s);
        row("appositive with article", u"Ana Ruiz, the mayor of Holvik, opened the shelter."_s, u"name"_s, u"Ana Ruiz"_s,
            u"Ana Ruiz"_s, u"mayor"_s);
        row("decimal is no time", u"some 12.5 tonnes of silt"_s, u"number"_s, u"some 12.5 tonnes"_s, u"[12.45,12.55] t"_s);
        row("two decimals no time", u"about 9.30 metres higher"_s, u"number"_s, u"about 9.30 metres"_s, u"[9.295,9.305] m"_s);
        // people with roles
        row("role name", u"Deputy Minister Jon Hale visited the dam."_s, u"name"_s, u"Jon Hale"_s, u"Jon Hale"_s,
            u"deputy minister"_s);
        row("role department", u"Deputy Minister for Water Management Matthias Brenner said so."_s, u"name"_s,
            u"Matthias Brenner"_s, u"Matthias Brenner"_s, u"deputy minister for water management"_s);
        row("mayor", u"Mayor Ana Ruiz opened the shelter."_s, u"name"_s, u"Ana Ruiz"_s, u"Ana Ruiz"_s, u"mayor"_s);
        row("transcript speaker", u"Matthias Brenner: Every dam will be inspected."_s, u"name"_s, u"Matthias Brenner"_s,
            u"Matthias Brenner"_s);
    }
    void forms()
    {
        QFETCH(QString, text);
        QFETCH(QString, kind);
        QFETCH(QString, written);
        QFETCH(QString, value);
        QFETCH(QString, subject);
        const QList<Fact> facts = factsOf(text);
        const Fact *found = nullptr;
        for (const Fact &f : facts) {
            if (f.text == written && factKindName(f.kind) == kind)
                found = &f;
        }
        QVERIFY2(found, qPrintable(describe(facts)));
        QCOMPARE(found->value, value);
        QCOMPARE(text.mid(found->start, found->end - found->start), written);
        if (!subject.isEmpty())
            QCOMPARE(found->subject, subject);
    }

    // Counts whose words say what they are not: no subject, so they are compared with nothing.
    void noSubject_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("written");
        QTest::newRow("all but") << u"All but two were killed."_s << u"two"_s;
        QTest::newRow("the whole of a part") << u"The crash killed 142 of the 148 people on board."_s << u"148"_s;
        QTest::newRow("a part without its group") << u"The rescues included at least 60 by boat."_s << u"at least 60"_s;
    }
    void noSubject()
    {
        QFETCH(QString, text);
        QFETCH(QString, written);
        const QList<Fact> facts = factsOf(text);
        const auto it = std::find_if(facts.cbegin(), facts.cend(), [&](const Fact &f) { return f.text == written; });
        QVERIFY2(it != facts.cend(), qPrintable(describe(facts)));
        QVERIFY2(it->subject.isEmpty(), qPrintable(describe(facts)));
    }

    void notFacts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("role");
        QTest::newRow("year") << u"The dam was completed in 1968."_s << int(ParagraphRole::Body);
        QTest::newRow("url") << u"See https://example.org/news/2024/03/holvik-12345 for the map."_s << int(ParagraphRole::Body);
        QTest::newRow("markdown link") << u"[a statement](https://sarnhydro.example/news/40000-update) with a map"_s
                                       << int(ParagraphRole::Body);
        QTest::newRow("email") << u"Write to desk2024@example.org now."_s << int(ParagraphRole::Body);
        QTest::newRow("identifier") << u"The A4 road and COVID-19 rules."_s << int(ParagraphRole::Body);
        QTest::newRow("ordinal") << u"the 3rd bridge"_s << int(ParagraphRole::Body);
        QTest::newRow("no one") << u"no one will pay for that"_s << int(ParagraphRole::Body);
        QTest::newRow("boilerplate date") << u"© 2024 Example. Updated 3 March 2024, 18:05. 40,000 readers."_s
                                          << int(ParagraphRole::Boilerplate);
        QTest::newRow("dateline") << u"3 March 2024, 18:05"_s << int(ParagraphRole::Dateline);
        QTest::newRow("ratio") << u"the vote was 3:1 in favour"_s << int(ParagraphRole::Body);
        QTest::newRow("afternoon is no noon") << u"they met in the afternoon"_s << int(ParagraphRole::Body);
        QTest::newRow("number inside a name") << u"since the 2029 Club of 12 summit"_s << int(ParagraphRole::Body);
        QTest::newRow("page date label") << u"date 2030-10-04 The talks went on."_s << int(ParagraphRole::Body);
        QTest::newRow("posted label") << u"Posted Oct 3, 2030 9:00 PM"_s << int(ParagraphRole::Body);
        QTest::newRow("updated time") << u"Updated 4:15 p.m. ET"_s << int(ParagraphRole::Body);
        QTest::newRow("caption") << u"Rescuers at the dam on 3 March, where 12 people died. (Photo: Ivo Marek)"_s
                                 << int(ParagraphRole::Caption);
    }
    void notFacts()
    {
        QFETCH(QString, text);
        QFETCH(int, role);
        const QList<Fact> facts = factsOf(text, ParagraphRole(role));
        QVERIFY2(facts.isEmpty(), qPrintable(describe(facts)));
        // The extractor does read this paragraph: a plain figure added to it is found, and only that.
        // Paragraphs of a role the finders skip hold figures that count in body text.
        if (ParagraphRole(role) == ParagraphRole::Body) {
            const QList<Fact> control = factsOf(text + u" Later 40 people died."_s);
            QVERIFY2(control.size() == 1 && control.first().text == u"40"_s, qPrintable(describe(control)));
        } else {
            QVERIFY2(!factsOf(text).isEmpty(), "the same text as body holds a figure");
        }
    }

    void publicationStampIsNoFact()
    {
        Document d;
        d.published.date = QDate(2024, 3, 3);
        d.published.time = QTime(8, 45);
        d.paragraphs.append({u"Dam gives way; nine dead Northgate Press Agency 08:45, 3 March 2024"_s, ParagraphRole::Title});
        d.paragraphs.append(
            {u"The gates were last checked at 08:45, 3 March 2024, and again on 4 March 2024."_s, ParagraphRole::Body});
        Vocabulary vocabulary;
        QStringList kinds;
        for (const Fact &f : extractFacts(d, 0, {}, vocabulary))
            kinds.append(factKindName(f.kind) + u':' + f.text);
        QCOMPARE(kinds, (QStringList {u"number:nine"_s, u"date:4 March 2024"_s}));
    }

    void messyInputNeverHangs()
    {
        QString junk;
        for (int i = 0; i < 3000; ++i)
            junk += u"))(( 12,3,4.5.6 :: 9:99 €€ $ 1e9 ]]"_s + QString::number(i) + u" http://x/"_s + QString::number(i) + u" "_s;
        const QList<Fact> facts = factsOf(junk);
        for (const Fact &f : facts)
            QVERIFY(f.start >= 0 && f.end <= junk.size() && f.start < f.end);
        QVERIFY(findUrlRanges(u") ] ( ["_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFactExtractor)
#include "tst_factextractor.moc"
