#include "annotation.h"

namespace parallax {

QStringList builtinAnnotationTags()
{
    return {QStringLiteral("verified"), QStringLiteral("disputed"), QStringLiteral("key quote"), QStringLiteral("follow up")};
}

QString defaultTagColour(const QString &tag)
{
    if (tag == u"verified")
        return QStringLiteral("#7cc47f");
    if (tag == u"disputed")
        return QStringLiteral("#e8837c");
    if (tag == u"key quote")
        return QStringLiteral("#8ab4f0");
    if (tag == u"follow up")
        return QStringLiteral("#f0b45a");
    return QStringLiteral("#f5e26b");
}

bool isValidColour(const QString &colour)
{
    if (colour.size() != 7 || colour.at(0) != u'#')
        return false;
    for (qsizetype i = 1; i < 7; ++i) {
        const QChar c = colour.at(i);
        const bool hex = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (!hex)
            return false;
    }
    return true;
}

bool captureAnchor(Annotation &annotation, const Document &document)
{
    if (annotation.paragraph < 0 || annotation.paragraph >= document.paragraphs.size())
        return false;
    const QString &text = document.paragraphs.at(annotation.paragraph).text;
    if (annotation.start < 0 || annotation.end < annotation.start || annotation.end > text.size())
        return false;
    annotation.quote = text.mid(annotation.start, annotation.end - annotation.start);
    const int beforeStart = qMax(0, annotation.start - annotationContextLength);
    annotation.contextBefore = text.mid(beforeStart, annotation.start - beforeStart);
    annotation.contextAfter = text.mid(annotation.end, annotationContextLength);
    return true;
}

} // namespace parallax
