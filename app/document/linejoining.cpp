#include "linejoining.h"

#include "dateparser.h"

namespace parallax {

namespace {

// "By Ann Lee | Daily Post", "March 3, 2024", "08:45, 3 March 2024": a line that is mostly a
// date or a byline belongs to an article's head, never to a wrapped sentence.
bool isMetadataLine(QStringView line)
{
    if (line.startsWith(u"By ") || line.startsWith(u"BY ") || line.startsWith(u"Автор"))
        return true;
    qsizetype dated = 0;
    for (const DateMatch &m : findDates(line))
        dated += m.end - m.start;
    return dated * 10 >= line.size() * 4;
}

// Hard wrapping is the common case and must stay one paragraph, so a block counts as a stack
// of separate lines only when it looks like an article head: a few short lines, one of them
// (after the first) a date or a byline, none ending in a comma (a sentence going on).
bool isStackOfLines(const QList<QStringView> &lines)
{
    if (lines.size() < 2 || lines.size() > 5)
        return false;
    bool metadata = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].size() > 100 || lines[i].endsWith(u','))
            return false;
        metadata = metadata || (i > 0 && isMetadataLine(lines[i]));
    }
    return metadata;
}

} // namespace

QStringList joinWrappedLines(const QList<QStringView> &lines)
{
    QStringList out;
    if (isStackOfLines(lines)) {
        for (QStringView line : lines)
            out.append(line.toString());
        return out;
    }
    QString joined;
    for (QStringView line : lines) {
        if (!joined.isEmpty())
            joined += u' ';
        joined += line;
    }
    if (!joined.isEmpty())
        out.append(joined);
    return out;
}

} // namespace parallax
