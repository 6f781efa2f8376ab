#include "textloader.h"

#include "furniture.h"
#include "linejoining.h"
#include "paragraphbreaks.h"

#include <optional>

namespace parallax {

namespace {

// Whether `line` starts a new paragraph after `previous` (both in one blank-line block; `next`
// is the line after, empty at a blank line or the end).
bool startsParagraph(QStringView previous, QStringView line, QStringView next, ParagraphBreaks breaks, qsizetype width)
{
    if (isBulletLine(line) || previous.size() > MaxWrapWidth || line.size() > MaxWrapWidth)
        return true;
    if (breaks == ParagraphBreaks::HardWrapped)
        return isDeliberateBreak(previous, line, width) || isStandaloneLine(previous, line, next, width);
    if (breaks == ParagraphBreaks::LinePerParagraph)
        return true;
    // Between blank lines, lines that are not wrapped are paragraphs ("[LEAD]" above its text, a name above the
    // witness's words), unless the line plainly goes on with the same sentence (a control's
    // label or an identifier in lower case, "share", "site_progress", goes on with nothing).
    const bool continues = line.front().isLower() || (line.size() > 1 && line.front() == u'-' && line[1].isLower());
    return !continues || (line.size() <= 40 && isFurniturePhrase(line));
}

} // namespace

ParsedArticle parsePlainText(QStringView text, qsizetype maxBlocks)
{
    const ParagraphBreaks breaks = chooseParagraphBreaks(text);
    const qsizetype width = breaks == ParagraphBreaks::HardWrapped ? wrapWidth(text) : 0;

    ParsedArticle article;
    article.paragraphBreaks = paragraphBreaksName(breaks);
    QList<QStringView> lines; // the lines of the paragraph being read
    auto flush = [&] {
        if (lines.isEmpty())
            return article.blocks.size() <= maxBlocks;
        for (const QString &paragraph : joinWrappedLines(lines))
            article.blocks.append({paragraph, BlockKind::Text});
        lines.clear();
        return article.blocks.size() <= maxBlocks;
    };
    auto read = [&](QStringView line, QStringView next) {
        if (line.isEmpty())
            return flush();
        if (!lines.isEmpty() && startsParagraph(lines.constLast(), line, next, breaks, width) && !flush())
            return false;
        lines.append(line);
        return true;
    };
    // Each line is read once the one after it is known (a subheading is told by what follows).
    std::optional<QStringView> pending;
    bool stopped = false;
    forEachLine(text, [&](QStringView line) {
        stopped = pending && !read(*pending, line);
        pending = line;
        return !stopped;
    });
    if (!stopped && pending && read(*pending, {}) && article.blocks.size() <= maxBlocks)
        flush();
    return article;
}

} // namespace parallax
