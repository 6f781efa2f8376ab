#include "outletcolors.h"

#include "report/outletpalette.h"

namespace parallax {

QColor outletColor(int index)
{
    return QColor::fromRgba(outletRgb(index));
}

QList<QColor> outletColors(const QList<Document> &documents)
{
    QList<QColor> colors;
    for (const quint32 rgb : outletRgb(documents))
        colors.append(QColor::fromRgba(rgb));
    return colors;
}

} // namespace parallax
