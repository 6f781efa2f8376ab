#include "groupspans.h"

#include "cancelflag.h"
#include "spans.h"
#include "worddiff.h"

#include <vector>

namespace parallax {

namespace {

// A member's word ids as one sequence: a split member is diffed as the one paragraph it stands for.
QList<int> memberIds(const GroupMember &member, const QList<TokenizedDocument> &tokens)
{
    if (member.paragraphs.size() == 1)
        return formIds(tokens[member.document].paragraphs[member.paragraphs.first()]);
    QList<int> all;
    for (int p : member.paragraphs)
        all.append(formIds(tokens[member.document].paragraphs[p]));
    return all;
}

void writeSpans(GroupMember &member, const QList<Document> &documents, const QList<TokenizedDocument> &tokens,
                const QList<WordStatus> &statuses)
{
    if (member.paragraphs.size() == 1) {
        const int p = member.paragraphs.first();
        member.spans = spansFromTokens(p, documents[member.document].paragraphs[p].text, tokens[member.document].paragraphs[p],
                                       std::span<const WordStatus>(statuses.constData(), size_t(statuses.size())));
        return;
    }
    member.spans.clear();
    qsizetype offset = 0;
    for (int p : member.paragraphs) {
        const QList<Token> &list = tokens[member.document].paragraphs[p];
        const std::span<const WordStatus> own(statuses.constData() + offset, size_t(list.size()));
        offset += list.size();
        member.spans.append(spansFromTokens(p, documents[member.document].paragraphs[p].text, list, own));
    }
}

} // namespace

bool fillGroupSpans(std::span<AlignmentGroup> groups, const QList<Document> &documents, const QList<TokenizedDocument> &tokens,
                    const std::atomic_bool *cancel)
{
    for (AlignmentGroup &g : groups) {
        qsizetype pivotIndex = -1;
        for (qsizetype i = 0; i < g.members.size(); ++i) {
            if (g.members[i].document == g.pivotDocument)
                pivotIndex = i;
        }
        if (pivotIndex < 0)
            continue;
        const QList<int> pivotIds = memberIds(g.members[pivotIndex], tokens);
        // How many other members lack each pivot word: the pivot is marked where most differ.
        std::vector<int> lacking(size_t(pivotIds.size()), 0);
        int others = 0;
        for (qsizetype i = 0; i < g.members.size(); ++i) {
            if (i == pivotIndex)
                continue;
            if (cancelRaised(cancel))
                return false;
            const WordDiff diff = diffWords(pivotIds, memberIds(g.members[i], tokens));
            for (qsizetype t = 0; t < diff.a.size(); ++t)
                lacking[size_t(t)] += diff.a[t] != WordStatus::Same;
            ++others;
            writeSpans(g.members[i], documents, tokens, diff.b);
        }
        QList<WordStatus> pivotStatuses(pivotIds.size(), WordStatus::Same);
        for (qsizetype t = 0; t < pivotIds.size(); ++t) {
            if (others > 0 && 2 * lacking[size_t(t)] > others)
                pivotStatuses[t] = WordStatus::Changed;
        }
        writeSpans(g.members[pivotIndex], documents, tokens, pivotStatuses);
    }
    return true;
}

} // namespace parallax
