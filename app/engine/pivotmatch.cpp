#include "pivotmatch.h"

#include "cancelflag.h"

#include <algorithm>
#include <array>
#include <tuple>

namespace parallax {

namespace {

struct Pair
{
    double score;
    int a; ///< pivot unit
    int b; ///< target unit
};

struct Merge
{
    int first; ///< draft of the earlier pivot unit
    int second; ///< draft of the later one
    int document;
};

double thresholdFor(const ParagraphSpace &space, int u, const AlignerSettings &settings)
{
    return space.unit(u).roleClass == RoleClass::Text ? settings.textThreshold : settings.shortThreshold;
}

// The next/previous unit of the same document when it could join `u` (same role class, has words).
int neighbour(const AlignState &state, int u, int step)
{
    const auto &units = state.space.documentUnits(state.space.unit(u).document);
    const int i = state.position[size_t(u)] + step;
    if (i < 0 || i >= int(units.size()))
        return -1;
    const int v = units[size_t(i)];
    return state.space.unit(v).roleClass == state.space.unit(u).roleClass && !state.space.isEmpty(v) ? v : -1;
}

DraftMember *memberOf(Draft &draft, int document)
{
    for (DraftMember &m : draft.members) {
        if (m.document == document)
            return &m;
    }
    return nullptr;
}

class RoundMatcher
{
public:
    RoundMatcher(AlignState &state, int round, const std::vector<char> &targets, const AlignerSettings &settings)
        : m_state(state)
        , m_space(state.space)
        , m_round(round)
        , m_targets(targets)
        , m_settings(settings)
    { }

    // `pairs`: this document's candidate pairs, best first.
    void matchDocument(const std::vector<Pair> &pairs, int document)
    {
        std::vector<int> matched; // drafts that got a member of this document
        for (const Pair &p : pairs) {
            const int k = m_state.draftOf[size_t(p.a)];
            if (m_state.draftOf[size_t(p.b)] >= 0 || memberOf(m_state.drafts[size_t(k)], document))
                continue;
            m_state.drafts[size_t(k)].members.push_back({document, {p.b}, p.score});
            m_state.draftOf[size_t(p.b)] = k;
            matched.push_back(k);
        }
        for (int k : matched)
            trySplit(k, document);
        for (int k : matched)
            tryMerge(k, document);
    }

    std::vector<Merge> &merges() { return m_merges; }

private:
    // This document wrote the pivot paragraph as two consecutive ones. A neighbour already matched
    // elsewhere in this round is taken over when it resembles this pivot paragraph more.
    void trySplit(int k, int document)
    {
        Draft &draft = m_state.drafts[size_t(k)];
        DraftMember *member = memberOf(draft, document);
        if (!member || member->units.size() != 1)
            return;
        const int a = draft.pivotUnits.front();
        const int b = member->units.front();
        double best = member->score + m_settings.joinMargin;
        int bestStep = 0;
        for (int step : {-1, 1}) {
            const int c = neighbour(m_state, b, step);
            if (c < 0 || !m_targets[size_t(c)])
                continue;
            const double part = m_space.score(a, c);
            if (part < m_settings.joinPartMinimum)
                continue;
            const int owner = m_state.draftOf[size_t(c)];
            if (owner >= 0) {
                const DraftMember *other = memberOf(m_state.drafts[size_t(owner)], document);
                if (m_state.drafts[size_t(owner)].round != m_round || !other || other->units.size() != 1 || other->score >= part)
                    continue;
            }
            const std::array<int, 2> joined = step < 0 ? std::array<int, 2> {c, b} : std::array<int, 2> {b, c};
            const std::array<int, 1> single {a};
            const double s = m_space.score(single, joined);
            if (s > best) {
                best = s;
                bestStep = step;
            }
        }
        if (bestStep == 0)
            return;
        const int c = neighbour(m_state, b, bestStep);
        const int owner = m_state.draftOf[size_t(c)];
        if (owner >= 0) {
            auto &others = m_state.drafts[size_t(owner)].members;
            others.erase(
                std::remove_if(others.begin(), others.end(), [document](const DraftMember &m) { return m.document == document; }),
                others.end());
        }
        m_state.draftOf[size_t(c)] = k;
        member = memberOf(draft, document);
        member->units = bestStep < 0 ? std::vector<int> {c, b} : std::vector<int> {b, c};
        member->score = best;
    }

    // One paragraph of this document stands for two consecutive pivot paragraphs.
    void tryMerge(int k, int document)
    {
        Draft &draft = m_state.drafts[size_t(k)];
        const DraftMember *member = memberOf(draft, document);
        if (!member || member->units.size() != 1)
            return;
        const int a = draft.pivotUnits.front();
        const int b = member->units.front();
        double best = member->score + m_settings.joinMargin;
        int bestDraft = -1;
        for (int step : {-1, 1}) {
            const int c = neighbour(m_state, a, step);
            if (c < 0)
                continue;
            const int kc = m_state.draftOf[size_t(c)];
            if (kc < 0 || m_state.drafts[size_t(kc)].round != m_round || m_state.drafts[size_t(kc)].pivotUnits.front() != c
                || memberOf(m_state.drafts[size_t(kc)], document) || m_space.score(c, b) < m_settings.joinPartMinimum)
                continue;
            const std::array<int, 2> joined = step < 0 ? std::array<int, 2> {c, a} : std::array<int, 2> {a, c};
            const std::array<int, 1> single {b};
            const double s = m_space.score(joined, single);
            if (s > best) {
                best = s;
                bestDraft = kc;
            }
        }
        if (bestDraft >= 0)
            m_merges.push_back({std::min(k, bestDraft), std::max(k, bestDraft), document});
    }

