#include "document/loaddocument.h"
#include "sourceview.h"

#include <QTest>

using namespace parallax;

class TestSourceView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsSourceVerbatim_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("syntax");
        QTest::newRow("html") << QStringLiteral(
            "html") << QStringLiteral("<html><body><h1>Pier closes</h1>\n<p class=\"lead\">The pier closes.</p></body></html>")
                              << QStringLiteral("HTML");
        QTest::newRow("markdown") << QStringLiteral("md") << QStringLiteral("# Pier closes\n\nThe *old* pier closes.\n")
                                  << QStringLiteral("Markdown");
        QTest::newRow("pdf text") << QStringLiteral("pdf") << QStringLiteral("Pier closes\n\nThe pier closes.") << QString();
    }

    void showsSourceVerbatim()
    {
        QFETCH(QString, format);
        QFETCH(QString, source);
        QFETCH(QString, syntax);
        Document doc;
        doc.format = format;
        doc.source = source;
        SourceView view;
        view.setDocument(doc);
        QCOMPARE(view.text(), source);
        QCOMPARE(view.syntaxName(), syntax);
        if (syntax.isEmpty()) {
            QVERIFY(!view.isHighlighted());
            QVERIFY2(view.note().contains(QStringLiteral("no markup source")), qPrintable(view.note()));
        } else {
#ifdef PARALLAX_HAVE_KSYNTAXHIGHLIGHTING
            QVERIFY(view.isHighlighted());
            QVERIFY(view.note().isEmpty());
#else
            QVERIFY(!view.isHighlighted());
            QVERIFY2(view.note().contains(QStringLiteral("KSyntaxHighlighting")), qPrintable(view.note()));
#endif
        }
    }

    void replacesPreviousDocument()
    {
        const LoadResult r = loadDocument(QStringLiteral(PARALLAX_TEST_DATA_DIR "/webpages/01-wordpress.html"));
        QVERIFY(r.ok());
        SourceView view;
        view.setDocument(*r.document);
        QVERIFY(view.text().contains(QStringLiteral("<div class=\"entry-content\">")));
        Document empty;
        empty.format = QStringLiteral("txt");
        view.setDocument(empty);
        QVERIFY(view.text().isEmpty());
        QCOMPARE(view.note(), QStringLiteral("No source is available for this document."));
    }
};

QTEST_MAIN(TestSourceView)
#include "tst_sourceview.moc"
