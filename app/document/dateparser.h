#pragma once

#include "document.h"

#include <QList>
#include <QStringView>

#include <optional>

namespace parallax {

/// \brief What a date in running text is resolved against.
struct DateContext
{
    QDate reference; ///< e.g. the article's publication date: resolves "on Tuesday", "3 March"
    /// "Now" for a year-less date that only a weekday can place ("Sunday 3rd March" without a
    /// reference); invalid means the system date. Tests set it to stay deterministic.
    QDate today;
    /// Read an ambiguous "04/05/2024" as 4 May (the source writes day first) instead of April 5.
    bool slashDayFirst = false;
};

/// \brief A date (and maybe time) found in text: [start, end) in UTF-16 code units.
struct DateMatch
{
    PublicationDate value;
    int start = 0;
    int end = 0;
    bool relative = false; ///< resolved from "last Friday", "yesterday", a year-less date...
};

/// \brief Every date/date-time written in `text`, in text order, in the forms news uses.
QList<DateMatch> findDates(QStringView text, const DateContext &context = {});

/// \brief Parses a string that is entirely one date or date-time (meta tags, `<time datetime>`).
std::optional<PublicationDate> parseDateTime(QStringView text);

} // namespace parallax
