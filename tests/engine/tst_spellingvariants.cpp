#include "engine/spellingvariants.h"
#include "engine/tokenizer.h"

#include <QTest>

using namespace parallax;
using namespace Qt::StringLiterals;

namespace {

// One document per paragraph text, all related; the spellings found, "a/b" per pair, sorted.
// `tokenised`: with the documents' tokens, as compare() passes them.
QStringList pairsOf(const QStringList &texts, bool tokenised = false)
{
    QList<Document> documents;
    for (const QString &t : texts) {
        Document d;
        d.id = u'd' + QString::number(documents.size() + 1);
        for (const QString &p : t.split(u'\n'))
            d.paragraphs.append({p, ParagraphRole::Body});
        documents.append(d);
    }
    QList<TokenizedDocument> tokens;
    Vocabulary vocabulary;
    Tokenizer tokenizer(vocabulary);
    for (const Document &d : documents) {
        TokenizedDocument t;
        for (const Paragraph &p : d.paragraphs)
            t.paragraphs.append(tokenised ? tokenizer.tokenize(p.text) : QList<Token>());
        tokens.append(t);
    }
    QStringList out;
    for (const Fact &f :
         findSpellingVariants(documents, tokens, QList<bool>(documents.size(), false), [](int, int) { return true; }, {}))
        out.append(f.subject.mid(kSpellingSubject.size()));
    out.removeDuplicates();
    out.sort();
    return out;
}

} // namespace

class TestSpellingVariants : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pairs_data()
    {
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QStringList>("pairs");
        QTest::newRow("one letter dropped") << QStringList {u"The leaders met at the Castelli estate on Monday."_s,
                                                            u"They met at the historic estate known as Casteli."_s}
                                            << QStringList {u"castelli/casteli"_s};
        QTest::newRow("one letter changed, many documents")
            << QStringList {u"Talks were held at Varendal Manor near the coast."_s, u"Talks were held at Varendal Manor."_s,
                            u"Guests arrived at Verendal Manor by car."_s}
            << QStringList {u"varendal/verendal"_s};
        QTest::newRow("sentence openers are no names")
            << QStringList {u"These figures were revised."_s, u"Those figures were revised."_s} << QStringList {};
        QTest::newRow("a different ending is another word")
            << QStringList {u"The governor said Texas officials agreed."_s, u"The governor said Texan officials agreed."_s}
            << QStringList {};
        QTest::newRow("no shared context") << QStringList {u"Delegates stayed at the Carlton hotel downtown."_s,
                                                           u"A statue of the poet Carleton stands in the square."_s}
                                           << QStringList {};
        QTest::newRow("one document uses both")
            << QStringList {u"At the Castelli estate and the Casteli estate nearby, guests gathered."_s, u"Nothing here."_s}
            << QStringList {};
        QTest::newRow("one document uses both, one at a sentence start")
            << QStringList {u"Casteli hosted them. Later the Castelli estate closed."_s,
                            u"The estate known as Casteli was closed."_s}
            << QStringList {};
        QTest::newRow("a common word elsewhere")
            << QStringList {u"The Sumit estate hosted the leaders.\nThe summit estate was closed."_s,
                            u"The Summit estate hosted the leaders."_s}
            << QStringList {};
        QTest::newRow("quoted and possessive") << QStringList {u"The press waited outside the “Castelli’s” estate gates."_s,
                                                               u"They met at the estate known as (Casteli) on Monday."_s}
                                               << QStringList {u"castelli/casteli"_s};
        QTest::newRow("short words say too little")
            << QStringList {u"Biden met Xi at the estate."_s, u"Biden met Yi at the estate."_s} << QStringList {};
    }
    void pairs()
    {
        QFETCH(QStringList, texts);
        QFETCH(QStringList, pairs);
        QCOMPARE(pairsOf(texts), pairs);
        QCOMPARE(pairsOf(texts, true), pairs);
    }

    void unrelatedDocumentsAreNotCompared()
    {
        QList<Document> documents(2);
        documents[0].paragraphs.append({u"The leaders met at the Castelli estate."_s, ParagraphRole::Body});
        documents[1].paragraphs.append({u"The leaders met at the Casteli estate."_s, ParagraphRole::Body});
        QVERIFY(findSpellingVariants(documents, {}, {false, false}, [](int, int) { return false; }, {}).isEmpty());
        QVERIFY(findSpellingVariants(documents, {}, {false, true}, [](int, int) { return true; }, {}).isEmpty());
        QCOMPARE(findSpellingVariants(documents, {}, {false, false}, [](int, int) { return true; }, {}).size(), 2);
    }

    void captionsAndFurnitureAreNotRead()
    {
        QList<Document> documents(2);
        documents[0].paragraphs.append({u"The leaders met at the Castelli estate."_s, ParagraphRole::Body});
        documents[1].paragraphs.append({u"Photo: the leaders at the Casteli estate."_s, ParagraphRole::Caption});
        QVERIFY(findSpellingVariants(documents, {}, {false, false}, [](int, int) { return true; }, {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSpellingVariants)
#include "tst_spellingvariants.moc"
