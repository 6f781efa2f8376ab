#pragma once

#include "parsedarticle.h"

#include <QString>

namespace parallax {

/// \brief Parses HTML with gumbo and keeps the article's main content: `[itemprop=articleBody]`,
/// `<article>` or `<main>` when present, else the element with the most paragraph text.
/// Navigation, menus, scripts, styles, forms, comments, share bars, cookie banners and
/// similar (by tag, role and class/id hints) are dropped. Blocks: p, h1-h6, li, blockquote,
/// figcaption, pre and loose text in containers.
/// Stops once it has more than `maxBlocks` blocks.
ParsedArticle parseHtml(const QString &html, qsizetype maxBlocks);

/// \brief A cheap estimate of the deepest element nesting in `html` (open tags minus the end
/// tags that close an open element of that name, ignoring void and self-closing elements). gumbo's parse time grows with the
/// square of the nesting depth, so hostile input is refused before parsing.
int htmlNestingDepth(QStringView html);

} // namespace parallax
