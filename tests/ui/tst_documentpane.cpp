#include "documentpane.h"
#include "outletcolors.h"
#include "paragraphtext.h"

#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

using namespace parallax;

Q_DECLARE_METATYPE(parallax::PublicationDate)

class TestDocumentPane : public QObject
{
    Q_OBJECT

private:
    static Document article()
    {
        Document doc;
        doc.id = QStringLiteral("d1");
        doc.path = QStringLiteral("/news/bridge.md");
        doc.title = QStringLiteral("Bridge reopens");
        doc.outlet = QStringLiteral("Coastal Herald");
        doc.paragraphs = {{QStringLiteral("Bridge reopens"), ParagraphRole::Title},
                          {QStringLiteral("Line one\nline two"), ParagraphRole::Body},
                          {QStringLiteral("Photo: crews at work."), ParagraphRole::Caption},
                          {QStringLiteral("Subscribe to our newsletter"), ParagraphRole::Boilerplate}};
        return doc;
    }

private Q_SLOTS:
    void formatDate_data()
    {
        QTest::addColumn<PublicationDate>("date");
        QTest::addColumn<QString>("expected");
        const QDate day(2024, 3, 3);
        QTest::newRow("unknown") << PublicationDate {} << QStringLiteral("date unknown");
        QTest::newRow("date only") << PublicationDate {day, {}, {}} << QStringLiteral("Sunday, 3 March 2024");
        QTest::newRow("with time") << PublicationDate {day, QTime(8, 45), {}} << QStringLiteral("Sunday, 3 March 2024, 08:45");
        QTest::newRow("utc") << PublicationDate {day, QTime(8, 45), 0} << QStringLiteral("Sunday, 3 March 2024, 08:45 UTC");
        QTest::newRow("east") << PublicationDate {day, QTime(8, 45), 3600}
                              << QStringLiteral("Sunday, 3 March 2024, 08:45 UTC+01:00");
        QTest::newRow("west, half hour") << PublicationDate {day, QTime(23, 5), -(3 * 3600 + 1800)}
                                         << QStringLiteral("Sunday, 3 March 2024, 23:05 UTC-03:30");
    }
    void formatDate()
    {
        QFETCH(PublicationDate, date);
        QFETCH(QString, expected);
        QCOMPARE(DocumentPane::formatDate(date, QLocale(QLocale::English, QLocale::UnitedKingdom)), expected);
    }

    void headerShowsMetadata()
    {
        DocumentPane pane;
        pane.setDocument(article(), QColor(Qt::red));
        QCOMPARE(pane.titleText(), QStringLiteral("Bridge reopens"));
        QCOMPARE(pane.outletText(), QStringLiteral("Coastal Herald"));
        QCOMPARE(pane.dateText(), QStringLiteral("date unknown"));
        QCOMPARE(pane.outletColor(), QColor(Qt::red));
        QVERIFY(pane.minimumWidth() >= DocumentPane::minimumPaneWidth);
        QVERIFY(pane.textView()->isReadOnly());
    }

    void headerFallbacks()
    {
        Document doc = article();
        doc.title.clear();
        doc.outlet = QStringLiteral("  ");
        DocumentPane pane;
        pane.setDocument(doc, QColor(Qt::blue));
        QCOMPARE(pane.titleText(), QStringLiteral("bridge.md"));
        QCOMPARE(pane.outletText(), QStringLiteral("Unknown outlet"));
    }

    void oneBlockPerParagraph()
    {
        DocumentPane pane;
        pane.setDocument(article(), QColor(Qt::red));
        const QTextDocument *text = pane.textDocument();
        QCOMPARE(text->blockCount(), 4);
        // The line break inside paragraph 1 stays inside its block, one UTF-16 unit long.
        const QTextBlock body = text->findBlockByNumber(1);
        QCOMPARE(body.text(), QStringLiteral("Line one") + QChar(QChar::LineSeparator) + QStringLiteral("line two"));
        QCOMPARE(body.length() - 1, article().paragraphs.at(1).text.size());
        for (int i = 0; i < 4; ++i)
            QCOMPARE(text->findBlockByNumber(i).blockFormat().intProperty(ParagraphIndexProperty), i);
    }

    void roleFormats()
    {
        DocumentPane pane;
        pane.setDocument(article(), QColor(Qt::red));
        const QTextDocument *text = pane.textDocument();
        auto format = [text](int block) { return text->findBlockByNumber(block).begin().fragment().charFormat(); };
        QCOMPARE(format(0).fontWeight(), int(QFont::Bold));
        QVERIFY(!format(1).hasProperty(QTextFormat::FontWeight) || format(1).fontWeight() == QFont::Normal);
        QVERIFY(!format(1).fontItalic());
        QVERIFY(format(2).fontItalic());
        QCOMPARE(format(3).foreground().color(), dimmedTextColor(pane.textView()->palette()));
        QVERIFY(!format(1).hasProperty(QTextFormat::ForegroundBrush));
    }

    void dimmedColourFollowsTheme()
    {
        DocumentPane pane;
        pane.setDocument(article(), QColor(Qt::red));
        QPalette dark = pane.palette();
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        pane.setPalette(dark);
        const QColor dim = pane.textDocument()->findBlockByNumber(3).begin().fragment().charFormat().foreground().color();
        QCOMPARE(dim, dimmedTextColor(dark));
        QVERIFY(dim.lightness() < 0xee && dim.lightness() > 0x20);
    }

    void outletColors_data()
    {
        QTest::addColumn<QStringList>("outlets");
        QTest::addColumn<QList<int>>("expected"); // index into the outlet palette
        QTest::newRow("distinct") << QStringList {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}
                                  << QList<int> {0, 1, 2};
        QTest::newRow("same outlet shares") << QStringList {QStringLiteral("Herald"), QStringLiteral("Times"),
                                                            QStringLiteral(" herald ")}
                                            << QList<int> {0, 1, 0};
        QTest::newRow("unknown outlets differ")
            << QStringList {QString(), QString(), QStringLiteral("X")} << QList<int> {0, 1, 2};
        QTest::newRow("wraps after eight") << QStringList {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                                           QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6"),
                                                           QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("9")}
                                           << QList<int> {0, 1, 2, 3, 4, 5, 6, 7, 0};
    }
    void outletColors()
    {
        QFETCH(QStringList, outlets);
        QFETCH(QList<int>, expected);
        QList<Document> docs;
        for (const QString &outlet : outlets) {
            Document doc;
            doc.outlet = outlet;
            docs.append(doc);
        }
        const QList<QColor> colors = parallax::outletColors(docs);
        QCOMPARE(colors.size(), expected.size());
        for (qsizetype i = 0; i < colors.size(); ++i)
            QCOMPARE(colors.at(i), outletColor(expected.at(i)));
        QVERIFY(outletColor(0) != outletColor(1));
    }
};

QTEST_MAIN(TestDocumentPane)
#include "tst_documentpane.moc"
