#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>

// The lexer of findQuantities() (quantityparser.cpp): words, numbers and single symbols, with the
// case folds the parser compares. Internal to the quantity parser; a header of its own only to
// keep each file to one purpose.
namespace parallax::quantitylexer {

struct Lex
{
    enum Type : quint8 { Word, Number, Symbol };
    Type type = Word;
    int start = 0;
    int end = 0;
    QStringView folded; ///< symbols: the character; words: see Lexemes::folded()
    double number = 0.0; ///< numbers
    int decimals = 0; ///< digits after the decimal separator
    int trailingZeros = 0;
};

// Lexemes and the case folds their views borrow. On the stack up to a long paragraph's worth: a
// paragraph must not cost an allocation, nor a lexeme a QList append (which is not inlined).
struct Lexemes
{
    QStringView text;
    QVarLengthArray<Lex, 256> lexemes;
    QVarLengthArray<char16_t, 2048> asciiFolds; ///< ASCII words folded at their offsets in the text
    QList<QString> otherFolds; ///< a QString's characters stay put when the list grows

    /// The case fold of word lexeme k. Other words are folded by the lexer; ASCII words (letters
    /// and apostrophes) only here, on first use, by `| 0x20`, which lower-cases the letters and
    /// keeps the apostrophe (0x27): most words are only ever tested by their first letters.
    QStringView folded(int k)
    {
        Lex &l = lexemes[k];
        if (l.folded.isNull()) {
            const char16_t *const u = text.utf16();
            for (int j = l.start; j < l.end; ++j)
                asciiFolds[j] = char16_t(u[j] | 0x20);
            l.folded = QStringView(asciiFolds.data() + l.start, l.end - l.start);
        }
        return l.folded;
    }
};

/// \brief Cuts `t` into lexemes. Words: letters and marks, with an apostrophe inside ("don't",
/// "it’s"); words with a character beyond ASCII are case folded here, ASCII words on first use
/// (Lexemes::folded()). Numbers: digits with thousands separators and a decimal part, valued.
void lex(QStringView t, Lexemes *lexemes);

} // namespace parallax::quantitylexer
