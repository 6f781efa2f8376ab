#pragma once

#include "document/document.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace parallax {

/// \brief An analyst's note on a run of one paragraph's text.
///
/// The anchor is (document key, paragraph, [start, end)) plus the quoted text and some context
/// either side, so the note can find its text again when the article changes (see reanchor()).
struct Annotation
{
    QString id; ///< "a1", "a2", ... unique within a session
    QString documentKey; ///< SessionDocument::key, stable across reordering and reloading
    int paragraph = 0;
    int start = 0; ///< UTF-16 code units into Paragraph::text
    int end = 0;
    QString quote; ///< the annotated text as it was when the note was made
    QString contextBefore; ///< up to annotationContextLength characters before `start`
    QString contextAfter; ///< up to annotationContextLength characters after `end`
    QString note;
    QString tag; ///< one of builtinAnnotationTags() or a user's own word
    QString colour; ///< "#rrggbb"
    QDateTime created; ///< UTC, millisecond precision
    QDateTime modified; ///< UTC, millisecond precision
    QString orphanedReason; ///< non-empty when the text could not be found again; never dropped

    bool isOrphaned() const { return !orphanedReason.isEmpty(); }
    bool operator==(const Annotation &) const = default;
};

/// \brief How many characters of context an anchor keeps on either side.
inline constexpr int annotationContextLength = 32;

/// \brief The tags every session offers: "verified", "disputed", "key quote", "follow up".
QStringList builtinAnnotationTags();

/// \brief The default colour of a tag ("#rrggbb"); user tags get a neutral yellow.
QString defaultTagColour(const QString &tag);

/// \brief True for "#rrggbb" (lower or upper case hex).
bool isValidColour(const QString &colour);

/// \brief Fills quote and context of `annotation` from the paragraph it points at. Returns false
/// (and changes nothing) when the range is outside the document.
bool captureAnchor(Annotation &annotation, const Document &document);

} // namespace parallax