    AlignState &m_state;
    const ParagraphSpace &m_space;
    int m_round;
    const std::vector<char> &m_targets;
    const AlignerSettings &m_settings;
    std::vector<Merge> m_merges;
};

// Folds draft `second` into `first` when every document keeps both parts as consecutive single
// paragraphs (or has at most one of them), so the merged group still holds one member per
// document, and when no more documents keep the two apart than merge them (`merging`):
// otherwise the merging paragraph stays in one of the two groups.
void applyMerge(AlignState &state, const Merge &merge, int merging)
{
    Draft &first = state.drafts[size_t(merge.first)];
    Draft &second = state.drafts[size_t(merge.second)];
    if (first.dead || second.dead || first.pivotUnits.size() != 1 || second.pivotUnits.size() != 1)
        return;
    auto byDocument = [](std::vector<DraftMember> v) {
        std::sort(v.begin(), v.end(), [](const DraftMember &x, const DraftMember &y) { return x.document < y.document; });
        return v;
    };
    const std::vector<DraftMember> left = byDocument(first.members);
    const std::vector<DraftMember> right = byDocument(second.members);
    std::vector<DraftMember> combined;
    int apart = 0;
    size_t i = 0;
    size_t j = 0;
    while (i < left.size() || j < right.size()) {
        if (j == right.size() || (i < left.size() && left[i].document < right[j].document)) {
            combined.push_back(left[i++]);
        } else if (i == left.size() || right[j].document < left[i].document) {
            combined.push_back(right[j++]);
        } else {
            const DraftMember &x = left[i++];
            const DraftMember &y = right[j++];
            if (x.units.size() != 1 || y.units.size() != 1
                || state.position[size_t(y.units[0])] != state.position[size_t(x.units[0])] + 1)
                return;
            combined.push_back({x.document, {x.units[0], y.units[0]}, 0.0});
            ++apart;
        }
    }
    if (apart > merging)
        return;
    first.pivotUnits.push_back(second.pivotUnits.front());
    for (DraftMember &m : combined)
        m.score = state.space.score(first.pivotUnits, m.units);
    first.members = std::move(combined);
    for (int u : first.pivotUnits)
        state.draftOf[size_t(u)] = merge.first;
    for (const DraftMember &m : first.members)
        for (int u : m.units)
            state.draftOf[size_t(u)] = merge.first;
    second.dead = true;
    second.members.clear();
}

} // namespace

void separateMergedPivotParagraphs(AlignState &state)
{
    const ParagraphSpace &space = state.space;
    const size_t count = state.drafts.size();
    for (size_t k = 0; k < count; ++k) {
        Draft &draft = state.drafts[k];
        if (draft.dead || draft.round != 0 || draft.pivotUnits.size() != 1)
            continue;
        std::vector<const DraftMember *> splits;
        int singles = 0;
        for (const DraftMember &m : draft.members) {
            if (m.units.size() == 2)
                splits.push_back(&m);
            else
                ++singles;
        }
        if (splits.size() < 2 || int(splits.size()) <= singles)
            continue;
        // Two sides seeded by the halves of the first split; every other member goes where it
        // resembles the seed more (a split member may have written the halves in either order).
        const int seedX = splits.front()->units[0];
        const int seedY = splits.front()->units[1];
        std::vector<int> sideX;
        std::vector<int> sideY;
        for (const DraftMember &m : draft.members) {
            if (m.units.size() == 2) {
                const double straight = space.score(seedX, m.units[0]) + space.score(seedY, m.units[1]);
                const double crossed = space.score(seedX, m.units[1]) + space.score(seedY, m.units[0]);
                sideX.push_back(crossed > straight ? m.units[1] : m.units[0]);
                sideY.push_back(crossed > straight ? m.units[0] : m.units[1]);
            } else {
                (space.score(seedY, m.units[0]) > space.score(seedX, m.units[0]) ? sideY : sideX).push_back(m.units[0]);
            }
        }
        const int pivot = draft.pivotUnits.front();
        if (space.score(pivot, seedY) > space.score(pivot, seedX))
            std::swap(sideX, sideY);
        std::vector<DraftMember> kept;
        for (int u : sideX)
            kept.push_back({space.unit(u).document, {u}, space.score(pivot, u)});
        draft.members = std::move(kept);
        std::sort(sideY.begin(), sideY.end()); // lowest document first
        Draft other {{sideY.front()}, space.unit(sideY.front()).document, {}, -1, false};
        for (size_t i = 1; i < sideY.size(); ++i)
            other.members.push_back({space.unit(sideY[i]).document, {sideY[i]}, space.score(sideY.front(), sideY[i])});
        for (int u : sideY)
            state.draftOf[size_t(u)] = int(state.drafts.size());
        state.drafts.push_back(std::move(other));
    }
}

void attachWeakSingletons(AlignState &state, const AlignerSettings &settings)
{
    const ParagraphSpace &space = state.space;
    std::vector<char> targets(size_t(space.unitCount()), 0);
    for (int u = 0; u < space.unitCount(); ++u)
        targets[size_t(u)] = !space.isEmpty(u) && !state.aside[size_t(u)];
    std::vector<int> found;
    std::vector<char> scratch(size_t(space.unitCount()), 0);
    for (int u = 0; u < space.unitCount(); ++u) {
        const int k = state.draftOf[size_t(u)];
        const Draft &alone = state.drafts[size_t(k)];
        if (!targets[size_t(u)] || !alone.members.empty() || alone.pivotUnits.size() != 1
            || space.unit(u).roleClass != RoleClass::Text)
            continue;
        const int document = space.unit(u).document;
        space.candidates(u, targets, found);
        double best = settings.weakThreshold;
        int bestUnit = -1;
        for (int v : found) {
            const Draft &group = state.drafts[size_t(state.draftOf[size_t(v)])];
            if (group.members.empty() || group.pivotDocument == document || memberOf(const_cast<Draft &>(group), document))
                continue;
            const double s = space.score(u, v);
            if (s > best) {
                best = s;
                bestUnit = v;
            }
        }
        if (bestUnit < 0)
            continue;
        // The group member must prefer this paragraph to every other of its document (among its
        // own candidates there: a paragraph that is not one cannot score higher).
        std::vector<char> &sameDocument = scratch;
        for (int w : space.documentUnits(document))
            sameDocument[size_t(w)] = 1;
        space.candidates(bestUnit, sameDocument, found);
        for (int w : space.documentUnits(document))
            sameDocument[size_t(w)] = 0;
        bool mutual = true;
        for (int w : found)
            mutual = mutual && (w == u || space.score(bestUnit, w) < best);
        if (!mutual)
            continue;
        const int target = state.draftOf[size_t(bestUnit)];
        Draft &group = state.drafts[size_t(target)];
        group.members.push_back({document, {u}, space.score(group.pivotUnits, std::vector<int> {u})});
        state.draftOf[size_t(u)] = target;
        state.drafts[size_t(k)].dead = true;
    }
}

AlignState::AlignState(const ParagraphSpace &s)
    : space(s)
    , position(size_t(s.unitCount()), -1)
    , draftOf(size_t(s.unitCount()), -1)
    , aside(size_t(s.unitCount()), 0)
{
    for (int d = 0; d < s.documentCount(); ++d) {
        const auto &units = s.documentUnits(d);
        for (size_t i = 0; i < units.size(); ++i)
            position[size_t(units[i])] = int(i);
    }
}

bool matchRound(AlignState &state, int pivotDocument, const std::vector<int> &pivotUnits, const std::vector<char> &targets,
                int round, const AlignerSettings &settings, const std::atomic_bool *cancel)
{
    const ParagraphSpace &space = state.space;
    for (int a : pivotUnits) {
        state.draftOf[size_t(a)] = int(state.drafts.size());
        state.drafts.push_back({{a}, pivotDocument, {}, round, false});
    }
    std::vector<Pair> pairs;
    std::vector<int> found;
    for (int a : pivotUnits) {
        if (cancelRaised(cancel))
            return false;
        space.candidates(a, targets, found);
        for (int b : found) {
            if (state.draftOf[size_t(b)] >= 0)
                continue;
            const double s = space.score(a, b);
            if (s >= thresholdFor(space, a, settings))
                pairs.push_back({s, a, b});
        }
    }
    std::sort(pairs.begin(), pairs.end(), [&space](const Pair &x, const Pair &y) {
        const int dx = space.unit(x.b).document;
        const int dy = space.unit(y.b).document;
        return std::tie(dx, y.score, x.a, x.b) < std::tie(dy, x.score, y.a, y.b);
    });
    RoundMatcher matcher(state, round, targets, settings);
    for (size_t i = 0; i < pairs.size();) {
        if (cancelRaised(cancel))
            return false;
        const int document = space.unit(pairs[i].b).document;
        size_t j = i;
        while (j < pairs.size() && space.unit(pairs[j].b).document == document)
            ++j;
        matcher.matchDocument(std::vector<Pair>(pairs.begin() + qsizetype(i), pairs.begin() + qsizetype(j)), document);
        i = j;
    }
    std::vector<Merge> &merges = matcher.merges();
    std::sort(merges.begin(), merges.end(), [](const Merge &x, const Merge &y) {
        return std::tie(x.first, x.second, x.document) < std::tie(y.first, y.second, y.document);
    });
    for (size_t i = 0; i < merges.size();) {
        size_t j = i;
        while (j < merges.size() && merges[j].first == merges[i].first && merges[j].second == merges[i].second)
            ++j;
        applyMerge(state, merges[i], int(j - i));
        i = j;
    }
    return true;
}

} // namespace parallax
