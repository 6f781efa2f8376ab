#include "groupspans.h"

#include <algorithm>
#include <vector>

namespace parallax {

namespace {

struct Word
{
    int paragraph;
    int token;
    int stem;
};

std::vector<Word> memberWords(const GroupMember &member, const QList<TokenizedDocument> &tokens)
{
    std::vector<Word> words;
    if (member.document < 0 || member.document >= tokens.size())
        return words;
    const auto &paragraphs = tokens[member.document].paragraphs;
    for (int p : member.paragraphs) {
        if (p < 0 || p >= paragraphs.size())
            continue;
        for (int t = 0; t < int(paragraphs[p].size()); ++t)
            words.push_back({p, t, paragraphs[p][t].stem});
    }
    return words;
}

// Kind of each member word against the pivot words: longest common subsequence over stems
// (so inflection is not a difference); an unmatched word is Changed when the pivot lost words in
// the same gap, Added otherwise.
// TODO(align): switch to the shared dtl wrapper (worddiff.h) once the tokens branch lands.
std::vector<SpanKind> diffKinds(const std::vector<Word> &pivot, const std::vector<Word> &member)
{
    const size_t n = pivot.size();
    const size_t m = member.size();
    std::vector<SpanKind> kinds(m, SpanKind::Added);
    if (m == 0)
        return kinds;
    std::vector<int> table((n + 1) * (m + 1), 0);
    auto at = [&](size_t i, size_t j) -> int & { return table[i * (m + 1) + j]; };
    for (size_t i = n; i-- > 0;) {
        for (size_t j = m; j-- > 0;)
            at(i, j) = pivot[i].stem == member[j].stem ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    }
    size_t i = 0;
    size_t j = 0;
    bool pivotLost = false;
    std::vector<size_t> gap;
    auto closeGap = [&]() {
        for (size_t g : gap)
            kinds[g] = pivotLost ? SpanKind::Changed : SpanKind::Added;
        gap.clear();
        pivotLost = false;
    };
    while (i < n || j < m) {
        if (i < n && j < m && pivot[i].stem == member[j].stem) {
            closeGap();
            kinds[j] = SpanKind::Same;
            ++i;
            ++j;
        } else if (j < m && (i == n || at(i, j + 1) >= at(i + 1, j))) {
            gap.push_back(j++);
        } else {
            pivotLost = true;
            ++i;
        }
    }
    closeGap();
    return kinds;
}

QList<Span> paragraphSpans(int paragraph, int length, const QList<Token> &list, const std::vector<SpanKind> &kinds)
{
    QList<Span> spans;
    for (int t = 0; t < int(list.size()); ++t) {
        const int start = spans.isEmpty() ? 0 : std::clamp(list[t].start, 0, length);
        if (!spans.isEmpty() && spans.last().kind == kinds[size_t(t)])
            continue;
        if (!spans.isEmpty())
            spans.last().end = start;
        spans.append({paragraph, start, length, kinds[size_t(t)]});
    }
    if (spans.isEmpty() && length > 0)
        spans.append({paragraph, 0, length, SpanKind::Same});
    return spans;
}

} // namespace

bool fillGroupSpans(QList<AlignmentGroup> &groups, const QList<Document> &documents, const QList<TokenizedDocument> &tokens,
                    const std::atomic_bool *cancel)
{
    for (AlignmentGroup &g : groups) {
        const GroupMember *pivotMember = nullptr;
        for (const GroupMember &m : g.members) {
            if (m.document == g.pivotDocument)
                pivotMember = &m;
        }
        const std::vector<Word> pivotWords = pivotMember ? memberWords(*pivotMember, tokens) : std::vector<Word>();
        for (GroupMember &m : g.members) {
            if (cancel && cancel->load(std::memory_order_relaxed))
                return false;
            const std::vector<Word> words = memberWords(m, tokens);
            const bool isPivot = &m == pivotMember;
            const std::vector<SpanKind> kinds
                = isPivot ? std::vector<SpanKind>(words.size(), SpanKind::Same) : diffKinds(pivotWords, words);
            m.spans.clear();
            size_t offset = 0;
            for (int p : m.paragraphs) {
                const QString &text = documents[m.document].paragraphs[p].text;
                const QList<Token> &list = tokens[m.document].paragraphs[p];
                const std::vector<SpanKind> own(kinds.begin() + qsizetype(offset),
                                                kinds.begin() + qsizetype(offset + size_t(list.size())));
                offset += size_t(list.size());
                m.spans.append(paragraphSpans(p, int(text.size()), list, own));
            }
        }
    }
    return true;
}

} // namespace parallax
