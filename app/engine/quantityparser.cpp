#include "quantityparser.h"

#include "lexicon.h"
#include "quantitylexer.h"

#include <QHash>

#include <array>
#include <cmath>
#include <string>

namespace parallax {

namespace {

using quantitylexer::Lex;
using quantitylexer::lex;
using quantitylexer::Lexemes;

struct NumberWord
{
    const char16_t *word;
    int value;
};

constexpr NumberWord kNumberWords[] = {
    {u"two", 2},       {u"three", 3},    {u"four", 4},     {u"five", 5},       {u"six", 6},       {u"seven", 7},
    {u"eight", 8},     {u"nine", 9},     {u"ten", 10},     {u"eleven", 11},    {u"twelve", 12},   {u"thirteen", 13},
    {u"fourteen", 14}, {u"fifteen", 15}, {u"sixteen", 16}, {u"seventeen", 17}, {u"eighteen", 18}, {u"nineteen", 19},
    {u"twenty", 20},   {u"thirty", 30},  {u"forty", 40},   {u"fifty", 50},     {u"sixty", 60},    {u"seventy", 70},
    {u"eighty", 80},   {u"ninety", 90},  {u"dozen", 12},
};

const QHash<QString, int> &numberWords()
{
    static const QHash<QString, int> words = [] {
        QHash<QString, int> h;
        for (const NumberWord &w : kNumberWords)
            h.insert(QString::fromUtf16(w.word), w.value);
        return h;
    }();
    return words;
}

// A non-owning QString over the view, to look it up in a QHash without an allocation.
QString borrowed(QStringView v)
{
    return QString::fromRawData(v.data(), v.size());
}

// The bit of a word's first three units in the filter below.
constexpr uint prefixBit(char16_t a, char16_t b, char16_t c)
{
    return (uint(a) * 961u + uint(b) * 31u + uint(c)) % 1024u;
}

constexpr std::array<quint64, 16> kNumberWordPrefixes = [] {
    std::array<quint64, 16> bits {};
    for (const NumberWord &w : kNumberWords) {
        if (std::char_traits<char16_t>::length(w.word) < 3)
            throw "number words have at least three letters"; // fails the build
        const uint bit = prefixBit(w.word[0], w.word[1], w.word[2]);
        bits[bit / 64] |= quint64(1) << (bit % 64);
    }
    return bits;
}();

// Whether `w` (case folded) may start with a number word: a bit per three-letter prefix. Every
// word wordValue() gives a value starts with a number word (alone, before "-" or before "fold"),
// so a word that fails this test has no value; most words of a text fail it without a hash.
bool mayStartWithNumberWord(char16_t a, char16_t b, char16_t c)
{
    const uint bit = prefixBit(a, b, c);
    return kNumberWordPrefixes[bit / 64] & (quint64(1) << (bit % 64));
}

bool mayStartWithNumberWord(QStringView w)
{
    return w.size() >= 3 && mayStartWithNumberWord(w[0].unicode(), w[1].unicode(), w[2].unicode());
}

// Whether word lexeme `l` of `text` may have a value in findQuantities(): only "a" (a dozen) and
// words that start with a number word can. An ASCII word, not folded yet, is tested on its
// first letters folded by `| 0x20` (see Lexemes::folded()).
bool mayHaveValue(const Lex &l, QStringView text)
{
    if (!l.folded.isNull())
        return l.folded == u"a" || mayStartWithNumberWord(l.folded);
    const char16_t *const u = text.utf16() + l.start;
    const int size = l.end - l.start;
    if (size == 1)
        return (u[0] | 0x20) == u'a';
    return size >= 3 && mayStartWithNumberWord(u[0] | 0x20, u[1] | 0x20, u[2] | 0x20);
}

// "forty-two", "twelve": the value of a number word, or -1. "one" is left out: "no one", "one of".
double wordValue(QStringView w)
{
    if (!mayStartWithNumberWord(w))
        return -1;
    const auto &words = numberWords();
    const qsizetype dash = w.indexOf(u'-');
    if (dash > 0) {
        const int tens = words.value(borrowed(w.left(dash)), -1);
        const int ones = w.mid(dash + 1) == u"one" ? 1 : words.value(borrowed(w.mid(dash + 1)), -1);
        if (tens >= 20 && tens % 10 == 0 && ones > 0 && ones < 10)
            return tens + ones;
        return -1;
    }
    return words.value(borrowed(w), -1);
}

double scaleOf(QStringView w)
{
    if (w == u"thousand" || w == u"thousands" || w.startsWith(u"тысяч") || w == u"тыс" || w == u"k")
        return 1e3;
    if (w == u"million" || w == u"millions" || w == u"m" || w == u"mn" || w == u"млн" || w.startsWith(u"миллион"))
        return 1e6;
    if (w == u"billion" || w == u"bn" || w == u"млрд" || w.startsWith(u"миллиард"))
        return 1e9;
    if (w == u"hundred")
        return 1e2;
    if (w == u"dozen") // "two dozen"; "a dozen" is read as a number of its own
        return 12;
    return 0;
}

QString currencySymbol(QStringView s)
{
    if (s == u"€")
        return QStringLiteral("EUR");
    if (s == u"$")
        return QStringLiteral("USD");
    if (s == u"£")
        return QStringLiteral("GBP");
    if (s == u"₽")
        return QStringLiteral("RUB");
    return {};
}

QString currencyWord(QStringView w)
{
    if (w == u"eur" || w == u"euro" || w == u"euros" || w == u"евро")
        return QStringLiteral("EUR");
    if (w == u"usd" || w == u"dollar" || w == u"dollars" || w.startsWith(u"доллар"))
        return QStringLiteral("USD");
    if (w == u"gbp" || w == u"pound" || w == u"pounds" || w == u"sterling")
        return QStringLiteral("GBP");
    if (w == u"rub" || w == u"ruble" || w == u"rubles" || w == u"rouble" || w == u"roubles" || w.startsWith(u"рубл")
        || w == u"руб")
        return QStringLiteral("RUB");
    return {};
}

struct UnitInfo
{
    QuantityKind kind;
    QString unit;
    double factor;
    QString symbol;
};

// Units after a number; factor converts to the base unit.
bool unitOf(QStringView w, UnitInfo *u)
{
    static const QHash<QString, UnitInfo> units = [] {
        QHash<QString, UnitInfo> h;
        auto add = [&h](std::initializer_list<const char16_t *> names, QuantityKind k, const char16_t *unit, double f,
                        const char16_t *symbol) {
            for (const char16_t *name : names)
                h.insert(QString::fromUtf16(name), {k, QString::fromUtf16(unit), f, QString::fromUtf16(symbol)});
        };
        add({u"km", u"kilometre", u"kilometres", u"kilometer", u"kilometers", u"км", u"километр", u"километра", u"километров",
             u"километрах"},
            QuantityKind::Measure, u"m", 1000, u"km");
        add({u"metre", u"metres", u"meter", u"meters", u"метр", u"метра", u"метров"}, QuantityKind::Measure, u"m", 1, u"m");
        add({u"cm", u"centimetre", u"centimetres", u"centimeter", u"centimeters", u"сантиметров", u"см"}, QuantityKind::Measure,
            u"m", 0.01, u"cm");
        add({u"mile", u"miles"}, QuantityKind::Measure, u"m", 1609.344, u"mi");
        add({u"feet", u"foot", u"ft"}, QuantityKind::Measure, u"m", 0.3048, u"ft");
        add({u"tonne", u"tonnes", u"ton", u"tons", u"тонн", u"тонны", u"тонна"}, QuantityKind::Measure, u"kg", 1000, u"t");
        add({u"kg", u"kilogram", u"kilograms", u"кг", u"килограммов"}, QuantityKind::Measure, u"kg", 1, u"kg");
        add({u"hectare", u"hectares", u"ha", u"гектаров"}, QuantityKind::Measure, u"m2", 10000, u"ha");
        add({u"second", u"seconds", u"секунд"}, QuantityKind::Duration, u"s", 1, u"s");
        add({u"minute", u"minutes", u"минут", u"минуты"}, QuantityKind::Duration, u"s", 60, u"min");
        add({u"hour", u"hours", u"час", u"часа", u"часов"}, QuantityKind::Duration, u"s", 3600, u"h");
        add({u"day", u"days", u"дня", u"дней", u"суток"}, QuantityKind::Duration, u"s", 86400, u"d");
        add({u"week", u"weeks", u"недели", u"недель"}, QuantityKind::Duration, u"s", 7 * 86400, u"wk");
        add({u"month", u"months", u"месяца", u"месяцев"}, QuantityKind::Duration, u"s", 30 * 86400, u"mo");
        add({u"percent", u"%", u"процента", u"процентов", u"процент"}, QuantityKind::Percent, u"%", 1, u"%");
        add({u"fold"}, QuantityKind::Multiplier, u"x", 1, u"x");
        return h;
    }();
    const auto it = units.constFind(borrowed(w));
    if (it == units.constEnd())
        return false;
    *u = *it;
    return true;
}

struct Hedge
{
    int words;
    QStringView text[3]; ///< views, not pointers: a comparison must not measure the word (strlen)
    const char16_t *canonical;
    double lowFactor; ///< interval = [value * low, value * high]
    double highFactor;
};

// Longest first, so "more than" wins over a bare "than".
constexpr Hedge hedges[] = {
    {3, {u"in", u"excess", u"of"}, u"more than", 1.0, 1.1},
    {3, {u"no", u"more", u"than"}, u"up to", 0.0, 1.0},
    {3, {u"as", u"many", u"as"}, u"up to", 0.0, 1.0},
    {3, {u"не", u"менее", nullptr}, u"at least", 1.0, 1.1},
    {2, {u"more", u"than"}, u"more than", 1.0, 1.1},
    {2, {u"at", u"least"}, u"at least", 1.0, 1.1},
    {2, {u"upwards", u"of"}, u"more than", 1.0, 1.1},
    {2, {u"just", u"over"}, u"more than", 1.0, 1.1},
    {2, {u"just", u"under"}, u"nearly", 0.9, 1.0},
    {2, {u"close", u"to"}, u"about", 0.9, 1.1},
    {2, {u"an", u"estimated"}, u"about", 0.9, 1.1},
    {2, {u"up", u"to"}, u"up to", 0.0, 1.0},
    {2, {u"fewer", u"than"}, u"fewer than", 0.0, 1.0},
    {2, {u"less", u"than"}, u"fewer than", 0.0, 1.0},
    {2, {u"at", u"most"}, u"up to", 0.0, 1.0},
    {2, {u"не", u"менее"}, u"at least", 1.0, 1.1},
    {2, {u"не", u"более"}, u"up to", 0.0, 1.0},
    {2, {u"менее", u"чем"}, u"fewer than", 0.0, 1.0},
    {2, {u"более", u"чем"}, u"more than", 1.0, 1.1},
    {1, {u"about"}, u"about", 0.9, 1.1},
    {1, {u"around"}, u"about", 0.9, 1.1},
    {1, {u"some"}, u"about", 0.9, 1.1},
    {1, {u"roughly"}, u"about", 0.9, 1.1},
    {1, {u"approximately"}, u"about", 0.9, 1.1},
    {1, {u"estimated"}, u"about", 0.9, 1.1},
    {1, {u"nearly"}, u"nearly", 0.9, 1.0},
    {1, {u"almost"}, u"nearly", 0.9, 1.0},
    {1, {u"over"}, u"more than", 1.0, 1.1},
    {1, {u"within"}, u"up to", 0.0, 1.0},
    {1, {u"under"}, u"fewer than", 0.0, 1.0},
    {1, {u"около"}, u"about", 0.9, 1.1},
    {1, {u"примерно"}, u"about", 0.9, 1.1},
    {1, {u"порядка"}, u"about", 0.9, 1.1},
    {1, {u"почти"}, u"nearly", 0.9, 1.0},
    {1, {u"более"}, u"more than", 1.0, 1.1},
    {1, {u"свыше"}, u"more than", 1.0, 1.1},
    {1, {u"менее"}, u"fewer than", 0.0, 1.0},
    {1, {u"до"}, u"up to", 0.0, 1.0},
};

bool inRanges(const QList<std::pair<int, int>> &ranges, int a, int b)
{
    for (const auto &r : ranges) {
        if (a < r.second && b > r.first)
            return true;
    }
    return false;
}

// The word ending right before `pos` (blanks skipped), case folded ASCII; empty if none.
QString wordBefore(QStringView text, int pos)
{
    int e = pos;
    while (e > 0 && text[e - 1].isSpace())
        --e;
    int s = e;
    while (s > 0 && text[s - 1].isLetter())
        --s;
    return lexicon::foldCase(text.mid(s, e - s));
}

// "3.75%-4.00%", "between 3.75% and 4%", "3.75 percent to 4 percent": one range, not two figures
// that disagree. Not "from 4.3% to 3.8%" or "by 2% to 5%", which tell a change; "to" only where a
// range is stated ("is 4 to 5 percent", "between 4 to 5"), the ends ascending.
void mergeRanges(QStringView text, QList<Quantity> *quantities)
{
    QList<Quantity> &out = *quantities;
    for (qsizetype i = 0; i + 1 < out.size(); ++i) {
        Quantity &a = out[i];
        const Quantity &b = out[i + 1];
        if (a.end > b.start || !a.qualifier.isEmpty() || !b.qualifier.isEmpty())
            continue;
        // The gap first: most neighbouring figures have more than a dash or a word between them.
        const QStringView gap = text.mid(a.end, b.start - a.end).trimmed();
        const bool dash = gap == u"-" || gap == u"\u2013" || gap == u"\u2014";
        if (!dash && gap != u"to" && gap != u"and")
            continue;
        const QString lead = wordBefore(text, a.start);
        const bool to = gap == u"to"
            && (lead == u"between" || lead == u"is" || lead == u"are" || lead == u"was" || lead == u"were" || lead == u"be"
                || lead == u"range" || lead == u"of");
        const bool andRange = gap == u"and" && lead == u"between";
        if (!(dash || to || andRange) || lead == u"from" || lead == u"by")
            continue;
        // "3.75 to 4 percent": the first end takes the unit written after the second.
        const bool sameUnit = a.unit == b.unit && a.kind == b.kind;
        const bool adopt = a.unit.isEmpty() && a.kind == QuantityKind::Count && !b.unit.isEmpty();
        if (!sameUnit && !adopt)
            continue;
        const double factor = adopt ? (b.written != 0.0 ? b.value / b.written : 1.0) : 1.0;
        const double low = a.low * factor;
        if (!(low < b.high))
            continue;
        Quantity r = b;
        r.start = a.start;
        r.low = low;
        r.value = (low + b.high) / 2;
        r.written = b.written != 0.0 ? r.value / (b.value / b.written) : r.value;
        r.rounding = std::max(a.rounding * factor, b.rounding);
        r.qualifier = QStringLiteral("between");
        r.halfOpen = false;
        a = r;
        out.removeAt(i + 1);
    }
}
} // namespace

QList<std::pair<int, int>> findUrlRanges(QStringView text)
{
    // Chunks are runs between blanks and brackets; a chunk is a URL by the marks it holds. One
    // table look-up per ASCII character: this runs over every character of every paragraph.
    enum Mark : quint8 { Blank = 1, Open = 2, Close = 4, Colon = 8, At = 16, Slash = 32, Dot = 64 };
    static constexpr std::array<quint8, 128> kMarks = [] {
        std::array<quint8, 128> a {};
        for (char16_t c = u'\t'; c <= u'\r'; ++c)
            a[c] = Blank; // QChar::isSpace: tab, line feed, vertical tab, form feed, carriage return
        a[u' '] = Blank;
        a[u'('] = a[u'['] = Open;
        a[u')'] = a[u']'] = Close;
        a[u':'] = Colon;
        a[u'@'] = At;
        a[u'/'] = Slash;
        a[u'.'] = Dot;
        return a;
    }();
    const char16_t *const u = text.utf16();
    auto marksOf = [&](char16_t c) -> quint8 { return c < 128 ? kMarks[c] : (QChar::isSpace(c) ? Blank : 0); };
    QList<std::pair<int, int>> out;
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        while (i < n && (marksOf(u[i]) & (Blank | Open | Close)))
            ++i;
        const int s = i;
        // One pass over the chunk for the marks a URL needs; the substring tests only run on chunks
        // that have them.
        quint8 marks = 0;
        while (i < n) {
            const quint8 m = marksOf(u[i]);
            if (m & (Blank | Close))
                break;
            marks |= m;
            ++i;
        }
        if (!(marks & (Colon | At | Slash | Dot)))
            continue;
        const QStringView chunk = text.mid(s, i - s);
        // "www." needs a first 'w' (or a non-ASCII letter that might fold to one): most chunks
        // with a dot end a sentence and are ruled out without the case-insensitive comparison.
        const char16_t first = u[s];
        const bool maybeWww = (first | 0x20) == u'w' || first >= 128;
        const bool url = ((marks & Colon) && chunk.contains(u"://"))
            || ((marks & Dot) && maybeWww && chunk.startsWith(u"www.", Qt::CaseInsensitive)) || (marks & At)
            || ((marks & Slash) && (marks & Dot) && !chunk.front().isDigit());
        if (url)
            out.append({s, i});
    }
    return out;
}

