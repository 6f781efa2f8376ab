#include "mainwindow.h"

namespace parallax {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Parallax"));
}

void MainWindow::openFiles(const QStringList &files)
{
    Q_UNUSED(files);
}

} // namespace parallax
