#include "buildinfo.h"
#include "cli/cli.h"
#include "document/pdf/pdfloader.h"
#include "i18n/translations.h"
#include "mainwindowlauncher.h"
#include "report/pdfreport.h"
#include "windowoptions.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <cstdlib>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {

// The window (ui) and the command line (cli) each know their own exit codes; the executable is
// where they meet, so the user sees one set.
static_assert(int(parallax::WindowExitOk) == int(parallax::ExitOk));
static_assert(int(parallax::WindowExitUsage) == int(parallax::ExitUsage));
static_assert(int(parallax::WindowExitWriteFailed) == int(parallax::ExitWriteFailed));

// Every path speaks the user's language from its first message on (CLI errors and --help too).
void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Parallax"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("parallaxreader.org"));
    QCoreApplication::setApplicationName(QStringLiteral("parallax"));
    QCoreApplication::setApplicationVersion(QLatin1StringView(parallax::appVersion));
    parallax::installTranslations();
}

// Whether a Qt platform plugin can show anything: a display, or a platform chosen explicitly (such
// as offscreen). Without this check QApplication aborts with a cryptic xcb message.
bool hasDisplay()
{
    return std::getenv("DISPLAY") || std::getenv("WAYLAND_DISPLAY") || std::getenv("QT_QPA_PLATFORM");
}

} // namespace

int main(int argc, char **argv)
{
#ifdef __GLIBC__
    // glibc raises its mmap threshold each time a large block is freed, so the big buffers of a
    // long comparison (token lists, facts, the report text) end up in the heap, which never
    // shrinks: 2 x 100,000 words peaked at 66 MB resident instead of 55 MB. A fixed threshold keeps
    // every block over 256 KiB in its own mapping, returned as soon as it is freed.
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
#endif
    // Before any loading, in the GUI and in --json runs alike.
    parallax::registerPdfLoader();
    if (parallax::needsPdfWriter(argc, argv)) {
        // QPainter and fonts need a QGuiApplication; with no display the offscreen platform does.
        if (!hasDisplay())
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // QGuiApplication consumes "-session"/"--session" (X11 session management), so keep the
        // arguments as given.
        QStringList arguments;
        for (int i = 0; i < argc; ++i)
            arguments.append(QString::fromLocal8Bit(argv[i]));
        QGuiApplication app(argc, argv);
        setIdentity();
        return parallax::runCli(
            arguments,
            [](const parallax::ReportContent &content, const QString &path, const QString &pageSize) {
                parallax::PdfOptions options;
                options.pageSize = pageSize.compare(u"Letter", Qt::CaseInsensitive) == 0 ? parallax::PdfPageSize::Letter
                                                                                         : parallax::PdfPageSize::A4;
                return parallax::writePdfReport(content, path, options);
            },
            parallax::WindowOptions().all());
    }
    if (parallax::isHeadlessInvocation(argc, argv)) {
        // Pure QCoreApplication: --json and friends must run where no Qt platform plugin loads.
        QCoreApplication app(argc, argv);
        setIdentity();
        // The window's options too: `--help` lists them, and `--json OUT --dark FILE` is no error.
        return parallax::runCli(QCoreApplication::arguments(), {}, parallax::WindowOptions().all());
    }
    if (!hasDisplay()) {
        // A QCoreApplication only to say so in the user's language.
        QCoreApplication app(argc, argv);
        setIdentity();
        const QString message = QCoreApplication::translate("cli",
                                                            "parallax: no display found (DISPLAY/WAYLAND_DISPLAY unset).\n"
                                                            "Use 'parallax --json OUT FILE...' for a headless report.\n");
        std::fputs(message.toLocal8Bit().constData(), stderr);
        return parallax::ExitUsage;
    }
    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Parallax"));
    QApplication::setDesktopFileName(QLatin1StringView(parallax::appId));
    return parallax::runMainWindow(QCoreApplication::arguments().mid(1));
}
