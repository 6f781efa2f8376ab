#include "annotationsmodel.h"

#include <QColor>
#include <QLocale>

namespace parallax {

AnnotationsModel::AnnotationsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AnnotationsModel::setSession(const Session *session)
{
    beginResetModel();
    m_session = session;
    endResetModel();
}

void AnnotationsModel::refresh()
{
    // A reset is simple and cheap at the scale of an analyst's notes (tens, not thousands).
    beginResetModel();
    endResetModel();
}

int AnnotationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_session ? 0 : int(m_session->annotations.size());
}

int AnnotationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AnnotationsModel::outletOf(const QString &documentKey) const
{
    const int d = m_session->indexOfKey(documentKey);
    if (d < 0)
        return tr("(closed article)");
    const SessionDocument &sd = m_session->documents.at(d);
    const Document doc = applyOverrides(sd.document, sd.overrides);
    return doc.outlet.isEmpty() ? doc.title : doc.outlet;
}

QVariant AnnotationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_session)
        return {};
    const Annotation &a = m_session->annotations.at(index.row());
    switch (role) {
    case IdRole:
        return a.id;
    case DocumentKeyRole:
        return a.documentKey;
    case TagRole:
        return a.tag;
    case OutletRole:
        return outletOf(a.documentKey);
    case Qt::DecorationRole:
        return index.column() == TagColumn ? QVariant(QColor(a.colour)) : QVariant();
    case Qt::ToolTipRole:
        if (a.isOrphaned())
            return tr("This note's text was not found again: %1").arg(a.orphanedReason);
        return a.note;
    case Qt::DisplayRole:
        switch (index.column()) {
        case TagColumn:
            return tagLabel(a.tag);
        case NoteColumn:
            return a.note;
        case OutletColumn:
            return outletOf(a.documentKey);
        case QuoteColumn:
            return a.isOrphaned() ? tr("⚠ %1").arg(a.quote) : a.quote;
        case ModifiedColumn:
            return QLocale().toString(a.modified.toLocalTime(), QLocale::ShortFormat);
        default:
            return {};
        }
    case Qt::EditRole:
        // Sorting by date sorts by the moment, not by the localised text.
        return index.column() == ModifiedColumn ? QVariant(a.modified) : data(index, Qt::DisplayRole);
    default:
        return {};
    }
}

QVariant AnnotationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TagColumn:
        return tr("Tag");
    case NoteColumn:
        return tr("Note");
    case OutletColumn:
        return tr("Outlet");
    case QuoteColumn:
        return tr("Text");
    case ModifiedColumn:
        return tr("Modified");
    default:
        return {};
    }
}

QString AnnotationsModel::tagLabel(const QString &tag)
{
    // The built-in tags of builtinAnnotationTags(), which must stay their English keys.
    static const char *const labels[]
        = {QT_TR_NOOP("verified"), QT_TR_NOOP("disputed"), QT_TR_NOOP("key quote"), QT_TR_NOOP("follow up")};
    for (const char *label : labels) {
        if (tag == QLatin1StringView(label))
            return tr(label);
    }
    return tag;
}

QString AnnotationsModel::tagFromLabel(const QString &label)
{
    for (const QString &tag : builtinAnnotationTags()) {
        if (label == tagLabel(tag))
            return tag;
    }
    return label;
}

int AnnotationsModel::rowOf(const QString &id) const
{
    if (!m_session)
        return -1;
    for (qsizetype i = 0; i < m_session->annotations.size(); ++i) {
        if (m_session->annotations.at(i).id == id)
            return int(i);
    }
    return -1;
}

} // namespace parallax
