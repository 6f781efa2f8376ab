#pragma once

#include "parsedarticle.h"

#include <QByteArray>
#include <QString>

namespace parallax {

/// \brief Blocks from an OpenDocument text's content.xml (and meta.xml for title, author and
/// date), with the same rules as parseDocx: text:h and Title/Heading styles are headings,
/// list items, table rows joined with " | ", notes as trailing "[n] text" captions, and the
/// tracked-changes log (which stores deleted text) skipped so the final text remains.
ParsedArticle parseOdt(const QByteArray &content, const QByteArray &meta, qsizetype maxBlocks, QString *error);

} // namespace parallax
