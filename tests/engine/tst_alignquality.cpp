#include "document/loaddocument.h"
#include "engine/compare.h"
#include "engine/tokenizer.h"
#include "samples/samplecorpus.h"
#include "support/corpusgenerator.h"

#include <QJsonArray>
#include <QTest>

#include <set>
#include <tuple>

using namespace parallax;

namespace {

// A paragraph pair across two documents, smaller (document, paragraph) first.
using ParagraphPair = std::tuple<int, int, int, int>;

ParagraphPair makePair(int d1, int p1, int d2, int p2)
{
    return std::tie(d1, p1) < std::tie(d2, p2) ? ParagraphPair {d1, p1, d2, p2} : ParagraphPair {d2, p2, d1, p1};
}

std::set<ParagraphPair> predictedPairs(const Comparison &c)
{
    std::set<ParagraphPair> pairs;
    for (const AlignmentGroup &g : c.groups) {
        for (qsizetype i = 0; i < g.members.size(); ++i) {
            for (qsizetype j = i + 1; j < g.members.size(); ++j) {
                for (int p : g.members[i].paragraphs)
                    for (int q : g.members[j].paragraphs)
                        pairs.insert(makePair(g.members[i].document, p, g.members[j].document, q));
            }
        }
    }
    return pairs;
}

// Two paragraphs of different documents correspond when they derive from a common base paragraph.
std::set<ParagraphPair> truePairs(const test::GeneratedCorpus &corpus)
{
    std::set<ParagraphPair> pairs;
    for (int d = 0; d < int(corpus.truth.size()); ++d) {
        for (int e = d + 1; e < int(corpus.truth.size()); ++e) {
            for (int p = 0; p < int(corpus.truth[d].paragraphs.size()); ++p) {
                for (int q = 0; q < int(corpus.truth[e].paragraphs.size()); ++q) {
                    const QList<int> &x = corpus.truth[d].paragraphs[p].baseParagraphs;
                    const QList<int> &y = corpus.truth[e].paragraphs[q].baseParagraphs;
                    if (std::any_of(x.begin(), x.end(), [&y](int b) { return y.contains(b); }))
                        pairs.insert({d, p, e, q});
                }
            }
        }
    }
    return pairs;
}

struct Counts
{
    qint64 truePositives = 0;
    qint64 predicted = 0;
    qint64 expected = 0;
    double precision() const { return predicted ? double(truePositives) / predicted : 1.0; }
    double recall() const { return expected ? double(truePositives) / expected : 1.0; }
    double f1() const
    {
        const double p = precision();
        const double r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
};

void count(Counts &counts, const std::set<ParagraphPair> &predicted, const std::set<ParagraphPair> &expected)
{
    counts.predicted += qint64(predicted.size());
    counts.expected += qint64(expected.size());
    for (const ParagraphPair &p : predicted)
        counts.truePositives += expected.count(p) ? 1 : 0;
}

const Span *spanAt(const GroupMember &m, int paragraph, int offset)
{
    for (const Span &s : m.spans) {
        if (s.paragraph == paragraph && s.start <= offset && offset < s.end)
            return &s;
    }
    return nullptr;
}

// The paragraph of `document` that contains `snippet` exactly once, or -1.
int paragraphWith(const Document &document, const QString &snippet)
{
    int found = -1;
    for (int p = 0; p < int(document.paragraphs.size()); ++p) {
        if (document.paragraphs[p].text.contains(snippet))
            found = found < 0 ? p : -2;
    }
    return found;
}

} // namespace

class TestAlignQuality : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syntheticPairing_data()
    {
        QTest::addColumn<double>("editRate");
        QTest::addColumn<double>("minimumF1");
        QTest::addColumn<double>("structureRate");
        // Structure: paragraphs moved (15%), split and merged (each at the given rate).
        QTest::newRow("10% word edits") << 0.10 << 0.95 << 0.03;
        QTest::newRow("30% word edits") << 0.30 << 0.90 << 0.03;
        QTest::newRow("10% word edits, heavy restructuring") << 0.10 << 0.90 << 0.08;
        QTest::newRow("30% word edits, heavy restructuring") << 0.30 << 0.85 << 0.08;
    }

