#include "document/loaddocument.h"
#include "engine/conflictfinder.h"
#include "engine/passagefinder.h"
#include "engine/quotefinder.h"
#include "engine/quotemarks.h"
#include "engine/quotescanner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace parallax;
using namespace Qt::StringLiterals;

namespace {

Document makeDocument(const QString &id, const QStringList &paragraphs)
{
    Document d;
    d.id = id;
    for (const QString &p : paragraphs)
        d.paragraphs.append({p, ParagraphRole::Body});
    return d;
}

// "paragraph|quoted text|speaker|form" for each quotation, the readable form the tables use.
QStringList describe(const Document &d, const QList<DocumentQuote> &quotes)
{
    QStringList out;
    for (const DocumentQuote &q : quotes) {
        const QString form = q.form == QuoteForm::Marked ? QStringLiteral("marked")
            : q.form == QuoteForm::Turn                  ? QStringLiteral("turn")
                                                         : QStringLiteral("indirect");
        out.append(QString::number(q.paragraph) + u'|' + d.paragraphs.at(q.paragraph).text.mid(q.start, q.end - q.start) + u'|'
                   + q.speaker + u'|' + form);
    }
    return out;
}

} // namespace

class TestQuoteFinder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quoteForms_data()
    {
        QTest::addColumn<QStringList>("paragraphs");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("straight") << QStringList {u"\"We will rebuild the dam,\" Hale said."_s}
                                  << QStringList {u"0|We will rebuild the dam,|Hale|marked"_s};
        QTest::newRow("curly") << QStringList {u"\u201CThe water is falling now,\u201D said Mayor Ana Ruiz."_s}
                               << QStringList {u"0|The water is falling now,|Ana Ruiz|marked"_s};
        QTest::newRow("guillemets") << QStringList {u"\u00ABМы восстановим плотину\u00BB, \u2014 сказал Иван Петров."_s}
                                    << QStringList {u"0|Мы восстановим плотину|Иван Петров|marked"_s};
        QTest::newRow("german") << QStringList {u"Hale sagte: \u201EWir bauen den Damm wieder auf\u201C."_s}
                                << QStringList {u"0|Wir bauen den Damm wieder auf||marked"_s};
        QTest::newRow("nested single") << QStringList {u"\"They called it 'a small leak' on Monday,\" Hale said."_s}
                                       << QStringList {u"0|They called it 'a small leak' on Monday,|Hale|marked"_s};
        QTest::newRow("nested german in guillemets")
            << QStringList {u"\u00ABОн назвал это \u201Eмелочью\u201C вчера вечером\u00BB, \u2014 сказал Петров."_s}
            << QStringList {u"0|Он назвал это \u201Eмелочью\u201C вчера вечером|Петров|marked"_s};
        QTest::newRow("apostrophes are not marks")
            << QStringList {u"The outlets' reports don't agree, and Hale's office won't say why."_s} << QStringList {};
        QTest::newRow("scare quotes are not statements")
            << QStringList {u"The so-called \"breach\" was small."_s} << QStringList {};
        QTest::newRow("unbalanced capped at paragraph end")
            << QStringList {u"Hale said: \"the dam will hold for now"_s, u"Officials met in the evening to discuss it."_s}
            << QStringList {u"0|the dam will hold for now|Hale|marked"_s};
        QTest::newRow("multi paragraph") << QStringList {u"\"We worked through the night to close the gap."_s,
                                                         u"\"By morning the water had stopped,\" Hale said."_s}
                                         << QStringList {u"0|We worked through the night to close the gap.|Hale|marked"_s,
                                                         u"1|By morning the water had stopped,|Hale|marked"_s};
        QTest::newRow("multi paragraph speaker first")
            << QStringList {u"Hale said: \u201CWe worked through the night to close the gap."_s,
                            u"\u201CBy morning the water had stopped.\u201D"_s, u"Engineers left at noon on the second day."_s}
            << QStringList {u"0|We worked through the night to close the gap.|Hale|marked"_s,
                            u"1|By morning the water had stopped.|Hale|marked"_s};
        QTest::newRow("inches are not marks")
            << QStringList {u"A 12\" pipe burst near the gate on the east side."_s} << QStringList {};
        QTest::newRow("transcript name") << QStringList {u"Jon Hale: We will repair the dam as fast as possible."_s}
                                         << QStringList {u"0|We will repair the dam as fast as possible.|Jon Hale|turn"_s};
        QTest::newRow("transcript caps") << QStringList {u"HALE: The repairs start tomorrow morning."_s}
                                         << QStringList {u"0|The repairs start tomorrow morning.|Hale|turn"_s};
        QTest::newRow("label is not a turn") << QStringList {u"Update: The repairs start tomorrow morning."_s} << QStringList {};
        QTest::newRow("glued to the sentence before")
            << QStringList {u"The water had receded.\"We made a good strong start,\" Hale said."_s}
            << QStringList {u"0|We made a good strong start,|Hale|marked"_s};
        QTest::newRow("straight and curly in one paragraph")
            << QStringList {u"\"The wall is 2,400 metres long,\" or 7,900 feet, \u201Cand nothing that size has failed,\u201D Hale said."_s}
            << QStringList {u"0|The wall is 2,400 metres long,|Hale|marked"_s,
                            u"0|and nothing that size has failed,|Hale|marked"_s};
    }
    void quoteForms()
    {
        QFETCH(QStringList, paragraphs);
        QFETCH(QStringList, expected);
        const Document d = makeDocument(u"d1"_s, paragraphs);
        QStringList got = describe(d, scanDocumentQuotes(d));
        got.removeIf([](const QString &s) { return s.endsWith(u"|indirect"); });
        QCOMPARE(got, expected);
    }

    void speakers_data()
    {
        QTest::addColumn<QStringList>("paragraphs");
        QTest::addColumn<QString>("speaker"); // of the last marked quotation

        QTest::newRow("X said") << QStringList {u"\"The gate failed at dawn,\" Hale said."_s} << u"Hale"_s;
        QTest::newRow("said X") << QStringList {u"\"The gate failed at dawn,\" said Jon Hale."_s} << u"Jon Hale"_s;
        QTest::newRow("X said that") << QStringList {u"Hale said that \"the gate failed at dawn\"."_s} << u"Hale"_s;
        QTest::newRow("X said colon") << QStringList {u"Jon Hale said: \"The gate failed at dawn.\""_s} << u"Jon Hale"_s;
        QTest::newRow("according to") << QStringList {u"According to Jon Hale, \"the gate failed at dawn\"."_s} << u"Jon Hale"_s;
        QTest::newRow("according to after") << QStringList {u"\"The gate failed at dawn\", according to Jon Hale."_s}
                                            << u"Jon Hale"_s;
        QTest::newRow("noted that") << QStringList {u"Ruiz noted that \"the gate failed at dawn\"."_s} << u"Ruiz"_s;
        QTest::newRow("told reporters") << QStringList {u"Ruiz told reporters: \"The gate failed at dawn.\""_s} << u"Ruiz"_s;
        QTest::newRow("role and name") << QStringList {u"\"The gate failed at dawn,\" said Deputy Minister Jon Hale."_s}
                                       << u"Jon Hale"_s;
        QTest::newRow("surname expands to full name")
            << QStringList {u"Deputy Minister Jon Hale visited the site."_s, u"\"The gate failed at dawn,\" Hale said."_s}
            << u"Jon Hale"_s;
        QTest::newRow("role resolves to name")
            << QStringList {u"Mayor Ana Ruiz arrived at noon."_s, u"\"The gate failed at dawn,\" the mayor said."_s}
            << u"Ana Ruiz"_s;
        QTest::newRow("pronoun") << QStringList {u"\"We are safe now,\" said Ana Ruiz."_s,
                                                 u"\"The gate failed at dawn,\" she said."_s}
                                 << u"Ana Ruiz"_s;
        QTest::newRow("pronoun with transcript")
            << QStringList {u"HALE: The water is going down now."_s, u"\"The gate failed at dawn,\" he added."_s} << u"Hale"_s;
        QTest::newRow("second quote inherits")
            << QStringList {u"\"The gate failed at dawn,\" Hale said. \"Nobody was hurt at all.\""_s} << u"Hale"_s;
        QTest::newRow("russian said") << QStringList {u"\u00ABВода уходит из города\u00BB, \u2014 заявил Петров."_s}
                                      << u"Петров"_s;
        QTest::newRow("russian according") << QStringList {u"По словам Петрова, \u00ABвода уходит из города\u00BB."_s}
                                           << u"Петрова"_s;
        QTest::newRow("description before the name, then a pronoun")
            << QStringList {u"Officials said the water rose by a metre overnight."_s,
                            u"\"It took a chain of failures to flood the harbour,\" flood consultant Marta Vel-Ostrander told the Courier."_s,
                            u"\"The sluice gates are extremely strong,\" she said."_s}
            << u"Marta Vel-Ostrander"_s;
        QTest::newRow("aside between role and name")
            << QStringList {u"\"Blaming the office is simply wrong,\" Port Authority Spokesperson, Lina Corr told reporters."_s}
            << u"Lina Corr"_s;
        QTest::newRow("title with a full stop")
            << QStringList {u"\"We will take it hour by hour,\" Mr. Laan said."_s} << u"Laan"_s;
        QTest::newRow("middle initial")
            << QStringList {u"\"Our careful approach paid off,\" Piet K. Laan, the port director, said."_s} << u"Piet K Laan"_s;
        QTest::newRow("name suffix")
            << QStringList {u"\"Tonight will be a long night,\" said Aron Tamm Jr., the mayor of Velby."_s} << u"Aron Tamm"_s;
        QTest::newRow("name suffix after a comma")
            << QStringList {u"\"Tonight will be a long night,\" said Velby Mayor Aron Tamm, Jr."_s} << u"Aron Tamm"_s;
        QTest::newRow("partial quote in reported speech")
            << QStringList {u"\"Nobody is to blame,\" Spokesperson Lina Corr told reporters."_s,
                            u"She said the office, which residents had called slow, sent \"clear and early warnings to all.\""_s}
            << u"Lina Corr"_s;
        QTest::newRow("subject of a sentence that reports speech")
            << QStringList {u"Port Director Piet Laan opened the briefing by saying that the water should \"not reach the town.\""_s}
            << u"Piet Laan"_s;
        QTest::newRow("role opening a sentence that reports speech")
            << QStringList {u"Mayor Ana Ruiz visited the dam on Monday."_s,
                            u"The mayor, who said last week that the dam was safe, described the breach as \"a failure of "
                            u"every inspection.\""_s}
            << u"Ana Ruiz"_s;
        QTest::newRow("role after an abbreviation, listener is no speaker")
            << QStringList {u"E.U. Commissioner Nora Lind arrived on Monday."_s,
                            u"The E.U. commissioner told Hale: \"We will pay for the new gate.\""_s}
            << u"Nora Lind"_s;
        QTest::newRow("unknown") << QStringList {u"\"The gate failed at dawn,\" the statement read."_s} << QString();
        QTest::newRow("place is not a speaker")
            << QStringList {u"Officials in Kyiv said: \"The gate failed at dawn.\""_s} << QString();
    }
    void speakers()
    {
        QFETCH(QStringList, paragraphs);
        QFETCH(QString, speaker);
        const Document d = makeDocument(u"d1"_s, paragraphs);
        QList<DocumentQuote> quotes = scanDocumentQuotes(d);
        quotes.removeIf([](const DocumentQuote &q) { return q.form == QuoteForm::Indirect; });
        QVERIFY(!quotes.isEmpty());
        QCOMPARE(quotes.last().speaker, speaker);
    }

    void nextQuoteKeepsItsAttribution()
    {
        // The words after a quotation that closed its sentence introduce the next quotation.
        const Document d = makeDocument(
            u"d1"_s,
            {u"Hale said the gates must \"stay shut all winter.\" Ruiz replied by saying, \"We will open them at dawn.\""_s});
        QStringList got = describe(d, scanDocumentQuotes(d));
        got.removeIf([](const QString &s) { return s.endsWith(u"|indirect"); });
        QCOMPARE(got, (QStringList {u"0|stay shut all winter.|Hale|marked"_s, u"0|We will open them at dawn.|Ruiz|marked"_s}));
    }

    void indirectSpeech()
    {
        const Document d = makeDocument(u"d1"_s, {u"Jon Hale said the dam would be repaired as fast as possible."_s});
        const QList<DocumentQuote> quotes = scanDocumentQuotes(d);
        QCOMPARE(describe(d, quotes), QStringList {u"0|the dam would be repaired as fast as possible|Jon Hale|indirect"_s});
    }

    void clusters()
    {
        const QList<Document> docs = {
            makeDocument(u"d1"_s,
                         {u"\"We will repair the dam as quickly as we can,\" Deputy Minister Jon Hale said."_s,
                          u"\u201CNo one in the valley is in danger tonight,\u201D Hale added."_s}),
            makeDocument(u"d2"_s,
                         {u"Hale said: \u201CNo one in the valley is in danger tonight.\u201D"_s,
                          u"\"We will repair the dam as fast as possible,\" Hale said."_s}),
            makeDocument(u"d3"_s,
                         {u"JON HALE: We will repair the dam as fast as possible."_s,
                          u"\"Something entirely different was said here today,\" said Ana Ruiz."_s}),
            makeDocument(u"d4"_s, {u"Hale said the dam would be repaired as fast as possible, and left."_s}),
        };
        Vocabulary vocabulary;
        const QList<QuoteCluster> clusters = findQuotes(docs, {}, vocabulary);
        QCOMPARE(clusters.size(), 3);
        QCOMPARE(clusters[0].id, u"q1"_s);
        QCOMPARE(clusters[0].occurrences.size(), 4);
        QVERIFY(!clusters[0].verbatim);
        QCOMPARE(clusters[0].speaker, u"Jon Hale"_s);
        QVERIFY(clusters[0].differingWords.contains(u"quickly"_s));
        QVERIFY(clusters[0].differingWords.contains(u"fast"_s));
        QVERIFY(!clusters[0].differingWords.contains(u"dam"_s));
        const TextOccurrence &last = clusters[0].occurrences.last();
        QCOMPARE(last.document, 3);
        QCOMPARE(last.text, u"the dam would be repaired as fast as possible, and left"_s);
        QCOMPARE(clusters[1].occurrences.size(), 2);
        QVERIFY(clusters[1].verbatim);
        QCOMPARE(clusters[1].occurrences[0].text, u"No one in the valley is in danger tonight,"_s);
        QCOMPARE(clusters[1].occurrences[0].start, 1);
        QCOMPARE(clusters[2].occurrences.size(), 1);
        QCOMPARE(clusters[2].speaker, u"Ana Ruiz"_s);
    }

    void variants_data()
    {
        QTest::addColumn<QStringList>("first"); // paragraphs of two documents
        QTest::addColumn<QStringList>("second");
        QTest::addColumn<int>("shared"); // clusters quoted by both

        QTest::newRow("acronym spelt out")
            << QStringList {u"CEO Oskar Brandt stated, \"Whatever caused the failure, I feel deeply responsible as the chief "
                            u"executive officer. Once again I apologise to every family that lost a home.\""_s}
            << QStringList {u"\"Whatever the cause, I take full responsibility as the CEO,\" Brandt said."_s} << 1;
        QTest::newRow("short part of a longer quote")
            << QStringList {u"\"We have to make sure that the water from the flooded basin does not reach the town. Everything "
                            u"else can wait,\" Port Director Piet Laan said."_s}
            << QStringList {u"Laan opened the briefing by saying that the water should \"not reach the town.\""_s} << 1;
        QTest::newRow("the same short words from someone else")
            << QStringList {u"\"We have to make sure that the water from the flooded basin does not reach the town. Everything "
                            u"else can wait,\" Port Director Piet Laan said."_s}
            << QStringList {u"Mayor Aron Tamm said the water should \"not reach the town.\""_s} << 0;
        QTest::newRow("cut off by the end of the copy")
            << QStringList {u"\"The wall held for nine hours before it broke,\" an engineer said."_s}
            << QStringList {u"Storm damage was worst in the east."_s, u"\"The wall held for nine"_s} << 1;
        QTest::newRow("left open, but the copy goes on")
            << QStringList {u"\"The wall held for nine hours before it broke,\" an engineer said."_s}
            << QStringList {u"\"The wall held for nine"_s, u"Storm damage was worst in the east."_s} << 0;
        QTest::newRow("digits grouped by a blank")
            << QStringList {u"\"The wall is 2 400 metres long,\" an engineer said."_s}
            << QStringList {u"\"The wall is 2,400 metres long and older than the town,\" the operator said."_s} << 1;
        QTest::newRow("glued quote and a title with a full stop")
            << QStringList {u"The water had receded.\"We made a good strong start and I am pleased with the crews,\" Laan said."_s}
            << QStringList {u"\"We are going to take it hour by hour,\" Mr. Laan said. \"We made a good, strong start to this, "
                            u"and that is a sign the crews know the harbour.\""_s}
            << 1;
        QTest::newRow("name suffix")
            << QStringList {u"\"People need to know tonight will be a long night,\" said Aron Tamm Jr., the mayor of Velby."_s}
            << QStringList {u"\"People need to know - tonight will be a long night,\" said Velby Mayor Aron Tamm, Jr."_s} << 1;
        QTest::newRow("name transliterated two ways")
            << QStringList {u"\"We will rebuild the harbour wall before winter,\" said Cho Dae-won."_s}
            << QStringList {u"\"We will rebuild the harbour wall before the winter,\" said Cho Dae-weon."_s} << 1;
        QTest::newRow("another person of the same surname")
            << QStringList {u"\"We will rebuild the harbour wall before winter,\" said Cho Dae-won."_s}
            << QStringList {u"\"We will rebuild the harbour wall before the winter,\" said Lim Dae-weon."_s} << 0;
    }
    void variants()
    {
        QFETCH(QStringList, first);
        QFETCH(QStringList, second);
        QFETCH(int, shared);
        const QList<Document> docs = {makeDocument(u"d1"_s, first), makeDocument(u"d2"_s, second)};
        Vocabulary vocabulary;
        int both = 0;
        QStringList seen;
        for (const QuoteCluster &c : findQuotes(docs, {}, vocabulary)) {
            QSet<int> in;
            for (const TextOccurrence &o : c.occurrences)
                in.insert(o.document);
            both += in.size() == 2 ? 1 : 0;
            seen.append(c.speaker + u": "_s + c.occurrences.first().text);
        }
        QVERIFY2(both == shared, qPrintable(seen.join(u" | "_s)));
    }

    void fixtureCorpus()
    {
        // Invented articles with the patterns of real coverage (see tests/data/engine/quotes/README.md).
        const QDir dir(QStringLiteral(PARALLAX_TEST_DATA_DIR "/engine/quotes"));
        const QStringList files = dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 4);
        QStringList paths;
        for (const QString &f : files)
            paths.append(dir.filePath(f));
        const LoadManyResult loaded = loadDocuments(paths);
        QVERIFY(loaded.errors.isEmpty());
        Vocabulary vocabulary;
        const QList<QuoteCluster> clusters = findQuotes(loaded.documents, {}, vocabulary);
        QFile file(dir.filePath(u"expected.json"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray expected = QJsonDocument::fromJson(file.readAll()).object().value(u"quotes").toArray();
        QVERIFY(!expected.isEmpty());
        auto docsOf = [&](const QuoteCluster &c, const QString &needle) {
            QSet<QString> names;
            for (const TextOccurrence &o : c.occurrences) {
                if (needle.isEmpty() || o.text.contains(needle, Qt::CaseInsensitive))
                    names.insert(files.at(o.document));
            }
            return names;
        };
        for (const QJsonValue &v : expected) {
            const QJsonObject e = v.toObject();
            const QString needle = e.value(u"needle").toString();
            QSet<QString> want;
            for (const QJsonValue &d : e.value(u"docs").toArray())
                want.insert(d.toString());
            const QString speaker = e.value(u"speaker").toString();
            bool found = false;
            for (const QuoteCluster &c : clusters) {
                if (!docsOf(c, needle).contains(want) || !c.speaker.contains(speaker))
                    continue;
                found = true;
                for (const QJsonValue &d : e.value(u"not_docs").toArray())
                    QVERIFY2(!docsOf(c, QString()).contains(d.toString()), qPrintable(needle + u" in "_s + d.toString()));
            }
            QVERIFY2(found, qPrintable(needle));
        }
    }

    void outlierQuotesStayAlone()
    {
        // The first document is about another event: the same words there are another occasion.
        const QString said = u"\"It is good to see you again, my friend,\" Hale said."_s;
        const QList<Document> docs
            = {makeDocument(u"d1"_s, {said}), makeDocument(u"d2"_s, {said}), makeDocument(u"d3"_s, {said})};
        Vocabulary vocabulary;
        QuoteFinderOptions options;
        options.isolatedDocuments = {0};
        const QList<QuoteCluster> clusters = findQuotes(docs, {}, vocabulary, options);
        QCOMPARE(clusters.size(), 2);
        QCOMPARE(clusters[0].occurrences.size(), 2);
        QCOMPARE(clusters[0].occurrences[0].document, 1);
        QCOMPARE(clusters[1].occurrences.size(), 1);
        QCOMPARE(clusters[1].occurrences[0].document, 0);
    }

    void differentSpeakersDoNotCluster()
    {
        const QList<Document> docs = {
            makeDocument(u"d1"_s, {u"\"The dam will hold through the night,\" Hale said."_s}),
            makeDocument(u"d2"_s, {u"\"The dam will hold through the night,\" Ruiz said."_s}),
        };
        Vocabulary vocabulary;
        QCOMPARE(findQuotes(docs, {}, vocabulary).size(), 2);
    }

    void manyQuotesStayFast()
    {
        QStringList paragraphs;
        QString big;
        for (int i = 0; i < 5000; ++i)
            big += u"\"Statement number "_s + QString::number(i) + u" about the dam,\" Hale said. "_s;
        paragraphs.append(big);
        // An opening mark that never closes must not swallow the paragraphs after it.
        paragraphs.append(u"\u201Cunbalanced words "_s + u"and more words "_s.repeated(2000));
        paragraphs.append(u"\"A quote of its own after the unbalanced one,\" Ruiz said."_s);
        const QList<Document> docs = {makeDocument(u"d1"_s, paragraphs), makeDocument(u"d2"_s, paragraphs)};
        Vocabulary vocabulary;
        QElapsedTimer timer;
        timer.start();
        const QList<QuoteCluster> clusters = findQuotes(docs, {}, vocabulary);
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(clusters.size(), 5002);
        QCOMPARE(clusters.first().occurrences.size(), 2);
        QCOMPARE(clusters.last().occurrences.size(), 2);
        QCOMPARE(clusters.last().occurrences.first().paragraph, 2);
        QCOMPARE(clusters.last().speaker, u"Ruiz"_s);
    }

    void pathologicalInputStaysFast()
    {
        // Thousands of openers that never close, and reported speech without a single full stop.
        const QList<Document> docs = {
            makeDocument(u"d1"_s,
                         {u"\u00AB"_s.repeated(20000) + u" words"_s, u"Hale said the dam was fine and "_s.repeated(5000)}),
            makeDocument(u"d2"_s, {u"\u201E\u201C\"\u201D\u00BB"_s.repeated(10000)}),
        };
        Vocabulary vocabulary;
        QElapsedTimer timer;
        timer.start();
        const QList<QuoteCluster> clusters = findQuotes(docs, {}, vocabulary);
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
        for (const QuoteCluster &c : clusters) {
            for (const TextOccurrence &o : c.occurrences)
                QVERIFY(o.start >= 0 && o.end <= docs[o.document].paragraphs[o.paragraph].text.size() && o.start < o.end);
        }
    }

    void randomInputNeverCrashes()
    {
        // Fragments the finders react to, shuffled with a fixed seed: every result must point inside its paragraph.
        const QStringList pieces = {u"\""_s,
                                    u"\u201C"_s,
                                    u"\u201D"_s,
                                    u"\u201E"_s,
                                    u"\u00AB"_s,
                                    u"\u00BB"_s,
                                    u"'"_s,
                                    u"Hale said"_s,
                                    u"said Jon Hale"_s,
                                    u"he said"_s,
                                    u"according to"_s,
                                    u"HALE:"_s,
                                    u"Deputy Minister"_s,
                                    u"12,000"_s,
                                    u"about"_s,
                                    u"more than"_s,
                                    u"€2.4m"_s,
                                    u"%"_s,
                                    u"03:40"_s,
                                    u"9 a.m."_s,
                                    u"GMT"_s,
                                    u"4 May 2023"_s,
                                    u"killed"_s,
                                    u"tonnes"_s,
                                    u"."_s,
                                    u","_s,
                                    u":"_s,
                                    u"\n"_s,
                                    u" "_s,
                                    u"—"_s,
                                    u"http://x.example/1"_s,
                                    u"the dam"_s};
        const int seed
            = qEnvironmentVariableIsSet("PARALLAX_FUZZ_SEED") ? qEnvironmentVariableIntValue("PARALLAX_FUZZ_SEED") : 42;
        QRandomGenerator random {quint32(seed)};
        QList<Document> docs;
        for (int d = 0; d < 3; ++d) {
            QStringList paragraphs;
            for (int p = 0; p < 40; ++p) {
                QString text;
                const int n = random.bounded(60);
                for (int k = 0; k < n; ++k)
                    text += pieces[random.bounded(int(pieces.size()))] + u' ';
                paragraphs.append(text);
            }
            docs.append(makeDocument(u"d"_s + QString::number(d), paragraphs));
        }
        auto inside = [&](int document, int paragraph, int start, int end) {
            return document >= 0 && document < docs.size() && paragraph >= 0 && paragraph < docs[document].paragraphs.size()
                && 0 <= start && start < end && end <= docs[document].paragraphs[paragraph].text.size();
        };
        Vocabulary vocabulary;
        for (const QuoteCluster &c : findQuotes(docs, {}, vocabulary)) {
            QCOMPARE(c.forms.size(), c.occurrences.size());
            for (const TextOccurrence &o : c.occurrences)
                QVERIFY(inside(o.document, o.paragraph, o.start, o.end));
        }
        for (const SharedPassage &p : findPassages(docs, {}, vocabulary)) {
            for (const TextOccurrence &o : p.occurrences)
                QVERIFY(inside(o.document, o.paragraph, o.start, o.end));
        }
        QList<AlignmentGroup> groups;
        for (int p = 0; p < 40; ++p)
            groups.append({u"g"_s + QString::number(p), {{0, {p}, {}}, {1, {p}, {}}, {2, {p}, {}}}, 1.0, 0, p});
        for (const Conflict &c : findConflicts(docs, {}, groups, vocabulary)) {
            QVERIFY(c.claims.size() >= 2);
            for (const Claim &cl : c.claims) {
                QVERIFY(inside(cl.document, cl.paragraph, cl.start, cl.end));
                QCOMPARE(cl.text, docs[cl.document].paragraphs[cl.paragraph].text.mid(cl.start, cl.end - cl.start));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestQuoteFinder)
#include "tst_quotefinder.moc"
