#pragma once

#include "document.h"
#include "parsedarticle.h"

#include <QList>
#include <QStringView>

namespace parallax {

/// \brief The role one paragraph has on its own (boilerplate, caption, dateline or body),
/// without looking at its neighbours.
ParagraphRole classifyParagraph(QStringView text);

/// \brief True for a heading or lead-in that starts a block of links to other articles
/// ("Read more", "Related", "Читайте также").
bool isRelatedHeading(QStringView text);

/// \brief Turns parsed blocks into paragraphs with roles: one title (the first heading, or a
/// short first line without a final period), datelines, captions, boilerplate (including the
/// headline list after a "Related" heading) and body; shared by every format.
QList<Paragraph> assignParagraphRoles(const QList<Block> &blocks);

} // namespace parallax
