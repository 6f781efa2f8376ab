#pragma once

#include <QDate>

#include <optional>

namespace parallax::dates {

/// \brief The year of a year-less "Sunday 3rd March" or "4 May".
///
/// With a valid `reference`: the year in reference.year() - 1 .. + 1 that puts the date nearest
/// the reference (ties go to the earlier date), keeping only years whose weekday matches when a
/// weekday was written. A written weekday that matches none of those three years falls back to
/// the rule below, counted from the reference year.
/// Without a reference but with a weekday: the most recent year <= `today`.year() in which the
/// date falls on that weekday. Without either: nothing (the year cannot be known).
/// `weekday` is 1-7 (Monday = 1) or 0 for none.
std::optional<QDate> resolveYearless(int month, int day, int weekday, QDate reference, QDate today);

/// \brief The most recent `weekday` on or before `reference` ("on Tuesday").
QDate weekdayOnOrBefore(QDate reference, int weekday);

/// \brief The most recent `weekday` strictly before `reference` ("last Friday").
QDate weekdayBefore(QDate reference, int weekday);

} // namespace parallax::dates
