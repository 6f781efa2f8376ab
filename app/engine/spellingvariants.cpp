#include "spellingvariants.h"

#include "lexicon.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <set>
#include <utility>

namespace parallax {

namespace {

constexpr int kMinLength = 5;
constexpr int kContextWords = 3;

bool readable(const Paragraph &p)
{
    return p.role == ParagraphRole::Body || p.role == ParagraphRole::Title;
}

// Calls visit(start, end) for each run of letters (and marks) of `text`.
template<typename Visit> void forEachWord(QStringView text, Visit visit)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && !text[i].isLetter())
            ++i;
        const qsizetype s = i;
        while (i < n && (text[i].isLetter() || text[i].isMark()))
            ++i;
        if (i > s)
            visit(int(s), int(i));
    }
}

// "Castelli": a capital, then lower-case letters only (not "NATO", not "McDonald").
bool nameShaped(QStringView w)
{
    if (w.size() < kMinLength || !w.front().isUpper())
        return false;
    return std::all_of(w.begin() + 1, w.end(), [](QChar c) { return c.isLower() || c.isMark(); });
}

struct Occurrence
{
    int document = 0;
    int paragraph = 0;
    int start = 0;
    int end = 0;
    QStringList context; ///< content words (case folded) within kContextWords of it
};

struct WordType
{
    QString word; ///< as written: "Castelli"
    QList<int> documents; ///< ascending
    QList<Occurrence> occurrences;
    bool lowerCase = false; ///< also written in lower case somewhere: a common word
    bool inName = false; ///< part of a person's name somewhere
    bool midSentence = false; ///< capitalised inside a sentence somewhere: a proper noun
};

// Whether the word at `start` opens a sentence (or the paragraph), where every word is capitalised.
bool opensSentence(QStringView text, int start)
{
    int i = start;
    while (i > 0 && (text[i - 1].isSpace() || text[i - 1] == u'"' || text[i - 1] == u'\u201C' || text[i - 1] == u'('))
        --i;
    return i == 0 || text[i - 1] == u'.' || text[i - 1] == u'!' || text[i - 1] == u'?' || text[i - 1] == u':';
}

// Pairs of word types one edit apart with the same first and last two letters, ascending.
std::set<std::pair<int, int>> candidatePairs(const QList<WordType> &types, const std::function<bool(int, int)> &related)
{
    // A deletion of one inner letter (or none) as the key: two words one edit apart share one.
    QHash<QString, QList<int>> byKey;
    for (int t = 0; t < types.size(); ++t) {
        const QString w = types[t].word.toLower();
        byKey[w].append(t);
        for (qsizetype i = 1; i + 2 < w.size(); ++i)
            byKey[w.left(i) + w.mid(i + 1)].append(t);
    }
    std::set<std::pair<int, int>> out;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        const QList<int> &ids = it.value();
        for (int x = 0; x < ids.size(); ++x) {
            for (int y = x + 1; y < ids.size(); ++y) {
                const WordType &a = types[ids[x]];
                const WordType &b = types[ids[y]];
                if (ids[x] == ids[y] || a.word.front() != b.word.front() || a.word.right(2) != b.word.right(2)
                    || lexicon::editDistance(a.word, b.word, 1) != 1)
                    continue;
                // Never both in one document: one writer does not misspell a name they also spell right.
                bool shared = false;
                bool linked = false;
                for (int da : a.documents) {
                    for (int db : b.documents) {
                        shared = shared || da == db;
                        linked = linked || related(da, db);
                    }
                }
                if (!shared && linked)
                    out.insert(std::minmax(ids[x], ids[y]));
            }
        }
    }
    return out;
}

// The content words around [start, end) of `text`, case folded.
QStringList contextOf(QStringView text, int start, int end)
{
    QStringList before;
    QStringList after;
    forEachWord(text.left(start), [&](int s, int e) {
        before.append(lexicon::foldCase(text.mid(s, e - s)));
        if (before.size() > kContextWords)
            before.removeFirst();
    });
    const QStringView rest = text.mid(end);
    forEachWord(rest, [&](int s, int e) {
        if (after.size() < kContextWords)
            after.append(lexicon::foldCase(rest.mid(s, e - s)));
    });
    QStringList out;
    for (const QString &w : before + after) {
        if (w.size() > 2 && !lexicon::isStopWord(w))
            out.append(w);
    }
    return out;
}

