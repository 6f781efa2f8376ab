#pragma once

#include "document.h"

namespace parallax {

/// \brief A document made from text the user pasted or typed (no file): paragraphs are
/// separated by blank lines, the first paragraph is the title when `title` is empty.
/// The id is left empty for the caller to assign; `path` stays empty.
Document documentFromText(const QString &text, const QString &title = {}, const QString &outlet = {});

} // namespace parallax
