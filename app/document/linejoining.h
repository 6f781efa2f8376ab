#pragma once

#include <QList>
#include <QStringList>
#include <QStringView>

namespace parallax {

/// \brief Joins the lines of one block of text into paragraphs: hard-wrapped lines become one
/// paragraph (joined with a space), while an article head written as a stack of short lines —
/// "Headline / Outlet / 08:45, 3 March 2024" in a text file, "By Ann Lee, Daily Post / March 3,
/// 2024" in Markdown — stays one paragraph per line. Lines are expected trimmed and non-empty.
QStringList joinWrappedLines(const QList<QStringView> &lines);

} // namespace parallax
