// documentFromPastedText: the clipboard read like a file (the window's Paste as New Article).
#include "document/pasteddocument.h"

#include <QTest>

using namespace parallax;

namespace {

QStringList texts(const Document &doc, ParagraphRole role)
{
    QStringList out;
    for (const Paragraph &p : doc.paragraphs) {
        if (p.role == role)
            out.append(p.text);
    }
    return out;
}

} // namespace

class TestPastedText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void html()
    {
        const QString html = QStringLiteral(
            R"(<meta property="og:site_name" content="Harbour Gazette"><nav><a href="/">Home</a> <a href="/news">News</a></nav>)"
            R"(<article><h1>Pier to close</h1><p>By Mara Quill</p><p>The ferry pier closes on Monday for repairs.</p>)"
            R"(<figure><img src="p.jpg"><figcaption>The pier at dusk.</figcaption></figure>)"
            R"(<p>Boats will use the northern quay instead.</p></article><div class="newsletter"><p>Sign up now</p></div>)");
        const Document doc = documentFromPastedText(html, true);
        QCOMPARE(doc.format, QStringLiteral("html"));
        QCOMPARE(doc.title, QStringLiteral("Pier to close"));
        QCOMPARE(doc.outlet, QStringLiteral("Harbour Gazette"));
        QCOMPARE(doc.author, QStringLiteral("Mara Quill"));
        QCOMPARE(texts(doc, ParagraphRole::Body),
                 (QStringList {QStringLiteral("The ferry pier closes on Monday for repairs."),
                               QStringLiteral("Boats will use the northern quay instead.")}));
        QCOMPARE(texts(doc, ParagraphRole::Caption), QStringList {QStringLiteral("The pier at dusk.")});
        QCOMPARE(doc.source, html);
        QVERIFY(doc.path.isEmpty());
        QVERIFY(doc.id.isEmpty());
    }

    void plainText()
    {
        const Document doc = documentFromPastedText(
            QStringLiteral(
                "Pier to close\r\n3 March 2024\r\n\r\nThe ferry pier closes on Monday.\r\n\r\nBoats use the quay.\r\n"),
            false, {}, QStringLiteral(" Harbour Gazette "));
        QCOMPARE(doc.format, QStringLiteral("txt"));
        QCOMPARE(doc.outlet, QStringLiteral("Harbour Gazette"));
        QCOMPARE(doc.published.toIso(), QStringLiteral("2024-03-03"));
        QCOMPARE(texts(doc, ParagraphRole::Body),
                 (QStringList {QStringLiteral("The ferry pier closes on Monday."), QStringLiteral("Boats use the quay.")}));
        QVERIFY(!doc.source.contains(u'\r'));
    }

    void givenTitleWins()
    {
        const Document doc = documentFromPastedText(QStringLiteral("<h1>Old headline</h1><p>The pier closes on Monday.</p>"),
                                                    true, QStringLiteral("My title"));
        QCOMPARE(doc.title, QStringLiteral("My title"));
    }

    void nothingReadable()
    {
        const Document doc = documentFromPastedText(QStringLiteral("<script>var x = 1;</script>"), true);
        QVERIFY(doc.paragraphs.isEmpty());
        QCOMPARE(doc.format, QStringLiteral("html"));
    }
};

QTEST_GUILESS_MAIN(TestPastedText)
#include "tst_pastedtext.moc"
