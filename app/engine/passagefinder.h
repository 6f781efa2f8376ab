#pragma once

#include "comparison.h"
#include "tokenizer.h"

namespace parallax {

/// \brief Settings of the shared-passage search.
struct PassageFinderOptions
{
    int minTokens = 8; ///< a passage is at least this many consecutive identical tokens
};

/// \brief Runs of >= minTokens consecutive tokens (by normalised form) that two or more documents
/// share outside quotation marks and transcript turns: copy reused from a wire or another outlet.
/// Overlapping runs merge; one passage per merged run, ids "p1", "p2", ... in reading order of the
/// first occurrence. Boilerplate and datelines are skipped. Deterministic, linear in the tokens.
QList<SharedPassage> findPassages(const QList<Document> &documents, const QList<TokenizedDocument> &tokens,
                                  Vocabulary &vocabulary, const PassageFinderOptions &options = {});

} // namespace parallax
