#include "regroup.h"

#include <algorithm>
#include <array>

namespace parallax {

namespace {

DraftMember *memberOf(Draft &draft, int document)
{
    for (DraftMember &m : draft.members) {
        if (m.document == document)
            return &m;
    }
    return nullptr;
}

// How much the member `u` resembles its own draft: its best score against the draft's pivot
// paragraph(s) and the other documents' members. Stops early once the link is strong: such a
// paragraph stays anyway.
double ownLink(const AlignState &state, int u, double strong)
{
    const Draft &draft = state.drafts[size_t(state.draftOf[size_t(u)])];
    const std::array<int, 1> single {u};
    double link = state.space.score(draft.pivotUnits, single);
    const int document = state.space.unit(u).document;
    for (const DraftMember &m : draft.members) {
        if (link >= strong)
            break;
        if (m.document != document)
            link = std::max(link, state.space.score(m.units, single));
    }
    return link;
}

// Takes `u`, one half of a split member, out of its draft: the other half stays.
void detach(AlignState &state, int u)
{
    Draft &draft = state.drafts[size_t(state.draftOf[size_t(u)])];
    const int document = state.space.unit(u).document;
    DraftMember *member = memberOf(draft, document);
    member->units.erase(std::remove(member->units.begin(), member->units.end(), u), member->units.end());
    member->score = state.space.score(draft.pivotUnits, member->units);
}

// The paragraph of the pivot's document (other than the draft's pivot) whose group member `m` of
// draft `k` should join because its first sentence says what that paragraph says, or -1
// (moveToLeadPartners()).
int leadPartner(const AlignState &state, const AlignerSettings &settings, size_t k, const DraftMember &m)
{
    const ParagraphSpace &space = state.space;
    const int a = state.drafts[k].pivotUnits.front();
    const int b = m.units.front();
    if (space.unit(a).roleClass != RoleClass::Text || !space.hasSentences(b) || m.score >= settings.strongLink)
        return -1;
    const double lead = space.leadScore(b, a);
    if (lead >= settings.leadShare * m.score)
        return -1;
    // Every paragraph of one document, the cheap tests first: most groups hold a paragraph of the
    // member's document already.
    int partner = -1;
    double best = settings.weakThreshold;
    for (int z : space.documentUnits(space.unit(a).document)) {
        const int kz = state.draftOf[size_t(z)];
        if (z == a || kz < 0 || size_t(kz) == k || space.unit(z).roleClass != RoleClass::Text)
            continue;
        const Draft &group = state.drafts[size_t(kz)];
        if (group.dead || group.pivotDocument == m.document
            || std::any_of(group.members.begin(), group.members.end(),
                           [&m](const DraftMember &x) { return x.document == m.document; }))
            continue;
        const double zLead = space.leadScore(b, z);
        if (zLead < settings.weakThreshold || zLead < settings.leadGain * lead)
            continue;
        const double s = space.score(b, z);
        if (s > best) {
            best = s;
            partner = z;
        }
    }
    return partner;
}

} // namespace

void joinMutualPartners(AlignState &state, const AlignerSettings &settings)
{
    const ParagraphSpace &space = state.space;
    std::vector<char> targets(size_t(space.unitCount()), 0);
    for (int u = 0; u < space.unitCount(); ++u)
        targets[size_t(u)] = !space.isEmpty(u) && space.unit(u).roleClass == RoleClass::Text && !state.aside[size_t(u)];
    std::vector<int> found;
    std::vector<char> sameDocument(size_t(space.unitCount()), 0);
    for (int u = 0; u < space.unitCount(); ++u) {
        if (!targets[size_t(u)])
            continue;
        const int k = state.draftOf[size_t(u)];
        const Draft &own = state.drafts[size_t(k)];
        // Only the half of a split made in a later round moves: a paragraph matched on its own is
        // the round's considered choice (a weak match to many members is evidence too), one left
        // alone is for attachWeakSingletons(), and round 0 saw every paragraph still free.
        const int document = space.unit(u).document;
        const auto member = std::find_if(own.members.begin(), own.members.end(),
                                         [document](const DraftMember &m) { return m.document == document; });
        if (own.round <= 0 || member == own.members.end() || member->units.size() < 2)
            continue;
        const double link = ownLink(state, u, settings.strongLink);
        if (link >= settings.strongLink)
            continue;
        space.candidates(u, targets, found);
        double best = std::max(settings.textThreshold, link + settings.moveMargin);
        int partner = -1;
        for (int v : found) {
            if (state.draftOf[size_t(v)] == k)
                continue;
            const double s = space.score(u, v);
            if (s >= best) {
                best = s;
                partner = v;
            }
        }
        if (partner < 0)
            continue;
        Draft &group = state.drafts[size_t(state.draftOf[size_t(partner)])];
        if (group.dead || group.pivotDocument == document || memberOf(group, document))
            continue;
        // The partner must prefer this paragraph to every other of its document.
        for (int w : space.documentUnits(document))
            sameDocument[size_t(w)] = 1;
        space.candidates(partner, sameDocument, found);
        for (int w : space.documentUnits(document))
            sameDocument[size_t(w)] = 0;
        const bool mutual
            = std::all_of(found.begin(), found.end(), [&](int w) { return w == u || space.score(partner, w) < best; });
        if (!mutual)
            continue;
        detach(state, u);
        const std::array<int, 1> single {u};
        group.members.push_back({document, {u}, space.score(group.pivotUnits, single)});
        state.draftOf[size_t(u)] = state.draftOf[size_t(partner)];
    }
}

void moveToLeadPartners(AlignState &state, const AlignerSettings &settings)
{
    const ParagraphSpace &space = state.space;
    for (size_t k = 0; k < state.drafts.size(); ++k) {
        if (state.drafts[k].dead || state.drafts[k].pivotUnits.size() != 1)
            continue;
        for (size_t i = 0; i < state.drafts[k].members.size();) {
            const DraftMember &m = state.drafts[k].members[i];
            const int b = m.units.front();
            const int target = m.units.size() == 1 ? leadPartner(state, settings, k, m) : -1;
            if (target < 0) {
                ++i;
                continue;
            }
            Draft &group = state.drafts[size_t(state.draftOf[size_t(target)])];
            const std::array<int, 1> single {b};
            group.members.push_back({m.document, {b}, space.score(group.pivotUnits, single)});
            state.draftOf[size_t(b)] = state.draftOf[size_t(target)];
            auto &own = state.drafts[k].members;
            own.erase(own.begin() + qsizetype(i));
        }
    }
}

} // namespace parallax
