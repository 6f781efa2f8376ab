#pragma once

#include "recoverydialog.h"
#include "session/annotation.h"

#include <QObject>

#include <optional>

class QWidget;

namespace parallax {

/// \brief The questions the session controller asks the user: a note's text, tag and colour;
/// whether to save unsaved work; whether to recover a crashed run's autosave. DialogPrompts asks
/// with dialogs; SessionController::setPrompts() puts something else in their place (a test, a
/// script).
class SessionPrompts
{
public:
    /// What happens to unsaved notes or corrections before they would be lost.
    enum class SaveChoice { Save, Discard, Cancel };

    virtual ~SessionPrompts() = default;
    /// Lets the user edit `note` (text, tag, colour) in a window titled `title`; nothing when
    /// cancelled.
    virtual std::optional<Annotation> editNote(const Annotation &note, const QString &title) = 0;
    /// The session has notes or corrections that are not saved: save, discard or cancel?
    virtual SaveChoice askToSave() = 0;
    /// A run that did not end cleanly left `candidate`: recover it, discard it, or ask later?
    virtual RecoveryDialog::Choice askToRecover(const RecoveryCandidate &candidate) = 0;
};

/// \brief The prompts as the user sees them: AnnotationDialog, a Save / Discard / Cancel message
/// box, RecoveryDialog, each modal over `parent`.
class DialogPrompts final : public QObject, public SessionPrompts
{
    Q_OBJECT
public:
    explicit DialogPrompts(QWidget *parent);

    std::optional<Annotation> editNote(const Annotation &note, const QString &title) override;
    SaveChoice askToSave() override;
    RecoveryDialog::Choice askToRecover(const RecoveryCandidate &candidate) override;

private:
    QWidget *m_parent;
};

} // namespace parallax
