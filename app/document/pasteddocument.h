#pragma once

#include "document.h"

namespace parallax {

/// \brief A document from clipboard contents, read like a file of that kind: HTML (`isHtml`)
/// through the web-page extraction (main content, roles, meta tags), plain text through the
/// text loader (roles, datelines, dates). A non-empty `title`/`outlet` overrides what was
/// found. `source` keeps the pasted text; id and path stay empty. No readable text gives a
/// document without paragraphs.
Document documentFromPastedText(const QString &text, bool isHtml, const QString &title = {}, const QString &outlet = {});

} // namespace parallax
