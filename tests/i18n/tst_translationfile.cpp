#include "tsfile.h"

#include <QTest>

// The committed German translation is complete and every message keeps what the code fills in:
// its %1/%n placeholders and as many & accelerators as the English text.
class TestTranslationFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void germanIsComplete()
    {
        const TsFile ts = readTsFile(QStringLiteral(PARALLAX_SOURCE_DIR "/resources/translations/parallax_de.ts"));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QCOMPARE(ts.language, QStringLiteral("de_DE"));
        // The window, the CLI and the loaders together have a few hundred texts; a handful
        // would mean lupdate ran over the wrong sources.
        QVERIFY2(ts.messages.size() > 250, qPrintable(QString::number(ts.messages.size())));
        QStringList all;
        for (const TsMessage &m : ts.messages)
            all += problems(m);
        QVERIFY2(all.isEmpty(), qPrintable(all.join(u'\n')));
    }

    // The checker itself: each kind of defect in a small hand-written file is found.
    void checkerFindsDefects_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unfinished") << R"(<source>Open</source><translation type="unfinished">Öffnen</translation>)"
                                    << "is unfinished";
        QTest::newRow("vanished") << R"(<source>Open</source><translation type="vanished">Öffnen</translation>)"
                                  << "is vanished";
        QTest::newRow("obsolete") << R"(<source>Open</source><translation type="obsolete">Öffnen</translation>)"
                                  << "is obsolete";
        QTest::newRow("empty") << R"(<source>Open</source><translation></translation>)"
                               << "empty translation";
        QTest::newRow("dropped %2") << R"(<source>%1 of %2</source><translation>%1 von</translation>)"
                                    << "has placeholders %1 instead of %1 %2";
        QTest::newRow("changed %1") << R"(<source>Saved %1</source><translation>%2 gespeichert</translation>)"
                                    << "has placeholders %2 instead of %1";
        QTest::newRow("lost accelerator") << R"(<source>&amp;File</source><translation>Datei</translation>)"
                                          << "has 0 accelerators (&), the source 1";
        QTest::newRow("extra accelerator") << R"(<source>Zoom &amp;In</source><translation>&amp;Ver&amp;größern</translation>)"
                                           << "has 2 accelerators (&), the source 1";
        QTest::newRow("numerus without %n")
            << R"(<source>%n file(s)</source><translation><numerusform>eine Datei</numerusform><numerusform>viele Dateien</numerusform></translation>)"
            << "no numerus form shows the number %n";
    }

    void checkerFindsDefects()
    {
        QFETCH(QString, message);
        QFETCH(QString, expected);
        const bool numerus = message.contains(u"numerusform");
        const QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?><TS version=\"2.1\" language=\"de_DE\">"
                                           "<context><name>ctx</name><message%1>%2</message></context></TS>")
                                .arg(numerus ? QStringLiteral(" numerus=\"yes\"") : QString(), message);
        const TsFile ts = readTs(xml.toUtf8());
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QCOMPARE(ts.messages.size(), 1);
        const QStringList found = problems(ts.messages.first());
        QVERIFY2(found.join(u'\n').contains(expected), qPrintable(found.join(u'\n')));
    }

    void checkerAcceptsGoodMessages_data()
    {
        QTest::addColumn<QString>("message");
        QTest::newRow("plain") << R"(<source>Open</source><translation>Öffnen</translation>)";
        QTest::newRow("reordered") << R"(<source>%1 of %2</source><translation>%2: %1</translation>)";
        QTest::newRow("moved accelerator") << R"(<source>Zoom &amp;In</source><translation>Ver&amp;größern</translation>)";
        QTest::newRow("literal ampersand") << R"(<source>Q&amp;&amp;A</source><translation>F &amp; A</translation>)";
        QTest::newRow("numerus")
            << R"(<source>%n file(s)</source><translation><numerusform>eine Datei</numerusform><numerusform>%n Dateien</numerusform></translation>)";
    }

    void checkerAcceptsGoodMessages()
    {
        QFETCH(QString, message);
        const bool numerus = message.contains(u"numerusform");
        const QString xml
            = QStringLiteral("<TS version=\"2.1\" language=\"de_DE\"><context><name>ctx</name><message%1>%2</message>"
                             "</context></TS>")
                  .arg(numerus ? QStringLiteral(" numerus=\"yes\"") : QString(), message);
        const TsFile ts = readTs(xml.toUtf8());
        QCOMPARE(ts.messages.size(), 1);
        const QStringList found = problems(ts.messages.first());
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslationFile)
#include "tst_translationfile.moc"
