#include "document/loaddocument.h"
#include "document/markdownloader.h"

#include <QFile>
#include <QTest>

using namespace parallax;

class TestMarkdownLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blocks_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QList<int>>("kinds"); // BlockKind values
        const int text = int(BlockKind::Text), heading = int(BlockKind::Heading), item = int(BlockKind::ListItem),
                  quote = int(BlockKind::Quote), pre = int(BlockKind::Preformatted);
        QTest::newRow("emphasis removed") << u"Some *soft* and **strong** and ~~gone~~ words."_qs
                                          << QStringList {u"Some soft and strong and gone words."_qs} << QList<int> {text};
        QTest::newRow("link text kept, url dropped") << u"See [the report](https://example.org/r \"T\") now."_qs
                                                     << QStringList {u"See the report now."_qs} << QList<int> {text};
        QTest::newRow("image dropped") << u"Before ![alt words](x.png) after."_qs << QStringList {u"Before  after."_qs}
                                       << QList<int> {text};
        QTest::newRow("setext and atx headings")
            << u"Title\n=====\n\n### Sub *part*\n\nBody."_qs << QStringList {u"Title"_qs, u"Sub part"_qs, u"Body."_qs}
            << QList<int> {heading, heading, text};
        QTest::newRow("soft breaks joined") << u"First line\nsecond line.\\\nhard break."_qs
                                            << QStringList {u"First line second line. hard break."_qs} << QList<int> {text};
        QTest::newRow("tight list") << u"- one\n- two *x*\n\n1. three"_qs << QStringList {u"one"_qs, u"two x"_qs, u"three"_qs}
                                    << QList<int> {item, item, item};
        QTest::newRow("loose list with paragraphs")
            << u"- one\n\n  more of one\n\n- two"_qs << QStringList {u"one"_qs, u"more of one"_qs, u"two"_qs}
            << QList<int> {item, item, item};
        QTest::newRow("nested list") << u"- outer\n  - inner"_qs << QStringList {u"outer"_qs, u"inner"_qs}
                                     << QList<int> {item, item};
        QTest::newRow("block quote paragraphs")
            << u"> said one.\n>\n> said two."_qs << QStringList {u"said one."_qs, u"said two."_qs} << QList<int> {quote, quote};
        QTest::newRow("entities and code") << u"Fish &amp; chips &mdash; `x < y` &#8470;5"_qs
                                           << QStringList {u"Fish & chips — x < y №5"_qs} << QList<int> {text};
        QTest::newRow("nbsp entity kept") << u"10&nbsp;000 people"_qs << QStringList {u"10\u00A0000 people"_qs}
                                          << QList<int> {text};
        QTest::newRow("code block") << u"```\nline 1\nline 2\n```"_qs << QStringList {u"line 1\nline 2"_qs} << QList<int> {pre};
        QTest::newRow("raw html dropped") << u"<div class=\"ad\">\nAd markup\n</div>\n\nText <b>bold</b>."_qs
                                          << QStringList {u"Text bold."_qs} << QList<int> {text};
        QTest::newRow("table rows") << u"| a | b |\n|---|---|\n| 1 | 2 |"_qs << QStringList {u"a | b"_qs, u"1 | 2"_qs}
                                    << QList<int> {text, text};
        QTest::newRow("horizontal rule separates")
            << u"One.\n\n---\n\nTwo."_qs << QStringList {u"One."_qs, u"Two."_qs} << QList<int> {text, text};
    }
    void blocks()
    {
        QFETCH(QString, markdown);
        QFETCH(QStringList, texts);
        QFETCH(QList<int>, kinds);
        const ParsedArticle a = parseMarkdown(markdown, 1000);
        QStringList gotTexts;
        QList<int> gotKinds;
        for (const Block &b : a.blocks) {
            gotTexts.append(b.text);
            gotKinds.append(int(b.kind));
        }
        QCOMPARE(gotTexts, texts);
        QCOMPARE(gotKinds, kinds);
    }

    void frontMatter()
    {
        const ParsedArticle a = parseMarkdown(
            u"---\ntitle: \"Bridge reopens\"\nsource: Town Herald\ndate: 2024-05-02\n---\n# Bridge reopens today\n\nBody."_qs,
            1000);
        QCOMPARE(a.title, u"Bridge reopens"_qs);
        QCOMPARE(a.outlet, u"Town Herald"_qs);
        QCOMPARE(a.dateCandidates, QStringList {u"2024-05-02"_qs});
        QCOMPARE(a.blocks.size(), 2);
        QCOMPARE(a.blocks[0].text, u"Bridge reopens today"_qs);
    }

    void stopsAtBlockLimit()
    {
        QString md;
        for (int i = 0; i < 50; ++i)
            md += QStringLiteral("Paragraph %1.\n\n").arg(i);
        QCOMPARE(parseMarkdown(md, 10).blocks.size(), 11); // one over the limit tells the caller
        QCOMPARE(parseMarkdown(md, 100).blocks.size(), 50);
    }

    void sampleFile()
    {
        const QString path = QStringLiteral(PARALLAX_TEST_DATA_DIR "/document/article.md");
        const LoadResult r = loadDocument(path);
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        const Document &d = *r.document;
        QCOMPARE(d.format, u"md"_qs);
        QCOMPARE(d.title, u"Dam breach floods three villages"_qs);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(d.source, QString::fromUtf8(f.readAll())); // raw markdown kept for the source view
        QCOMPARE(d.paragraphs.size(), 11);
        QCOMPARE(d.paragraphs[0].role, ParagraphRole::Title);
        QCOMPARE(d.paragraphs[1].role, ParagraphRole::Dateline);
        QCOMPARE(d.paragraphs[2].text,
                 u"The old earth dam above Riverton gave way shortly after midnight, according to the "
                 u"regional emergency service. About 400 people were evacuated before dawn."_qs);
        QCOMPARE(d.paragraphs[2].role, ParagraphRole::Body);
        QCOMPARE(d.paragraphs[3].text, u"\"We heard a roar like a train,\" said Marta Glenn, a farmer."_qs);
        QCOMPARE(d.paragraphs[5].text,
                 u"Engineers will examine the structure once the water level drops. Residents were "
                 u"told to boil tap water until further notice — the order covers Lower Vell."_qs);
        QCOMPARE(d.paragraphs[6].role, ParagraphRole::Body); // a list item of the article itself
        for (int i = 8; i < 11; ++i)
            QCOMPARE(d.paragraphs[i].role, ParagraphRole::Boilerplate); // "Read more:" and its links
        QCOMPARE(d.paragraphs[10].text, u"How the valley's dams were built"_qs);
        for (const Paragraph &p : d.paragraphs) {
            QVERIFY2(!p.text.contains(u"https://"), qPrintable(p.text));
            QVERIFY2(!p.text.contains(u'*'), qPrintable(p.text));
        }
    }
};

QTEST_GUILESS_MAIN(TestMarkdownLoader)
#include "tst_markdownloader.moc"
