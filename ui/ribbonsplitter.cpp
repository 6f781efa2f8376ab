#include "ribbonsplitter.h"

#include <QPainter>

namespace parallax {

namespace {

class RibbonHandle final : public QSplitterHandle
{
public:
    RibbonHandle(Qt::Orientation orientation, RibbonSplitter *parent)
        : QSplitterHandle(orientation, parent)
        , m_splitter(parent)
    { }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        if (!m_splitter->ribbonsEnabled() || !m_splitter->ribbonPainter()) {
            QSplitterHandle::paintEvent(event);
            return;
        }
        // The neighbours are the nearest visible panes on either side of this handle.
        const int index = m_splitter->indexOf(this);
        QWidget *left = nullptr;
        for (int i = index - 1; i >= 0 && !left; --i) {
            if (m_splitter->widget(i)->isVisible())
                left = m_splitter->widget(i);
        }
        QWidget *right = nullptr;
        for (int i = index; i < m_splitter->count() && !right; ++i) {
            if (m_splitter->widget(i)->isVisible())
                right = m_splitter->widget(i);
        }
        QPainter painter(this);
        painter.fillRect(rect(), palette().color(QPalette::Window));
        if (left && right)
            m_splitter->ribbonPainter()(painter, this, left, right);
    }

private:
    RibbonSplitter *m_splitter;
};

} // namespace

RibbonSplitter::RibbonSplitter(QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
{ }

void RibbonSplitter::setRibbonPainter(RibbonPainter painter)
{
    m_painter = std::move(painter);
    updateHandles();
}

void RibbonSplitter::setRibbonsEnabled(bool enabled)
{
    m_ribbons = enabled;
    setHandleWidth(enabled ? 44 : 6);
    updateHandles();
}

void RibbonSplitter::updateHandles()
{
    for (int i = 0; i < count(); ++i)
        handle(i)->update();
}

QSplitterHandle *RibbonSplitter::createHandle()
{
    return new RibbonHandle(orientation(), this);
}

} // namespace parallax
