#include "legendwidget.h"

#include "highlightcolors.h"
#include "paragraphtext.h"

#include <QPainter>
#include <QPainterPath>

namespace parallax {

namespace {

enum class Sample { Changed, Added, Quote, Variant, Conflict, Passage, Unique, Gap, Boilerplate };

struct Entry
{
    Sample sample;
    const char *label;
};

constexpr Entry entryList[] = {
    {Sample::Changed, QT_TRANSLATE_NOOP("parallax::LegendWidget", "Worded differently from the pivot")},
    {Sample::Added, QT_TRANSLATE_NOOP("parallax::LegendWidget", "Not in the pivot")},
    {Sample::Quote, QT_TRANSLATE_NOOP("parallax::LegendWidget", "Shared quote (one tint per quote)")},
    {Sample::Variant, QT_TRANSLATE_NOOP("parallax::LegendWidget", "Quote worded differently (dashed)")},
    {Sample::Conflict, QT_TRANSLATE_NOOP("parallax::LegendWidget", "Conflicting detail (hover for claims)")},
    {Sample::Passage, QT_TRANSLATE_NOOP("parallax::LegendWidget", "Long shared unquoted passage")},
    {Sample::Unique, QT_TRANSLATE_NOOP("parallax::LegendWidget", "Only in this outlet")},
    {Sample::Gap, QT_TRANSLATE_NOOP("parallax::LegendWidget", "Article has no such paragraph")},
    {Sample::Boilerplate, QT_TRANSLATE_NOOP("parallax::LegendWidget", "Boilerplate (dimmed)")},
};

constexpr int sampleWidth = 40;

} // namespace

LegendWidget::LegendWidget(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Legend"));
    setToolTip(entries().join(u'\n'));
}

QStringList LegendWidget::entries() const
{
    QStringList list;
    for (const Entry &e : entryList)
        list.append(tr(e.label));
    return list;
}

QSize LegendWidget::sizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    int widest = 0;
    for (const QString &label : entries())
        widest = qMax(widest, fm.horizontalAdvance(label));
    return {sampleWidth + 18 + widest, int(std::size(entryList)) * (fm.height() + 6) + 8};
}

QSize LegendWidget::minimumSizeHint() const
{
    return {sampleWidth * 3, sizeHint().height()};
}

void LegendWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const HighlightColors colors = HighlightColors::fromPalette(palette());
    const QFontMetrics fm = fontMetrics();
    const int lineHeight = fm.height() + 6;
    const QColor text = palette().color(QPalette::Text);
    int y = 4;
    for (const Entry &e : entryList) {
        const QRect sample(8, y + 2, sampleWidth, lineHeight - 4);
        const int baseline = sample.top() + fm.ascent() + 1;
        QFont font = painter.font();
        font.setBold(e.sample == Sample::Conflict);
        painter.setFont(font);
        painter.setPen(text);
        switch (e.sample) {
        case Sample::Changed:
            painter.fillRect(sample, colors.changed);
            break;
        case Sample::Added:
            painter.fillRect(sample, colors.added);
            break;
        case Sample::Quote:
        case Sample::Variant:
            painter.fillRect(sample, colors.quoteTint(0));
            painter.setPen(QPen(colors.quoteLine(0), 1.5, e.sample == Sample::Variant ? Qt::DashLine : Qt::SolidLine));
            painter.drawLine(sample.left(), sample.bottom() - 1, sample.right(), sample.bottom() - 1);
            painter.setPen(text);
            break;
        case Sample::Conflict: {
            QPainterPath wave;
            wave.moveTo(sample.left(), sample.bottom() - 1);
            for (int x = sample.left(); x < sample.right(); x += 4)
                wave.quadTo(x + 1, sample.bottom() - ((x / 4) % 2 ? -2 : 4), x + 4, sample.bottom() - 1);
            painter.setPen(QPen(colors.conflict, 1.2));
            painter.drawPath(wave);
            painter.setPen(text);
            break;
        }
        case Sample::Passage:
            painter.fillRect(sample, colors.passage);
            break;
        case Sample::Unique:
            painter.fillRect(QRect(sample.left(), sample.top(), 4, sample.height()), colors.unique);
            break;
        case Sample::Gap: {
            QColor line = colors.gap;
            line.setAlpha(110);
            painter.fillRect(sample, QBrush(line, Qt::BDiagPattern));
            break;
        }
        case Sample::Boilerplate:
            painter.setPen(dimmedTextColor(palette()));
            break;
        }
        if (e.sample != Sample::Gap && e.sample != Sample::Unique)
            painter.drawText(QPoint(sample.left() + 4, baseline), QStringLiteral("Abc"));
        if (e.sample == Sample::Unique)
            painter.drawText(QPoint(sample.left() + 9, baseline), QStringLiteral("Abc"));
        font.setBold(false);
        painter.setFont(font);
        painter.setPen(text);
        painter.drawText(QPoint(sample.right() + 10, baseline), tr(e.label));
        y += lineHeight;
    }
}

} // namespace parallax
