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

} // namespace parallax
