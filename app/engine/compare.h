#pragma once

#include "comparison.h"

#include <atomic>
#include <functional>

namespace parallax {

/// \brief Settings of one comparison; the engine reads no global settings.
struct CompareOptions
{
    int pivotDocument = -1; ///< -1: the document most similar to the rest
    /// 1: everything on the calling thread. More: word diffs, speaker cues, facts and shared
    /// passages of several paragraphs and documents at once; the result is the same.
    int threads = 1;
    /// How far the comparison got, 0..1000, called on the comparing thread between steps (so it
    /// must be safe to call from there); never called with a smaller value than before.
    std::function<void(int permille)> progress;
};

/// \brief Runs the whole engine (align, word diff, quotes, conflicts) over loaded documents.
/// Deterministic: the same documents and options give the same result. Checks `cancel` between
/// units of work and returns a result with `cancelled` set when it was raised.
Comparison compare(const QList<Document> &documents, const CompareOptions &options = {},
                   const std::atomic_bool *cancel = nullptr);

} // namespace parallax
