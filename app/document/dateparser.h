#pragma once

#include "document.h"

#include <QList>
#include <QStringView>

#include <optional>

namespace parallax {

/// \brief What a date in running text is resolved against.
struct DateContext
{
    QDate reference; ///< e.g. the article's publication date: resolves "on Tuesday", "3 March"
    /// "Now" for a year-less date that only a weekday can place ("Sunday 3rd March" without a
    /// reference); invalid means the system date. Tests set it to stay deterministic. (The "= {}"
    /// keeps `DateContext{reference}` free of -Wmissing-field-initializers.)
    QDate today = {};
    /// Read an ambiguous "04/05/2024" as 4 May (the source writes day first) instead of April 5.
    bool slashDayFirst = false;
};

/// \brief A date (and maybe time) found in text: [start, end) in UTF-16 code units.
struct DateMatch
{
    PublicationDate value;
    int start = 0;
    int end = 0;
    bool relative = false; ///< resolved from "last Friday", "yesterday", a year-less date...
};

/// \brief Every date/date-time written in `text`, in text order, in the forms news uses.
///
/// [start, end) covers exactly the date words: "08:45, 3 March 2024", "Sunday 3rd March",
/// "last Friday", "Tuesday" (not the "on" before it). Linear in the length of `text`.
/// Rules (false alarms are worse than misses):
/// - Numeric dates need a four-digit year 1900-2100 ("03.03.24" is skipped). Dots are day first;
///   "4/5/2023" and "4-5-2023" are month first (US) unless the first number is over 12 or
///   `context.slashDayFirst` is set.
/// - A year-less date ("4 May", "Sunday 3rd March") takes the year nearest `context.reference`
///   (a written weekday must match); without a reference only a weekday can place it (the latest
///   such year up to `context.today`); otherwise it is not reported. Such matches are `relative`.
/// - "yesterday", "today", "tomorrow", "on Tuesday" (the latest Tuesday on or before the
///   reference), "last Friday" (the latest Friday strictly before it) need a reference.
///   "this morning", "last week", a bare "Tuesday" and ranges ("May 4-5") are not dates.
/// - A time is only taken next to a date, with its zone when one is named ("14:00 GMT",
///   "9 a.m. EST", "UTC+3", "+01:00"); "18.05" only where a decimal cannot be meant.
QList<DateMatch> findDates(QStringView text, const DateContext &context = {});

/// \brief Parses a string that is entirely one date or date-time (meta tags, `<time datetime>`).
/// Accepts what findDates finds without a reference (ISO 8601, RFC 2822, "March 3, 2024 18:05"
/// ...), surrounded only by whitespace and maybe a final period.
std::optional<PublicationDate> parseDateTime(QStringView text);

} // namespace parallax
