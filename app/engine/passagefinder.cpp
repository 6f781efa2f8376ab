#include "passagefinder.h"

#include "quotemarks.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <deque>
#include <numeric>
#include <span>
#include <vector>

namespace parallax {

namespace {

// Tokens of one paragraph between quotations: shingles never cross a quotation or a paragraph.
struct Segment
{
    int document = 0;
    int paragraph = 0;
    std::span<const Token> tokens; ///< a stretch of the paragraph's token list, which outlives it
    std::vector<int> runOf; ///< per shingle start: the run it belongs to, or -1
};

struct Run
{
    int segment = 0;
    int first = 0; ///< first token
    int last = 0; ///< last token (inclusive)
};

int findRoot(std::vector<int> &parent, int x)
{
    while (parent[size_t(x)] != x) {
        parent[size_t(x)] = parent[size_t(parent[size_t(x)])];
        x = parent[size_t(x)];
    }
    return x;
}

} // namespace

QList<SharedPassage> findPassages(const QList<Document> &documents, const QList<TokenizedDocument> &tokens,
                                  Vocabulary &vocabulary, const PassageFinderOptions &options)
{
    const int len = std::max(1, options.minTokens);
    Tokenizer fallback(vocabulary);
    std::deque<QList<Token>> tokenized; // paragraphs tokenised here (no tokens given): segments point into them
    std::vector<Segment> segments;
    for (int d = 0; d < documents.size(); ++d) {
        const Document &doc = documents.at(d);
        for (int p = 0; p < doc.paragraphs.size(); ++p) {
            const Paragraph &para = doc.paragraphs.at(p);
            if (para.role == ParagraphRole::Boilerplate || para.role == ParagraphRole::Dateline)
                continue;
            const bool given
                = d < tokens.size() && p < tokens.at(d).paragraphs.size() && !tokens.at(d).paragraphs.at(p).isEmpty();
            if (!given)
                tokenized.push_back(fallback.tokenize(para.text));
            const QList<Token> &all = given ? tokens.at(d).paragraphs.at(p) : tokenized.back();
            // Quoted ranges: marked quotations, or the whole spoken part of a transcript turn.
            QList<std::pair<int, int>> quoted;
            TranscriptTurn turn;
            if (findTranscriptTurn(para.text, &turn))
                quoted.append({turn.start, turn.end});
            for (const MarkedSpan &m : findMarkedSpans(para.text))
                quoted.append({m.open, m.capped() ? int(para.text.size()) : m.close + 1});
            qsizetype q = 0;
            qsizetype first = 0; // the segment being collected: all[first, t)
            auto flush = [&](qsizetype end) {
                if (end - first >= len) {
                    Segment seg;
                    seg.document = d;
                    seg.paragraph = p;
                    seg.tokens = std::span<const Token>(all.constData() + first, size_t(end - first));
                    seg.runOf.assign(size_t(end - first - len + 1), -1);
                    segments.push_back(std::move(seg));
                }
            };
            for (qsizetype t = 0; t < all.size(); ++t) {
                const int start = all[t].start;
                while (q < quoted.size() && quoted[q].second <= start)
                    ++q;
                const bool inside = q < quoted.size() && quoted[q].first <= start && start < quoted[q].second;
                if (inside) {
                    flush(t);
                    first = t + 1;
                }
            }
            flush(all.size());
        }
    }

    // Every shingle start gets the id of its class (equal form sequences), through an
    // open-addressing table keyed by a 64-bit hash and checked token by token, so a hash collision
    // never merges two different shingles. Flat arrays: the old QByteArray keys cost an allocation
    // per shingle.
    const int segmentCount = int(segments.size());
    std::vector<int> firstShingle(size_t(segmentCount) + 1, 0); // segment -> index of its first shingle start
    for (int s = 0; s < segmentCount; ++s)
        firstShingle[s + 1] = firstShingle[s] + int(segments[s].runOf.size());
    const int shingles = firstShingle.back();
    std::vector<int> classOf(size_t(shingles), 0);
    std::vector<std::pair<int, int>> representative; // class -> (segment, start)
    {
        size_t capacity = 16;
        while (capacity < size_t(shingles) * 2)
            capacity *= 2;
        // Hash tag and class side by side in 8 bytes: one cache miss per probe (the table outgrows
        // the cache) and little memory (a 100,000-word pair has 200,000 shingles).
        struct Slot
        {
            quint32 tag = 0;
            int cls = -1;
        };
        std::vector<Slot> table(capacity);
        for (int s = 0; s < segmentCount; ++s) {
            const std::span<const Token> toks = segments[size_t(s)].tokens;
            for (int i = 0; i + len <= int(toks.size()); ++i) {
                quint64 h = 1469598103934665603ULL;
                for (int k = 0; k < len; ++k)
                    h = (h ^ quint64(quint32(toks[size_t(i + k)].form))) * 1099511628211ULL;
                h ^= h >> 29;
                size_t slot = size_t(h) & (capacity - 1);
                int cls = -1;
                while (table[slot].cls >= 0) {
                    if (table[slot].tag == quint32(h >> 32)) {
                        const auto [rs, ri] = representative[size_t(table[slot].cls)];
                        const std::span<const Token> other = segments[size_t(rs)].tokens;
                        bool same = true;
                        for (int k = 0; k < len && same; ++k)
                            same = other[size_t(ri + k)].form == toks[size_t(i + k)].form;
                        if (same) {
                            cls = table[slot].cls;
                            break;
                        }
                    }
                    slot = (slot + 1) & (capacity - 1);
                }
                if (cls < 0) {
                    cls = int(representative.size());
                    representative.push_back({s, i});
                    table[slot] = {quint32(h >> 32), cls};
                }
                classOf[size_t(firstShingle[size_t(s)] + i)] = cls;
            }
        }
    }
    // Decided once per shingle: a shingle in thousands of places must not be rescanned at each one.
    const size_t classes = representative.size();
    std::vector<char> shared(classes, 0);
    for (int s = 0; s < segmentCount; ++s) {
        const int d = segments[size_t(s)].document;
        for (int i = firstShingle[size_t(s)]; i < firstShingle[size_t(s) + 1]; ++i) {
            const size_t c = size_t(classOf[size_t(i)]);
            if (!shared[c] && segments[size_t(representative[c].first)].document != d)
                shared[c] = 1;
        }
    }

    // Maximal runs of shared shingles within each segment.
    std::vector<Run> runs;
    for (int s = 0; s < segmentCount; ++s) {
        Segment &seg = segments[size_t(s)];
        int current = -1;
        for (int i = 0; i + len <= int(seg.tokens.size()); ++i) {
            if (!shared[size_t(classOf[size_t(firstShingle[size_t(s)] + i)])])
                continue;
            // Shared shingles whose tokens overlap belong to one run, even with a gap of unshared starts.
            if (current >= 0 && runs[size_t(current)].last < i)
                current = -1;
            if (current < 0) {
                current = int(runs.size());
                runs.push_back({s, i, i + len - 1});
            }
            runs[size_t(current)].last = i + len - 1;
            seg.runOf[size_t(i)] = current;
        }
    }

    // Runs that share a shingle are one passage (the root of a set is its lowest run, whatever
    // the order of the unions).
    std::vector<int> parent(runs.size());
    std::iota(parent.begin(), parent.end(), 0);
    std::vector<int> firstRunOf(classes, -1);
    for (int s = 0; s < segmentCount; ++s) {
        const Segment &seg = segments[size_t(s)];
        for (size_t i = 0; i < seg.runOf.size(); ++i) {
            const int r = seg.runOf[i];
            if (r < 0)
                continue;
            int &firstRun = firstRunOf[size_t(classOf[size_t(firstShingle[size_t(s)]) + i])];
            if (firstRun < 0) {
                firstRun = r;
                continue;
            }
            const int a = findRoot(parent, firstRun);
            const int b = findRoot(parent, r);
            if (a != b)
                parent[size_t(std::max(a, b))] = std::min(a, b);
        }
    }
    QHash<int, QList<int>> members;
    QList<int> roots;
    for (int r = 0; r < int(runs.size()); ++r) {
        const int root = findRoot(parent, r);
        if (!members.contains(root))
            roots.append(root);
        members[root].append(r);
    }
    // Runs are created in reading order (document, paragraph, position), so the roots are too.
    QList<SharedPassage> out;
    for (int root : roots) {
        const QList<int> rs = members.value(root);
        QSet<int> docs;
        SharedPassage passage;
        for (int r : rs) {
            const Run &run = runs[size_t(r)];
            const Segment &seg = segments[size_t(run.segment)];
            docs.insert(seg.document);
            const int start = seg.tokens[size_t(run.first)].start;
            const int end = seg.tokens[size_t(run.last)].end;
            const QString &text = documents.at(seg.document).paragraphs.at(seg.paragraph).text;
            passage.occurrences.append({seg.document, seg.paragraph, start, end, text.mid(start, end - start)});
        }
        if (docs.size() < 2)
            continue;
        passage.id = u'p' + QString::number(out.size() + 1);
        out.append(passage);
    }
    return out;
}

} // namespace parallax
