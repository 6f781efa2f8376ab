#include "dateword.h"

#include <QHash>
#include <QString>

#include <algorithm>
#include <array>
#include <iterator>
#include <string>

namespace parallax::dates {

namespace {

struct NameRow
{
    const char16_t *name;
    DateWord word;
};

constexpr DateWord month(int m, quint8 langs, bool abbrev = false)
{
    const bool english = langs & LangEn;
    return DateWord {DateWordKind::Month, qint8(m), langs, 0, abbrev, english, english};
}

constexpr DateWord weekday(int d, quint8 langs, bool abbrev = false)
{
    return DateWord {DateWordKind::Weekday, qint8(d), langs, 0, abbrev, bool(langs & LangEn), false};
}

constexpr DateWord relative(int offset, quint8 langs)
{
    return DateWord {DateWordKind::RelativeDay, qint8(offset), langs, 0, false, false, false};
}

constexpr DateWord keyword(quint8 keywords, quint8 langs)
{
    return DateWord {DateWordKind::Keyword, 0, langs, keywords, false, false, false};
}

// Keys are lower case. A key shared by several languages appears once with all its languages
// ("april" is English and German); English rules (capital, month-first) win for shared keys
// because English is the most common language of our sources.
constexpr NameRow kRows[] = {
    // English months
    {u"january", month(1, LangEn)},
    {u"february", month(2, LangEn)},
    {u"march", month(3, LangEn)},
    {u"april", month(4, LangEn | LangDe)},
    {u"may", month(5, LangEn)},
    {u"june", month(6, LangEn)},
    {u"july", month(7, LangEn)},
    {u"august", month(8, LangEn | LangDe)},
    {u"september", month(9, LangEn | LangDe)},
    {u"october", month(10, LangEn)},
    {u"november", month(11, LangEn | LangDe)},
    {u"december", month(12, LangEn)},
    {u"jan", month(1, LangEn | LangDe, true)},
    {u"feb", month(2, LangEn | LangDe, true)},
    {u"mar", month(3, LangEn, true)},
    {u"apr", month(4, LangEn | LangDe, true)},
    {u"jun", month(6, LangEn | LangDe, true)},
    {u"jul", month(7, LangEn | LangDe, true)},
    {u"aug", month(8, LangEn | LangDe, true)},
    {u"sep", month(9, LangEn | LangDe, true)},
    {u"sept", month(9, LangEn | LangDe | LangFr, true)},
    {u"oct", month(10, LangEn | LangFr, true)},
    {u"nov", month(11, LangEn | LangDe | LangFr, true)},
    {u"dec", month(12, LangEn, true)},
    // German months (nominative; German writes "3. März 2024")
    {u"januar", month(1, LangDe)},
    {u"jänner", month(1, LangDe)},
    {u"februar", month(2, LangDe)},
    {u"märz", month(3, LangDe)},
    {u"maerz", month(3, LangDe)},
    {u"mai", month(5, LangDe | LangFr)},
    {u"juni", month(6, LangDe)},
    {u"juli", month(7, LangDe)},
    {u"oktober", month(10, LangDe)},
    {u"dezember", month(12, LangDe)},
    {u"mär", month(3, LangDe, true)},
    {u"mrz", month(3, LangDe, true)},
    {u"okt", month(10, LangDe, true)},
    {u"dez", month(12, LangDe, true)},
    // French months
    {u"janvier", month(1, LangFr)},
    {u"février", month(2, LangFr)},
    {u"mars", month(3, LangFr)},
    {u"avril", month(4, LangFr)},
    {u"juin", month(6, LangFr)},
    {u"juillet", month(7, LangFr)},
    {u"août", month(8, LangFr)},
    {u"septembre", month(9, LangFr)},
    {u"octobre", month(10, LangFr)},
    {u"novembre", month(11, LangFr)},
    {u"décembre", month(12, LangFr)},
    {u"janv", month(1, LangFr, true)},
    {u"févr", month(2, LangFr, true)},
    {u"avr", month(4, LangFr, true)},
    {u"juil", month(7, LangFr, true)},
    {u"déc", month(12, LangFr, true)},
    // Russian months in the genitive, the case a day number takes ("3 марта")
    {u"января", month(1, LangRu)},
    {u"февраля", month(2, LangRu)},
    {u"марта", month(3, LangRu)},
    {u"апреля", month(4, LangRu)},
    {u"мая", month(5, LangRu)},
    {u"июня", month(6, LangRu)},
    {u"июля", month(7, LangRu)},
    {u"августа", month(8, LangRu)},
    {u"сентября", month(9, LangRu)},
    {u"октября", month(10, LangRu)},
    {u"ноября", month(11, LangRu)},
    {u"декабря", month(12, LangRu)},
    {u"янв", month(1, LangRu, true)},
    {u"фев", month(2, LangRu, true)},
    {u"февр", month(2, LangRu, true)},
    {u"мар", month(3, LangRu, true)},
    {u"апр", month(4, LangRu, true)},
    {u"июн", month(6, LangRu, true)},
    {u"июл", month(7, LangRu, true)},
    {u"авг", month(8, LangRu, true)},
    {u"сен", month(9, LangRu, true)},
    {u"сент", month(9, LangRu, true)},
    {u"окт", month(10, LangRu, true)},
    {u"нояб", month(11, LangRu, true)},
    {u"дек", month(12, LangRu, true)},
    // Weekdays (Qt numbering: Monday = 1)
    {u"monday", weekday(1, LangEn)},
    {u"tuesday", weekday(2, LangEn)},
    {u"wednesday", weekday(3, LangEn)},
    {u"thursday", weekday(4, LangEn)},
    {u"friday", weekday(5, LangEn)},
    {u"saturday", weekday(6, LangEn)},
    {u"sunday", weekday(7, LangEn)},
    {u"mon", weekday(1, LangEn, true)},
    {u"tue", weekday(2, LangEn, true)},
    {u"tues", weekday(2, LangEn, true)},
    {u"wed", weekday(3, LangEn, true)},
    {u"thu", weekday(4, LangEn, true)},
    {u"thur", weekday(4, LangEn, true)},
    {u"thurs", weekday(4, LangEn, true)},
    {u"fri", weekday(5, LangEn, true)},
    {u"sat", weekday(6, LangEn, true)},
    {u"sun", weekday(7, LangEn, true)},
    {u"montag", weekday(1, LangDe)},
    {u"dienstag", weekday(2, LangDe)},
    {u"mittwoch", weekday(3, LangDe)},
    {u"donnerstag", weekday(4, LangDe)},
    {u"freitag", weekday(5, LangDe)},
    {u"samstag", weekday(6, LangDe)},
    {u"sonnabend", weekday(6, LangDe)},
    {u"sonntag", weekday(7, LangDe)},
    {u"lundi", weekday(1, LangFr)},
    {u"mardi", weekday(2, LangFr)},
    {u"mercredi", weekday(3, LangFr)},
    {u"jeudi", weekday(4, LangFr)},
    {u"vendredi", weekday(5, LangFr)},
    {u"samedi", weekday(6, LangFr)},
    {u"dimanche", weekday(7, LangFr)},
    {u"понедельник", weekday(1, LangRu)},
    {u"вторник", weekday(2, LangRu)},
    {u"среда", weekday(3, LangRu)},
    {u"среду", weekday(3, LangRu)},
    {u"четверг", weekday(4, LangRu)},
    {u"пятница", weekday(5, LangRu)},
    {u"пятницу", weekday(5, LangRu)},
    {u"суббота", weekday(6, LangRu)},
    {u"субботу", weekday(6, LangRu)},
    {u"воскресенье", weekday(7, LangRu)},
    // Days relative to the reference date
    {u"yesterday", relative(-1, LangEn)},
    {u"today", relative(0, LangEn)},
    {u"tonight", relative(0, LangEn)},
    {u"tomorrow", relative(1, LangEn)},
    {u"gestern", relative(-1, LangDe)},
    {u"heute", relative(0, LangDe)},
    {u"вчера", relative(-1, LangRu)},
    {u"сегодня", relative(0, LangRu)},
    {u"завтра", relative(1, LangRu)},
    // Small words the grammar looks at
    {u"on", keyword(KwOn, LangEn)},
    {u"am", keyword(KwOn, LangDe)},
    {u"во", keyword(KwOn, LangRu)},
    {u"в", keyword(KwOn | KwAt, LangRu)},
    {u"last", keyword(KwLast, LangEn)},
    {u"letzten", keyword(KwLast, LangDe)},
    {u"vergangenen", keyword(KwLast, LangDe)},
    {u"at", keyword(KwAt, LangEn)},
    {u"um", keyword(KwAt, LangDe)},
    {u"à", keyword(KwAt, LangFr)},
    {u"of", keyword(KwOf, LangEn)},
    {u"the", keyword(KwThe, LangEn)},
    {u"года", keyword(KwYear, LangRu)},
    {u"г", keyword(KwYear, LangRu)},
};

// QChar::toLower() of one UTF-16 unit, without the call for ASCII.
char16_t lowerUnit(char16_t u)
{
    if (u < 128)
        return u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u;
    return char16_t(QChar::toLower(char32_t(u)));
}

constexpr qsizetype keyLength(const char16_t *key)
{
    return qsizetype(std::char_traits<char16_t>::length(key));
}

// The filter: a bit per key, from its length and the low six bits of its first and last unit.
// A word looked up is lower-cased unit by unit (lowerUnit()) and matches a key only if all its
// units do, so the word's bit, from its units as lowerUnit() gives them, is the key's. The filter
// is tested with `u | 0x20` for ASCII units instead: the same for ASCII letters, and the keys hold
// no other ASCII characters (checked below), so no word that could match is rejected. Nearly all
// words of a text are rejected so, without a lower-cased copy or a hash.
constexpr uint filterBit(qsizetype size, char16_t first, char16_t last)
{
    return uint(size) << 12 | uint(first & 63) << 6 | uint(last & 63);
}

constexpr qsizetype kLongest = [] {
    qsizetype longest = 0;
    for (const NameRow &row : kRows)
        longest = std::max(longest, keyLength(row.name));
    return longest;
}();
static_assert(kLongest < 16, "filterBit() keeps four bits of the length");

constexpr std::array<quint64, 16 * 64 * 64 / 64> kFilter = [] {
    std::array<quint64, 16 * 64 * 64 / 64> filter {};
    for (const NameRow &row : kRows) {
        const qsizetype n = keyLength(row.name);
        for (qsizetype i = 0; i < n; ++i) {
            const char16_t u = row.name[i];
            if (u < 128 && !(u >= u'a' && u <= u'z'))
                throw "keys are lower case; their only ASCII characters are letters"; // fails the build
        }
        const uint bit = filterBit(n, row.name[0], row.name[n - 1]);
        filter[bit / 64] |= quint64(1) << (bit % 64);
    }
    return filter;
}();

char16_t filterUnit(char16_t u)
{
    return u < 128 ? char16_t(u | 0x20) : lowerUnit(u);
}

struct NameTable
{
    QHash<QString, DateWord> words;

