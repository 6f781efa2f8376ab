#include "datetokens.h"

#include <QString>

namespace parallax::dates {

static_assert(sizeof(DateToken) <= 24, "a token per word: keep it small");

namespace {

bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiLetter(char16_t c)
{
    return char16_t((c | 0x20) - u'a') < 26; // only A-Z and a-z land in a-z with the 0x20 bit set
}

// QChar::isLetter() || QChar::isMark(), without a category look-up for ASCII (which has no marks):
// the tokenizer asks this of nearly every character of every paragraph.
bool isWordChar(char16_t c)
{
    return c < 128 ? isAsciiLetter(c) : QChar::isLetter(c) || QChar::isMark(c);
}

// QChar::isSpace(), ASCII first: space, tab, line feed, vertical tab, form feed, carriage return.
bool isSpace(char16_t c)
{
    return c < 128 ? c == u' ' || (c >= u'\t' && c <= u'\r') : QChar::isSpace(c);
}

// Longer whitespace runs are layout (table cells, line breaks), not the space inside a date.
constexpr int kMaxGap = 8;

} // namespace

DateTokens::DateTokens(QStringView text)
    : m_text(text)
{
    const qsizetype n = text.size();
    const char16_t *const u = text.utf16();
    m_tokens.reserve(n / 4 + 16); // prose averages well over four characters per token
    qsizetype i = 0;
    while (i < n) {
        const char16_t c = u[i];
        if (isSpace(c)) {
            ++i;
            continue;
        }
        DateToken token;
        token.start = int(i);
        if (isAsciiDigit(c)) {
            token.kind = DateToken::Kind::Number;
            qint64 value = 0;
            while (i < n && isAsciiDigit(u[i])) {
                if (value >= 0)
                    value = value * 10 + (u[i] - u'0');
                if (value > 999999999)
                    value = -1; // too long to be any part of a date; stays -1
                ++i;
            }
            token.number = int(value);
        } else if (isWordChar(c)) {
            token.kind = DateToken::Kind::Word;
            while (i < n && isWordChar(u[i]))
                ++i;
            token.word = lookupDateWord(text.sliced(token.start, i - token.start));
        } else {
            token.kind = DateToken::Kind::Punct;
            ++i;
        }
        token.end = int(i);
        m_tokens.push_back(token);
    }
}

QStringView DateTokens::textOf(int i) const
{
    const DateToken &t = at(i);
    return m_text.sliced(t.start, t.end - t.start);
}

bool DateTokens::isNumber(int i, int minDigits, int maxDigits) const
{
    if (i < 0 || i >= size())
        return false;
    const DateToken &t = at(i);
    const int d = t.end - t.start;
    return t.kind == DateToken::Kind::Number && t.number >= 0 && d >= minDigits && d <= maxDigits;
}

bool DateTokens::isPunct(int i, QChar c) const
{
    return i >= 0 && i < size() && at(i).kind == DateToken::Kind::Punct && m_text[at(i).start] == c;
}

bool DateTokens::isPunctOf(int i, QStringView chars) const
{
    return i >= 0 && i < size() && at(i).kind == DateToken::Kind::Punct && chars.contains(m_text[at(i).start]);
}

bool DateTokens::isWord(int i, QLatin1StringView lower) const
{
    return i >= 0 && i < size() && at(i).kind == DateToken::Kind::Word && equalsIgnoringCase(textOf(i), lower);
}

const DateWord *DateTokens::dateWord(int i, DateWordKind kind) const
{
    if (i < 0 || i >= size())
        return nullptr;
    const DateWord *w = at(i).word;
    return w && w->kind == kind ? w : nullptr;
}

bool DateTokens::hasKeyword(int i, quint8 keyword) const
{
    const DateWord *w = dateWord(i, DateWordKind::Keyword);
    return w && (w->keywords & keyword);
}

bool DateTokens::glued(int i) const
{
    return i >= 0 && i + 1 < size() && at(i).end == at(i + 1).start;
}

bool DateTokens::spaced(int i) const
{
    if (i < 0 || i + 1 >= size())
        return false;
    const int gap = at(i + 1).start - at(i).end;
    return gap > 0 && gap <= kMaxGap;
}

QChar DateTokens::charAfter(int i, int skip) const
{
    const qsizetype pos = qsizetype(at(i).end) + skip;
    return pos < m_text.size() ? m_text[pos] : QChar();
}

QChar DateTokens::charBefore(int i, int skip) const
{
    const qsizetype pos = qsizetype(at(i).start) - 1 - skip;
    return pos >= 0 ? m_text[pos] : QChar();
}

} // namespace parallax::dates
