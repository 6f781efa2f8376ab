#pragma once

#include "tokenizer.h"

#include <QHash>
#include <QString>

#include <vector>

namespace parallax {

/// \brief The terms a paragraph is compared by: its stems, with numbers read by value so that
/// "4.75%-5.00%" and "4.75 percent to 5 percent" share their figures.
///
/// A number's term is its value written plainly ("5.00" and "5" are one term); a percentage
/// ("16.5%", "16.5 percent", "16.5 per cent", "16.5 pct") is the value with "%", and the words
/// "percent", "per cent" and "pct" after it are part of that term. A change in percentage points
/// is one term however it is written: "50 basis points", "0.5 percentage point", "half a
/// percentage point" and "half-point" alike. Every other token keeps its stem. Terms of numbers
/// get ids from `firstFreeId` on.
class ParagraphTerms final
{
public:
    ParagraphTerms(const Vocabulary &vocabulary, int firstFreeId);

    /// The term of token `i` (which has a stem); moves `i` to the last token the term takes
    /// ("50 basis points" is one term).
    int next(const QList<Token> &tokens, qsizetype &i)
    {
        const Token &t = tokens[i];
        // The usual word, known not to start a figure: its stem, with no further look.
        if (t.kind != TokenKind::Number && size_t(t.form) < m_words.size() && m_words[size_t(t.form)] == Word::Other)
            return t.stem;
        return figure(tokens, i);
    }
    /// Writes the terms of `tokens` to `terms` and, index-aligned, the index of the token each term
    /// stands for (its first token) to `tokenIndex`; both must have room for one per token.
    /// Returns how many it wrote.
    int write(const QList<Token> &tokens, int *terms, int *tokenIndex);
    /// One past the highest id handed out so far.
    int endId() const { return m_nextId; }

private:
    /// The words figures are written with, by form.
    enum class Word : quint8 { Unknown, Other, Half, Quarter, Of, A, Percentage, Point, Basis, BasisPoints, Percent, Per, Cent };

    Word wordAt(const QList<Token> &tokens, qsizetype i);
    int figure(const QList<Token> &tokens, qsizetype &i);
    int termOf(const QString &normal);
    int numberTerm(int form, bool percent);
    int pointsTerm(double points);
    int percentWords(const QList<Token> &tokens, qsizetype next);
    std::pair<int, double> pointWords(const QList<Token> &tokens, qsizetype i);
    std::pair<int, double> fractionOfPoint(const QList<Token> &tokens, qsizetype i);

    const Vocabulary &m_vocabulary;
    int m_nextId;
    QHash<QString, int> m_ids; ///< normalised number text -> term id
    QHash<quint64, int> m_cache; ///< (form, percent) -> term id
    std::vector<Word> m_words; ///< per form, filled on first sight
};

/// \brief Hashes of the stem trigrams inside a paragraph's quotation marks, ascending, unique:
/// two paragraphs quoting the same words share them, whatever surrounds the quote.
std::vector<quint64> quotedTrigrams(const QString &text, const QList<Token> &tokens);

} // namespace parallax
