#include "comparisonindex.h"

#include <algorithm>

namespace parallax {

namespace {

const QList<TextMark> noMarks;

} // namespace

ComparisonIndex::ComparisonIndex(Comparison comparison)
    : m_comparison(std::move(comparison))
{
    const QList<Document> &docs = m_comparison.documents;
    m_rowOf.resize(docs.size());
    m_marks.resize(docs.size());
    for (qsizetype d = 0; d < docs.size(); ++d) {
        m_rowOf[d].fill(-1, docs.at(d).paragraphs.size());
        m_marks[d].resize(docs.at(d).paragraphs.size());
    }
    // Everything below ignores out-of-range indices: a malformed result must not crash the view.
    auto valid = [&](int d, int p) { return d >= 0 && d < docs.size() && p >= 0 && p < docs.at(d).paragraphs.size(); };
    auto addMark = [&](int d, int p, TextMark mark) {
        if (!valid(d, p))
            return;
        const int length = int(docs.at(d).paragraphs.at(p).text.size());
        mark.start = std::clamp(mark.start, 0, length);
        mark.end = std::clamp(mark.end, mark.start, length);
        if (mark.end > mark.start)
            m_marks[d][p].append(mark);
    };

    m_differs.fill(false, m_comparison.groups.size());
    for (qsizetype g = 0; g < m_comparison.groups.size(); ++g) {
        const AlignmentGroup &group = m_comparison.groups.at(g);
        bool differs = group.members.size() < docs.size();
        for (const GroupMember &member : group.members) {
            for (int p : member.paragraphs) {
                if (valid(member.document, p) && m_rowOf[member.document][p] < 0)
                    m_rowOf[member.document][p] = int(g);
            }
            for (const Span &span : member.spans) {
                if (span.kind == SpanKind::Same)
                    continue;
                differs = true;
                addMark(member.document, span.paragraph,
                        {span.kind == SpanKind::Added ? TextMark::Kind::Added : TextMark::Kind::Changed, span.start, span.end, -1,
                         false});
            }
        }
        m_differs[g] = differs;
    }
    // Order matters: later marks are drawn over earlier ones (a conflict inside a quote stays visible).
    for (qsizetype i = 0; i < m_comparison.passages.size(); ++i) {
        for (const TextOccurrence &o : m_comparison.passages.at(i).occurrences)
            addMark(o.document, o.paragraph, {TextMark::Kind::Passage, o.start, o.end, int(i), false});
    }
    for (qsizetype i = 0; i < m_comparison.quotes.size(); ++i) {
        const QuoteCluster &quote = m_comparison.quotes.at(i);
        for (const TextOccurrence &o : quote.occurrences)
            addMark(o.document, o.paragraph, {TextMark::Kind::Quote, o.start, o.end, int(i), !quote.verbatim});
    }
    for (qsizetype i = 0; i < m_comparison.conflicts.size(); ++i) {
        for (const Claim &c : m_comparison.conflicts.at(i).claims)
            addMark(c.document, c.paragraph, {TextMark::Kind::Conflict, c.start, c.end, int(i), false});
    }
    for (auto &doc : m_marks) {
        for (auto &list : doc)
            std::stable_sort(list.begin(), list.end(),
                             [](const TextMark &a, const TextMark &b) { return int(a.kind) < int(b.kind); });
    }
}

int ComparisonIndex::rowOf(int document, int paragraph) const
{
    if (document < 0 || document >= m_rowOf.size() || paragraph < 0 || paragraph >= m_rowOf.at(document).size())
        return -1;
    return m_rowOf.at(document).at(paragraph);
}

const GroupMember *ComparisonIndex::member(int row, int document) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    for (const GroupMember &m : m_comparison.groups.at(row).members) {
        if (m.document == document)
            return &m;
    }
    return nullptr;
}

bool ComparisonIndex::isUnique(int row) const
{
    return row >= 0 && row < rowCount() && m_comparison.groups.at(row).members.size() == 1 && documentCount() > 1;
}

bool ComparisonIndex::rowDiffers(int row) const
{
    return row >= 0 && row < m_differs.size() && m_differs.at(row);
}

const QList<TextMark> &ComparisonIndex::marks(int document, int paragraph) const
{
    if (document < 0 || document >= m_marks.size() || paragraph < 0 || paragraph >= m_marks.at(document).size())
        return noMarks;
    return m_marks.at(document).at(paragraph);
}

int ComparisonIndex::conflictRow(int conflict) const
{
    if (conflict < 0 || conflict >= m_comparison.conflicts.size())
        return -1;
    int best = -1;
    for (const Claim &c : m_comparison.conflicts.at(conflict).claims) {
        const int row = rowOf(c.document, c.paragraph);
        if (row >= 0 && (best < 0 || row < best))
            best = row;
    }
    return best;
}

int ComparisonIndex::quoteRow(int quote) const
{
    if (quote < 0 || quote >= m_comparison.quotes.size())
        return -1;
    int best = -1;
    for (const TextOccurrence &o : m_comparison.quotes.at(quote).occurrences) {
        const int row = rowOf(o.document, o.paragraph);
        if (row >= 0 && (best < 0 || row < best))
            best = row;
    }
    return best;
}

} // namespace parallax
