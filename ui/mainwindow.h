#pragma once

#include "comparisontext.h"
#include "report/reportcontent.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QAction;
class QMenu;
class QStackedWidget;

namespace parallax {

class ArticleActions;
class ComparisonController;
class ComparisonDocks;
class ComparisonNavigator;
class EmptyState;
class FindBar;
class MessageBar;
class PaneArea;
class RecentFiles;
class SessionController;

/// \brief The Parallax main window: one read-only pane per loaded article.
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

    // --- Exports (mainwindowexport.cpp) ---
    /// The report content of what is shown, or nothing before a comparison.
    std::optional<ReportContent> reportContent(const ReportOptions &options) const;
    enum class ExportKind { Pdf, Html, ConflictsCsv, QuotesCsv, Json };
    /// Writes an export without asking; PDF runs on a worker thread (exportFinished tells).
    void exportTo(ExportKind kind, const QString &path, const ReportOptions &options = {}, bool letter = false);
    /// The Open dialog's file filter: every supported format.
    static QString openFilter();

Q_SIGNALS:
    /// An export finished; `error` is empty on success.
    void exportFinished(const QString &path, const QString &error);

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

    void createExportActions(QMenu *fileMenu);
    void showOpenFolderDialog();
    void showExportDialog(ExportKind kind);
    void printReport(bool preview);

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
    std::unique_ptr<ArticleActions> m_articles;
};

} // namespace parallax
