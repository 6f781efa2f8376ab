#include "quantitylexer.h"

#include "lexicon.h"

#include <array>
#include <cmath>

namespace parallax::quantitylexer {

namespace {

bool isSpaceLike(QChar c)
{
    return c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009);
}

// What the lexer asks of an ASCII character, in one table look-up instead of QChar's category
// calls: the lexer runs over every character of every paragraph compare() reads.
enum AsciiClass : quint8 { Blank = 1, Digit = 2, Letter = 4 };

constexpr std::array<quint8, 128> kAsciiClass = [] {
    std::array<quint8, 128> a {};
    for (char16_t c = u'\t'; c <= u'\r'; ++c)
        a[c] = Blank; // QChar::isSpace: tab, line feed, vertical tab, form feed, carriage return
    a[u' '] = Blank;
    for (char16_t c = u'0'; c <= u'9'; ++c)
        a[c] = Digit;
    for (char16_t c = u'a'; c <= u'z'; ++c) {
        a[c] = Letter;
        a[c - 32] = Letter;
    }
    return a;
}();

// The value of a number literal "digits" or "digits.fraction" (ASCII or other Unicode digits).
// With at most 15 ASCII digits in all, the digits read as one integer M are exact in a double, and
// so is 10^fraction; IEEE division rounds M / 10^fraction correctly, as toDouble() rounds the
// decimal correctly: the same double, without toDouble()'s locale machinery (thousands of
// instructions per number; most paragraphs hold numbers).
double literalValue(QStringView literal, int fraction)
{
    static constexpr double kPowersOf10[]
        = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    const qsizetype digits = literal.size() - (fraction > 0 ? 1 : 0);
    if (digits <= 15) {
        quint64 m = 0;
        bool ascii = true;
        for (const QChar c : literal) {
            const char16_t u = c.unicode();
            if (u >= u'0' && u <= u'9')
                m = m * 10 + (u - u'0');
            else if (u != u'.')
                ascii = false;
        }
        if (ascii)
            return double(m) / kPowersOf10[fraction];
    }
    return literal.toDouble();
}

// Digits with thousands separators ("40,000", "40 000", "1.234.567") or a decimal part ("2.4", "2,4").
int lexNumber(QStringView t, int i, Lex *out)
{
    const int n = int(t.size());
    auto digitsAt = [&](int from) {
        int k = from;
        while (k < n && t[k].isDigit())
            ++k;
        return k - from;
    };
    // The literal handed to toDouble: the digits without separators, then "." and the fraction.
    // On the stack for all but absurd lengths: a number must not cost an allocation.
    QVarLengthArray<QChar, 48> literal;
    int j = i + digitsAt(i);
    literal.append(t.constData() + i, j - i);
    const int firstGroup = j - i;
    QChar groupSep;
    while (j + 1 < n && firstGroup <= 3 && digitsAt(j + 1) == 3) {
        const QChar sep = t[j];
        const bool space = isSpaceLike(sep);
        if (!(sep == u',' || sep == u'.' || space) || (!groupSep.isNull() && sep != groupSep))
            break;
        // "1.500" alone reads as a decimal in English; a dot groups only in "1.500.000".
        if (sep == u'.' && groupSep.isNull() && !(j + 5 < n && t[j + 4] == u'.' && digitsAt(j + 5) == 3))
            break;
        groupSep = sep;
        literal.append(t.constData() + j + 1, 3);
        j += 4;
    }
    const qsizetype integerDigits = literal.size();
    int fraction = 0;
    if (j + 1 < n && (t[j] == u'.' || t[j] == u',') && t[j] != groupSep && t[j + 1].isDigit()) {
        fraction = digitsAt(j + 1);
        literal.append(QChar(u'.'));
        literal.append(t.constData() + j + 1, fraction);
        j += 1 + fraction;
    }
    out->type = Lex::Number;
    out->start = i;
    out->end = j;
    out->number = literalValue(QStringView(literal.constData(), literal.size()), fraction);
    out->decimals = fraction;
    int zeros = 0;
    if (fraction == 0) {
        for (qsizetype k = integerDigits - 1; k > 0 && literal[k] == u'0'; --k)
            ++zeros;
    }
    out->trailingZeros = zeros;
    return j;
}

// The end of the run of ASCII letters from `p`: only A-Z and a-z land in a-z with the 0x20 bit
// set. Kept to one comparison per letter: it runs over nearly every character of a paragraph.
const char16_t *skipAsciiLetters(const char16_t *p, const char16_t *end)
{
    while (p != end && char16_t((*p | 0x20) - u'a') < 26)
        ++p;
    return p;
}

} // namespace

// Words: letters and marks, with an apostrophe inside ("don't", "it’s"). Words with a character
// beyond ASCII are case folded into `otherFolds` here, ASCII words later (Lexemes::folded()).
void lex(QStringView t, Lexemes *lexemes)
{
    lexemes->text = t;
    auto &out = lexemes->lexemes;
    QList<QString> *const others = &lexemes->otherFolds;
    lexemes->asciiFolds.resize(t.size()); // ASCII folds keep their length and offset
    const int n = int(t.size());
    const char16_t *const u = t.utf16();
    int i = 0;
    while (i < n) {
        const char16_t c = u[i];
        const quint8 cls = c < 128 ? kAsciiClass[c] : 0;
        if (cls == Blank || (c >= 128 && (QChar::isSpace(c) || isSpaceLike(QChar(c))))) {
            ++i;
        } else if (cls == Digit || (c >= 128 && QChar::isDigit(c))) {
            Lex l;
            i = lexNumber(t, i, &l);
            out.append(l);
        } else if (cls == Letter || (c >= 128 && QChar::isLetter(c))) {
            const int s = i;
            bool ascii = true;
            for (;;) {
                i = int(skipAsciiLetters(u + i, u + n) - u);
                if (i == n)
                    break;
                const char16_t d = u[i];
                if ((d == u'\'' || d == u'\u2019') && i + 1 < n && QChar::isLetter(u[i + 1]))
                    ascii = ascii && d == u'\'';
                else if (d >= 128 && (QChar::isLetter(d) || QChar::isMark(d))) // ASCII has no marks
                    ascii = false;
                else
                    break;
                ++i;
            }
            Lex l;
            l.type = Lex::Word;
            l.start = s;
            l.end = i;
            if (!ascii) {
                others->append(lexicon::foldCase(t.sliced(s, i - s)));
                l.folded = others->constLast();
            }
            out.append(l);
        } else {
            Lex l;
            l.type = Lex::Symbol;
            l.start = i;
            l.end = i + 1;
            l.folded = t.sliced(i, 1);
            out.append(l);
            ++i;
        }
    }
}

} // namespace parallax::quantitylexer
