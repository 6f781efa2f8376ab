#include "corpusgenerator.h"

#include <QSet>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <vector>

namespace parallax::test {

std::uint32_t uniformInt(std::mt19937 &rng, std::uint32_t bound)
{
    if (bound == 0)
        return 0;
    // Multiply-shift: maps the 32-bit draw onto [0, bound) with negligible bias, identically on
    // every platform (std::mt19937 itself is fully specified by the standard).
    return std::uint32_t((std::uint64_t(rng()) * bound) >> 32);
}

double uniformReal(std::mt19937 &rng)
{
    return double(rng() >> 5) * (1.0 / 134217728.0);
}

namespace {

struct Word
{
    QString text;
    bool comma = false; ///< followed by a comma
    bool edited = false;
};

using Sentence = std::vector<Word>;

struct Para
{
    std::vector<Sentence> sentences;
    QList<int> base;
};

// Pseudo-English: words built from syllables, drawn with Zipf-like frequencies (short words
// are the frequent ones, as with function words), plus numbers in the formats news use.
class Lexicon
{
public:
    explicit Lexicon(std::mt19937 &rng)
    {
        static const char *const onsets[] = {"b", "c", "d", "f", "g",  "h",  "k",  "l",  "m",  "n",  "p",  "r",  "s",
                                             "t", "v", "w", "z", "br", "st", "tr", "pl", "gr", "sh", "ch", "th", ""};
        static const char *const vowels[] = {"a", "e", "i", "o", "u", "ea", "ou", "ai", "io"};
        static const char *const codas[] = {"", "", "", "n", "r", "s", "t", "l", "m", "nd", "st"};
        QSet<QString> seen;
        while (m_words.size() < 6000) {
            const int syllables = 1 + int(uniformInt(rng, 3)) + (uniformInt(rng, 4) == 0 ? 1 : 0);
            QString word;
            for (int s = 0; s < syllables; ++s) {
                word += QLatin1StringView(onsets[uniformInt(rng, std::size(onsets))]);
                word += QLatin1StringView(vowels[uniformInt(rng, std::size(vowels))]);
                word += QLatin1StringView(codas[uniformInt(rng, std::size(codas))]);
            }
            if (word.size() >= 2 && !seen.contains(word)) {
                seen.insert(word);
                m_words.append(word);
            }
        }
        std::stable_sort(m_words.begin(), m_words.end(), [](const QString &a, const QString &b) { return a.size() < b.size(); });
        double total = 0;
        for (qsizetype rank = 0; rank < m_words.size(); ++rank) {
            total += 1.0 / double(rank + 1);
            m_cumulative.push_back(total);
        }
    }

    QString word(std::mt19937 &rng) const
    {
        const double target = uniformReal(rng) * m_cumulative.back();
        const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), target);
        const auto rank = std::min<qsizetype>(it - m_cumulative.begin(), m_words.size() - 1);
        return m_words[rank];
    }

    // Formats chosen so that each is one token and no two distinct texts share a normalised form
    // (grouped numbers start at 10,000 so they never equal a year).
    static QString number(std::mt19937 &rng)
    {
        const auto n = [&](std::uint32_t lo, std::uint32_t hi) { return QString::number(lo + uniformInt(rng, hi - lo + 1)); };
        switch (uniformInt(rng, 6)) {
        case 0:
            return n(1, 999);
        case 1: {
            const std::uint32_t value = 10 + uniformInt(rng, 990);
            return QString::number(value) + u',' + n(0, 9) + u"00";
        }
        case 2:
            return n(0, 99) + u'.' + n(1, 9);
        case 3:
            return n(1, 99) + u'%';
        case 4:
            return n(1990, 2030);
        default:
            return n(2015, 2025) + u'-' + n(10, 12) + u'-' + n(10, 28);
        }
    }

    Word draw(std::mt19937 &rng) const
    {
        Word w;
        w.text = uniformInt(rng, 25) == 0 ? number(rng) : word(rng);
        return w;
    }

private:
    QStringList m_words;
    std::vector<double> m_cumulative;
};

bool isNumber(const QString &text)
{
    return !text.isEmpty() && text[0].isDigit();
}

Sentence makeSentence(std::mt19937 &rng, const Lexicon &lexicon)
{
    Sentence sentence(8 + uniformInt(rng, 13));
    for (size_t i = 0; i < sentence.size(); ++i) {
        sentence[i] = lexicon.draw(rng);
        sentence[i].comma = i + 1 < sentence.size() && uniformInt(rng, 12) == 0;
    }
    return sentence;
}

std::vector<Para> makeBase(std::mt19937 &rng, const Lexicon &lexicon, const GeneratorOptions &options)
{
    std::vector<Para> paragraphs;
    const int perParagraph = std::max(options.wordsPerParagraph, 8);
    int total = 0;
    while (total < std::max(options.words, 1)) {
        Para p;
        p.base = {int(paragraphs.size())};
        const int target = perParagraph / 2 + int(uniformInt(rng, std::uint32_t(perParagraph)));
        int length = 0;
        while (length < target && total + length < options.words) {
            p.sentences.push_back(makeSentence(rng, lexicon));
            length += int(p.sentences.back().size());
        }
        if (p.sentences.empty())
            p.sentences.push_back(makeSentence(rng, lexicon));
        for (const Sentence &s : p.sentences)
            total += int(s.size());
        paragraphs.push_back(std::move(p));
    }
    return paragraphs;
}

