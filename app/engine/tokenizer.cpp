#include "tokenizer.h"

namespace parallax {

int Vocabulary::intern(QStringView text)
{
    const QString key = text.toString();
    const auto it = m_ids.constFind(key);
    if (it != m_ids.constEnd())
        return *it;
    const int id = int(m_texts.size());
    m_ids.insert(key, id);
    m_texts.append(key);
    return id;
}

struct Tokenizer::Private
{
    Vocabulary *vocabulary = nullptr;
};

Tokenizer::Tokenizer(Vocabulary &vocabulary)
    : d(std::make_unique<Private>())
{
    d->vocabulary = &vocabulary;
}

Tokenizer::~Tokenizer() = default;

// Placeholder: splits on non-letters. The ICU/Snowball tokenizer replaces this.
QList<Token> Tokenizer::tokenize(QStringView text)
{
    QList<Token> tokens;
    int i = 0;
    const int n = int(text.size());
    while (i < n) {
        while (i < n && !text[i].isLetterOrNumber())
            ++i;
        const int start = i;
        while (i < n && text[i].isLetterOrNumber())
            ++i;
        if (i > start) {
            const int id = d->vocabulary->intern(text.mid(start, i - start).toString().toCaseFolded());
            tokens.append({start, i, id, id, text[start].isDigit() ? TokenKind::Number : TokenKind::Word});
        }
    }
    return tokens;
}

} // namespace parallax
