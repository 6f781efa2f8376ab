#pragma once

#include "engine/comparison.h"

#include <QByteArray>
#include <QStringList>

namespace parallax {

/// \brief One RFC 4180 record: fields quoted when they hold a comma, quote, CR or LF; CRLF ends it.
QByteArray csvRecord(const QStringList &fields);

/// \brief Conflicts as CSV, one row per claim: conflict, kind, subject, unit, document, outlet,
/// published, value, text, paragraph, start, end. UTF-8, header row first, CRLF line ends.
QByteArray conflictsCsv(const Comparison &comparison);

/// \brief Quotes as CSV, one row per occurrence: quote, speaker, verbatim, document, outlet,
/// paragraph, start, end, text.
QByteArray quotesCsv(const Comparison &comparison);

} // namespace parallax
