#include "pdffixtures.h"

#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace parallax::test {

namespace {

QFont fixtureFont(double size)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(size);
    return font;
}

} // namespace

bool writePdf(const QString &path, const QList<PdfPageLines> &pages, const QString &title)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(72);
    if (!title.isEmpty())
        writer.setTitle(title);
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    for (qsizetype p = 0; p < pages.size(); ++p) {
        if (p > 0)
            writer.newPage();
        for (const PdfLine &line : pages[p]) {
            painter.setFont(fixtureFont(line.size));
            painter.drawText(QPointF(line.x, line.y), line.text);
        }
    }
    return painter.end();
}

bool writeImageOnlyPdf(const QString &path)
{
    QImage image(400, 300, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter imagePainter(&image);
        imagePainter.setFont(fixtureFont(14));
        imagePainter.drawText(QPointF(20, 40), QStringLiteral("A scanned page: pixels, not text."));
    }
    QPdfWriter writer(path);
    writer.setResolution(72);
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    painter.drawImage(QRectF(40, 40, 400, 300), image);
    return painter.end();
}

QStringList wrapWords(const QString &text, double width, double size)
{
    const QFontMetricsF metrics(fixtureFont(size));
    QStringList lines;
    QString current;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        const QString candidate = current.isEmpty() ? word : current + u' ' + word;
        if (!current.isEmpty() && metrics.horizontalAdvance(candidate) > width) {
            lines.append(current);
            current = word;
        } else {
            current = candidate;
        }
    }
    if (!current.isEmpty())
        lines.append(current);
    return lines;
}

double flowParagraphs(QList<PdfPageLines> &pages, const QStringList &paragraphs, double x, double y, double width, double size,
                      double top, double bottom)
{
    if (pages.isEmpty())
        pages.append(PdfPageLines {});
    const double lineHeight = size * 1.3;
    for (const QString &paragraph : paragraphs) {
        for (const QString &line : wrapWords(paragraph, width, size)) {
            if (y > bottom) {
                pages.append(PdfPageLines {});
                y = top;
            }
            pages.last().append(PdfLine {x, y, size, line});
            y += lineHeight;
        }
        y += lineHeight * 0.6;
    }
    return y;
}

} // namespace parallax::test
