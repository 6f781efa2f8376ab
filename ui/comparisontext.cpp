#include "comparisontext.h"

#include <QFontMetricsF>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace parallax {

namespace {

QTextCharFormat markFormat(const TextMark &mark, const HighlightColors &colors)
{
    QTextCharFormat f;
    f.setProperty(MarkKindProperty, int(mark.kind));
    switch (mark.kind) {
    case TextMark::Kind::Passage:
        f.setBackground(colors.passage);
        break;
    case TextMark::Kind::Quote:
        f.setBackground(colors.quoteTint(mark.item));
        f.setUnderlineStyle(mark.variant ? QTextCharFormat::DashUnderline : QTextCharFormat::SingleUnderline);
        f.setUnderlineColor(colors.quoteLine(mark.item));
        f.setProperty(QuoteProperty, mark.item);
        break;
    case TextMark::Kind::Changed:
        f.setBackground(colors.changed);
        break;
    case TextMark::Kind::Added:
        f.setBackground(colors.added);
        break;
    case TextMark::Kind::Conflict:
        f.setFontWeight(QFont::Bold);
        f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        f.setUnderlineColor(colors.conflict);
        f.setProperty(ConflictProperty, mark.item);
        break;
    }
    return f;
}

} // namespace

qreal paragraphGap(const QTextDocument *document)
{
    return QFontMetricsF(document->defaultFont()).height() * 0.7;
}

PaneTextMap fillComparisonText(QTextDocument *document, const ComparisonIndex &index, int documentIndex, ViewLayout layout,
                               const QPalette &palette, const HighlightColors &colors)
{
    PaneTextMap map;
    document->clear();
    if (documentIndex < 0 || documentIndex >= index.documentCount())
        return map;
    const Document &doc = index.comparison().documents.at(documentIndex);
    const int rows = index.rowCount();
    map.paragraphBlock.fill(-1, doc.paragraphs.size());
    map.rowFirstBlock.fill(-1, rows);
    map.rowLastBlock.fill(-1, rows);

    // The order of blocks: (paragraph or -1 for a gap, row).
    QList<std::pair<int, int>> blocks;
    if (layout == ViewLayout::OriginalOrder) {
        for (int p = 0; p < doc.paragraphs.size(); ++p)
            blocks.append({p, index.rowOf(documentIndex, p)});
    } else {
        // A paragraph the engine left out of every group follows the row of the paragraph before it.
        QList<QList<int>> after(rows + 1);
        int lastRow = -1;
        for (int p = 0; p < doc.paragraphs.size(); ++p) {
            const int row = index.rowOf(documentIndex, p);
            if (row >= 0)
                lastRow = row;
            else
                after[lastRow + 1].append(p);
        }
        for (int p : std::as_const(after[0]))
            blocks.append({p, -1});
        for (int r = 0; r < rows; ++r) {
            const GroupMember *member = index.member(r, documentIndex);
            if (member && !member->paragraphs.isEmpty()) {
                for (int p : member->paragraphs)
                    blocks.append({p, r});
            } else {
                blocks.append({-1, r});
            }
            for (int p : std::as_const(after[r + 1]))
                blocks.append({p, -1});
        }
    }

    const qreal gap = paragraphGap(document);
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    for (qsizetype b = 0; b < blocks.size(); ++b) {
        const auto [p, row] = blocks.at(b);
        QTextBlockFormat blockFormat;
        blockFormat.setBottomMargin(gap);
        blockFormat.setProperty(ParagraphIndexProperty, p);
        blockFormat.setProperty(RowProperty, row);
        blockFormat.setProperty(GapProperty, p < 0);
        // A gap has no natural height of its own: the row equaliser gives it the height of the
        // row's tallest member. When no shown pane has the row (its owner is hidden), it all but vanishes.
        if (p < 0)
            blockFormat.setLineHeight(1, QTextBlockFormat::FixedHeight);
        const Paragraph paragraph = p >= 0 ? doc.paragraphs.at(p) : Paragraph {};
        blockFormat.setProperty(ParagraphRoleProperty, int(paragraph.role));
        const QTextCharFormat format = roleCharFormat(paragraph.role, palette);
        if (b == 0) {
            cursor.setBlockFormat(blockFormat);
            cursor.setBlockCharFormat(format);
        } else {
            cursor.insertBlock(blockFormat, format);
        }
        const int blockStart = cursor.position();
        if (p >= 0) {
            map.paragraphBlock[p] = int(b);
            // U+2028 keeps a paragraph in one block and its offsets unchanged (see paragraphtext.h).
            QString text = paragraph.text;
            text.replace(u'\n', QChar::LineSeparator);
            cursor.insertText(text, format);
            for (const TextMark &mark : index.marks(documentIndex, p)) {
                QTextCursor range(document);
                range.setPosition(blockStart + mark.start);
                range.setPosition(blockStart + mark.end, QTextCursor::KeepAnchor);
                range.mergeCharFormat(markFormat(mark, colors));
            }
            cursor.setPosition(blockStart + int(text.size()));
        }
        map.blockRow.append(row);
        if (row >= 0) {
            if (map.rowFirstBlock[row] < 0)
                map.rowFirstBlock[row] = int(b);
            map.rowLastBlock[row] = int(b);
        }
    }
    cursor.endEditBlock();
    return map;
}

} // namespace parallax
