#pragma once

#include "comparison.h"
#include "eventclues.h"

namespace parallax {

/// \brief Documents about something else than the rest.
///
/// Measured against the median of the other documents' mean similarities ("typical"), a document
/// is flagged when
/// - its mean similarity is below half of typical and at least 0.15 below it; the further below
///   in proportion, the smaller the gap it needs, down to 0.10 at a quarter of typical or less
///   (it shares next to nothing);
/// - two of its clues (`verdicts`: dates, weekdays, places) disagree with a clear majority and
///   neither its dates nor its weekdays agree, while it is not more similar than typical (1.25
///   times typical when the dates disagree: the same people or institution at another time or
///   place share names and wire copy); or its dates are weeks away and its similarity is below
///   half of typical.
/// With fewer than three documents, or for a document without any comparable paragraph, nothing
/// is flagged. `sharedParagraphs[d]` and `paragraphCounts[d]` (paragraphs in groups with other
/// documents, comparable paragraphs) make the reason, after what the document and the others say
/// when the clues decided. `verdicts` may be empty (similarity only).
QList<Outlier> findOutliers(const QList<QList<double>> &similarity, const QList<int> &sharedParagraphs,
                            const QList<int> &paragraphCounts, const QList<EventVerdict> &verdicts = {});

} // namespace parallax
