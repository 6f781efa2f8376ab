#pragma once

#include "document/document.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace parallax {

// The time line's results (timeline.h computes them); part of every Comparison.

/// \brief When an article was published, as a window on one time line: an exact minute (start ==
/// end), a whole day when the source gave only a date, or unknown. A time without a zone is read as
/// if it were UTC (the articles of one event are mostly in one zone), and says so.
struct PublicationWindow
{
    enum class Precision { None, Day, Minute };
    Precision precision = Precision::None;
    QDateTime start; ///< UTC; invalid when unknown
    QDateTime end; ///< UTC; the same as `start` for a minute, the next midnight for a day
    bool zoneKnown = false; ///< the source named a zone or an offset

    bool isKnown() const { return precision != Precision::None; }
    /// Whether this window surely ends before `other` begins (one was published before the other).
    bool before(const PublicationWindow &other) const
    {
        return isKnown() && other.isKnown() && end <= other.start && *this != other;
    }
    bool operator==(const PublicationWindow &) const = default;
};

/// \brief What the claims of one conflict look like over publication time.
enum class ConflictVerdict {
    Updated, ///< a figure that changed: each new value first appeared after the previous one
    Contradicted, ///< the outlets disagree at the same time, or on a detail that does not change (a date, a name)
    Unknown ///< publication times are missing, or too coarse to tell which value came first
};

/// \brief One claim of a figure on the time line.
struct TimelinePoint
{
    int claim = 0; ///< index into Conflict::claims
    int document = 0;
    PublicationWindow published;
    double number = 0.0; ///< as written, in the conflict's base unit
    double low = 0.0; ///< the interval the words allow
    double high = 0.0;
    bool openBelow = false; ///< "up to", "fewer than": any lower value agrees
    bool openAbove = false; ///< "at least", "more than": any higher value agrees
};

/// \brief A conflict over publication time: its verdict, in words and as data, and (for figures)
/// the series to chart.
struct ConflictTimeline
{
    int conflict = 0; ///< index into Comparison::conflicts
    ConflictVerdict verdict = ConflictVerdict::Unknown;
    QString summary; ///< English, for the JSON report: "rose from 9 to 12 between 08:45 and 18:05 on 3 March 2024"
    /// Figures only, in publication order, one point per outlet and value; empty for dates, times and names.
    QList<TimelinePoint> series;
    /// Updated figures: the claims (indices into Conflict::claims) of the first and last value in
    /// time; -1 otherwise. A stale claim repeats an older value after a newer one was out.
    int fromClaim = -1;
    int toClaim = -1;
    int staleClaim = -1; ///< the latest such claim, -1 when none
    int staleAfterClaim = -1; ///< the first claim of the newer value it lagged behind
};

/// \brief Who had a shared quote or passage first: its outlets in order of publication.
struct OriginOrder
{
    enum class Item { Quote, Passage };
    Item item = Item::Quote;
    int index = 0; ///< index into Comparison::quotes or Comparison::passages
    QList<int> documents; ///< in order of publication (unknown times last), each once
    int origin = -1; ///< the earliest known publication; -1 when no time is known
    bool originCertain = false; ///< the origin was out before every other outlet could have been
    QList<int> sameWording; ///< documents using exactly the origin's words (reused copy), origin excluded
};

/// \brief An edge of the origin graph: `to` reuses text first published by `from`.
struct ReuseEdge
{
    int from = 0;
    int to = 0;
    int count = 0; ///< shared quotes and passages with the same wording
    bool operator==(const ReuseEdge &) const = default;
};

/// \brief Everything the time line shows, computed headless from a finished comparison.
struct Timeline
{
    QList<PublicationWindow> publications; ///< per document
    QList<ConflictTimeline> conflicts; ///< per conflict, in the order of Comparison::conflicts
    QList<OriginOrder> origins; ///< shared quotes (most-quoted first), then passages
    QList<ReuseEdge> reuse; ///< by (from, to)
};

} // namespace parallax
