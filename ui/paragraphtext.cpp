#include "paragraphtext.h"

#include <QFontMetricsF>
#include <QPalette>
#include <QTextCursor>
#include <QTextDocument>

namespace parallax {

QColor dimmedTextColor(const QPalette &palette)
{
    // Computed rather than taken from QPalette::PlaceholderText: styles disagree on whether that
    // colour is translucent, and a translucent colour would not survive copying to a report.
    const QColor text = palette.color(QPalette::Active, QPalette::Text);
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    constexpr qreal towardsBase = 0.45;
    return QColor::fromRgbF(text.redF() + (base.redF() - text.redF()) * towardsBase,
                            text.greenF() + (base.greenF() - text.greenF()) * towardsBase,
                            text.blueF() + (base.blueF() - text.blueF()) * towardsBase);
}

QTextCharFormat roleCharFormat(ParagraphRole role, const QPalette &palette)
{
    QTextCharFormat format;
    switch (role) {
    case ParagraphRole::Title:
        format.setFontWeight(QFont::Bold);
        // Relative size: follows the widget's font (and the user's zoom) instead of a fixed point size.
        format.setProperty(QTextFormat::FontSizeAdjustment, 1);
        break;
    case ParagraphRole::Heading:
        // A subheading: bold like the title, at the body's size so the headline stays the largest.
        format.setFontWeight(QFont::Bold);
        break;
    case ParagraphRole::Dateline:
        format.setFontWeight(QFont::DemiBold);
        break;
    case ParagraphRole::Caption:
        format.setFontItalic(true);
        break;
    case ParagraphRole::Boilerplate:
        format.setForeground(dimmedTextColor(palette));
        format.setProperty(QTextFormat::FontSizeAdjustment, -1);
        break;
    case ParagraphRole::Body:
        break;
    }
    return format;
}

void fillParagraphText(QTextDocument *document, const QList<Paragraph> &paragraphs, const QPalette &palette)
{
    document->clear();
    const qreal gap = QFontMetricsF(document->defaultFont()).height() * 0.7;
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const Paragraph &paragraph = paragraphs.at(i);
        QTextBlockFormat block;
        block.setBottomMargin(gap);
        block.setProperty(ParagraphIndexProperty, int(i));
        block.setProperty(ParagraphRoleProperty, int(paragraph.role));
        const QTextCharFormat format = roleCharFormat(paragraph.role, palette);
        if (i == 0) {
            cursor.setBlockFormat(block);
            cursor.setBlockCharFormat(format);
        } else {
            cursor.insertBlock(block, format);
        }
        // A line break inside a paragraph must not start a new block (block n == paragraph n);
        // U+2028 is one UTF-16 unit like '\n', so offsets into `text` stay valid.
        QString text = paragraph.text;
        text.replace(u'\n', QChar::LineSeparator);
        cursor.insertText(text, format);
    }
    cursor.endEditBlock();
}

} // namespace parallax
