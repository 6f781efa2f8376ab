#pragma once

#include "datetokens.h"

#include <QTime>

#include <optional>

namespace parallax::dates {

/// \brief A clock time written next to a date, with the zone when one was named.
struct TimeOfDay
{
    QTime time;
    std::optional<int> utcOffsetSeconds;
    int lastToken = 0;
    /// "18.05" alone: also how decimals look, so it needs a context that rules them out.
    bool weak = false;
};

/// \brief Parses a time starting at token `i`: "18:05", "18:05:00.000+01:00", "7:10 AM",
/// "9 a.m. EST", "18.05", "18h05", "18 Uhr", "14:00 GMT", "10:00 (UTC+3)".
std::optional<TimeOfDay> parseTimeOfDay(const DateTokens &tokens, int i);

/// \brief Whether the text after token `last` lets a number end there: rejects "2024-03-03-1",
/// "16.5", "3,5", "12%" and the like.
bool numberEndsCleanly(const DateTokens &tokens, int last);

} // namespace parallax::dates
