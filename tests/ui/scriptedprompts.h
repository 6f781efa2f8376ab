#pragma once

// Answers the session controller's questions in tests, without dialogs: each answer is a
// function the test sets; an unset one answers "cancel" (no note, Cancel, Later).
#include "mainwindow.h"
#include "sessioncontroller.h"
#include "sessionprompts.h"

#include <functional>

namespace parallax::test {

struct ScriptedPrompts final : SessionPrompts
{
    std::function<std::optional<Annotation>(const Annotation &)> note;
    std::function<SaveChoice()> save;
    std::function<RecoveryDialog::Choice(const RecoveryCandidate &)> recovery;

    std::optional<Annotation> editNote(const Annotation &current, const QString &) override
    {
        return note ? note(current) : std::nullopt;
    }
    SaveChoice askToSave() override { return save ? save() : SaveChoice::Cancel; }
    RecoveryDialog::Choice askToRecover(const RecoveryCandidate &candidate) override
    {
        return recovery ? recovery(candidate) : RecoveryDialog::Later;
    }
};

/// The scripted prompts of `window`'s session controller (installed on first use).
inline ScriptedPrompts &prompts(MainWindow &window)
{
    SessionController *session = window.sessionController();
    if (auto *scripted = dynamic_cast<ScriptedPrompts *>(session->prompts()))
        return *scripted;
    auto scripted = std::make_unique<ScriptedPrompts>();
    ScriptedPrompts &result = *scripted;
    session->setPrompts(std::move(scripted));
    return result;
}

} // namespace parallax::test
