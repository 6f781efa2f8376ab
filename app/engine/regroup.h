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

/// \brief Moves a paragraph matched through a later sentence to the partner of its lead.
///
/// A paragraph of two statements (the vote, then the last time rates were cut) may meet a pivot
/// paragraph that carries only its second statement, because the other outlet wrote its first
/// statement in words that share less. The first sentence is the paragraph's own statement (news
/// writing puts it first), so a member moves when
/// - it is one paragraph of two or more sentences and resembles the group's pivot paragraph
///   less than AlignerSettings::strongLink,
/// - its first sentence scores under AlignerSettings::leadShare of that score against the pivot
///   paragraph (the match came from a later sentence),
/// - another paragraph of the pivot's document resembles its first sentence at least
///   AlignerSettings::weakThreshold and AlignerSettings::leadGain times as much, and the whole
///   paragraph more than AlignerSettings::weakThreshold (the best such paragraph wins), and
/// - that paragraph's group has nothing of its document yet.
/// Drafts and their members are visited in order, so the result is deterministic.
void moveToLeadPartners(AlignState &state, const AlignerSettings &settings);

} // namespace parallax
