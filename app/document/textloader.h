#pragma once

#include "parsedarticle.h"

#include <QStringView>

namespace parallax {

/// \brief Splits plain text (LF line endings) into paragraphs. How is decided once per file
/// (chooseParagraphBreaks, named in `paragraphBreaks`): in hard-wrapped text the lines of a
/// paragraph are joined with a space; otherwise every line is a paragraph (a line starting in
/// lower case goes on with the line above). Lines over MaxWrapWidth and list items ("- item")
/// are always paragraphs of their own. Stops once it has more than `maxBlocks` blocks.
ParsedArticle parsePlainText(QStringView text, qsizetype maxBlocks);

} // namespace parallax