    // Paragraph pairs over many generated corpora: 2..6 documents, moved, split and merged
    // paragraphs, against the generator's truth.
    void syntheticPairing()
    {
        QFETCH(double, editRate);
        QFETCH(double, minimumF1);
        QFETCH(double, structureRate);
        Counts counts;
        for (std::uint32_t seed = 1; seed <= 24; ++seed) {
            test::GeneratorOptions options;
            options.seed = seed;
            options.documents = 2 + int(seed % 5);
            options.words = 800;
            options.wordEditRate = editRate;
            options.movedParagraphRate = 0.15;
            options.splitRate = structureRate;
            options.mergedRate = structureRate;
            options.firstIsBase = seed % 2 == 0;
            const test::GeneratedCorpus corpus = test::generateCorpus(options);
            const Comparison c = compare(corpus.documents);
            count(counts, predictedPairs(c), truePairs(corpus));
        }
        qInfo("word edits %.0f%%, split/merge %.0f%%: pairing precision %.4f recall %.4f F1 %.4f (%lld true pairs)",
              editRate * 100, structureRate * 100, counts.precision(), counts.recall(), counts.f1(), counts.expected);
        QVERIFY2(counts.f1() >= minimumF1, qPrintable(QStringLiteral("F1 %1").arg(counts.f1())));
    }

    // At 5% word edits, words nobody edited are drawn as Same.
    void syntheticWordDiff()
    {
        qint64 unedited = 0;
        qint64 same = 0;
        for (std::uint32_t seed = 1; seed <= 12; ++seed) {
            test::GeneratorOptions options;
            options.seed = seed;
            options.documents = 2 + int(seed % 4);
            options.wordEditRate = 0.05;
            options.movedParagraphRate = 0.1;
            options.firstIsBase = false;
            const test::GeneratedCorpus corpus = test::generateCorpus(options);
            const Comparison c = compare(corpus.documents);
            Vocabulary vocabulary;
            Tokenizer tokenizer(vocabulary);
            for (const AlignmentGroup &g : c.groups) {
                if (g.members.size() < 2)
                    continue;
                for (const GroupMember &m : g.members) {
                    if (m.document == g.pivotDocument)
                        continue;
                    for (int p : m.paragraphs) {
                        const QString &text = corpus.documents[m.document].paragraphs[p].text;
                        const QList<Token> tokens = tokenizer.tokenize(text);
                        const QList<bool> &edited = corpus.truth[m.document].paragraphs[p].editedTokens;
                        QCOMPARE(tokens.size(), edited.size());
                        for (qsizetype t = 0; t < tokens.size(); ++t) {
                            if (edited[t])
                                continue;
                            ++unedited;
                            const Span *s = spanAt(m, p, tokens[t].start);
                            QVERIFY(s);
                            same += s->kind == SpanKind::Same;
                        }
                    }
                }
            }
        }
        const double share = unedited ? double(same) / unedited : 0.0;
        qInfo("5%% word edits: %lld of %lld unedited words marked same (%.4f)", same, unedited, share);
        QVERIFY(share >= 0.95);
    }

