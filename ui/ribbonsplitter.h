#pragma once

#include <QSplitter>
#include <QSplitterHandle>

#include <functional>

namespace parallax {

/// \brief The splitter between panes. In the original-order layout its handles are wide and
/// draw ribbons joining corresponding paragraphs of the neighbouring panes (like Meld's
/// connectors, but across reordering); in aligned rows they are thin plain handles.
class RibbonSplitter final : public QSplitter
{
    Q_OBJECT
public:
    /// Paints the ribbons between `left` and `right` into `handle` (set by PaneArea).
    using RibbonPainter = std::function<void(QPainter &painter, QWidget *handle, QWidget *left, QWidget *right)>;

    explicit RibbonSplitter(QWidget *parent = nullptr);

    void setRibbonPainter(RibbonPainter painter);
    void setRibbonsEnabled(bool enabled);
    bool ribbonsEnabled() const { return m_ribbons; }
    void updateHandles();
    const RibbonPainter &ribbonPainter() const { return m_painter; }

protected:
    QSplitterHandle *createHandle() override;

private:
    RibbonPainter m_painter;
    bool m_ribbons = false;
};

} // namespace parallax
