#pragma once

#include <QString>

namespace parallax {

class MainWindow;

/// \brief Developer hook for tests/ui/tst_appkill only (hidden option `--save-loop FILE`): once
/// loading finished, answers any crash recovery with Recover, then keeps saving the session to
/// `file` and editing one note "save-loop N" (N counts up) so that autosaves follow, until the
/// process is killed. Prints "recovered ID" and "ready N" lines on stdout for the test.
void startSaveLoop(MainWindow *window, const QString &file);

} // namespace parallax
