// Times the whole engine, compare(), on generated corpora of growing size.

#include "engine/compare.h"
#include "engine/timeline.h"
#include "engine/tokenizer.h"
#include "support/corpusgenerator.h"

#include <QTest>

using namespace parallax;

namespace {

// The corpora of every row: one base story, 5% of paragraphs moved, 2% split, 2% merged.
test::GeneratedCorpus benchCorpus(int documents, int words, double editRate)
{
    test::GeneratorOptions options;
    options.seed = 2024;
    options.documents = documents;
    options.words = words;
    options.wordEditRate = editRate;
    options.movedParagraphRate = 0.05;
    options.splitRate = 0.02;
    options.mergedRate = 0.02;
    return test::generateCorpus(options);
}

// Share of a document's tokens that the comparison draws as changed or added.
double markedShare(const Comparison &c, int document)
{
    Vocabulary vocabulary;
    Tokenizer tokenizer(vocabulary);
    const Document &doc = c.documents[document];
    qsizetype total = 0;
    QList<QList<Token>> tokens;
    for (const Paragraph &p : doc.paragraphs) {
        tokens.append(tokenizer.tokenize(p.text));
        total += tokens.last().size();
    }
    qsizetype marked = 0;
    for (const AlignmentGroup &g : c.groups) {
        for (const GroupMember &m : g.members) {
            if (m.document != document)
                continue;
            for (const Span &s : m.spans) {
                if (s.kind == SpanKind::Same || s.paragraph < 0 || s.paragraph >= tokens.size())
                    continue;
                for (const Token &t : tokens[s.paragraph])
                    marked += (t.start >= s.start && t.end <= s.end) ? 1 : 0;
            }
            // A paragraph only this document has is all new, whatever its spans say.
            if (g.members.size() == 1 && m.spans.isEmpty()) {
                for (const int p : m.paragraphs)
                    marked += p >= 0 && p < tokens.size() ? tokens[p].size() : 0;
            }
        }
    }
    return total ? double(marked) / double(total) : 0.0;
}

} // namespace

class BenchEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compareCorpus_data()
    {
        QTest::addColumn<int>("documents");
        QTest::addColumn<int>("words");
        QTest::addColumn<double>("editRate");
        for (const double rate : {0.05, 0.5}) {
            const int percent = int(rate * 100);
            QTest::addRow("5x800 %d%%", percent) << 5 << 800 << rate;
            QTest::addRow("50x800 %d%%", percent) << 50 << 800 << rate;
            QTest::addRow("200x2000 %d%%", percent) << 200 << 2000 << rate;
            QTest::addRow("2x100000 %d%%", percent) << 2 << 100000 << rate;
        }
    }

    // The same corpora on two threads (CompareOptions::threads): wall-clock time of the call, since
    // the CPU time of both threads together is what -perfcounter task-clock would add up.
    void compareCorpusTwoThreads_data()
    {
        QTest::addColumn<int>("documents");
        QTest::addColumn<int>("words");
        QTest::addColumn<double>("editRate");
        for (const double rate : {0.05, 0.5}) {
            const int percent = int(rate * 100);
            QTest::addRow("200x2000 %d%%", percent) << 200 << 2000 << rate;
            QTest::addRow("2x100000 %d%%", percent) << 2 << 100000 << rate;
        }
    }
    void compareCorpusTwoThreads()
    {
        QFETCH(int, documents);
        QFETCH(int, words);
        QFETCH(double, editRate);
        const test::GeneratedCorpus corpus = benchCorpus(documents, words, editRate);
        CompareOptions compareOptions;
        compareOptions.threads = 2;
        Comparison result;
        QBENCHMARK
        {
            result = compare(corpus.documents, compareOptions);
        }
        QCOMPARE(result.documents.size(), documents);
    }

    // The time line alone (compare() builds it at its end), on the largest corpus with a
    // publication time per article, so its share of compare() can be read off the two rows.
    void timeline200()
    {
        test::GeneratedCorpus corpus = benchCorpus(200, 2000, 0.05);
        for (int d = 0; d < corpus.documents.size(); ++d) {
            PublicationDate &p = corpus.documents[d].published;
            p.date = QDate(2031, 6, 14 + d % 3);
            if (d % 4)
                p.time = QTime((d * 7) % 24, (d * 13) % 60);
        }
        const Comparison result = compare(corpus.documents);
        Timeline timeline;
        QBENCHMARK
        {
            timeline = buildTimeline(result);
        }
        QCOMPARE(timeline.conflicts.size(), result.conflicts.size());
        qInfo("%lld conflicts, %lld quotes, %lld passages", qint64(result.conflicts.size()), qint64(result.quotes.size()),
              qint64(result.passages.size()));
    }

    void compareCorpus()
    {
        QFETCH(int, documents);
        QFETCH(int, words);
        QFETCH(double, editRate);
        const test::GeneratedCorpus corpus = benchCorpus(documents, words, editRate);
        Comparison result;
        QBENCHMARK
        {
            result = compare(corpus.documents);
        }
        QCOMPARE(result.documents.size(), documents);
        if (documents == 2) {
            const test::TruthDocument &truth = corpus.truth[1];
            qInfo("d2: %.1f%% of tokens marked changed/added; truth: %.1f%% edited", 100.0 * markedShare(result, 1),
                  100.0 * truth.editedTokens / std::max(truth.tokens, 1));
        }
    }
};

QTEST_GUILESS_MAIN(BenchEngine)
#include "bench_engine.moc"
