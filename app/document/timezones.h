#pragma once

#include <QDate>
#include <QStringView>

#include <optional>

namespace parallax {

/// \brief The UTC offset in minutes of a time zone as news text names it after a clock time: an
/// abbreviation ("GMT", "CEST", "EST", "MSK", "мск"; any case), or a region or city whose offset
/// depends on daylight saving time ("ET", "Eastern", "New York", "London", "Kyiv"), which needs
/// `date` (US and EU rules). The one zone table of Parallax: publication stamps (document layer)
/// and clock times in running text (the engine's conflict finder) both read it.
std::optional<int> zoneOffsetMinutes(QStringView zone, QDate date = {});

} // namespace parallax
