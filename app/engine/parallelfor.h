#pragma once

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace parallax {

/// \brief Calls `work(i)` for every i in [0, count) on up to `threads` threads (the calling thread
/// is one of them) and returns when all calls have returned.
///
/// Results must go to slot i of a pre-sized container: which thread ran which index then does
/// not matter, so the outcome is the same for any number of threads. `work` must not write
/// anything that other indices read. Indices are handed out one at a time, so uneven items
/// (a long article next to short ones) still keep every thread busy.
template<typename Work> void parallelFor(int count, int threads, Work work)
{
    const int helpers = std::clamp(threads, 1, std::max(1, count)) - 1;
    if (helpers == 0) {
        for (int i = 0; i < count; ++i)
            work(i);
        return;
    }
    std::atomic_int next {0};
    auto run = [&] {
        for (int i = next.fetch_add(1, std::memory_order_relaxed); i < count; i = next.fetch_add(1, std::memory_order_relaxed))
            work(i);
    };
    std::vector<std::thread> pool;
    pool.reserve(size_t(helpers));
    for (int t = 0; t < helpers; ++t)
        pool.emplace_back(run);
    run();
    for (std::thread &t : pool)
        t.join();
}

} // namespace parallax
