#include "compare.h"

#include "aligner.h"
#include "cancelflag.h"
#include "conflictfinder.h"
#include "documentsimilarity.h"
#include "eventclues.h"
#include "groupspans.h"
#include "outliers.h"
#include "paragraphspace.h"
#include "parallelfor.h"
#include "passagefinder.h"
#include "quotefinder.h"
#include "timeline.h"
#include "tokenizer.h"

namespace parallax {

namespace {

Comparison cancelledResult(const QList<Document> &documents)
{
    Comparison result;
    result.documents = documents;
    result.cancelled = true;
    return result;
}

// Steps of compare() in thousandths of the whole, roughly as they share the time of a typical run.
namespace step {
constexpr int tokenized = 150;
constexpr int aligned = 350;
constexpr int spans = 600;
constexpr int facts = 850;
constexpr int quotes = 950;
constexpr int done = 1000;
} // namespace step

// Word diffs of this many groups per thread between two progress reports and cancel checks.
constexpr int spanChunk = 64;

} // namespace

Comparison compare(const QList<Document> &documents, const CompareOptions &options, const std::atomic_bool *cancel)
{
    const int threads = std::max(1, options.threads);
    auto report = [&](int permille) {
        if (options.progress)
            options.progress(permille);
    };
    report(0);
    // One vocabulary per comparison: every id below is only meaningful inside this call. Interning
    // is sequential (ids in order of first sight); the parallel steps below only read it.
    // Tokenising stays on one thread: the tokenizer's caches (stems, surface forms) carry over from
    // one article to the next, which share most words, so per-thread tokenizers with their ids
    // merged in order measured only 3% faster on two threads (2 x 100,000 words).
    Vocabulary vocabulary;
    Tokenizer tokenizer(vocabulary);
    QList<TokenizedDocument> tokens;
    tokens.reserve(documents.size());
    for (const Document &d : documents) {
        if (cancelRaised(cancel))
            return cancelledResult(documents);
        TokenizedDocument td;
        td.paragraphs.reserve(d.paragraphs.size());
        for (const Paragraph &p : d.paragraphs)
            td.paragraphs.append(p.role == ParagraphRole::Boilerplate ? QList<Token>() : tokenizer.tokenize(p.text));
        tokens.append(std::move(td));
        report(int(step::tokenized * tokens.size() / std::max<qsizetype>(1, documents.size())));
    }
    if (cancelRaised(cancel))
        return cancelledResult(documents);

    const ParagraphSpace space(documents, tokens, &vocabulary);
    const int n = int(documents.size());
    const int pivot
        = options.pivotDocument >= 0 && options.pivotDocument < n ? options.pivotDocument : (n > 0 ? choosePivot(space) : 0);
    bool cancelled = false;
    AlignerSettings settings;
    QList<AlignmentGroup> groups = alignParagraphs(space, pivot, settings, cancel, &cancelled);
    if (cancelled)
        return cancelledResult(documents);
    report(step::aligned / 2);

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
    // When and where each article says its event happened tells the same people or institution
    // at another time or place, which shared names and vocabulary hide from the similarity.
    const QList<EventVerdict> verdicts = compareEventClues(findEventClues(documents, tokens, space), space);
    result.outliers = findOutliers(result.similarity, shared, counts, verdicts);

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
    report(step::aligned);
    // Each group's diffs write only that group: groups are spread over the threads.
    const qsizetype groupCount = groups.size();
    const std::span<AlignmentGroup> allGroups(groups.data(), size_t(groupCount));
    for (qsizetype from = 0; from < groupCount; from += qsizetype(spanChunk) * threads) {
        const qsizetype to = std::min(groupCount, from + qsizetype(spanChunk) * threads);
        std::atomic_bool stopped = false;
        parallelFor(int((to - from + spanChunk - 1) / spanChunk), threads, [&](int chunk) {
            const qsizetype a = from + qsizetype(chunk) * spanChunk;
            const qsizetype b = std::min(to, a + spanChunk);
            if (!fillGroupSpans(allGroups.subspan(size_t(a), size_t(b - a)), documents, tokens, cancel))
                stopped = true;
        });
        if (stopped)
            return cancelledResult(documents);
        report(step::aligned + int((step::spans - step::aligned) * to / groupCount));
    }
    result.groups = std::move(groups);

    if (cancelRaised(cancel))
        return cancelledResult(documents);
    // Role names ("Mayor Ana Ruiz") feed both the quote scanner and the fact extractor: found once,
    // in the same pass that tells which paragraphs may hold reported speech. Then each document's
    // facts, and (as one more work item) the shared passages: all of them only read the
    // vocabulary, since every paragraph they look at was tokenised above.
    // An article about another event disagrees with the others on every figure: not a conflict.
    QList<bool> ignored(n, false);
    for (const Outlier &o : result.outliers)
        ignored[o.document] = true;
    QList<DocumentSpeakerCues> speakerCues(n);
    QList<QList<Fact>> facts(n);
    // Slots taken once here: a non-const QList access from several threads would check for sharing.
    DocumentSpeakerCues *const cuesOf = speakerCues.data();
    QList<Fact> *const factsOf = facts.data();
    // The passages go first: on one thread their hash table is gone before any facts are held.
    parallelFor(n + 1, threads, [&](int item) {
        if (item == 0) {
            result.passages = findPassages(documents, tokens, vocabulary);
            return;
        }
        const int d = item - 1;
        const Document &doc = documents.at(d);
        DocumentSpeakerCues &perParagraph = cuesOf[d];
        perParagraph.resize(doc.paragraphs.size());
        for (int p = 0; p < doc.paragraphs.size(); ++p) {
            const ParagraphRole role = doc.paragraphs.at(p).role;
            if (role != ParagraphRole::Boilerplate && role != ParagraphRole::Dateline)
                perParagraph[p] = findSpeakerCues(doc.paragraphs.at(p).text);
        }
        if (!ignored.at(d) && !cancelRaised(cancel))
            factsOf[d] = extractFacts(doc, d, tokens.at(d), vocabulary, &perParagraph);
    });
    if (cancelRaised(cancel))
        return cancelledResult(documents);
    report(step::facts);
    // Quotes last among the finders: clustering them tokenises quotation text, which may add words
    // to the vocabulary, so nothing may read it at the same time.
    QuoteFinderOptions quoteOptions;
    quoteOptions.speakerCues = &speakerCues;
    for (const Outlier &o : result.outliers)
        quoteOptions.isolatedDocuments.append(o.document);
    result.quotes = findQuotes(documents, tokens, vocabulary, quoteOptions);
    if (cancelRaised(cancel))
        return cancelledResult(documents);
    report(step::quotes);
    ConflictFinderOptions conflictOptions;
    conflictOptions.speakerCues = &speakerCues;
    conflictOptions.facts = &facts;
    for (const Outlier &o : result.outliers)
        conflictOptions.ignoreDocuments.append(o.document);
    result.conflicts = findConflicts(documents, tokens, result.groups, vocabulary, conflictOptions);
    // What the outlets said when: linear in the findings, so it needs no progress step of its own.
    result.timeline = buildTimeline(result);
    result.cancelled = cancelRaised(cancel);
    if (!result.cancelled)
        report(step::done);
    return result;
}

} // namespace parallax
