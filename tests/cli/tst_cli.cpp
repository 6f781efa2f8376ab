#include "cli/cli.h"
#include "document/loaddocument.h"
#include "session/sessionio.h"
#include "support/headlessrun.h"
#include "support/minimalpdf.h"
#include "support/zipwriter.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Runs the real `parallax` executable the way scripts and users do.
class TestCli : public QObject
{
    Q_OBJECT

private:
    using Run = parallax::test::HeadlessRun;

    // The messages checked here are the English source texts, whatever the developer's locale
    // (tests/i18n checks the German ones).
    static Run run(const QStringList &args)
    {
        return parallax::test::runHeadless(QStringLiteral(PARALLAX_BINARY), args, QStringLiteral("C.UTF-8"));
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
        QTest::newRow("pdf without files") << QStringList {QStringLiteral("--pdf"), QStringLiteral("out.pdf")};
        QTest::newRow("pdf to stdout") << QStringList {QStringLiteral("--pdf"), QStringLiteral("-"), QStringLiteral("x.txt")};
        QTest::newRow("html without value") << QStringList {QStringLiteral("--html")};
        QTest::newRow("csv without files") << QStringList {QStringLiteral("--csv-conflicts"), QStringLiteral("-")};
        QTest::newRow("session without output") << QStringList {QStringLiteral("--session"), QStringLiteral("s.parallax"),
                                                                QStringLiteral("--page-size"), QStringLiteral("A4")};
        QTest::newRow("bad page size") << QStringList {QStringLiteral("--pdf"), QStringLiteral("o.pdf"),
                                                       QStringLiteral("--page-size"), QStringLiteral("A5"),
                                                       QStringLiteral("x.txt")};
        for (const char *threads : {"0", "-2", "many", "257"})
            QTest::addRow("threads %s", threads)
                << QStringList {QStringLiteral("--json"), QStringLiteral("-"), QStringLiteral("--threads"),
                                QString::fromLatin1(threads), QStringLiteral("x.txt")};
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

    void threadsDoNotChangeTheReport()
    {
        const QString samples = QStringLiteral(PARALLAX_SAMPLES_DIR "/holvik-dam-breach/articles");
        QByteArray first;
        for (const char *threads : {"1", "2", "4"}) {
            const Run r = run({QStringLiteral("--json"), QStringLiteral("-"), QStringLiteral("--threads"),
                               QString::fromLatin1(threads), samples});
            QCOMPARE(r.exitCode, 0);
            QVERIFY(r.out.contains("\"conflicts\""));
            if (first.isEmpty())
                first = r.out;
            QCOMPARE(r.out, first);
        }
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
        // How each file's paragraphs were found (added after 1.0).
        QStringList breaks;
        for (const QJsonValue &d : documents)
            breaks.append(d.toObject().value(u"paragraphBreaks").toString());
        QCOMPARE(breaks, (QStringList {QStringLiteral("markup"), QStringLiteral("markup"), QStringLiteral("blank-lines")}));
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

    void headlessDetection_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("headless");
        QTest::addColumn<bool>("pdf");
        QTest::newRow("files only") << QStringList {QStringLiteral("a.txt")} << false << false;
        QTest::newRow("json") << QStringList {QStringLiteral("--json"), QStringLiteral("-"), QStringLiteral("a.txt")} << true
                              << false;
        QTest::newRow("json=") << QStringList {QStringLiteral("--json=-"), QStringLiteral("a.txt")} << true << false;
        QTest::newRow("pdf") << QStringList {QStringLiteral("--pdf"), QStringLiteral("o.pdf"), QStringLiteral("a.txt")} << true
                             << true;
        QTest::newRow("pdf=") << QStringList {QStringLiteral("--pdf=o.pdf"), QStringLiteral("a.txt")} << true << true;
        QTest::newRow("html") << QStringList {QStringLiteral("--html"), QStringLiteral("o.html")} << true << false;
        QTest::newRow("csv quotes") << QStringList {QStringLiteral("--csv-quotes"), QStringLiteral("q.csv")} << true << false;
        QTest::newRow("csv conflicts") << QStringList {QStringLiteral("--csv-conflicts=c.csv")} << true << false;
        QTest::newRow("file named like an option after --")
            << QStringList {QStringLiteral("--"), QStringLiteral("--pdf")} << false << false;
        QTest::newRow("pdfx is not pdf") << QStringList {QStringLiteral("--pdfx")} << false << false;
    }
    void headlessDetection()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, headless);
        QFETCH(bool, pdf);
        QList<QByteArray> bytes {QByteArrayLiteral("parallax")};
        for (const QString &a : args)
            bytes.append(a.toUtf8());
        QList<char *> argv;
        for (QByteArray &b : bytes)
            argv.append(b.data());
        QCOMPARE(parallax::isHeadlessInvocation(int(argv.size()), argv.data()), headless);
        QCOMPARE(parallax::needsPdfWriter(int(argv.size()), argv.data()), pdf);
    }

    void allReportsTogether()
    {
        const QString dir = QStringLiteral(PARALLAX_SAMPLES_DIR) + QStringLiteral("/holvik-dam-breach/articles");
        const QStringList articles = QDir(dir).entryList(QDir::Files, QDir::Name);
        QVERIFY(articles.size() >= 2);
        QStringList args;
        const QString pdf = m_dir.filePath(QStringLiteral("all.pdf"));
        const QString conflicts = m_dir.filePath(QStringLiteral("conflicts.csv"));
        const QString quotes = m_dir.filePath(QStringLiteral("quotes.csv"));
        const QString json = m_dir.filePath(QStringLiteral("all.json"));
        args << QStringLiteral("--pdf") << pdf << QStringLiteral("--html") << QStringLiteral("-")
             << QStringLiteral("--csv-conflicts") << conflicts << QStringLiteral("--csv-quotes") << quotes
             << QStringLiteral("--json") << json;
        for (const QString &a : articles)
            args << dir + u'/' + a;
        const Run r = run(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("<!DOCTYPE html>"));
        QVERIFY(r.out.contains("</html>"));
        QFile p(pdf);
        QVERIFY(p.open(QIODevice::ReadOnly));
        QVERIFY(p.read(5) == "%PDF-");
        for (const QString &path : {conflicts, quotes}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(f.readLine().endsWith("\r\n"));
        }
        QFile j(json);
        QVERIFY(j.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(j.readAll()).object().value(u"documents").toArray().size(), articles.size());
    }

    void sessionNotesReachTheReports()
    {
        const QString a
            = write(QStringLiteral("s1.txt"), "Flood in Riverton\n\nThe river rose by two metres overnight, the mayor said.\n");
        const QString b
            = write(QStringLiteral("s2.txt"), "Riverton flooded\n\nThe river rose by three metres on Tuesday, officials said.\n");
        const parallax::LoadManyResult loaded = parallax::loadDocuments({a, b});
        QVERIFY(loaded.errors.isEmpty());
        parallax::Session session = parallax::sessionFromDocuments(loaded.documents);
        parallax::Annotation note;
        note.id = QStringLiteral("a1");
        note.documentKey = session.documents.at(1).key;
        note.paragraph = int(session.documents.at(1).document.paragraphs.size()) - 1;
        note.start = 0;
        note.end = 9;
        QVERIFY(parallax::captureAnchor(note, session.documents.at(1).document));
        note.note = QStringLiteral("Check the gauge data from the river authority.");
        note.tag = QStringLiteral("follow up");
        note.colour = QStringLiteral("#f0b45a");
        session.annotations.append(note);
        session.documents[0].overrides.outlet = QStringLiteral("Riverton Evening Post");
        const QString sessionPath = m_dir.filePath(QStringLiteral("work.parallax"));
        QCOMPARE(parallax::saveSession(session, sessionPath), QString());
        // The session carries the text: the articles may be gone.
        QFile::remove(a);
        QFile::remove(b);

        const QString html = m_dir.filePath(QStringLiteral("notes.html"));
        const QString pdf = m_dir.filePath(QStringLiteral("notes.pdf"));
        const Run r = run({QStringLiteral("--session"), sessionPath, QStringLiteral("--html"), html, QStringLiteral("--pdf"), pdf,
                           QStringLiteral("--page-size"), QStringLiteral("Letter")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile h(html);
        QVERIFY(h.open(QIODevice::ReadOnly));
        const QByteArray htmlBytes = h.readAll();
        QVERIFY(htmlBytes.contains("Check the gauge data from the river authority."));
        QVERIFY(htmlBytes.contains("Riverton Evening Post"));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QProcess t;
        t.start(pdftotext, {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
        QVERIFY(t.waitForFinished());
        const QString text = QString::fromUtf8(t.readAllStandardOutput()).simplified();
        QVERIFY2(text.contains(QStringLiteral("Check the gauge data from the river authority.")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Riverton Evening Post")));

        // Hidden panes stay out of the reports.
        session.hiddenPanes = {session.documents.at(0).key};
        QCOMPARE(parallax::saveSession(session, sessionPath), QString());
        const Run hidden = run({QStringLiteral("--session"), sessionPath, QStringLiteral("--html"), QStringLiteral("-")});
        QCOMPARE(hidden.exitCode, 0);
        QVERIFY(!hidden.out.contains("Riverton Evening Post"));
        QVERIFY(hidden.out.contains("Check the gauge data"));
        const Run noNotes = run({QStringLiteral("--session"), sessionPath, QStringLiteral("--html"), QStringLiteral("-"),
                                 QStringLiteral("--no-annotations")});
        QCOMPARE(noNotes.exitCode, 0);
        QVERIFY(!noNotes.out.contains("Check the gauge data"));
    }

    void badSessions_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("truncated") << QByteArray("{\"schema\":\"parallax.session/1\",\"documents\":[")
                                   << QByteArray("not valid JSON");
        QTest::newRow("newer") << QByteArray("{\"schema\":\"parallax.session/2\"}") << QByteArray("newer Parallax");
        QTest::newRow("not a session") << QByteArray("{\"schema\":\"parallax.report/1\"}")
                                       << QByteArray("unknown session schema");
    }
    void badSessions()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, message);
        const QString path = write(QStringLiteral("bad.parallax"), bytes);
        const QString out = m_dir.filePath(QStringLiteral("never.html"));
        const Run r = run({QStringLiteral("--session"), path, QStringLiteral("--html"), out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(r.err.contains("bad.parallax"));
        QVERIFY(!QFile::exists(out));
    }

    void unwritableReports_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("pdf") << QStringLiteral("--pdf");
        QTest::newRow("html") << QStringLiteral("--html");
        QTest::newRow("csv") << QStringLiteral("--csv-quotes");
    }
    void unwritableReports()
    {
        QFETCH(QString, option);
        const QString a = write(QStringLiteral("w.txt"), "Text\n");
        const Run r = run({option, m_dir.filePath(QStringLiteral("no/such/dir/out.x")), a});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("out.x"));
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
