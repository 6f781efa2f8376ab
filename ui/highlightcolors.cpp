#include "highlightcolors.h"

#include <array>

namespace parallax {

namespace {

// Hues chosen to stay apart from the diff colours (amber, green) and the conflict red.
constexpr std::array<int, 6> quoteHues {205, 265, 180, 310, 230, 150};

} // namespace

QColor HighlightColors::quoteTint(int cluster) const
{
    const int hue = quoteHues.at(size_t(qMax(0, cluster)) % quoteHues.size());
    return dark ? QColor::fromHsl(hue, 90, 62) : QColor::fromHsl(hue, 160, 222);
}

QColor HighlightColors::quoteLine(int cluster) const
{
    const int hue = quoteHues.at(size_t(qMax(0, cluster)) % quoteHues.size());
    return dark ? QColor::fromHsl(hue, 200, 170) : QColor::fromHsl(hue, 200, 95);
}

HighlightColors HighlightColors::fromPalette(const QPalette &palette)
{
    HighlightColors c;
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    const QColor text = palette.color(QPalette::Active, QPalette::Text);
    c.dark = base.lightness() < text.lightness();
    if (c.dark) {
        c.changed = QColor(0x6e, 0x55, 0x12);
        c.added = QColor(0x2a, 0x5c, 0x2c);
        c.passage = QColor(0x3a, 0x3f, 0x4c);
        c.conflict = QColor(0xff, 0x6b, 0x6b);
        c.unique = QColor(0xc3, 0x9b, 0xd8);
        c.findMatch = QColor(0xb0, 0x5a, 0x00);
        c.ribbon = QColor(0x8a, 0xa8, 0xd0, 70);
    } else {
        c.changed = QColor(0xff, 0xe0, 0x8a);
        c.added = QColor(0xbf, 0xf0, 0xb8);
        c.passage = QColor(0xe4, 0xe8, 0xf0);
        c.conflict = QColor(0xd0, 0x02, 0x1b);
        c.unique = QColor(0x8e, 0x44, 0xad);
        c.findMatch = QColor(0xff, 0xa5, 0x3c);
        c.ribbon = QColor(0x4a, 0x78, 0xb8, 55);
    }
    c.gap = palette.color(QPalette::Active, QPalette::Mid);
    c.currentRow = palette.color(QPalette::Active, QPalette::Highlight);
    c.currentRow.setAlpha(40);
    return c;
}

} // namespace parallax
