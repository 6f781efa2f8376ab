#pragma once

#include "comparisontext.h"

#include <QTextBrowser>

namespace parallax {

/// \brief The read-only text of one pane. Besides the text it paints what character formats
/// cannot: hatched gaps, the side bar of paragraphs only this outlet has, and the tint behind
/// the selected row. Tooltips explain conflicts and quotes; a click selects the paragraph's row.
class ComparisonTextView final : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ComparisonTextView(QWidget *parent = nullptr);

    /// Called after the document was refilled; `index` may be null (no comparison yet).
    void setTextMap(ComparisonIndexPtr index, int documentIndex, const PaneTextMap &map, const HighlightColors &colors);
    const PaneTextMap &textMap() const { return m_map; }
    int documentIndex() const { return m_document; }

    void setCurrentRow(int row);
    int currentRow() const { return m_currentRow; }

    /// Document y of the top of row `row`'s first block, or -1 when this pane lacks the row.
    qreal rowTop(int row) const;
    /// Document y where row `row` ends (the next block's top), or -1.
    qreal rowBottom(int row) const;
    /// Document y of block `block`'s top.
    qreal blockTop(int block) const;
    /// The row at document y (the block there, else the nearest block above), -1 if none.
    int rowAt(qreal y) const;
    /// The row at the top edge of the viewport.
    int rowAtTop() const;

    /// Sets the bottom margin of block `block` (the row equaliser adds space there).
    void setBlockBottomMargin(int block, qreal margin);

    QString toolTipAt(const QPoint &viewportPos) const;

Q_SIGNALS:
    void rowClicked(int row);
    void widthChanged();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QRectF blockRect(int block) const;

    ComparisonIndexPtr m_index;
    int m_document = -1;
    PaneTextMap m_map;
    HighlightColors m_colors;
    int m_currentRow = -1;
};

} // namespace parallax
