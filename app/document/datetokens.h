#pragma once

#include "dateword.h"

#include <QStringView>

#include <vector>

namespace parallax::dates {

/// \brief A run of ASCII digits, a run of letters, or one other non-space character.
struct DateToken
{
    enum class Kind : quint8 { Number, Word, Punct };

    // Ordered for a 24-byte token: a long paragraph holds one per word and punctuation mark.
    int start = 0;
    int end = 0;
    int number = -1; ///< value of a Number of at most 9 digits, else -1
    Kind kind = Kind::Punct;
    const DateWord *word = nullptr; ///< what a Word means to the date grammar, if anything
};

/// \brief The tokens of a text plus the small queries the date grammar asks about them.
/// Whitespace makes no token, so the gap between two tokens is always whitespace.
class DateTokens final
{
public:
    explicit DateTokens(QStringView text);

    QStringView text() const { return m_text; }
    int size() const { return int(m_tokens.size()); }
    const DateToken &at(int i) const { return m_tokens[size_t(i)]; }
    QStringView textOf(int i) const;

    bool isNumber(int i, int minDigits = 1, int maxDigits = 9) const;
    int digits(int i) const { return at(i).end - at(i).start; }
    bool isPunct(int i, QChar c) const;
    bool isPunctOf(int i, QStringView chars) const;
    bool isWord(int i, QLatin1StringView lower) const;
    /// The date meaning of token i when it is a Word of `kind`, else nullptr.
    const DateWord *dateWord(int i, DateWordKind kind) const;
    bool hasKeyword(int i, quint8 keyword) const;
    /// Tokens i and i + 1 touch (no space between them).
    bool glued(int i) const;
    /// Tokens i and i + 1 are separated by a short run of whitespace.
    bool spaced(int i) const;

    /// The character right after token i, or a null QChar at the end.
    QChar charAfter(int i, int skip = 0) const;
    /// The character right before token i, or a null QChar at the start.
    QChar charBefore(int i, int skip = 0) const;

private:
    QStringView m_text;
    std::vector<DateToken> m_tokens; // not QList: its append() is not inlined, and there is one per token
};

} // namespace parallax::dates
