#include "support/minimalpdf.h"
#include "support/zipwriter.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Runs the real `parallax` executable the way scripts and users do.
class TestCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run run(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // Headless modes must not need a display at all.
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PARALLAX_BINARY), args);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
    }

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write test file");
        return path;
    }

private Q_SLOTS:
    void help()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--json"));
        QVERIFY(r.out.contains("Exit codes"));
    }

    void version()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("parallax 0."));
        QVERIFY(r.out.contains("KSyntaxHighlighting"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("json without files") << QStringList {QStringLiteral("--json"), QStringLiteral("-")};
        QTest::newRow("json without value") << QStringList {QStringLiteral("--json")};
        QTest::newRow("unknown option") << QStringList {QStringLiteral("--json"), QStringLiteral("-"), QStringLiteral("--bogus"),
                                                        QStringLiteral("x")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("parallax:"));
    }

    void jsonToStdout()
    {
        const QString a = write(QStringLiteral("a.txt"), "Flood in Riverton\n\nThe river rose by two metres overnight.\n");
        const Run r = run({QStringLiteral("--json"), QStringLiteral("-"), a});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(root.value(u"schema").toString(), QStringLiteral("parallax.report/1"));
        QCOMPARE(root.value(u"documents").toArray().size(), 1);
    }

    void jsonToFileIsDeterministic()
    {
        const QString a = write(QStringLiteral("b.txt"), "One\n\nTwo paragraphs here.\n");
        const QString c = write(QStringLiteral("c.txt"), "Another\n\nTwo paragraphs there.\n");
        const QString out1 = m_dir.filePath(QStringLiteral("r1.json"));
        const QString out2 = m_dir.filePath(QStringLiteral("r2.json"));
        QCOMPARE(run({QStringLiteral("--json"), out1, a, c}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("--json"), out2, a, c}).exitCode, 0);
        QFile f1(out1), f2(out2);
        QVERIFY(f1.open(QIODevice::ReadOnly) && f2.open(QIODevice::ReadOnly));
        const QByteArray b1 = f1.readAll();
        QVERIFY(!b1.isEmpty());
        QCOMPARE(b1, f2.readAll());
    }

    void everyFormatAndFolders()
    {
        // A folder with a PDF, a Word document, a text file and a file that is no article.
        const QString folder = m_dir.filePath(QStringLiteral("sources"));
        QVERIFY(QDir().mkpath(folder));
        write(QStringLiteral("sources/a.pdf"),
              parallax::test::minimalPdf("The river rose by two metres overnight.", "/Title (Flood in Riverton)"));
        QVERIFY(parallax::test::writeZip(
            folder + QStringLiteral("/b.docx"),
            parallax::test::docxEntries(
                parallax::test::wordParagraph(QStringLiteral("Flood in Riverton"), QStringLiteral("Title"))
                + parallax::test::wordParagraph(QStringLiteral("The river rose by two metres in one night.")))));
        write(QStringLiteral("sources/c.txt"), "Flood in Riverton\n\nThe river rose two metres overnight.\n");
        write(QStringLiteral("sources/d.jpg"), "\xFF\xD8\xFF\xE0");
        const Run r = run({QStringLiteral("--json"), QStringLiteral("-"), folder});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray documents = QJsonDocument::fromJson(r.out).object().value(u"documents").toArray();
        QStringList formats;
        for (const QJsonValue &d : documents)
            formats.append(d.toObject().value(u"format").toString());
        QCOMPARE(formats, (QStringList {QStringLiteral("pdf"), QStringLiteral("docx"), QStringLiteral("txt")}));
        QCOMPARE(documents.at(0).toObject().value(u"title").toString(), QStringLiteral("Flood in Riverton"));
    }

    void missingInputsAreAllReported()
    {
        const QString good = write(QStringLiteral("good.txt"), "Fine\n\nText.\n");
        const QString missing1 = m_dir.filePath(QStringLiteral("nope1.txt"));
        const QString missing2 = m_dir.filePath(QStringLiteral("nope2.txt"));
        const Run r = run({QStringLiteral("--json"), QStringLiteral("-"), missing1, good, missing2});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("nope1.txt"));
        QVERIFY(r.err.contains("nope2.txt"));
        QVERIFY(r.out.isEmpty());
    }

    void unwritableOutput()
    {
        const QString a = write(QStringLiteral("d.txt"), "Text\n");
        const Run r = run({QStringLiteral("--json"), m_dir.filePath(QStringLiteral("no/such/dir/out.json")), a});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("out.json"));
    }

    void guiWithoutDisplayExplainsItself()
    {
        const QString a = write(QStringLiteral("e.txt"), "Text\n");
        const Run r = run({a});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("no display"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