bool shareContext(const WordType &a, const WordType &b)
{
    for (const Occurrence &x : a.occurrences) {
        for (const Occurrence &y : b.occurrences) {
            for (const QString &w : x.context) {
                if (y.context.contains(w))
                    return true;
            }
        }
    }
    return false;
}

} // namespace

QList<Fact> findSpellingVariants(const QList<Document> &documents, const QList<bool> &ignored,
                                 const std::function<bool(int, int)> &related, const QList<Fact> &names)
{
    // The distinct name-shaped words and the documents that use them.
    QHash<QString, int> typeOf;
    QList<WordType> types;
    for (int d = 0; d < documents.size(); ++d) {
        if (ignored.value(d))
            continue;
        for (const Paragraph &p : documents[d].paragraphs) {
            if (!readable(p))
                continue;
            forEachWord(p.text, [&](int s, int e) {
                const QStringView w = QStringView(p.text).mid(s, e - s);
                if (!nameShaped(w) || lexicon::isStopWord(lexicon::foldCase(w)))
                    return;
                const QString word = w.toString();
                auto it = typeOf.constFind(word);
                if (it == typeOf.constEnd()) {
                    it = typeOf.insert(word, int(types.size()));
                    types.append({word, {}, {}, false, false});
                }
                QList<int> &docs = types[*it].documents;
                if (docs.isEmpty() || docs.last() != d)
                    docs.append(d);
            });
        }
    }
    const std::set<std::pair<int, int>> pairs = candidatePairs(types, related);
    if (pairs.empty())
        return {};

    // Second pass, over the few words in pairs: where they occur, and whether they are common words.
    QHash<QString, int> wanted; // lower case -> type
    for (const auto &[a, b] : pairs) {
        wanted.insert(types[a].word.toLower(), a);
        wanted.insert(types[b].word.toLower(), b);
    }
    QHash<std::pair<int, int>, QList<std::pair<int, int>>> nameRanges;
    for (const Fact &f : names) {
        if (f.kind == FactKind::Name)
            nameRanges[{f.document, f.paragraph}].append({f.start, f.end});
    }
    for (int d = 0; d < documents.size(); ++d) {
        if (ignored.value(d))
            continue;
        for (int p = 0; p < documents[d].paragraphs.size(); ++p) {
            const Paragraph &para = documents[d].paragraphs[p];
            if (!readable(para))
                continue;
            forEachWord(para.text, [&](int s, int e) {
                const QStringView w = QStringView(para.text).mid(s, e - s);
                if (w.size() < kMinLength)
                    return;
                const auto it = wanted.constFind(w.toString().toLower());
                if (it == wanted.constEnd())
                    return;
                WordType &t = types[*it];
                if (w != t.word) {
                    t.lowerCase = t.lowerCase || w.front().isLower();
                    return;
                }
                for (const auto &r : nameRanges.value({d, p}))
                    t.inName = t.inName || (s < r.second && e > r.first);
                t.midSentence = t.midSentence || !opensSentence(para.text, s);
                t.occurrences.append({d, p, s, e, contextOf(para.text, s, e)});
            });
        }
    }

    QList<Fact> out;
    for (const auto &[a, b] : pairs) {
        const WordType &x = types[a];
        const WordType &y = types[b];
        if (x.lowerCase || y.lowerCase || x.inName || y.inName || !x.midSentence || !y.midSentence || !shareContext(x, y))
            continue;
        const QString subject = kSpellingSubject.toString() + x.word.toLower() + u'/' + y.word.toLower();
        const QString label = QStringLiteral("spelling of ") + (x.documents.size() >= y.documents.size() ? x.word : y.word);
        for (const WordType *t : {&x, &y}) {
            for (const Occurrence &o : t->occurrences) {
                Fact f;
                f.kind = FactKind::Name;
                f.document = o.document;
                f.paragraph = o.paragraph;
                f.start = o.start;
                f.end = o.end;
                f.text = t->word;
                f.name = t->word;
                f.value = t->word;
                f.subject = subject;
                f.subjectLabel = label;
                out.append(f);
            }
        }
    }
    return out;
}

} // namespace parallax
