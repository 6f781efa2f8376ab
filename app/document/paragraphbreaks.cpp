#include "paragraphbreaks.h"

namespace parallax {

namespace {

// A wrap at width W puts a line break where the next word would not fit; proportional copies
// (text taken from a PDF) count characters a little differently, hence the slack.
constexpr double WrapSlack = 0.9;
// Lines shorter than this share of the width were ended on purpose (a paragraph's last line, a
// subheading), whatever their last character.
constexpr double ShortLine = 0.6;
// No one wraps text narrower than this; a column of one-word lines is a list.
constexpr qsizetype MinWrapWidth = 30;

qsizetype firstWordLength(QStringView line)
{
    qsizetype n = 0;
    while (n < line.size() && !line[n].isSpace())
        ++n;
    return n;
}

bool endsSentence(QStringView line)
{
    return !line.isEmpty() && QStringView(u".!?…\"»”'):;").contains(line.back());
}

bool nextWordFits(QStringView line, QStringView next, qsizetype width)
{
    return double(line.size() + 1 + firstWordLength(next)) <= WrapSlack * double(width);
}

// Calls f(line, next) for every line followed by a non-blank line of the same block that may be
// a wrapped line: not longer than MaxWrapWidth, and not followed by a list item.
template<typename F> void forEachInnerLine(QStringView text, F f)
{
    QStringView previous;
    forEachLine(text, [&](QStringView line) {
        if (!previous.isEmpty() && !line.isEmpty() && previous.size() <= MaxWrapWidth && !isBulletLine(line))
            f(previous, line);
        previous = line;
        return true;
    });
}

} // namespace

QString paragraphBreaksName(ParagraphBreaks breaks)
{
    switch (breaks) {
    case ParagraphBreaks::BlankLines:
        return QStringLiteral("blank-lines");
    case ParagraphBreaks::LinePerParagraph:
        return QStringLiteral("line-per-paragraph");
    case ParagraphBreaks::HardWrapped:
        return QStringLiteral("hard-wrapped");
    }
    return QStringLiteral("blank-lines");
}

bool isBulletLine(QStringView line)
{
    return line.size() >= 2 && QStringView(u"-*•–").contains(line[0]) && line[1] == u' ';
}

qsizetype wrapWidth(QStringView text)
{
    qsizetype width = 0;
    forEachInnerLine(text, [&](QStringView line, QStringView) { width = std::max(width, line.size()); });
    return width;
}

bool isDeliberateBreak(QStringView line, QStringView next, qsizetype width)
{
    return nextWordFits(line, next, width) && (endsSentence(line) || double(line.size()) < ShortLine * double(width));
}

bool isStandaloneLine(QStringView previous, QStringView line, QStringView next, qsizetype width)
{
    return endsSentence(previous) && !endsSentence(line) && double(line.size()) < ShortLine * double(width)
        && (next.isEmpty() || isDeliberateBreak(line, next, width));
}

ParagraphBreaks chooseParagraphBreaks(QStringView text)
{
    const qsizetype width = wrapWidth(text);
    qsizetype inner = 0;
    qsizetype wraps = 0; // lines broken where the next word would not have fitted
    qsizetype midSentence = 0; // ... that stop mid-sentence
    qsizetype continued = 0; // ... whose next line does not start with a capital
    forEachInnerLine(text, [&](QStringView line, QStringView next) {
        ++inner;
        if (next.size() > width || nextWordFits(line, next, width))
            return;
        ++wraps;
        if (endsSentence(line))
            return;
        ++midSentence;
        continued += !next.front().isUpper();
    });
    // One wrapped pair proves nothing (a headline above its outlet looks the same). Wrapped text
    // breaks most full lines mid-sentence and goes on in lower case; one-line paragraphs of
    // similar length end with a period, and a stack of short headlines goes on with a capital.
    if (width >= MinWrapWidth && midSentence >= 2 && midSentence * 2 >= wraps && wraps * 2 >= inner
        && continued * 3 >= midSentence)
        return ParagraphBreaks::HardWrapped;

    qsizetype nonBlank = 0;
    qsizetype separators = 0; // blank lines that sit between two text lines
    bool pendingBlank = false;
    forEachLine(text, [&](QStringView line) {
        if (line.isEmpty()) {
            pendingBlank = nonBlank > 0;
            return true;
        }
        separators += pendingBlank;
        pendingBlank = false;
        ++nonBlank;
        return true;
    });
    return nonBlank >= 3 && separators * 10 < nonBlank ? ParagraphBreaks::LinePerParagraph : ParagraphBreaks::BlankLines;
}

} // namespace parallax
