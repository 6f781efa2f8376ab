#include "document/loaddocument.h"
#include "document/paragraphbreaks.h"
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
        // However few lines a file has, a line longer than any wrap width is a paragraph.
        const QString longA = u"The harbour authority said on Monday that the cranes would stay idle until the talks resume "
                              u"and that ships waiting"_qs;
        const QString longB = u"Dock workers want a raise of six percent over two years, and the employers have offered "
                              u"three percent so far."_qs;
        QTest::newRow("two long lines") << longA + u"\n"_qs + longB << QStringList {longA, longB};
        QTest::newRow("label above a long line") << u"[UPDATE]\n"_qs + longB << QStringList {u"[UPDATE]"_qs, longB};
        QTest::newRow("name above the words") << u"Ana Sorel / Crane driver\nWe have waited long enough."_qs
                                              << QStringList {u"Ana Sorel / Crane driver"_qs, u"We have waited long enough."_qs};
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
            << dataFile("article.txt") << 11 << u"Dam breach floods three villages in the Vell valley"_qs
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
        // The two headlines under "Read more:" are short lines of a hard-wrapped file, so each
        // is a paragraph (a list entry) of its own.
        const QList<ParagraphRole> expected {R::Title, R::Dateline,    R::Dateline,    R::Body,        R::Body,       R::Caption,
                                             R::Body,  R::Boilerplate, R::Boilerplate, R::Boilerplate, R::Boilerplate};
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

    // The file decides how its paragraphs are delimited, and the document says which it chose.
    void paragraphBreaks_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("breaks");
        QTest::addColumn<QStringList>("paragraphs"); // the first paragraphs, in order
        QTest::newRow("hard-wrapped at 90") << dataFile("wrapped.txt") << u"hard-wrapped"_qs
                                            << QStringList {u"Council approves new bridge over the Vell"_qs};
        QTest::newRow("one short sentence per line")
            << dataFile("lines.txt") << u"line-per-paragraph"_qs
            << QStringList {u"Storm closes mountain pass for second day"_qs,
                            u"The pass road stayed closed on Tuesday after heavy snow fell overnight."_qs};
        QTest::newRow("three long lines, one cut off")
            << dataFile("realcopy/lines-long.txt") << u"line-per-paragraph"_qs
            << QStringList {u"Tarnow, Vellmark Observer — A regional train ran off the rails near the Ossen viaduct on Tuesday "
                            u"evening, leaving carriages on their side in a snow-covered cutting."_qs,
                            u"The operator, Nordbahn Vell, said the train had been carrying 212 passengers from Kessel to the "
                            u"coast when the second carriage left the track on a curve"_qs,
                            u"The line will stay closed at least until Friday while investigators examine the track, the "
                            u"signalling records and the train's brakes, officials said."_qs};
        QTest::newRow("wrapped without blank lines, with a subheading")
            << dataFile("realcopy/wrapped-subheads.txt") << u"hard-wrapped"_qs
            << QStringList {u"Ferry service to Holm island suspended after pier damage"_qs,
                            u"The ferry link between Sandvik and Holm island was suspended on Monday after a storm surge tore "
                            u"away part of the landing pier, the island council said. About 900 residents depend on the "
                            u"crossing for supplies, doctor visits and the daily school run to the mainland."_qs,
                            u"Council engineers said the damage was worse than first thought. Repairs to the timber deck alone "
                            u"could take six weeks, and divers still have to inspect the concrete piles that carry it before "
                            u"any work can start."_qs,
                            u"What happens next"_qs,
                            u"A temporary landing stage will be towed from the mainland yard this week, and a smaller boat "
                            u"will carry passengers twice a day until it is in place. Freight will go by barge to the old "
                            u"quarry jetty on the north shore, where lorries can still reach the island road."_qs};
        QTest::newRow("short lines inside blank-line blocks")
            << dataFile("realcopy/blank-blocks.txt") << u"blank-lines"_qs
            << QStringList {u"date 2031-04-02 Evening Bulletin"_qs,
                            u"[INTRO]"_qs,
                            u"A fire broke out in a furniture warehouse in the Kessel harbour district late on Tuesday, "
                            u"sending thick smoke over the old town."_qs,
                            u"[REPORT]"_qs,
                            u"Flames rise from the roof of the warehouse."_qs,
                            u"Firefighters arrive within minutes."_qs,
                            u"Edda Brunn / Neighbour"_qs,
                            u"I saw sparks at the loading door, then the whole roof was burning. We closed every window."_qs,
                            u"The fire service said 60 firefighters and 14 engines were sent and nobody was hurt."_qs,
                            u"Font Size"_qs,
                            u"Print"_qs};
        QTest::newRow("markup marks its own paragraphs") << dataFile("article.md") << u"markup"_qs << QStringList {};
    }
    void paragraphBreaks()
    {
        QFETCH(QString, file);
        QFETCH(QString, breaks);
        QFETCH(QStringList, paragraphs);
        const LoadResult r = loadDocument(file);
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QCOMPARE(r.document->paragraphBreaks, breaks);
        QStringList got;
        for (qsizetype i = 0; i < std::min(r.document->paragraphs.size(), paragraphs.size()); ++i)
            got.append(r.document->paragraphs.at(i).text);
        QCOMPARE(got, paragraphs);
    }

    void chooseBreaks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("breaks");
        QTest::newRow("empty") << QString() << u"blank-lines"_qs;
        // Summary points above the story: short lines of similar length, no final period, each
        // going on with a capital. They are not a paragraph wrapped at 40 columns.
        QTest::newRow("stack of summary points")
            << u"Summary\nCentral bank starts its cutting cycle\nDeposit rate lowered to a new range\n"
               u"Members expect two more cuts before summer\nOne governor dissents and wanted less\n"
               u"VELLBURG, May 4 (Nordwire) - The central bank of Vellmark cut its deposit rate on Thursday for the "
               u"first time in three years."_qs
            << u"line-per-paragraph"_qs;
        QTest::newRow("a headline above its outlet is no wrap")
            << u"Harbour cranes stand still as dock workers walk out over pay\nCoastal Herald\n\nDock workers stopped "
               u"work on Monday.\n\nThe strike is the first in ten years."_qs
            << u"blank-lines"_qs;
        QTest::newRow("wrapped at 60")
            << u"The harbour authority said on Monday that the cranes would\nstay idle until the talks resume, and "
               u"that ships waiting\noutside the breakwater would be sent to other ports along\nthe coast. Dock "
               u"workers want a raise of six percent."_qs
            << u"hard-wrapped"_qs;
    }
    void chooseBreaks()
    {
        QFETCH(QString, text);
        QFETCH(QString, breaks);
        QCOMPARE(paragraphBreaksName(chooseParagraphBreaks(text)), breaks);
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
