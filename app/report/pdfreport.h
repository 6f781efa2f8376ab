#pragma once

#include "reportcontent.h"

#include <QString>

namespace parallax {

/// \brief Paper of the annotated PDF; pages are always landscape.
enum class PdfPageSize { A4, Letter };

/// \brief Settings of the annotated PDF. Which articles, highlights and notes it shows are the
/// ReportOptions the ReportContent was built with.
struct PdfOptions
{
    PdfPageSize pageSize = PdfPageSize::A4;
    QString author; ///< XMP dc:creator; empty: the login name, else "Parallax"
};

/// \brief Writes the annotated PDF (QPdfWriter + QTextDocument, real selectable text): a cover
/// with sources, similarity matrix, conflicts and shared quotes, then the articles side by side
/// in aligned rows, at most four per page set, with highlights, a legend, numbered margin notes
/// beside the rows they annotate, running headers and page numbers. Needs a QGuiApplication
/// (the offscreen platform is enough). Written through QSaveFile. Returns an error or "".
QString writePdfReport(const ReportContent &content, const QString &path, const PdfOptions &options = {});

} // namespace parallax
