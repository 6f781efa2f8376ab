#pragma once

#include "comparison.h"
#include "factextractor.h"
#include "speakerfinder.h"
#include "tokenizer.h"

namespace parallax {

/// \brief Settings of the conflict search.
struct ConflictFinderOptions
{
    QList<int> ignoreDocuments; ///< e.g. outliers: an article about another event disagrees on everything
    int maxPairsPerBucket = 400; ///< facts compared pairwise per kind; beyond that only exact subjects count
    const QList<DocumentSpeakerCues> *speakerCues = nullptr; ///< per document and paragraph, if already known
    /// extractFacts() per document, if already done; moved from (each list is left empty), so the
    /// facts of a large comparison are never held twice.
    QList<QList<Fact>> *facts = nullptr;
};

/// \brief Details that two or more documents state incompatibly: figures with the same subject,
/// dates and times of the same event, one person's name spelt two ways. Facts are compared within
/// an alignment group, and across groups only when their subject is explicit (a death toll) or
/// their surrounding words largely agree. Each claim carries its document's publication time, so
/// a figure that changed over the day shows as a progression. Ids "c1", "c2", ... in reading order
/// of the first claim. Deterministic.
QList<Conflict> findConflicts(const QList<Document> &documents, const QList<TokenizedDocument> &tokens,
                              const QList<AlignmentGroup> &groups, Vocabulary &vocabulary,
                              const ConflictFinderOptions &options = {});

} // namespace parallax
