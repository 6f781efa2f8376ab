#include "datephrase.h"

#include "timeofday.h"

#include <QDate>

namespace parallax::dates {

namespace {

constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2100;

bool validYear(int year)
{
    return year >= kMinYear && year <= kMaxYear;
}

// Day and month exist in some year (29 February is checked against the year later).
bool validDayMonth(int day, int month)
{
    return month >= 1 && month <= 12 && day >= 1 && day <= QDate(2000, month, 1).daysInMonth();
}

bool validDate(int year, int month, int day)
{
    return validYear(year) && QDate(year, month, day).isValid();
}

// "1st", "2nd", "3rd", "21st", "4th"; French "1er". Any of them after any day: writers slip
// ("3th") and the suffix alone cannot make a non-date look like one.
bool isOrdinalSuffix(const DateTokens &t, int i, int day)
{
    if (t.at(i).kind != DateToken::Kind::Word)
        return false;
    for (const char *suffix : {"st", "nd", "rd", "th"}) {
        if (t.isWord(i, QLatin1StringView(suffix)))
            return true;
    }
    return day == 1 && t.isWord(i, QLatin1StringView("er"));
}

// "03.03.2024", "3/3/2024", "03-03-2024", "2024-03-03", "2024/03/03", "2024.03.03".
std::optional<DatePhrase> numericDate(const DateTokens &t, int i, bool slashDayFirst)
{
    if (!t.isNumber(i, 1, 4) || !t.isPunctOf(i + 1, u"-/.") || !t.isPunct(i + 3, t.textOf(i + 1).front()))
        return std::nullopt;
    if (!t.glued(i) || !t.glued(i + 1) || !t.glued(i + 2) || !t.glued(i + 3) || !t.isNumber(i + 2, 1, 2))
        return std::nullopt;
    const QChar sep = t.textOf(i + 1).front();
    DatePhrase p;
    p.firstToken = i;
    p.lastToken = i + 4;
    if (t.digits(i) == 4 && t.isNumber(i + 4, 1, 2)) {
        p.year = t.at(i).number;
        p.month = t.at(i + 2).number;
        p.day = t.at(i + 4).number;
        p.iso = sep == u'-' && t.digits(i + 2) == 2 && t.digits(i + 4) == 2;
    } else if (t.digits(i) <= 2 && t.isNumber(i + 4, 4, 4)) {
        const int a = t.at(i).number;
        const int b = t.at(i + 2).number;
        p.year = t.at(i + 4).number;
        // Dots are European (day first) everywhere. Slashes and dashes are read month first, as
        // US outlets write them, unless the first number cannot be a month or the caller knows
        // the source writes day first.
        const bool dayFirst = sep == u'.' || a > 12 || (b <= 12 && slashDayFirst);
        p.day = dayFirst ? a : b;
        p.month = dayFirst ? b : a;
    } else {
        return std::nullopt;
    }
    if (!validDate(p.year, p.month, p.day))
        return std::nullopt;
    return p;
}

// The year after a month name: "2024", "2024 года", "2024 г.". Returns false when a number
// follows that cannot be a year of this date (so the caller drops the whole phrase).
bool takeYear(const DateTokens &t, int yearToken, const DateWord *month, DatePhrase &p)
{
    if (!t.isNumber(yearToken, 4, 4) || !validYear(t.at(yearToken).number))
        return false;
    const bool yearWordGlued = (month->langs & LangRu) && t.glued(yearToken) && t.hasKeyword(yearToken + 1, KwYear);
    if (!yearWordGlued && !numberEndsCleanly(t, yearToken))
        return false; // "2024г." is fine, "2024km" is not a year
    p.year = t.at(yearToken).number;
    p.lastToken = yearToken;
    if ((month->langs & LangRu) && (t.glued(yearToken) || t.spaced(yearToken)) && t.hasKeyword(yearToken + 1, KwYear)) {
        p.lastToken = yearToken + 1;
        if (t.textOf(p.lastToken).size() == 1 && t.glued(p.lastToken) && t.isPunct(p.lastToken + 1, u'.'))
            ++p.lastToken; // the period of the abbreviation "г."
    }
    return true;
}

// "3 March 2024", "3rd of March", "3. März 2024", "3 марта 2024 года", "1er mars 2024", "4 May".
std::optional<DatePhrase> dayMonth(const DateTokens &t, int i)
{
    if (!t.isNumber(i, 1, 2))
        return std::nullopt;
    DatePhrase p;
    p.firstToken = i;
    p.day = t.at(i).number;
    int j = i;
    const bool ordinal = t.glued(j) && isOrdinalSuffix(t, j + 1, p.day);
    if (ordinal)
        ++j;
    else if (t.glued(j) && t.isPunct(j + 1, u'.') && t.spaced(j + 1))
        ++j; // German "3. März"
    if (!t.spaced(j))
        return std::nullopt;
    int k = j + 1;
    bool of = false;
    // "3rd of March" but not "2 of May's goals".
    if (ordinal && t.hasKeyword(k, KwOf) && t.spaced(k)) {
        of = true;
        ++k;
    }
    const DateWord *month = t.dateWord(k, DateWordKind::Month);
    if (!month || (of && !(month->langs & LangEn)))
        return std::nullopt;
    p.month = month->value;
    if (!validDayMonth(p.day, p.month))
        return std::nullopt;
    p.lastToken = k;
    if (month->abbrev && t.glued(k) && t.isPunct(k + 1, u'.'))
        ++p.lastToken;
    // No comma before the year here: "On 3 March, 2000 people marched" has no year.
    if (t.spaced(p.lastToken) && t.isNumber(p.lastToken + 1)) {
        if (t.digits(p.lastToken + 1) == 4 && !takeYear(t, p.lastToken + 1, month, p))
            return std::nullopt;
    }
    return p;
}

// "03-Mar-2024", "3/March/2024": a compact form of some South Asian and log-style outlets.
// The year is required; without it "3-Mar" is too easily part of something else.
std::optional<DatePhrase> dayMonthHyphenated(const DateTokens &t, int i)
{
    if (!t.isNumber(i, 1, 2) || !t.isPunctOf(i + 1, u"-/") || !t.isPunct(i + 3, t.textOf(i + 1).front()))
        return std::nullopt;
    const DateWord *month = t.dateWord(i + 2, DateWordKind::Month);
    if (!month || !t.glued(i) || !t.glued(i + 1) || !t.glued(i + 2) || !t.glued(i + 3))
        return std::nullopt;
    DatePhrase p;
    p.firstToken = i;
    p.day = t.at(i).number;
    p.month = month->value;
    if (!validDayMonth(p.day, p.month) || !takeYear(t, i + 4, month, p))
        return std::nullopt;
    return p;
}

// "March 3, 2024", "Mar. 4 2024", "March 3rd", "Sept 21st, 2023".
std::optional<DatePhrase> monthDay(const DateTokens &t, int i)
{
    const DateWord *month = t.dateWord(i, DateWordKind::Month);
    if (!month || !month->monthFirst)
        return std::nullopt;
    DatePhrase p;
    p.firstToken = i;
    p.month = month->value;
    int j = i;
    if (month->abbrev && t.glued(j) && t.isPunct(j + 1, u'.'))
        ++j;
    if (!t.spaced(j) || !t.isNumber(j + 1, 1, 2))
        return std::nullopt;
    const int dayToken = j + 1;
    p.day = t.at(dayToken).number;
    if (!validDayMonth(p.day, p.month))
        return std::nullopt;
    p.lastToken = dayToken;
    if (t.glued(dayToken) && isOrdinalSuffix(t, dayToken + 1, p.day))
        ++p.lastToken;
    // "March 3-4, 2024" is a range; which day the writer meant for the facts is unclear.
    if (t.glued(p.lastToken) && t.isPunctOf(p.lastToken + 1, u"-\u2013"))
        return std::nullopt;
    int yearToken = -1;
    if (t.spaced(p.lastToken) && t.isNumber(p.lastToken + 1, 4, 4))
        yearToken = p.lastToken + 1;
    else if ((t.glued(p.lastToken) || t.spaced(p.lastToken)) && t.isPunct(p.lastToken + 1, u',')
             && (t.glued(p.lastToken + 1) || t.spaced(p.lastToken + 1)) && t.isNumber(p.lastToken + 2, 4, 4))
        yearToken = p.lastToken + 2;
    if (yearToken >= 0 && !takeYear(t, yearToken, month, p))
        return std::nullopt;
    return p;
}

std::optional<DatePhrase> explicitDate(const DateTokens &t, int i, bool slashDayFirst)
{
    if (t.at(i).kind == DateToken::Kind::Number) {
        if (std::optional<DatePhrase> p = numericDate(t, i, slashDayFirst))
            return p;
        if (std::optional<DatePhrase> p = dayMonthHyphenated(t, i))
            return p;
        return dayMonth(t, i);
    }
    return monthDay(t, i);
}

// "Sunday 3rd March", "Sun, 03 Mar 2024", "Tuesday, March 5", "Sunday the 3rd of March".
std::optional<DatePhrase> weekdayDate(const DateTokens &t, int i, bool slashDayFirst)
{
    const DateWord *weekday = t.dateWord(i, DateWordKind::Weekday);
    if (!weekday || (weekday->abbrev && t.hasKeyword(i - 1, KwThe)))
        return std::nullopt; // "the Sun 3 March 2024" is a newspaper, not Sunday
    int j = i;
    if (t.glued(j) && t.isPunctOf(j + 1, u",."))
        ++j;
    if (!t.spaced(j))
        return std::nullopt;
    int k = j + 1;
    if ((weekday->langs & LangEn) && t.hasKeyword(k, KwThe) && t.spaced(k))
        ++k;
    std::optional<DatePhrase> p = explicitDate(t, k, slashDayFirst);
    if (!p)
        return std::nullopt;
    p->firstToken = i;
    p->weekday = weekday->value;
    return p;
}

// "USA Today", "the Today programme": a capitalised relative word inside a sentence is a name.
bool looksLikeName(const DateTokens &t, int i)
{
    if (!t.textOf(i).front().isUpper() || i == 0)
        return false;
    const DateToken &prev = t.at(i - 1);
    if (prev.kind != DateToken::Kind::Punct)
        return true;
    return t.text()[prev.start] == u',';
}

std::optional<DatePhrase> relativeDate(const DateTokens &t, int i)
{
    DatePhrase p;
    p.firstToken = i;
    p.lastToken = i;
    if (const DateWord *word = t.dateWord(i, DateWordKind::RelativeDay)) {
        if (looksLikeName(t, i))
            return std::nullopt;
        // "the day after tomorrow", "the day before yesterday": one day off is a wrong fact.
        if (i > 0 && (t.isWord(i - 1, QLatin1StringView("after")) || t.isWord(i - 1, QLatin1StringView("before"))))
            return std::nullopt;
        p.relative = DatePhrase::Relative::DayOffset;
        p.dayOffset = word->value;
        return p;
    }
    if (const DateWord *last = t.dateWord(i, DateWordKind::Keyword); last && (last->keywords & KwLast) && t.spaced(i)) {
        const DateWord *weekday = t.dateWord(i + 1, DateWordKind::Weekday);
        if (weekday && !weekday->abbrev && (weekday->langs & last->langs)) {
            p.relative = DatePhrase::Relative::WeekdayBefore;
            p.weekday = weekday->value;
            p.lastToken = i + 1;
            return p;
        }
        return std::nullopt;
    }
    // A bare weekday is too vague ("Tuesday's vote"); "on Tuesday" names a day.
    const DateWord *weekday = t.dateWord(i, DateWordKind::Weekday);
    const DateWord *on = i > 0 ? t.dateWord(i - 1, DateWordKind::Keyword) : nullptr;
    if (weekday && !weekday->abbrev && on && (on->keywords & KwOn) && (on->langs & weekday->langs) && t.spaced(i - 1)) {
        p.relative = DatePhrase::Relative::WeekdayOnOrBefore;
        p.weekday = weekday->value;
        return p;
    }
    return std::nullopt;
}

bool isOneOf(QChar c, QStringView chars)
{
    return chars.contains(c);
}

} // namespace

std::optional<DatePhrase> parseDatePhrase(const DateTokens &t, int i, bool slashDayFirst)
{
    if (i < 0 || i >= t.size() || t.at(i).kind == DateToken::Kind::Punct)
        return std::nullopt;
    if (std::optional<DatePhrase> p = weekdayDate(t, i, slashDayFirst))
        return p;
    if (std::optional<DatePhrase> p = explicitDate(t, i, slashDayFirst))
        return p;
    return relativeDate(t, i);
}

bool startsCleanly(const DateTokens &t, int i)
{
    const QChar prev = t.charBefore(i);
    if (prev.isNull() || prev.isSpace())
        return true;
    if (prev.isLetterOrNumber() || prev.isMark() || isOneOf(prev, u"_/\\@#"))
        return false;
    if (t.at(i).kind != DateToken::Kind::Number)
        return true;
    // "+7 495", "$3", "№5", and the tail of "1.3.2024.5" or "3-4 March".
    if (isOneOf(prev, u"+$\u20ac\u00a3\u00a5\u2116=\u2212"))
        return false;
    if (isOneOf(prev, u".,:-\u2013") && t.charBefore(i, 1).isDigit())
        return false;
    return true;
}

bool endsCleanly(const DateTokens &t, int last)
{
    switch (t.at(last).kind) {
    case DateToken::Kind::Number:
        return numberEndsCleanly(t, last);
    case DateToken::Kind::Word:
        return !t.charAfter(last).isLetterOrNumber();
    case DateToken::Kind::Punct:
        return true;
    }
    return true;
}

} // namespace parallax::dates
