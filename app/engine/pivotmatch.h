#pragma once

#include "aligner.h"
#include "paragraphspace.h"

#include <atomic>
#include <vector>

namespace parallax {

/// \brief One document's share of a group under construction (internal to the aligner).
struct DraftMember
{
    int document = 0;
    std::vector<int> units; ///< one unit, or two consecutive ones
    double score = 0.0; ///< against the draft's pivot units
};

/// \brief A group under construction: the pivot's units (one, or two merged) and the others.
struct Draft
{
    std::vector<int> pivotUnits;
    int pivotDocument = 0;
    std::vector<DraftMember> members; ///< everyone but the pivot
    int round = 0; ///< 0: around the comparison's pivot
    bool dead = false; ///< folded into another draft
};

/// \brief State shared by all rounds of the alignment.
struct AlignState
{
    explicit AlignState(const ParagraphSpace &s);

    const ParagraphSpace &space;
    std::vector<int> position; ///< index of each unit within its document's unit list
    std::vector<int> draftOf; ///< the draft holding each unit, -1 while free
    std::vector<Draft> drafts;
    /// Units that take no partner and stay groups of one: an outlier's (AlignerSettings::
    /// isolatedDocuments), and a standfirst that repeats a later paragraph of its own article.
    std::vector<char> aside;
};

/// \brief One round: aligns every unit flagged in `targets` to `pivotUnits` (free units of one
/// document, reading order), one-to-one greedy by score, then splits and merges by scoring
/// concatenated neighbours. Appends one draft per pivot unit. Returns false when cancelled.
bool matchRound(AlignState &state, int pivotDocument, const std::vector<int> &pivotUnits, const std::vector<char> &targets,
                int round, const AlignerSettings &settings, const std::atomic_bool *cancel);

/// \brief Where most documents split a pivot paragraph in two, the pivot is the one that merged:
/// such a draft becomes two groups (the pivot stays with the half it resembles more), so halves
/// that say different things are not paired across documents.
void separateMergedPivotParagraphs(AlignState &state);

/// \brief Lets a paragraph left alone join a group it resembles weakly (between
/// AlignerSettings::weakThreshold and the threshold) when it is the group member's best partner in
/// its document and the group has no paragraph of that document yet: heavy rewording of a
/// statement others share.
void attachWeakSingletons(AlignState &state, const AlignerSettings &settings);

} // namespace parallax
