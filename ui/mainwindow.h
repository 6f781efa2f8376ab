#pragma once

#include <QMainWindow>

namespace parallax {

/// \brief The Parallax main window: one read-only pane per loaded article.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    /// Loads `files` and shows them next to what is already open; failures go to the message bar.
    void openFiles(const QStringList &files);
};

} // namespace parallax
