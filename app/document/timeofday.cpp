#include "timeofday.h"

#include "timezones.h"

#include <algorithm>

namespace parallax::dates {

namespace {

bool isSign(QChar c)
{
    return c == u'+' || c == u'-' || c == u'\u2212';
}

// "+01:00", "+0100", "-05", "+3" (the last two only after "UTC"/"GMT"). Returns the offset and
// moves `last` to the final token of the offset.
std::optional<int> parseNumericOffset(const DateTokens &t, int signToken, bool allowShort, int &last)
{
    const QChar sign = t.textOf(signToken).front();
    const int n = signToken + 1;
    if (!t.glued(signToken) || !t.isNumber(n))
        return std::nullopt;
    int hours = 0;
    int minutes = 0;
    int end = n;
    if (t.digits(n) == 4) {
        hours = t.at(n).number / 100;
        minutes = t.at(n).number % 100;
    } else if (t.digits(n) == 2 || (allowShort && t.digits(n) == 1)) {
        hours = t.at(n).number;
        if (t.glued(n) && t.isPunct(n + 1, u':') && t.glued(n + 1) && t.isNumber(n + 2, 2, 2)) {
            minutes = t.at(n + 2).number;
            end = n + 2;
        } else if (!allowShort) {
            return std::nullopt;
        }
    } else {
        return std::nullopt;
    }
    if (hours > 14 || minutes > 59 || !numberEndsCleanly(t, end))
        return std::nullopt;
    last = end;
    const int seconds = (hours * 60 + minutes) * 60;
    return sign == u'+' ? seconds : -seconds;
}

// A zone after the time ending at token `last`: "Z", "+01:00", "GMT", "UTC+3", "(MSK)".
std::optional<int> parseZone(const DateTokens &t, int &last)
{
    int i = last + 1;
    if (i >= t.size())
        return std::nullopt;
    const bool glued = t.glued(last);
    if (!glued && !t.spaced(last))
        return std::nullopt;
    if (glued && t.at(i).kind == DateToken::Kind::Word && t.textOf(i) == u"Z") {
        last = i;
        return 0;
    }
    if (t.at(i).kind == DateToken::Kind::Punct && isSign(t.textOf(i).front())) {
        // Glued "+01:00" as in ISO; spaced only the RFC 2822 form "18:05:00 +0000".
        if (!glued && !(t.glued(i) && t.isNumber(i + 1, 4, 4)))
            return std::nullopt;
        return parseNumericOffset(t, i, false, last);
    }
    const bool paren = t.isPunct(i, u'(') && t.glued(i);
    const int word = paren ? i + 1 : i;
    if (word >= t.size() || t.at(word).kind != DateToken::Kind::Word)
        return std::nullopt;
    // A stamp writes its zone as an abbreviation in capitals ("GMT", "CEST") or as "мск"; a region
    // ("ET") would need the date, which is parsed after the time.
    const QStringView zoneWord = t.textOf(word);
    const bool abbreviation = zoneWord.size() >= 2
        && (std::all_of(zoneWord.begin(), zoneWord.end(), [](QChar c) { return c >= u'A' && c <= u'Z'; })
            || zoneWord.compare(u"мск", Qt::CaseInsensitive) == 0);
    std::optional<int> offset = abbreviation ? zoneOffsetMinutes(zoneWord) : std::nullopt;
    if (!offset)
        return std::nullopt;
    *offset *= 60;
    int end = word;
    const QStringView name = t.textOf(word);
    if ((name == u"UTC" || name == u"GMT") && t.glued(word) && word + 1 < t.size()
        && t.at(word + 1).kind == DateToken::Kind::Punct && isSign(t.textOf(word + 1).front())) {
        int offsetEnd = end;
        if (const std::optional<int> extra = parseNumericOffset(t, word + 1, true, offsetEnd)) {
            offset = extra;
            end = offsetEnd;
        }
    }
    if (paren) {
        if (!t.glued(end) || !t.isPunct(end + 1, u')'))
            return std::nullopt;
        ++end;
    }
    last = end;
    return offset;
}

// "am", "pm", "AM", "a.m.", "P.M.", "a.m" after the hour or minutes ending at `last`.
// Returns 0 for a.m., 12 for p.m.
std::optional<int> parseMeridiem(const DateTokens &t, int &last)
{
    const int i = last + 1;
    if (i >= t.size() || !(t.glued(last) || t.spaced(last)) || t.at(i).kind != DateToken::Kind::Word)
        return std::nullopt;
    if (t.isWord(i, QLatin1StringView("am")) || t.isWord(i, QLatin1StringView("pm"))) {
        last = i;
        return t.textOf(i).front().toLower() == u'a' ? 0 : 12;
    }
    if (!(t.isWord(i, QLatin1StringView("a")) || t.isWord(i, QLatin1StringView("p"))))
        return std::nullopt;
    if (!(t.glued(i) && t.isPunct(i + 1, u'.') && t.glued(i + 1) && t.isWord(i + 2, QLatin1StringView("m"))))
        return std::nullopt;
    last = i + 2;
    if (t.glued(last) && t.isPunct(last + 1, u'.'))
        ++last;
    return t.textOf(i).front().toLower() == u'a' ? 0 : 12;
}

} // namespace

bool numberEndsCleanly(const DateTokens &t, int last)
{
    const QChar next = t.charAfter(last);
    if (next.isNull() || next.isSpace())
        return true;
    if (t.at(last).kind != DateToken::Kind::Number)
        return !next.isLetterOrNumber();
    if (next.isDigit() || next == u'%' || next == u'\u2030' || next == u'\u00b0')
        return false;
    // "2024The minister": text glued by a careless HTML export. A lower-case letter means a unit
    // or suffix ("2024th", "5km"), so the number is not what it looks like.
    if (next.isLetter())
        return next.isUpper();
    const QChar after = t.charAfter(last, 1);
    if (next == u'.' || next == u',')
        return !after.isDigit();
    if (next == u'/' || next == u'-' || next == u'\u2013' || next == u':' || next == u'_')
        return !after.isLetterOrNumber();
    return true;
}

std::optional<TimeOfDay> parseTimeOfDay(const DateTokens &t, int i)
{
    if (!t.isNumber(i, 1, 2))
        return std::nullopt;
    TimeOfDay result;
    int hour = t.at(i).number;
    int minute = 0;
    int second = 0;
    int msec = 0;
    int last = i;
    bool hasMinutes = false;
    bool colon = false;
    if (t.glued(i) && (t.isPunct(i + 1, u':') || t.isPunct(i + 1, u'.')) && t.glued(i + 1) && t.isNumber(i + 2, 2, 2)) {
        colon = t.isPunct(i + 1, u':');
        minute = t.at(i + 2).number;
        last = i + 2;
        hasMinutes = true;
        result.weak = !colon;
        if (colon && t.glued(last) && t.isPunct(last + 1, u':') && t.glued(last + 1) && t.isNumber(last + 2, 2, 2)) {
            second = t.at(last + 2).number;
            last += 2;
            if (t.glued(last) && t.isPunctOf(last + 1, u".,") && t.glued(last + 1) && t.isNumber(last + 2, 1, 9)) {
                // ISO fraction: keep milliseconds, QTime has no finer resolution.
                QStringView digits = t.textOf(last + 2);
                msec = digits.left(3).toInt();
                for (qsizetype k = digits.left(3).size(); k < 3; ++k)
                    msec *= 10;
                last += 2;
            }
        }
    } else if ((t.glued(i) || t.spaced(i)) && t.isWord(i + 1, QLatin1StringView("h")) && (t.glued(i + 1) || t.spaced(i + 1))
               && t.isNumber(i + 2, 2, 2)) {
        minute = t.at(i + 2).number; // French "18h05", "18 h 05"
        last = i + 2;
        hasMinutes = true;
    }
    if (hour > 23 || minute > 59 || second > 59)
        return std::nullopt;

    if (const std::optional<int> meridiem = parseMeridiem(t, last)) {
        if (hour < 1 || hour > 12)
            return std::nullopt;
        hour = hour % 12 + *meridiem;
        result.weak = false;
    } else if ((t.glued(last) || t.spaced(last)) && t.isWord(last + 1, QLatin1StringView("uhr"))) {
        ++last; // German "18 Uhr", "18:05 Uhr"
        result.weak = false;
    } else if (!hasMinutes) {
        return std::nullopt; // a bare number is not a time
    }

    if (const std::optional<int> zone = parseZone(t, last)) {
        result.utcOffsetSeconds = zone;
        result.weak = false;
    } else if (t.at(last).kind == DateToken::Kind::Number && !numberEndsCleanly(t, last)) {
        return std::nullopt; // "18:05-2" or the "3.03" of "3.03.2024"
    }
    result.time = QTime(hour, minute, second, msec);
    result.lastToken = last;
    if (!result.time.isValid())
        return std::nullopt;
    return result;
}

} // namespace parallax::dates
