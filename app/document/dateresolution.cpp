#include "dateresolution.h"

namespace parallax::dates {

namespace {

constexpr int kFirstYear = 1900;

// Weekdays repeat in a 400-year cycle but every (day, month, weekday) recurs within 28 years
// (29 February within 40 in the worst case around a skipped century leap year).
constexpr int kWeekdaySearchYears = 60;

std::optional<QDate> latestYearWithWeekday(int month, int day, int weekday, int fromYear)
{
    for (int year = fromYear; year >= qMax(kFirstYear, fromYear - kWeekdaySearchYears); --year) {
        const QDate date(year, month, day);
        if (date.isValid() && date.dayOfWeek() == weekday)
            return date;
    }
    return std::nullopt;
}

} // namespace

std::optional<QDate> resolveYearless(int month, int day, int weekday, QDate reference, QDate today)
{
    if (reference.isValid()) {
        std::optional<QDate> best;
        qint64 bestDistance = 0;
        for (int year = reference.year() - 1; year <= reference.year() + 1; ++year) {
            const QDate date(year, month, day);
            if (!date.isValid() || (weekday && date.dayOfWeek() != weekday))
                continue;
            const qint64 distance = qAbs(reference.daysTo(date));
            if (!best || distance < bestDistance) {
                best = date;
                bestDistance = distance;
            }
        }
        if (best || !weekday)
            return best;
        return latestYearWithWeekday(month, day, weekday, reference.year());
    }
    if (!weekday)
        return std::nullopt;
    const QDate now = today.isValid() ? today : QDate::currentDate();
    return latestYearWithWeekday(month, day, weekday, now.year());
}

QDate weekdayOnOrBefore(QDate reference, int weekday)
{
    if (!reference.isValid() || weekday < 1 || weekday > 7)
        return {};
    const int back = (reference.dayOfWeek() - weekday + 7) % 7;
    return reference.addDays(-back);
}

QDate weekdayBefore(QDate reference, int weekday)
{
    if (!reference.isValid())
        return {};
    return weekdayOnOrBefore(reference.addDays(-1), weekday);
}

} // namespace parallax::dates
