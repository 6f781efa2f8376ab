#include "mainwindowlauncher.h"

#include "cli/cli.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

namespace parallax {

namespace {

void printError(const QString &text)
{
    QFile err;
    if (err.open(stderr, QIODevice::WriteOnly))
        err.write((text + u'\n').toUtf8());
}

// Grabs the window once it has painted its final state; used for README screenshots and for
// looking at the UI on a headless machine (offscreen or Xvfb).
void scheduleScreenshot(MainWindow *window, const QString &target)
{
    auto grab = [window, target] {
        // A short delay lets layouts and the first paint settle after the panes were created.
        QTimer::singleShot(300, window, [window, target] {
            const bool saved = window->grab().save(target, "PNG");
            if (!saved)
                printError(QStringLiteral("parallax: cannot write screenshot %1").arg(target));
            // exit(), not quit(): quitting would close the window and store the forced size.
            QCoreApplication::exit(saved ? ExitOk : ExitWriteFailed);
        });
    };
    if (window->isLoading())
        QObject::connect(window, &MainWindow::loadFinished, window, grab, Qt::SingleShotConnection);
    else
        grab();
}

} // namespace

int runMainWindow(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("cli", "Save a PNG of the window once loading finished, then exit."), QStringLiteral("PNG"));
    parser.addOption(screenshotOption);
    if (!parser.parse(QStringList {QCoreApplication::applicationFilePath()} + arguments)) {
        printError(QStringLiteral("parallax: %1").arg(parser.errorText()));
        return ExitUsage;
    }
    const QStringList files = parser.positionalArguments();
    const bool screenshot = parser.isSet(screenshotOption);

    // A screenshot neither reads nor writes the user's settings: the same picture on every
    // machine, and no recent-files entries from it.
    QTemporaryDir scratchSettings;
    if (screenshot && scratchSettings.isValid()) {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, scratchSettings.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, scratchSettings.path());
    }

    MainWindow window;
    if (screenshot)
        window.resize(1280, 760); // the same picture whatever size was saved last time
    window.show();
    if (!files.isEmpty())
        window.openFiles(files);
    if (screenshot)
        scheduleScreenshot(&window, parser.value(screenshotOption));
    return QApplication::exec();
}

} // namespace parallax
