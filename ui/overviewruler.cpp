#include "overviewruler.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace parallax {

OverviewRuler::OverviewRuler(QWidget *parent)
    : QWidget(parent)
{
    setFixedWidth(12);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Overview: red = conflict, tinted = quote, purple = only in this outlet. Click to jump."));
}

void OverviewRuler::setMarks(QList<Mark> marks, qreal documentHeight)
{
    std::stable_sort(marks.begin(), marks.end(), [](const Mark &a, const Mark &b) { return a.priority < b.priority; });
    m_marks = std::move(marks);
    m_documentHeight = qMax<qreal>(1, documentHeight);
    update();
}

void OverviewRuler::setVisibleRange(qreal top, qreal height)
{
    m_visibleTop = top;
    m_visibleHeight = height;
    update();
}

QSize OverviewRuler::sizeHint() const
{
    return {12, 100};
}

qreal OverviewRuler::scale() const
{
    return height() / m_documentHeight;
}

void OverviewRuler::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::AlternateBase));
    const qreal s = scale();
    QColor view = palette().color(QPalette::Text);
    view.setAlpha(28);
    painter.fillRect(QRectF(0, m_visibleTop * s, width(), qMax<qreal>(4, m_visibleHeight * s)), view);
    for (const Mark &mark : std::as_const(m_marks))
        painter.fillRect(QRectF(2, mark.top * s, width() - 4, qMax<qreal>(3, mark.height * s)), mark.color);
}

void OverviewRuler::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        Q_EMIT jumpRequested(event->position().y() / scale());
}

} // namespace parallax