QList<Quantity> findQuantities(QStringView text, const QList<std::pair<int, int>> &excludedIn, bool excludedHasUrls)
{
    QList<std::pair<int, int>> excluded = excludedIn;
    if (!excludedHasUrls)
        excluded += findUrlRanges(text);
    Lexemes lexemes;
    lex(text, &lexemes);
    const auto &lx = lexemes.lexemes;
    auto folded = [&](int k) { return lexemes.folded(k); };
    QList<Quantity> out;
    const int n = int(lx.size());
    auto wordAt = [&](int k) { return k >= 0 && k < n && lx[k].type == Lex::Word ? folded(k) : QStringView(); };
    auto symAt = [&](int k) { return k >= 0 && k < n && lx[k].type == Lex::Symbol ? lx[k].folded : QStringView(); };
    // Adjacent: nothing but blanks between two lexemes.
    // (k may be one past the last lexeme: "forty-" at the end of the text; found by fuzz_quantities.)
    auto glued = [&](int k) { return k > 0 && k < n && lx[k - 1].end == lx[k].start; };
    int k = 0;
    while (k < n) {
        const Lex &l = lx[k];
        double value = -1;
        int decimals = 0;
        int zeros = 0;
        int numFirst = k;
        int next = k + 1;
        bool fromWords = false;
        if (l.type == Lex::Number) {
            // "A4", "COVID-19", "1st", "03:40", "7.5/10": identifiers, ordinals and times are not counts.
            if (l.start > 0
                && (text[l.start - 1].isLetter() || text[l.start - 1] == u':' || text[l.start - 1] == u'/'
                    || (text[l.start - 1] == u'-' && l.start > 1 && text[l.start - 2].isLetterOrNumber()))) {
                ++k;
                continue;
            }
            if (l.end < text.size() && (text[l.end] == u':' || text[l.end] == u'/') && l.end + 1 < text.size()
                && text[l.end + 1].isDigit()) {
                ++k;
                continue;
            }
            const QStringView after = next < n && glued(next) ? wordAt(next) : QStringView();
            if (after == u"st" || after == u"nd" || after == u"rd" || after == u"th") {
                k += 2;
                continue;
            }
            value = l.number;
            decimals = l.decimals;
            zeros = l.trailingZeros;
        } else if (l.type == Lex::Word) {
            if (!mayHaveValue(l, text)) {
                ++k;
                continue;
            }
            if (folded(k) == u"a" && wordAt(k + 1) == u"dozen") {
                value = 12;
                next = k + 2;
                fromWords = true;
            } else {
                QStringView w = folded(k);
                // "two-fold", "threefold"
                if (w.endsWith(u"-fold") || (w.endsWith(u"fold") && wordValue(w.chopped(4)) > 0))
                    w = w.endsWith(u"-fold") ? w.chopped(5) : w.chopped(4);
                value = wordValue(w);
                fromWords = value > 0;
                // "forty-two": the lexer splits at the hyphen.
                if (value >= 20 && int(value) % 10 == 0 && symAt(k + 1) == u"-" && glued(k + 1) && glued(k + 2)) {
                    const QStringView ones = wordAt(k + 2);
                    const double v = ones == u"one" ? 1 : wordValue(ones);
                    if (v > 0 && v < 10) {
                        value += v;
                        next = k + 3;
                    }
                }
                if (fromWords && wordAt(k + 1) == u"hundred") {
                    value *= 100;
                    next = k + 2;
                }
            }
            if (value <= 0) {
                ++k;
                continue;
            }
        } else {
            ++k;
            continue;
        }
        if (inRanges(excluded, lx[numFirst].start, lx[next - 1].end)) {
            k = next;
            continue;
        }
        Quantity q;
        q.start = lx[numFirst].start;
        double scale = 1;
        int end = lx[next - 1].end;
        // Scale: "12 thousand", "1.5 million", "2.4m" (glued), "2,4 млн", "12,000 thousand".
        {
            const QStringView w = wordAt(next);
            const double s = scaleOf(w);
            if (s > 0 && (w.size() > 2 || glued(next) || w == u"млн" || w == u"млрд" || w == u"тыс")) {
                scale = s;
                end = lx[next].end;
                ++next;
                if (symAt(next) == u"." && (w == u"тыс"))
                    end = lx[next++].end;
            }
        }
        // Currency before: "€2.4 million", "EUR 2.4 million", "US$ 5".
        QString currency;
        int before = numFirst - 1;
        if (before >= 0) {
            const QString sym = currencySymbol(symAt(before));
            const QString word = currencyWord(wordAt(before));
            if (!sym.isEmpty() || (!word.isEmpty() && folded(before).size() == 3)) {
                currency = sym.isEmpty() ? word : sym;
                q.start = lx[before].start;
                --before;
                if (wordAt(before) == u"us" && symAt(before + 1) == u"$")
                    q.start = lx[before--].start;
            }
        }
        // Unit or currency after.
        UnitInfo unit {QuantityKind::Count, QString(), 1, QString()};
        QString written;
        {
            int u = next;
            if (symAt(u) == u"-" && glued(u)) // "42-metre"
                ++u;
            const QStringView w = wordAt(u);
            const QStringView sym = symAt(u);
            const QString wordCurrency = currency.isEmpty() ? currencyWord(w) : QString();
            if (!wordCurrency.isEmpty()) {
                currency = wordCurrency;
                end = lx[u].end;
                next = u + 1;
            } else if (currency.isEmpty() && !currencySymbol(sym).isEmpty() && glued(u)) {
                currency = currencySymbol(sym);
                end = lx[u].end;
                next = u + 1;
            } else if (sym == u"%") {
                unit = {QuantityKind::Percent, QStringLiteral("%"), 1, QStringLiteral("%")};
                written = sym.toString();
                end = lx[u].end;
                next = u + 1;
            } else if (w == u"per" && wordAt(u + 1) == u"cent") {
                unit = {QuantityKind::Percent, QStringLiteral("%"), 1, QStringLiteral("%")};
                written = QStringLiteral("per cent");
                end = lx[u + 1].end;
                next = u + 2;
            } else if (!w.isEmpty() && currency.isEmpty() && unitOf(w, &unit)) {
                // w borrows this call's fold buffer: the result outlives it, so copy.
                written = w.toString();
                end = lx[u].end;
                next = u + 1;
            }
        }
        if (l.type == Lex::Word && folded(k).endsWith(u"fold"))
            unit = {QuantityKind::Multiplier, QStringLiteral("x"), 1, QStringLiteral("x")};
        // A bare year is a date, not a count.
        if (!fromWords && currency.isEmpty() && unit.unit.isEmpty() && scale == 1 && decimals == 0 && value >= 1800
            && value <= 2100 && lx[numFirst].end - lx[numFirst].start == 4) {
            k = next;
            continue;
        }
        // Hedge before.
        int hedgeFirst = (q.start == lx[numFirst].start) ? numFirst : before + 1;
        const Hedge *hedge = nullptr;
        // Every hedge ends with the word right before the number (or its currency): test that
        // first, and no hedge at all when no word is there.
        const QStringView lastWord = wordAt(hedgeFirst - 1);
        for (const Hedge &h : hedges) {
            const int first = hedgeFirst - h.words;
            if (lastWord.isEmpty() || first < 0 || h.text[h.words - 1] != lastWord)
                continue;
            bool match = true;
            for (int w = 0; w < h.words && match; ++w)
                match = !h.text[w].isNull() && wordAt(first + w) == h.text[w];
            if (match) {
                hedge = &h;
                q.start = lx[first].start;
                break;
            }
        }
        q.value = value * scale * unit.factor;
        q.kind = !currency.isEmpty() ? QuantityKind::Money : unit.kind;
        q.unit = !currency.isEmpty() ? currency : unit.unit;
        q.writtenUnit = written;
        q.written = value * scale;
        q.symbol = unit.symbol;
        q.end = end;
        q.unitEnd = end;
        const double lastDigit = decimals > 0 ? std::pow(10.0, -decimals) : std::pow(10.0, zeros);
        q.rounding = 0.5 * lastDigit * scale * unit.factor;
        if (hedge && decimals > 0 && hedge->lowFactor > 0) {
            // "about 3.9 percent" is 3.85 to 3.95: a writer who gives a decimal has rounded to
            // it, so the hedge is the rounding of the last digit, not a tenth of the value
            // ("roughly 3.8%" and "about 3.9 percent" disagree). "nearly"/"more than": one digit.
            q.qualifier = QString::fromUtf16(hedge->canonical);
            const bool below = hedge->lowFactor < 1.0;
            const bool above = hedge->highFactor > 1.0;
            q.low = below ? q.value - (above ? q.rounding : 2 * q.rounding) : q.value;
            q.high = above ? q.value + (below ? q.rounding : 2 * q.rounding) : q.value;
            q.halfOpen = below && above;
        } else if (hedge) {
            q.qualifier = QString::fromUtf16(hedge->canonical);
            q.low = q.value * hedge->lowFactor;
            q.high = q.value * hedge->highFactor;
        } else {
            q.low = q.value;
            q.high = q.value;
        }
        out.append(q);
        k = next;
    }
    mergeRanges(text, &out);
    return out;
}

} // namespace parallax
