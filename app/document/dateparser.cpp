#include "dateparser.h"

namespace parallax {

// Placeholder: the real parser replaces this.
QList<DateMatch> findDates(QStringView text, const DateContext &context)
{
    Q_UNUSED(text);
    Q_UNUSED(context);
    return {};
}

std::optional<PublicationDate> parseDateTime(QStringView text)
{
    Q_UNUSED(text);
    return std::nullopt;
}

} // namespace parallax
