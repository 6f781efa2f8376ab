#include "sourcesmodel.h"

#include <QDir>
#include <QRegularExpression>

namespace parallax {

SourcesModel::SourcesModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SourcesModel::setDocuments(const QList<Document> &documents)
{
    beginResetModel();
    m_documents = documents;
    endResetModel();
}

int SourcesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

int SourcesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourcesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Document &d = m_documents.at(index.row());
    if (role == Qt::UserRole)
        return index.row();
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case IdColumn:
        return d.id;
    case OutletColumn:
        return d.outlet;
    case TitleColumn:
        return d.title;
    case DateColumn:
        return d.published.toIso();
    case FormatColumn:
        return d.format;
    case EncodingColumn:
        return d.encoding;
    case PathColumn:
        return d.path.isEmpty() ? tr("(pasted)") : QDir::toNativeSeparators(d.path);
    default:
        return {};
    }
}

std::optional<PublicationDate> SourcesModel::parseDate(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return PublicationDate {};
    static const QRegularExpression iso(
        QStringLiteral(R"(^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(Z|[+-]\d{2}:\d{2})?)?$)"));
    const QRegularExpressionMatch m = iso.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    PublicationDate date;
    date.date = QDate::fromString(m.captured(1), Qt::ISODate);
    if (!date.date.isValid())
        return std::nullopt;
    if (m.hasCaptured(2)) {
        date.time
            = QTime::fromString(m.captured(2), m.captured(2).size() == 5 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss"));
        if (!date.time.isValid())
            return std::nullopt;
    }
    if (m.hasCaptured(3)) {
        const QString zone = m.captured(3);
        if (zone == QLatin1StringView("Z"))
            date.utcOffsetSeconds = 0;
        else
            date.utcOffsetSeconds = (zone.at(0) == u'-' ? -1 : 1) * (zone.mid(1, 2).toInt() * 3600 + zone.mid(4, 2).toInt() * 60);
    }
    return date;
}

bool SourcesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Document &d = m_documents[index.row()];
    const QString text = value.toString();
    switch (index.column()) {
    case OutletColumn:
        d.outlet = text.trimmed();
        break;
    case TitleColumn:
        d.title = text.trimmed();
        break;
    case DateColumn: {
        const std::optional<PublicationDate> date = parseDate(text);
        if (!date)
            return false; // the editor keeps the old value; nothing half-parsed is stored
        d.published = *date;
        break;
    }
    default:
        return false;
    }
    Q_EMIT dataChanged(index, index);
    Q_EMIT metadataEdited(index.row(), d);
    return true;
}

Qt::ItemFlags SourcesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == OutletColumn || index.column() == TitleColumn || index.column() == DateColumn))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant SourcesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Id");
    case OutletColumn:
        return tr("Outlet");
    case TitleColumn:
        return tr("Title");
    case DateColumn:
        return tr("Date");
    case FormatColumn:
        return tr("Format");
    case EncodingColumn:
        return tr("Encoding");
    case PathColumn:
        return tr("File");
    default:
        return {};
    }
}

} // namespace parallax
