#include "mainwindowlauncher.h"

#include "mainwindow.h"

#include <QApplication>

namespace parallax {

int runMainWindow(const QStringList &files)
{
    MainWindow window;
    window.show();
    if (!files.isEmpty())
        window.openFiles(files);
    return QApplication::exec();
}

} // namespace parallax
