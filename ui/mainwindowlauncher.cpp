#include "mainwindowlauncher.h"

#include "comparisoncontroller.h"
#include "mainwindow.h"
#include "sessioncontroller.h"
#include "windowoptions.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QPalette>
#include <QSettings>
#include <QStyle>
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
                printError(QCoreApplication::translate("cli", "parallax: cannot write screenshot %1").arg(target));
            // exit(), not quit(): quitting would close the window and store the forced size.
            QCoreApplication::exit(saved ? WindowExitOk : WindowExitWriteFailed);
        });
    };
    // Wait for the comparison too: the picture should show highlights, not plain text.
    const ComparisonController *comparison = window->comparisonController();
    if (comparison->isLoading()) {
        QObject::connect(
            comparison, &ComparisonController::loadFinished, window,
            [comparison, window, grab] {
                if (comparison->isComparing())
                    QObject::connect(comparison, &ComparisonController::comparisonFinished, window, grab,
                                     Qt::SingleShotConnection);
                else
                    grab();
            },
            Qt::SingleShotConnection);
    } else if (comparison->isComparing()) {
        QObject::connect(comparison, &ComparisonController::comparisonFinished, window, grab, Qt::SingleShotConnection);
    } else {
        grab();
    }
}

// A dark Fusion palette: lets screenshots and tests show the dark theme on any machine.
void applyDarkPalette()
{
    QApplication::setStyle(QStringLiteral("Fusion"));
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    p.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x41));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Light, QColor(0x4a, 0x4c, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x40, 0x44));
    p.setColor(QPalette::Mid, QColor(0x70, 0x72, 0x78));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    QApplication::setPalette(p);
}

} // namespace

int runMainWindow(const QStringList &arguments)
{
    // The same options as `parallax --help` lists (app/main.cpp hands them to the command line).
    QCommandLineParser parser;
    const WindowOptions options;
    options.addTo(parser);
    if (!parser.parse(QStringList {QCoreApplication::applicationFilePath()} + arguments)) {
        printError(QStringLiteral("parallax: %1").arg(parser.errorText()));
        return WindowExitUsage;
    }
    const QStringList files = parser.positionalArguments();
    const bool screenshot = parser.isSet(options.screenshot);

    // A screenshot neither reads nor writes the user's settings: the same picture on every
    // machine, and no recent-files entries from it.
    QTemporaryDir scratchSettings;
    if (screenshot && scratchSettings.isValid()) {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, scratchSettings.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, scratchSettings.path());
    }

    if (parser.isSet(options.dark))
        applyDarkPalette();
    MainWindow window;
    if (parser.isSet(options.layout)) {
        const QString layout = parser.value(options.layout);
        if (layout != QLatin1StringView("aligned") && layout != QLatin1StringView("original")) {
            printError(QCoreApplication::translate("cli", "parallax: --layout must be 'aligned' or 'original'"));
            return WindowExitUsage;
        }
        window.setViewLayout(layout == QLatin1StringView("original") ? ViewLayout::OriginalOrder : ViewLayout::AlignedRows);
    }
    if (screenshot) {
        // The same picture whatever size was saved last time.
        QSize size(1400, 800);
        const QStringList wh = parser.value(options.size).split(u'x');
        if (wh.size() == 2 && wh.at(0).toInt() > 0 && wh.at(1).toInt() > 0)
            size = QSize(wh.at(0).toInt(), wh.at(1).toInt());
        window.resize(size);
    }
    window.show();
    if (!files.isEmpty())
        window.openFiles(files);
    if (screenshot)
        scheduleScreenshot(&window, parser.value(options.screenshot));
    else // after the first paint: the question belongs in front of the window
        QTimer::singleShot(0, window.sessionController(), &SessionController::offerRecovery);
    return QApplication::exec();
}

} // namespace parallax
