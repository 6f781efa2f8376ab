#pragma once

#include "parsedarticle.h"

#include <QString>

namespace parallax {

/// \brief Parses Markdown with md4c: headings, paragraphs, list items, block quotes, code
/// blocks and table rows become blocks with inline markup removed (link text kept, URLs and
/// images dropped). A leading YAML-style front matter block gives title, outlet and date.
/// Stops once it has more than `maxBlocks` blocks.
ParsedArticle parseMarkdown(const QString &markdown, qsizetype maxBlocks);

} // namespace parallax
