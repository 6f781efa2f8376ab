#pragma once

#include "tokenizer.h"

#include <QList>

#include <span>

namespace parallax {

/// \brief What became of one token in a two-sided word diff.
/// Side A (the pivot) uses Same/Missing/Changed, side B uses Same/Added/Changed.
enum class WordStatus : quint8 {
    Same, ///< in both sides, matched by the diff
    Missing, ///< only in A, with no insertion next to it in B
    Added, ///< only in B, with no deletion next to it in A
    Changed, ///< part of a run deleted from A and replaced by a run inserted in B
};

/// \brief Per-token statuses of both sides of a word diff, index-aligned with the inputs.
struct WordDiff
{
    QList<WordStatus> a;
    QList<WordStatus> b;
};

/// \brief Diffs two sequences of token ids (the project's one dtl wrapper). Deterministic.
/// Common prefix and suffix are trimmed first; long inputs are cut at tokens that occur once on
/// each side (patience anchors) so that the O(ND) diff only runs on small gaps; a gap that is
/// still too costly to diff is reported as replaced (Changed) as a whole.
WordDiff diffWords(std::span<const int> a, std::span<const int> b);
WordDiff diffWords(const QList<int> &a, const QList<int> &b);

/// \brief The ids a word diff compares: the normalised surface forms (`Token::form`).
QList<int> formIds(const QList<Token> &tokens);

/// \brief Shorthand for diffWords(formIds(a), formIds(b)).
WordDiff diffTokens(const QList<Token> &a, const QList<Token> &b);

} // namespace parallax
