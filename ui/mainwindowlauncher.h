#pragma once

#include <QStringList>

namespace parallax {

/// \brief Shows the main window on `files` and runs the event loop; needs a QApplication.
int runMainWindow(const QStringList &files);

} // namespace parallax
