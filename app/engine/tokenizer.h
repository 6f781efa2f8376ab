#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>

namespace parallax {

enum class TokenKind : quint8 { Word, Number };

/// \brief A word or number of a paragraph. Punctuation is not a token.
struct Token
{
    int start = 0; ///< UTF-16 offsets into the original text
    int end = 0;
    int form = 0; ///< interned id of the normalised surface form (case folded, quotes/dashes unified)
    int stem = 0; ///< interned id of the stem (Snowball; numbers stay whole)
    TokenKind kind = TokenKind::Word;
};

/// \brief Interns strings to dense integer ids, once per comparison. Not thread-safe.
class Vocabulary final
{
public:
    int intern(QStringView text);
    /// \brief Same as intern(QStringView) but copies `text` (implicitly shared) only when it is new.
    int intern(const QString &text);
    const QString &text(int id) const { return m_texts.at(id); }
    int size() const { return int(m_texts.size()); }

private:
    QHash<QString, int> m_ids;
    QStringList m_texts;
};

/// \brief Unicode word segmentation (ICU) with case folding and stemming for Latin and Cyrillic.
///
/// Rules (see tokenizer.cpp for the reasons):
/// - words follow ICU's UAX #29 word boundaries; punctuation, quotes, dashes, symbols are not tokens;
/// - `form` is case folded; apostrophe variants become U+0027 ("don’t" == "don't"); ё becomes е;
///   invisible format characters (soft hyphen, zero-width joiners) are dropped from the form and
///   never split a word;
/// - numbers stay whole: "70,000", "1.5", "16.5%" (the % belongs to the number), "2024-03-03",
///   "14:00", "€2.4m" (a currency sign directly before the digits belongs to the number),
///   "70 000" with a no-break/thin space as thousands separator. Thousands separators are
///   removed from the form ("70,000", "70 000" and "70000" share one form);
/// - `stem` is the Snowball stem (Russian for words with Cyrillic letters, English otherwise);
///   numbers are their own stem.
/// One Tokenizer per thread; it keeps its ICU iterator, stemmers and caches between calls.
class Tokenizer final
{
public:
    explicit Tokenizer(Vocabulary &vocabulary);
    ~Tokenizer();
    Tokenizer(const Tokenizer &) = delete;
    Tokenizer &operator=(const Tokenizer &) = delete;

    QList<Token> tokenize(QStringView text);

    /// \brief On by default: pure-ASCII words skip ICU (same result, several times faster).
    /// Tests switch it off to check that both paths agree.
    void setAsciiFastPath(bool enabled);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace parallax

namespace parallax {

/// \brief The tokens of every paragraph of one document, index-aligned with Document::paragraphs
/// (boilerplate paragraphs get an empty list: later steps ignore them).
struct TokenizedDocument
{
    QList<QList<Token>> paragraphs;
};

} // namespace parallax
