#pragma once

#include <QStringView>

namespace parallax {

/// \brief Where a publication stamp that opens `text` ends, or -1: an optional label ("date",
/// "Posted", "Published on", "Updated:") and a full date with its time and zone
/// ("date 2031-04-02", "Posted May 4, 2031 6:30 AM CDT", "March 3, 2031" glued to the next
/// word). Without a label the date must be followed (maybe after a separator: | • ·) by a
/// capitalised word or a digit, as a stamp fused with the next line is ("March 3, 2031Rescuers
/// reached..."); a sentence that starts with a date goes on in lower case.
qsizetype datelinePrefixEnd(QStringView text);

/// \brief Whether what follows a stamp is a paragraph of its own (four words or more that have
/// letters) rather than a label or stray token ("News Today", "403", "• 2 min read").
bool isParagraphAfterStamp(QStringView rest);

} // namespace parallax
