#include "worddiff.h"

#include <dtl/dtl.hpp>

#include <algorithm>
#include <unordered_map>
#include <vector>

namespace parallax {

namespace {

// Above this many tokens (both sides, after trimming) a gap is first cut at patience anchors:
// dtl's O(NP) search is quadratic in the number of edits and keeps one path record per step.
constexpr size_t kAnchorThreshold = 1000;
// Without anchors, a gap is diffed only if dtl's work stays bounded; beyond this estimated
// number of steps it is reported as replaced as a whole (only pathological input gets here).
constexpr double kStepBudget = 2.0e7;
// dtl's "huge" mode pre-reserves its path storage (tens of MB); worth it only for big inputs.
constexpr size_t kHugeThreshold = 20000;

using Ids = std::span<const int>;

struct Output
{
    WordStatus *a;
    WordStatus *b;
};

// A deletion next to an insertion is a replacement; alone it is a loss or an addition.
void markReplaced(size_t countA, size_t countB, Output out)
{
    std::fill_n(out.a, countA, countB > 0 ? WordStatus::Changed : WordStatus::Missing);
    std::fill_n(out.b, countB, countA > 0 ? WordStatus::Changed : WordStatus::Added);
}

// Returns false when dtl's edit script does not walk both sides exactly once in order. That
// happens with Debian's dtl 1.20 when the search outgrows MAX_CORDINATES_SIZE and restarts
// half-way (seen on 10,000 shuffled tokens); the caller then falls back to a coarser answer.
bool diffWithDtl(Ids a, Ids b, Output out)
{
    const std::vector<int> va(a.begin(), a.end());
    const std::vector<int> vb(b.begin(), b.end());
    dtl::Diff<int, std::vector<int>> diff(va, vb, /*deletesFirst=*/true);
    if (va.size() + vb.size() > kHugeThreshold)
        diff.onHuge();
    diff.compose();
    const auto ses = diff.getSes();
    const auto script = ses.getSequence();
    // Indices in the script are 1-based; 0 means "not on this side".
    long long nextA = 1;
    long long nextB = 1;
    for (const auto &entry : script) {
        const auto &info = entry.second;
        if (info.type != dtl::SES_ADD && info.beforeIdx != nextA++)
            return false;
        if (info.type != dtl::SES_DELETE && info.afterIdx != nextB++)
            return false;
    }
    if (size_t(nextA - 1) != va.size() || size_t(nextB - 1) != vb.size())
        return false;
    size_t i = 0;
    while (i < script.size()) {
        const auto &info = script[i].second;
        if (info.type == dtl::SES_COMMON) {
            out.a[info.beforeIdx - 1] = WordStatus::Same;
            out.b[info.afterIdx - 1] = WordStatus::Same;
            ++i;
            continue;
        }
        size_t j = i;
        bool deletes = false;
        bool adds = false;
        for (; j < script.size() && script[j].second.type != dtl::SES_COMMON; ++j) {
            deletes = deletes || script[j].second.type == dtl::SES_DELETE;
            adds = adds || script[j].second.type == dtl::SES_ADD;
        }
        for (size_t k = i; k < j; ++k) {
            const auto &edit = script[k].second;
            if (edit.type == dtl::SES_DELETE)
                out.a[edit.beforeIdx - 1] = adds ? WordStatus::Changed : WordStatus::Missing;
            else
                out.b[edit.afterIdx - 1] = deletes ? WordStatus::Changed : WordStatus::Added;
        }
        i = j;
    }
    return true;
}

// Tokens that occur exactly once on each side, as (index in a, index in b) pairs forming the
// longest run increasing on both sides (patience diff). They are safe cut points: matching them
// never costs a better alignment much, and they split one big diff into many small ones.
std::vector<std::pair<size_t, size_t>> patienceAnchors(Ids a, Ids b)
{
    struct Seen
    {
        int countA = 0;
        int countB = 0;
        size_t indexA = 0;
        size_t indexB = 0;
    };
    std::unordered_map<int, Seen> seen;
    seen.reserve(a.size() + b.size());
    for (size_t i = 0; i < a.size(); ++i) {
        Seen &s = seen[a[i]];
        ++s.countA;
        s.indexA = i;
    }
    for (size_t i = 0; i < b.size(); ++i) {
        Seen &s = seen[b[i]];
        ++s.countB;
        s.indexB = i;
    }
    std::vector<std::pair<size_t, size_t>> unique;
    for (size_t i = 0; i < a.size(); ++i) {
        const Seen &s = seen[a[i]];
        if (s.countA == 1 && s.countB == 1)
            unique.emplace_back(i, s.indexB);
    }
    // Longest increasing subsequence of the b indices (unique is ordered by a index).
    std::vector<size_t> tails; // index into unique of the smallest tail of each length
    std::vector<ptrdiff_t> previous(unique.size(), -1);
    for (size_t k = 0; k < unique.size(); ++k) {
        const auto pos = std::lower_bound(tails.begin(), tails.end(), unique[k].second,
                                          [&](size_t t, size_t value) { return unique[t].second < value; });
        if (pos != tails.begin())
            previous[k] = ptrdiff_t(*(pos - 1));
        if (pos == tails.end())
            tails.push_back(k);
        else
            *pos = k;
    }
    std::vector<std::pair<size_t, size_t>> anchors;
    for (ptrdiff_t k = tails.empty() ? -1 : ptrdiff_t(tails.back()); k >= 0; k = previous[size_t(k)])
        anchors.push_back(unique[size_t(k)]);
    std::reverse(anchors.begin(), anchors.end());
    return anchors;
}

// A lower bound of dtl's work: it needs at least (min side - shared tokens) rounds of
// (M + N) steps, so a pair with few shared tokens is known to be expensive up front.
double estimatedSteps(Ids a, Ids b)
{
    std::unordered_map<int, int> counts;
    counts.reserve(a.size());
    for (const int id : a)
        ++counts[id];
    size_t shared = 0;
    for (const int id : b) {
        const auto it = counts.find(id);
        if (it != counts.end() && it->second > 0) {
            --it->second;
            ++shared;
        }
    }
    const double rounds = double(std::min(a.size(), b.size()) - shared) + 1.0;
    return rounds * double(a.size() + b.size());
}

void diffRange(Ids a, Ids b, Output out)
{
    size_t prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) {
        out.a[prefix] = WordStatus::Same;
        out.b[prefix] = WordStatus::Same;
        ++prefix;
    }
    size_t suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix]) {
        out.a[a.size() - 1 - suffix] = WordStatus::Same;
        out.b[b.size() - 1 - suffix] = WordStatus::Same;
        ++suffix;
    }
    a = a.subspan(prefix, a.size() - prefix - suffix);
    b = b.subspan(prefix, b.size() - prefix - suffix);
    out = {out.a + prefix, out.b + prefix};
    if (a.empty() || b.empty()) {
        markReplaced(a.size(), b.size(), out);
        return;
    }
    if (a.size() + b.size() > kAnchorThreshold) {
        const auto anchors = patienceAnchors(a, b);
        if (!anchors.empty()) {
            size_t fromA = 0;
            size_t fromB = 0;
            for (const auto &[ia, ib] : anchors) {
                diffRange(a.subspan(fromA, ia - fromA), b.subspan(fromB, ib - fromB), {out.a + fromA, out.b + fromB});
                out.a[ia] = WordStatus::Same;
                out.b[ib] = WordStatus::Same;
                fromA = ia + 1;
                fromB = ib + 1;
            }
            diffRange(a.subspan(fromA), b.subspan(fromB), {out.a + fromA, out.b + fromB});
            return;
        }
        if (estimatedSteps(a, b) > kStepBudget) {
            markReplaced(a.size(), b.size(), out);
            return;
        }
    }
    if (!diffWithDtl(a, b, out))
        markReplaced(a.size(), b.size(), out);
}

} // namespace

WordDiff diffWords(std::span<const int> a, std::span<const int> b)
{
    WordDiff result;
    result.a.resize(qsizetype(a.size()), WordStatus::Same);
    result.b.resize(qsizetype(b.size()), WordStatus::Same);
    diffRange(a, b, {result.a.data(), result.b.data()});
    return result;
}

WordDiff diffWords(const QList<int> &a, const QList<int> &b)
{
    return diffWords(std::span<const int>(a.constData(), size_t(a.size())),
                     std::span<const int>(b.constData(), size_t(b.size())));
}

QList<int> formIds(const QList<Token> &tokens)
{
    QList<int> ids;
    ids.reserve(tokens.size());
    for (const Token &t : tokens)
        ids.append(t.form);
    return ids;
}

WordDiff diffTokens(const QList<Token> &a, const QList<Token> &b)
{
    return diffWords(formIds(a), formIds(b));
}

} // namespace parallax
