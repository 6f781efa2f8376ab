#pragma once

#include <QColor>
#include <QWidget>

namespace parallax {

/// \brief A thin strip beside a pane's scroll bar with a tick for every conflict, quote and
/// paragraph only this outlet has, at its place in the whole text; a click jumps there.
class OverviewRuler final : public QWidget
{
    Q_OBJECT
public:
    struct Mark
    {
        qreal top = 0; ///< document y
        qreal height = 0; ///< document units
        QColor color;
        int priority = 0; ///< higher marks are drawn last (over others)
    };

    explicit OverviewRuler(QWidget *parent = nullptr);

    void setMarks(QList<Mark> marks, qreal documentHeight);
    const QList<Mark> &marks() const { return m_marks; }
    void setVisibleRange(qreal top, qreal height);

    QSize sizeHint() const override;

Q_SIGNALS:
    /// The user clicked at document y `y`.
    void jumpRequested(qreal y);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    qreal scale() const;

    QList<Mark> m_marks;
    qreal m_documentHeight = 1;
    qreal m_visibleTop = 0;
    qreal m_visibleHeight = 0;
};

} // namespace parallax
