#pragma once

#include "parsedarticle.h"

#include <QStringView>

namespace parallax {

/// \brief Splits plain text (LF line endings) into paragraphs: on blank lines, or one paragraph
/// per line when the file has (almost) no blank lines but many lines. Hard-wrapped lines inside
/// a paragraph are joined with a space. Stops once it has more than `maxBlocks` blocks.
ParsedArticle parsePlainText(QStringView text, qsizetype maxBlocks);

} // namespace parallax
