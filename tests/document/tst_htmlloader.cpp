#include "document/htmlloader.h"
#include "document/htmlmetadata.h"
#include "document/loaddocument.h"

#include <QTest>

using namespace parallax;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(PARALLAX_TEST_DATA_DIR "/document/") + QLatin1StringView(name);
}

QStringList texts(const QList<Block> &blocks)
{
    QStringList out;
    for (const Block &b : blocks)
        out.append(b.text);
    return out;
}

} // namespace

class TestHtmlLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleArticleKeepsMainContent()
    {
        const LoadResult r = loadDocument(dataFile("article.html"));
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        const Document &d = *r.document;
        QCOMPARE(d.format, u"html"_qs);
        QCOMPARE(d.encoding, u"UTF-8"_qs);
        QStringList all;
        for (const Paragraph &p : d.paragraphs)
            all.append(p.text);
        const QString joined = all.join(u'\n');
        // Page furniture is gone ...
        for (const char *dropped : {"SCRIPT TEXT", "font-family", "We use cookies", "Sport", "Log in", "Region",
                                    "Share on Facebook", "Advertisement", "Tags: flood", "Terrible news", "Local team wins cup",
                                    "morning briefing", "All rights reserved", "About", "enable JavaScript"})
            QVERIFY2(!joined.contains(QLatin1StringView(dropped)), dropped);
        // ... and the article is all there, in order, entities decoded, NBSP and soft hyphen kept.
        const QStringList expected {
            u"Dam breach floods three villages in the Vell\u00A0valley"_qs,
            u"By Jane Holloway"_qs,
            u"3 March 2024, 08:45"_qs,
            u"The old earth dam above Riverton gave way shortly after midnight, sending a wall of water through three villages. "
            u"Emergency services said about 400\u00A0people were evacuated before dawn."_qs,
            u"Rescue boats on the flooded main street of Lower Vell. Photo: Tom Reed/Valley Press"_qs,
            u"\u201CWe heard a roar like a train,\u201D said Marta Glenn, a farmer whose house stands on the river bank. "
            u"\u201CBy the time we got outside the road was already under water.\u201D"_qs,
            u"The regional governor said the dam had been inspected last autumn and de\u00ADclared safe. Engineers will examine "
            u"the structure once the water level drops."_qs,
            u"Nobody could have predicted this amount of rain."_qs,
            u"Related"_qs,
            u"Villagers question the inspection record"_qs,
            u"How the valley's dams were built"_qs,
            u"Follow us on social media for live updates"_qs,
        };
        QCOMPARE(all, expected);
        using R = ParagraphRole;
        const QList<ParagraphRole> roles {R::Title, R::Dateline, R::Dateline,    R::Body,        R::Caption,     R::Body,
                                          R::Body,  R::Body,     R::Boilerplate, R::Boilerplate, R::Boilerplate, R::Boilerplate};
        for (qsizetype i = 0; i < roles.size(); ++i)
            QVERIFY2(d.paragraphs[i].role == roles[i], qPrintable(QString::number(i) + u' ' + roleName(d.paragraphs[i].role)));
        QVERIFY(d.source.contains(u"<script>")); // the source view shows the page as it was
    }

    void sampleArticleMetadata()
    {
        const LoadResult r = loadDocument(dataFile("article.html"));
        QVERIFY(r.ok());
        QCOMPARE(r.document->title, u"Dam breach floods three villages in the Vell valley"_qs); // og:title
        QCOMPARE(r.document->outlet, u"The Valley Courier"_qs); // og:site_name
        QCOMPARE(r.document->published.toIso(), u"2024-03-03T08:45:00+01:00"_qs); // article:published_time
    }

    void russianArticle()
    {
        const LoadResult r = loadDocument(dataFile("article-ru.html"));
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        const Document &d = *r.document;
        QCOMPARE(d.title, u"Мост через Велл открыли после ремонта"_qs);
        QCOMPARE(d.outlet, u"Городской вестник"_qs);
        QCOMPARE(d.published.toIso(), u"2024-05-02T09:15:00"_qs);
        QStringList roles;
        for (const Paragraph &p : d.paragraphs)
            roles.append(roleName(p.role));
        QCOMPARE(roles,
                 (QStringList {u"title"_qs, u"dateline"_qs, u"dateline"_qs, u"body"_qs, u"boilerplate"_qs, u"body"_qs,
                               u"boilerplate"_qs, u"boilerplate"_qs, u"boilerplate"_qs, u"boilerplate"_qs, u"boilerplate"_qs}));
        QVERIFY(!d.paragraphs.first().text.contains(u"Главная")); // the header menu is gone
    }

    void densestContainerWithoutArticleTag()
    {
        const LoadResult r = loadDocument(dataFile("density.html"));
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        const Document &d = *r.document;
        QCOMPARE(d.title, u"Pass road closed again"_qs);
        QCOMPARE(d.outlet, u"Mountain Post"_qs); // application-name
        QCOMPARE(d.paragraphs.size(), 4);
        QCOMPARE(d.paragraphs[0].role, ParagraphRole::Title);
        QVERIFY(d.paragraphs[1].text.startsWith(u"The pass road stayed closed"));
        QVERIFY(d.paragraphs[3].text.startsWith(u"Drivers were told"));
        QVERIFY(!d.published.isValid()); // the page gives no date: unknown, not the file time
    }

    void extraction_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QStringList>("expected");
        const QString body = u"A paragraph long enough to be the article body of this small test page, more than a teaser."_qs;
        QTest::newRow("articleBody wins over article")
            << (u"<article><p>Teaser card text.</p></article><div itemprop=\"articleBody\"><p>"_qs + body + u"</p></div>"_qs)
            << QStringList {body};
        QTest::newRow("h1 outside container is kept as headline")
            << (u"<h1>Headline here</h1><div class=\"nav\">Menu</div><article><p>"_qs + body + u"</p></article>"_qs)
            << QStringList {u"Headline here"_qs, body};
        QTest::newRow("nested inline markup and br")
            << u"<article><p>One <b>bold</b> <a href=\"x\">link</a><br>next line.</p></article>"_qs
            << QStringList {u"One bold link next line."_qs};
        QTest::newRow("list items and caption")
            << u"<main><ul><li>First item</li><li><p>Second item</p></li></ul><figure><figcaption>A caption</figcaption></figure></main>"_qs
            << QStringList {u"First item"_qs, u"Second item"_qs, u"A caption"_qs};
        QTest::newRow("pre keeps line breaks") << u"<article><pre>a  b\nc</pre></article>"_qs << QStringList {u"a  b\nc"_qs};
        QTest::newRow("hidden and aria-hidden dropped")
            << u"<article><p hidden>Secret</p><p aria-hidden=\"true\">Icon</p><p>Shown.</p></article>"_qs
            << QStringList {u"Shown."_qs};
        QTest::newRow("roles dropped")
            << u"<article><div role=\"navigation\">Nav</div><div role=\"complementary\">Box</div><p>Shown.</p></article>"_qs
            << QStringList {u"Shown."_qs};
        QTest::newRow("class hints dropped")
            << u"<article><div class=\"social-share\">S</div><div id=\"related-links\">R</div><div class=\"promo-box\">P</div>"
               u"<div class=\"cookie-consent\">C</div><p class=\"subscribe\">Sub</p><p>Shown.</p></article>"_qs
            << QStringList {u"Shown."_qs};
        QTest::newRow("state classes are not furniture")
            << u"<div class=\"has-comments\"><p>Shown.</p></div>"_qs << QStringList {u"Shown."_qs};
        QTest::newRow("words containing hints are kept")
            << u"<article><div class=\"article-header shadow\"><p>Shown.</p></div></article>"_qs << QStringList {u"Shown."_qs};
        QTest::newRow("loose text in a div") << u"<article><div>Loose text<p>Para.</p>tail</div></article>"_qs
                                             << QStringList {u"Loose text"_qs, u"Para."_qs, u"tail"_qs};
        QTest::newRow("unclosed tags") << u"<p>One<p>Two<div><p>Three"_qs << QStringList {u"One"_qs, u"Two"_qs, u"Three"_qs};
    }
    void extraction()
    {
        QFETCH(QString, html);
        QFETCH(QStringList, expected);
        QCOMPARE(texts(parseHtml(html, 1000).blocks), expected);
    }

    void metadata_data()
    {
        QTest::addColumn<QString>("head");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QStringList>("dates");
        QTest::newRow("title tag suffix stripped")
            << u"<title>Bridge reopens | Town Herald</title>"_qs << u"Bridge reopens"_qs << QString() << QStringList {};
        QTest::newRow("dash kept unless it names the site")
            << u"<title>Floods - what we know</title>"_qs << u"Floods - what we know"_qs << QString() << QStringList {};
        QTest::newRow("dash suffix naming the site")
            << u"<title>Floods rise - Town Herald</title><meta property=\"og:site_name\" content=\"Town Herald\">"_qs
            << u"Floods rise"_qs << u"Town Herald"_qs << QStringList {};
        QTest::newRow("og:title over h1 over title")
            << u"<title>T | S</title><meta property=\"og:title\" content=\"OG title\">"_qs << u"OG title"_qs << QString()
            << QStringList {};
        QTest::newRow("publisher meta") << u"<meta name=\"publisher\" content=\"Herald Group\">"_qs << QString()
                                        << u"Herald Group"_qs << QStringList {};
        QTest::newRow("json-ld") << u"<script type=\"application/ld+json\">{\"datePublished\": \"2024-01-05T10:00:00Z\", "
                                    u"\"publisher\": {\"@type\": \"Organization\", \"name\": \"LD Post\"}}</script>"_qs
                                 << QString() << u"LD Post"_qs << QStringList {u"2024-01-05T10:00:00Z"_qs};
        QTest::newRow("date order")
            << u"<meta name=\"date\" content=\"2024-01-03\"><meta property=\"article:published_time\" content=\"2024-01-01\">"
               u"<time datetime=\"2024-01-04\">x</time>"_qs
            << QString() << QString() << QStringList {u"2024-01-01"_qs, u"2024-01-03"_qs, u"2024-01-04"_qs};
    }
    void metadata()
    {
        QFETCH(QString, head);
        QFETCH(QString, title);
        QFETCH(QString, outlet);
        QFETCH(QStringList, dates);
        const ParsedArticle a = parseHtml(u"<html><head>"_qs + head + u"</head><body><p>Text.</p></body></html>"_qs, 1000);
        QCOMPARE(a.title, title);
        QCOMPARE(a.outlet, outlet);
        QCOMPARE(a.dateCandidates, dates);
    }

    void timeElementGivesDate()
    {
        const ParsedArticle a = parseHtml(
            u"<article><h1>H</h1><time datetime=\"2023-11-20T07:30:00+03:00\">20 ноября</time><p>Text.</p></article>"_qs, 1000);
        QCOMPARE(a.dateCandidates, QStringList {u"2023-11-20T07:30:00+03:00"_qs});
    }

    void deepNestingDoesNotCrash_data()
    {
        QTest::addColumn<int>("depth");
        QTest::addColumn<bool>("textKept");
        // Within the walk limit (3200 levels) the text is found; deeper, the walk stops at the
        // limit and the text may be skipped, but the parser must return (no stack overflow).
        QTest::newRow("3000 levels") << 3000 << true;
        QTest::newRow("5000 levels") << 5000 << false;
    }

    void deepNestingDoesNotCrash()
    {
        QFETCH(int, depth);
        QFETCH(bool, textKept);
        QString html = u"<p>Shallow text.</p>"_qs;
        for (int i = 0; i < depth; ++i)
            html += u"<div>"_qs;
        html += u"<p>Deep text.</p>"_qs;
        const ParsedArticle a = parseHtml(html, 1000);
        QStringList texts;
        for (const Block &b : a.blocks)
            texts << b.text;
        QVERIFY2(texts.contains(u"Shallow text."_qs), qPrintable(texts.join(u" | ")));
        if (textKept)
            QVERIFY2(texts.contains(u"Deep text."_qs), qPrintable(texts.join(u" | ")));
        for (const QString &t : std::as_const(texts))
            QVERIFY2(t == u"Shallow text."_qs || t == u"Deep text."_qs, qPrintable(t));
    }
};

QTEST_GUILESS_MAIN(TestHtmlLoader)
#include "tst_htmlloader.moc"
