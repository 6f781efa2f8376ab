// Runs the quote and conflict finders on the bundled sample corpora (after compare() has aligned
// them) and measures them against expected.json: precision and recall of shared quotes and of
// conflicts, and that no listed non-conflict is flagged.

#include "document/loaddocument.h"
#include "engine/compare.h"
#include "engine/conflictfinder.h"
#include "engine/passagefinder.h"
#include "engine/quotefinder.h"
#include "engine/timeline.h"
#include "samplecorpus.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace parallax;
using namespace parallax::testing;

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString();
}

QJsonArray arr(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toArray();
}

struct Loaded
{
    QList<Document> documents;
    QHash<QString, int> byFile;
    Comparison comparison;
    Vocabulary vocabulary;
    QList<TokenizedDocument> tokens;
};

void load(const SampleCorpus &corpus, Loaded *out)
{
    QStringList paths;
    QStringList files;
    for (const QJsonValue &v : arr(corpus.expected, "articles")) {
        files.append(str(v.toObject(), "file"));
        paths.append(corpus.articlePath(files.last()));
    }
    const LoadManyResult loaded = loadDocuments(paths);
    QVERIFY2(loaded.errors.isEmpty(), "every sample article loads");
    out->documents = loaded.documents;
    for (int i = 0; i < files.size(); ++i)
        out->byFile.insert(files[i], i);
    out->comparison = compare(out->documents);
    Tokenizer tokenizer(out->vocabulary);
    for (const Document &d : std::as_const(out->documents)) {
        TokenizedDocument td;
        for (const Paragraph &p : d.paragraphs)
            td.paragraphs.append(p.role == ParagraphRole::Boilerplate ? QList<Token>() : tokenizer.tokenize(p.text));
        out->tokens.append(td);
    }
}

// Does the range [start, end) of paragraph `paragraph` of document `doc` touch the snippet?
bool touches(const Loaded &l, int doc, int paragraph, int start, int end, const QJsonObject &ref)
{
    if (l.byFile.value(str(ref, "file"), -1) != doc)
        return false;
    const QString &text = l.documents.at(doc).paragraphs.at(paragraph).text;
    const QString snippet = str(ref, "snippet");
    for (qsizetype at = text.indexOf(snippet); at >= 0; at = text.indexOf(snippet, at + 1)) {
        if (at < end && at + snippet.size() > start)
            return true;
    }
    return false;
}

bool occurrenceMatches(const Loaded &l, const TextOccurrence &o, const QJsonObject &ref)
{
    return touches(l, o.document, o.paragraph, o.start, o.end, ref);
}

bool claimMatches(const Loaded &l, const Claim &c, const QJsonObject &ref)
{
    return touches(l, c.document, c.paragraph, c.start, c.end, ref);
}

QString describe(const Loaded &l, const Conflict &c)
{
    QStringList parts;
    for (const Claim &cl : c.claims)
        parts.append(l.documents.at(cl.document).id + u':' + QString::number(cl.paragraph) + u" \"" + cl.text + u"\"=" + cl.value
                     + u" r" + QString::number(cl.reading));
    return c.id + u' ' + factKindName(c.kind) + u" [" + c.subject + u"] " + parts.join(u"; ");
}

QString describe(const Loaded &l, const QuoteCluster &q)
{
    QStringList parts;
    for (const TextOccurrence &o : q.occurrences)
        parts.append(l.documents.at(o.document).id + u':' + QString::number(o.paragraph) + u" \"" + o.text.left(50) + u'"');
    return q.id + (q.verbatim ? u" verbatim [" : u" variant [") + q.speaker + u"] " + parts.join(u"; ");
}

int documentCount(const QuoteCluster &q, bool directOnly = false)
{
    QSet<int> docs;
    for (int i = 0; i < q.occurrences.size(); ++i) {
        if (!directOnly || q.forms.value(i) != u"indirect")
            docs.insert(q.occurrences[i].document);
    }
    return int(docs.size());
}

} // namespace

