#include "engine/tokenizer.h"
#include "support/corpusgenerator.h"

#include <QTest>

#include <set>

using namespace parallax;
using namespace parallax::test;

namespace {

QList<int> forms(const QList<Token> &tokens)
{
    QList<int> out;
    for (const Token &t : tokens)
        out.append(t.form);
    return out;
}

bool isSubsequence(const QList<int> &needle, const QList<int> &haystack)
{
    qsizetype j = 0;
    for (const int id : needle) {
        while (j < haystack.size() && haystack[j] != id)
            ++j;
        if (j == haystack.size())
            return false;
        ++j;
    }
    return true;
}

GeneratorOptions options(std::uint32_t seed, int documents, int words, double edit, double moved, double split, double merged)
{
    GeneratorOptions o;
    o.seed = seed;
    o.documents = documents;
    o.words = words;
    o.wordEditRate = edit;
    o.movedParagraphRate = moved;
    o.splitRate = split;
    o.mergedRate = merged;
    return o;
}

} // namespace

Q_DECLARE_METATYPE(parallax::test::GeneratorOptions)

class TestGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void uniformIntIsPortable()
    {
        // std::mt19937 is fully specified; these values pin our mapping onto ranges so that a
        // corpus is the same on every platform and standard library.
        std::mt19937 rng(5489u);
        QList<std::uint32_t> values;
        for (int i = 0; i < 6; ++i)
            values.append(uniformInt(rng, 1000));
        std::mt19937 check(5489u);
        for (int i = 0; i < 6; ++i)
            QCOMPARE(values[i], std::uint32_t((std::uint64_t(check()) * 1000u) >> 32));
        QCOMPARE(values.first(), std::uint32_t((std::uint64_t(3499211612u) * 1000u) >> 32)); // first mt19937 output
        std::mt19937 bounds(1u);
        for (int i = 0; i < 10000; ++i) {
            QVERIFY(uniformInt(bounds, 7) < 7);
            const double r = uniformReal(bounds);
            QVERIFY(r >= 0.0 && r < 1.0);
        }
        QCOMPARE(uniformInt(bounds, 0), 0u);
    }

    void deterministic()
    {
        const GeneratorOptions o = options(11, 4, 1500, 0.1, 0.2, 0.1, 0.1);
        const GeneratedCorpus a = generateCorpus(o);
        const GeneratedCorpus b = generateCorpus(o);
        QCOMPARE(a.baseParagraphs, b.baseParagraphs);
        QCOMPARE(a.documents.size(), 4);
        for (int k = 0; k < a.documents.size(); ++k) {
            QCOMPARE(a.documents[k].paragraphs, b.documents[k].paragraphs);
            QCOMPARE(a.documents[k].id, QStringLiteral("d%1").arg(k + 1));
            QCOMPARE(a.truth[k].editedTokens, b.truth[k].editedTokens);
            for (int p = 0; p < a.truth[k].paragraphs.size(); ++p) {
                QCOMPARE(a.truth[k].paragraphs[p].baseParagraphs, b.truth[k].paragraphs[p].baseParagraphs);
                QCOMPARE(a.truth[k].paragraphs[p].editedTokens, b.truth[k].paragraphs[p].editedTokens);
            }
        }
        const GeneratedCorpus other = generateCorpus(options(12, 4, 1500, 0.1, 0.2, 0.1, 0.1));
        QVERIFY(other.baseParagraphs != a.baseParagraphs);
    }

    void truthConsistent_data()
    {
        QTest::addColumn<GeneratorOptions>("opts");
        QTest::newRow("untouched copies") << options(1, 3, 600, 0, 0, 0, 0);
        QTest::newRow("word edits") << options(2, 3, 3000, 0.05, 0, 0, 0);
        QTest::newRow("heavy edits") << options(3, 2, 3000, 0.5, 0, 0, 0);
        QTest::newRow("moves") << options(4, 3, 3000, 0.05, 0.3, 0, 0);
        QTest::newRow("splits and merges") << options(5, 3, 3000, 0.05, 0, 0.3, 0.3);
        QTest::newRow("everything") << options(6, 5, 2000, 0.2, 0.2, 0.2, 0.2);
        QTest::newRow("tiny") << options(7, 2, 1, 0.5, 0.5, 0.5, 0.5);
    }

    void truthConsistent()
    {
        QFETCH(GeneratorOptions, opts);
        const GeneratedCorpus corpus = generateCorpus(opts);
        QCOMPARE(corpus.documents.size(), opts.documents);
        QCOMPARE(corpus.truth.size(), opts.documents);
        Vocabulary vocabulary;
        Tokenizer tokenizer(vocabulary);
        QList<QList<int>> baseForms;
        int baseTokens = 0;
        for (const QString &text : corpus.baseParagraphs) {
            baseForms.append(forms(tokenizer.tokenize(text)));
            baseTokens += int(baseForms.last().size());
        }
        QVERIFY(baseTokens >= opts.words);
        QCOMPARE(corpus.documents[0].paragraphs.size(), corpus.baseParagraphs.size()); // d1 is the base
        QCOMPARE(corpus.truth[0].editedTokens, 0);

        const bool restructured = opts.movedParagraphRate > 0 || opts.splitRate > 0 || opts.mergedRate > 0;
        for (int k = 0; k < corpus.documents.size(); ++k) {
            const Document &doc = corpus.documents[k];
            const TruthDocument &truth = corpus.truth[k];
            QCOMPARE(truth.paragraphs.size(), doc.paragraphs.size());
            std::multiset<int> covered;
            int tokens = 0;
            int edited = 0;
            for (int p = 0; p < doc.paragraphs.size(); ++p) {
                const TruthParagraph &tp = truth.paragraphs[p];
                const QList<Token> paragraphTokens = tokenizer.tokenize(doc.paragraphs[p].text);
                // The truth speaks of exactly the tokens our tokenizer sees.
                QCOMPARE(tp.editedTokens.size(), paragraphTokens.size());
                QVERIFY(!tp.baseParagraphs.isEmpty() && tp.baseParagraphs.size() <= 2);
                QVERIFY(std::is_sorted(tp.baseParagraphs.begin(), tp.baseParagraphs.end()));
                QList<int> source;
                for (const int b : tp.baseParagraphs) {
                    QVERIFY(b >= 0 && b < corpus.baseParagraphs.size());
                    covered.insert(b);
                    source += baseForms[b];
                }
                // Unedited tokens appear in the base paragraph(s), in order.
                QList<int> kept;
                for (qsizetype t = 0; t < paragraphTokens.size(); ++t) {
                    if (!tp.editedTokens[t])
                        kept.append(paragraphTokens[t].form);
                }
                QVERIFY(isSubsequence(kept, source));
                if (k > 0 && !restructured)
                    QCOMPARE(tp.baseParagraphs, QList<int> {p});
                tokens += int(paragraphTokens.size());
                edited += int(tp.editedTokens.count(true));
            }
            QCOMPARE(truth.tokens, tokens);
            QCOMPARE(truth.editedTokens, edited);
            // No base paragraph is lost: each appears once, or twice when split.
            for (int b = 0; b < corpus.baseParagraphs.size(); ++b)
                QVERIFY(covered.count(b) >= 1 && covered.count(b) <= 2);
            if (k > 0 && opts.wordEditRate == 0 && !restructured)
                QCOMPARE(doc.paragraphs, corpus.documents[0].paragraphs);
            if (k > 0 && baseTokens >= 2000 && opts.wordEditRate > 0) {
                // Substitutions and insertions are ~85% of the edits.
                const double rate = double(edited) / double(baseTokens);
                QVERIFY2(rate > opts.wordEditRate * 0.6 && rate < opts.wordEditRate * 1.1, qPrintable(QString::number(rate)));
                QVERIFY(truth.deletedBaseTokens > 0);
            }
        }
    }

    void restructuringHappens()
    {
        const GeneratedCorpus corpus = generateCorpus(options(9, 2, 6000, 0, 0.3, 0.3, 0.3));
        const TruthDocument &truth = corpus.truth[1];
        int merged = 0;
        int outOfOrder = 0;
        QList<int> seen;
        for (const TruthParagraph &tp : truth.paragraphs) {
            merged += tp.baseParagraphs.size() == 2 ? 1 : 0;
            if (!seen.isEmpty() && tp.baseParagraphs.first() < seen.last())
                ++outOfOrder;
            seen.append(tp.baseParagraphs.first());
        }
        const auto splits = std::count_if(seen.begin(), seen.end(), [&](int b) { return seen.count(b) == 2; }) / 2;
        QVERIFY(merged > 0);
        QVERIFY(splits > 0);
        QVERIFY(outOfOrder > 0);
    }
};

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
