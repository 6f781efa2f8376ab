#include "clocktime.h"

#include "document/timezones.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace parallax {

std::optional<int> ClockTime::utcMinutes() const
{
    if (!utcOffsetMinutes)
        return std::nullopt;
    return ((minutes - *utcOffsetMinutes) % 1440 + 1440) % 1440;
}

QString ClockTime::normalized() const
{
    const int m = utcMinutes().value_or(minutes);
    QString s = QStringLiteral("%1:%2").arg(m / 60, 2, 10, QLatin1Char('0')).arg(m % 60, 2, 10, QLatin1Char('0'));
    if (utcOffsetMinutes)
        s += u'Z';
    return s;
}

namespace {

// Whether the text may hold a time without digits: "o'clock", "noon", "midnight", "midday".
// text.contains(u"cloc", Qt::CaseInsensitive) and the like, without the cost of Unicode case
// folding: no other character folds to these ASCII letters.
bool containsSpelledTime(QStringView text)
{
    // The letters these words start with, looked up by one table read: most characters are none.
    static constexpr std::array<quint8, 128> kFirst = [] {
        std::array<quint8, 128> t {};
        t[u'c'] = t[u'C'] = 1;
        t[u'n'] = t[u'N'] = 2;
        t[u'm'] = t[u'M'] = 3;
        return t;
    }();
    const char16_t *const u = text.utf16();
    const qsizetype n = text.size();
    auto at = [u](qsizetype i) { return char16_t(u[i] | 0x20); };
    // "noon" and "mid..." only at a word start: "afternoon" is no time of day.
    auto wordStart = [&](qsizetype i) { return i == 0 || !QChar::isLetter(u[i - 1]); };
    for (qsizetype i = 0; i + 3 < n; ++i) {
        const char16_t c = u[i];
        const quint8 first = c < 128 ? kFirst[c] : 0;
        if (first == 0)
            continue;
        if (first == 1 && at(i + 1) == u'l' && at(i + 2) == u'o' && at(i + 3) == u'c')
            return true;
        if (first == 2 && at(i + 1) == u'o' && at(i + 2) == u'o' && at(i + 3) == u'n' && wordStart(i))
            return true;
        if (first == 3 && at(i + 1) == u'i' && at(i + 2) == u'd' && (at(i + 3) == u'n' || at(i + 3) == u'd') && wordStart(i))
            return true;
    }
    return false;
}

// Whether a digit run [start, i) (i = end of the run) may be the hour of a match.
bool hourCandidate(QStringView text, qsizetype start, qsizetype i)
{
    const qsizetype n = text.size();
    // The hour is a whole digit run (\b before it) of one or two digits.
    if (i - start > 2 || i >= n)
        return false;
    // "H:MM" needs nothing more; "H.MM" and "H:MM" before a.m./p.m. take exactly two digits
    // ("12.5 tonnes" is no candidate: the regex would be tried from four words back for nothing).
    if (text[i] == u':' && i + 1 < n && text[i + 1].isDigit())
        return true;
    if (text[i] == u'.') {
        if (!(i + 2 < n && text[i + 1].isDigit() && text[i + 2].isDigit()))
            return false;
        i += 3;
    }
    qsizetype j = i;
    while (j < n && !text[j].isLetterOrNumber())
        ++j;
    if (j >= n)
        return false;
    const char16_t c = text[j].unicode();
    if (c != u'a' && c != u'p' && c != u'A' && c != u'P')
        return false;
    // a.m. / p.m.: an 'm' follows after at most a dot and one more mark.
    qsizetype k = j + 1;
    if (k < n && text[k] == u'.')
        ++k;
    if (k < n && !text[k].isLetterOrNumber())
        ++k;
    return k < n && (text[k] == u'm' || text[k] == u'M');
}

// Start of the first digit run at or after `from` that may be an hour, or -1.
qsizetype nextHour(QStringView text, qsizetype from)
{
    const qsizetype n = text.size();
    for (qsizetype i = from; i < n; ++i) {
        if (!text[i].isDigit())
            continue;
        const qsizetype runStart = i;
        while (i < n && text[i].isDigit())
            ++i;
        // A run cut by `from` is not whole: its end is checked like any other, which is a superset.
        if (hourCandidate(text, runStart, i))
            return runStart;
    }
    return -1;
}

// Where a match holding the hour at `hour` may start at the earliest: the hedge before it is at
// most three words ("shortly after at"); four words of margin, anything not alphanumeric as blank.
qsizetype earliestStart(QStringView text, qsizetype hour)
{
    qsizetype i = hour;
    for (int word = 0; word < 4; ++word) {
        while (i > 0 && !text[i - 1].isLetterOrNumber())
            --i;
        while (i > 0 && (text[i - 1].isLetter() || text[i - 1].isMark()))
            --i;
    }
    return i;
}

// hedge? then H:MM or H(.MM)? with a.m./p.m., or H o'clock (or noon, midnight); then a zone, offset
// or "in City". Without `noon`, group 9 is there but never matches, so both patterns number their
// groups alike.
QString clockPattern(bool noon)
{
    return QStringLiteral(
               R"((?:\b(about|around|approximately|roughly|shortly after|shortly before|just after|just before|около|примерно)\s+(?:at\s+)?)?)"
               R"(\b(?:(\d{1,2}):(\d{2})(?:\s*([ap])\.?\s?m\b\.?)?|(\d{1,2})(?:[.:](\d{2}))?\s*([ap])\.?\s?m\b\.?|(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o['’]clock\b)")
        + (noon ? QStringLiteral(R"(|(midnight|noon|midday)\b))") : QStringLiteral(R"(|(?!)(x)))"))
        + QStringLiteral(
               R"((?:\s*\(?\s*(GMT|UTC|BST|CEST|CET|EEST|EET|MSK|мск|EST|EDT|CST|CDT|PST|PDT|ET|Z)\b\)?)?)"
               R"((?:\s*(?:UTC|GMT)\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?)?)"
               R"((?:\s+(?:in|local time in|\(?)\s*(New York|Washington|Los Angeles|San Francisco|London|Paris|Berlin|Brussels|Moscow|Kyiv|Kiev)\b\)?)?)"
               R"((?:\s+(local time|по местному времени|Moscow time|по московскому времени))?)");
}

constexpr QRegularExpression::PatternOptions kClockOptions
    = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

} // namespace

