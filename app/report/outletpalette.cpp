#include "outletpalette.h"

#include <QHash>

#include <array>

namespace parallax {

quint32 outletRgb(int index)
{
    // Okabe–Ito: distinguishable with the common colour-vision deficiencies and readable as small
    // chips on both light and dark backgrounds.
    static constexpr std::array<quint32, 8> palette {0xffe69f00, 0xff56b4e9, 0xff009e73, 0xffcc79a7,
                                                     0xff0072b2, 0xffd55e00, 0xfff0e442, 0xff999999};
    const auto n = int(palette.size());
    return palette[std::size_t(((index % n) + n) % n)];
}

QList<quint32> outletRgb(const QList<Document> &documents)
{
    QList<quint32> colors;
    colors.reserve(documents.size());
    QHash<QString, int> indexOfOutlet;
    int next = 0;
    for (const Document &doc : documents) {
        const QString key = doc.outlet.trimmed().toCaseFolded();
        // An unknown outlet says nothing about sameness: every such document gets its own colour.
        if (key.isEmpty()) {
            colors.append(outletRgb(next++));
            continue;
        }
        auto it = indexOfOutlet.constFind(key);
        if (it == indexOfOutlet.constEnd())
            it = indexOfOutlet.insert(key, next++);
        colors.append(outletRgb(*it));
    }
    return colors;
}

} // namespace parallax
