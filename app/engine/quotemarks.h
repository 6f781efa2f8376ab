#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace parallax {

/// \brief Quoted words of one paragraph: [start, end) excludes the marks and surrounding blanks.
struct MarkedSpan
{
    int open = 0; ///< offset of the opening mark
    int close = -1; ///< offset of the closing mark; -1 when the paragraph ended first
    int start = 0;
    int end = 0;

    bool capped() const { return close < 0; }
};

/// \brief The outermost quotations of a paragraph in straight or curly double quotes, „German“
/// quotes or «guillemets». Inner quotations (double or single) stay inside the outer one; single
/// quotes are never treated as marks, so apostrophes cannot open a quote. A quote still open at
/// the end of the paragraph is capped there.
QList<MarkedSpan> findMarkedSpans(QStringView text);

/// \brief True when the first visible character of `text` is an opening double quote mark: the
/// convention for a quotation continued from the previous paragraph.
bool startsWithOpeningMark(QStringView text);

/// \brief A transcript turn "Name Surname: words" or "NAME: words" at the start of a paragraph.
struct TranscriptTurn
{
    QString speaker; ///< as written, ALL-CAPS names put in title case ("HALE" -> "Hale")
    int nameStart = 0;
    int nameEnd = 0;
    int start = 0; ///< the spoken words: [start, end)
    int end = 0;
};

/// \brief The turn a paragraph opens with, if it is one (labels like "Update:" are not speakers).
bool findTranscriptTurn(QStringView text, TranscriptTurn *turn);

} // namespace parallax
