#pragma once

#include "document/document.h"

#include <QList>

namespace parallax {

/// \brief One identifying colour per document, as 0xAARRGGBB: documents of the same outlet share a
/// colour, different outlets get different colours in order of first appearance (cycling after
/// eight). The window's panes, the time line charts and the reports all use it, so an outlet has
/// one colour everywhere.
QList<quint32> outletRgb(const QList<Document> &documents);

/// \brief The n-th colour of the outlet palette (wraps around), as 0xAARRGGBB.
quint32 outletRgb(int index);

} // namespace parallax
