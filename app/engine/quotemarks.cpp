#include "quotemarks.h"

#include "lexicon.h"

namespace parallax {

namespace {

constexpr char16_t straightQuote = u'"';
constexpr char16_t leftDouble = u'\u201C'; // English opener, German closer
constexpr char16_t rightDouble = u'\u201D'; // English closer
constexpr char16_t lowDouble = u'\u201E'; // German opener
constexpr char16_t reversedDouble = u'\u201F';
constexpr char16_t leftGuillemet = u'\u00AB';
constexpr char16_t rightGuillemet = u'\u00BB';

// What may close an open quotation, as a bit set.
enum Closer : unsigned { CloseStraight = 1, CloseLeft = 2, CloseRight = 4, CloseGuillemet = 8 };

struct Open
{
    int pos = 0;
    unsigned closers = 0;
};

bool isBlank(QChar c)
{
    return c.isSpace() || c == QChar(0x00A0);
}

void trimmed(QStringView text, int from, int to, int *start, int *end)
{
    while (from < to && isBlank(text[from]))
        ++from;
    while (to > from && isBlank(text[to - 1]))
        --to;
    *start = from;
    *end = to;
}

// Straight quotes do not say whether they open or close; a quote right after a digit with no
// letter after it is an inch mark (a 12" pipe), not speech.
bool looksLikeInches(QStringView text, int i)
{
    return i > 0 && text[i - 1].isDigit() && (i + 1 >= text.size() || !text[i + 1].isLetter());
}

} // namespace

QList<MarkedSpan> findMarkedSpans(QStringView text)
{
    QList<MarkedSpan> spans;
    QList<Open> stack;
    const int n = int(text.size());
    auto closeTo = [&](int depth, int pos) {
        if (depth == 0) {
            MarkedSpan s;
            s.open = stack.first().pos;
            s.close = pos;
            trimmed(text, s.open + 1, pos, &s.start, &s.end);
            if (s.end > s.start)
                spans.append(s);
        }
        stack.resize(depth);
    };
    // Index of the innermost open quotation that `closer` may close, or -1.
    auto findOpen = [&](unsigned closer) {
        for (int k = int(stack.size()) - 1; k >= 0; --k) {
            if (stack[k].closers & closer)
                return k;
        }
        return -1;
    };
    // Real text nests quotations two or three deep; deeper "openings" are noise and are ignored,
    // which also keeps the closing search below bounded.
    constexpr int maxDepth = 8;
    for (int i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        // Every mark below is '"' or at least U+00AB (the left guillemet): skip the rest cheaply.
        if (c != straightQuote && c < leftGuillemet)
            continue;
        if (stack.size() >= maxDepth
            && (c == straightQuote || c == leftDouble || c == lowDouble || c == reversedDouble || c == leftGuillemet)
            && !(c == straightQuote && (stack.last().closers & CloseStraight))
            && !(c == leftDouble && (stack.last().closers & CloseLeft)))
            continue;
        switch (c) {
        case straightQuote: {
            if (!stack.isEmpty() && (stack.last().closers & CloseStraight)) {
                closeTo(int(stack.size()) - 1, i);
            } else if (stack.isEmpty() && looksLikeInches(text, i)) {
                // not a quotation mark
            } else {
                stack.append({i, CloseStraight});
            }
            break;
        }
        case leftDouble: {
            // Inside „German“ quotes the same character closes; otherwise it opens.
            if (!stack.isEmpty() && (stack.last().closers & CloseLeft))
                closeTo(int(stack.size()) - 1, i);
            else
                stack.append({i, CloseRight});
            break;
        }
        case rightDouble: {
            const int k = findOpen(CloseRight);
            if (k >= 0)
                closeTo(k, i);
            break;
        }
        case lowDouble:
            stack.append({i, CloseLeft | CloseRight});
            break;
        case reversedDouble:
            stack.append({i, CloseRight});
            break;
        case leftGuillemet:
            stack.append({i, CloseGuillemet});
            break;
        case rightGuillemet: {
            const int k = findOpen(CloseGuillemet);
            if (k >= 0)
                closeTo(k, i);
            break;
        }
        default:
            break;
        }
    }
    if (!stack.isEmpty()) {
        // Unbalanced: the quotation ends with the paragraph, never later.
        MarkedSpan s;
        s.open = stack.first().pos;
        trimmed(text, s.open + 1, n, &s.start, &s.end);
        if (s.end > s.start)
            spans.append(s);
    }
    return spans;
}

bool startsWithOpeningMark(QStringView text)
{
    for (QChar c : text) {
        if (isBlank(c))
            continue;
        const char16_t u = c.unicode();
        return u == straightQuote || u == leftDouble || u == lowDouble || u == leftGuillemet || u == reversedDouble;
    }
    return false;
}

bool findTranscriptTurn(QStringView text, TranscriptTurn *turn)
{
    const int n = int(text.size());
    int i = 0;
    while (i < n && isBlank(text[i]))
        ++i;
    const int nameStart = i;
    int words = 0;
    bool allCaps = true;
    QStringList parts;
    while (i < n && words < 5) {
        if (!lexicon::isUpperStart(text[i]))
            return false;
        const int ws = i;
        while (i < n && (text[i].isLetter() || text[i] == u'-' || text[i] == u'\'' || text[i] == u'\u2019' || text[i] == u'.'))
            ++i;
        const QStringView word = text.mid(ws, i - ws);
        if (word.size() < 1)
            return false;
        for (QChar c : word) {
            if (c.isLower())
                allCaps = false;
        }
        parts.append(word.toString());
        ++words;
        if (i < n && text[i] == u':')
            break;
        if (i < n && text[i] == u' ')
            ++i;
        else
            return false;
    }
    if (i >= n || text[i] != u':' || words == 0)
        return false;
    const int nameEnd = i;
    ++i;
    // "Note: ..." and "Update: ..." are labels; a speaker turn needs a name: ALL CAPS, or two words.
    if (lexicon::isNonNameCapital(parts.first().toCaseFolded()))
        return false;
    if (words == 1 && !(allCaps && parts.first().size() >= 2))
        return false;
    if (i >= n || !isBlank(text[i]))
        return false;
    int start = 0;
    int end = 0;
    trimmed(text, i, n, &start, &end);
    int spokenWords = 0;
    for (int k = start; k < end; ++k) {
        if (text[k].isLetterOrNumber() && (k == start || !text[k - 1].isLetterOrNumber()))
            ++spokenWords;
    }
    if (spokenWords < 3)
        return false;
    if (allCaps) {
        for (QString &p : parts)
            p = p.left(1) + p.mid(1).toLower();
    }
    turn->speaker = parts.join(u' ');
    turn->nameStart = nameStart;
    turn->nameEnd = nameEnd;
    turn->start = start;
    turn->end = end;
    return true;
}

} // namespace parallax