    NameTable()
    {
        for (const NameRow &row : kRows)
            words.insert(QString::fromUtf16(row.name), row.word);
    }
};

const NameTable &nameTable()
{
    static const NameTable table;
    return table;
}

// lookupDateWord() for a word that passed the filter.
Q_NEVER_INLINE const DateWord *lookupFiltered(QStringView word)
{
    const NameTable &table = nameTable();
    // Lower-case into a stack buffer and look up through a non-owning QString: no allocation.
    QChar buffer[32];
    const qsizetype n = qMin(word.size(), qsizetype(std::size(buffer)));
    for (qsizetype i = 0; i < n; ++i)
        buffer[i] = QChar(lowerUnit(word[i].unicode()));
    const QString key = QString::fromRawData(buffer, n);
    const auto it = table.words.constFind(key);
    if (it == table.words.constEnd())
        return nullptr;
    if (it->needsCapital && !word.front().isUpper())
        return nullptr;
    return &*it;
}

} // namespace

bool equalsIgnoringCase(QStringView word, QLatin1StringView lower)
{
    return word.compare(lower, Qt::CaseInsensitive) == 0;
}

const DateWord *lookupDateWord(QStringView word)
{
    const qsizetype n = word.size();
    if (n == 0 || n > kLongest)
        return nullptr;
    const char16_t *const u = word.utf16();
    const uint bit = filterBit(n, filterUnit(u[0]), filterUnit(u[n - 1]));
    if (!(kFilter[bit / 64] & (quint64(1) << (bit % 64))))
        return nullptr;
    return lookupFiltered(word);
}

} // namespace parallax::dates
