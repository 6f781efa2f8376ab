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
    QString text(int id) const { return m_texts.value(id); }
    int size() const { return int(m_texts.size()); }

private:
    QHash<QString, int> m_ids;
    QStringList m_texts;
};

/// \brief Unicode word segmentation (ICU) with case folding and stemming for Latin and Cyrillic.
class Tokenizer final
{
public:
    explicit Tokenizer(Vocabulary &vocabulary);
    ~Tokenizer();
    Tokenizer(const Tokenizer &) = delete;
    Tokenizer &operator=(const Tokenizer &) = delete;

    QList<Token> tokenize(QStringView text);

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
