#include "tokenizer.h"
#include "surfacecache.h"

#include <libstemmer.h>
#include <unicode/ubrk.h>
#include <unicode/utypes.h>

#include <vector>

namespace parallax {

int Vocabulary::intern(QStringView text)
{
    return intern(text.toString());
}

int Vocabulary::intern(const QString &text)
{
    const auto it = m_ids.constFind(text);
    if (it != m_ids.constEnd())
        return *it;
    const int id = int(m_texts.size());
    m_ids.insert(text, id);
    m_texts.append(text);
    return id;
}

namespace {

// Typographic apostrophes and look-alikes that outlets (and their CMSes) put inside words.
bool isApostrophe(char16_t c)
{
    return c == u'\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0xFF07 || c == 0x2032;
}

// Invisible characters that may sit inside a word (hyphenation hints, joiners, a stray BOM):
// they must neither split the word nor make its form differ from the plain spelling.
bool isInvisible(char16_t c)
{
    return c == 0x00AD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF;
}

// Spaces used as thousands separators ("70 000" in Russian and French typography).
bool isGroupSpace(char16_t c)
{
    return c == 0x00A0 || c == 0x202F || c == 0x2009 || c == 0x2007;
}

bool isHyphen(char16_t c)
{
    return c == u'-' || c == 0x2010 || c == 0x2011;
}

bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isCyrillic(char32_t c)
{
    return c >= 0x0400 && c <= 0x052F;
}

int countAsciiDigits(QStringView text, int from, int to)
{
    int i = from;
    while (i < to && isAsciiDigit(text[i].unicode()))
        ++i;
    return i - from;
}

// Removes thousands-separator commas when the digits are grouped strictly by three
// ("70,000" -> "70000", "1,234,567.5" -> "1234567.5"), so that the same quantity written with
// commas, no-break spaces or nothing gets one form. "1,5" or "12,34" are left alone: there the
// comma may be a decimal separator and guessing would invent a value.
void stripGroupingCommas(QString &form)
{
    const int n = int(form.size());
    int i = 0;
    while (i < n && !isAsciiDigit(form[i].unicode()))
        ++i;
    const int lead = countAsciiDigits(form, i, n);
    if (lead < 1 || lead > 3)
        return;
    int j = i + lead;
    int groups = 0;
    while (j < n && form[j] == u',' && countAsciiDigits(form, j + 1, n) == 3) {
        j += 4;
        ++groups;
    }
    if (groups == 0 || (j + 1 < n && form[j] == u',' && isAsciiDigit(form[j + 1].unicode())))
        return;
    QString stripped = form.left(i);
    for (int k = i; k < j; ++k) {
        if (form[k] != u',')
            stripped.append(form[k]);
    }
    stripped.append(QStringView(form).mid(j));
    form = stripped;
}

// UAX #29 lists ':' as MidLetter, but ICU's root rules do not join "a:b" (the differential test
// in tst_tokenizer checks the fast path against ICU).
constexpr bool kColonJoinsLetters = false;

struct Segment
{
    int start = 0;
    int end = 0;
    bool number = false;
};

} // namespace

struct Tokenizer::Private
{
    Vocabulary *vocabulary = nullptr;
    UBreakIterator *breaker = nullptr;
    sb_stemmer *english = nullptr;
    sb_stemmer *russian = nullptr;
    std::vector<int> stemOfForm; // by form id; -1 = not computed yet
    SurfaceCache cache;
    QString form; // scratch buffer, keeps its capacity between tokens
    QList<Token> *out = nullptr;
    QStringView text;
    Segment pending;
    bool hasPending = false;

    bool asciiFastPath = true;

