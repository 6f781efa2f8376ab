#pragma once

#include "comparison.h"

#include <QList>

#include <memory>

namespace parallax {

/// \brief One highlight on a paragraph: [start, end) in UTF-16 units of the paragraph text.
struct TextMark
{
    enum class Kind { Passage, Quote, Changed, Added, Conflict };
    Kind kind = Kind::Changed;
    int start = 0;
    int end = 0;
    int item = -1; ///< quote cluster, passage or conflict index; -1 for word diffs
    bool variant = false; ///< quotes: the cluster is not verbatim
};

/// \brief Read-only lookups over a Comparison: which row (alignment group) holds a paragraph, and
/// which highlights (changed and added words, shared passages, quotes, conflict claims) fall on
/// it. Built once per comparison, linear in its size; the window's panes and the PDF, HTML and
/// print reports all ask it, so "what is highlighted where" is decided in one place. The
/// analyst's notes are laid over by the session layer (session/noteindex.h).
class ComparisonIndex final
{
public:
    explicit ComparisonIndex(Comparison comparison);

    const Comparison &comparison() const { return m_comparison; }
    int documentCount() const { return int(m_comparison.documents.size()); }
    int rowCount() const { return int(m_comparison.groups.size()); }

    /// The row (group index) holding the paragraph, or -1.
    int rowOf(int document, int paragraph) const;
    /// The member of `document` in row `row`, or nullptr when the document has a gap there.
    const GroupMember *member(int row, int document) const;
    /// A row is "unique" when exactly one document has a paragraph in it.
    bool isUnique(int row) const;
    /// A row differs when some document lacks it or one of its members has changed/added words.
    bool rowDiffers(int row) const;
    const QList<TextMark> &marks(int document, int paragraph) const;

    /// The row of a conflict/quote: the first row any of its occurrences stands in (-1 if none).
    int conflictRow(int conflict) const;
    int quoteRow(int quote) const;

private:
    Comparison m_comparison;
    QList<QList<int>> m_rowOf; // [document][paragraph]
    QList<QList<QList<TextMark>>> m_marks; // [document][paragraph]
    QList<bool> m_differs; // [row]
};

using ComparisonIndexPtr = std::shared_ptr<const ComparisonIndex>;

} // namespace parallax
