#pragma once

#include "document/document.h"

#include <QTextCharFormat>
#include <QTextFormat>

class QPalette;
class QTextDocument;

namespace parallax {

/// Text-format properties that tie a text block back to its paragraph, so later highlight and
/// alignment code can map any block to (paragraph index, role) without keeping a side table.
inline constexpr int ParagraphIndexProperty = QTextFormat::UserProperty + 1;
inline constexpr int ParagraphRoleProperty = QTextFormat::UserProperty + 2;

/// \brief The colour of de-emphasised text (boilerplate): Text blended towards Base, so it stays
/// legible and dim in light and dark themes alike.
QColor dimmedTextColor(const QPalette &palette);

/// \brief The character format of a paragraph role (title bold and larger, boilerplate dimmed, ...).
QTextCharFormat roleCharFormat(ParagraphRole role, const QPalette &palette);

/// \brief Replaces the contents of `document` with one block per paragraph, styled by role
/// (title bold and larger, boilerplate dimmed, caption italic). Block n is paragraph n and its
/// positions are the paragraph's UTF-16 offsets.
void fillParagraphText(QTextDocument *document, const QList<Paragraph> &paragraphs, const QPalette &palette);

} // namespace parallax
