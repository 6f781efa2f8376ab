#pragma once

#include "asyncdocumentloader.h"

#include <QMainWindow>

class QLabel;
class QMenu;
class QProgressBar;
class QStackedWidget;

namespace parallax {

class EmptyState;
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

Q_SIGNALS:
    /// A load finished and the panes show its result (stale results never get here).
    void loadFinished();

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
};

} // namespace parallax
