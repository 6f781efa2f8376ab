#pragma once

#include "document/parsedarticle.h"

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace parallax {

/// \brief One word of a PDF page's text layer, in points from the page's top-left corner.
struct PdfWord
{
    QString text;
    QRectF box;
    bool spaceAfter = true;
};

/// \brief The words of one page.
struct PdfPage
{
    QSizeF size;
    QList<PdfWord> words;
};

/// \brief Blocks in reading order from positioned words, and the first page's largest text.
struct PdfLayoutResult
{
    QList<Block> blocks;
    QString largestFirstPageText;
};

/// \brief Rebuilds an article from word boxes. Pure geometry, so it is tested without PDFs.
///  - Words on one baseline form a line fragment; a horizontal gap wider than about a line
///    height ends the fragment (a column gutter is wider than any word space).
///  - Columns: fragments narrower than 60% of the page's text width are grouped into columns
///    by the gaps in their horizontal extent, between full-width lines (a headline over two
///    columns); each column is read top to bottom, columns left to right. So columns are never
///    interleaved line by line.
///  - Running headers and footers: a fragment of at most 100 characters in the top or bottom
///    9% of a page whose text (digits ignored) recurs near the same height on at least half of
///    the pages (two or more), and bare page numbers ("7", "Page 7 of 9", "- 7 -") in those margins, are boilerplate.
///  - Paragraphs: a new one starts after a vertical gap clearly above the usual line gap, at a
///    first-line indent, at a change of text size, or after a line that ends a sentence well
///    short of the column's right edge. A paragraph cut by a column or page break continues
///    when it did not end a sentence and the next column starts in lower case (or it ended in
///    a hyphen).
///  - Hyphenation: "manage-" + "ment" joins to "management" when the next line starts in lower
///    case. The hyphen is kept (joined without a space) when the next line starts in upper
///    case or with a digit ("Anglo-" + "Saxon"), when the next word itself contains a hyphen
///    ("state-" + "of-the-art"), when the part before the hyphen already has one ("up-to-" +
///    "date"), or when it is one of the common first elements of English compounds (well,
///    self, long, short, high, low, full, half, all, cross, ex, non, multi, co, pre, post, anti,
///    pro, so, far, ill, little, much, one, two, three, four, five, best, better, world, top,
///    record, first, second, third, last, year, month, week, day, hour, free): "well-" +
///    "known" stays "well-known". A soft hyphen (U+00AD) is always removed.
///  - Size: text at least 1.25 times the median size is a heading.
PdfLayoutResult layoutPdfPages(const QList<PdfPage> &pages, qsizetype maxBlocks);

/// \brief Joins two lines of one paragraph, undoing line-end hyphenation (rules above).
QString joinPdfLines(const QString &first, const QString &second);

} // namespace parallax
