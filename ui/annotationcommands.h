#pragma once

#include "session/sessionmodel.h"

#include <QDateTime>
#include <QUndoCommand>

#include <functional>

namespace parallax {

/// \brief Called after a command changed the model, so views can refresh (and autosave can
/// schedule itself).
using AnnotationChanged = std::function<void(const AnnotationChange &)>;

/// \brief Adds a note; undo removes it again. The first redo assigns the id and captures the
/// anchor; later redos re-insert exactly that annotation at the same place.
class AddAnnotationCommand final : public QUndoCommand
{
public:
    AddAnnotationCommand(SessionModel &model, const Annotation &annotation, AnnotationChanged changed = {},
                         QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    /// False when the model refused the annotation (then undo/redo do nothing).
    bool isValid() const { return m_valid; }
    QString annotationId() const { return m_added.id; }

private:
    SessionModel &m_model;
    Annotation m_added;
    int m_index = -1;
    bool m_valid = true;
    bool m_first = true;
    AnnotationChanged m_changed;
};

/// \brief Changes a note's text, tag, colour or anchor; undo restores the old value exactly.
class EditAnnotationCommand final : public QUndoCommand
{
public:
    EditAnnotationCommand(SessionModel &model, const QString &id, const Annotation &updated, AnnotationChanged changed = {},
                          QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return 0x5041; }
    /// Typing in the note editor gives one undo step per note, not one per keystroke.
    bool mergeWith(const QUndoCommand *other) override;

private:
    void replace(const Annotation &value);

    SessionModel &m_model;
    QString m_annotationId;
    Annotation m_before;
    Annotation m_after;
    bool m_first = true;
    AnnotationChanged m_changed;
};

/// \brief Deletes a note; undo puts it back at its old position.
class RemoveAnnotationCommand final : public QUndoCommand
{
public:
    RemoveAnnotationCommand(SessionModel &model, const QString &id, AnnotationChanged changed = {},
                            QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    SessionModel &m_model;
    QString m_annotationId;
    Annotation m_removed;
    int m_index = -1;
    AnnotationChanged m_changed;
};

} // namespace parallax
