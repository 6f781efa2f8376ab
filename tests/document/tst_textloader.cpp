#include "document/loaddocument.h"
#include "document/textloader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace parallax;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(PARALLAX_TEST_DATA_DIR "/document/") + QLatin1StringView(name);
}

QStringList texts(const ParsedArticle &a)
{
    QStringList out;
    for (const Block &b : a.blocks)
        out.append(b.text);
    return out;
}

} // namespace

class TestTextLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitting_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("paragraphs");
        QTest::newRow("blank lines") << QStringLiteral("One.\n\nTwo.\n\n\nThree.")
                                     << QStringList {u"One."_qs, u"Two."_qs, u"Three."_qs};
        QTest::newRow("hard wraps joined") << QStringLiteral("A long sentence that\nwas wrapped.\n\nNext one.")
                                           << QStringList {u"A long sentence that was wrapped."_qs, u"Next one."_qs};
        QTest::newRow("surrounding space trimmed") << QStringLiteral("  \n\t Indented.  \n\n  ") << QStringList {u"Indented."_qs};
        QTest::newRow("blank line with spaces") << QStringLiteral("One.\n   \nTwo.") << QStringList {u"One."_qs, u"Two."_qs};
        QTest::newRow("line per paragraph") << QStringLiteral("Headline\nFirst.\nSecond.\nThird.\nFourth.")
                                            << QStringList {u"Headline"_qs, u"First."_qs, u"Second."_qs, u"Third."_qs,
                                                            u"Fourth."_qs};
        QTest::newRow("few lines stay one block") << QStringLiteral("Short\nlines.") << QStringList {u"Short lines."_qs};
        QTest::newRow("inner spacing kept") << QStringLiteral("Two  spaces\u00A0and nbsp.")
                                            << QStringList {u"Two  spaces\u00A0and nbsp."_qs};
        QTest::newRow("bullet lines are separate paragraphs")
            << QStringLiteral("Read more:\n- First headline\n- Second\nheadline wrapped\n\nBody.")
            << QStringList {u"Read more:"_qs, u"- First headline"_qs, u"- Second headline wrapped"_qs, u"Body."_qs};
        QTest::newRow("hyphen without space is not a bullet")
            << QStringLiteral("Well\n-known fact.") << QStringList {u"Well -known fact."_qs};
        QTest::newRow("whitespace only") << QStringLiteral(" \n\n \t") << QStringList {};
    }
    void splitting()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, paragraphs);
        QCOMPARE(texts(parsePlainText(text, 1000)), paragraphs);
    }

    void files_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("lastBody");
        QTest::newRow("blank-line paragraphs")
            << dataFile("article.txt") << 10 << u"Dam breach floods three villages in the Vell valley"_qs
            << u"The regional governor said the dam had been inspected last autumn and "
               u"declared safe. Engineers will examine the structure once the water level "
               u"drops."_qs;
        QTest::newRow("one paragraph per line") << dataFile("lines.txt") << 6 << u"Storm closes mountain pass for second day"_qs
                                                << u"Two lorries that were stuck near the summit were towed down in the "
                                                   u"morning."_qs;
        QTest::newRow("hard-wrapped paragraphs")
            << dataFile("wrapped.txt") << 3 << u"Council approves new bridge over the Vell"_qs
            << u"The bridge will be made of steel and is expected to cost about 1.2 million, most of it paid by a regional "
               u"fund for flood repairs. The mayor said the old crossing had been used by several hundred people a day, many "
               u"of them children walking to the school on the far bank."_qs;
    }
    void files()
    {
        QFETCH(QString, file);
        QFETCH(int, count);
        QFETCH(QString, title);
        QFETCH(QString, lastBody);
        const LoadResult r = loadDocument(file);
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        const Document &d = *r.document;
        QCOMPARE(d.format, u"txt"_qs);
        QCOMPARE(d.encoding, u"UTF-8"_qs);
        QCOMPARE(d.paragraphs.size(), count);
        QCOMPARE(d.title, title);
        QCOMPARE(d.paragraphs.first().role, ParagraphRole::Title);
        QString last;
        for (const Paragraph &p : d.paragraphs) {
            if (p.role == ParagraphRole::Body)
                last = p.text;
        }
        QCOMPARE(last, lastBody);
    }

    void rolesInTextFile()
    {
        const LoadResult r = loadDocument(dataFile("article.txt"));
        QVERIFY(r.ok());
        QList<ParagraphRole> roles;
        for (const Paragraph &p : r.document->paragraphs)
            roles.append(p.role);
        using R = ParagraphRole;
        const QList<ParagraphRole> expected {R::Title,   R::Dateline, R::Dateline,    R::Body,        R::Body,
                                             R::Caption, R::Body,     R::Boilerplate, R::Boilerplate, R::Boilerplate};
        QCOMPARE(roles, expected);
        QCOMPARE(r.document->outlet, u"article"_qs); // no outlet in the text: the file's base name
        QVERIFY(r.document->source.contains(u"Read more:"));
    }

    void lineEndingsAndNbspInFile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("lf") << QByteArray("Title line\n\nFirst\xC2\xA0para-\xC2\xADgraph.\n\nSecond one.\n");
        QTest::newRow("crlf") << QByteArray("Title line\r\n\r\nFirst\xC2\xA0para-\xC2\xADgraph.\r\n\r\nSecond one.\r\n");
        QTest::newRow("cr") << QByteArray("Title line\r\rFirst\xC2\xA0para-\xC2\xADgraph.\r\rSecond one.\r");
    }
    void lineEndingsAndNbspInFile()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        QFile f(dir.filePath(u"x.txt"_qs));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        const LoadResult r = loadDocument(f.fileName());
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QCOMPARE(r.document->paragraphs.size(), 3);
        // NBSP and soft hyphen are kept in the shown text.
        QCOMPARE(r.document->paragraphs[1].text, u"First\u00A0para-\u00ADgraph."_qs);
        QVERIFY(!r.document->source.contains(u'\r'));
    }

    void unknownExtensionSniffed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("format");
        QTest::newRow("markup") << QByteArray("<!DOCTYPE html><html><body><p>Hello there.</p></body></html>") << u"html"_qs;
        QTest::newRow("markup after comment") << QByteArray("  <!-- saved page -->\n<div><p>Hello.</p></div>") << u"html"_qs;
        QTest::newRow("text with a bracket") << QByteArray("<3 this is not markup.\n\nSecond.") << u"txt"_qs;
        QTest::newRow("text") << QByteArray("Plain words.\n\nMore words.") << u"txt"_qs;
    }
    void unknownExtensionSniffed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, format);
        QTemporaryDir dir;
        QFile f(dir.filePath(u"saved.article"_qs));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        const LoadResult r = loadDocument(f.fileName());
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QCOMPARE(r.document->format, format);
    }
};

QTEST_GUILESS_MAIN(TestTextLoader)
#include "tst_textloader.moc"
