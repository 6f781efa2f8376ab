#pragma once

#include "annotation.h"

namespace parallax {

/// \brief Where an annotation's text stands in a (possibly edited) document.
struct ReanchorResult
{
    enum class Status {
        Exact, ///< same paragraph, same offsets, same text
        Moved, ///< the same text found elsewhere (other offsets or another paragraph)
        Fuzzy, ///< a slightly edited version of the text found (editDistance > 0)
        Orphaned, ///< not found; `reason` says why
    };
    Status status = Status::Orphaned;
    int paragraph = -1;
    int start = -1;
    int end = -1;
    int editDistance = 0; ///< characters inserted, deleted or replaced (Fuzzy only)
    QString reason; ///< Orphaned only: a sentence for the analyst

    bool isAnchored() const { return status != Status::Orphaned; }
};

/// \brief Finds `annotation`'s quoted text in `document`.
///
/// Tries, in order: the stored position; the exact quote in the same paragraph, then in nearby
/// paragraphs, then anywhere (context and distance pick among several hits); then an
/// approximate match (edit distance at most a quarter of the quote's length) in the same order.
/// Deterministic; never throws.
ReanchorResult reanchor(const Annotation &annotation, const Document &document);

/// \brief Applies a result: moves the anchor and refreshes quote/context, or records the
/// orphan reason (keeping the old anchor so nothing is lost).
void applyReanchor(Annotation &annotation, const ReanchorResult &result, const Document &document);

/// \brief Re-anchors every annotation on `documentKey` after that article was reloaded or edited,
/// applying the results (orphans keep their old anchor and get a reason). Returns how many
/// annotations became orphaned.
int reanchorAnnotations(QList<Annotation> &annotations, const QString &documentKey, const Document &document);

} // namespace parallax
