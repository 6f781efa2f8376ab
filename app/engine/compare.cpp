#include "compare.h"

#include "aligner.h"
#include "documentsimilarity.h"
#include "groupspans.h"
#include "outliers.h"
#include "paragraphspace.h"
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
    // Quotes, shared passages and conflicts come from their own finders (wired in separately).
    result.cancelled = raised(cancel);
    return result;
}

} // namespace parallax
