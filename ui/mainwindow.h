#pragma once

#include "comparisontext.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QMenu;
class QStackedWidget;

namespace parallax {

class ArticleActions;
class ComparisonController;
class ComparisonDocks;
class ComparisonNavigator;
class EmptyState;
class ExportController;
class FindBar;
class MessageBar;
class PaneArea;
class RecentFiles;
class SessionController;

/// \brief The Parallax main window: one read-only pane per loaded article. It composes what the
/// user does, each part owning its actions and its section of the menus it is given:
/// ComparisonController (the articles, loading, comparing, pivot), SessionController (notes,
/// sessions, autosave, recovery), ExportController (reports, printing) and ArticleActions (what
/// is done to one pane); the window itself holds the panes, docks, status bar, find bar, the
/// File / View / Navigate / Help entries of its own, settings, and drag and drop.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Loads `files` and shows them next to what is open; failures go to the message bar.
    void openFiles(const QStringList &files);
    /// Shows exactly `files`, replacing what is open (or still loading).
    void setFiles(const QStringList &files);
    /// Closes every article and forgets a load still running.
    void closeAll();

    /// The articles, their loading and comparing, the pivot.
    ComparisonController *comparisonController() const { return m_comparison.get(); }
    /// Notes, sessions, the modified state, autosave and recovery.
    SessionController *sessionController() const { return m_session.get(); }
    /// Exports and printing.
    ExportController *exportController() const { return m_exports.get(); }
    /// The View menu's article commands and the panes' header menus.
    ArticleActions *articleActions() const { return m_articles.get(); }

    PaneArea *paneArea() const { return m_paneArea; }
    MessageBar *messageBar() const { return m_messageBar; }
    EmptyState *emptyState() const { return m_emptyState; }
    RecentFiles *recentFiles() const { return m_recentFiles; }
    ComparisonNavigator *navigator() const { return m_navigator; }
    FindBar *findBar() const { return m_findBar; }
    ComparisonDocks *docks() const { return m_docks; }

    void setViewLayout(ViewLayout layout);
    ViewLayout viewLayout() const;
    /// Font zoom in steps of one point (0 = the default size).
    void setZoom(int steps);
    int zoom() const { return m_zoom; }

    /// The Open dialog's file filter: every supported format.
    static QString openFilter();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void showOpenDialog();
    void showAbout();
    void updateView();
    void createViewActions();
    void createNavigateActions();
    void connectDocks();
    void readSettings();
    void writeSettings() const;

    void showOpenFolderDialog();

    RecentFiles *m_recentFiles = nullptr;
    MessageBar *m_messageBar = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyState *m_emptyState = nullptr;
    PaneArea *m_paneArea = nullptr;
    QAction *m_closeAllAction = nullptr;
    ComparisonNavigator *m_navigator = nullptr;
    FindBar *m_findBar = nullptr;
    ComparisonDocks *m_docks = nullptr;
    QAction *m_alignedAction = nullptr;
    QAction *m_originalAction = nullptr;
    int m_zoom = 0;
    int m_baseFontSize = 0;
    // Destroyed before the widgets they work on (members go before the window's children), and
    // each before the ones it uses.
    std::unique_ptr<ComparisonController> m_comparison;
    std::unique_ptr<SessionController> m_session;
    std::unique_ptr<ExportController> m_exports;
    std::unique_ptr<ArticleActions> m_articles;
};

} // namespace parallax
