#pragma once

#include "comparison.h"

#include <atomic>

namespace parallax {

/// \brief Settings of one comparison; the engine reads no global settings.
struct CompareOptions
{
    int pivotDocument = -1; ///< -1: the document most similar to the rest
    int threads = 1; ///< 1: everything on the calling thread
};

/// \brief Runs the whole engine (align, word diff, quotes, conflicts) over loaded documents.
/// Deterministic: the same documents and options give the same result. Checks `cancel` between
/// units of work and returns a result with `cancelled` set when it was raised.
Comparison compare(const QList<Document> &documents, const CompareOptions &options = {},
                   const std::atomic_bool *cancel = nullptr);

} // namespace parallax