    void sampleCorpus()
    {
        const QList<testing::SampleCorpus> corpora = testing::SampleCorpus::all();
        QVERIFY(!corpora.isEmpty());
        for (const testing::SampleCorpus &corpus : corpora) {
            QVERIFY2(corpus.parseError.isEmpty(), qPrintable(corpus.parseError));
            QStringList files;
            QStringList paths;
            for (const QJsonValue &a : corpus.expected.value(u"articles").toArray()) {
                files.append(a.toObject().value(u"file").toString());
                paths.append(corpus.articlePath(files.last()));
            }
            const LoadManyResult loaded = loadDocuments(paths);
            QVERIFY(loaded.errors.isEmpty());
            QCOMPARE(loaded.documents.size(), files.size());
            const Comparison c = compare(loaded.documents);

            // Expected pairs from the correspondence groups; the paragraphs they name (and every
            // paragraph of the outlier) are the ones whose pairs can be judged.
            std::set<ParagraphPair> expected;
            std::set<std::pair<int, int>> judged;
            for (const QJsonValue &group : corpus.expected.value(u"correspondences").toArray()) {
                QList<std::pair<int, int>> members;
                for (const QJsonValue &m : group.toArray()) {
                    const int d = int(files.indexOf(m.toObject().value(u"file").toString()));
                    QVERIFY(d >= 0);
                    const int p = paragraphWith(loaded.documents[d], m.toObject().value(u"snippet").toString());
                    QVERIFY2(p >= 0, qPrintable(m.toObject().value(u"snippet").toString()));
                    members.append({d, p});
                    judged.insert({d, p});
                }
                for (qsizetype i = 0; i < members.size(); ++i)
                    for (qsizetype j = i + 1; j < members.size(); ++j)
                        if (members[i].first != members[j].first)
                            expected.insert(makePair(members[i].first, members[i].second, members[j].first, members[j].second));
            }
            const QString outlierFile = corpus.expected.value(u"outlier").toObject().value(u"file").toString();
            const int outlier = int(files.indexOf(outlierFile));
            QVERIFY(outlier >= 0);
            for (int p = 0; p < int(loaded.documents[outlier].paragraphs.size()); ++p)
                judged.insert({outlier, p});
            std::set<ParagraphPair> predicted;
            for (const ParagraphPair &pair : predictedPairs(c)) {
                if (judged.count({std::get<0>(pair), std::get<1>(pair)}) && judged.count({std::get<2>(pair), std::get<3>(pair)}))
                    predicted.insert(pair);
                else if (std::get<0>(pair) == outlier || std::get<2>(pair) == outlier)
                    predicted.insert(pair);
            }
            Counts counts;
            count(counts, predicted, expected);
            auto show = [&loaded](int d, int p) { return loaded.documents[d].paragraphs[p].text.left(70); };
            for (const ParagraphPair &pair : expected)
                if (!predicted.count(pair))
                    qInfo("missed: %d:%d - %d:%d  [%s] [%s]", std::get<0>(pair), std::get<1>(pair), std::get<2>(pair),
                          std::get<3>(pair), qPrintable(show(std::get<0>(pair), std::get<1>(pair))),
                          qPrintable(show(std::get<2>(pair), std::get<3>(pair))));
            for (const ParagraphPair &pair : predicted)
                if (!expected.count(pair))
                    qInfo("wrong: %d:%d - %d:%d  [%s] [%s]", std::get<0>(pair), std::get<1>(pair), std::get<2>(pair),
                          std::get<3>(pair), qPrintable(show(std::get<0>(pair), std::get<1>(pair))),
                          qPrintable(show(std::get<2>(pair), std::get<3>(pair))));
            qInfo("%s: correspondences precision %.4f recall %.4f (%lld expected pairs)",
                  qPrintable(corpus.dir.section(u'/', -1)), counts.precision(), counts.recall(), counts.expected);
            QVERIFY(counts.precision() >= 0.95);
            QVERIFY(counts.recall() >= 0.95);

            for (const Outlier &o : c.outliers)
                qInfo("flagged %d: %s", o.document, qPrintable(o.reason));
            for (const auto &row : c.similarity) {
                QStringList cells;
                for (double v : row)
                    cells << QString::number(v, 'f', 2);
                qInfo("similarity %s", qPrintable(cells.join(u' ')));
            }
            QCOMPARE(c.outliers.size(), 1);
            QCOMPARE(c.outliers.first().document, outlier);
            qInfo("outlier: %s (%s)", qPrintable(outlierFile), qPrintable(c.outliers.first().reason));
        }
    }
};

QTEST_GUILESS_MAIN(TestAlignQuality)
#include "tst_alignquality.moc"
