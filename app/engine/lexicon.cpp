#include "lexicon.h"

#include <QSet>

#include <algorithm>
#include <array>
#include <vector>

namespace parallax::lexicon {

namespace {

// A word list, built once. The finders ask it about nearly every word of every paragraph and
// nearly always hear "no": a bitmap of the (first character, length) pairs its words have rejects
// most words before they are hashed, and never rejects a member.
class WordSet
{
public:
    WordSet(std::initializer_list<const char16_t *> words)
    {
        for (const char16_t *w : words) {
            const QString word = QString::fromUtf16(w);
            m_words.insert(word);
            m_shapes[slot(word)] |= lengthBit(word.size());
        }
    }

    /// False when no member starts with the folded character `first` and has `length` characters.
    bool mayContain(QChar first, qsizetype length) const
    {
        return length > 0 && (m_shapes[first.unicode() & 63u] & lengthBit(length));
    }

    bool contains(QStringView word) const
    {
        if (word.isEmpty() || !(m_shapes[slot(word)] & lengthBit(word.size())))
            return false;
        // A non-owning QString over the view: looking a word up must not allocate.
        return m_words.contains(QString::fromRawData(word.data(), word.size()));
    }

private:
    static size_t slot(QStringView word) { return word.isEmpty() ? 0 : word.front().unicode() & 63u; }
    static quint32 lengthBit(qsizetype length) { return quint32(1) << std::min<qsizetype>(length, 31); }

