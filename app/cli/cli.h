#pragma once

#include <QStringList>

namespace parallax {

/// \brief Exit codes of the `parallax` executable.
enum ExitCode : int { ExitOk = 0, ExitUsage = 1, ExitLoadFailed = 2, ExitWriteFailed = 3 };

/// \brief True when the arguments ask for headless work (--json, --help, --version), which must
/// not need a display. Looked at before any QCoreApplication exists.
bool isHeadlessInvocation(int argc, char **argv);

/// \brief Runs the headless command line; needs a QCoreApplication. Returns an ExitCode.
int runCli(const QStringList &arguments);

} // namespace parallax
