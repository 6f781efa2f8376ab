#pragma once

#include <QStringList>

namespace parallax {

/// \brief The exit codes runMainWindow() uses. They are the executable's (`ExitCode` in
/// app/cli/cli.h); app/main.cpp checks that the two agree.
enum WindowExitCode : int { WindowExitOk = 0, WindowExitUsage = 1, WindowExitWriteFailed = 3 };

/// \brief Shows the main window on the files in `arguments` (the command line without the
/// program name) and runs the event loop; needs a QApplication. Understands the developer option
/// `--screenshot PNG`: grab the window once loading finished, save it and exit.
int runMainWindow(const QStringList &arguments);

} // namespace parallax
