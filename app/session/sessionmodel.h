#pragma once

#include "session.h"

#include <optional>

namespace parallax {

/// \brief What one edit did, with enough to undo it exactly.
struct AnnotationChange
{
    enum class Kind { Added, Edited, Removed };
    Kind kind = Kind::Added;
    int index = -1; ///< position in Session::annotations (before removal, after insertion)
    Annotation before; ///< Edited/Removed: the old value
    Annotation after; ///< Added/Edited: the new value
};

/// \brief A session with explicit editing commands; the UI wraps each call in a QUndoCommand.
///
/// Plain data, no signals: every command returns what changed, or nothing when it was refused
/// (unknown id, unknown document, range outside the paragraph).
class SessionModel final
{
public:
    SessionModel() = default;
    explicit SessionModel(Session session);

    const Session &session() const { return m_session; }
    void setSession(Session session);
    /// Bumped by every change, so autosave can tell whether anything happened since it last ran.
    quint64 revision() const { return m_revision; }

    /// Adds at the end (or at `index`), assigning an id if it has none and capturing quote and
    /// context from the document. `now` stamps created/modified when they are unset.
    std::optional<AnnotationChange> addAnnotation(Annotation annotation, const QDateTime &now, int index = -1);
    /// Replaces note, tag and colour (and the anchor, if it changed) of the annotation with `id`.
    std::optional<AnnotationChange> editAnnotation(const QString &id, const Annotation &updated, const QDateTime &now);
    std::optional<AnnotationChange> removeAnnotation(const QString &id);

    /// The index of the annotation with `id`, or -1.
    int indexOfAnnotation(const QString &id) const;
    /// "a<n+1>" where n is the highest number in use.
    QString nextAnnotationId() const;

    /// Sets a document's corrections; returns the previous ones, or nothing for an unknown key.
    std::optional<MetadataOverride> setOverrides(const QString &documentKey, const MetadataOverride &overrides);

private:
    Session m_session;
    quint64 m_revision = 0;
};

} // namespace parallax
