#include "document/loaddocument.h"
#include "support/headlessrun.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace parallax;

class TestBadInput : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void rejected_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing file") << m_dir.filePath(u"nope.txt"_qs) << u"file does not exist"_qs;
        QTest::newRow("directory") << m_dir.path() << u"is a directory"_qs;
        QTest::newRow("device") << u"/dev/zero"_qs << u"not a regular file"_qs;
        QTest::newRow("empty") << write(u"empty.txt"_qs, {}) << u"file is empty"_qs;
        QTest::newRow("white space only") << write(u"blank.txt"_qs, " \n\r\n\t \n") << u"only white space"_qs;
        QTest::newRow("png header as txt") << write(u"image.txt"_qs, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20))
                                           << u"not a text file"_qs;
        QTest::newRow("png file") << write(u"image.png"_qs, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16))
                                  << u"not a text file"_qs;
        QFile exe(QCoreApplication::applicationFilePath());
        QByteArray elf;
        if (exe.open(QIODevice::ReadOnly))
            elf = exe.read(200000);
        QTest::newRow("elf executable renamed .txt") << write(u"program.txt"_qs, elf) << u"not a text file"_qs;
        QTest::newRow("control characters") << write(u"ctrl.md"_qs, QByteArray(1000, '\x01') + "text") << u"not a text file"_qs;
        QTest::newRow("html without text") << write(
            u"empty.html"_qs, "<html><head><script>var x = 1;</script></head><body><nav>Menu</nav></body></html>")
                                           << u"no readable text found"_qs;
    }
    void rejected()
    {
        QFETCH(QString, path);
        QFETCH(QString, reason);
        QVERIFY(!path.isEmpty() || QTest::currentDataTag() == QByteArray("missing file"));
        const LoadResult r = loadDocument(path);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.reason.contains(reason), qPrintable(r.error.reason));
        QCOMPARE(r.error.path, path);
        QVERIFY(r.error.message().startsWith(path + u": "_qs));
        QVERIFY(r.error.message().contains(reason));
    }

    void unreadableFile()
    {
        const QString path = write(u"secret.txt"_qs, "Hidden text.\n");
        QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
        if (::geteuid() != 0) {
            const LoadResult r = loadDocument(path);
            QVERIFY(!r.ok());
            QVERIFY2(r.error.reason.contains(u"permission denied"), qPrintable(r.error.reason));
            return;
        }
        // Permissions do not stop root (CI runs as root): the real executable loads the file as
        // the unprivileged user "nobody" instead, through util-linux's setpriv. The folder must
        // let that user reach the file, so only the file's own permissions refuse it.
        QVERIFY(QFile::setPermissions(m_dir.path(),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                          | QFileDevice::ReadOther | QFileDevice::ExeOther));
        const test::HeadlessRun run = test::runHeadless(u"setpriv"_qs,
                                                        {u"--reuid=65534"_qs, u"--regid=65534"_qs, u"--clear-groups"_qs,
                                                         QStringLiteral(PARALLAX_BINARY), u"--json"_qs, u"-"_qs, path},
                                                        u"C.UTF-8"_qs);
        QCOMPARE(run.exitCode, 2); // an input could not be loaded
        QVERIFY2(run.errText().contains(path + u": "_qs) && run.errText().contains(u"permission denied"),
                 qPrintable(run.errText()));
    }

    void invalidUtf8Loads_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("expected");
        QByteArray damaged = QStringLiteral("Вода прорвала дамбу ночью, и к утру затопило три деревни.").toUtf8();
        damaged.insert(4, "\xC0\xFF");
        QTest::newRow("utf-8 with broken bytes")
            << damaged << u"UTF-8"_qs << u"Во\uFFFD\uFFFDда прорвала дамбу ночью, и к утру затопило три деревни."_qs;
        QTest::newRow("latin-1 bytes") << QByteArray(
            "Le barrage a c\xe9\x64\xe9 pendant la nuit et trois villages \xe9taient inond\xe9s au matin.")
                                       << QString()
                                       << u"Le barrage a cédé pendant la nuit et trois villages étaient inondés au matin."_qs;
        QTest::newRow("lone continuation bytes")
            << QByteArray("Plain \x80\x81\x82 text with junk bytes.") << QString() << QString();
    }
    void invalidUtf8Loads()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(QString, expected);
        const LoadResult r = loadDocument(write(u"invalid.txt"_qs, bytes));
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QCOMPARE(r.document->paragraphs.size(), 1);
        if (!encoding.isEmpty())
            QCOMPARE(r.document->encoding, encoding);
        if (!expected.isEmpty())
            QCOMPARE(r.document->paragraphs[0].text, expected);
        else
            QVERIFY(r.document->paragraphs[0].text.endsWith(u" text with junk bytes."));
    }

    void overConfiguredLimitFailsFast()
    {
        const QString path = write(u"big.txt"_qs, QByteArray(2 * 1024 * 1024, 'a'));
        LoadOptions options;
        options.maxFileBytes = 1024 * 1024;
        QElapsedTimer timer;
        timer.start();
        const LoadResult r = loadDocument(path, options);
        QVERIFY(timer.elapsed() < 500);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.reason.contains(u"too large"), qPrintable(r.error.reason));
        QVERIFY2(r.error.reason.contains(u"2.0 MB") && r.error.reason.contains(u"1.0 MB"), qPrintable(r.error.reason));
    }

    void fiftyMegabytesLoad()
    {
        // 50 MB of paragraphs of about 5 KB each: under the default 64 MB and 20000-paragraph limits.
        const QByteArray sentence = "The river rose again overnight and the valley road stayed closed to traffic. ";
        QByteArray paragraph;
        while (paragraph.size() < 5000)
            paragraph += sentence;
        paragraph += "\n\n";
        QByteArray bytes;
        bytes.reserve(50 * 1024 * 1024 + paragraph.size());
        while (bytes.size() < 50 * 1024 * 1024)
            bytes += paragraph;
        const QString path = write(u"fifty.txt"_qs, bytes);
        QVERIFY(!path.isEmpty());
        QElapsedTimer timer;
        timer.start();
        const LoadResult r = loadDocument(path);
        const qint64 ms = timer.elapsed();
        qInfo("50 MB text file loaded in %lld ms", ms);
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QCOMPARE(r.document->paragraphs.size(), bytes.size() / paragraph.size());
        // Generous for Debug builds on a shared machine; Release takes well under a second.
        QVERIFY2(ms < 15000, qPrintable(QString::number(ms)));
    }

    void fiveMegabyteLineIsOneParagraph_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("txt") << u"line.txt"_qs;
        QTest::newRow("md") << u"line.md"_qs;
        QTest::newRow("html") << u"line.html"_qs;
    }
    void fiveMegabyteLineIsOneParagraph()
    {
        QFETCH(QString, name);
        QByteArray line;
        line.reserve(5 * 1024 * 1024);
        while (line.size() < 5 * 1024 * 1024)
            line += "word, another word and one more ";
        const QByteArray bytes = name.endsWith(u".html") ? "<p>" + line + "</p>" : line;
        const QString path = write(name, bytes);
        QElapsedTimer timer;
        timer.start();
        const LoadResult r = loadDocument(path);
        const qint64 ms = timer.elapsed();
        qInfo("5 MB single line (%s) loaded in %lld ms", qPrintable(name), ms);
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QCOMPARE(r.document->paragraphs.size(), 1);
        QCOMPARE(r.document->paragraphs[0].text, QString::fromLatin1(line).trimmed());
        QVERIFY2(ms < 15000, qPrintable(QString::number(ms)));
    }

    void tooManyParagraphs_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("unit");
        QTest::newRow("txt blank lines") << u"many.txt"_qs << QByteArray("Para.\n\n");
        QTest::newRow("txt one per line") << u"lines.txt"_qs << QByteArray("Line.\n");
        QTest::newRow("md") << u"many.md"_qs << QByteArray("Para.\n\n");
        QTest::newRow("html") << u"many.html"_qs << QByteArray("<p>Para.</p>");
    }
    void tooManyParagraphs()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, unit);
        const QString path = write(name, unit.repeated(500));
        LoadOptions options;
        options.maxParagraphs = 100;
        const LoadResult r = loadDocument(path, options);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.reason.contains(u"too many paragraphs"), qPrintable(r.error.reason));
        options.maxParagraphs = 500;
        QVERIFY2(loadDocument(path, options).ok(), "exactly at the limit loads");
    }

    void millionsOfTinyLinesStopEarly()
    {
        // 40 MB of two-byte lines must hit the paragraph limit, not build 20 million paragraphs.
        const QString path = write(u"tiny.txt"_qs, QByteArray("a\n").repeated(20 * 1000 * 1000));
        QElapsedTimer timer;
        timer.start();
        const LoadResult r = loadDocument(path);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.reason.contains(u"too many paragraphs"), qPrintable(r.error.reason));
        QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
    }

    void deeplyNestedHtml()
    {
        const QString path = write(u"deep.html"_qs, QByteArray("<div>").repeated(100000) + "<p>Deep text.</p>");
        QElapsedTimer timer;
        timer.start();
        const LoadResult r = loadDocument(path);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.reason.contains(u"nested too deeply"), qPrintable(r.error.reason));
        QVERIFY(timer.elapsed() < 5000);
        // Ordinary depth still loads.
        const LoadResult ok = loadDocument(write(u"deepish.html"_qs, QByteArray("<div>").repeated(500) + "<p>Deep text.</p>"));
        QVERIFY2(ok.ok(), qPrintable(ok.error.message()));
        QCOMPARE(ok.document->paragraphs.last().text, u"Deep text."_qs);
    }

    void deeplyNestedMarkdown_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("block quotes") << QByteArray(">").repeated(100000) + " Deep text.\n";
        QTest::newRow("list items") << [] {
            QByteArray out;
            for (int i = 0; i < 3000; ++i)
                out += QByteArray(i * 2, ' ') + "- item\n";
            return out;
        }();
        QTest::newRow("emphasis") << QByteArray("*_").repeated(50000) + "Deep text." + QByteArray("_*").repeated(50000);
        QTest::newRow("links") << QByteArray("[").repeated(100000) + "Deep text." + QByteArray("](x)").repeated(100000);
    }
    void deeplyNestedMarkdown()
    {
        QFETCH(QByteArray, bytes);
        QElapsedTimer timer;
        timer.start();
        const LoadResult r = loadDocument(write(u"deep.md"_qs, bytes));
        // Either outcome is fine as long as it is quick and a failure says why.
        QVERIFY2(r.ok() || !r.error.reason.isEmpty(), "a failure must give a reason");
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    }

    void deeplyNestedHtmlElements_data()
    {
        QTest::addColumn<QByteArray>("unit");
        QTest::newRow("inline b") << QByteArray("<b>");
        QTest::newRow("span") << QByteArray("<span>");
        QTest::newRow("tables") << QByteArray("<table><tr><td>");
        // End tags of elements that are not open are ignored by the parser, so they must not
        // count as closing a level either.
        QTest::newRow("div with stray end tag") << QByteArray("<div></b>");
        QTest::newRow("div with stray end p") << QByteArray("<div></p>");
    }
    void deeplyNestedHtmlElements()
    {
        QFETCH(QByteArray, unit);
        const QByteArray html = unit.repeated(200000) + "<p>Deep text.</p>";
        QElapsedTimer timer;
        timer.start();
        const LoadResult r = loadDocument(write(u"deepelements.html"_qs, html));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.reason.contains(u"nested too deeply"), qPrintable(r.error.reason));
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    }

    // Deterministic garbage: fragments of markup, Markdown, entities and odd bytes in random
    // order, in every format. Nothing to assert but that each load returns.
    void garbageNeverCrashes_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("txt") << u"txt"_qs;
        QTest::newRow("md") << u"md"_qs;
        QTest::newRow("html") << u"html"_qs;
        QTest::newRow("unknown") << u"dat"_qs;
    }
    void garbageNeverCrashes()
    {
        QFETCH(QString, suffix);
        static const QList<QByteArray> pieces {"<p>",
                                               "</p>",
                                               "<div class=\"share\">",
                                               "</div>",
                                               "<article>",
                                               "<h1>",
                                               "<li>",
                                               "<![CDATA[",
                                               "<!--",
                                               "-->",
                                               "<script>",
                                               "</script>",
                                               "<meta charset=\"koi8-r\">",
                                               "&amp;",
                                               "&#xD800;",
                                               "&#99999999;",
                                               "&",
                                               "# ",
                                               "\n\n",
                                               "\n",
                                               "> ",
                                               "- ",
                                               "**",
                                               "[",
                                               "](",
                                               ")",
                                               "`",
                                               "```",
                                               "|",
                                               "---\n",
                                               "\r",
                                               "\xC3",
                                               "\xA9",
                                               "\xFF",
                                               "\xD0\x9F",
                                               "Text ",
                                               "Read more:",
                                               "\xC2\xA0",
                                               "\xE2\x80\x94",
                                               "<",
                                               ">",
                                               "\"",
                                               "'",
                                               "\t"};
        QRandomGenerator rng(42);
        for (int round = 0; round < 40; ++round) {
            QByteArray bytes;
            const int n = 1 + int(rng.bounded(400));
            for (int i = 0; i < n; ++i)
                bytes += pieces[rng.bounded(int(pieces.size()))];
            const QString path = write(u"garbage%1."_qs.arg(round) + suffix, bytes);
            const LoadResult r = loadDocument(path);
            QVERIFY(r.ok() || !r.error.reason.isEmpty());
            if (r.ok()) {
                QVERIFY(!r.document->paragraphs.isEmpty());
                for (const Paragraph &p : r.document->paragraphs)
                    QVERIFY(!p.text.isEmpty());
            }
        }
    }

    void loadDocumentsReportsEveryFailure()
    {
        const QString good1 = write(u"good1.txt"_qs, "First article.\n\nIts body.\n");
        const QString good2 = write(u"good2.md"_qs, "# Second\n\nBody.\n");
        const QString missing = m_dir.filePath(u"missing.txt"_qs);
        const QString empty = write(u"empty2.txt"_qs, {});
        const QString binary = write(u"bin.txt"_qs, QByteArray("\0\0\0\0", 4));
        const LoadManyResult r = loadDocuments({missing, good1, empty, good2, binary});
        QCOMPARE(r.documents.size(), 2);
        QCOMPARE(r.documents[0].id, u"d1"_qs);
        QCOMPARE(r.documents[0].path, good1);
        QCOMPARE(r.documents[1].id, u"d2"_qs);
        QCOMPARE(r.documents[1].path, good2);
        QCOMPARE(r.errors.size(), 3);
        QCOMPARE(r.errors[0].path, missing);
        QCOMPARE(r.errors[1].path, empty);
        QCOMPARE(r.errors[2].path, binary);
        QVERIFY(r.errors[2].message().contains(u"not a text file"));
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
