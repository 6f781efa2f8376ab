#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace parallax {

/// \brief A time of day written in running text ("03:40", "9 a.m. in New York", "14:00 GMT").
struct ClockTime
{
    int start = 0; ///< hedge + time + zone: [start, end) in UTF-16 code units
    int end = 0;
    int minutes = 0; ///< minutes after midnight as written (local to its zone)
    std::optional<int> utcOffsetMinutes; ///< set when a zone, offset or city was named
    bool twelveHourAmbiguous = false; ///< "two o'clock": either 02:00 or 14:00
    int tolerance = 0; ///< minutes a hedge allows ("about 03:40" -> 10)
    QString qualifier;

    /// Minutes after midnight UTC (wrapped to 0..1439) when the zone is known.
    std::optional<int> utcMinutes() const;
    /// "03:40", or "14:00Z" when the zone is known.
    QString normalized() const;
};

/// \brief The clock times of `text` outside `excluded`. `date` (the day the text talks about, or
/// its publication date) decides daylight saving time for zones named by region or city
/// ("in New York" is UTC-5 in winter, UTC-4 in summer).
QList<ClockTime> findClockTimes(QStringView text, QDate date, const QList<std::pair<int, int>> &excluded = {});

} // namespace parallax
