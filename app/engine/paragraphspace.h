#pragma once

#include "document/document.h"
#include "tokenizer.h"

#include <QList>

#include <cstdint>
#include <span>
#include <vector>

namespace parallax {

/// \brief Which paragraphs may correspond: titles only with titles, datelines only with datelines,
/// subheadings only with subheadings, body text and captions with each other.
enum class RoleClass : quint8 { Title, Dateline, Heading, Text };

/// \brief One comparable paragraph ("unit"): boilerplate is never a unit.
struct ParagraphUnit
{
    int document = 0;
    int paragraph = 0;
    RoleClass roleClass = RoleClass::Text;
};

/// \brief The paragraphs of one comparison as weighted stem vectors and stem-bigram sets, with
/// the scores that say how much two paragraphs (or a paragraph and two joined neighbours) say the
/// same thing. Everything is integer ids in flat arrays so that scoring a pair allocates nothing.
class ParagraphSpace final
{
public:
    /// With `vocabulary`, numbers are compared by value ("5.00%" = "5 percent", paragraphterms.h);
    /// without, by their written form.
    ParagraphSpace(const QList<Document> &documents, const QList<TokenizedDocument> &tokens,
                   const Vocabulary *vocabulary = nullptr);

    int unitCount() const { return int(m_units.size()); }
    int documentCount() const { return int(m_documentUnits.size()); }
    const ParagraphUnit &unit(int u) const { return m_units[size_t(u)]; }
    /// Units of one document in reading order.
    const std::vector<int> &documentUnits(int document) const { return m_documentUnits[size_t(document)]; }
    /// The unit of a paragraph, or -1 for boilerplate.
    int unitOf(int document, int paragraph) const;
    /// A unit without any word (e.g. a row of asterisks) never corresponds to anything.
    bool isEmpty(int u) const { return m_termBegin[size_t(u)] == m_termBegin[size_t(u) + 1]; }

    /// How much paragraphs a and b say the same: 0..1 (TF-IDF cosine and stem-bigram overlap; more
    /// for body text that quotes the same words).
    double score(int a, int b) const;
    /// How much the first sentence of `u` says what the whole of `v` says (score() without the
    /// bonus for a shared quotation; score() itself when `u` is not body text of two or more
    /// sentences).
    double leadScore(int u, int v) const;
    /// Whether `u` is body text of two or more sentences (of at least five terms each).
    bool hasSentences(int u) const { return m_leadOf[size_t(u)] >= 0; }
    /// Like score(), with each side one unit or two consecutive units read as one paragraph.
    double score(std::span<const int> a, std::span<const int> b) const;

    /// Candidate partners of `query` among `targets` (a bit per unit): units of other documents
    /// of the same role class that share enough rare stems. Ascending unit ids.
    void candidates(int query, const std::vector<char> &targets, std::vector<int> &out) const;

    /// The two terms of a unit with the highest weight (the same one twice when it has one term;
    /// -1 when it has none).
    std::pair<int, int> heaviestTerms(int u) const;
    /// Whether unit `u` has `term`.
    bool hasTerm(int u, int term) const;
    /// The distinct terms of unit `u`, ascending.
    std::span<const int> terms(int u) const
    {
        return {m_terms.data() + m_termBegin[size_t(u)], size_t(m_termBegin[size_t(u) + 1] - m_termBegin[size_t(u)])};
    }
    /// One past the highest term id (stems, then the terms of numbers).
    int termCount() const { return int(m_factor.size()); }
    /// Stems that name who/where/when (numbers, capitalised words inside a sentence).
    bool isEntityStem(int stem) const { return stem >= 0 && size_t(stem) < m_entity.size() && m_entity[size_t(stem)]; }
    /// Stems that are numbers (comparable across languages).
    bool isNumberStem(int stem) const { return stem >= 0 && size_t(stem) < m_number.size() && m_number[size_t(stem)]; }
    /// The writing system most of a document's words use (QChar::Script), to tell languages apart.
    int documentScript(int document) const { return m_documentScript[size_t(document)]; }
    /// Document-level bag of stems: ascending stem ids with their counts over the document's units.
    void documentTerms(int document, std::vector<int> &terms, std::vector<int> &counts) const;
    /// The weight factor (IDF times entity boost) of a stem.
    float termFactor(int stem) const { return m_factor[size_t(stem)]; }

private:
    struct Bag
    {
        std::vector<int> terms;
        std::vector<float> weights;
        std::vector<quint64> bigrams;
        double norm = 0.0;
    };
    double entityOverlap(int a, int b) const;
    void addLead(size_t unit, std::span<const int> sequence, std::span<const int> tokenIndex, const QList<Token> &tokens,
                 const QString &text, std::vector<int> &local);
    void findSharedQuotes(const QList<Document> &documents, const QList<TokenizedDocument> &tokens);
    bool shareQuote(int a, int b) const;
    double quoteBonus(std::span<const int> a, std::span<const int> b) const;
    void join(std::span<const int> units, Bag &bag) const;
    double scoreBags(const int *ta, const float *wa, int na, double norma, const quint64 *ba, int nba, const int *tb,
                     const float *wb, int nb, double normb, const quint64 *bb, int nbb) const;

    std::vector<ParagraphUnit> m_units;
    std::vector<std::vector<int>> m_documentUnits;
    std::vector<std::vector<int>> m_unitOfParagraph;

    // Per unit, CSR layout: terms ascending with raw counts and weights; bigram hashes ascending.
    std::vector<int> m_termBegin;
    std::vector<int> m_terms;
    std::vector<int> m_counts;
    std::vector<float> m_weights;
    std::vector<double> m_norms;
    std::vector<int> m_bigramBegin;
    std::vector<quint64> m_bigrams;
    // Per unit, CSR layout: stem trigrams inside quotation marks that another document quotes too.
    std::vector<int> m_quoteBegin;
    std::vector<quint64> m_quotes;
    // The first sentence of each unit that is body text of two or more sentences: per unit its
    // index (-1: one sentence), per first sentence in CSR layout its terms ascending with weights,
    // and its bigram hashes, like the units'.
    std::vector<int> m_leadOf;
    std::vector<int> m_leadTermBegin;
    std::vector<int> m_leadTerms;
    std::vector<int> m_leadCounts; ///< until the weights are known
    std::vector<float> m_leadWeights;
    std::vector<double> m_leadNorms;
    std::vector<int> m_leadBigramBegin;
    std::vector<quint64> m_leadBigrams;
    // Stem sequence of each unit (for bigrams at the seam of two joined units).
    std::vector<int> m_firstStem;
    std::vector<int> m_lastStem;

    // Per stem.
    std::vector<float> m_factor;
    std::vector<char> m_entity;
    std::vector<char> m_number;
    std::vector<int> m_documentScript;
    std::vector<int> m_df;
    // Inverted index over stems that are not too frequent to tell paragraphs apart.
    std::vector<int> m_postBegin;
    std::vector<int> m_postings;
    std::vector<float> m_postWeights; ///< the unit's normalised weight of the posting's stem
    mutable std::vector<float> m_accumulator;
    mutable std::vector<int> m_touched;
    struct Ranked
    {
        int document;
        float negScore;
        int unit;
    };
    mutable std::vector<Ranked> m_ranked;
    mutable std::vector<int> m_documentCounts;
};

} // namespace parallax