class TestSampleFindings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpora_data()
    {
        QTest::addColumn<int>("index");
        const QList<SampleCorpus> corpora = SampleCorpus::all();
        QVERIFY(!corpora.isEmpty());
        for (int i = 0; i < corpora.size(); ++i)
            QTest::newRow(qPrintable(corpora[i].dir.section(u'/', -1))) << i;
    }

    void corpora()
    {
        QFETCH(int, index);
        const SampleCorpus corpus = SampleCorpus::all().at(index);
        Loaded l;
        load(corpus, &l);
        if (QTest::currentTestFailed())
            return;
        const bool verbose = qEnvironmentVariableIsSet("PARALLAX_VERBOSE");
        QCOMPARE_GT(l.comparison.groups.size(), 0);

        // Quotes: clusters quoted directly (marks or transcript) in two or more documents against the
        // expected shared statements, which list only such. A turn that one other outlet reports in
        // indirect speech is a cluster too, but not a "shared quotation" here; it is counted apart.
        const QList<QuoteCluster> clusters = findQuotes(l.documents, l.tokens, l.vocabulary);
        const QJsonArray expectedQuotes = arr(corpus.expected, "quotes");
        int sharedFound = 0;
        int sharedCorrect = 0;
        QSet<int> quotesRecalled;
        int occurrencesExpected = 0;
        int occurrencesFound = 0;
        int reportedOnly = 0;
        for (const QuoteCluster &q : clusters) {
            if (documentCount(q) < 2) {
                if (verbose)
                    qInfo().noquote() << "single:" << describe(l, q);
                continue;
            }
            if (documentCount(q, true) < 2) {
                ++reportedOnly;
                if (verbose)
                    qInfo().noquote() << "reported only:" << describe(l, q);
                continue;
            }
            ++sharedFound;
            if (verbose)
                qInfo().noquote() << describe(l, q);
            for (int e = 0; e < expectedQuotes.size(); ++e) {
                int hits = 0;
                for (const QJsonValue &ref : arr(expectedQuotes[e].toObject(), "occurrences")) {
                    for (const TextOccurrence &o : q.occurrences)
                        hits += occurrenceMatches(l, o, ref.toObject()) ? 1 : 0;
                }
                if (hits >= 2) {
                    ++sharedCorrect;
                    quotesRecalled.insert(e);
                    break;
                }
            }
        }
        for (const QJsonValue &eq : expectedQuotes) {
            for (const QJsonValue &ref : arr(eq.toObject(), "occurrences")) {
                ++occurrencesExpected;
                bool found = false;
                for (const QuoteCluster &q : clusters) {
                    if (documentCount(q) < 2)
                        continue;
                    for (const TextOccurrence &o : q.occurrences)
                        found = found || occurrenceMatches(l, o, ref.toObject());
                }
                occurrencesFound += found ? 1 : 0;
            }
        }
        const double quotePrecision = sharedFound ? double(sharedCorrect) / sharedFound : 1.0;
        const double quoteRecall = expectedQuotes.isEmpty() ? 1.0 : double(quotesRecalled.size()) / expectedQuotes.size();
        qInfo("quotes: precision %.2f (%d of %d shared clusters), recall %.2f (%d of %d), occurrences %d of %d; "
              "%d more clusters of one quotation and its indirect rendering",
              quotePrecision, sharedCorrect, sharedFound, quoteRecall, int(quotesRecalled.size()), int(expectedQuotes.size()),
              occurrencesFound, occurrencesExpected, reportedOnly);

        // The decoy promise of another official must not join a cluster of the one it resembles.
        for (const QJsonValue &d : arr(corpus.expected, "quote_decoys")) {
            for (const QuoteCluster &q : clusters) {
                bool decoy = false;
                for (const TextOccurrence &o : q.occurrences)
                    decoy = decoy || occurrenceMatches(l, o, d.toObject());
                if (decoy)
                    QVERIFY2(documentCount(q) == 1, qPrintable(describe(l, q)));
            }
        }

        // Conflicts: matched when two claims with different expected values are found in one conflict.
        // Outliers are not passed on: documents that share no aligned paragraph are kept apart anyway.
        const QList<Conflict> conflicts = findConflicts(l.documents, l.tokens, l.comparison.groups, l.vocabulary);
        const QJsonArray expectedConflicts = arr(corpus.expected, "conflicts");
        QSet<int> conflictsRecalled;
        int conflictsCorrect = 0;
        QStringList falseAlarms;
        for (const Conflict &c : conflicts) {
            if (verbose)
                qInfo().noquote() << describe(l, c);
            bool correct = false;
            for (int e = 0; e < expectedConflicts.size(); ++e) {
                const QJsonObject ec = expectedConflicts[e].toObject();
                if (str(ec, "kind") != factKindName(c.kind))
                    continue;
                QSet<QString> values;
                for (const QJsonValue &ref : arr(ec, "claims")) {
                    for (const Claim &cl : c.claims) {
                        if (claimMatches(l, cl, ref.toObject()))
                            values.insert(str(ref.toObject(), "value"));
                    }
                }
                if (values.size() >= 2) {
                    correct = true;
                    conflictsRecalled.insert(e);
                }
            }
            conflictsCorrect += correct ? 1 : 0;
            if (!correct)
                falseAlarms.append(describe(l, c));
        }
        const double conflictPrecision = conflicts.isEmpty() ? 1.0 : double(conflictsCorrect) / conflicts.size();
        const double conflictRecall
            = expectedConflicts.isEmpty() ? 1.0 : double(conflictsRecalled.size()) / expectedConflicts.size();
        qInfo("conflicts: precision %.2f (%d of %d), recall %.2f (%d of %d)", conflictPrecision, conflictsCorrect,
              int(conflicts.size()), conflictRecall, int(conflictsRecalled.size()), int(expectedConflicts.size()));
        for (const QString &f : std::as_const(falseAlarms))
            qInfo().noquote() << "false alarm:" << f;
        for (int e = 0; e < expectedConflicts.size(); ++e) {
            if (!conflictsRecalled.contains(e))
                qInfo().noquote() << "missed:" << str(expectedConflicts[e].toObject(), "subject");
        }

        // Non-conflicts: no conflict may put two of their claims in different readings.
        for (const QJsonValue &nv : arr(corpus.expected, "non_conflicts")) {
            const QJsonObject nc = nv.toObject();
            for (const Conflict &c : conflicts) {
                QSet<int> readings;
                for (const QJsonValue &ref : arr(nc, "claims")) {
                    for (const Claim &cl : c.claims) {
                        if (claimMatches(l, cl, ref.toObject()))
                            readings.insert(cl.reading);
                    }
                }
                QVERIFY2(readings.size() <= 1, qPrintable(str(nc, "why") + u" flagged by " + describe(l, c)));
            }
        }

        // Shared passages: every expected reused passage is found between the outlets named.
        const QList<SharedPassage> passages = findPassages(l.documents, l.tokens, l.vocabulary);
        for (const QJsonValue &pv : arr(corpus.expected, "passages")) {
            const QString text = str(pv.toObject(), "text");
            bool found = false;
            for (const SharedPassage &p : passages) {
                int hits = 0;
                for (const TextOccurrence &o : p.occurrences)
                    hits += text.contains(o.text) || o.text.contains(text) ? 1 : 0;
                found = found || hits >= 2;
            }
            QVERIFY2(found, qPrintable(text));
        }

        QVERIFY(quotePrecision >= 0.9);
        QVERIFY(quoteRecall >= 0.9);
        QCOMPARE(conflictsRecalled.size(), expectedConflicts.size());
        QVERIFY2(falseAlarms.size() <= 1, qPrintable(falseAlarms.join(u'\n')));
        QVERIFY(conflictPrecision >= 0.9 || conflicts.size() < 10);
    }
    void timeline_data() { corpora_data(); }

    // The time line of compare(): each expected conflict's verdict (an update, a contradiction, or
    // unknown when the times cannot tell), the toll's summary, the publication windows, and who
    // published each reused passage first.
    void timeline()
    {
        QFETCH(int, index);
        const SampleCorpus corpus = SampleCorpus::all().at(index);
        Loaded l;
        load(corpus, &l);
        const Comparison &c = l.comparison;
        QCOMPARE(c.timeline.conflicts.size(), c.conflicts.size());
        for (const QJsonValue &ev : arr(corpus.expected, "conflicts")) {
            const QJsonObject ec = ev.toObject();
            if (!ec.contains(u"verdict"))
                continue;
            int found = -1;
            for (int k = 0; k < c.conflicts.size() && found < 0; ++k) {
                QSet<QString> values;
                for (const QJsonValue &ref : arr(ec, "claims")) {
                    for (const Claim &cl : c.conflicts[k].claims) {
                        if (claimMatches(l, cl, ref.toObject()))
                            values.insert(str(ref.toObject(), "value"));
                    }
                }
                if (values.size() >= 2)
                    found = k;
            }
            QVERIFY2(found >= 0, qPrintable(str(ec, "subject")));
            const ConflictTimeline &t = c.timeline.conflicts.at(found);
            QCOMPARE(t.conflict, found);
            QVERIFY2(verdictName(t.verdict) == str(ec, "verdict"),
                     qPrintable(str(ec, "subject") + u": " + verdictName(t.verdict) + u", " + t.summary));
            for (const QJsonValue &part : arr(ec, "summary_contains"))
                QVERIFY2(t.summary.contains(part.toString()), qPrintable(t.summary));
            if (t.verdict == ConflictVerdict::Updated) {
                QVERIFY(t.fromClaim >= 0 && t.toClaim >= 0);
                const auto windowOf
                    = [&](int claim) { return c.timeline.publications.at(c.conflicts[found].claims.at(claim).document); };
                QVERIFY(windowOf(t.fromClaim).before(windowOf(t.toClaim)));
            }
        }
        for (const QJsonValue &pv : arr(corpus.expected, "publications")) {
            const QJsonObject ep = pv.toObject();
            const int d = l.byFile.value(str(ep, "file"), -1);
            QVERIFY(d >= 0);
            const PublicationWindow &w = c.timeline.publications.at(d);
            QCOMPARE(w.precision == PublicationWindow::Precision::Minute ? QStringLiteral("minute") : QStringLiteral("day"),
                     str(ep, "precision"));
            QCOMPARE(w.zoneKnown, ep.value(u"zone").toBool());
            if (ep.contains(u"utc"))
                QCOMPARE(w.start.toString(Qt::ISODate), str(ep, "utc"));
        }
        for (const QJsonValue &pv : arr(corpus.expected, "passages")) {
            const QJsonObject ep = pv.toObject();
            const QString text = str(ep, "text");
            bool checked = false;
            for (const OriginOrder &o : c.timeline.origins) {
                if (o.item != OriginOrder::Item::Passage)
                    continue;
                const SharedPassage &p = c.passages.at(o.index);
                if (!std::any_of(p.occurrences.cbegin(), p.occurrences.cend(),
                                 [&](const TextOccurrence &occ) { return text.contains(occ.text) || occ.text.contains(text); }))
                    continue;
                checked = true;
                QCOMPARE(o.origin, l.byFile.value(str(ep, "origin"), -1));
                QList<int> same;
                for (const QJsonValue &f : arr(ep, "same_wording"))
                    same.append(l.byFile.value(f.toString(), -1));
                QCOMPARE(o.sameWording, same);
            }
            QVERIFY2(checked, qPrintable(text));
        }
    }
};

QTEST_GUILESS_MAIN(TestSampleFindings)
#include "tst_samplefindings.moc"
