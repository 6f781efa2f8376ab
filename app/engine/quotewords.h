#pragma once

#include "tokenizer.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

namespace parallax {

/// \brief The words of one quotation as the quote finder compares them.
struct QuoteWords
{
    QList<int> forms; ///< every token's form id; digit groups split by a blank joined ("2 800" = "2,800")
    QList<int> contentStems; ///< sorted, unique stems of the words that are not stop words
    int contentWords = 0; ///< tokens among `forms` that are not stop words
};

/// \brief The acronyms (3 to 5 capitals: "CEO") that the quotations of one comparison use. One
/// outlet's "chief executive officer" is another's "CEO": with the acronym known, the spelt-out
/// words count as that one word.
class AcronymIndex final
{
public:
    /// \brief Remembers the all-capital words among `tokens` (of `text`) that are not stop words.
    void learn(QStringView text, const QList<Token> &tokens, Vocabulary &vocabulary);

    /// \brief The acronym's stem for these initials (case folded), or -1.
    int stemFor(QStringView initials) const;

    bool isEmpty() const { return m_stemByInitials.isEmpty(); }

private:
    QHash<QString, int> m_stemByInitials;
};

/// \brief The words of one quotation: `tokens` are its tokens, `text` the paragraph they are in.
QuoteWords quoteWords(QStringView text, const QList<Token> &tokens, Vocabulary &vocabulary, const AcronymIndex &acronyms);

/// \brief True when `needle` (not empty) occurs in `haystack` as a run of consecutive elements.
bool containsRun(const QList<int> &haystack, const QList<int> &needle);

/// \brief The number of leading elements `a` and `b` share.
int commonPrefix(const QList<int> &a, const QList<int> &b);

} // namespace parallax
