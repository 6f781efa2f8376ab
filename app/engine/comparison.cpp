#include "comparison.h"

#include <QLocale>

namespace parallax {

QString spanKindName(SpanKind kind)
{
    switch (kind) {
    case SpanKind::Same:
        return QStringLiteral("same");
    case SpanKind::Changed:
        return QStringLiteral("changed");
    case SpanKind::Added:
        return QStringLiteral("added");
    }
    return QStringLiteral("same");
}

QString factKindName(FactKind kind)
{
    switch (kind) {
    case FactKind::Number:
        return QStringLiteral("number");
    case FactKind::Percent:
        return QStringLiteral("percent");
    case FactKind::Money:
        return QStringLiteral("money");
    case FactKind::Duration:
        return QStringLiteral("duration");
    case FactKind::Date:
        return QStringLiteral("date");
    case FactKind::Time:
        return QStringLiteral("time");
    case FactKind::Name:
        return QStringLiteral("name");
    }
    return QStringLiteral("number");
}

QString EventWhenWhere::toEnglish() const
{
    QStringList when;
    if (weekday > 0)
        when << QLocale::c().dayName(weekday);
    if (date.isValid())
        when << QLocale::c().toString(date, u"d MMMM yyyy");
    QString text = when.join(u' ');
    if (!place.isEmpty())
        text += (text.isEmpty() ? QStringLiteral("in ") : QStringLiteral(" in ")) + place;
    return text;
}

} // namespace parallax
