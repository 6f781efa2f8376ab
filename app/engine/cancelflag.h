#pragma once

#include <atomic>

namespace parallax {

/// \brief True once the caller of a long engine call has asked it to stop. `cancel` may be null
/// (the call cannot be cancelled). Relaxed: a stop seen one work item late is fine.
inline bool cancelRaised(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

} // namespace parallax
