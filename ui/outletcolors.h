#pragma once

#include "document/document.h"

#include <QColor>
#include <QList>

namespace parallax {

/// \brief One identifying colour per document: documents of the same outlet share a colour,
/// different outlets get different colours in order of first appearance (cycling after eight).
QList<QColor> outletColors(const QList<Document> &documents);

/// \brief The n-th colour of the outlet palette (wraps around).
QColor outletColor(int index);

} // namespace parallax
