#include "annotationcommands.h"

#include <QCoreApplication>

#include <utility>

namespace parallax {

namespace {

// Commands replaying a change must not stamp a new time: undo/redo restore, they do not edit.
const QDateTime noTime;

} // namespace

AddAnnotationCommand::AddAnnotationCommand(SessionModel &model, const Annotation &annotation, AnnotationChanged changed,
                                           QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("annotations", "Add note"), parent)
    , m_model(model)
    , m_added(annotation)
    , m_changed(std::move(changed))
{ }

void AddAnnotationCommand::redo()
{
    if (!m_valid)
        return;
    const auto change = m_model.addAnnotation(m_added, m_first ? QDateTime::currentDateTimeUtc() : noTime, m_index);
    if (!change) {
        m_valid = false;
        setObsolete(true);
        return;
    }
    m_first = false;
    m_added = change->after;
    m_index = change->index;
    if (m_changed)
        m_changed(*change);
}

void AddAnnotationCommand::undo()
{
    if (!m_valid)
        return;
    const auto change = m_model.removeAnnotation(m_added.id);
    if (change && m_changed)
        m_changed(*change);
}

EditAnnotationCommand::EditAnnotationCommand(SessionModel &model, const QString &id, const Annotation &updated,
                                             AnnotationChanged changed, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("annotations", "Edit note"), parent)
    , m_model(model)
    , m_annotationId(id)
    , m_after(updated)
    , m_changed(std::move(changed))
{
    const int index = model.indexOfAnnotation(id);
    if (index >= 0)
        m_before = model.session().annotations.at(index);
    else
        setObsolete(true);
}

void EditAnnotationCommand::replace(const Annotation &value)
{
    // Going back to a stored value: remove and re-insert exactly, times included.
    const int index = m_model.indexOfAnnotation(m_annotationId);
    if (index < 0)
        return;
    const Annotation current = m_model.session().annotations.at(index);
    const auto removed = m_model.removeAnnotation(m_annotationId);
    const auto added = m_model.addAnnotation(value, noTime, index);
    if (removed && added && m_changed) {
        AnnotationChange change;
        change.kind = AnnotationChange::Kind::Edited;
        change.index = index;
        change.before = current;
        change.after = value;
        m_changed(change);
    }
}

void EditAnnotationCommand::redo()
{
    if (isObsolete())
        return;
    if (m_first) {
        m_first = false;
        const auto change = m_model.editAnnotation(m_annotationId, m_after, QDateTime::currentDateTimeUtc());
        if (!change) {
            setObsolete(true);
            return;
        }
        m_after = change->after;
        if (m_changed)
            m_changed(*change);
        return;
    }
    replace(m_after);
}

void EditAnnotationCommand::undo()
{
    if (!isObsolete())
        replace(m_before);
}

bool EditAnnotationCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditAnnotationCommand *>(other);
    if (next->m_annotationId != m_annotationId || next->isObsolete())
        return false;
    m_after = next->m_after;
    return true;
}

RemoveAnnotationCommand::RemoveAnnotationCommand(SessionModel &model, const QString &id, AnnotationChanged changed,
                                                 QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("annotations", "Delete note"), parent)
    , m_model(model)
    , m_annotationId(id)
    , m_changed(std::move(changed))
{ }

void RemoveAnnotationCommand::redo()
{
    const auto change = m_model.removeAnnotation(m_annotationId);
    if (!change) {
        setObsolete(true);
        return;
    }
    m_removed = change->before;
    m_index = change->index;
    if (m_changed)
        m_changed(*change);
}

void RemoveAnnotationCommand::undo()
{
    if (m_index < 0)
        return;
    const auto change = m_model.addAnnotation(m_removed, noTime, m_index);
    if (change && m_changed)
        m_changed(*change);
}

} // namespace parallax
