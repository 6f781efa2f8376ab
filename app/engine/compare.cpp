#include "compare.h"

#include "aligner.h"
#include "conflictfinder.h"
#include "documentsimilarity.h"
#include "groupspans.h"
#include "outliers.h"
#include "paragraphspace.h"
#include "passagefinder.h"
#include "quotefinder.h"
#include "tokenizer.h"

namespace parallax {

namespace {

bool raised(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

Comparison cancelledResult(const QList<Document> &documents)
{
    Comparison result;
    result.documents = documents;
    result.cancelled = true;
    return result;
}

} // namespace

Comparison compare(const QList<Document> &documents, const CompareOptions &options, const std::atomic_bool *cancel)
{
    // One vocabulary per comparison: every id below is only meaningful inside this call.
    Vocabulary vocabulary;
    Tokenizer tokenizer(vocabulary);
    QList<TokenizedDocument> tokens;
    tokens.reserve(documents.size());
    for (const Document &d : documents) {
        if (raised(cancel))
            return cancelledResult(documents);
        TokenizedDocument td;
        td.paragraphs.reserve(d.paragraphs.size());
        for (const Paragraph &p : d.paragraphs)
            td.paragraphs.append(p.role == ParagraphRole::Boilerplate ? QList<Token>() : tokenizer.tokenize(p.text));
        tokens.append(std::move(td));
    }
    if (raised(cancel))
        return cancelledResult(documents);

    const ParagraphSpace space(documents, tokens);
    const int n = int(documents.size());
    const int pivot
        = options.pivotDocument >= 0 && options.pivotDocument < n ? options.pivotDocument : (n > 0 ? choosePivot(space) : 0);
    bool cancelled = false;
    AlignerSettings settings;
    QList<AlignmentGroup> groups = alignParagraphs(space, pivot, settings, cancel, &cancelled);
    if (cancelled)
        return cancelledResult(documents);

    Comparison result;
    result.documents = documents;
    result.pivotDocument = pivot;
    result.similarity = documentSimilarity(space, groups);
    QList<int> shared(n, 0);
    QList<int> counts(n, 0);
    for (const AlignmentGroup &g : groups) {
        if (g.members.size() < 2)
            continue;
        for (const GroupMember &m : g.members)
            shared[m.document] += int(m.paragraphs.size());
    }
    for (int u = 0; u < space.unitCount(); ++u) {
        if (!space.isEmpty(u))
            ++counts[space.unit(u).document];
    }
    result.outliers = findOutliers(result.similarity, shared, counts);

    // An outlier reports another event: the few paragraphs that looked alike (same kind of
    // official, same flood vocabulary) are not the same statement, so its paragraphs stay alone.
    // The similarity matrix and the outlier reason keep what was measured before.
    settings.isolatedDocuments.assign(size_t(n), 0);
    bool isolate = false;
    for (const Outlier &o : result.outliers) {
        if (o.document != pivot) {
            settings.isolatedDocuments[size_t(o.document)] = 1;
            isolate = true;
        }
    }
    if (isolate) {
        groups = alignParagraphs(space, pivot, settings, cancel, &cancelled);
        if (cancelled)
            return cancelledResult(documents);
    }
    if (!fillGroupSpans(groups, documents, tokens, cancel))
        return cancelledResult(documents);
    result.groups = std::move(groups);

    if (raised(cancel))
        return cancelledResult(documents);
    // Role names ("Mayor Ana Ruiz") feed both the quote scanner and the fact extractor: found once,
    // in the same pass that tells which paragraphs may hold reported speech.
    QList<DocumentSpeakerCues> speakerCues;
    speakerCues.reserve(documents.size());
    for (const Document &d : documents) {
        DocumentSpeakerCues perParagraph(d.paragraphs.size());
        for (int p = 0; p < d.paragraphs.size(); ++p) {
            const ParagraphRole role = d.paragraphs.at(p).role;
            if (role != ParagraphRole::Boilerplate && role != ParagraphRole::Dateline)
                perParagraph[p] = findSpeakerCues(d.paragraphs.at(p).text);
        }
        speakerCues.append(std::move(perParagraph));
    }
    QuoteFinderOptions quoteOptions;
    quoteOptions.speakerCues = &speakerCues;
    result.quotes = findQuotes(documents, tokens, vocabulary, quoteOptions);
    if (raised(cancel))
        return cancelledResult(documents);
    result.passages = findPassages(documents, tokens, vocabulary);
    if (raised(cancel))
        return cancelledResult(documents);
    // An article about another event disagrees with the others on every figure: not a conflict.
    ConflictFinderOptions conflictOptions;
    conflictOptions.speakerCues = &speakerCues;
    for (const Outlier &o : result.outliers)
        conflictOptions.ignoreDocuments.append(o.document);
    result.conflicts = findConflicts(documents, tokens, result.groups, vocabulary, conflictOptions);
    result.cancelled = raised(cancel);
    return result;
}

} // namespace parallax
