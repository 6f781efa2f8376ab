#pragma once

#include "datetokens.h"

#include <optional>

namespace parallax::dates {

/// \brief A date as written, before a year or a relative day is resolved against a reference.
struct DatePhrase
{
    enum class Relative : quint8 {
        None, ///< day, month and maybe year are written out
        DayOffset, ///< "yesterday", "today": reference + dayOffset
        WeekdayOnOrBefore, ///< "on Tuesday"
        WeekdayBefore, ///< "last Friday"
    };

    int year = 0; ///< 0 when the text gives none
    int month = 0;
    int day = 0;
    int weekday = 0; ///< 1-7 (Monday = 1) when a weekday was written, else 0
    Relative relative = Relative::None;
    int dayOffset = 0;
    int firstToken = 0;
    int lastToken = 0;
    bool iso = false; ///< "2024-03-03": may continue with "T18:05"
};

/// \brief The date phrase starting at token `i`, if any: "2024-03-03", "03.03.2024", "3/3/2024",
/// "Sunday 3rd March 2024", "3 марта 2024 года", "3. März 2024", "March 3, 2024", "Mar. 4",
/// "yesterday", "last Friday", "Tuesday" after "on". Day and month ranges are checked here.
/// `slashDayFirst` reads an ambiguous "04/05/2024" as 4 May instead of April 5.
std::optional<DatePhrase> parseDatePhrase(const DateTokens &tokens, int i, bool slashDayFirst);

/// \brief Whether a date may start at token `i` (not inside a word, number, URL or phone number).
bool startsCleanly(const DateTokens &tokens, int i);

/// \brief Whether a date may end at token `last` (not inside a longer number or word).
bool endsCleanly(const DateTokens &tokens, int last);

} // namespace parallax::dates
