#pragma once

#include "engine/comparisonindex.h"
#include "highlightcolors.h"
#include "paragraphtext.h"

class QTextDocument;

namespace parallax {

/// \brief How the panes arrange the text.
enum class ViewLayout {
    AlignedRows, ///< one row per alignment group, gaps where an article lacks the group
    OriginalOrder, ///< each article as written; ribbons join corresponding paragraphs
};

/// Block properties on top of paragraphtext.h's: the row (alignment group) of a block, -1 when
/// none, and whether the block is a gap placeholder (aligned rows only).
inline constexpr int RowProperty = QTextFormat::UserProperty + 3;
inline constexpr int GapProperty = QTextFormat::UserProperty + 4;
/// Character properties: the conflict / quote cluster a highlighted run belongs to.
inline constexpr int ConflictProperty = QTextFormat::UserProperty + 5;
inline constexpr int QuoteProperty = QTextFormat::UserProperty + 6;
inline constexpr int MarkKindProperty = QTextFormat::UserProperty + 7;

/// \brief Where a pane's paragraphs and rows ended up in its QTextDocument.
struct PaneTextMap
{
    QList<int> paragraphBlock; ///< [paragraph] -> block number
    QList<int> rowFirstBlock; ///< [row] -> first block of the row (member or gap), -1 when absent
    QList<int> rowLastBlock; ///< [row] -> last block of the row's member or gap, -1 when absent
    QList<int> blockRow; ///< [block] -> row, -1 when none
};

/// \brief Fills `document` with the text of `documentIndex`, highlighted: words that differ
/// from the pivot, quotes (one tint per cluster, variants dash-underlined), shared passages,
/// conflicting details (bold, red wavy underline). In AlignedRows every row has a block (a gap
/// block where the article has no paragraph of the group); in OriginalOrder block n is paragraph n.
PaneTextMap fillComparisonText(QTextDocument *document, const ComparisonIndex &index, int documentIndex, ViewLayout layout,
                               const QPalette &palette, const HighlightColors &colors);

/// \brief The paragraph gap (bottom margin) every block starts with, before rows are equalised.
qreal paragraphGap(const QTextDocument *document);

} // namespace parallax
