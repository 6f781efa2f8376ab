// Benchmarks of the quote, passage and conflict finders on large generated input: they must
// grow linearly (5,000 quotes in one file, thousands of figures in aligned paragraphs).

#include "engine/conflictfinder.h"
#include "engine/passagefinder.h"
#include "engine/quotefinder.h"

#include <QTest>

using namespace parallax;
using namespace Qt::StringLiterals;

namespace {

Document generated(const QString &id, int paragraphs, int variant)
{
    Document d;
    d.id = id;
    d.published.date = QDate(2024, 3, 3);
    for (int i = 0; i < paragraphs; ++i) {
        const QString text
            = u"\"Statement %1 about the dam and the valley,\" Hale said. Officials said %2 people were evacuated "
              u"and %3 tonnes of grain were stored at 0%4:40, while the agreement was signed on %5 May 2023."_s.arg(i)
                  .arg(1000 + i + variant)
                  .arg(40000 + 10 * i)
                  .arg(3 + variant)
                  .arg(1 + (i + variant) % 28);
        d.paragraphs.append({text, ParagraphRole::Body});
    }
    return d;
}

QList<AlignmentGroup> parallel(int paragraphs, int documents)
{
    QList<AlignmentGroup> groups;
    for (int p = 0; p < paragraphs; ++p) {
        AlignmentGroup g;
        g.id = u'g' + QString::number(p + 1);
        for (int d = 0; d < documents; ++d)
            g.members.append({d, {p}, {}});
        groups.append(g);
    }
    return groups;
}

} // namespace

class BenchFindings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotes()
    {
        const QList<Document> docs = {generated(u"d1"_s, 5000, 0), generated(u"d2"_s, 5000, 1)};
        QList<QuoteCluster> clusters;
        QBENCHMARK
        {
            Vocabulary vocabulary;
            clusters = findQuotes(docs, {}, vocabulary);
        }
        QCOMPARE(clusters.size(), 5000);
    }

    void passages()
    {
        const QList<Document> docs = {generated(u"d1"_s, 5000, 0), generated(u"d2"_s, 5000, 1)};
        QList<SharedPassage> passages;
        QBENCHMARK
        {
            Vocabulary vocabulary;
            passages = findPassages(docs, {}, vocabulary);
        }
        QVERIFY(!passages.isEmpty());
    }

    void conflicts()
    {
        const QList<Document> docs = {generated(u"d1"_s, 2000, 0), generated(u"d2"_s, 2000, 1)};
        const QList<AlignmentGroup> groups = parallel(2000, 2);
        QList<Conflict> conflicts;
        QBENCHMARK
        {
            Vocabulary vocabulary;
            conflicts = findConflicts(docs, {}, groups, vocabulary);
        }
        QVERIFY(!conflicts.isEmpty());
    }
};

QTEST_GUILESS_MAIN(BenchFindings)
#include "bench_findings.moc"
