#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace parallax {

/// \brief The colours of every highlight, derived from a palette so they read in light and dark
/// themes alike (Qt 6.4 has no colour-scheme API: callers recompute on QEvent::PaletteChange).
struct HighlightColors
{
    bool dark = false;
    QColor changed; ///< background of words that differ from the pivot
    QColor added; ///< background of words the pivot lacks
    QColor passage; ///< background of long shared unquoted passages
    QColor conflict; ///< wavy underline and ruler mark of conflicting details
    QColor unique; ///< side bar of paragraphs only one outlet has
    QColor gap; ///< hatching where an article has no paragraph of the row
    QColor currentRow; ///< behind the selected paragraph and its partners
    QColor findMatch; ///< behind Find matches
    QColor ribbon; ///< connectors between corresponding paragraphs

    /// Background tint of quote cluster `cluster` (one hue per cluster, cycling).
    QColor quoteTint(int cluster) const;
    /// Underline of quote cluster `cluster`: the same hue, stronger.
    QColor quoteLine(int cluster) const;

    static HighlightColors fromPalette(const QPalette &palette);
};

} // namespace parallax