QList<ClockTime> findClockTimes(QStringView text, QDate date, const QList<std::pair<int, int>> &excluded)
{
    // Most paragraphs hold no clock time, and the regex dominated the finders' cost: every match
    // holds a candidate hour (a run of one or two digits followed by ":dd", ".dd" or a.m./p.m.), so
    // the search starts a few words before the next candidate only. "o'clock" after a number word,
    // "noon" and "midnight" have no digit: such text gets the plain search.
    const bool spelled = containsSpelledTime(text);
    if (!spelled && nextHour(text, 0) < 0)
        return {};
    // Digits only: the pattern the anchored search tries near every candidate hour. With spelled
    // times ("noon", "midnight"), tried on far fewer paragraphs: the same with one more alternative.
    static const QRegularExpression digits(clockPattern(false), kClockOptions);
    static const QRegularExpression any(clockPattern(true), kClockOptions);
    const QRegularExpression &re = spelled ? any : digits;
    static const QStringList words
        = {QStringLiteral("one"),  QStringLiteral("two"), QStringLiteral("three"),  QStringLiteral("four"),
           QStringLiteral("five"), QStringLiteral("six"), QStringLiteral("seven"),  QStringLiteral("eight"),
           QStringLiteral("nine"), QStringLiteral("ten"), QStringLiteral("eleven"), QStringLiteral("twelve")};
    QList<ClockTime> out;
    // The leftmost match starting at or after `from`, as globalMatch finds it: a match starts at a
    // word start a few words before its hour, so only those starts are tried (anchored), in order;
    // an unanchored search would scan to the paragraph's end after every false candidate.
    auto search = [&](qsizetype from) -> QRegularExpressionMatch {
        if (spelled)
            return re.match(text, from);
        qsizetype tried = from - 1;
        for (qsizetype hour = nextHour(text, from); hour >= 0; hour = nextHour(text, hour + 1)) {
            for (qsizetype p = std::max({from, earliestStart(text, hour), tried + 1}); p <= hour; ++p) {
                tried = p;
                if (!text[p].isLetterOrNumber() || (p > 0 && text[p - 1].isLetterOrNumber()))
                    continue;
                QRegularExpressionMatch m
                    = re.match(text, p, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
                if (m.hasMatch())
                    return m;
            }
        }
        return {};
    };
    qsizetype from = 0;
    while (from <= text.size()) {
        const QRegularExpressionMatch m = search(from);
        if (!m.hasMatch())
            break;
        // Same as globalMatch: the next search starts where this match ends (matches are never empty).
        from = std::max(m.capturedEnd(0), from + 1);
        const int s = int(m.capturedStart(0));
        const int e = int(m.capturedEnd(0));
        if (e <= s)
            continue;
        bool skip = false;
        for (const auto &r : excluded) {
            if (s < r.second && e > r.first)
                skip = true;
        }
        // "10:30:00" inside a timestamp, "1:2" ratios and scores "3:1" are not clock times.
        if (skip || (e < text.size() && text[e] == u':') || (s > 0 && (text[s - 1] == u':' || text[s - 1].isDigit())))
            continue;
        ClockTime t;
        t.start = s;
        t.end = e;
        int h = 0;
        int min = 0;
        QString meridiem;
        if (m.capturedLength(2) > 0) {
            h = m.captured(2).toInt();
            min = m.captured(3).toInt();
            meridiem = m.captured(4).toLower();
            if (h > 23 || min > 59)
                continue;
        } else if (m.capturedLength(5) > 0) {
            h = m.captured(5).toInt();
            min = m.capturedLength(6) > 0 ? m.captured(6).toInt() : 0;
            meridiem = m.captured(7).toLower();
            if (h < 1 || h > 12 || min > 59)
                continue;
        } else if (m.capturedLength(9) > 0) {
            h = m.captured(9).front().toLower() == u'm' ? 0 : 12;
        } else {
            const QString w = m.captured(8).toLower();
            h = w.front().isDigit() ? w.toInt() : int(words.indexOf(w)) + 1;
            if (h < 1 || h > 12)
                continue;
            t.twelveHourAmbiguous = true;
        }
        if (meridiem == u"p" && h < 12)
            h += 12;
        else if (meridiem == u"a" && h == 12)
            h = 0;
        t.minutes = h * 60 + min;
        if (m.capturedLength(10) > 0) {
            t.utcOffsetMinutes = zoneOffsetMinutes(m.captured(10), date);
        } else if (m.capturedLength(12) > 0) {
            const int sign = m.captured(11) == u"+" ? 1 : -1;
            t.utcOffsetMinutes = sign * (m.captured(12).toInt() * 60 + m.captured(13).toInt());
        } else if (m.capturedLength(14) > 0) {
            t.utcOffsetMinutes = zoneOffsetMinutes(m.captured(14), date);
        } else if (m.capturedLength(15) > 0 && m.captured(15).contains(u"оск", Qt::CaseInsensitive)) {
            t.utcOffsetMinutes = 180;
        } else if (m.capturedLength(15) > 0 && m.captured(15).contains(u"Moscow", Qt::CaseInsensitive)) {
            t.utcOffsetMinutes = 180;
        }
        if (m.capturedLength(1) > 0) {
            t.qualifier = m.captured(1).toLower();
            // "just after midnight" may be half an hour later; "about 03:40" is within minutes.
            t.tolerance = t.qualifier.contains(u' ') ? 30 : 10;
        }
        out.append(t);
    }
    return out;
}

} // namespace parallax
