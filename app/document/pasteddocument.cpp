#include "pasteddocument.h"

#include <QRegularExpression>

namespace parallax {

Document documentFromText(const QString &text, const QString &title, const QString &outlet)
{
    Document document;
    document.format = QStringLiteral("txt");
    document.encoding = QStringLiteral("UTF-8");
    document.outlet = outlet.trimmed();
    document.source = text;
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normalised.replace(u'\r', u'\n');
    static const QRegularExpression blankLine(QStringLiteral("\n[ \t]*\n"));
    const QStringList parts = normalised.split(blankLine);
    for (const QString &part : parts) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            document.paragraphs.append({trimmed, ParagraphRole::Body});
    }
    document.title = title.trimmed();
    // Clipboard text usually starts with its headline; a short first paragraph is taken as the title.
    if (document.title.isEmpty() && !document.paragraphs.isEmpty() && document.paragraphs.constFirst().text.size() <= 160
        && !document.paragraphs.constFirst().text.contains(u'\n')) {
        document.title = document.paragraphs.constFirst().text;
        document.paragraphs.first().role = ParagraphRole::Title;
    }
    return document;
}

} // namespace parallax
