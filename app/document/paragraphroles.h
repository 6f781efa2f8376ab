#pragma once

#include "document.h"
#include "parsedarticle.h"

#include <QList>
#include <QStringView>

namespace parallax {

/// \brief The role one paragraph has on its own (boilerplate, caption, dateline or body),
/// without looking at its neighbours: furniture phrases and credits (furniture.h), captions
/// (a "Photo:" lead-in, a closing photo credit, a dated wire-photo caption), bylines, stamps.
ParagraphRole classifyParagraph(QStringView text);

/// \brief Turns parsed blocks into paragraphs with roles; shared by every format. A stamp fused
/// with the first paragraph ("date 2031-04-02 Crews searched...") is split off as a dateline.
/// Then: the headline list after a "Related" heading and the sales copy around a newsletter
/// sign-up are boilerplate; one title (the first markup heading near the top, else the first
/// line standing alone after the furniture above it, or none); a second headline under the title
/// and subheadings between body paragraphs are headings; an author's name above "By <name>" is a
/// dateline; the headline printed again lower down is boilerplate.
QList<Paragraph> assignParagraphRoles(const QList<Block> &blocks);

} // namespace parallax
