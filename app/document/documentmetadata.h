#pragma once

#include "document.h"
#include "parsedarticle.h"

namespace parallax {

/// \brief Fills `doc.title`, `doc.outlet` and `doc.published` from the parser's metadata and
/// the paragraphs (which must already have roles). The outlet falls back to a "Source:" line,
/// a byline naming the outlet, then the file's base name; an unknown date stays invalid and is
/// never taken from the file's time.
void fillMetadata(Document &doc, const ParsedArticle &article);

} // namespace parallax
