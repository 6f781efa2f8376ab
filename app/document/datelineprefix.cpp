#include "datelineprefix.h"

#include "dateparser.h"
#include "headings.h"

#include <QRegularExpression>

namespace parallax {

namespace {

// A stamp is short; the rest of a long paragraph is not searched for it.
constexpr qsizetype MaxStampLength = 80;

} // namespace

qsizetype datelinePrefixEnd(QStringView text)
{
    if (text.isEmpty() || !(text.front().isLetterOrNumber()))
        return -1;
    static const QRegularExpression label(
        QStringLiteral(
            R"(^(date|dated|published|posted|updated|last updated|first published|modified|last modified)\b\s*:?\s*((on|at)\s+)?)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const QStringView head = text.left(MaxStampLength);
    const auto m = label.match(head);
    const qsizetype dateStart = m.hasMatch() ? m.capturedEnd() : 0;
    const QList<DateMatch> dates = findDates(head);
    if (dates.isEmpty() || dates.constFirst().start != dateStart || dates.constFirst().relative
        || !dates.constFirst().value.isValid())
        return -1;
    const qsizetype end = dates.constFirst().end;
    if (!m.hasMatch()) {
        // Spaces and a separator ("3 March 2031 • 2 min read") may stand between.
        qsizetype next = end;
        while (next < text.size() && (text[next].isSpace() || QStringView(u"|•·–—").contains(text[next])))
            ++next;
        if (next < text.size() && !text[next].isUpper() && !text[next].isDigit())
            return -1;
    }
    return end;
}

bool isParagraphAfterStamp(QStringView rest)
{
    qsizetype words = 0;
    for (QStringView word : rest.trimmed().split(u' ', Qt::SkipEmptyParts))
        words += std::any_of(word.begin(), word.end(), [](QChar c) { return c.isLetter(); });
    return words >= 4;
}

} // namespace parallax
