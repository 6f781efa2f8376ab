#include "sessionmodel.h"

#include <utility>

namespace parallax {

SessionModel::SessionModel(Session session)
    : m_session(std::move(session))
{ }

void SessionModel::setSession(Session session)
{
    m_session = std::move(session);
    ++m_revision;
}

int SessionModel::indexOfAnnotation(const QString &id) const
{
    for (qsizetype i = 0; i < m_session.annotations.size(); ++i) {
        if (m_session.annotations.at(i).id == id)
            return int(i);
    }
    return -1;
}

QString SessionModel::nextAnnotationId() const
{
    int highest = 0;
    for (const Annotation &a : m_session.annotations) {
        if (a.id.startsWith(u'a')) {
            bool ok = false;
            const int n = QStringView(a.id).mid(1).toInt(&ok);
            if (ok)
                highest = qMax(highest, n);
        }
    }
    return QStringLiteral("a%1").arg(highest + 1);
}

std::optional<AnnotationChange> SessionModel::addAnnotation(Annotation annotation, const QDateTime &now, int index)
{
    const int doc = m_session.indexOfKey(annotation.documentKey);
    if (doc < 0)
        return std::nullopt;
    if (annotation.id.isEmpty())
        annotation.id = nextAnnotationId();
    else if (indexOfAnnotation(annotation.id) >= 0)
        return std::nullopt;
    // A redo re-adds an annotation exactly as it was; only a new one captures its anchor.
    if (annotation.quote.isEmpty()) {
        if (!captureAnchor(annotation, m_session.documents.at(doc).document))
            return std::nullopt;
    } else if (!annotation.isOrphaned()) {
        // A stored anchor must still point inside its paragraph.
        Annotation probe = annotation;
        if (!captureAnchor(probe, m_session.documents.at(doc).document))
            return std::nullopt;
    }
    if (annotation.colour.isEmpty())
        annotation.colour = defaultTagColour(annotation.tag);
    if (!isValidColour(annotation.colour))
        return std::nullopt;
    if (!annotation.created.isValid())
        annotation.created = now.toUTC();
    if (!annotation.modified.isValid())
        annotation.modified = annotation.created;
    if (index < 0 || index > m_session.annotations.size())
        index = int(m_session.annotations.size());
    m_session.annotations.insert(index, annotation);
    ++m_revision;
    AnnotationChange change;
    change.kind = AnnotationChange::Kind::Added;
    change.index = index;
    change.after = annotation;
    return change;
}

std::optional<AnnotationChange> SessionModel::editAnnotation(const QString &id, const Annotation &updated, const QDateTime &now)
{
    const int index = indexOfAnnotation(id);
    if (index < 0 || !isValidColour(updated.colour))
        return std::nullopt;
    const Annotation before = m_session.annotations.at(index);
    Annotation after = updated;
    after.id = id;
    after.created = before.created;
    const int doc = m_session.indexOfKey(after.documentKey);
    if (doc < 0)
        return std::nullopt;
    const bool moved = after.documentKey != before.documentKey || after.paragraph != before.paragraph
        || after.start != before.start || after.end != before.end;
    if (moved && !captureAnchor(after, m_session.documents.at(doc).document))
        return std::nullopt;
    after.modified = now.isValid() ? now.toUTC() : before.modified;
    if (after == before)
        return std::nullopt;
    m_session.annotations[index] = after;
    ++m_revision;
    AnnotationChange change;
    change.kind = AnnotationChange::Kind::Edited;
    change.index = index;
    change.before = before;
    change.after = after;
    return change;
}

std::optional<AnnotationChange> SessionModel::removeAnnotation(const QString &id)
{
    const int index = indexOfAnnotation(id);
    if (index < 0)
        return std::nullopt;
    AnnotationChange change;
    change.kind = AnnotationChange::Kind::Removed;
    change.index = index;
    change.before = m_session.annotations.takeAt(index);
    ++m_revision;
    return change;
}

std::optional<MetadataOverride> SessionModel::setOverrides(const QString &documentKey, const MetadataOverride &overrides)
{
    const int doc = m_session.indexOfKey(documentKey);
    if (doc < 0)
        return std::nullopt;
    const MetadataOverride previous = m_session.documents.at(doc).overrides;
    m_session.documents[doc].overrides = overrides;
    ++m_revision;
    return previous;
}

} // namespace parallax
