#include "annotationtint.h"

#include "annotationsmodel.h"
#include "paragraphtext.h"

#include <QColor>
#include <QHash>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace parallax {

namespace {

int paragraphOf(const QTextBlock &block)
{
    const QVariant p = block.blockFormat().property(ParagraphIndexProperty);
    return p.isValid() ? p.toInt() : -1;
}

} // namespace

void applyAnnotationTint(QTextDocument *document, const QList<Annotation> &annotations)
{
    if (!document || annotations.isEmpty())
        return;
    QHash<int, QTextBlock> blocks;
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next()) {
        const int p = paragraphOf(b);
        if (p >= 0)
            blocks.insert(p, b);
    }
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    for (const Annotation &a : annotations) {
        if (a.isOrphaned())
            continue;
        const QTextBlock block = blocks.value(a.paragraph);
        if (!block.isValid())
            continue;
        const int length = block.length() - 1;
        const int start = qBound(0, a.start, length);
        const int end = qBound(start, a.end, length);
        if (start == end)
            continue;
        QColor colour(a.colour);
        if (!colour.isValid())
            colour = QColor(defaultTagColour(a.tag));
        // Translucent: the comparison's own highlights stay readable underneath.
        colour.setAlpha(110);
        QTextCharFormat format;
        format.setBackground(colour);
        format.setProperty(AnnotationIdProperty, a.id);
        const QString tag = AnnotationsModel::tagLabel(a.tag);
        format.setToolTip(a.note.isEmpty() ? tag : QStringLiteral("%1: %2").arg(tag, a.note));
        cursor.setPosition(block.position() + start);
        cursor.setPosition(block.position() + end, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(format);
    }
    cursor.endEditBlock();
}

std::optional<TextAnchor> selectionAnchor(const QTextCursor &cursor)
{
    if (!cursor.hasSelection() || !cursor.document())
        return std::nullopt;
    const QTextBlock block = cursor.document()->findBlock(cursor.selectionStart());
    const int paragraph = paragraphOf(block);
    if (paragraph < 0)
        return std::nullopt;
    const int length = block.length() - 1;
    const int start = cursor.selectionStart() - block.position();
    const int end = qMin(cursor.selectionEnd() - block.position(), length);
    if (end <= start)
        return std::nullopt;
    return TextAnchor {paragraph, start, end};
}

} // namespace parallax
