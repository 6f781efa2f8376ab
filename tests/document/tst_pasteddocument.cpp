#include "document/pasteddocument.h"

#include <QTest>

using namespace parallax;

class TestPastedDocument final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void paragraphs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QStringList>("paragraphs");
        QTest::addColumn<QString>("expectedTitle");
        QTest::newRow("blank lines split") << QStringLiteral("One.\n\nTwo.\n \nThree.") << QStringLiteral("Given")
                                           << QStringList {QStringLiteral("One."), QStringLiteral("Two."),
                                                           QStringLiteral("Three.")}
                                           << QStringLiteral("Given");
        QTest::newRow("single newline stays") << QStringLiteral("Line a\nline b") << QStringLiteral("T")
                                              << QStringList {QStringLiteral("Line a\nline b")} << QStringLiteral("T");
        QTest::newRow("windows line ends") << QStringLiteral("A\r\n\r\nB") << QStringLiteral("T")
                                           << QStringList {QStringLiteral("A"), QStringLiteral("B")} << QStringLiteral("T");
        QTest::newRow("headline becomes title")
            << QStringLiteral("Dam breaks\n\nBody text.") << QString()
            << QStringList {QStringLiteral("Dam breaks"), QStringLiteral("Body text.")} << QStringLiteral("Dam breaks");
        QTest::newRow("only blanks") << QStringLiteral("\n\n  \n") << QString() << QStringList {} << QString();
    }

    void paragraphs()
    {
        QFETCH(QString, text);
        QFETCH(QString, title);
        QFETCH(QStringList, paragraphs);
        QFETCH(QString, expectedTitle);
        const Document d = documentFromText(text, title, QStringLiteral(" Outlet "));
        QStringList got;
        for (const Paragraph &p : d.paragraphs)
            got.append(p.text);
        QCOMPARE(got, paragraphs);
        QCOMPARE(d.title, expectedTitle);
        QCOMPARE(d.outlet, QStringLiteral("Outlet"));
        QVERIFY(d.path.isEmpty());
        QCOMPARE(d.format, QStringLiteral("txt"));
        if (title.isEmpty() && !paragraphs.isEmpty())
            QCOMPARE(d.paragraphs.constFirst().role, ParagraphRole::Title);
    }
};

QTEST_GUILESS_MAIN(TestPastedDocument)
#include "tst_pasteddocument.moc"
