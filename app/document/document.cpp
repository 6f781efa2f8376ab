#include "document.h"

namespace parallax {

QString roleName(ParagraphRole role)
{
    switch (role) {
    case ParagraphRole::Title:
        return QStringLiteral("title");
    case ParagraphRole::Dateline:
        return QStringLiteral("dateline");
    case ParagraphRole::Body:
        return QStringLiteral("body");
    case ParagraphRole::Caption:
        return QStringLiteral("caption");
    case ParagraphRole::Boilerplate:
        return QStringLiteral("boilerplate");
    case ParagraphRole::Heading:
        return QStringLiteral("heading");
    }
    return QStringLiteral("body");
}

QString PublicationDate::toIso() const
{
    if (!date.isValid())
        return {};
    QString iso = date.toString(Qt::ISODate);
    if (!time.isValid())
        return iso;
    iso += u'T' + time.toString(QStringLiteral("HH:mm:ss"));
    if (utcOffsetSeconds) {
        const int offset = *utcOffsetSeconds;
        const int minutes = qAbs(offset) / 60;
        iso += (offset < 0 ? u'-' : u'+')
            + QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    }
    return iso;
}

} // namespace parallax
