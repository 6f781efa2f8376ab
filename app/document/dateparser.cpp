#include "dateparser.h"

#include "datephrase.h"
#include "dateresolution.h"
#include "timeofday.h"

// The reading rules are listed on findDates in dateparser.h. Structure: DateTokens splits the
// text once; at each token the grammar (datephrase.cpp) tries a bounded number of forms, each
// looking a few tokens ahead, so the whole scan stays linear however long the paragraph is.
// A match resumes the scan after its last token, so matches never overlap.

namespace parallax {

using namespace dates;

namespace {

struct Found
{
    DateMatch match;
    int lastToken = 0;
};

struct ResolvedDate
{
    QDate date;
    bool relative = false;
};

std::optional<ResolvedDate> resolve(const DatePhrase &p, const DateContext &context)
{
    const QDate reference = context.reference;
    switch (p.relative) {
    case DatePhrase::Relative::DayOffset:
        if (!reference.isValid())
            return std::nullopt;
        return ResolvedDate {reference.addDays(p.dayOffset), true};
    case DatePhrase::Relative::WeekdayOnOrBefore:
        if (!reference.isValid())
            return std::nullopt;
        return ResolvedDate {weekdayOnOrBefore(reference, p.weekday), true};
    case DatePhrase::Relative::WeekdayBefore:
        if (!reference.isValid())
            return std::nullopt;
        return ResolvedDate {weekdayBefore(reference, p.weekday), true};
    case DatePhrase::Relative::None:
        break;
    }
    if (p.year)
        return ResolvedDate {QDate(p.year, p.month, p.day), false};
    if (std::optional<QDate> date = resolveYearless(p.month, p.day, p.weekday, reference, context.today))
        return ResolvedDate {*date, true};
    return std::nullopt;
}

constexpr QStringView kConnectorPunct = u",|-\u2013\u2014\u00b7\u2022/";

// Between a time and the date after it: "08:45, 3 March", "7:10 AM | Mar 4", "18:05 on 3 March".
// A weak time ("18.05") needs punctuation, so "rose 12.50 3 March" is no time.
std::optional<int> connectorBefore(const DateTokens &t, int last, bool weak)
{
    int j = last + 1;
    bool punct = false;
    if (t.isPunctOf(j, kConnectorPunct) && (t.glued(last) || t.spaced(last)) && t.spaced(j)) {
        punct = true;
        ++j;
    } else if (!t.spaced(last)) {
        return std::nullopt;
    }
    if (t.hasKeyword(j, KwOn) && t.spaced(j))
        ++j;
    if (weak && !punct)
        return std::nullopt;
    return j < t.size() ? std::optional<int>(j) : std::nullopt;
}

// Between a date and the time after it: "3 March 2024, 18:05", "March 3 at 7 a.m.", "2024-03-03T18:05".
std::optional<int> connectorAfter(const DateTokens &t, int last, bool iso)
{
    int j = last + 1;
    if (j >= t.size())
        return std::nullopt;
    if (iso && t.glued(last) && t.textOf(j) == u"T" && t.glued(j))
        return j + 1;
    bool separated = t.spaced(last);
    if (t.isPunct(j, u',') && (t.glued(last) || separated) && t.spaced(j)) {
        separated = true;
        ++j;
    } else if (separated && t.isPunctOf(j, kConnectorPunct) && t.spaced(j)) {
        ++j;
    }
    if (!separated)
        return std::nullopt;
    if (t.hasKeyword(j, KwAt) && t.spaced(j))
        ++j;
    return j < t.size() ? std::optional<int>(j) : std::nullopt;
}

// "3 March 2024, 18.05 The" is a time; "3 March 2024, 12.50 euros" is money.
bool weakTimeFitsAfter(const DateTokens &t, int last)
{
    const int next = last + 1;
    if (next >= t.size())
        return true;
    const DateToken &token = t.at(next);
    if (token.kind == DateToken::Kind::Number)
        return false;
    if (token.kind == DateToken::Kind::Word)
        return t.textOf(next).front().isUpper();
    return true;
}

Found makeFound(const DateTokens &t, int first, int last, const ResolvedDate &date, const std::optional<TimeOfDay> &time)
{
    Found found;
    found.lastToken = last;
    found.match.start = t.at(first).start;
    found.match.end = t.at(last).end;
    found.match.relative = date.relative;
    found.match.value.date = date.date;
    if (time) {
        found.match.value.time = time->time;
        found.match.value.utcOffsetSeconds = time->utcOffsetSeconds;
    }
    return found;
}

std::optional<Found> matchAt(const DateTokens &t, int i, const DateContext &context)
{
    const DateToken &token = t.at(i);
    if (token.kind == DateToken::Kind::Punct || (token.kind == DateToken::Kind::Word && !token.word))
        return std::nullopt;
    if (!startsCleanly(t, i))
        return std::nullopt;

    if (token.kind == DateToken::Kind::Number) {
        if (const std::optional<TimeOfDay> time = parseTimeOfDay(t, i)) {
            if (const std::optional<int> next = connectorBefore(t, time->lastToken, time->weak)) {
                if (const std::optional<DatePhrase> phrase = parseDatePhrase(t, *next, context.slashDayFirst)) {
                    const std::optional<ResolvedDate> date = resolve(*phrase, context);
                    if (date && endsCleanly(t, phrase->lastToken))
                        return makeFound(t, i, phrase->lastToken, *date, time);
                }
            }
        }
    }

    const std::optional<DatePhrase> phrase = parseDatePhrase(t, i, context.slashDayFirst);
    if (!phrase)
        return std::nullopt;
    const std::optional<ResolvedDate> date = resolve(*phrase, context);
    if (!date || !date->date.isValid())
        return std::nullopt;
    if (const std::optional<int> next = connectorAfter(t, phrase->lastToken, phrase->iso)) {
        const std::optional<TimeOfDay> time = parseTimeOfDay(t, *next);
        if (time && (!time->weak || weakTimeFitsAfter(t, time->lastToken)))
            return makeFound(t, phrase->firstToken, time->lastToken, *date, time);
    }
    if (!endsCleanly(t, phrase->lastToken))
        return std::nullopt;
    return makeFound(t, phrase->firstToken, phrase->lastToken, *date, std::nullopt);
}

} // namespace

QList<DateMatch> findDates(QStringView text, const DateContext &context)
{
    QList<DateMatch> result;
    const DateTokens tokens(text);
    int i = 0;
    while (i < tokens.size()) {
        // matchAt's own first test, here so that most tokens (words that mean nothing to the
        // date grammar, punctuation) cost no call.
        const DateToken &token = tokens.at(i);
        if (token.kind == DateToken::Kind::Punct || (token.kind == DateToken::Kind::Word && !token.word)) {
            ++i;
            continue;
        }
        if (const std::optional<Found> found = matchAt(tokens, i, context)) {
            result.append(found->match);
            i = found->lastToken + 1;
        } else {
            ++i;
        }
    }
    return result;
}

std::optional<PublicationDate> parseDateTime(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    const DateTokens tokens(trimmed);
    if (tokens.size() == 0)
        return std::nullopt;
    const std::optional<Found> found = matchAt(tokens, 0, DateContext {});
    if (!found)
        return std::nullopt;
    // Only a closing period may follow ("Mar. 3, 2024.").
    for (int i = found->lastToken + 1; i < tokens.size(); ++i) {
        if (!tokens.isPunct(i, u'.'))
            return std::nullopt;
    }
    return found->match.value;
}

} // namespace parallax
