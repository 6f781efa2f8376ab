#include "quotewords.h"

#include "lexicon.h"

#include <algorithm>

namespace parallax {

namespace {

constexpr int minAcronym = 3; // two letters ("US", "UN") match too many pairs of words by chance
constexpr int maxAcronym = 5;

bool allDigits(QStringView s, qsizetype minLength, qsizetype maxLength)
{
    if (s.size() < minLength || s.size() > maxLength)
        return false;
    return std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

bool onlyBlanks(QStringView text, int from, int to)
{
    for (int i = from; i < to; ++i) {
        if (!text[i].isSpace() && text[i] != QChar(0x00A0))
            return false;
    }
    return true;
}

// Words inside a spelt-out acronym that give it no letter: "Federal Bureau of Investigation".
bool isAcronymFiller(QStringView folded)
{
    return folded == u"of" || folded == u"and" || folded == u"for" || folded == u"the";
}

} // namespace

void AcronymIndex::learn(QStringView text, const QList<Token> &tokens, Vocabulary &vocabulary)
{
    for (const Token &t : tokens) {
        const int length = t.end - t.start;
        if (t.kind != TokenKind::Word || length < minAcronym || length > maxAcronym)
            continue;
        const QStringView surface = text.mid(t.start, length);
        const bool capitals = std::all_of(surface.cbegin(), surface.cend(), [](QChar c) { return c.isUpper(); });
        const QString &folded = vocabulary.text(t.form);
        if (capitals && !lexicon::isStopWord(folded) && !m_stemByInitials.contains(folded))
            m_stemByInitials.insert(folded, t.stem);
    }
}

int AcronymIndex::stemFor(QStringView initials) const
{
    return m_stemByInitials.value(initials.toString(), -1);
}

QuoteWords quoteWords(QStringView text, const QList<Token> &tokens, Vocabulary &vocabulary, const AcronymIndex &acronyms)
{
    QuoteWords out;
    // Tokens as compared: "2 800" written with a plain blank is one number, as "2,800" and "2 800"
    // with a no-break space already are (the tokenizer cannot tell a blank that groups digits).
    struct Item
    {
        int form = 0;
        int stem = 0;
        int start = 0;
        int end = 0;
        bool content = false;
    };
    QList<Item> items;
    items.reserve(tokens.size());
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &t = tokens[i];
        Item item {t.form, t.stem, t.start, t.end, false};
        if (t.kind == TokenKind::Number && allDigits(vocabulary.text(t.form), 1, 3)) {
            QString digits = vocabulary.text(t.form);
            while (i + 1 < tokens.size() && tokens[i + 1].kind == TokenKind::Number && tokens[i + 1].start == tokens[i].end + 1
                   && text[tokens[i].end] == u' ' && allDigits(vocabulary.text(tokens[i + 1].form), 3, 3)) {
                ++i;
                digits += vocabulary.text(tokens[i].form);
                item.end = tokens[i].end;
            }
            if (item.end != t.end) {
                item.form = vocabulary.intern(digits);
                item.stem = item.form; // numbers are their own stem
            }
        }
        item.content = !lexicon::isStopWord(vocabulary.text(item.form));
        out.forms.append(item.form);
        if (item.content)
            ++out.contentWords;
        items.append(item);
    }

    // "chief executive officer" counts as "CEO" when some quotation writes the acronym.
    QList<bool> spelt(items.size(), false);
    if (!acronyms.isEmpty()) {
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!items[i].content || isAcronymFiller(vocabulary.text(items[i].form)))
                continue;
            QString initials;
            qsizetype last = -1;
            int stem = -1;
            for (qsizetype j = i; j < items.size() && initials.size() < maxAcronym; ++j) {
                if (j > i && !onlyBlanks(text, items[j - 1].end, items[j].start))
                    break;
                const QString &word = vocabulary.text(items[j].form);
                if (isAcronymFiller(word))
                    continue;
                if (!items[j].content || !word.front().isLetter())
                    break;
                initials += word.front();
                if (initials.size() >= minAcronym) {
                    const int found = acronyms.stemFor(initials);
                    if (found >= 0) {
                        stem = found;
                        last = j;
                    }
                }
            }
            if (stem < 0)
                continue;
            for (qsizetype j = i; j <= last; ++j)
                spelt[j] = true;
            out.contentStems.append(stem);
            i = last;
        }
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items[i].content && !spelt[i])
            out.contentStems.append(items[i].stem);
    }
    std::sort(out.contentStems.begin(), out.contentStems.end());
    out.contentStems.erase(std::unique(out.contentStems.begin(), out.contentStems.end()), out.contentStems.end());
    return out;
}

bool containsRun(const QList<int> &haystack, const QList<int> &needle)
{
    if (needle.isEmpty())
        return false;
    return std::search(haystack.cbegin(), haystack.cend(), needle.cbegin(), needle.cend()) != haystack.cend();
}

int commonPrefix(const QList<int> &a, const QList<int> &b)
{
    const qsizetype n = std::min(a.size(), b.size());
    qsizetype k = 0;
    while (k < n && a[k] == b[k])
        ++k;
    return int(k);
}

} // namespace parallax
