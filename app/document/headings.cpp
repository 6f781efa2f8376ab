#include "headings.h"

#include <QRegularExpression>

namespace parallax {

namespace {

constexpr qsizetype MaxHeadingLength = 160;
constexpr qsizetype MaxHeadingWords = 20;
constexpr qsizetype MaxQuestionWords = 10;

bool isOpeningMark(QChar c)
{
    return QStringView(u"\"'“‘«„(").contains(c);
}

bool isClosingMark(QChar c)
{
    return QStringView(u"\"'”’»)").contains(c);
}

} // namespace

bool endsLikeSentence(QStringView text)
{
    QStringView t = text.trimmed();
    // "... in a year'": the closing quotation mark of a quoted headline says nothing.
    while (!t.isEmpty() && isClosingMark(t.back()) && t.size() > 1 && !QStringView(u".!…").contains(t[t.size() - 2]))
        t.chop(1);
    if (t.isEmpty())
        return false;
    return QStringView(u".!…:;,").contains(t.back()) || (isClosingMark(t.back()) && t.size() > 1);
}

qsizetype wordCount(QStringView text)
{
    qsizetype words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            inWord = false;
        } else if (!inWord) {
            inWord = true;
            ++words;
        }
    }
    return words;
}

bool isTitleCase(QStringView text)
{
    qsizetype longWords = 0;
    qsizetype capitalised = 0;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool letter = i < text.size() && (text[i].isLetter() || text[i] == u'\'' || text[i] == u'’');
        if (letter && start < 0)
            start = i;
        if (!letter && start >= 0) {
            const QStringView word = text.sliced(start, i - start);
            if (word.size() >= 4) {
                ++longWords;
                capitalised += word.front().isUpper();
            }
            start = -1;
        }
    }
    return longWords >= 2 && capitalised * 5 >= longWords * 4;
}

bool hasHeadingShape(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty() || t.size() > MaxHeadingLength || wordCount(t) > MaxHeadingWords || endsLikeSentence(t))
        return false;
    const QChar first = isOpeningMark(t.front()) && t.size() > 1 ? t[1] : t.front();
    if (!first.isUpper() && !first.isDigit())
        return false;
    // Two sentences ("Fire at the port. Crews on site"), a list entry with a number after a
    // comma or dash ("Ana Lind -- female, 55") or a table row ("Pier | closed") are not headings.
    static const QRegularExpression notHeading(QStringLiteral(R"(\p{Ll}[.!?]\s+\p{Lu}|,\s*\d+$|\s(--|—|–)\s.*,|[|\t])"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    // A question as a subheading is short ("What happens next?"); a long one is a question asked
    // in the story, and "NAME:" opens a transcript turn.
    static const QRegularExpression turn(QStringLiteral(R"(^\p{Lu}{2,}[\p{Lu} ]*(\s*\([^)]*\))?\s*:)"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    if (t.endsWith(u'?') && wordCount(t) > MaxQuestionWords)
        return false;
    return !notHeading.match(t).hasMatch() && !turn.match(t).hasMatch();
}

} // namespace parallax