    QSet<QString> m_words;
    std::array<quint32, 64> m_shapes {};
};

const WordSet &stopWords()
{
    static const WordSet set({
        u"a",      u"an",   u"the",   u"and",   u"or",      u"but",   u"of",    u"to",     u"in",    u"on",   u"at",    u"by",
        u"for",    u"from", u"with",  u"as",    u"is",      u"are",   u"was",   u"were",   u"be",    u"been", u"being", u"it",
        u"its",    u"this", u"that",  u"these", u"those",   u"we",    u"our",   u"us",     u"i",     u"me",   u"my",    u"you",
        u"your",   u"he",   u"him",   u"his",   u"she",     u"her",   u"they",  u"them",   u"their", u"will", u"would", u"shall",
        u"should", u"can",  u"could", u"may",   u"might",   u"must",  u"do",    u"does",   u"did",   u"have", u"has",   u"had",
        u"not",    u"no",   u"so",    u"than",  u"then",    u"there", u"here",  u"which",  u"who",   u"whom", u"what",  u"when",
        u"where",  u"how",  u"all",   u"some",  u"any",     u"more",  u"most",  u"about",  u"into",  u"over", u"up",    u"out",
        u"also",   u"just", u"very",  u"if",    u"because", u"while", u"after", u"before", u"said",  u"says", u"say",   u"s",
        u"t",      u"и",    u"в",     u"во",    u"не",      u"на",    u"с",     u"со",     u"что",   u"как",  u"а",     u"но",
        u"по",     u"к",    u"у",     u"из",    u"за",      u"от",    u"до",    u"о",      u"об",    u"же",   u"бы",    u"это",
        u"мы",     u"вы",   u"он",    u"она",   u"они",     u"его",   u"её",    u"ее",     u"их",    u"был",  u"была",  u"были",
        u"будет",  u"для",  u"при",   u"так",   u"все",     u"уже",
    });
    return set;
}

const WordSet &roleWords()
{
    static const WordSet set({
        u"minister",     u"deputy",          u"mayor",          u"president",     u"vice",        u"prime",      u"spokesperson",
        u"spokesman",    u"spokeswoman",     u"director",       u"governor",      u"secretary",   u"chief",      u"head",
        u"commissioner", u"chairman",        u"chairwoman",     u"chair",         u"ceo",         u"general",    u"colonel",
        u"senator",      u"official",        u"engineer",       u"manager",       u"inspector",   u"prosecutor", u"judge",
        u"ambassador",   u"councillor",      u"councilor",      u"chancellor",    u"envoy",       u"commander",  u"captain",
        u"sheriff",      u"superintendent",  u"coordinator",    u"professor",     u"dr",          u"analyst",    u"adviser",
        u"advisor",      u"leader",          u"representative", u"prefect",       u"mr",          u"mrs",        u"ms",
        u"foreign",      u"interior",        u"defence",        u"defense",       u"finance",     u"health",     u"regional",
        u"city",         u"state",           u"environment",    u"министр",       u"замминистра", u"мэр",        u"президент",
        u"губернатор",   u"директор",        u"глава",          u"представитель", u"спикер",      u"полковник",  u"генерал",
        u"заместитель",  u"пресс-секретарь",
    });
    return set;
}

const WordSet &speechVerbs()
{
    static const WordSet set({
        u"said",       u"says",       u"told",        u"tells",     u"noted",     u"notes",     u"added",
        u"adds",       u"stated",     u"states",      u"explained", u"insisted",  u"warned",    u"wrote",
        u"writes",     u"asked",      u"replied",     u"declared",  u"announced", u"stressed",  u"confirmed",
        u"claimed",    u"argued",     u"admitted",    u"remarked",  u"continued", u"responded", u"acknowledged",
        u"emphasized", u"emphasised", u"recalled",    u"сказал",    u"сказала",   u"сказали",   u"заявил",
        u"заявила",    u"заявили",    u"отметил",     u"отметила",  u"добавил",   u"добавила",  u"сообщил",
        u"сообщила",   u"подчеркнул", u"подчеркнула", u"пояснил",   u"пояснила",  u"признал",   u"признала",
    });
    return set;
}

const WordSet &pronouns()
{
    static const WordSet set({u"he", u"she", u"they", u"он", u"она", u"они"});
    return set;
}

const WordSet &nameSuffixes()
{
    static const WordSet set({u"jr", u"sr", u"ii", u"iii", u"iv"});
    return set;
}

const WordSet &abbreviatedTitles()
{
    static const WordSet set({u"mr", u"mrs", u"ms",   u"dr",   u"prof", u"gov", u"sen", u"rep", u"gen", u"col",
                              u"lt", u"sgt", u"capt", u"cmdr", u"adm",  u"rev", u"hon", u"st",  u"jr",  u"sr"});
    return set;
}

const WordSet &nonNameCapitals()
{
    static const WordSet set({
        u"the",      u"a",          u"an",        u"but",       u"and",        u"or",
        u"he",       u"she",        u"they",      u"it",        u"we",         u"i",
        u"you",      u"this",       u"that",      u"these",     u"those",      u"there",
        u"then",     u"when",       u"while",     u"if",        u"in",         u"on",
        u"at",       u"as",         u"after",     u"before",    u"update",     u"updated",
        u"note",     u"editor",     u"photo",     u"source",    u"correction", u"related",
        u"read",     u"watch",      u"video",     u"listen",    u"warning",    u"breaking",
        u"live",     u"also",       u"see",       u"q",         u"a",          u"question",
        u"answer",   u"transcript", u"statement", u"subject",   u"re",         u"by",
        u"from",     u"to",         u"tags",      u"share",     u"follow",     u"advertisement",
        u"image",    u"caption",    u"credit",    u"copyright", u"он",         u"она",
        u"они",      u"но",         u"и",         u"в",         u"это",        u"фото",
        u"источник",
    });
    return set;
}

} // namespace

QString foldCase(QStringView word)
{
    for (QChar c : word) {
        if (c.unicode() >= 0x80)
            return word.toString().toCaseFolded();
    }
    QString out(word.size(), Qt::Uninitialized);
    QChar *o = out.data();
    for (qsizetype i = 0; i < word.size(); ++i) {
        const char16_t u = word[i].unicode();
        o[i] = QChar(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u);
    }
    return out;
}

bool isStopWord(QStringView foldedWord)
{
    return stopWords().contains(foldedWord);
}

bool isRoleWord(QStringView foldedWord)
{
    return roleWords().contains(foldedWord);
}

bool maybeRoleOrSpeechVerb(QChar firstFolded, qsizetype length)
{
    return roleWords().mayContain(firstFolded, length) || speechVerbs().mayContain(firstFolded, length);
}

bool isSpeechVerb(QStringView foldedWord)
{
    return speechVerbs().contains(foldedWord);
}

bool isNameSuffix(QStringView foldedWord)
{
    return nameSuffixes().contains(foldedWord);
}

bool isAbbreviatedTitle(QStringView foldedWord)
{
    return abbreviatedTitles().contains(foldedWord);
}

bool isPronoun(QStringView foldedWord)
{
    return pronouns().contains(foldedWord);
}

bool isNonNameCapital(QStringView foldedWord)
{
    return nonNameCapitals().contains(foldedWord);
}

int editDistance(QStringView a, QStringView b, int limit)
{
    if (qAbs(a.size() - b.size()) > limit)
        return limit + 1;
    std::vector<int> prev(size_t(b.size()) + 1);
    std::vector<int> cur(size_t(b.size()) + 1);
    for (size_t j = 0; j < prev.size(); ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        int rowMin = cur[0];
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int sub = prev[size_t(j - 1)] + (a[i - 1] == b[j - 1] ? 0 : 1);
            cur[size_t(j)] = std::min({prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1, sub});
            rowMin = std::min(rowMin, cur[size_t(j)]);
        }
        if (rowMin > limit)
            return limit + 1;
        std::swap(prev, cur);
    }
    return std::min(prev[size_t(b.size())], limit + 1);
}

} // namespace parallax::lexicon
