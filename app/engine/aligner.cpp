#include "aligner.h"

#include <algorithm>
#include <array>
#include <tuple>

namespace parallax {

namespace {

struct Member
{
    int document = 0;
    std::vector<int> units; ///< one unit, or two consecutive ones
    double score = 0.0; ///< against the group's pivot member
};

struct Draft
{
    std::vector<int> pivotUnits; ///< empty for groups without a pivot member
    int pivotDocument = 0;
    std::vector<Member> members; ///< everyone but the pivot member
    bool dead = false;
};

struct Pair
{
    double score;
    int a;
    int b;
};

bool cancelRequested(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

double thresholdFor(const ParagraphSpace &space, int u, const AlignerSettings &settings)
{
    return space.unit(u).roleClass == RoleClass::Text ? settings.textThreshold : settings.shortThreshold;
}

// Position of each unit within its document's unit list, to find neighbours.
std::vector<int> unitPositions(const ParagraphSpace &space)
{
    std::vector<int> position(size_t(space.unitCount()), -1);
    for (int d = 0; d < space.documentCount(); ++d) {
        const auto &units = space.documentUnits(d);
        for (size_t i = 0; i < units.size(); ++i)
            position[size_t(units[i])] = int(i);
    }
    return position;
}

int neighbour(const ParagraphSpace &space, const std::vector<int> &position, int u, int step)
{
    const auto &units = space.documentUnits(space.unit(u).document);
    const int i = position[size_t(u)] + step;
    if (i < 0 || i >= int(units.size()))
        return -1;
    const int v = units[size_t(i)];
    return space.unit(v).roleClass == space.unit(u).roleClass && !space.isEmpty(v) ? v : -1;
}

struct Merge
{
    int first; ///< draft index of the earlier pivot unit
    int second; ///< draft index of the later one
    int document;
};

// Matches one non-pivot document against the pivot. `pairs` are this document's candidate pairs,
// best first. Fills the drafts (indexed by pivot unit position) and records merge proposals.
void matchDocument(const ParagraphSpace &space, const std::vector<int> &position, const std::vector<Pair> &pairs, int document,
                   const AlignerSettings &settings, std::vector<int> &assigned, std::vector<Draft> &drafts,
                   std::vector<Merge> &merges)
{
    std::vector<std::pair<int, int>> matched; // (draft index, member index)
    std::vector<int> pivotTaken(drafts.size(), -1);
    for (const Pair &p : pairs) {
        const int k = position[size_t(p.a)];
        if (pivotTaken[size_t(k)] >= 0 || assigned[size_t(p.b)] >= 0)
            continue;
        pivotTaken[size_t(k)] = p.b;
        assigned[size_t(p.b)] = k;
        drafts[size_t(k)].members.push_back({document, {p.b}, p.score});
        matched.emplace_back(k, int(drafts[size_t(k)].members.size()) - 1);
    }
    // Splits: this document wrote the pivot paragraph as two consecutive ones.
    for (const auto &[k, m] : matched) {
        Member &member = drafts[size_t(k)].members[size_t(m)];
        const int a = drafts[size_t(k)].pivotUnits.front();
        const int b = member.units.front();
        double best = member.score + settings.joinMargin;
        std::vector<int> bestUnits;
        for (int step : {-1, 1}) {
            const int c = neighbour(space, position, b, step);
            if (c < 0 || assigned[size_t(c)] >= 0 || space.score(a, c) < settings.joinPartMinimum)
                continue;
            const std::array<int, 2> joined = step < 0 ? std::array<int, 2> {c, b} : std::array<int, 2> {b, c};
            const std::array<int, 1> single {a};
            const double s = space.score(single, joined);
            if (s > best) {
                best = s;
                bestUnits.assign(joined.begin(), joined.end());
            }
        }
        if (!bestUnits.empty()) {
            for (int u : bestUnits)
                assigned[size_t(u)] = k;
            member.units = bestUnits;
            member.score = best;
        }
    }
    // Merges: one paragraph of this document stands for two consecutive pivot paragraphs.
    for (const auto &[k, m] : matched) {
        const Member &member = drafts[size_t(k)].members[size_t(m)];
        if (member.units.size() != 1)
            continue;
        const int a = drafts[size_t(k)].pivotUnits.front();
        const int b = member.units.front();
        double best = member.score + settings.joinMargin;
        int bestStep = 0;
        for (int step : {-1, 1}) {
            const int c = neighbour(space, position, a, step);
            if (c < 0 || pivotTaken[size_t(position[size_t(c)])] >= 0 || space.score(c, b) < settings.joinPartMinimum)
                continue;
            const std::array<int, 2> joined = step < 0 ? std::array<int, 2> {c, a} : std::array<int, 2> {a, c};
            const std::array<int, 1> single {b};
            const double s = space.score(joined, single);
            if (s > best) {
                best = s;
                bestStep = step;
            }
        }
        if (bestStep != 0) {
            const int c = position[size_t(neighbour(space, position, a, bestStep))];
            merges.push_back({std::min(k, c), std::max(k, c), document});
        }
    }
}

// Folds the draft `second` into `first` when every document keeps both parts as consecutive single
// paragraphs (or has at most one of them), so the merged group still holds one member per document.
void applyMerge(const ParagraphSpace &space, const std::vector<int> &position, std::vector<Draft> &drafts, const Merge &merge)
{
    Draft &first = drafts[size_t(merge.first)];
    Draft &second = drafts[size_t(merge.second)];
    if (first.dead || second.dead || first.pivotUnits.size() != 1 || second.pivotUnits.size() != 1)
        return;
    std::vector<Member> combined;
    size_t i = 0;
    size_t j = 0;
    auto sorted = [](std::vector<Member> v) {
        std::sort(v.begin(), v.end(), [](const Member &x, const Member &y) { return x.document < y.document; });
        return v;
    };
    const std::vector<Member> left = sorted(first.members);
    const std::vector<Member> right = sorted(second.members);
    while (i < left.size() || j < right.size()) {
        if (j == right.size() || (i < left.size() && left[i].document < right[j].document)) {
            combined.push_back(left[i++]);
        } else if (i == left.size() || right[j].document < left[i].document) {
            combined.push_back(right[j++]);
        } else {
            const Member &x = left[i++];
            const Member &y = right[j++];
            if (x.units.size() != 1 || y.units.size() != 1 || position[size_t(y.units[0])] != position[size_t(x.units[0])] + 1)
                return;
            combined.push_back({x.document, {x.units[0], y.units[0]}, 0.0});
        }
    }
    first.pivotUnits.push_back(second.pivotUnits.front());
    for (Member &m : combined)
        m.score = space.score(first.pivotUnits, m.units);
    first.members = std::move(combined);
    second.dead = true;
    second.members.clear();
}

// Clusters the leftover units of non-pivot documents: best pairs first, two clusters join only when
// they share no document.
void clusterLeftovers(const ParagraphSpace &space, const std::vector<char> &leftover, const AlignerSettings &settings,
                      const std::atomic_bool *cancel, bool *cancelled, std::vector<Draft> &drafts)
{
    const int units = space.unitCount();
    std::vector<Pair> pairs;
    std::vector<int> found;
    for (int u = 0; u < units; ++u) {
        if (!leftover[size_t(u)])
            continue;
        if (cancelRequested(cancel)) {
            *cancelled = true;
            return;
        }
        space.candidates(u, leftover, found);
        for (int v : found) {
            if (v <= u)
                continue;
            const double s = space.score(u, v);
            if (s >= thresholdFor(space, u, settings))
                pairs.push_back({s, u, v});
        }
    }
    std::sort(pairs.begin(), pairs.end(),
              [](const Pair &x, const Pair &y) { return std::tie(y.score, x.a, x.b) < std::tie(x.score, y.a, y.b); });
    std::vector<int> cluster(size_t(units), -1);
    std::vector<std::vector<int>> members; // units of each cluster
    for (int u = 0; u < units; ++u) {
        if (leftover[size_t(u)]) {
            cluster[size_t(u)] = int(members.size());
            members.push_back({u});
        }
    }
    std::vector<char> seen(size_t(space.documentCount()), 0);
    for (const Pair &p : pairs) {
        const int x = cluster[size_t(p.a)];
        const int y = cluster[size_t(p.b)];
        if (x == y)
            continue;
        bool disjoint = true;
        for (int u : members[size_t(x)])
            seen[size_t(space.unit(u).document)] = 1;
        for (int u : members[size_t(y)])
            disjoint = disjoint && !seen[size_t(space.unit(u).document)];
        for (int u : members[size_t(x)])
            seen[size_t(space.unit(u).document)] = 0;
        if (!disjoint)
            continue;
        const int keep = std::min(x, y);
        const int drop = std::max(x, y);
        for (int u : members[size_t(drop)]) {
            cluster[size_t(u)] = keep;
            members[size_t(keep)].push_back(u);
        }
        members[size_t(drop)].clear();
    }
    for (auto &m : members) {
        if (m.empty())
            continue;
        std::sort(m.begin(), m.end()); // unit ids ascend with (document, paragraph)
        Draft draft;
        draft.pivotDocument = space.unit(m.front()).document;
        const int lead = m.front();
        for (size_t i = 1; i < m.size(); ++i)
            draft.members.push_back({space.unit(m[i]).document, {m[i]}, space.score(lead, m[i])});
        draft.members.insert(draft.members.begin(), Member {draft.pivotDocument, {lead}, 1.0});
        drafts.push_back(std::move(draft));
    }
}

} // namespace

QList<AlignmentGroup> alignParagraphs(const ParagraphSpace &space, int pivotDocument, const AlignerSettings &settings,
                                      const std::atomic_bool *cancel, bool *cancelled)
{
    *cancelled = false;
    const int units = space.unitCount();
    if (pivotDocument < 0 || pivotDocument >= space.documentCount())
        return {};
    const std::vector<int> position = unitPositions(space);
    const std::vector<int> &pivotUnits = space.documentUnits(pivotDocument);

    // Phase 1: every other document against the pivot.
    std::vector<char> targets(size_t(units), 0);
    for (int u = 0; u < units; ++u)
        targets[size_t(u)] = space.unit(u).document != pivotDocument && !space.isEmpty(u);
    std::vector<Pair> pairs;
    std::vector<int> found;
    for (int a : pivotUnits) {
        if (cancelRequested(cancel)) {
            *cancelled = true;
            return {};
        }
        space.candidates(a, targets, found);
        for (int b : found) {
            const double s = space.score(a, b);
            if (qEnvironmentVariableIsSet("PARALLAX_DEBUG_ALIGN"))
                qDebug("pair %d %d %f", a, b, s);
            if (s >= thresholdFor(space, a, settings))
                pairs.push_back({s, a, b});
        }
    }
    std::sort(pairs.begin(), pairs.end(), [&space](const Pair &x, const Pair &y) {
        const int dx = space.unit(x.b).document;
        const int dy = space.unit(y.b).document;
        return std::tie(dx, y.score, x.a, x.b) < std::tie(dy, x.score, y.a, y.b);
    });

    std::vector<Draft> drafts(pivotUnits.size());
    for (size_t k = 0; k < pivotUnits.size(); ++k) {
        drafts[k].pivotUnits = {pivotUnits[k]};
        drafts[k].pivotDocument = pivotDocument;
    }
    std::vector<int> assigned(size_t(units), -1);
    std::vector<Merge> merges;
    for (size_t i = 0; i < pairs.size();) {
        if (cancelRequested(cancel)) {
            *cancelled = true;
            return {};
        }
        const int document = space.unit(pairs[i].b).document;
        size_t j = i;
        while (j < pairs.size() && space.unit(pairs[j].b).document == document)
            ++j;
        const std::vector<Pair> slice(pairs.begin() + qsizetype(i), pairs.begin() + qsizetype(j));
        matchDocument(space, position, slice, document, settings, assigned, drafts, merges);
        i = j;
    }
    std::sort(merges.begin(), merges.end(), [](const Merge &x, const Merge &y) {
        return std::tie(x.first, x.second, x.document) < std::tie(y.first, y.second, y.document);
    });
    for (const Merge &m : merges)
        applyMerge(space, position, drafts, m);

    // Phase 2: what the pivot does not have.
    std::vector<char> leftover(size_t(units), 0);
    for (int u = 0; u < units; ++u)
        leftover[size_t(u)] = space.unit(u).document != pivotDocument && assigned[size_t(u)] < 0;
    const size_t pivotDrafts = drafts.size();
    clusterLeftovers(space, leftover, settings, cancel, cancelled, drafts);
    if (*cancelled)
        return {};

    // Reading order: which draft holds each unit, then one sort key per draft.
    std::vector<int> draftOf(size_t(units), -1);
    for (size_t k = 0; k < drafts.size(); ++k) {
        if (drafts[k].dead)
            continue;
        for (int u : drafts[k].pivotUnits)
            draftOf[size_t(u)] = int(k);
        for (const Member &m : drafts[k].members)
            for (int u : m.units)
                draftOf[size_t(u)] = int(k);
    }
    struct Key
    {
        int anchor;
        int tier;
        int document;
        int paragraph;
        int draft;
    };
    std::vector<Key> keys;
    for (size_t k = 0; k < drafts.size(); ++k) {
        const Draft &draft = drafts[k];
        if (draft.dead)
            continue;
        if (k < pivotDrafts) {
            keys.push_back({space.unit(draft.pivotUnits.front()).paragraph, 0, 0, 0, int(k)});
            continue;
        }
        const int lead = draft.members.front().units.front();
        int anchor = -1;
        const auto &own = space.documentUnits(space.unit(lead).document);
        for (int i = position[size_t(lead)] - 1; i >= 0; --i) {
            const int owner = draftOf[size_t(own[size_t(i)])];
            if (owner >= 0 && size_t(owner) < pivotDrafts) {
                anchor = space.unit(drafts[size_t(owner)].pivotUnits.front()).paragraph;
                break;
            }
        }
        keys.push_back({anchor, 1, space.unit(lead).document, space.unit(lead).paragraph, int(k)});
    }
    std::sort(keys.begin(), keys.end(), [](const Key &x, const Key &y) {
        return std::tie(x.anchor, x.tier, x.document, x.paragraph, x.draft)
            < std::tie(y.anchor, y.tier, y.document, y.paragraph, y.draft);
    });

    QList<AlignmentGroup> groups;
    groups.reserve(qsizetype(keys.size()));
    for (const Key &key : keys) {
        Draft &draft = drafts[size_t(key.draft)];
        AlignmentGroup g;
        g.id = QStringLiteral("g%1").arg(groups.size() + 1);
        std::vector<Member> members = draft.members;
        double total = 0.0;
        int counted = 0;
        if (!draft.pivotUnits.empty()) {
            for (const Member &m : members) {
                total += m.score;
                ++counted;
            }
            members.push_back({draft.pivotDocument, draft.pivotUnits, 1.0});
        } else {
            for (size_t i = 1; i < members.size(); ++i) {
                total += members[i].score;
                ++counted;
            }
        }
        std::sort(members.begin(), members.end(), [](const Member &x, const Member &y) { return x.document < y.document; });
        for (const Member &m : members) {
            GroupMember gm;
            gm.document = m.document;
            for (int u : m.units)
                gm.paragraphs.append(space.unit(u).paragraph);
            g.members.append(gm);
        }
        g.score = counted > 0 ? std::clamp(total / counted, 0.0, 1.0) : 0.0;
        g.pivotDocument = draft.pivotUnits.empty() ? members.front().document : draft.pivotDocument;
        g.pivotParagraph = draft.pivotUnits.empty() ? space.unit(members.front().units.front()).paragraph
                                                    : space.unit(draft.pivotUnits.front()).paragraph;
        groups.append(g);
    }
    return groups;
}

} // namespace parallax
