#pragma once

#include "parsedarticle.h"

#include <QByteArray>
#include <QString>

namespace parallax {

/// \brief The XML parts of a Word document that carry text and metadata (empty when absent).
struct DocxParts
{
    QByteArray document; ///< word/document.xml
    QByteArray styles; ///< word/styles.xml: style ids to names ("Heading1" -> "heading 1")
    QByteArray footnotes; ///< word/footnotes.xml
    QByteArray endnotes; ///< word/endnotes.xml
    QByteArray core; ///< docProps/core.xml
};

/// \brief Blocks from a Word document's XML. Tracked changes are resolved to the final text
/// (insertions and moved-to text kept, deletions and moved-from text dropped); a deleted
/// paragraph mark joins the paragraph to the next. Title/Heading styles (by name, so localised
/// style ids work) and outline levels become headings, Caption and Quote styles captions and
/// quotes, numbered paragraphs list items. A table row becomes one block, its non-empty cells
/// joined with " | ", because a row (a name and a figure, a date and an event) is what reads as
/// one statement. Footnotes and endnotes follow the body as caption blocks "[1] text", numbered
/// in reference order: they are the author's words, so they stay visible, but they are asides,
/// so they are not compared as body text. Title and author come from core properties, the
/// date from dcterms:created. Returns an error message instead when document.xml is not XML.
ParsedArticle parseDocx(const DocxParts &parts, qsizetype maxBlocks, QString *error);

/// \brief Title, creator and creation date from an OOXML core.xml or ODF meta.xml into `article`
/// (a Title-style paragraph, when there is one, wins over the title property).
void readDocumentProperties(const QByteArray &xml, ParsedArticle &article);

} // namespace parallax
