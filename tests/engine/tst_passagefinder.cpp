#include "engine/passagefinder.h"

#include <QTest>

using namespace parallax;
using namespace Qt::StringLiterals;

namespace {

Document makeDocument(const QString &id, const QStringList &paragraphs, ParagraphRole role = ParagraphRole::Body)
{
    Document d;
    d.id = id;
    for (const QString &p : paragraphs)
        d.paragraphs.append({p, role});
    return d;
}

QList<TokenizedDocument> tokenize(const QList<Document> &docs, Vocabulary &vocabulary)
{
    Tokenizer tokenizer(vocabulary);
    QList<TokenizedDocument> out;
    for (const Document &d : docs) {
        TokenizedDocument td;
        for (const Paragraph &p : d.paragraphs)
            td.paragraphs.append(p.role == ParagraphRole::Boilerplate ? QList<Token> {} : tokenizer.tokenize(p.text));
        out.append(td);
    }
    return out;
}

// "document:paragraph:text" of each occurrence, passages separated by " || ".
QString describe(const QList<SharedPassage> &passages)
{
    QStringList out;
    for (const SharedPassage &p : passages) {
        QStringList occ;
        for (const TextOccurrence &o : p.occurrences)
            occ.append(QString::number(o.document) + u':' + QString::number(o.paragraph) + u':' + o.text);
        out.append(occ.join(u" | "));
    }
    return out.join(u" || ");
}

} // namespace

class TestPassageFinder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passages_data()
    {
        QTest::addColumn<QStringList>("a");
        QTest::addColumn<QStringList>("b");
        QTest::addColumn<QString>("expected");

        QTest::newRow("shared sentence")
            << QStringList {u"Officials said heavy rain and melting snow had pushed the reservoir up. Then it broke."_s}
            << QStringList {u"Intro."_s, u"By Sunday heavy rain and melting snow had pushed the reservoir up, they said."_s}
            << u"0:0:heavy rain and melting snow had pushed the reservoir up | 1:1:heavy rain and melting snow had pushed the reservoir up"_s;
        QTest::newRow("seven tokens are not enough")
            << QStringList {u"We saw heavy rain and melting snow push it over."_s}
            << QStringList {u"They had heavy rain and melting snow push it before."_s} << QString();
        QTest::newRow("case and punctuation ignored")
            << QStringList {u"Heavy rain, and melting snow, had pushed the reservoir to its limit."_s}
            << QStringList {u"heavy rain and melting snow had pushed the reservoir to its limit"_s}
            << u"0:0:Heavy rain, and melting snow, had pushed the reservoir to its limit | 1:0:heavy rain and melting snow had pushed the reservoir to its limit"_s;
        QTest::newRow("quoted text is not a passage")
            << QStringList {u"\"Heavy rain and melting snow had pushed the reservoir to its limit,\" he said."_s}
            << QStringList {u"\u201CHeavy rain and melting snow had pushed the reservoir to its limit,\u201D she said."_s}
            << QString();
        QTest::newRow("quote splits a run")
            << QStringList {u"one two three four five six seven eight \"quoted words here\" nine ten"_s}
            << QStringList {u"one two three four five six seven eight nine ten"_s}
            << u"0:0:one two three four five six seven eight | 1:0:one two three four five six seven eight"_s;
        QTest::newRow("transcript turn is speech")
            << QStringList {u"Jon Hale: heavy rain and melting snow had pushed the reservoir to its limit."_s}
            << QStringList {u"Heavy rain and melting snow had pushed the reservoir to its limit."_s} << QString();
    }
    void passages()
    {
        QFETCH(QStringList, a);
        QFETCH(QStringList, b);
        QFETCH(QString, expected);
        const QList<Document> docs = {makeDocument(u"d1"_s, a), makeDocument(u"d2"_s, b)};
        Vocabulary vocabulary;
        const QList<TokenizedDocument> tokens = tokenize(docs, vocabulary);
        QCOMPARE(describe(findPassages(docs, tokens, vocabulary)), expected);
    }

    void overlappingRunsMerge()
    {
        const QList<Document> docs = {
            makeDocument(u"d1"_s, {u"a1 a2 a3 a4 a5 a6 a7 a8 a9 a10 a11 a12 a13 a14 a15 a16 a17 a18 a19 a20"_s}),
            makeDocument(u"d2"_s, {u"x a1 a2 a3 a4 a5 a6 a7 a8 a9 a10 y"_s}),
            makeDocument(u"d3"_s, {u"z a8 a9 a10 a11 a12 a13 a14 a15 a16 w"_s}),
        };
        Vocabulary vocabulary;
        const QList<SharedPassage> passages = findPassages(docs, tokenize(docs, vocabulary), vocabulary);
        QCOMPARE(passages.size(), 1);
        QCOMPARE(passages[0].id, u"p1"_s);
        QCOMPARE(passages[0].occurrences.size(), 3);
        QCOMPARE(passages[0].occurrences[0].text, u"a1 a2 a3 a4 a5 a6 a7 a8 a9 a10 a11 a12 a13 a14 a15 a16"_s);
        QCOMPARE(passages[0].occurrences[0].start, 0);
        QCOMPARE(passages[0].occurrences[1].document, 1);
        QCOMPARE(passages[0].occurrences[1].start, 2);
        QCOMPARE(passages[0].occurrences[2].text, u"a8 a9 a10 a11 a12 a13 a14 a15 a16"_s);
    }

    void boilerplateIgnored()
    {
        const QString line = u"Subscribe to our newsletter for daily updates from the valley"_s;
        const QList<Document> docs = {makeDocument(u"d1"_s, {line}, ParagraphRole::Boilerplate),
                                      makeDocument(u"d2"_s, {line}, ParagraphRole::Boilerplate)};
        Vocabulary vocabulary;
        QVERIFY(findPassages(docs, tokenize(docs, vocabulary), vocabulary).isEmpty());
    }

    void sameDocumentRepeatIsNotShared()
    {
        const QString line = u"the same sentence of more than eight words appears twice here"_s;
        const QList<Document> docs = {makeDocument(u"d1"_s, {line, line}), makeDocument(u"d2"_s, {u"nothing in common"_s})};
        Vocabulary vocabulary;
        QVERIFY(findPassages(docs, tokenize(docs, vocabulary), vocabulary).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPassageFinder)
#include "tst_passagefinder.moc"
