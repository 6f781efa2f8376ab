#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace parallax::test {

/// \brief One line of text drawn at baseline (x, y), in points from the page's top-left.
struct PdfLine
{
    double x = 0;
    double y = 0;
    double size = 10;
    QString text;
};

using PdfPageLines = QList<PdfLine>;

/// \brief Writes an A4 PDF with QPdfWriter (72 dpi, so units are points), one page per entry,
/// in DejaVu Sans. `title` goes into the Info dictionary when not empty.
bool writePdf(const QString &path, const QList<PdfPageLines> &pages, const QString &title = {});

/// \brief Writes a PDF whose only page is an image with text painted into it (no text layer),
/// like a scan.
bool writeImageOnlyPdf(const QString &path);

/// \brief Splits `text` into lines no wider than `width` points at `size` points.
QStringList wrapWords(const QString &text, double width, double size);

/// \brief Flows `paragraphs` into a column at `x` of `width`, from baseline `y`, with a blank
/// half line between paragraphs; moves on to a new page (appended to `pages`) below `bottom`,
/// starting again at `top`. Returns the baseline after the last line.
double flowParagraphs(QList<PdfPageLines> &pages, const QStringList &paragraphs, double x, double y, double width, double size,
                      double top = 80, double bottom = 780);

} // namespace parallax::test
