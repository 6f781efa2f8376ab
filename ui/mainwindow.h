#pragma once

#include "asyncdocumentloader.h"
#include "comparisonindex.h"
#include "comparisonrunner.h"
#include "comparisontext.h"

#include <QMainWindow>

class QLabel;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QToolButton;

namespace parallax {

class ComparisonDocks;
class ComparisonNavigator;
class EmptyState;
class FindBar;
class MessageBar;
class PaneArea;
class RecentFiles;

/// \brief The Parallax main window: one read-only pane per loaded article.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Loads `files` and shows them next to what is already open; failures go to the message bar.
    void openFiles(const QStringList &files);
    /// Shows exactly `files`, replacing what is open (or still loading).
    void setFiles(const QStringList &files);
    /// Closes every article and forgets a load still running.
    void closeAll();

    const QList<Document> &documents() const { return m_documents; }
    bool isLoading() const { return m_loader->isBusy(); }

    PaneArea *paneArea() const { return m_paneArea; }
    MessageBar *messageBar() const { return m_messageBar; }
    EmptyState *emptyState() const { return m_emptyState; }
    RecentFiles *recentFiles() const { return m_recentFiles; }
    /// Test seam: replaces the function that loads on the worker thread.
    void setLoadFunction(AsyncDocumentLoader::LoadFunction function);
    /// Test seam: replaces the function that compares on the worker thread.
    void setCompareFunction(ComparisonRunner::CompareFunction function);

    /// The newest finished comparison of what is open (null while none).
    ComparisonIndexPtr comparison() const { return m_index; }
    bool isComparing() const { return m_runner->isBusy(); }
    /// Compares what is open again (in the background), e.g. after the pivot changed.
    void startComparison();
    /// Cancels a running comparison; the panes keep showing the previous result.
    void cancelComparison();
    /// Makes `document` the pivot (-1: let the engine choose) and recompares.
    void setPivot(int document);
    int requestedPivot() const { return m_pivot; }
    /// Closes one article; what remains is compared again.
    void closeDocument(int document);
    /// Adds an article typed or pasted in, without a file.
    void addTextDocument(const QString &text, const QString &title, const QString &outlet);

    void setViewLayout(ViewLayout layout);
    ViewLayout viewLayout() const;
    /// Font zoom in steps of one point (0 = the default size).
    void setZoom(int steps);
    int zoom() const { return m_zoom; }

    ComparisonNavigator *navigator() const { return m_navigator; }
    FindBar *findBar() const { return m_findBar; }
    ComparisonDocks *docks() const { return m_docks; }
    /// The document the View menu's pane commands act on (the focused or last clicked pane).
    int activeDocument() const;

Q_SIGNALS:
    /// A load finished and the panes show its result (stale results never get here).
    void loadFinished();
    /// A comparison finished and the panes show it.
    void comparisonFinished();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void showOpenDialog();
    void showAbout();
    void startLoad(const QStringList &paths);
    void applyResult(const LoadManyResult &result);
    void updateView();
    void createViewActions();
    void createNavigateActions();
    void rebuildArticlesMenu();
    void applyComparison(const Comparison &comparison);
    void setDocumentsAndCompare(QList<Document> documents);
    void pasteAsNewArticle();
    void updateComparing();
    void showPaneMenu(int document, const QPoint &globalPos);
    void readSettings();
    void writeSettings() const;

    AsyncDocumentLoader *m_loader = nullptr;
    RecentFiles *m_recentFiles = nullptr;
    QList<Document> m_documents;
    QStringList m_requested; ///< what the newest load was asked for, or what is open when idle

    MessageBar *m_messageBar = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyState *m_emptyState = nullptr;
    PaneArea *m_paneArea = nullptr;
    QProgressBar *m_busyIndicator = nullptr;
    QAction *m_closeAllAction = nullptr;

    ComparisonRunner *m_runner = nullptr;
    ComparisonIndexPtr m_index;
    ComparisonNavigator *m_navigator = nullptr;
    FindBar *m_findBar = nullptr;
    ComparisonDocks *m_docks = nullptr;
    QProgressBar *m_compareProgress = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QMenu *m_articlesMenu = nullptr;
    QAction *m_alignedAction = nullptr;
    QAction *m_originalAction = nullptr;
    int m_pivot = -1;
    int m_zoom = 0;
    int m_baseFontSize = 0;
    int m_lastActiveDocument = 0;
};

} // namespace parallax
