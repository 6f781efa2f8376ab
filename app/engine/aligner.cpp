#include "aligner.h"

#include "pivotmatch.h"
#include "regroup.h"

#include <algorithm>
#include <limits>
#include <tuple>

namespace parallax {

namespace {

// A standfirst or summary line near the top that a later paragraph of the same article repeats
// almost word for word is an echo: the later paragraph is the article's own statement and the
// one that should meet the other outlets' (a group holds one paragraph per article).
constexpr int echoHead = 4;
constexpr double echoScore = 0.6;

// Units that take no partner: the isolated documents' and the echoes.
std::vector<char> asideUnits(const ParagraphSpace &space, const std::vector<char> &isolated)
{
    std::vector<char> aside(size_t(space.unitCount()), 0);
    for (int d = 0; d < space.documentCount(); ++d) {
        const std::vector<int> &units = space.documentUnits(d);
        if (size_t(d) < isolated.size() && isolated[size_t(d)]) {
            for (int u : units)
                aside[size_t(u)] = 1;
            continue;
        }
        int head = 0;
        for (size_t i = 0; i < units.size() && head < echoHead; ++i) {
            const int u = units[i];
            if (space.unit(u).roleClass != RoleClass::Text || space.isEmpty(u))
                continue;
            ++head;
            // A repeat holds the paragraph's two weightiest terms: only then is it worth scoring.
            const std::pair<int, int> key = space.heaviestTerms(u);
            for (size_t j = i + 1; j < units.size() && !aside[size_t(u)]; ++j) {
                const int v = units[j];
                aside[size_t(u)] = space.unit(v).roleClass == RoleClass::Text && space.hasTerm(v, key.first)
                    && space.hasTerm(v, key.second) && space.score(u, v) >= echoScore;
            }
        }
    }
    return aside;
}

// Units that still need a group and can have a partner.
std::vector<char> freeUnits(const AlignState &state, int excludedDocument)
{
    std::vector<char> free(size_t(state.space.unitCount()), 0);
    for (int u = 0; u < state.space.unitCount(); ++u) {
        free[size_t(u)] = state.draftOf[size_t(u)] < 0 && !state.space.isEmpty(u) && !state.aside[size_t(u)]
            && state.space.unit(u).document != excludedDocument;
    }
    return free;
}

struct OrderKey
{
    int anchor; ///< pivot paragraph this group follows (-1: before all)
    int tier; ///< 0: the pivot's own group, 1: a group placed after it
    int document;
    int paragraph;
    int draft;
};

// Everything a draft holds, pivot units included, ordered by document.
std::vector<DraftMember> allMembers(const Draft &draft)
{
    std::vector<DraftMember> members = draft.members;
    members.push_back({draft.pivotDocument, draft.pivotUnits, 1.0});
    std::sort(members.begin(), members.end(), [](const DraftMember &x, const DraftMember &y) { return x.document < y.document; });
    return members;
}

OrderKey orderKey(const AlignState &state, int k)
{
    const Draft &draft = state.drafts[size_t(k)];
    const ParagraphSpace &space = state.space;
    if (draft.round == 0)
        return {space.unit(draft.pivotUnits.front()).paragraph, 0, 0, 0, k};
    const int lead = allMembers(draft).front().units.front();
    const auto &own = space.documentUnits(space.unit(lead).document);
    int anchor = -1;
    for (int i = state.position[size_t(lead)] - 1; i >= 0 && anchor < 0; --i) {
        const int owner = state.draftOf[size_t(own[size_t(i)])];
        if (owner >= 0 && state.drafts[size_t(owner)].round == 0)
            anchor = space.unit(state.drafts[size_t(owner)].pivotUnits.front()).paragraph;
    }
    if (anchor < 0) {
        // Nothing before it shares a group with the pivot: lead-in text goes first, but a document
        // that shares nothing with the pivot at all (another language, another event) goes last.
        const bool sharesAny = std::any_of(own.begin(), own.end(), [&state](int u) {
            const int owner = state.draftOf[size_t(u)];
            return owner >= 0 && state.drafts[size_t(owner)].round == 0;
        });
        anchor = sharesAny ? -1 : std::numeric_limits<int>::max();
    }
    return {anchor, 1, space.unit(lead).document, space.unit(lead).paragraph, k};
}

AlignmentGroup toGroup(const AlignState &state, const Draft &draft, int number)
{
    AlignmentGroup g;
    g.id = QStringLiteral("g%1").arg(number);
    double total = 0.0;
    for (const DraftMember &m : draft.members)
        total += m.score;
    g.score = draft.members.empty() ? 0.0 : std::clamp(total / double(draft.members.size()), 0.0, 1.0);
    const std::vector<DraftMember> members = allMembers(draft);
    for (const DraftMember &m : members) {
        GroupMember gm;
        gm.document = m.document;
        for (int u : m.units)
            gm.paragraphs.append(state.space.unit(u).paragraph);
        g.members.append(gm);
    }
    // Round 0 groups keep the comparison's pivot; the others take their lowest-index document.
    const DraftMember &pivot = draft.round == 0 ? DraftMember {draft.pivotDocument, draft.pivotUnits, 1.0} : members.front();
    g.pivotDocument = pivot.document;
    g.pivotParagraph = state.space.unit(pivot.units.front()).paragraph;
    return g;
}

} // namespace

QList<AlignmentGroup> alignParagraphs(const ParagraphSpace &space, int pivotDocument, const AlignerSettings &settings,
                                      const std::atomic_bool *cancel, bool *cancelled)
{
    *cancelled = false;
    if (pivotDocument < 0 || pivotDocument >= space.documentCount())
        return {};
    AlignState state(space);
    state.aside = asideUnits(space, settings.isolatedDocuments);

    // Round 0 around the pivot; then, while paragraphs are left, around the document with the most
    // of them, so content the pivot lacks still groups (with the same split/merge handling).
    int round = 0;
    int roundPivot = pivotDocument;
    std::vector<int> pivotUnits;
    for (int u : space.documentUnits(pivotDocument)) {
        if (!state.aside[size_t(u)])
            pivotUnits.push_back(u);
    }
    while (true) {
        const std::vector<char> targets = freeUnits(state, roundPivot);
        if (!matchRound(state, roundPivot, pivotUnits, targets, round, settings, cancel)) {
            *cancelled = true;
            return {};
        }
        if (round == 0)
            separateMergedPivotParagraphs(state);
        const std::vector<char> left = freeUnits(state, -1);
        std::vector<int> count(size_t(space.documentCount()), 0);
        for (int u = 0; u < space.unitCount(); ++u)
            count[size_t(space.unit(u).document)] += left[size_t(u)];
        roundPivot = int(std::max_element(count.begin(), count.end()) - count.begin());
        if (count[size_t(roundPivot)] == 0)
            break;
        pivotUnits.clear();
        for (int u : space.documentUnits(roundPivot)) {
            if (left[size_t(u)])
                pivotUnits.push_back(u);
        }
        ++round;
    }
    // Units without words never had a round: groups of one.
    for (int u = 0; u < space.unitCount(); ++u) {
        if (state.draftOf[size_t(u)] < 0) {
            state.draftOf[size_t(u)] = int(state.drafts.size());
            state.drafts.push_back({{u}, space.unit(u).document, {}, round + 1, false});
        }
    }

    joinMutualPartners(state, settings);
    moveToLeadPartners(state, settings);
    attachWeakSingletons(state, settings);

    std::vector<OrderKey> keys;
    for (size_t k = 0; k < state.drafts.size(); ++k) {
        if (!state.drafts[k].dead)
            keys.push_back(orderKey(state, int(k)));
    }
    std::sort(keys.begin(), keys.end(), [](const OrderKey &x, const OrderKey &y) {
        return std::tie(x.anchor, x.tier, x.document, x.paragraph, x.draft)
            < std::tie(y.anchor, y.tier, y.document, y.paragraph, y.draft);
    });
    QList<AlignmentGroup> groups;
    groups.reserve(qsizetype(keys.size()));
    for (const OrderKey &key : keys)
        groups.append(toGroup(state, state.drafts[size_t(key.draft)], int(groups.size()) + 1));
    return groups;
}

} // namespace parallax
