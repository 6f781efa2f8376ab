#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace parallax {

/// \brief What the markup said a block is; paragraphroles.cpp turns it into a ParagraphRole.
/// Boilerplate: the format itself marks the block as furniture (a PDF's running header).
enum class BlockKind { Text, Heading, ListItem, Caption, Quote, Preformatted, Boilerplate };

/// \brief One paragraph-sized piece of text as a format parser found it.
struct Block
{
    QString text;
    BlockKind kind = BlockKind::Text;

    bool operator==(const Block &) const = default;
};

/// \brief What a format parser hands to the common steps (roles, metadata, limits).
struct ParsedArticle
{
    QList<Block> blocks;
    QString title; ///< from markup metadata (og:title, <title>, front matter)
    QString outlet; ///< from markup metadata (og:site_name, front matter)
    QStringList dateCandidates; ///< whole date strings from metadata, best first
    QString author; ///< from document properties (PDF Info, DOCX core.xml), when given
    /// Document::paragraphBreaks; the plain-text parser says which it chose, empty means "markup".
    QString paragraphBreaks;
};

} // namespace parallax
