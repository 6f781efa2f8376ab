#include "document/loaddocument.h"
#include "engine/compare.h"
#include "report/jsonreport.h"
#include "support/corpusgenerator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

#include <mutex>
#include <random>
#include <set>

using namespace parallax;

namespace {

Document documentOf(const QString &id, const QList<Paragraph> &paragraphs)
{
    Document d;
    d.id = id;
    d.paragraphs = paragraphs;
    return d;
}

test::GeneratedCorpus corpus(int documents, int words, std::uint32_t seed)
{
    test::GeneratorOptions options;
    options.seed = seed;
    options.documents = documents;
    options.words = words;
    options.wordEditRate = 0.1;
    options.movedParagraphRate = 0.1;
    options.splitRate = 0.05;
    options.mergedRate = 0.05;
    return test::generateCorpus(options);
}

// Every comparable paragraph is in exactly one group, a group holds each document once, ids
// follow the order, the matrix is N x N, symmetric with diagonal 1.
void verifyShape(const Comparison &c)
{
    const qsizetype n = c.documents.size();
    QCOMPARE(c.similarity.size(), n);
    for (qsizetype i = 0; i < n; ++i) {
        QCOMPARE(c.similarity[i].size(), n);
        QCOMPARE(c.similarity[i][i], 1.0);
        for (qsizetype j = 0; j < n; ++j) {
            QCOMPARE(c.similarity[i][j], c.similarity[j][i]);
            QVERIFY(c.similarity[i][j] >= 0.0 && c.similarity[i][j] <= 1.0);
        }
    }
    std::set<std::pair<int, int>> seen;
    for (qsizetype k = 0; k < c.groups.size(); ++k) {
        const AlignmentGroup &g = c.groups[k];
        QCOMPARE(g.id, QStringLiteral("g%1").arg(k + 1));
        QVERIFY(!g.members.isEmpty());
        std::set<int> documents;
        bool pivotFound = false;
        for (const GroupMember &m : g.members) {
            QVERIFY2(documents.insert(m.document).second, qPrintable(g.id));
            QVERIFY(m.paragraphs.size() == 1 || m.paragraphs.size() == 2);
            for (int p : m.paragraphs) {
                QVERIFY(seen.insert({m.document, p}).second);
                QVERIFY(c.documents[m.document].paragraphs[p].role != ParagraphRole::Boilerplate);
            }
            pivotFound = pivotFound || (m.document == g.pivotDocument && m.paragraphs.first() == g.pivotParagraph);
            // Spans cover each paragraph of the member, in order, without gaps or overlaps.
            for (int p : m.paragraphs) {
                int next = 0;
                for (const Span &span : m.spans) {
                    if (span.paragraph != p)
                        continue;
                    QCOMPARE(span.start, next);
                    QVERIFY(span.end > span.start);
                    next = span.end;
                }
                QCOMPARE(next, int(c.documents[m.document].paragraphs[p].text.size()));
            }
        }
        QVERIFY(pivotFound);
    }
    qsizetype comparable = 0;
    for (const Document &d : c.documents)
        for (const Paragraph &p : d.paragraphs)
            comparable += p.role != ParagraphRole::Boilerplate;
    QCOMPARE(qsizetype(seen.size()), comparable);
}

} // namespace

