#pragma once

#include "document/document.h"

#include <QAbstractTableModel>

namespace parallax {

/// \brief The open articles: id, outlet, title, date, format, encoding, file. Outlet, title and
/// date are editable (loaders guess them; the analyst knows better), edits are announced.
class SourcesModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { IdColumn, OutletColumn, TitleColumn, DateColumn, FormatColumn, EncodingColumn, PathColumn, ColumnCount };

    explicit SourcesModel(QObject *parent = nullptr);

    void setDocuments(const QList<Document> &documents);
    const QList<Document> &documents() const { return m_documents; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Parses "2024-03-03", "2024-03-03T08:45" or "2024-03-03T08:45:00+01:00"; empty = unknown.
    static std::optional<PublicationDate> parseDate(const QString &text);

Q_SIGNALS:
    void metadataEdited(int document, const parallax::Document &edited);

private:
    QList<Document> m_documents;
};

} // namespace parallax
