#pragma once

#include <QCommandLineOption>
#include <QStringList>

#include <functional>

namespace parallax {

class ReportContent;

/// \brief Exit codes of the `parallax` executable.
enum ExitCode : int { ExitOk = 0, ExitUsage = 1, ExitLoadFailed = 2, ExitWriteFailed = 3 };

/// \brief True when the arguments ask for headless work (--json, --pdf, --html, --csv-conflicts,
/// --csv-quotes, --help, --version), which must not need a display. Looked at before any
/// QCoreApplication exists.
bool isHeadlessInvocation(int argc, char **argv);

/// \brief True when the arguments ask for --pdf, which needs a QGuiApplication (QPainter, fonts);
/// the offscreen platform is enough.
bool needsPdfWriter(int argc, char **argv);

/// \brief Writes the annotated PDF; returns an error or "". Supplied by the executable, because
/// parallax_core must not link Qt Gui. `pageSize` is "A4" or "Letter".
using PdfExporter = std::function<QString(const ReportContent &content, const QString &path, const QString &pageSize)>;

/// \brief Runs the headless command line; needs a QCoreApplication (a QGuiApplication when
/// `pdf` is used). Returns an ExitCode. `windowOptions` are the options of the window (the
/// executable passes ui's WindowOptions): accepted and ignored here, listed by `--help`.
int runCli(const QStringList &arguments, const PdfExporter &pdf = {}, const QList<QCommandLineOption> &windowOptions = {});

} // namespace parallax