class TestCompare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cancelRaisedBeforehand()
    {
        const test::GeneratedCorpus generated = corpus(5, 800, 3);
        const std::atomic_bool cancel {true};
        const Comparison c = compare(generated.documents, {}, &cancel);
        QVERIFY(c.cancelled);
        QVERIFY(c.groups.isEmpty());
        QCOMPARE(c.documents.size(), generated.documents.size());
    }

    void notCancelled()
    {
        const test::GeneratedCorpus generated = corpus(3, 400, 4);
        const std::atomic_bool cancel {false};
        const Comparison c = compare(generated.documents, {}, &cancel);
        QVERIFY(!c.cancelled);
        QVERIFY(!c.groups.isEmpty());
    }

    // A flag raised from another thread while the engine runs stops it early.
    void cancelWhileRunning()
    {
        const test::GeneratedCorpus generated = corpus(200, 2000, 5);
        std::atomic_bool cancel {false};
        QElapsedTimer full;
        full.start();
        const Comparison uncancelled = compare(generated.documents);
        const qint64 fullTime = full.elapsed();
        QVERIFY(!uncancelled.cancelled);
        std::thread raiser([&cancel] {
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
            cancel = true;
        });
        QElapsedTimer timer;
        timer.start();
        const Comparison c = compare(generated.documents, {}, &cancel);
        raiser.join();
        qInfo("full run %lld ms, cancelled run %lld ms", fullTime, timer.elapsed());
        if (fullTime > 50) // only meaningful when the run outlasts the raiser's delay
            QVERIFY(c.cancelled);
    }

    void deterministic_data()
    {
        QTest::addColumn<int>("documents");
        QTest::addColumn<int>("words");
        QTest::addColumn<int>("pivot");
        QTest::newRow("2 documents") << 2 << 800 << -1;
        QTest::newRow("7 documents") << 7 << 800 << -1;
        QTest::newRow("7 documents, pivot 4") << 7 << 800 << 4;
        QTest::newRow("40 documents") << 40 << 400 << -1;
    }

    void deterministic()
    {
        QFETCH(int, documents);
        QFETCH(int, words);
        QFETCH(int, pivot);
        const test::GeneratedCorpus generated = corpus(documents, words, 11);
        CompareOptions options;
        options.pivotDocument = pivot;
        const QByteArray first = toJsonReport(compare(generated.documents, options));
        const QByteArray second = toJsonReport(compare(generated.documents, options));
        QCOMPARE(first, second);
        // A comparison never leaks state into the next one (vocabulary, index): interleave another.
        compare(corpus(3, 300, 99).documents);
        QCOMPARE(toJsonReport(compare(generated.documents, options)), first);
    }

    void documentCounts_data()
    {
        QTest::addColumn<int>("documents");
        QTest::addColumn<int>("words");
        QTest::newRow("2") << 2 << 800;
        QTest::newRow("3") << 3 << 800;
        QTest::newRow("10") << 10 << 800;
        QTest::newRow("50") << 50 << 800;
        QTest::newRow("200") << 200 << 2000;
    }

    void documentCounts()
    {
        QFETCH(int, documents);
        QFETCH(int, words);
        const test::GeneratedCorpus generated = corpus(documents, words, 21);
        QElapsedTimer timer;
        timer.start();
        const Comparison c = compare(generated.documents);
        qInfo("%d documents x %d words: %lld ms, %lld groups", documents, words, timer.elapsed(), qint64(c.groups.size()));
        QVERIFY(!c.cancelled);
        QCOMPARE(c.documents.size(), qsizetype(documents));
        verifyShape(c);
        QVERIFY(c.outliers.isEmpty()); // all documents tell the same story
        // Most base paragraphs are told by every document: the biggest group spans them all.
        qsizetype widest = 0;
        for (const AlignmentGroup &g : c.groups)
            widest = std::max(widest, g.members.size());
        QCOMPARE(widest, qsizetype(documents));
    }

    void emptyInputs_data()
    {
        const Paragraph body {QStringLiteral("The Marlow river burst its banks in Eastbridge on Tuesday."), ParagraphRole::Body};
        const Paragraph other {QStringLiteral("Heavy rain made the Marlow river burst its banks in Eastbridge on Tuesday."),
                               ParagraphRole::Body};
        const Paragraph boiler {QStringLiteral("Subscribe to our newsletter."), ParagraphRole::Boilerplate};
        const Paragraph blank {QString(), ParagraphRole::Body};
        const Paragraph stars {QStringLiteral("* * *"), ParagraphRole::Body};
        QTest::addColumn<QList<Document>>("documents");
        QTest::addColumn<int>("groups");
        QTest::newRow("no documents") << QList<Document> {} << 0;
        QTest::newRow("one document") << QList<Document> {documentOf(QStringLiteral("d1"), {body})} << 1;
        QTest::newRow("two empty documents")
            << QList<Document> {documentOf(QStringLiteral("d1"), {}), documentOf(QStringLiteral("d2"), {})} << 0;
        QTest::newRow("one empty of three") << QList<Document> {documentOf(QStringLiteral("d1"), {body}),
                                                                documentOf(QStringLiteral("d2"), {}),
                                                                documentOf(QStringLiteral("d3"), {other})}
                                            << 1;
        QTest::newRow("boilerplate only") << QList<Document> {documentOf(QStringLiteral("d1"), {boiler}),
                                                              documentOf(QStringLiteral("d2"), {boiler, body})}
                                          << 1;
        QTest::newRow("blank and punctuation paragraphs")
            << QList<Document> {documentOf(QStringLiteral("d1"), {blank, body, stars}),
                                documentOf(QStringLiteral("d2"), {stars, other, blank})}
            << 5;
    }

    void emptyInputs()
    {
        QFETCH(QList<Document>, documents);
        QFETCH(int, groups);
        const Comparison c = compare(documents);
        QVERIFY(!c.cancelled);
        QCOMPARE(c.groups.size(), qsizetype(groups));
        QVERIFY(c.outliers.isEmpty());
        verifyShape(c);
        QCOMPARE(toJsonReport(c), toJsonReport(compare(documents)));
    }

    void unrelatedDocumentIsTheOnlyOutlier_data()
    {
        QTest::addColumn<int>("documents");
        QTest::addColumn<int>("position");
        QTest::newRow("3 documents, last") << 3 << 2;
        QTest::newRow("6 documents, first") << 6 << 0;
        QTest::newRow("12 documents, middle") << 12 << 5;
    }

    void unrelatedDocumentIsTheOnlyOutlier()
    {
        QFETCH(int, documents);
        QFETCH(int, position);
        QList<Document> docs = corpus(documents - 1, 600, 31).documents;
        Document other = corpus(1, 600, 77).documents.first();
        other.id = QStringLiteral("other");
        docs.insert(position, other);
        const Comparison c = compare(docs);
        QCOMPARE(c.outliers.size(), 1);
        QCOMPARE(c.outliers.first().document, position);
        // What it reports (its generated dates) may come first; the share always closes the reason.
        QVERIFY(c.outliers.first().reason.contains(
            QRegularExpression(QStringLiteral("(^|; )shares 0 of \\d+ paragraphs with the others$"))));
        QVERIFY(c.pivotDocument != position);
        verifyShape(c);
    }

    void neverAnOutlierWithTwoDocuments()
    {
        const QList<Document> docs {corpus(1, 600, 31).documents.first(), corpus(1, 600, 77).documents.first()};
        const Comparison c = compare(docs);
        QVERIFY(c.outliers.isEmpty());
        QVERIFY(c.similarity[0][1] < 0.2);
    }

    // Any mix of roles, duplicates, tiny and odd paragraphs gives a well-formed result.
    void randomRolesAndTexts()
    {
        const test::GeneratedCorpus generated = corpus(8, 800, 41);
        std::mt19937 rng(7);
        const QList<ParagraphRole> roles {ParagraphRole::Title, ParagraphRole::Dateline, ParagraphRole::Body,
                                          ParagraphRole::Caption, ParagraphRole::Boilerplate};
        const QStringList odd {QString(),
                               QStringLiteral("..."),
                               QStringLiteral("12"),
                               QStringLiteral("\u00a0\u200b"),
                               QStringLiteral("Прорыв плотины: 12 погибших"),
                               QStringLiteral("a b a b a b a b")};
        for (int round = 0; round < 20; ++round) {
            QList<Document> docs = generated.documents;
            for (Document &d : docs) {
                for (Paragraph &p : d.paragraphs) {
                    if (test::uniformInt(rng, 4) == 0)
                        p.role = roles[qsizetype(test::uniformInt(rng, std::uint32_t(roles.size())))];
                    if (test::uniformInt(rng, 10) == 0)
                        p.text = odd[qsizetype(test::uniformInt(rng, std::uint32_t(odd.size())))];
                }
                if (test::uniformInt(rng, 5) == 0 && !d.paragraphs.isEmpty())
                    d.paragraphs.append(d.paragraphs.first()); // a repeated paragraph
            }
            CompareOptions options;
            options.pivotDocument = int(test::uniformInt(rng, 9)) - 1;
            const Comparison c = compare(docs, options);
            verifyShape(c);
            if (QTest::currentTestFailed())
                return;
        }
    }

    // Text without paragraph breaks: a few huge paragraphs still align and diff in reasonable time.
    void hugeParagraphs()
    {
        test::GeneratorOptions options;
        options.seed = 5;
        options.documents = 3;
        options.words = 30000;
        options.wordsPerParagraph = 10000;
        options.wordEditRate = 0.05;
        const test::GeneratedCorpus generated = test::generateCorpus(options);
        QElapsedTimer timer;
        timer.start();
        const Comparison c = compare(generated.documents);
        qInfo("3 documents of %lld paragraphs, 30,000 words each: %lld ms", qint64(generated.documents[0].paragraphs.size()),
              timer.elapsed());
        verifyShape(c);
        qsizetype widest = 0;
        for (const AlignmentGroup &g : c.groups)
            widest = std::max(widest, g.members.size());
        QCOMPARE(widest, qsizetype(3));
    }

    void outOfRangePivotFallsBack()
    {
        const test::GeneratedCorpus generated = corpus(3, 400, 8);
        CompareOptions options;
        options.pivotDocument = 17;
        const Comparison c = compare(generated.documents, options);
        QVERIFY(c.pivotDocument >= 0 && c.pivotDocument < 3);
        verifyShape(c);
    }

    void findersRunInsideCompare()
    {
        // compare() is the one entry point: its result carries quotes, passages and conflicts.
        auto doc = [](const QString &id, const QString &tonnes) {
            Document d;
            d.id = id;
            d.paragraphs
                = {{QStringLiteral("Grain terminal flooded at Brask"), ParagraphRole::Title},
                   {QStringLiteral("Governor Helena Voss said: \u201cWe will rebuild the embankment as quickly as we can.\u201d"),
                    ParagraphRole::Body},
                   {QStringLiteral("Floodwater entered the river port overnight and spoiled %1 tonnes of wheat stored in the "
                                   "terminal's northern silos, the port authority reported on Sunday.")
                        .arg(tonnes),
                    ParagraphRole::Body}};
            return d;
        };
        const Comparison c
            = compare({doc(QStringLiteral("d1"), QStringLiteral("40,000")), doc(QStringLiteral("d2"), QStringLiteral("70,000"))});
        QVERIFY(!c.quotes.isEmpty());
        QCOMPARE(c.quotes.first().occurrences.size(), 2);
        QVERIFY(c.quotes.first().verbatim);
        QVERIFY(!c.passages.isEmpty());
        QCOMPARE(c.conflicts.size(), 1);
        QCOMPARE(c.conflicts.first().kind, FactKind::Number);
        QStringList values;
        for (const Claim &claim : c.conflicts.first().claims)
            values.append(claim.text);
        QVERIFY2(values.contains(QStringLiteral("40,000 tonnes")) && values.contains(QStringLiteral("70,000 tonnes")),
                 qPrintable(values.join(u'|')));
    }

    void threadsGiveTheSameReport_data()
    {
        QTest::addColumn<QList<Document>>("documents");
        const QDir articles(QStringLiteral(PARALLAX_SAMPLES_DIR "/holvik-dam-breach/articles"));
        QStringList files;
        for (const QString &name : articles.entryList(QDir::Files, QDir::Name))
            files.append(articles.filePath(name));
        const LoadManyResult samples = loadDocuments(files);
        QVERIFY(samples.errors.isEmpty());
        QCOMPARE(samples.documents.size(), 7);
        QTest::newRow("sample articles") << samples.documents;
        QTest::newRow("30 generated x 800 words") << corpus(30, 800, 77).documents;
        QTest::newRow("2 generated x 20,000 words") << corpus(2, 20000, 78).documents;
    }
    void threadsGiveTheSameReport()
    {
        // Work spread over threads writes to per-item slots: the report must not depend on it.
        QFETCH(QList<Document>, documents);
        CompareOptions options;
        const QByteArray one = toJsonReport(compare(documents, options));
        QVERIFY(one.contains("\"conflicts\""));
        for (int threads : {2, 3, 8}) {
            options.threads = threads;
            QCOMPARE(toJsonReport(compare(documents, options)), one);
        }
    }

    void progressRisesToTheEnd()
    {
        const test::GeneratedCorpus generated = corpus(20, 800, 5);
        for (int threads : {1, 2}) {
            QList<int> seen;
            CompareOptions options;
            options.threads = threads;
            std::mutex lock; // called on the comparing thread only, but the test does not rely on it
            options.progress = [&](int permille) {
                const std::lock_guard<std::mutex> guard(lock);
                seen.append(permille);
            };
            const Comparison c = compare(generated.documents, options);
            QVERIFY(!c.cancelled);
            QVERIFY(seen.size() >= 20); // per document tokenised, per chunk of diffs, per finder
            QCOMPARE(seen.first(), 0);
            QCOMPARE(seen.last(), 1000);
            QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
        }
    }

    void cancelFromProgress()
    {
        // What a window's Cancel button does half-way: the flag is seen at the next step.
        const test::GeneratedCorpus generated = corpus(20, 800, 6);
        std::atomic_bool cancel = false;
        int last = 0;
        CompareOptions options;
        options.threads = 2;
        options.progress = [&](int permille) {
            last = permille;
            if (permille >= 400)
                cancel = true;
        };
        const Comparison c = compare(generated.documents, options, &cancel);
        QVERIFY(c.cancelled);
        QVERIFY(c.groups.isEmpty());
        QVERIFY2(last < 1000, qPrintable(QString::number(last)));
    }
};

QTEST_GUILESS_MAIN(TestCompare)
#include "tst_compare.moc"
