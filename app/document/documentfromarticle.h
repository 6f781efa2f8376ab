#pragma once

#include "loaddocument.h"
#include "parsedarticle.h"

namespace parallax {

/// \brief A failed LoadResult for `path` with `reason`.
LoadResult loadFailure(const QString &path, const QString &reason);

/// \brief The steps every format shares once it has blocks: the paragraph limit, "no readable
/// text", roles (assignParagraphRoles) and metadata (fillMetadata). `doc` carries path, format,
/// encoding and source.
LoadResult documentFromArticle(Document doc, const ParsedArticle &article, const LoadOptions &options);

} // namespace parallax
