#include "paragraphspace.h"

#include "lexicon.h"
#include "paragraphterms.h"

#include <algorithm>
#include <array>
#include <climits>
#include <cmath>
#include <optional>
#include <tuple>

namespace parallax {

namespace {

// Names, places, numbers and dates decide whether two paragraphs report the same event rather
// than the same kind of event, so they weigh more than ordinary vocabulary.
constexpr float entityBoost = 1.8f;
// Below this accumulated (partial) cosine a pair is not worth scoring exactly.
constexpr float candidateFloor = 0.05f;
// Two paragraphs quoting the same words (at least this many stem trigrams inside quotation marks)
// report the same statement, however differently the rest is worded: their score rises by this.
constexpr int sharedQuoteTrigrams = 2;
constexpr double sharedQuoteBonus = 0.15;
// Per other document, only the paragraphs with the most shared rare stems are scored exactly: the
// true partner (or the two halves of a split) is among them, and the work stays linear.
constexpr int candidatesPerDocument = 4;
// A sentence of fewer terms ("Anguish was everywhere.") is read with its neighbour: on its own it
// would say too little to be compared.
constexpr int minSentenceTerms = 5;

RoleClass roleClassOf(ParagraphRole role)
{
    switch (role) {
    case ParagraphRole::Title:
        return RoleClass::Title;
    case ParagraphRole::Dateline:
        return RoleClass::Dateline;
    // A subheading ("Military talks", "What next?") labels the paragraphs below it: two or three
    // words that a body paragraph may share ("Federal Reserve") say nothing about correspondence.
    case ParagraphRole::Heading:
        return RoleClass::Heading;
    default:
        return RoleClass::Text;
    }
}

// A capitalised word inside a sentence is most likely a name; at a sentence start it says nothing.
bool isSentenceStart(QStringView text, int start)
{
    for (int i = start - 1; i >= 0; --i) {
        const QChar c = text[i];
        if (c.isSpace())
            continue;
        return c == u'.' || c == u'!' || c == u'?' || c == u':' || c == u'"' || c == u'\u201C' || c == u'\u00AB' || c == u'\u201E'
            || c == u'(' || c == u'-' || c == u'\u2014' || c == u'\u2013';
    }
    return true;
}

// Whether token `t` opens a sentence: a full stop, question or exclamation mark stands between it
// and the token before, and it starts with a capital or a digit. The stop after an initial or a
// title ("J. Hale", "Mr. Hale") or of an abbreviated month before a day ("Sept. 18") ends none.
bool opensSentence(const QString &text, const QList<Token> &tokens, qsizetype t)
{
    const Token &before = tokens[t - 1];
    const Token &token = tokens[t];
    if (before.end < 0 || token.start >= text.size())
        return false;
    bool stop = false;
    for (int i = before.end; i < token.start && !stop; ++i)
        stop = text[i] == u'.' || text[i] == u'!' || text[i] == u'?';
    if (!stop || !(lexicon::isUpperStart(text[token.start]) || text[token.start].isDigit()))
        return false;
    if (before.kind == TokenKind::Number)
        return true;
    const QStringView word = QStringView(text).sliced(before.start, before.end - before.start);
    if (word.size() == 1 || (token.kind == TokenKind::Number && word.size() <= 4 && lexicon::isUpperStart(word[0])))
        return false;
    return !lexicon::isAbbreviatedTitle(lexicon::foldCase(word));
}

// 1 + ln(count), the damped term frequency; a table for the usual small counts.
float dampedCount(int count)
{
    static const auto table = [] {
        std::array<float, 64> t {};
        for (size_t i = 1; i < t.size(); ++i)
            t[i] = 1.0f + std::log(float(i));
        return t;
    }();
    return count > 0 && count < int(table.size()) ? table[size_t(count)] : 1.0f + std::log(float(std::max(count, 1)));
}

quint64 bigramKey(int a, int b)
{
    return (quint64(quint32(a)) << 32) | quint64(quint32(b));
}

} // namespace

ParagraphSpace::ParagraphSpace(const QList<Document> &documents, const QList<TokenizedDocument> &tokens,
                               const Vocabulary *vocabularyOrNull)
{
    const int n = int(documents.size());
    m_documentUnits.resize(size_t(n));
    m_unitOfParagraph.resize(size_t(n));
    int maxStem = -1;
    size_t totalTokens = 0;
    for (int d = 0; d < n; ++d) {
        const auto &paragraphs = documents[d].paragraphs;
        m_unitOfParagraph[size_t(d)].assign(size_t(paragraphs.size()), -1);
        for (int p = 0; p < int(paragraphs.size()); ++p) {
            if (paragraphs[p].role == ParagraphRole::Boilerplate)
                continue;
            m_unitOfParagraph[size_t(d)][size_t(p)] = int(m_units.size());
            m_documentUnits[size_t(d)].push_back(int(m_units.size()));
            m_units.push_back({d, p, roleClassOf(paragraphs[p].role)});
            if (d < tokens.size() && p < tokens[d].paragraphs.size()) {
                totalTokens += size_t(tokens[d].paragraphs[p].size());
                for (const Token &t : tokens[d].paragraphs[p])
                    maxStem = std::max(maxStem, t.stem);
            }
        }
    }
    // Script of each document by its first words (enough to tell Latin from Cyrillic text).
    m_documentScript.assign(size_t(n), int(QChar::Script_Unknown));
    for (int d = 0; d < n && d < tokens.size(); ++d) {
        std::array<int, QChar::ScriptCount> votes {};
        int seen = 0;
        for (int p = 0; p < int(tokens[d].paragraphs.size()) && seen < 200; ++p) {
            const QString &text = documents[d].paragraphs[p].text;
            for (const Token &t : tokens[d].paragraphs[p]) {
                if (t.kind != TokenKind::Word || t.start < 0 || t.start >= text.size() || !text[t.start].isLetter())
                    continue;
                ++votes[size_t(text[t.start].script())];
                ++seen;
            }
        }
        if (seen > 0)
            m_documentScript[size_t(d)] = int(std::max_element(votes.begin(), votes.end()) - votes.begin());
    }

    // Terms of every unit: stems, with numbers by value (paragraphterms.cpp).
    const size_t units = m_units.size();
    // One slot per token at most (a figure of several words takes one term).
    std::vector<int> unitTerms(totalTokens);
    std::vector<int> unitTokens(totalTokens);
    std::vector<int> unitBegin;
    unitBegin.reserve(units + 1);
    int endId = maxStem + 1;
    {
        std::optional<ParagraphTerms> terms;
        if (vocabularyOrNull)
            terms.emplace(*vocabularyOrNull, endId);
        int written = 0;
        for (size_t u = 0; u < units; ++u) {
            unitBegin.push_back(written);
            const ParagraphUnit &pu = m_units[u];
            if (pu.document >= tokens.size() || pu.paragraph >= tokens[pu.document].paragraphs.size())
                continue;
            const QList<Token> &list = tokens[pu.document].paragraphs[pu.paragraph];
            if (terms) {
                written += terms->write(list, unitTerms.data() + written, unitTokens.data() + written);
                continue;
            }
            for (qsizetype i = 0; i < list.size(); ++i) {
                if (list[i].stem >= 0) {
                    unitTerms[size_t(written)] = list[i].stem;
                    unitTokens[size_t(written++)] = int(i);
                }
            }
        }
        unitBegin.push_back(written);
        if (terms)
            endId = terms->endId();
    }
    const size_t stems = size_t(endId);
    std::vector<int> occurrences(stems, 0);
    std::vector<int> capitalised(stems, 0);
    m_entity.assign(stems, 0);
    m_number.assign(stems, 0);
    m_df.assign(stems, 0);

    // Pass 1: per-unit term counts and bigrams; stem statistics.
    m_termBegin.reserve(units + 1);
    m_bigramBegin.reserve(units + 1);
    m_firstStem.assign(units, -1);
    m_lastStem.assign(units, -1);
    m_terms.reserve(totalTokens);
    m_counts.reserve(totalTokens);
    m_bigrams.reserve(totalTokens);
    std::vector<int> distinct;
    std::vector<int> local(stems, 0); // counts within the current unit, reset after it
    m_leadOf.assign(units, -1);
    for (size_t u = 0; u < units; ++u) {
        m_termBegin.push_back(int(m_terms.size()));
        m_bigramBegin.push_back(int(m_bigrams.size()));
        const ParagraphUnit &pu = m_units[u];
        const std::span<const int> sequence(unitTerms.data() + unitBegin[u], size_t(unitBegin[u + 1] - unitBegin[u]));
        if (sequence.empty())
            continue;
        const QList<Token> &list = tokens[pu.document].paragraphs[pu.paragraph];
        const QString &text = documents[pu.document].paragraphs[pu.paragraph].text;
        if (pu.roleClass == RoleClass::Text)
            addLead(u, sequence, {unitTokens.data() + unitBegin[u], sequence.size()}, list, text, local);
        for (size_t i = 0; i < sequence.size(); ++i) {
            const int term = sequence[i];
            const Token &t = list[unitTokens[size_t(unitBegin[u]) + i]];
            if (local[size_t(term)]++ == 0)
                distinct.push_back(term);
            ++occurrences[size_t(term)];
            if (t.kind == TokenKind::Number) {
                m_entity[size_t(term)] = 1;
                m_number[size_t(term)] = 1;
            } else if (t.start >= 0 && t.start < text.size() && text[t.start].isUpper() && !isSentenceStart(text, t.start)) {
                ++capitalised[size_t(term)];
            }
        }

        m_firstStem[u] = sequence.front();
        m_lastStem[u] = sequence.back();
        for (size_t i = 0; i + 1 < sequence.size(); ++i)
            m_bigrams.push_back(bigramKey(sequence[i], sequence[i + 1]));
        std::sort(m_bigrams.begin() + m_bigramBegin.back(), m_bigrams.end());
        m_bigrams.erase(std::unique(m_bigrams.begin() + m_bigramBegin.back(), m_bigrams.end()), m_bigrams.end());
        std::sort(distinct.begin(), distinct.end());
        for (int stem : distinct) {
            m_terms.push_back(stem);
            m_counts.push_back(local[size_t(stem)]);
            local[size_t(stem)] = 0;
            ++m_df[size_t(stem)];
        }
        distinct.clear();
    }
    m_termBegin.push_back(int(m_terms.size()));
    m_bigramBegin.push_back(int(m_bigrams.size()));
    m_leadTermBegin.push_back(int(m_leadTerms.size()));
    m_leadBigramBegin.push_back(int(m_leadBigrams.size()));

    // Pass 2: stem weights (IDF over all paragraphs of this comparison) and unit vectors.
    m_factor.assign(stems, 0.0f);
    const double unitCountPlus = double(units) + 1.0;
    for (size_t s = 0; s < stems; ++s) {
        if (capitalised[s] > 0 && 2 * capitalised[s] >= occurrences[s])
            m_entity[s] = 1;
        if (m_df[s] == 0)
            continue;
        const double idf = std::log(unitCountPlus / (double(m_df[s]) + 0.5));
        m_factor[s] = float(idf) * (m_entity[s] ? entityBoost : 1.0f);
    }
    m_weights.resize(m_terms.size());
    m_norms.assign(units, 0.0);
    for (size_t u = 0; u < units; ++u) {
        double norm = 0.0;
        for (int i = m_termBegin[u]; i < m_termBegin[u + 1]; ++i) {
            const float w = dampedCount(m_counts[size_t(i)]) * m_factor[size_t(m_terms[size_t(i)])];
            m_weights[size_t(i)] = w;
            norm += double(w) * w;
        }
        m_norms[u] = std::sqrt(norm);
    }
    m_leadWeights.resize(m_leadTerms.size());
    for (size_t k = 0; k < m_leadNorms.size(); ++k) {
        double norm = 0.0;
        for (int i = m_leadTermBegin[k]; i < m_leadTermBegin[k + 1]; ++i) {
            const float w = dampedCount(m_leadCounts[size_t(i)]) * m_factor[size_t(m_leadTerms[size_t(i)])];
            m_leadWeights[size_t(i)] = w;
            norm += double(w) * w;
        }
        m_leadNorms[k] = std::sqrt(norm);
    }
    m_leadCounts = {};

    // Inverted index: a stem in a large share of all paragraphs (function words) tells nothing
    // about which paragraphs correspond and would make the candidate search quadratic.
    const int limit = std::max({16, 4 * n, int(units / 50)});
    m_postBegin.assign(stems + 1, 0);
    for (size_t s = 0; s < stems; ++s)
        m_postBegin[s + 1] = m_postBegin[s] + ((m_df[s] >= 2 && m_df[s] <= limit) ? m_df[s] : 0);
    m_postings.resize(size_t(m_postBegin[stems]));
    m_postWeights.resize(m_postings.size());
    std::vector<int> fill(m_postBegin.begin(), m_postBegin.end() - 1);
    for (size_t u = 0; u < units; ++u) {
        for (int i = m_termBegin[u]; i < m_termBegin[u + 1]; ++i) {
            const size_t s = size_t(m_terms[size_t(i)]);
            if (m_postBegin[s + 1] > m_postBegin[s]) {
                m_postWeights[size_t(fill[s])] = m_norms[u] > 0.0 ? float(m_weights[size_t(i)] / m_norms[u]) : 0.0f;
                m_postings[size_t(fill[s]++)] = int(u);
            }
        }
    }
    m_accumulator.assign(units, 0.0f);
    findSharedQuotes(documents, tokens);
}

void ParagraphSpace::addLead(size_t unit, std::span<const int> sequence, std::span<const int> tokenIndex,
                             const QList<Token> &tokens, const QString &text, std::vector<int> &local)
{
    // The first sentence end that leaves two sentences long enough to compare ("Anguish was
    // everywhere." says too little on its own and is read with what follows).
    const size_t min = size_t(minSentenceTerms);
    size_t end = 0;
    for (size_t i = min; i + min <= sequence.size() && end == 0; ++i) {
        if (tokenIndex[i] > 0 && opensSentence(text, tokens, tokenIndex[i]))
            end = i;
    }
    if (end == 0)
        return;
    m_leadOf[unit] = int(m_leadNorms.size());
    m_leadTermBegin.push_back(int(m_leadTerms.size()));
    m_leadBigramBegin.push_back(int(m_leadBigrams.size()));
    m_leadNorms.push_back(0.0);
    const size_t bigramStart = m_leadBigrams.size();
    const size_t termStart = m_leadTerms.size();
    for (size_t i = 0; i < end; ++i) {
        if (local[size_t(sequence[i])]++ == 0)
            m_leadTerms.push_back(sequence[i]);
        if (i + 1 < end)
            m_leadBigrams.push_back(bigramKey(sequence[i], sequence[i + 1]));
    }
    std::sort(m_leadBigrams.begin() + qsizetype(bigramStart), m_leadBigrams.end());
    m_leadBigrams.erase(std::unique(m_leadBigrams.begin() + qsizetype(bigramStart), m_leadBigrams.end()), m_leadBigrams.end());
    std::sort(m_leadTerms.begin() + qsizetype(termStart), m_leadTerms.end());
    for (size_t i = termStart; i < m_leadTerms.size(); ++i) {
        m_leadCounts.push_back(local[size_t(m_leadTerms[i])]);
        local[size_t(m_leadTerms[i])] = 0;
    }
}

void ParagraphSpace::findSharedQuotes(const QList<Document> &documents, const QList<TokenizedDocument> &tokens)
{
    // Trigrams inside quotation marks, kept where at least two documents quote them.
    std::vector<std::pair<quint64, int>> all; // (trigram, unit)
    for (size_t u = 0; u < m_units.size(); ++u) {
        const ParagraphUnit &pu = m_units[u];
        if (pu.roleClass != RoleClass::Text || pu.document >= tokens.size()
            || pu.paragraph >= tokens[pu.document].paragraphs.size())
            continue;
        for (quint64 key :
             quotedTrigrams(documents[pu.document].paragraphs[pu.paragraph].text, tokens[pu.document].paragraphs[pu.paragraph]))
            all.emplace_back(key, int(u));
    }
    std::sort(all.begin(), all.end());
    std::vector<std::pair<int, quint64>> kept; // (unit, trigram)
    for (size_t i = 0; i < all.size();) {
        size_t j = i;
        bool shared = false;
        while (j < all.size() && all[j].first == all[i].first) {
            shared = shared || m_units[size_t(all[j].second)].document != m_units[size_t(all[i].second)].document;
            ++j;
        }
        for (size_t k = i; shared && k < j; ++k)
            kept.emplace_back(all[k].second, all[k].first);
        i = j;
    }
    std::sort(kept.begin(), kept.end());
    m_quoteBegin.assign(m_units.size() + 1, 0);
    for (const auto &[unit, key] : kept)
        ++m_quoteBegin[size_t(unit) + 1];
    for (size_t u = 0; u < m_units.size(); ++u)
        m_quoteBegin[u + 1] += m_quoteBegin[u];
    m_quotes.reserve(kept.size());
    for (const auto &[unit, key] : kept)
        m_quotes.push_back(key);
}

bool ParagraphSpace::shareQuote(int a, int b) const
{
    int shared = 0;
    for (int i = m_quoteBegin[size_t(a)], j = m_quoteBegin[size_t(b)];
         i < m_quoteBegin[size_t(a) + 1] && j < m_quoteBegin[size_t(b) + 1];) {
        if (m_quotes[size_t(i)] < m_quotes[size_t(j)]) {
            ++i;
        } else if (m_quotes[size_t(i)] > m_quotes[size_t(j)]) {
            ++j;
        } else {
            if (++shared >= sharedQuoteTrigrams)
                return true;
            ++i;
            ++j;
        }
    }
    return false;
}

double ParagraphSpace::quoteBonus(std::span<const int> a, std::span<const int> b) const
{
    for (int x : a) {
        if (m_quoteBegin[size_t(x)] == m_quoteBegin[size_t(x) + 1])
            continue;
        for (int y : b) {
            if (shareQuote(x, y))
                return sharedQuoteBonus;
        }
    }
    return 0.0;
}

std::pair<int, int> ParagraphSpace::heaviestTerms(int u) const
{
    int first = -1;
    int second = -1;
    for (int i = m_termBegin[size_t(u)]; i < m_termBegin[size_t(u) + 1]; ++i) {
        if (first < 0 || m_weights[size_t(i)] > m_weights[size_t(first)]) {
            second = first;
            first = i;
        } else if (second < 0 || m_weights[size_t(i)] > m_weights[size_t(second)]) {
            second = i;
        }
    }
    if (first < 0)
        return {-1, -1};
    return {m_terms[size_t(first)], m_terms[size_t(second < 0 ? first : second)]};
}

bool ParagraphSpace::hasTerm(int u, int term) const
{
    const auto begin = m_terms.begin() + m_termBegin[size_t(u)];
    const auto end = m_terms.begin() + m_termBegin[size_t(u) + 1];
    return std::binary_search(begin, end, term);
}

int ParagraphSpace::unitOf(int document, int paragraph) const
{
    if (document < 0 || size_t(document) >= m_unitOfParagraph.size())
        return -1;
    const auto &map = m_unitOfParagraph[size_t(document)];
    return paragraph >= 0 && size_t(paragraph) < map.size() ? map[size_t(paragraph)] : -1;
}

double ParagraphSpace::scoreBags(const int *ta, const float *wa, int na, double norma, const quint64 *ba, int nba, const int *tb,
                                 const float *wb, int nb, double normb, const quint64 *bb, int nbb) const
{
    if (na == 0 || nb == 0 || norma <= 0.0 || normb <= 0.0)
        return 0.0;
    double dot = 0.0;
    for (int i = 0, j = 0; i < na && j < nb;) {
        if (ta[i] < tb[j]) {
            ++i;
        } else if (ta[i] > tb[j]) {
            ++j;
        } else {
            dot += double(wa[i]) * wb[j];
            ++i;
            ++j;
        }
    }
    const double cosine = std::min(1.0, dot / (norma * normb));
    const int fewer = std::min(nba, nbb);
    if (fewer == 0)
        return cosine;
    int shared = 0;
    for (int i = 0, j = 0; i < nba && j < nbb;) {
        if (ba[i] < bb[j]) {
            ++i;
        } else if (ba[i] > bb[j]) {
            ++j;
        } else {
            ++shared;
            ++i;
            ++j;
        }
    }
    const double overlap = double(shared) / std::sqrt(double(nba) * double(nbb));
    // Word order (bigrams) confirms a match, but on a handful of words it is noise.
    const double lambda = 0.5 * std::min(1.0, fewer / 4.0);
    return (1.0 - lambda) * cosine + lambda * overlap;
}

double ParagraphSpace::entityOverlap(int a, int b) const
{
    int left = 0;
    int right = 0;
    int shared = 0;
    const size_t ua = size_t(a);
    const size_t ub = size_t(b);
    for (int i = m_termBegin[ua], j = m_termBegin[ub]; i < m_termBegin[ua + 1] || j < m_termBegin[ub + 1];) {
        const int x = i < m_termBegin[ua + 1] ? m_terms[size_t(i)] : INT_MAX;
        const int y = j < m_termBegin[ub + 1] ? m_terms[size_t(j)] : INT_MAX;
        const int t = std::min(x, y);
        if (m_entity[size_t(t)]) {
            left += x == t;
            right += y == t;
            shared += x == t && y == t;
        }
        i += x == t;
        j += y == t;
    }
    return left > 0 && right > 0 ? shared / std::sqrt(double(left) * double(right)) : 0.0;
}

double ParagraphSpace::score(int a, int b) const
{
    const size_t ua = size_t(a);
    const size_t ub = size_t(b);
    const int ta = m_termBegin[ua];
    const int tb = m_termBegin[ub];
    const int ba = m_bigramBegin[ua];
    const int bb = m_bigramBegin[ub];
    // Titles and datelines are a few words whose shared names are frequent across the whole
    // comparison (IDF says little about them): shared who/where/when carries half the score.
    if (m_units[ua].roleClass != RoleClass::Text)
        return 0.5 * entityOverlap(a, b)
            + 0.5
            * scoreBags(m_terms.data() + ta, m_weights.data() + ta, m_termBegin[ua + 1] - ta, m_norms[ua], m_bigrams.data() + ba,
                        m_bigramBegin[ua + 1] - ba, m_terms.data() + tb, m_weights.data() + tb, m_termBegin[ub + 1] - tb,
                        m_norms[ub], m_bigrams.data() + bb, m_bigramBegin[ub + 1] - bb);
    const double text = scoreBags(m_terms.data() + ta, m_weights.data() + ta, m_termBegin[ua + 1] - ta, m_norms[ua],
                                  m_bigrams.data() + ba, m_bigramBegin[ua + 1] - ba, m_terms.data() + tb, m_weights.data() + tb,
                                  m_termBegin[ub + 1] - tb, m_norms[ub], m_bigrams.data() + bb, m_bigramBegin[ub + 1] - bb);
    if (m_quoteBegin[ua] == m_quoteBegin[ua + 1] || !shareQuote(a, b))
        return text;
    return std::min(1.0, text + sharedQuoteBonus);
}

double ParagraphSpace::leadScore(int u, int v) const
{
    const int lead = m_leadOf[size_t(u)];
    if (lead < 0)
        return score(u, v);
    // The first sentence against the whole of `v`, without the bonus for a shared quotation: the
    // question is what the sentence says, not whom both quote somewhere.
    const size_t k = size_t(lead);
    const size_t uv = size_t(v);
    return scoreBags(m_leadTerms.data() + m_leadTermBegin[k], m_leadWeights.data() + m_leadTermBegin[k],
                     m_leadTermBegin[k + 1] - m_leadTermBegin[k], m_leadNorms[k], m_leadBigrams.data() + m_leadBigramBegin[k],
                     m_leadBigramBegin[k + 1] - m_leadBigramBegin[k], m_terms.data() + m_termBegin[uv],
                     m_weights.data() + m_termBegin[uv], m_termBegin[uv + 1] - m_termBegin[uv], m_norms[uv],
                     m_bigrams.data() + m_bigramBegin[uv], m_bigramBegin[uv + 1] - m_bigramBegin[uv]);
}

void ParagraphSpace::join(std::span<const int> units, Bag &bag) const
{
    bag.terms.clear();
    bag.weights.clear();
    bag.bigrams.clear();
    std::vector<std::pair<int, int>> counts;
    for (int u : units) {
        for (int i = m_termBegin[size_t(u)]; i < m_termBegin[size_t(u) + 1]; ++i)
            counts.emplace_back(m_terms[size_t(i)], m_counts[size_t(i)]);
        bag.bigrams.insert(bag.bigrams.end(), m_bigrams.begin() + m_bigramBegin[size_t(u)],
                           m_bigrams.begin() + m_bigramBegin[size_t(u) + 1]);
    }
    for (size_t i = 0; i + 1 < units.size(); ++i) {
        const int last = m_lastStem[size_t(units[i])];
        const int first = m_firstStem[size_t(units[i + 1])];
        if (last >= 0 && first >= 0)
            bag.bigrams.push_back(bigramKey(last, first));
    }
    std::sort(counts.begin(), counts.end());
    std::sort(bag.bigrams.begin(), bag.bigrams.end());
    bag.bigrams.erase(std::unique(bag.bigrams.begin(), bag.bigrams.end()), bag.bigrams.end());
    double norm = 0.0;
    for (size_t i = 0; i < counts.size();) {
        size_t j = i;
        int count = 0;
        while (j < counts.size() && counts[j].first == counts[i].first)
            count += counts[j++].second;
        const float w = dampedCount(count) * m_factor[size_t(counts[i].first)];
        bag.terms.push_back(counts[i].first);
        bag.weights.push_back(w);
        norm += double(w) * w;
        i = j;
    }
    bag.norm = std::sqrt(norm);
}

double ParagraphSpace::score(std::span<const int> a, std::span<const int> b) const
{
    if (a.empty() || b.empty())
        return 0.0;
    if (a.size() == 1 && b.size() == 1)
        return score(a[0], b[0]);
    Bag left;
    Bag right;
    join(a, left);
    join(b, right);
    const double text = scoreBags(left.terms.data(), left.weights.data(), int(left.terms.size()), left.norm, left.bigrams.data(),
                                  int(left.bigrams.size()), right.terms.data(), right.weights.data(), int(right.terms.size()),
                                  right.norm, right.bigrams.data(), int(right.bigrams.size()));
    return m_units[size_t(a[0])].roleClass == RoleClass::Text ? std::min(1.0, text + quoteBonus(a, b)) : text;
}

void ParagraphSpace::candidates(int query, const std::vector<char> &targets, std::vector<int> &out) const
{
    out.clear();
    const size_t q = size_t(query);
    if (m_norms[q] <= 0.0)
        return;
    const int document = m_units[q].document;
    const RoleClass roleClass = m_units[q].roleClass;
    for (int i = m_termBegin[q]; i < m_termBegin[q + 1]; ++i) {
        const size_t s = size_t(m_terms[size_t(i)]);
        const float wq = m_weights[size_t(i)] / float(m_norms[q]);
        for (int k = m_postBegin[s]; k < m_postBegin[s + 1]; ++k) {
            const int v = m_postings[size_t(k)];
            if (!targets[size_t(v)] || m_units[size_t(v)].document == document || m_units[size_t(v)].roleClass != roleClass)
                continue;
            const float wv = m_postWeights[size_t(k)];
            if (m_accumulator[size_t(v)] == 0.0f)
                m_touched.push_back(v);
            m_accumulator[size_t(v)] += wq * wv + 1e-9f;
        }
    }
    m_ranked.clear();
    for (int v : m_touched) {
        if (m_accumulator[size_t(v)] >= candidateFloor)
            m_ranked.push_back({m_units[size_t(v)].document, -m_accumulator[size_t(v)], v});
        m_accumulator[size_t(v)] = 0.0f;
    }
    m_touched.clear();
    std::sort(m_ranked.begin(), m_ranked.end(), [](const Ranked &x, const Ranked &y) {
        return std::tie(x.document, x.negScore, x.unit) < std::tie(y.document, y.negScore, y.unit);
    });
    for (size_t i = 0; i < m_ranked.size(); ++i) {
        if (i < size_t(candidatesPerDocument) || m_ranked[i - candidatesPerDocument].document != m_ranked[i].document)
            out.push_back(m_ranked[i].unit);
    }
    std::sort(out.begin(), out.end());
    // Titles and datelines are short and few: every title is a candidate of every other title.
    if (roleClass != RoleClass::Text) {
        for (size_t v = 0; v < m_units.size(); ++v) {
            if (targets[v] && m_units[v].roleClass == roleClass && m_units[v].document != document)
                out.push_back(int(v));
        }
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
    }
}

void ParagraphSpace::documentTerms(int document, std::vector<int> &terms, std::vector<int> &counts) const
{
    // Dense counting: sorting every occurrence of a long document would dominate the cost.
    m_documentCounts.resize(m_factor.size(), 0);
    terms.clear();
    counts.clear();
    for (int u : m_documentUnits[size_t(document)]) {
        for (int i = m_termBegin[size_t(u)]; i < m_termBegin[size_t(u) + 1]; ++i) {
            const int t = m_terms[size_t(i)];
            if (m_documentCounts[size_t(t)] == 0)
                terms.push_back(t);
            m_documentCounts[size_t(t)] += m_counts[size_t(i)];
        }
    }
    std::sort(terms.begin(), terms.end());
    counts.reserve(terms.size());
    for (int t : terms) {
        counts.push_back(m_documentCounts[size_t(t)]);
        m_documentCounts[size_t(t)] = 0;
    }
}

} // namespace parallax
