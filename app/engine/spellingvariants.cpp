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

bool isWordChar(char16_t c)
{
    // ASCII first, by one subtraction: this runs over every character of every document.
    return c < 128 ? char16_t((c | 0x20) - u'a') < 26 : QChar::isLetter(c) || QChar::isMark(c);
}

// Calls visit(start, end) for each run of letters (and marks) of `text`.
template<typename Visit> void forEachWord(QStringView text, Visit visit)
{
    const char16_t *const u = text.utf16();
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && !isWordChar(u[i]))
            ++i;
        const qsizetype s = i;
        while (i < n && isWordChar(u[i]))
            ++i;
        if (i > s)
            visit(int(s), int(i));
    }
}

// Calls visit(start, end) for each word of `text` that opens with a capital. With the paragraph's
// tokens (as compare() has them) only their first characters are read; else one comparison for
// nearly every character (most are not capitals), the word boundary only checked at capitals.
template<typename Visit> void forEachCapitalisedWord(QStringView text, const QList<Token> *tokens, Visit visit)
{
    const char16_t *const u = text.utf16();
    const qsizetype n = text.size();
    auto capital = [](char16_t c) { return c < 128 ? char16_t(c - u'A') < 26 : QChar::isUpper(c); };
    if (tokens && !tokens->isEmpty()) {
        for (const Token &t : *tokens) {
            if (t.kind != TokenKind::Word || t.start >= n || !capital(u[t.start]) || (t.start > 0 && isWordChar(u[t.start - 1])))
                continue;
            qsizetype e = t.start + 1;
            while (e < n && isWordChar(u[e]))
                ++e;
            visit(t.start, int(e));
        }
        return;
    }
    for (qsizetype i = 0; i < n; ++i) {
        if (!capital(u[i]) || (i > 0 && isWordChar(u[i - 1])))
            continue;
        qsizetype e = i + 1;
        while (e < n && isWordChar(u[e]))
            ++e;
        visit(int(i), int(e));
        i = e;
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
    bool lowerCase = false; ///< a stop word, or also written in lower case somewhere: a common word
    bool inName = false; ///< part of a person's name somewhere
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
        if (types[t].lowerCase) // a stop word ("These")
            continue;
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

// The distinct name-shaped words and the documents that use them.
QList<WordType> wordTypes(const QList<Document> &documents, const QList<TokenizedDocument> &tokens, const QList<bool> &ignored)
{
    QHash<QString, int> typeOf;
    QList<WordType> types;
    for (int d = 0; d < documents.size(); ++d) {
        if (ignored.value(d))
            continue;
        for (int pi = 0; pi < documents[d].paragraphs.size(); ++pi) {
            const Paragraph &p = documents[d].paragraphs[pi];
            if (!readable(p))
                continue;
            const QList<Token> *paragraphTokens
                = d < tokens.size() && pi < tokens[d].paragraphs.size() ? &tokens[d].paragraphs[pi] : nullptr;
            forEachCapitalisedWord(p.text, paragraphTokens, [&](int s, int e) {
                const QStringView w = QStringView(p.text).mid(s, e - s);
                // Only words capitalised inside a sentence (proper nouns) make types; every other
                // capital opens a sentence. Which documents use them is checked again in pass 2.
                if (!nameShaped(w) || opensSentence(p.text, s))
                    return;
                // Looked up without a copy: most capitalised words are seen many times.
                auto it = typeOf.constFind(QString::fromRawData(w.data(), w.size()));
                if (it == typeOf.constEnd()) {
                    const QString word = w.toString();
                    it = typeOf.insert(word, int(types.size()));
                    types.append({word, {}, {}, lexicon::isStopWord(lexicon::foldCase(w)), false});
                }
                QList<int> &docs = types[*it].documents;
                if (docs.isEmpty() || docs.last() != d)
                    docs.append(d);
            });
        }
    }
    return types;
}

// Second pass, over the few words in pairs: where they occur, whether they are common words (also
// written in lower case) or part of a person's name. Only the documents that use either spelling
// are read again, and of their words only those of a wanted length are looked up.
void readOccurrences(const QList<Document> &documents, const QList<bool> &ignored, const std::set<std::pair<int, int>> &pairs,
                     const QList<Fact> &names, QList<WordType> *types)
{
    QHash<QString, int> wanted; // lower case -> type
    QList<bool> usedBy(documents.size(), false);
    quint64 lengths = 0;
    for (const auto &[a, b] : pairs) {
        for (int t : {a, b}) {
            wanted.insert((*types)[t].word.toLower(), t);
            lengths |= quint64(1) << std::min<qsizetype>((*types)[t].word.size(), 63);
            for (int d : (*types)[t].documents)
                usedBy[d] = true;
        }
    }
    QHash<std::pair<int, int>, QList<std::pair<int, int>>> nameRanges;
    for (const Fact &f : names) {
        if (f.kind == FactKind::Name)
            nameRanges[{f.document, f.paragraph}].append({f.start, f.end});
    }
    for (int d = 0; d < documents.size(); ++d) {
        if (ignored.value(d) || !usedBy[d])
            continue;
        for (int p = 0; p < documents[d].paragraphs.size(); ++p) {
            const Paragraph &para = documents[d].paragraphs[p];
            if (!readable(para))
                continue;
            forEachWord(para.text, [&](int s, int e) {
                const QStringView w = QStringView(para.text).mid(s, e - s);
                if (w.size() < kMinLength || !(lengths & (quint64(1) << std::min<qsizetype>(w.size(), 63))))
                    return;
                const auto it = wanted.constFind(w.toString().toLower());
                if (it == wanted.constEnd())
                    return;
                WordType &t = (*types)[*it];
                if (w != t.word) {
                    t.lowerCase = t.lowerCase || w.front().isLower();
                    return;
                }
                for (const auto &r : nameRanges.value({d, p}))
                    t.inName = t.inName || (s < r.second && e > r.first);
                t.occurrences.append({d, p, s, e, contextOf(para.text, s, e)});
                if (!t.documents.contains(d))
                    t.documents.append(d);
            });
        }
    }
}

} // namespace

QList<Fact> findSpellingVariants(const QList<Document> &documents, const QList<TokenizedDocument> &tokens,
                                 const QList<bool> &ignored, const std::function<bool(int, int)> &related,
                                 const QList<Fact> &names)
{
    QList<WordType> types = wordTypes(documents, tokens, ignored);
    const std::set<std::pair<int, int>> pairs = candidatePairs(types, related);
    if (pairs.empty())
        return {};
    readOccurrences(documents, ignored, pairs, names, &types);
    QList<Fact> out;
    for (const auto &[a, b] : pairs) {
        const WordType &x = types[a];
        const WordType &y = types[b];
        // Pass 2 also counted the documents where a spelling only opens sentences.
        const bool oneDocumentUsesBoth
            = std::any_of(x.documents.cbegin(), x.documents.cend(), [&](int d) { return y.documents.contains(d); });
        if (x.lowerCase || y.lowerCase || x.inName || y.inName || oneDocumentUsesBoth || !shareContext(x, y))
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
