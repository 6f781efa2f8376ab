#pragma once

#include "pivotmatch.h"

namespace parallax {

/// \brief Gives the half of a split back to its mutual best partner.
///
/// Rounds match every document against one pivot at a time, so a later round can take a paragraph
/// as the second half of a neighbour's split although an earlier round had already grouped its
/// true partner. Such a half (of a split made after round 0) moves to its partner's group (the
/// other half stays) when
/// - it resembles its own group only weakly: below AlignerSettings::strongLink against the
///   group's pivot and every other document's member,
/// - the partner, its best in another document, scores at least the threshold and at least
///   AlignerSettings::moveMargin more than its own group does,
/// - the partner prefers it to every other paragraph of its document, and
/// - the partner's group holds nothing of its document yet.
/// Paragraphs left alone are attachWeakSingletons()'s. Units are visited in order and each moves
/// at most once, so the result is deterministic.
void joinMutualPartners(AlignState &state, const AlignerSettings &settings);

} // namespace parallax
