#pragma once

#include "comparison.h"
#include "paragraphspace.h"

#include <vector>

namespace parallax {

/// \brief Each document's mean TF-IDF cosine (whole-document stem vectors) to all the others, in
/// linear time: the dot product with the sum of all vectors, minus itself.
std::vector<double> meanDocumentCosine(const ParagraphSpace &space);

/// \brief The document with the highest mean similarity to the rest (lowest index on ties).
int choosePivot(const ParagraphSpace &space);

/// \brief N x N document similarity, symmetric with diagonal 1: how much of both documents'
/// paragraphs the alignment put in common groups (60%), and how many of their names, places,
/// numbers and dates they share (40%), so another event on the same topic stays apart.
/// Documents in different scripts (another language) compare by their shared numbers only.
QList<QList<double>> documentSimilarity(const ParagraphSpace &space, const QList<AlignmentGroup> &groups);

} // namespace parallax