Word substitute(std::mt19937 &rng, const Lexicon &lexicon, const Word &original)
{
    Word w;
    for (int attempt = 0; attempt < 20 && (w.text.isEmpty() || w.text == original.text); ++attempt)
        w.text = isNumber(original.text) ? Lexicon::number(rng) : lexicon.word(rng);
    if (w.text == original.text)
        w.text += u"ka";
    w.comma = original.comma;
    w.edited = true;
    return w;
}

Sentence editSentence(std::mt19937 &rng, const Lexicon &lexicon, const Sentence &in, double rate, int &deleted)
{
    Sentence out;
    out.reserve(in.size() + 2);
    for (size_t i = 0; i < in.size(); ++i) {
        if (uniformReal(rng) >= rate) {
            out.push_back(in[i]);
            continue;
        }
        const std::uint32_t op = uniformInt(rng, 100);
        if (op < 70) {
            out.push_back(substitute(rng, lexicon, in[i]));
        } else if (op < 85) {
            Word inserted = lexicon.draw(rng);
            inserted.edited = true;
            out.push_back(inserted);
            out.push_back(in[i]);
        } else if (out.empty() && i + 1 == in.size()) {
            out.push_back(in[i]); // never leave a sentence empty
        } else {
            ++deleted;
        }
    }
    return out;
}

QString render(const Para &p)
{
    QString text;
    for (const Sentence &s : p.sentences) {
        for (size_t i = 0; i < s.size(); ++i) {
            if (!text.isEmpty())
                text += u' ';
            QString word = s[i].text;
            if (i == 0)
                word[0] = word[0].toUpper();
            text += word;
            if (s[i].comma)
                text += u',';
        }
        text += u'.';
    }
    return text;
}

std::vector<Para> derive(std::mt19937 &rng, const Lexicon &lexicon, const std::vector<Para> &base,
                         const GeneratorOptions &options, int &deleted)
{
    std::vector<Para> edited;
    edited.reserve(base.size());
    for (const Para &p : base) {
        Para e;
        e.base = p.base;
        for (const Sentence &s : p.sentences)
            e.sentences.push_back(editSentence(rng, lexicon, s, options.wordEditRate, deleted));
        edited.push_back(std::move(e));
    }

    std::vector<Para> restructured;
    for (size_t i = 0; i < edited.size(); ++i) {
        if (i + 1 < edited.size() && uniformReal(rng) < options.mergedRate) {
            Para merged = edited[i];
            merged.sentences.insert(merged.sentences.end(), edited[i + 1].sentences.begin(), edited[i + 1].sentences.end());
            merged.base = {edited[i].base.first(), edited[i + 1].base.first()};
            restructured.push_back(std::move(merged));
            ++i;
        } else if (edited[i].sentences.size() >= 2 && uniformReal(rng) < options.splitRate) {
            const auto cut = 1 + uniformInt(rng, std::uint32_t(edited[i].sentences.size() - 1));
            Para first;
            Para second;
            first.base = second.base = edited[i].base;
            first.sentences.assign(edited[i].sentences.begin(), edited[i].sentences.begin() + cut);
            second.sentences.assign(edited[i].sentences.begin() + cut, edited[i].sentences.end());
            restructured.push_back(std::move(first));
            restructured.push_back(std::move(second));
        } else {
            restructured.push_back(edited[i]);
        }
    }

    std::vector<Para> stay;
    std::vector<Para> moved;
    for (Para &p : restructured)
        (uniformReal(rng) < options.movedParagraphRate ? moved : stay).push_back(std::move(p));
    for (Para &p : moved) {
        const auto at = uniformInt(rng, std::uint32_t(stay.size() + 1));
        stay.insert(stay.begin() + at, std::move(p));
    }
    return stay;
}

} // namespace

GeneratedCorpus generateCorpus(const GeneratorOptions &options)
{
    std::mt19937 rng(options.seed);
    const Lexicon lexicon(rng);
    const std::vector<Para> base = makeBase(rng, lexicon, options);

    GeneratedCorpus corpus;
    for (const Para &p : base)
        corpus.baseParagraphs.append(render(p));
    for (int k = 0; k < options.documents; ++k) {
        int deleted = 0;
        const std::vector<Para> paragraphs
            = (k == 0 && options.firstIsBase) ? base : derive(rng, lexicon, base, options, deleted);
        Document doc;
        doc.id = u'd' + QString::number(k + 1);
        doc.format = QStringLiteral("txt");
        doc.encoding = QStringLiteral("UTF-8");
        doc.title = QStringLiteral("Synthetic story %1").arg(k + 1);
        doc.outlet = QStringLiteral("Outlet %1").arg(k + 1);
        TruthDocument truth;
        truth.deletedBaseTokens = deleted;
        for (const Para &p : paragraphs) {
            doc.paragraphs.append({render(p), ParagraphRole::Body});
            TruthParagraph tp;
            tp.baseParagraphs = p.base;
            for (const Sentence &s : p.sentences) {
                for (const Word &w : s) {
                    tp.editedTokens.append(w.edited);
                    truth.editedTokens += w.edited ? 1 : 0;
                }
            }
            truth.tokens += int(tp.editedTokens.size());
            truth.paragraphs.append(tp);
        }
        doc.source = toPlainText(doc);
        corpus.documents.append(doc);
        corpus.truth.append(truth);
    }
    return corpus;
}

QString toPlainText(const Document &document)
{
    QStringList parts;
    for (const Paragraph &p : document.paragraphs)
        parts.append(p.text);
    return parts.join(QStringLiteral("\n\n")) + u'\n';
}

} // namespace parallax::test
