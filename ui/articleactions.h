#pragma once

#include <QObject>

class QAction;
class QMenu;
class QPoint;

namespace parallax {

class ComparisonController;
class PaneArea;

/// \brief What the user does to one article's pane: the View menu's article section (the
/// Articles submenu that shows or hides each article, Move Article Left / Right, Make Article the
/// Pivot, Hide Article, Close Article, Show Source) and the same commands in a pane header's
/// context menu. The menu commands act on the active pane (PaneArea::activeDocument()).
class ArticleActions final : public QObject
{
    Q_OBJECT
public:
    ArticleActions(ComparisonController *comparison, PaneArea *panes, QObject *parent = nullptr);

    /// Adds the article section to `view`.
    void addViewActions(QMenu *view);
    /// Shows a pane's raw source (HTML, Markdown) instead of its text.
    void setSourceShown(int document, bool shown);
    /// Shows both articles, the second right after the first (a similarity cell was activated).
    void showSideBySide(int first, int second);

private:
    void showPaneMenu(int document, const QPoint &globalPos);
    void rebuildArticlesMenu();

    ComparisonController *m_comparison;
    PaneArea *m_panes;
    QMenu *m_articlesMenu = nullptr;
    QAction *m_sourceAction = nullptr;
};

} // namespace parallax
