#pragma once

#include "comparison.h"

namespace parallax {

/// \brief Documents about something else than the rest.
///
/// A document is flagged when its mean similarity to the others is below half the median of the
/// other documents' means and at least 0.15 below it; with fewer than three documents, or for a
/// document without any comparable paragraph, nothing is flagged. `sharedParagraphs[d]` and
/// `paragraphCounts[d]` (paragraphs in groups with other documents, comparable paragraphs) make
/// the reason.
QList<Outlier> findOutliers(const QList<QList<double>> &similarity, const QList<int> &sharedParagraphs,
                            const QList<int> &paragraphCounts);

} // namespace parallax