    void segment();
    void segmentWithIcu(int from, int to);
    void segmentAscii(int from, int to);
    void segmentFallback(int from, int to);
    void push(Segment segment);
    bool canJoin(const Segment &next) const;
    void flush();
    int stemFor(int formId);
};

Tokenizer::Tokenizer(Vocabulary &vocabulary)
    : d(std::make_unique<Private>())
{
    d->vocabulary = &vocabulary;
    UErrorCode status = U_ZERO_ERROR;
    d->breaker = ubrk_open(UBRK_WORD, "root", nullptr, 0, &status);
    if (U_FAILURE(status)) {
        // No ICU data: fall back to letter/digit runs rather than failing the comparison.
        if (d->breaker)
            ubrk_close(d->breaker);
        d->breaker = nullptr;
    }
    d->english = sb_stemmer_new("english", "UTF_8");
    d->russian = sb_stemmer_new("russian", "UTF_8");
}

Tokenizer::~Tokenizer()
{
    if (d->breaker)
        ubrk_close(d->breaker);
    if (d->english)
        sb_stemmer_delete(d->english);
    if (d->russian)
        sb_stemmer_delete(d->russian);
}

QList<Token> Tokenizer::tokenize(QStringView text)
{
    QList<Token> tokens;
    if (text.isEmpty())
        return tokens;
    tokens.reserve(text.size() / 6 + 1);
    d->out = &tokens;
    d->text = text;
    d->hasPending = false;
    d->segment();
    d->flush();
    d->out = nullptr;
    d->text = {};
    return tokens;
}

void Tokenizer::setAsciiFastPath(bool enabled)
{
    d->asciiFastPath = enabled;
}

namespace {

bool isAsciiSpace(char16_t c)
{
    return c == u' ' || c == u'\n' || c == u'\t' || c == u'\r' || c == u'\f' || c == u'\v';
}

bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiWordChar(char16_t c)
{
    return isAsciiLetter(c) || isAsciiDigit(c) || c == u'_';
}

} // namespace

// ICU's word iterator costs about 100 ns per word; most news text is ASCII between spaces.
// ASCII whitespace always ends a word under UAX #29, so the text is cut into space-separated
// chunks: pure-ASCII chunks go through a hand-written copy of the UAX #29 rules for ASCII
// (checked against ICU by tst_tokenizer), runs of other chunks through ICU.
void Tokenizer::Private::segment()
{
    const int n = int(text.size());
    if (!breaker) {
        segmentFallback(0, n);
        return;
    }
    if (!asciiFastPath) {
        segmentWithIcu(0, n);
        return;
    }
    int region = -1; // start of pending non-ASCII chunks, -1 if none
    int i = 0;
    while (i < n) {
        while (i < n && isAsciiSpace(text[i].unicode()))
            ++i;
        const int start = i;
        bool ascii = true;
        while (i < n && !isAsciiSpace(text[i].unicode())) {
            ascii = ascii && text[i].unicode() < 0x80;
            ++i;
        }
        if (start == i)
            break;
        if (!ascii) {
            if (region < 0)
                region = start;
            continue;
        }
        if (region >= 0) {
            segmentWithIcu(region, start);
            region = -1;
        }
        segmentAscii(start, i);
    }
    if (region >= 0)
        segmentWithIcu(region, n);
}

void Tokenizer::Private::segmentAscii(int from, int to)
{
    int i = from;
    while (i < to) {
        if (!isAsciiWordChar(text[i].unicode())) {
            ++i;
            continue;
        }
        const int start = i;
        for (;;) {
            while (i < to && isAsciiWordChar(text[i].unicode()))
                ++i;
            if (i + 1 >= to || !isAsciiWordChar(text[i + 1].unicode()))
                break;
            // UAX #29 WB6/7 (letter MidLetter/MidNumLet letter) and WB11/12 (digit MidNum/MidNumLet digit).
            const char16_t joiner = text[i].unicode();
            const char16_t before = text[i - 1].unicode();
            const char16_t after = text[i + 1].unicode();
            const bool letters = isAsciiLetter(before) && isAsciiLetter(after);
            const bool digits = isAsciiDigit(before) && isAsciiDigit(after);
            const bool joins = ((joiner == u'\'' || joiner == u'.') && (letters || digits))
                || ((joiner == u',' || joiner == u';') && digits) || (joiner == u':' && letters && kColonJoinsLetters);
            if (!joins)
                break;
            ++i;
        }
        push({start, i, isAsciiDigit(text[start].unicode())});
    }
}

void Tokenizer::Private::segmentWithIcu(int from, int to)
{
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(breaker, text.utf16() + from, int32_t(to - from), &status);
    if (U_FAILURE(status)) {
        segmentFallback(from, to);
        return;
    }
    int32_t previous = ubrk_first(breaker);
    for (int32_t boundary = ubrk_next(breaker); boundary != UBRK_DONE; boundary = ubrk_next(breaker)) {
        // Rule status below UBRK_WORD_NONE_LIMIT: spaces, punctuation, symbols, emoji.
        if (ubrk_getRuleStatus(breaker) >= UBRK_WORD_NONE_LIMIT)
            push({from + previous, from + boundary, QChar::isDigit(text[from + previous].unicode())});
        previous = boundary;
    }
}

void Tokenizer::Private::segmentFallback(int from, int to)
{
    int i = from;
    while (i < to) {
        while (i < to && !text[i].isLetterOrNumber())
            ++i;
        const int start = i;
        while (i < to && (text[i].isLetterOrNumber() || isInvisible(text[i].unicode())))
            ++i;
        if (i > start)
            push({start, i, text[start].isDigit()});
    }
}

// Numbers that ICU splits but a reader sees as one value: dates and ranges ("2024-03-03"),
// times ("14:00") and space-grouped thousands ("70 000"). Only a single joining character
// between two numeric segments qualifies, so "5 - 6" or "page 5, 6" stay apart.
bool Tokenizer::Private::canJoin(const Segment &next) const
{
    if (!hasPending || !pending.number || !next.number || next.start != pending.end + 1)
        return false;
    const char16_t gap = text[pending.end].unicode();
    if (isHyphen(gap))
        return true;
    const int nextDigits = countAsciiDigits(text, next.start, next.end);
    if (gap == u':')
        return nextDigits == 2 && next.end - next.start == 2;
    if (isGroupSpace(gap) && nextDigits == 3 && next.end - next.start == 3) {
        int firstGroup = 0;
        for (int i = pending.start; i < pending.end; ++i) {
            const char16_t c = text[i].unicode();
            if (isGroupSpace(c))
                break;
            if (!isAsciiDigit(c))
                return false;
            ++firstGroup;
        }
        return firstGroup >= 1 && firstGroup <= 3;
    }
    return false;
}

void Tokenizer::Private::push(Segment segment)
{
    // UAX #29 counts U+202F (narrow no-break space) and '_' as word connectors, so ICU returns
    // "mot\u202F" before a French "\u202F;" and a lone "_" as a word. Neither is a word.
    while (segment.end > segment.start && text[segment.end - 1].unicode() == 0x202F)
        --segment.end;
    while (segment.start < segment.end && text[segment.start].unicode() == 0x202F)
        ++segment.start;
    if (segment.start == segment.end)
        return;
    if (text[segment.start] == u'_') {
        int i = segment.start;
        while (i < segment.end && (text[i] == u'_' || text[i].unicode() == 0x202F))
            ++i;
        if (i == segment.end)
            return;
    }
    segment.number = QChar::isDigit(text[segment.start].unicode());
    if (canJoin(segment)) {
        pending.end = segment.end;
        return;
    }
    flush();
    pending = segment;
    hasPending = true;
}

void Tokenizer::Private::flush()
{
    if (!hasPending)
        return;
    hasPending = false;
    int start = pending.start;
    int end = pending.end;
    const int n = int(text.size());
    if (pending.number) {
        // "16.5%" is a different quantity from "16.5", and "€2.4m" from "2.4m".
        if (end < n && (text[end] == u'%' || text[end] == QChar(0x2030)))
            ++end;
        if (start > 0 && text[start - 1].category() == QChar::Symbol_Currency)
            --start;
    }

    // Form and stem depend on the surface text only; most words repeat, so look them up first.
    const QStringView surface = text.mid(start, end - start);
    const quint64 hash = SurfaceCache::hashOf(surface);
    if (const SurfaceCache::Entry *hit = cache.find(surface, hash)) {
        out->append({start, end, hit->form, hit->stem, pending.number ? TokenKind::Number : TokenKind::Word});
        return;
    }

    form.resize(0);
    bool cyrillic = false;
    for (int i = start; i < end; ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80) {
            form.append(QChar(c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c));
            continue;
        }
        if (isInvisible(c))
            continue;
        if (pending.number && isGroupSpace(c))
            continue;
        if (pending.number && isHyphen(c)) {
            form.append(u'-');
            continue;
        }
        if (isApostrophe(c)) {
            form.append(u'\'');
            continue;
        }
        char32_t ucs4 = c;
        if (QChar::isHighSurrogate(c) && i + 1 < end && QChar::isLowSurrogate(text[i + 1].unicode()))
            ucs4 = QChar::surrogateToUcs4(c, text[++i].unicode());
        ucs4 = QChar::toCaseFolded(ucs4);
        // Russian writes ё and е interchangeably; fold so that both spellings compare equal.
        if (ucs4 == 0x0451)
            ucs4 = 0x0435;
        cyrillic = cyrillic || isCyrillic(ucs4);
        if (QChar::requiresSurrogates(ucs4)) {
            form.append(QChar(QChar::highSurrogate(ucs4)));
            form.append(QChar(QChar::lowSurrogate(ucs4)));
        } else {
            form.append(QChar(char16_t(ucs4)));
        }
    }
    if (form.isEmpty())
        return; // only invisible characters
    if (pending.number)
        stripGroupingCommas(form);

    const int formId = vocabulary->intern(form);
    int stemId = formId;
    if (!pending.number) {
        if (formId >= int(stemOfForm.size()))
            stemOfForm.resize(size_t(formId) + 1, -1);
        stemId = stemOfForm[size_t(formId)];
        if (stemId < 0) {
            sb_stemmer *stemmer = cyrillic ? russian : english;
            stemId = formId;
            if (stemmer) {
                const QByteArray utf8 = form.toUtf8();
                const sb_symbol *stemmed
                    = sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol *>(utf8.constData()), int(utf8.size()));
                if (stemmed) {
                    const QString stem = QString::fromUtf8(reinterpret_cast<const char *>(stemmed), sb_stemmer_length(stemmer));
                    stemId = vocabulary->intern(stem);
                }
            }
            // intern(stem) may have grown the vocabulary; index by formId, which is in range.
            stemOfForm[size_t(formId)] = stemId;
        }
    }
    cache.insert(surface, hash, formId, stemId);
    out->append({start, end, formId, stemId, pending.number ? TokenKind::Number : TokenKind::Word});
}

} // namespace parallax
