#pragma once

#include <QString>
#include <QStringView>

namespace parallax {

/// \brief How a plain-text file marks its paragraphs, decided once per file.
enum class ParagraphBreaks {
    BlankLines, ///< blank lines between paragraphs; a line break inside a block is a break too
    LinePerParagraph, ///< (almost) no blank lines: every line is a paragraph
    HardWrapped, ///< lines broken at a fixed width (~60-100 columns): a block's lines are joined
};

/// \brief The report's name of a mode: "blank-lines", "line-per-paragraph", "hard-wrapped".
QString paragraphBreaksName(ParagraphBreaks breaks);

/// \brief Lines longer than this are never hard wraps: no one wraps text wider than this, so
/// each such line is a paragraph of its own whatever the mode.
constexpr qsizetype MaxWrapWidth = 100;

/// \brief Reads the line lengths and line endings of `text` (LF line endings) and decides.
///
/// Hard-wrapped: of the lines followed by another line of the same block, at least half are
/// broken where the next word would not have fitted the widest of them (a wrap at a fixed
/// width), most of those stop mid-sentence, and the next line mostly goes on in lower case.
/// Otherwise one paragraph per line, named after whether blank lines separate most lines.
/// Linear, stores no list of lines.
ParagraphBreaks chooseParagraphBreaks(QStringView text);

/// \brief In a hard-wrapped text, whether the break after `line` (followed by `next` in the same
/// block) is a deliberate paragraph end: the next word would have fitted in `width`, and the
/// line ends a sentence or is short (a paragraph's last line, a subheading).
bool isDeliberateBreak(QStringView line, QStringView next, qsizetype width);

/// \brief In a hard-wrapped text, whether `line` stands alone between `previous` (which ends a
/// sentence) and `next` (empty at a blank line): a short line without final punctuation
/// followed by a deliberate break, i.e. a subheading, not the last line of a paragraph.
bool isStandaloneLine(QStringView previous, QStringView line, QStringView next, qsizetype width);

/// \brief The width the lines of a hard-wrapped `text` were wrapped at (the longest line that is
/// followed by another line of its block, up to MaxWrapWidth); 0 when no line is.
qsizetype wrapWidth(QStringView text);

/// \brief "- item", "* item", "• item": a list written as text, one item per line.
bool isBulletLine(QStringView line);

/// \brief Calls f(trimmedLine) for every line without building a list of lines (a file of
/// millions of one-character lines must not cost a list entry per line); stops when f returns false.
template<typename F> void forEachLine(QStringView text, F f)
{
    for (qsizetype start = 0; start <= text.size();) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        if (!f(text.sliced(start, end - start).trimmed()))
            return;
        start = end + 1;
    }
}

} // namespace parallax
