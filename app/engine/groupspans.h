#pragma once

#include "comparison.h"
#include "tokenizer.h"

#include <atomic>
#include <span>

namespace parallax {

/// \brief Fills every group member's spans with a word diff against the group's pivot member
/// (on the pivot member, a word is Changed where most other members lack it). Paragraph by paragraph, never whole articles, so a
/// moved paragraph diffs against its true partner. Returns false when `cancel` was raised.
bool fillGroupSpans(std::span<AlignmentGroup> groups, const QList<Document> &documents, const QList<TokenizedDocument> &tokens,
                    const std::atomic_bool *cancel);

} // namespace parallax
