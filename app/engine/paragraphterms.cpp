#include "paragraphterms.h"

#include "quotemarks.h"

#include <algorithm>

namespace parallax {

namespace {

// "5.00" -> "5", "4.750" -> "4.75", "70000" -> "70000"; empty when `text` is not a plain decimal.
QString plainDecimal(QStringView text)
{
    qsizetype dot = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'.' && dot < 0 && i > 0 && i + 1 < text.size())
            dot = i;
        else if (!text[i].isDigit() || text[i].unicode() > 0x7F)
            return {};
    }
    qsizetype begin = 0;
    while (begin + 1 < (dot < 0 ? text.size() : dot) && text[begin] == u'0')
        ++begin;
    qsizetype end = text.size();
    if (dot >= 0) {
        while (end > dot + 1 && text[end - 1] == u'0')
            --end;
        if (end == dot + 1)
            end = dot;
    }
    return text.mid(begin, end - begin).toString();
}

quint64 trigramKey(int a, int b, int c)
{
    // Stems are dense ids well below 2^21 in any comparison this engine can hold.
    return (quint64(quint32(a) & 0x1FFFFF) << 42) | (quint64(quint32(b) & 0x1FFFFF) << 21) | quint64(quint32(c) & 0x1FFFFF);
}

bool isQuoteMark(char16_t u)
{
    return u < 0xAB ? u == u'"' : (u == 0xAB || u == 0xBB || (u >= 0x201C && u <= 0x201E));
}

// Whether a quotation mark stands between the words (every paragraph passes here: only the gaps
// between tokens are read, not the words).
bool hasQuoteMark(const QString &text, const QList<Token> &tokens)
{
    const char16_t *const chars = QStringView(text).utf16();
    int from = 0;
    for (const Token &t : tokens) {
        for (int i = from; i < t.start; ++i) {
            if (isQuoteMark(chars[i]))
                return true;
        }
        from = std::max(from, t.end);
    }
    for (int i = from; i < int(text.size()); ++i) {
        if (isQuoteMark(chars[i]))
            return true;
    }
    return false;
}

} // namespace

ParagraphTerms::ParagraphTerms(const Vocabulary &vocabulary, int firstFreeId)
    : m_vocabulary(vocabulary)
    , m_nextId(firstFreeId)
{ }

int ParagraphTerms::numberTerm(int form, bool percent)
{
    const quint64 key = (quint64(quint32(form)) << 1) | (percent ? 1 : 0);
    const auto cached = m_cache.constFind(key);
    if (cached != m_cache.constEnd())
        return *cached;
    QStringView text = m_vocabulary.text(form);
    if (text.endsWith(u'%')) {
        text.chop(1);
        percent = true;
    }
    QString normal = plainDecimal(text);
    int id = -1;
    if (!normal.isEmpty()) {
        if (percent)
            normal += u'%';
        id = termOf(normal);
    }
    m_cache.insert(key, id);
    return id;
}

ParagraphTerms::Word ParagraphTerms::wordAt(const QList<Token> &tokens, qsizetype i)
{
    if (i >= tokens.size() || tokens[i].kind != TokenKind::Word)
        return Word::Other;
    const size_t form = size_t(tokens[i].form);
    if (form >= m_words.size())
        m_words.resize(std::max(form + 1, m_words.size() * 2), Word::Unknown);
    if (m_words[form] == Word::Unknown) {
        // Looked up once per form: most words are Other after a single comparison of lengths.
        static const std::pair<QStringView, Word> known[] = {
            {u"half", Word::Half},
            {u"quarter", Word::Quarter},
            {u"of", Word::Of},
            {u"a", Word::A},
            {u"percentage", Word::Percentage},
            {u"point", Word::Point},
            {u"points", Word::Point},
            {u"basis", Word::Basis},
            {u"bps", Word::BasisPoints},
            {u"bp", Word::BasisPoints},
            {u"percent", Word::Percent},
            {u"pct", Word::Percent},
            {u"per", Word::Per},
            {u"cent", Word::Cent},
        };
        const QString &text = m_vocabulary.text(int(form));
        m_words[form] = Word::Other;
        for (const auto &[spelling, word] : known) {
            if (text == spelling)
                m_words[form] = word;
        }
    }
    return m_words[form];
}

