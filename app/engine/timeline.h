#pragma once

#include "comparison.h"

namespace parallax {

/// \brief The window of a publication moment (Document::published).
PublicationWindow publicationWindow(const PublicationDate &published);

/// \brief The report's name of a verdict: "updated", "contradicted", "unknown".
QString verdictName(ConflictVerdict verdict);

/// \brief The time line of `comparison`: linear in its conflicts' claims and its quotes' and
/// passages' occurrences. Deterministic.
Timeline buildTimeline(const Comparison &comparison);

/// \brief A figure as the time line writes it: "at least 9", "about 40,000 t", "EUR 2.4 million".
QString figureText(double number, double low, double high, const QString &qualifier, const QString &unit);

} // namespace parallax
