#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace parallax {

/// \brief What a written quantity measures.
enum class QuantityKind { Count, Percent, Money, Measure, Duration, Multiplier };

/// \brief A number as written in running text, with its hedge, scale and unit.
struct Quantity
{
    QuantityKind kind = QuantityKind::Count;
    int start = 0; ///< hedge + number + scale + unit: [start, end) in UTF-16 code units
    int end = 0;
    double value = 0.0; ///< in base units: 2.4 million euros -> 2400000; 5 miles -> 8046.72 (metres)
    double low = 0.0; ///< the interval the hedge allows ("about 40,000" -> 36000..44000)
    double high = 0.0;
    double rounding = 0.0; ///< half a unit of the last written digit, in base units ("8 km" -> 500)
    QString qualifier; ///< "about", "more than", "between" (a range), ...; empty when exact
    bool halfOpen = false; ///< [low, high] is the rounding of a hedged decimal: its ends belong to the neighbours
    QString unit; ///< canonical: "EUR", "USD", "%", "m", "kg", "m2", "s", "x", or empty for counts
    QString writtenUnit; ///< case folded as written ("miles"), so a converted value can be recognised
    int unitEnd = 0; ///< end of the unit word(s), where the counted noun may start
    double written = 0.0; ///< the value in the unit as written ("5 miles" -> 5)
    QString symbol; ///< the written unit's symbol: "t", "km", "mi", "h", "%"; empty for counts and money
};

/// \brief Every quantity of `text` outside the `excluded` ranges (dates, times, URLs): digits with
/// thousands separators ("40,000", "40 000", "2,4"), number words ("nine", "forty-two", "a dozen"),
/// scales ("12 thousand", "1.5 million", "€2.4m", "млн"), hedges, percentages, money, lengths,
/// masses, areas, durations and multipliers ("two-fold"). Bare years (1800-2100) are not quantities.
/// A hedged decimal's interval is the rounding of its last digit ("about 3.9%": 3.85..3.95); a
/// stated range ("3.75%-4%", "between 4 and 5 km") is one quantity with qualifier "between".
/// `excludedHasUrls`: the caller already put findUrlRanges(text) into `excluded` (saves a pass).
QList<Quantity> findQuantities(QStringView text, const QList<std::pair<int, int>> &excluded = {}, bool excludedHasUrls = false);

/// \brief Ranges of URLs, e-mail addresses and paths in `text`: their digits are never facts.
QList<std::pair<int, int>> findUrlRanges(QStringView text);

} // namespace parallax
