#pragma once

#include "session/session.h"

#include <QAbstractTableModel>

namespace parallax {

/// \brief The session's notes as a table: tag, note, outlet, quoted text, modified. Reads a
/// Session owned elsewhere; the owner calls refresh() after every change.
class AnnotationsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TagColumn, NoteColumn, OutletColumn, QuoteColumn, ModifiedColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the annotation id
        DocumentKeyRole,
        TagRole, ///< the raw tag (for filtering)
        OutletRole, ///< the outlet's name (for filtering)
    };

    explicit AnnotationsModel(QObject *parent = nullptr);

    /// `session` must outlive the model or be replaced before it goes.
    void setSession(const Session *session);
    /// The session changed (notes added, edited, removed; metadata corrected).
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The row of annotation `id`, or -1.
    int rowOf(const QString &id) const;

    /// A tag as the analyst reads it: the built-in ones ("verified", ...) in the user's language,
    /// any other as typed. Sessions and reports keep the English name, so a session opens with
    /// the same tags and colours in every language.
    static QString tagLabel(const QString &tag);
    /// The tag a label typed or picked in the note dialog stands for (tagLabel() reversed).
    static QString tagFromLabel(const QString &label);

private:
    QString outletOf(const QString &documentKey) const;

    const Session *m_session = nullptr;
};

} // namespace parallax
