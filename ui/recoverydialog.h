#pragma once

#include "session/autosavestore.h"

#include <QDialog>

class QPlainTextEdit;

namespace parallax {

/// \brief "Parallax did not close properly last time": Recover, Discard, or show what the
/// autosave holds that the saved session does not (AutosaveStore::differences()).
class RecoveryDialog final : public QDialog
{
    Q_OBJECT
public:
    enum Choice { Later = 0, Recover = 1, Discard = 2 };

    explicit RecoveryDialog(const RecoveryCandidate &candidate, QWidget *parent = nullptr);
    Choice choice() const { return m_choice; }
    /// The differences text (filled when "Show Differences" was pressed).
    QPlainTextEdit *differencesView() const { return m_differences; }
    void showDifferences();

private:
    RecoveryCandidate m_candidate;
    QPlainTextEdit *m_differences;
    Choice m_choice = Later;
};

} // namespace parallax
