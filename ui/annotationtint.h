#pragma once

#include "session/annotation.h"

#include <QTextFormat>

#include <optional>

class QTextCursor;
class QTextDocument;

namespace parallax {

/// Character property: the id of the annotation whose tint a run carries (tests, tooltips).
inline constexpr int AnnotationIdProperty = QTextFormat::UserProperty + 20;

/// \brief The paragraph range a text selection covers, in the paragraph's UTF-16 offsets.
struct TextAnchor
{
    int paragraph = -1;
    int start = 0;
    int end = 0;
};

/// \brief Tints the text of each annotation (all on this pane's document) in its colour, on top
/// of the comparison's highlights. Blocks are found by their ParagraphIndexProperty, so this
/// works in both layouts (block text == paragraph text in both).
void applyAnnotationTint(QTextDocument *document, const QList<Annotation> &annotations);

/// \brief The paragraph range of `cursor`'s selection; a selection over several paragraphs is
/// cut at the end of the first (a note anchors to one paragraph). Nothing for no selection or
/// a selection inside a gap.
std::optional<TextAnchor> selectionAnchor(const QTextCursor &cursor);

} // namespace parallax