// How many word tokens from `next` on say "percent" ("percent", "pct", "per cent"); 0 if none.
int ParagraphTerms::percentWords(const QList<Token> &tokens, qsizetype next)
{
    const Word word = wordAt(tokens, next);
    if (word == Word::Percent)
        return 1;
    return word == Word::Per && wordAt(tokens, next + 1) == Word::Cent ? 2 : 0;
}

int ParagraphTerms::termOf(const QString &normal)
{
    const auto found = m_ids.constFind(normal);
    return found != m_ids.constEnd() ? *found : m_ids.insert(normal, m_nextId++).value();
}

// "percentage point(s)" or "basis point(s)" from `i` on: the number of words and the factor to
// percentage points, or 0 words.
std::pair<int, double> ParagraphTerms::pointWords(const QList<Token> &tokens, qsizetype i)
{
    const Word first = wordAt(tokens, i);
    if (first == Word::BasisPoints)
        return {1, 0.01};
    if ((first != Word::Percentage && first != Word::Basis) || wordAt(tokens, i + 1) != Word::Point)
        return {0, 0.0};
    return {2, first == Word::Percentage ? 1.0 : 0.01};
}

// "half a percentage point", "half-point", "quarter of a percentage point", "quarter point":
// the words it takes from `i` on and the size in percentage points, or 0 words.
std::pair<int, double> ParagraphTerms::fractionOfPoint(const QList<Token> &tokens, qsizetype i)
{
    const Word first = wordAt(tokens, i);
    if (first != Word::Half && first != Word::Quarter)
        return {0, 0.0};
    qsizetype j = i + 1;
    for (Word optional : {Word::Of, Word::A, Word::Percentage}) {
        if (wordAt(tokens, j) == optional)
            ++j;
    }
    if (wordAt(tokens, j) != Word::Point)
        return {0, 0.0};
    return {int(j - i + 1), first == Word::Half ? 0.5 : 0.25};
}

int ParagraphTerms::pointsTerm(double points)
{
    return termOf(plainDecimal(QString::number(points, 'f', 4)) + QStringLiteral("pp"));
}

int ParagraphTerms::figure(const QList<Token> &tokens, qsizetype &i)
{
    const Token &t = tokens[i];
    if (t.kind != TokenKind::Number) {
        // Percentage points in words: "half a percentage point" is "50 basis points".
        const auto [words, points] = fractionOfPoint(tokens, i);
        if (words == 0)
            return t.stem;
        i += words - 1;
        return pointsTerm(points);
    }
    const auto [pointWordCount, factor] = pointWords(tokens, i + 1);
    if (pointWordCount > 0) {
        bool ok = false;
        const double value = plainDecimal(m_vocabulary.text(t.form)).toDouble(&ok);
        if (ok) {
            i += pointWordCount;
            return pointsTerm(value * factor);
        }
    }
    const int words = percentWords(tokens, i + 1);
    const int term = numberTerm(t.form, words > 0);
    if (term < 0)
        return t.stem;
    i += words;
    return term;
}

int ParagraphTerms::write(const QList<Token> &tokens, int *terms, int *tokenIndex)
{
    int n = 0;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (tokens[i].stem < 0)
            continue;
        tokenIndex[n] = int(i);
        terms[n++] = next(tokens, i);
    }
    return n;
}

std::vector<quint64> quotedTrigrams(const QString &text, const QList<Token> &tokens)
{
    std::vector<quint64> keys;
    if (tokens.size() < 3 || !hasQuoteMark(text, tokens))
        return keys;
    qsizetype t = 0;
    for (const MarkedSpan &span : findMarkedSpans(text)) {
        while (t < tokens.size() && tokens[t].start < span.start)
            ++t;
        qsizetype end = t;
        while (end < tokens.size() && tokens[end].end <= span.end)
            ++end;
        for (qsizetype i = t; i + 2 < end; ++i)
            keys.push_back(trigramKey(tokens[i].stem, tokens[i + 1].stem, tokens[i + 2].stem));
        t = end;
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
}

} // namespace parallax
