// Micro-benchmarks of the tokenizer and the word diff, the two per-word steps of the engine.

#include "engine/spans.h"
#include "engine/tokenizer.h"
#include "engine/worddiff.h"
#include "support/corpusgenerator.h"

#include <QTest>

using namespace parallax;

namespace {

test::GeneratedCorpus corpus(int documents, int words, double editRate)
{
    test::GeneratorOptions options;
    options.seed = 7;
    options.documents = documents;
    options.words = words;
    options.wordEditRate = editRate;
    return test::generateCorpus(options);
}

} // namespace

class BenchWordLevel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The tokenizer over 200 articles x 2,000 words (the big case of the engine budget).
    void tokenize200x2000()
    {
        const test::GeneratedCorpus c = corpus(200, 2000, 0.05);
        qsizetype tokens = 0;
        QBENCHMARK
        {
            Vocabulary vocabulary;
            Tokenizer tokenizer(vocabulary);
            tokens = 0;
            for (const Document &d : c.documents) {
                for (const Paragraph &p : d.paragraphs)
                    tokens += tokenizer.tokenize(p.text).size();
            }
        }
        QVERIFY(tokens >= 200 * 2000);
    }

    // Word diff of every aligned paragraph pair of two 100,000-word documents (no moves), plus
    // the spans of both sides.
    void diffParagraphs_data()
    {
        QTest::addColumn<double>("editRate");
        QTest::newRow("5%") << 0.05;
        QTest::newRow("50%") << 0.5;
    }

    void diffParagraphs()
    {
        QFETCH(double, editRate);
        const test::GeneratedCorpus c = corpus(2, 100000, editRate);
        Vocabulary vocabulary;
        Tokenizer tokenizer(vocabulary);
        QList<QList<Token>> a;
        QList<QList<Token>> b;
        for (const Paragraph &p : c.documents[0].paragraphs)
            a.append(tokenizer.tokenize(p.text));
        for (const Paragraph &p : c.documents[1].paragraphs)
            b.append(tokenizer.tokenize(p.text));
        QCOMPARE(a.size(), b.size());
        qsizetype spans = 0;
        QBENCHMARK
        {
            spans = 0;
            for (qsizetype i = 0; i < a.size(); ++i) {
                const WordDiff diff = diffTokens(a[i], b[i]);
                spans += spansFromTokens(int(i), c.documents[0].paragraphs[i].text, a[i], diff.a).size();
                spans += spansFromTokens(int(i), c.documents[1].paragraphs[i].text, b[i], diff.b).size();
            }
        }
        QVERIFY(spans >= 2 * a.size());
    }

    // One 10,000-word paragraph against an edited copy of itself.
    void diffHugeParagraph_data()
    {
        QTest::addColumn<double>("editRate");
        QTest::newRow("5%") << 0.05;
        QTest::newRow("50%") << 0.5;
    }

    void diffHugeParagraph()
    {
        QFETCH(double, editRate);
        const test::GeneratedCorpus c = corpus(2, 10000, editRate);
        Vocabulary vocabulary;
        Tokenizer tokenizer(vocabulary);
        QList<int> a;
        QList<int> b;
        for (const Paragraph &p : c.documents[0].paragraphs)
            a += formIds(tokenizer.tokenize(p.text));
        for (const Paragraph &p : c.documents[1].paragraphs)
            b += formIds(tokenizer.tokenize(p.text));
        WordDiff diff;
        QBENCHMARK
        {
            diff = diffWords(a, b);
        }
        QCOMPARE(diff.a.size(), a.size());
        // The edits are scattered, so most words must still be found unchanged.
        QVERIFY(diff.b.count(WordStatus::Same) > b.size() * (1.0 - editRate) * 0.8);
    }
};

QTEST_GUILESS_MAIN(BenchWordLevel)
#include "bench_wordlevel.moc"
