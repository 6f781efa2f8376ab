#pragma once

#include "comparison.h"
#include "speakerfinder.h"
#include "tokenizer.h"

namespace parallax {

/// \brief Thresholds of quotation clustering.
struct QuoteFinderOptions
{
    bool keepSingles = true; ///< keep quotes found in one document only, as clusters of one
    double variantContainment = 0.6; ///< shared content stems / the shorter quote's, speakers agreeing
    int variantMinShared = 2;
    double unattributedContainment = 0.75; ///< the same when a speaker is unknown on one side
    int unattributedMinShared = 4;
    const QList<DocumentSpeakerCues> *speakerCues = nullptr; ///< per document and paragraph, if already known
    /// Documents about another event (outliers): their quotes are kept, but never share a cluster
    /// with another document's (the same person saying something alike at another time).
    QList<int> isolatedDocuments;
};

/// \brief Clusters the quotations of all documents: the same words (verbatim) or the same statement
/// in other words (variant), with its speaker. Reported-speech clauses join a cluster only when they
/// render a quotation of the same speaker. Sorted by number of documents (desc), then first position;
/// ids "q1", "q2", ... Deterministic; near-linear in the number of quotes.
QList<QuoteCluster> findQuotes(const QList<Document> &documents, const QList<TokenizedDocument> &tokens, Vocabulary &vocabulary,
                               const QuoteFinderOptions &options = {});

} // namespace parallax
