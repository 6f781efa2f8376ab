#include "sessionprompts.h"

#include "annotationdialog.h"

#include <QMessageBox>

namespace parallax {

DialogPrompts::DialogPrompts(QWidget *parent)
    : m_parent(parent)
{ }

std::optional<Annotation> DialogPrompts::editNote(const Annotation &note, const QString &title)
{
    AnnotationDialog dialog(m_parent);
    dialog.setWindowTitle(title);
    dialog.setAnnotation(note);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.annotation(note);
}

SessionPrompts::SaveChoice DialogPrompts::askToSave()
{
    const int answer = QMessageBox::warning(m_parent, tr("Unsaved Changes"),
                                            tr("The session has notes or corrections that are not saved. Save them?"),
                                            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return SaveChoice::Save;
    return answer == QMessageBox::Discard ? SaveChoice::Discard : SaveChoice::Cancel;
}

RecoveryDialog::Choice DialogPrompts::askToRecover(const RecoveryCandidate &candidate)
{
    RecoveryDialog dialog(candidate, m_parent);
    dialog.exec();
    return dialog.choice();
}

} // namespace parallax
