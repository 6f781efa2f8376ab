#pragma once

#include "comparison.h"
#include "paragraphspace.h"

#include <atomic>
#include <vector>

namespace parallax {

/// \brief Score thresholds of the paragraph alignment (defaults tuned on the synthetic corpus).
struct AlignerSettings
{
    double textThreshold = 0.20; ///< body/caption paragraphs below this never correspond
    double weakThreshold = 0.12; ///< a lone paragraph may still join its mutual best group above this
    double shortThreshold = 0.15; ///< titles and datelines (short, so weaker evidence suffices)
    double joinMargin = 0.04; ///< a split/merge must beat the single paragraph by this much
    double joinPartMinimum = 0.10; ///< the added neighbour must itself resemble the other side
    /// The half of a split resembling its group this much stays; below, it may move to the group
    /// of its mutual best partner when it resembles that partner by moveMargin more.
    double strongLink = 0.35;
    double moveMargin = 0.05;
    /// A member of several sentences whose first sentence scores under this share of its score
    /// with the group's pivot paragraph met it through a later sentence; it moves to the paragraph
    /// of the pivot's document that its first sentence resembles leadGain times more.
    double leadShare = 0.35;
    double leadGain = 2.0;
    /// Documents (by index, non-zero = isolated) whose paragraphs stay groups of one: outliers,
    /// whose look-alike paragraphs report another event. Never the pivot.
    std::vector<char> isolatedDocuments;
};

/// \brief Aligns the paragraphs of all documents into groups (without word-diff spans).
///
/// Every other document is matched against the pivot (greedy maximum-weight one-to-one by score
/// above a threshold), then splits (two consecutive paragraphs for one pivot paragraph) and merges
/// (one paragraph for two consecutive pivot paragraphs) are detected by scoring concatenated
/// neighbours. Paragraphs left over are clustered among the non-pivot documents, at most one
/// paragraph per document, so content the pivot lacks still groups.
///
/// Order: groups with a pivot member follow the pivot's reading order; a group without one comes
/// right after the group of the nearest preceding paragraph (in the document of its own
/// lowest-index member) that has a pivot member, or first when there is none (last when no
/// paragraph of that document shares a group with the pivot at all). Ties keep the
/// order (document, paragraph) of the member that serves as pivot. Ids are "g1", "g2", ... in
/// that order. Empty units and units without a partner are groups of one with score 0.
///
/// Returns an empty list with `*cancelled = true` when `cancel` was raised.
QList<AlignmentGroup> alignParagraphs(const ParagraphSpace &space, int pivotDocument, const AlignerSettings &settings,
                                      const std::atomic_bool *cancel, bool *cancelled);

} // namespace parallax
