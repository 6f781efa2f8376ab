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
