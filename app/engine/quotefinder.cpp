#include "quotefinder.h"

#include "lexicon.h"
#include "quotescanner.h"
#include "quotewords.h"
#include "speakerfinder.h"
#include "unionfind.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace parallax {

namespace {

struct Quote
{
    int document = 0;
    DocumentQuote q;
    QList<int> forms; ///< every token's form id, for verbatim equality
    QList<int> contentStems; ///< sorted, unique stems of non-stop words
    int contentWords = 0;
};

QList<Token> tokensOf(const QList<TokenizedDocument> &tokens, int d, int p, const Document &doc, Tokenizer &fallback)
{
    if (d < tokens.size() && p < tokens.at(d).paragraphs.size() && !tokens.at(d).paragraphs.at(p).isEmpty())
        return tokens.at(d).paragraphs.at(p);
    return fallback.tokenize(doc.paragraphs.at(p).text);
}

bool speakersAgree(const Quote &a, const Quote &b, bool *known)
{
    *known = a.q.speakerIsName && b.q.speakerIsName;
    if (!*known)
        return true;
    return sameSpeaker(a.q.speaker, b.q.speaker);
}

// A short quotation that another outlet's longer quotation of the same speaker holds word for word:
// "tensions should “not veer into conflict”" is part of the full sentence quoted elsewhere.
bool isContainedPart(const Quote &a, const Quote &b)
{
    const Quote &shorter = a.forms.size() <= b.forms.size() ? a : b;
    const Quote &longer = &shorter == &a ? b : a;
    constexpr int minWords = 4;
    constexpr int minContent = 2;
    return shorter.forms.size() >= minWords && shorter.contentWords >= minContent && containsRun(longer.forms, shorter.forms);
}

// A quotation the copy cut off ("“The levee held for nine") that starts as another outlet's does:
// one is a prefix of the other, but for the truncated one's last word, which may be cut mid-word.
bool isTruncatedPrefix(const Quote &a, const Quote &b, Vocabulary &vocabulary)
{
    if (!a.q.truncated && !b.q.truncated)
        return false;
    const int prefix = commonPrefix(a.forms, b.forms);
    auto covers = [prefix](const Quote &x) { return prefix >= x.forms.size() - (x.q.truncated ? 1 : 0); };
    if (!covers(a) && !covers(b))
        return false;
    constexpr int minWords = 4;
    constexpr int minContent = 2;
    int content = 0;
    for (int k = 0; k < prefix; ++k)
        content += lexicon::isStopWord(vocabulary.text(a.forms[k])) ? 0 : 1;
    return prefix >= minWords && content >= minContent;
}

bool isVariant(const Quote &a, const Quote &b, int shared, const QuoteFinderOptions &o, Vocabulary &vocabulary)
{
    if (a.document == b.document)
        return false;
    if (a.q.form == QuoteForm::Indirect && b.q.form == QuoteForm::Indirect)
        return false;
    bool known = false;
    if (!speakersAgree(a, b, &known))
        return false;
    const bool indirect = a.q.form == QuoteForm::Indirect || b.q.form == QuoteForm::Indirect;
    if (!indirect && isTruncatedPrefix(a, b, vocabulary))
        return true;
    if (known && isContainedPart(a, b))
        return true;
    const int shorter = int(std::min(a.contentStems.size(), b.contentStems.size()));
    if (shorter == 0)
        return false;
    const double containment = double(shared) / shorter;
    // Two shared words say little on their own: then the quotes must also be of similar length.
    const double dice = 2.0 * shared / double(a.contentStems.size() + b.contentStems.size());
    if (known)
        return shared >= o.variantMinShared && containment >= o.variantContainment && (shared >= 3 || dice >= 0.5);
    // A reported clause must name who spoke; with one side unknown ask for more overlap.
    if (indirect)
        return false;
    return shared >= o.unattributedMinShared && containment >= o.unattributedContainment;
}

// Every quotation of every document with its words; the acronyms of all of them are known before
// any quotation's content words are counted.
QList<Quote> collectQuotes(const QList<Document> &documents, const QList<TokenizedDocument> &tokens, Vocabulary &vocabulary,
                           const QuoteFinderOptions &options)
{
    Tokenizer fallback(vocabulary);
    QList<Quote> quotes;
    QList<QList<Token>> quoteTokens; // per quote, its tokens: acronyms are known only once all are read
    AcronymIndex acronyms;
    for (int d = 0; d < documents.size(); ++d) {
        const Document &doc = documents.at(d);
        QuoteScanOptions scan;
        if (options.speakerCues && d < options.speakerCues->size())
            scan.speakerCues = &options.speakerCues->at(d);
        const QList<DocumentQuote> found = scanDocumentQuotes(doc, scan);
        int cachedParagraph = -1;
        QList<Token> paraTokens;
        for (const DocumentQuote &dq : found) {
            if (dq.paragraph != cachedParagraph) {
                paraTokens = tokensOf(tokens, d, dq.paragraph, doc, fallback);
                cachedParagraph = dq.paragraph;
            }
            const auto first = std::lower_bound(paraTokens.cbegin(), paraTokens.cend(), dq.start,
                                                [](const Token &t, int pos) { return t.end <= pos; });
            auto last = first;
            while (last != paraTokens.cend() && last->start < dq.end)
                ++last;
            if (first == last)
                continue;
            Quote q;
            q.document = d;
            q.q = dq;
            quotes.append(q);
            quoteTokens.append(QList<Token>(first, last));
            acronyms.learn(doc.paragraphs.at(dq.paragraph).text, quoteTokens.last(), vocabulary);
        }
    }
    for (qsizetype i = 0; i < quotes.size(); ++i) {
        Quote &q = quotes[i];
        QuoteWords words
            = quoteWords(documents.at(q.document).paragraphs.at(q.q.paragraph).text, quoteTokens[i], vocabulary, acronyms);
        q.forms = std::move(words.forms);
        q.contentStems = std::move(words.contentStems);
        q.contentWords = words.contentWords;
    }
    return quotes;
}

// One cluster of the quotes `idx` (sorted by position): speaker, occurrences, verbatim or not.
QuoteCluster buildCluster(const QList<Quote> &quotes, const QList<int> &idx, const QList<Document> &documents,
                          Vocabulary &vocabulary)
{
    QuoteCluster c;
    // The fullest name any outlet gives.
    for (int i : idx) {
        const DocumentQuote &dq = quotes[i].q;
        if (dq.speakerIsName && dq.speaker.count(u' ') > c.speaker.count(u' '))
            c.speaker = dq.speaker;
        else if (dq.speakerIsName && c.speaker.isEmpty())
            c.speaker = dq.speaker;
    }
    if (c.speaker.isEmpty()) {
        for (int i : idx) {
            if (!quotes[i].q.speaker.isEmpty()) {
                c.speaker = quotes[i].q.speaker;
                break;
            }
        }
    }
    // Consecutive sentences of one turn in the same cluster make one occurrence.
    QList<QList<int>> parts;
    for (int i : idx) {
        const Quote &q = quotes[i];
        if (!parts.isEmpty()) {
            const Quote &prev = quotes[parts.last().last()];
            if (q.q.form == QuoteForm::Turn && prev.q.form == QuoteForm::Turn && prev.document == q.document
                && prev.q.paragraph == q.q.paragraph && prev.q.sentence + 1 == q.q.sentence) {
                parts.last().append(i);
                continue;
            }
        }
        parts.append(QList<int> {i});
    }
    c.verbatim = true;
    QList<int> firstForms;
    for (int k = 0; k < parts.size(); ++k) {
        QList<int> forms;
        for (int i : parts[k])
            forms += quotes[i].forms;
        if (k == 0)
            firstForms = forms;
        else if (forms != firstForms)
            c.verbatim = false;
        const Quote &a = quotes[parts[k].first()];
        const Quote &b = quotes[parts[k].last()];
        const QString &text = documents.at(a.document).paragraphs.at(a.q.paragraph).text;
        c.occurrences.append({a.document, a.q.paragraph, a.q.start, b.q.end, text.mid(a.q.start, b.q.end - a.q.start)});
        c.forms.append(a.q.form == QuoteForm::Marked     ? QStringLiteral("direct")
                           : a.q.form == QuoteForm::Turn ? QStringLiteral("turn")
                                                         : QStringLiteral("indirect"));
    }
    if (!c.verbatim) {
        // Words some occurrences use and others do not, by stem, in order of first use.
        QHash<int, int> stemDocs;
        for (int i : idx) {
            QSet<int> seen;
            for (int s : quotes[i].contentStems)
                seen.insert(s);
            for (int s : seen)
                ++stemDocs[s];
        }
        Tokenizer tk(vocabulary);
        QSet<int> listed;
        for (int i : idx) {
            const DocumentQuote &dq = quotes[i].q;
            const QString &text = documents.at(quotes[i].document).paragraphs.at(dq.paragraph).text;
            for (const Token &t : tk.tokenize(QStringView(text).mid(dq.start, dq.end - dq.start))) {
                if (lexicon::isStopWord(vocabulary.text(t.form)) || stemDocs.value(t.stem) == idx.size()
                    || listed.contains(t.form))
                    continue;
                listed.insert(t.form);
                c.differingWords.append(vocabulary.text(t.form));
            }
        }
    }
    return c;
}

} // namespace

