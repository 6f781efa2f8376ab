#include "textloader.h"

namespace parallax {

namespace {

// A line that ends a sentence (or is a short heading-like line) can stand as a paragraph; a
// hard-wrapped line usually stops mid-sentence.
bool canEndParagraph(QStringView line)
{
    if (line.size() < 60)
        return true;
    return QStringView(u".!?…\"»”'):;").contains(line.back());
}

// "- item", "* item", "• item": a list written as text, one item per line even inside a
// blank-line paragraph (a "Read more:" block followed by headlines, for instance).
bool isBulletLine(QStringView line)
{
    return line.size() >= 2 && QStringView(u"-*•–").contains(line[0]) && line[1] == u' ';
}

// Calls f(trimmedLine) for every line without building a list of lines: a file of millions of
// one-character lines must not cost a list entry per line before the paragraph limit stops it.
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

} // namespace

ParsedArticle parsePlainText(QStringView text, qsizetype maxBlocks)
{
    qsizetype nonBlank = 0;
    qsizetype endings = 0;
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
        endings += canEndParagraph(line);
        return true;
    });
    // Many lines and hardly any paragraph breaks: the author wrote one paragraph per line
    // (common in copied web text), unless most lines stop mid-sentence: then they are hard
    // wraps of a few long paragraphs.
    const bool linePerParagraph = nonBlank >= 4 && separators * 10 < nonBlank && endings * 4 >= nonBlank * 3;

    ParsedArticle article;
    QString current;
    auto flush = [&] {
        if (!current.isEmpty())
            article.blocks.append({current, BlockKind::Text});
        current.clear();
        return article.blocks.size() <= maxBlocks;
    };
    forEachLine(text, [&](QStringView line) {
        if (line.isEmpty())
            return flush();
        if (linePerParagraph) {
            current = line.toString();
            return flush();
        }
        if (isBulletLine(line) && !flush())
            return false;
        if (!current.isEmpty())
            current += u' ';
        current += line;
        return true;
    });
    if (article.blocks.size() <= maxBlocks)
        flush();
    return article;
}

} // namespace parallax
