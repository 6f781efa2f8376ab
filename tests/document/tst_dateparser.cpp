#include "document/dateparser.h"

#include <QTest>

using namespace parallax;

namespace {

// The article date most rows resolve relative forms against: Sunday 3 March 2024.
const QDate kReference(2024, 3, 3);

QString describe(const QList<DateMatch> &matches, QStringView text)
{
    QStringList parts;
    for (const DateMatch &m : matches)
        parts << QStringLiteral("[%1,%2) \"%3\" %4%5")
                     .arg(m.start)
                     .arg(m.end)
                     .arg(text.sliced(m.start, m.end - m.start).toString(), m.value.toIso(),
                          m.relative ? QStringLiteral(" rel") : QString());
    return parts.join(QStringLiteral("; "));
}

} // namespace

class TestDateParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsOneDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("reference");
        QTest::addColumn<QString>("matched");
        QTest::addColumn<QString>("iso");
        QTest::addColumn<bool>("relative");

        const QDate none;
        auto row = [](const char *name, const QString &text, QDate reference, const QString &matched, const QString &iso,
                      bool relative = false) { QTest::newRow(name) << text << reference << matched << iso << relative; };

        // The forms the issue lists
        row("time, day month year", u"Updated 08:45, 3 March 2024 by staff"_qs, none, u"08:45, 3 March 2024"_qs,
            u"2024-03-03T08:45:00"_qs);
        row("day month year, time", u"Filed 3 March 2024, 18:05 from Kyiv"_qs, none, u"3 March 2024, 18:05"_qs,
            u"2024-03-03T18:05:00"_qs);
        row("iso date after word", u"date 2024-03-04"_qs, none, u"2024-03-04"_qs, u"2024-03-04"_qs);
        // Stamps copied off web pages: glued to the next word, a time with a US zone.
        row("glued to a label", u"May 4, 2031Business News"_qs, none, u"May 4, 2031"_qs, u"2031-05-04"_qs);
        row("glued to updated", u"Sept. 18, 2031Updated 3:47 p.m. ET"_qs, none, u"Sept. 18, 2031"_qs, u"2031-09-18"_qs);
        row("posted with zone", u"Posted Jul 5, 2031 6:30 AM CDT"_qs, none, u"Jul 5, 2031 6:30 AM CDT"_qs,
            u"2031-07-05T06:30:00-05:00"_qs);
        row("month day, year", u"It happened on March 3, 2024, near the dam."_qs, none, u"March 3, 2024"_qs, u"2024-03-03"_qs);
        row("iso offset", u"at 2024-03-03T18:05:00+01:00."_qs, none, u"2024-03-03T18:05:00+01:00"_qs,
            u"2024-03-03T18:05:00+01:00"_qs);
        row("iso Z", u"(2024-03-03T18:05:00Z)"_qs, none, u"2024-03-03T18:05:00Z"_qs, u"2024-03-03T18:05:00+00:00"_qs);
        row("iso millis compact offset", u"2024-03-03T18:05:00.000+0100"_qs, none, u"2024-03-03T18:05:00.000+0100"_qs,
            u"2024-03-03T18:05:00+01:00"_qs);
        row("iso space time", u"meta 2024-03-03 18:05 end"_qs, none, u"2024-03-03 18:05"_qs, u"2024-03-03T18:05:00"_qs);
        row("dotted european", u"Signed on 03.03.2024 in Minsk."_qs, none, u"03.03.2024"_qs, u"2024-03-03"_qs);
        row("slash same either way", u"on 3/3/2024 they met"_qs, none, u"3/3/2024"_qs, u"2024-03-03"_qs);
        row("slash day over twelve", u"on 25/12/2023 they met"_qs, none, u"25/12/2023"_qs, u"2023-12-25"_qs);
        row("slash us month first", u"on 4/5/2023 they met"_qs, none, u"4/5/2023"_qs, u"2023-04-05"_qs);
        row("slash us day over twelve", u"on 12/25/2023 they met"_qs, none, u"12/25/2023"_qs, u"2023-12-25"_qs);
        row("weekday ordinal no year, weekday rule", u"Published: Sunday 3rd March"_qs, none, u"Sunday 3rd March"_qs,
            u"2024-03-03"_qs, true);
        row("weekday ordinal no year, reference", u"Published: Sunday 3rd March"_qs, QDate(2024, 3, 10), u"Sunday 3rd March"_qs,
            u"2024-03-03"_qs, true);
        row("am time before abbreviated month", u"Posted at 7:10 AM, Mar 04, 2024"_qs, none, u"7:10 AM, Mar 04, 2024"_qs,
            u"2024-03-04T07:10:00"_qs);
        row("glued next word", u"March 3, 2024The minister said"_qs, none, u"March 3, 2024"_qs, u"2024-03-03"_qs);

        // Ordinals, abbreviations, weekdays
        row("1st", u"on the 1st March 2024 rally"_qs, none, u"1st March 2024"_qs, u"2024-03-01"_qs);
        row("2nd of", u"the 2nd of March 2024"_qs, none, u"2nd of March 2024"_qs, u"2024-03-02"_qs);
        row("21st month first", u"due September 21st, 2023."_qs, none, u"September 21st, 2023"_qs, u"2023-09-21"_qs);
        row("Mar. period", u"on Mar. 5, 2024 officials"_qs, none, u"Mar. 5, 2024"_qs, u"2024-03-05"_qs);
        row("Sept. day first", u"from 14 Sept. 2023 onwards"_qs, none, u"14 Sept. 2023"_qs, u"2023-09-14"_qs);
        row("Sept no period", u"Sept 14 2023 was"_qs, none, u"Sept 14 2023"_qs, u"2023-09-14"_qs);
        row("weekday comma month first", u"Tuesday, March 5, 2024: a vote"_qs, none, u"Tuesday, March 5, 2024"_qs,
            u"2024-03-05"_qs);
        row("weekday the ordinal of", u"on Sunday the 3rd of March 2024 at noon"_qs, none, u"Sunday the 3rd of March 2024"_qs,
            u"2024-03-03"_qs);
        row("rfc 2822", u"Sun, 03 Mar 2024 18:05:00 +0000"_qs, none, u"Sun, 03 Mar 2024 18:05:00 +0000"_qs,
            u"2024-03-03T18:05:00+00:00"_qs);
        row("newspaper called the Sun", u"as the Sun 3 March 2024 edition"_qs, none, u"3 March 2024"_qs, u"2024-03-03"_qs);
        row("all caps month", u"KYIV, MARCH 3, 2024 -"_qs, none, u"MARCH 3, 2024"_qs, u"2024-03-03"_qs);
        row("hyphenated abbreviated month", u"Posted 03-Mar-2024 08:15 IST"_qs, none, u"03-Mar-2024 08:15"_qs,
            u"2024-03-03T08:15:00"_qs);
        row("31 december", u"by 31 December 2023."_qs, none, u"31 December 2023"_qs, u"2023-12-31"_qs);
        row("29 feb leap", u"on 29 February 2024"_qs, none, u"29 February 2024"_qs, u"2024-02-29"_qs);

        // Times with meridiem and zones
        row("p.m. after date", u"March 3, 2024 at 6:05 p.m. local"_qs, none, u"March 3, 2024 at 6:05 p.m."_qs,
            u"2024-03-03T18:05:00"_qs);
        row("9 a.m. EST", u"on March 4, 2024, at 9 a.m. EST the"_qs, none, u"March 4, 2024, at 9 a.m. EST"_qs,
            u"2024-03-04T09:00:00-05:00"_qs);
        row("12 am is midnight", u"3 March 2024, 12:30 am"_qs, none, u"3 March 2024, 12:30 am"_qs, u"2024-03-03T00:30:00"_qs);
        row("12 pm is noon", u"3 March 2024, 12 PM"_qs, none, u"3 March 2024, 12 PM"_qs, u"2024-03-03T12:00:00"_qs);
        row("GMT", u"3 March 2024 14:00 GMT."_qs, none, u"3 March 2024 14:00 GMT"_qs, u"2024-03-03T14:00:00+00:00"_qs);
        row("CET", u"3 March 2024, 14:00 CET"_qs, none, u"3 March 2024, 14:00 CET"_qs, u"2024-03-03T14:00:00+01:00"_qs);
        row("MSK", u"3 March 2024, 14:00 MSK"_qs, none, u"3 March 2024, 14:00 MSK"_qs, u"2024-03-03T14:00:00+03:00"_qs);
        row("UTC+3", u"3 March 2024, 14:00 UTC+3 sharp"_qs, none, u"3 March 2024, 14:00 UTC+3"_qs,
            u"2024-03-03T14:00:00+03:00"_qs);
        row("parenthesised zone", u"14:00 (GMT), 3 March 2024"_qs, none, u"14:00 (GMT), 3 March 2024"_qs,
            u"2024-03-03T14:00:00+00:00"_qs);
        row("dot time after date", u"3 March 2024, 18.05 Kyiv"_qs, none, u"3 March 2024, 18.05"_qs, u"2024-03-03T18:05:00"_qs);
        row("dot time before date", u"18.05, 03.03.2024"_qs, none, u"18.05, 03.03.2024"_qs, u"2024-03-03T18:05:00"_qs);

        // Datelines the way outlets print them
        row("zone offset glued to next word", u"March 4, 2024 6:05 PM GMT+1Updated 2 hours ago"_qs, none,
            u"March 4, 2024 6:05 PM GMT+1"_qs, u"2024-03-04T18:05:00+01:00"_qs);
        row("last modified weekday prefix", u"Last modified on Mon 4 Mar 2024 18.32 GMT"_qs, none, u"Mon 4 Mar 2024 18.32 GMT"_qs,
            u"2024-03-04T18:32:00+00:00"_qs);
        row("bullet separator", u"4 March 2024 \u2022 6:05pm"_qs, none, u"4 March 2024 \u2022 6:05pm"_qs,
            u"2024-03-04T18:05:00"_qs);
        row("long seconds pm", u"Monday, March 4, 2024 at 6:05:00 PM Coordinated Universal Time"_qs, none,
            u"Monday, March 4, 2024 at 6:05:00 PM"_qs, u"2024-03-04T18:05:00"_qs);
        row("russian caps abbreviation", u"4 МАР, 18:05 \u2014 ТАСС"_qs, kReference, u"4 МАР, 18:05"_qs,
            u"2024-03-04T18:05:00"_qs, true);
        row("german dot time Uhr", u"04.03.2024, 18.05 Uhr"_qs, none, u"04.03.2024, 18.05 Uhr"_qs, u"2024-03-04T18:05:00"_qs);
        row("russian numeric в", u"Опубликовано: 04.03.2024 в 18:05"_qs, none, u"04.03.2024 в 18:05"_qs,
            u"2024-03-04T18:05:00"_qs);
        row("iso nanoseconds half-hour zone", u"2024-03-04T18:05:00.123456789+05:30"_qs, none,
            u"2024-03-04T18:05:00.123456789+05:30"_qs, u"2024-03-04T18:05:00+05:30"_qs);

        // Russian, German, French
        row("russian genitive year word", u"Встреча 3 марта 2024 года прошла"_qs, none, u"3 марта 2024 года"_qs,
            u"2024-03-03"_qs);
        row("russian with time", u"Опубликовано 03 марта 2024, 18:05"_qs, none, u"03 марта 2024, 18:05"_qs,
            u"2024-03-03T18:05:00"_qs);
        row("russian г.", u"с 1 января 2023 г. действует"_qs, none, u"1 января 2023 г."_qs, u"2023-01-01"_qs);
        row("russian г. glued", u"и 4 мая 2023г. тоже"_qs, none, u"4 мая 2023г."_qs, u"2023-05-04"_qs);
        row("russian в time мск", u"3 марта 2024 года в 18:05 мск"_qs, none, u"3 марта 2024 года в 18:05 мск"_qs,
            u"2024-03-03T18:05:00+03:00"_qs);
        row("german", u"am 3. März 2024 um 18:05 Uhr"_qs, none, u"3. März 2024 um 18:05 Uhr"_qs, u"2024-03-03T18:05:00"_qs);
        row("german weekday", u"Sonntag, 3. März 2024"_qs, none, u"Sonntag, 3. März 2024"_qs, u"2024-03-03"_qs);
        row("french", u"le 3 mars 2024 à 18h05"_qs, none, u"3 mars 2024 à 18h05"_qs, u"2024-03-03T18:05:00"_qs);
        row("french 1er", u"le 1er mai 2023"_qs, none, u"1er mai 2023"_qs, u"2023-05-01"_qs);
        // Capitals beyond ASCII: the date-word filter must lower-case them as the look-up does.
        row("russian all caps", u"Встреча 3 МАРТА 2024 ГОДА прошла"_qs, none, u"3 МАРТА 2024 ГОДА"_qs, u"2024-03-03"_qs);
        row("german all caps umlaut", u"am 3. MÄRZ 2024"_qs, none, u"3. MÄRZ 2024"_qs, u"2024-03-03"_qs);
        row("french all caps accent", u"le 1er AOÛT 2024"_qs, none, u"1er AOÛT 2024"_qs, u"2024-08-01"_qs);

        // Relative forms against the reference (Sunday 3 March 2024)
        row("yesterday", u"Officials said yesterday that"_qs, kReference, u"yesterday"_qs, u"2024-03-02"_qs, true);
        row("Today capital", u"Today the council voted"_qs, kReference, u"Today"_qs, u"2024-03-03"_qs, true);
        row("last Friday", u"as announced last Friday."_qs, kReference, u"last Friday"_qs, u"2024-03-01"_qs, true);
        row("last Sunday on a Sunday", u"as announced last Sunday."_qs, kReference, u"last Sunday"_qs, u"2024-02-25"_qs, true);
        row("on Tuesday", u"The vote on Tuesday failed"_qs, kReference, u"Tuesday"_qs, u"2024-02-27"_qs, true);
        row("on Sunday is the reference", u"It began on Sunday"_qs, kReference, u"Sunday"_qs, u"2024-03-03"_qs, true);
        row("on Tuesday at time", u"met on Tuesday at 9 a.m. and"_qs, kReference, u"Tuesday at 9 a.m."_qs,
            u"2024-02-27T09:00:00"_qs, true);
        row("yearless day month", u"the deal of 4 May was"_qs, kReference, u"4 May"_qs, u"2024-05-04"_qs, true);
        row("yearless nearest previous year", u"since 28 December the"_qs, QDate(2024, 1, 5), u"28 December"_qs, u"2023-12-28"_qs,
            true);
        row("yearless 29 February picks the leap year", u"on 29 February the"_qs, QDate(2025, 3, 1), u"29 February"_qs,
            u"2024-02-29"_qs, true);
        row("weekday matching no nearby year searches back", u"Sunday 3rd March"_qs, QDate(2026, 6, 1), u"Sunday 3rd March"_qs,
            u"2024-03-03"_qs, true);
        row("weekday picks the later year", u"on Thursday, Dec. 5, in court"_qs, kReference, u"Thursday, Dec. 5"_qs,
            u"2024-12-05"_qs, true);
        row("tomorrow", u"will vote tomorrow."_qs, kReference, u"tomorrow"_qs, u"2024-03-04"_qs, true);
        row("russian вчера", u"Как сообщили вчера,"_qs, kReference, u"вчера"_qs, u"2024-03-02"_qs, true);
        row("russian в пятницу", u"заявил в пятницу министр"_qs, kReference, u"пятницу"_qs, u"2024-03-01"_qs, true);
        row("german am Dienstag", u"Er sagte am Dienstag"_qs, kReference, u"Dienstag"_qs, u"2024-02-27"_qs, true);
        row("time before today", u"The plant shut at 9 a.m. today."_qs, kReference, u"9 a.m. today"_qs, u"2024-03-03T09:00:00"_qs,
            true);
        row("zone then on weekday", u"It was 16:00 CET on Wednesday."_qs, kReference, u"16:00 CET on Wednesday"_qs,
            u"2024-02-28T16:00:00+01:00"_qs, true);
        row("weekday checks yearless year", u"said on Monday, March 4, that"_qs, QDate(2024, 6, 1), u"Monday, March 4"_qs,
            u"2024-03-04"_qs, true);
        row("weekday prefix, zone, dot time", u"Updated: Mon 4 Mar 2024 10.32 GMT"_qs, none, u"Mon 4 Mar 2024 10.32 GMT"_qs,
            u"2024-03-04T10:32:00+00:00"_qs);
        row("russian time of day after года в", u"24 февраля 2022 года в 5:00 по времени"_qs, none,
            u"24 февраля 2022 года в 5:00"_qs, u"2022-02-24T05:00:00"_qs);
        row("decimal before dotted date", u"Temperatures of 3.03 degrees on 12.03.2024."_qs, none, u"12.03.2024"_qs,
            u"2024-03-12"_qs);
        row("dates glued together", u"Published 4 March 2024Updated"_qs, none, u"4 March 2024"_qs, u"2024-03-04"_qs);
        row("time before with pipe", u"14:22 | 04.03.2024"_qs, none, u"14:22 | 04.03.2024"_qs, u"2024-03-04T14:22:00"_qs);
        row("nbsp", u"3\u00a0March\u00a02024, 7:10\u202fPM"_qs, none, u"3\u00a0March\u00a02024, 7:10\u202fPM"_qs,
            u"2024-03-03T19:10:00"_qs);
        row("explicit date ignores reference", u"on 5 May 2022 there"_qs, kReference, u"5 May 2022"_qs, u"2022-05-05"_qs);
    }

    void findsOneDate()
    {
        QFETCH(QString, text);
        QFETCH(QDate, reference);
        QFETCH(QString, matched);
        QFETCH(QString, iso);
        QFETCH(bool, relative);

        DateContext context;
        context.reference = reference;
        context.today = QDate(2026, 11, 24);
        const QList<DateMatch> matches = findDates(text, context);
        QVERIFY2(matches.size() == 1, qPrintable(describe(matches, text)));
        const DateMatch &m = matches.first();
        QCOMPARE(text.sliced(m.start, m.end - m.start), matched);
        QCOMPARE(m.start, int(text.indexOf(matched)));
        QCOMPARE(m.value.toIso(), iso);
        QCOMPARE(m.relative, relative);
    }

    void rejectsNonDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("withReference");
        const auto row = [](const char *name, const QString &text, bool withReference = false) {
            QTest::newRow(name) << text << withReference;
        };
        row("thousands", u"Some 70,000 tonnes of grain were shipped."_qs);
        row("percent", u"Inflation rose 16.5% in 2024."_qs);
        row("decimal million", u"It cost 2.5 million dollars."_qs);
        row("section number", u"See section 3.2 of the 2024 report."_qs);
        row("phone", u"Call +7 495 123-45-67 or (555) 123-2024."_qs);
        row("url path", u"See https://example.com/news/2024/03/03/story and /2024-03-03-story"_qs);
        row("31 February", u"on 31 February 2024 and 30.02.2024"_qs);
        row("month 13", u"on 2024-13-03 and 13.13.2024"_qs);
        row("year out of range", u"on 3 March 1850 and 3 March 2150 and 03.03.1899"_qs);
        row("month and year only", u"In March 2024 the plan changed."_qs);
        row("lower case verb", u"They will march 3 miles on 3 march."_qs, true);
        row("may verb", u"Prices may 5 times rise"_qs, true);
        row("yearless without reference", u"The deal of 4 May was signed."_qs);
        row("relative without reference", u"Officials said yesterday and on Tuesday and last Friday"_qs);
        row("this morning", u"this morning and last week"_qs, true);
        row("bare weekday", u"Tuesday's vote"_qs, true);
        row("version", u"Qt 6.4.2 and v1.2.2024 builds"_qs);
        row("time alone", u"at 14:00 GMT and 18.05"_qs);
        row("range month day", u"on March 3-4 the talks"_qs);
        row("comma before year day first", u"On 3 March, 2000 people marched."_qs);
        row("ip address", u"host 10.3.3.2024 down"_qs);
        row("score", u"won 3:2 in 2024"_qs);
        row("decimal after date not a time", u"2024 figures: 16.50 percent"_qs);
        row("newspaper named Today", u"USA Today reported, citing Today and Yesterday, the band."_qs, true);
        row("two-digit year", u"on 03.03.24 and 3/3/24"_qs);
        row("range of days", u"The talks, held May 4-5, 2023, ended."_qs, true);
        row("glued lower-case suffix", u"the 2024-03-03abc id and 3 March 2024km"_qs);
        row("abbreviated weekday alone", u"on Sat and on Sun we rest"_qs, true);
        row("count of a name", u"He scored 2 of May's 3 goals."_qs, true);
        row("day after tomorrow", u"the day after tomorrow or the day before yesterday"_qs, true);
        row("empty", QString());
        row("garbage", QString(QChar(0)) + QChar(0xD800) + QChar(0xDC00) + QChar(0xDC01) + u" ::: ..-- 99/99/9999 0.0.0"_qs);
    }

    void rejectsNonDates()
    {
        QFETCH(QString, text);
        QFETCH(bool, withReference);
        DateContext context;
        context.today = QDate(2026, 11, 24);
        if (withReference)
            context.reference = kReference;
        const QList<DateMatch> matches = findDates(text, context);
        QVERIFY2(matches.isEmpty(), qPrintable(describe(matches, text)));
    }

    void decimalAfterDateIsNotATime()
    {
        const QString text = u"On 3 March 2024, 12.50 euros were paid."_qs;
        const QList<DateMatch> matches = findDates(text);
        QCOMPARE(matches.size(), 1);
        QCOMPARE(text.sliced(matches[0].start, matches[0].end - matches[0].start), u"3 March 2024"_qs);
        QVERIFY(!matches[0].value.time.isValid());
    }

    void paragraphWithSeveralDates()
    {
        const QString text = u"An agreement dated 4 May 2023 here and 5 May 2022 there; talks resumed on "
                             u"Tuesday (2024-02-27T10:00:00Z) after 70,000 people rallied on 1.3.2024, "
                             u"and the report of Feb. 29, 2024 was cited yesterday."_qs;
        DateContext context;
        context.reference = kReference;
        const QList<DateMatch> matches = findDates(text, context);
        const QStringList expectedText = {u"4 May 2023"_qs, u"5 May 2022"_qs,    u"Tuesday"_qs,  u"2024-02-27T10:00:00Z"_qs,
                                          u"1.3.2024"_qs,   u"Feb. 29, 2024"_qs, u"yesterday"_qs};
        const QStringList expectedIso = {u"2023-05-04"_qs, u"2022-05-05"_qs, u"2024-02-27"_qs, u"2024-02-27T10:00:00+00:00"_qs,
                                         u"2024-03-01"_qs, u"2024-02-29"_qs, u"2024-03-02"_qs};
        QCOMPARE(matches.size(), expectedText.size());
        int searchFrom = 0;
        for (int k = 0; k < matches.size(); ++k) {
            const int start = int(text.indexOf(expectedText[k], searchFrom));
            QCOMPARE(matches[k].start, start);
            QCOMPARE(matches[k].end, start + int(expectedText[k].size()));
            QCOMPARE(matches[k].value.toIso(), expectedIso[k]);
            searchFrom = matches[k].end;
        }
    }

    void parsesWholeStrings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("iso");
        const auto row = [](const char *name, const QString &text, const QString &iso) { QTest::newRow(name) << text << iso; };
        row("time first", u"08:45, 3 March 2024"_qs, u"2024-03-03T08:45:00"_qs);
        row("time after", u"3 March 2024, 18:05"_qs, u"2024-03-03T18:05:00"_qs);
        row("iso date", u"2024-03-04"_qs, u"2024-03-04"_qs);
        row("month first", u"March 3, 2024"_qs, u"2024-03-03"_qs);
        row("iso offset", u"2024-03-03T18:05:00+01:00"_qs, u"2024-03-03T18:05:00+01:00"_qs);
        row("iso Z", u"2024-03-03T18:05:00Z"_qs, u"2024-03-03T18:05:00+00:00"_qs);
        row("iso millis", u"2024-03-03T18:05:00.000+0100"_qs, u"2024-03-03T18:05:00+01:00"_qs);
        row("iso negative offset", u"2024-03-03T18:05:00-05:00"_qs, u"2024-03-03T18:05:00-05:00"_qs);
        row("iso space", u"2024-03-03 18:05"_qs, u"2024-03-03T18:05:00"_qs);
        row("iso minutes Z", u"2024-03-03T18:05Z"_qs, u"2024-03-03T18:05:00+00:00"_qs);
        row("dotted", u"03.03.2024"_qs, u"2024-03-03"_qs);
        row("am", u"7:10 AM, Mar 04, 2024"_qs, u"2024-03-04T07:10:00"_qs);
        row("rfc 2822 GMT", u"Sun, 03 Mar 2024 18:05:00 GMT"_qs, u"2024-03-03T18:05:00+00:00"_qs);
        row("padded", u"  2024-03-03 \n"_qs, u"2024-03-03"_qs);
        row("trailing period", u"Mar. 3, 2024."_qs, u"2024-03-03"_qs);
        row("russian", u"03 марта 2024, 18:05"_qs, u"2024-03-03T18:05:00"_qs);
    }

    void parsesWholeStrings()
    {
        QFETCH(QString, text);
        QFETCH(QString, iso);
        const std::optional<PublicationDate> date = parseDateTime(text);
        QVERIFY(date);
        QCOMPARE(date->toIso(), iso);
    }

    void rejectsPartialStrings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("prefix") << u"date 2024-03-04"_qs;
        QTest::newRow("suffix") << u"2024-03-04 was a Monday"_qs;
        QTest::newRow("yesterday") << u"yesterday"_qs;
        QTest::newRow("time only") << u"18:05"_qs;
        QTest::newRow("empty") << QString();
        QTest::newRow("invalid") << u"2024-02-30"_qs;
    }

    void rejectsPartialStrings()
    {
        QFETCH(QString, text);
        QVERIFY(!parseDateTime(text));
    }

    void dayFirstSlashesWhenAsked()
    {
        DateContext context;
        context.slashDayFirst = true;
        const QList<DateMatch> matches = findDates(u"on 4/5/2023 and 12/25/2023", context);
        QCOMPARE(matches.size(), 2);
        QCOMPARE(matches[0].value.toIso(), u"2023-05-04"_qs);
        QCOMPARE(matches[1].value.toIso(), u"2023-12-25"_qs); // 25 cannot be a month
    }

    void bigInputStaysCorrect()
    {
        // About 1 MB of prose in one paragraph with a date every few sentences.
        const QString chunk = u"The committee met on 4 May 2023 and again at 18:05, 3 March 2024; "
                              u"some 70,000 tonnes (16.5%) moved through section 3.2 of the port. "_qs;
        QString text;
        const int repeats = 1024 * 1024 / int(chunk.size()) + 1;
        text.reserve(chunk.size() * repeats);
        for (int k = 0; k < repeats; ++k)
            text += chunk;
        const QList<DateMatch> matches = findDates(text);
        QCOMPARE(matches.size(), repeats * 2);
        for (int k = 0; k < repeats; ++k) {
            const DateMatch &a = matches[2 * k];
            const DateMatch &b = matches[2 * k + 1];
            QCOMPARE(a.value.toIso(), u"2023-05-04"_qs);
            QCOMPARE(b.value.toIso(), u"2024-03-03T18:05:00"_qs);
            QCOMPARE(a.start, k * int(chunk.size()) + int(chunk.indexOf(u"4 May")));
            QCOMPARE(b.end, k * int(chunk.size()) + int(chunk.indexOf(u"2024;")) + 4);
        }
    }

    void garbageNeverCrashes()
    {
        // Every short string over an alphabet of date-ish characters: must not crash or assert.
        const QString alphabet = u"3 1:.-/+,MarchT2024Z\u043c"_qs;
        QString s;
        const DateContext context {kReference}; // also checks that brace-initialising stays warning-free
        for (int a = 0; a < alphabet.size(); ++a)
            for (int b = 0; b < alphabet.size(); ++b)
                for (int c = 0; c < alphabet.size(); ++c)
                    for (int d = 0; d < alphabet.size(); ++d) {
                        s = QString(alphabet[a]) + alphabet[b] + alphabet[c] + alphabet[d];
                        const QList<DateMatch> matches = findDates(s, context);
                        for (const DateMatch &m : matches)
                            QVERIFY(m.start >= 0 && m.start < m.end && m.end <= s.size());
                        parseDateTime(s);
                    }
    }
};

QTEST_GUILESS_MAIN(TestDateParser)
#include "tst_dateparser.moc"