QList<QuoteCluster> findQuotes(const QList<Document> &documents, const QList<TokenizedDocument> &tokens, Vocabulary &vocabulary,
                               const QuoteFinderOptions &options)
{
    QList<Quote> quotes = collectQuotes(documents, tokens, vocabulary, options);

    QList<bool> isolated(documents.size(), false);
    for (int d : options.isolatedDocuments) {
        if (d >= 0 && d < documents.size())
            isolated[d] = true;
    }
    auto apart = [&](const Quote &a, const Quote &b) {
        return a.document != b.document && (isolated[a.document] || isolated[b.document]);
    };
    const int n = int(quotes.size());
    UnionFind sets(n);
    // Verbatim: identical after case folding and with punctuation and quote style ignored.
    QHash<QList<int>, int> byForms;
    for (int i = 0; i < n; ++i) {
        if (isolated[quotes[i].document])
            continue; // never joins another document's quote: must not stand in for the first one
        const auto it = byForms.constFind(quotes[i].forms);
        if (it == byForms.constEnd()) {
            byForms.insert(quotes[i].forms, i);
            continue;
        }
        bool known = false;
        const Quote &other = quotes[*it];
        const bool bothIndirect = other.q.form == QuoteForm::Indirect && quotes[i].q.form == QuoteForm::Indirect;
        if (speakersAgree(other, quotes[i], &known) && !bothIndirect && !apart(other, quotes[i]))
            sets.unite(*it, i);
    }
    // Variants: candidates share content stems, found through an inverted index whose lists are
    // capped so that a stem in thousands of quotes cannot make the pass quadratic.
    constexpr int postingCap = 64;
    QHash<int, QList<int>> postings;
    QHash<int, int> sharedCount;
    for (int i = 0; i < n; ++i) {
        sharedCount.clear();
        for (int stem : quotes[i].contentStems) {
            auto it = postings.find(stem);
            if (it == postings.end())
                it = postings.insert(stem, {});
            if (it->size() < postingCap) {
                for (int j : *it)
                    ++sharedCount[j];
                it->append(i);
            }
        }
        QList<int> candidates = sharedCount.keys();
        std::sort(candidates.begin(), candidates.end());
        for (int j : candidates) {
            if (!apart(quotes[j], quotes[i]) && isVariant(quotes[j], quotes[i], sharedCount.value(j), options, vocabulary)) {
                sets.unite(j, i);
            }
        }
    }

    // Sentences of one transcript turn that matched nothing elsewhere stay together as one quote.
    {
        QHash<int, int> size;
        for (int i = 0; i < n; ++i)
            ++size[sets.find(i)];
        for (int i = 1; i < n; ++i) {
            const Quote &a = quotes[i - 1];
            const Quote &b = quotes[i];
            if (a.q.form == QuoteForm::Turn && b.q.form == QuoteForm::Turn && a.document == b.document
                && a.q.paragraph == b.q.paragraph && a.q.sentence + 1 == b.q.sentence && size.value(sets.find(i - 1)) == 1
                && size.value(sets.find(i)) == 1)
                sets.unite(i - 1, i);
        }
    }

    QHash<int, QList<int>> members;
    QList<int> roots;
    for (int i = 0; i < n; ++i) {
        const int r = sets.find(i);
        if (!members.contains(r))
            roots.append(r);
        members[r].append(i);
    }
    QList<QuoteCluster> clusters;
    QList<std::pair<int, std::tuple<int, int, int>>> order; // documents, first position
    for (int r : roots) {
        QList<int> idx = members.value(r);
        const bool hasDirect
            = std::any_of(idx.cbegin(), idx.cend(), [&](int i) { return quotes[i].q.form != QuoteForm::Indirect; });
        if (!hasDirect)
            continue;
        std::sort(idx.begin(), idx.end(), [&](int a, int b) {
            const auto ka = std::tuple(quotes[a].document, quotes[a].q.paragraph, quotes[a].q.start);
            const auto kb = std::tuple(quotes[b].document, quotes[b].q.paragraph, quotes[b].q.start);
            return ka < kb;
        });
        QSet<int> docs;
        for (int i : idx)
            docs.insert(quotes[i].document);
        if (docs.size() < 2 && !options.keepSingles)
            continue;
        const QuoteCluster c = buildCluster(quotes, idx, documents, vocabulary);
        order.append({int(docs.size()),
                      std::tuple(quotes[idx.first()].document, quotes[idx.first()].q.paragraph, quotes[idx.first()].q.start)});
        clusters.append(c);
    }
    QList<int> perm(clusters.size());
    std::iota(perm.begin(), perm.end(), 0);
    std::stable_sort(perm.begin(), perm.end(), [&](int a, int b) {
        if (order[a].first != order[b].first)
            return order[a].first > order[b].first;
        return order[a].second < order[b].second;
    });
    QList<QuoteCluster> sorted;
    for (int k = 0; k < perm.size(); ++k) {
        QuoteCluster c = clusters[perm[k]];
        c.id = u'q' + QString::number(k + 1);
        sorted.append(c);
    }
    return sorted;
}

} // namespace parallax
