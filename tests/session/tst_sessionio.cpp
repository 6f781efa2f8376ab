#include "document/loaddocument.h"
#include "session/sessionio.h"
#include "sessionfixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace parallax;

namespace {

void compareSessions(const Session &a, const Session &b)
{
    QCOMPARE(a.documents.size(), b.documents.size());
    for (qsizetype i = 0; i < a.documents.size(); ++i) {
        const Document &x = a.documents.at(i).document;
        const Document &y = b.documents.at(i).document;
        QCOMPARE(a.documents.at(i).key, b.documents.at(i).key);
        QCOMPARE(x.path, y.path);
        QCOMPARE(x.format, y.format);
        QCOMPARE(x.encoding, y.encoding);
        QCOMPARE(x.title, y.title);
        QCOMPARE(x.outlet, y.outlet);
        QCOMPARE(x.published, y.published);
        QCOMPARE(x.paragraphs, y.paragraphs);
        QCOMPARE(x.source, y.source);
        QCOMPARE(x.paragraphBreaks, y.paragraphBreaks);
        QVERIFY(a.documents.at(i).overrides == b.documents.at(i).overrides);
    }
    QCOMPARE(a.annotations.size(), b.annotations.size());
    for (qsizetype i = 0; i < a.annotations.size(); ++i)
        QVERIFY(a.annotations.at(i) == b.annotations.at(i));
    QCOMPARE(a.pivotKey, b.pivotKey);
    QCOMPARE(a.paneOrder, b.paneOrder);
    QCOMPARE(a.hiddenPanes, b.hiddenPanes);
    QCOMPARE(a.layout, b.layout);
}

QByteArray replaced(QByteArray bytes, const QByteArray &from, const QByteArray &to)
{
    if (!bytes.contains(from))
        qFatal("fixture does not contain the text to replace");
    return bytes.replace(from, to);
}

} // namespace

class TestSessionIo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        const Session s = makeFixtureSession();
        const QByteArray bytes = toSessionJson(s);
        QVERIFY(bytes.startsWith("{\"schema\":\"parallax.session/1\""));
        const SessionReadResult r = fromSessionJson(bytes);
        QVERIFY2(r.ok(), qPrintable(r.error));
        compareSessions(s, *r.session);
        QCOMPARE(r.session->effectiveDocuments().at(1).title, QStringLiteral("Corrected title"));
        QCOMPARE(r.session->effectiveDocuments().at(2).published.toIso(), QStringLiteral("2024-03-04T10:00:00+01:00"));
        QCOMPARE(r.session->effectiveDocuments().at(2).published.utcOffsetSeconds, 3600);
    }

    void resaveIsByteIdentical()
    {
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("a.parallax"));
        const QString second = dir.filePath(QStringLiteral("b.parallax"));
        QCOMPARE(saveSession(makeFixtureSession(), first), QString());
        const SessionReadResult loaded = loadSession(first);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QCOMPARE(saveSession(*loaded.session, second), QString());
        QFile a(first);
        QFile b(second);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        const QByteArray bytesA = a.readAll();
        QCOMPARE(bytesA, b.readAll());
        QVERIFY(bytesA.size() > 1000);
    }

    void sampleCorpusRoundTrip()
    {
        // Real loader output (Cyrillic, HTML sources, typographic quotes) survives save and load.
        const QDir dir(QStringLiteral(PARALLAX_SAMPLES_DIR) + QStringLiteral("/holvik-dam-breach/articles"));
        QStringList paths;
        for (const QString &f : dir.entryList(QDir::Files, QDir::Name))
            paths.append(dir.filePath(f));
        const LoadManyResult loaded = loadDocuments(paths);
        QVERIFY(loaded.errors.isEmpty());
        QVERIFY(loaded.documents.size() >= 5);
        const Session s = sessionFromDocuments(loaded.documents);
        const QByteArray first = toSessionJson(s);
        const SessionReadResult r = fromSessionJson(first);
        QVERIFY2(r.ok(), qPrintable(r.error));
        compareSessions(s, *r.session);
        QCOMPARE(toSessionJson(*r.session), first);
    }

    void opensWithoutSourceFiles()
    {
        // The fixture's paths point nowhere; the text comes from the session itself.
        const SessionReadResult r = fromSessionJson(toSessionJson(makeFixtureSession()));
        QVERIFY(r.ok());
        QVERIFY(!QFile::exists(r.session->documents.at(0).document.path));
        QCOMPARE(r.session->documents.at(0).document.paragraphs.size(), 5);
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const QByteArray good = toSessionJson(makeFixtureSession());
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
        QTest::newRow("truncated") << good.left(good.size() / 2) << QStringLiteral("truncated");
        QTest::newRow("one byte short") << good.left(good.size() - 2) << QStringLiteral("not valid JSON");
        QByteArray corrupt = good;
        // A structural character, not one inside a string (where the reader would see a bad value).
        corrupt[corrupt.indexOf(':', corrupt.size() / 3)] = '\x01';
        QTest::newRow("corrupt byte") << corrupt << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("not a Parallax session");
        QTest::newRow("no schema") << QByteArray("{\"documents\":[]}") << QStringLiteral("no \"schema\"");
        QTest::newRow("newer version") << replaced(good, "parallax.session/1", "parallax.session/2")
                                       << QStringLiteral("newer Parallax (parallax.session/2)");
        QTest::newRow("other schema") << replaced(good, "parallax.session/1", "parallax.report/1")
                                      << QStringLiteral("unknown session schema \"parallax.report/1\"");
        QTest::newRow("paragraph not a string")
            << replaced(good, "\"role\":\"title\",\"text\":\"", "\"role\":\"title\",\"text\":7,\"x\":\"")
            << QStringLiteral("documents[0].paragraphs[0].text: expected a string");
        QTest::newRow("unknown role") << replaced(good, "\"role\":\"title\"", "\"role\":\"sidebar\"")
                                      << QStringLiteral("unknown role \"sidebar\"");
        QTest::newRow("start is text") << replaced(good, "\"start\":5", "\"start\":\"5\"")
                                       << QStringLiteral("annotations[0].start: expected a non-negative integer");
        QTest::newRow("start fractional") << replaced(good, "\"start\":5", "\"start\":5.5")
                                          << QStringLiteral("annotations[0].start");
        // Beyond qint64: must be refused by range, not converted (undefined behaviour; found by fuzz_session).
        QTest::newRow("start 7e42") << replaced(good, "\"start\":5", "\"start\":7e42")
                                    << QStringLiteral("annotations[0].start: expected a non-negative integer");
        QTest::newRow("start -1e300") << replaced(good, "\"start\":5", "\"start\":-1e300")
                                      << QStringLiteral("annotations[0].start: expected a non-negative integer");
        QTest::newRow("bad colour") << replaced(good, "#e8837c", "red") << QStringLiteral("annotations[0].colour");
        QTest::newRow("bad date") << replaced(good, "\"2024-03-03\"", "\"March 3\"") << QStringLiteral("not an ISO 8601 date");
        QTest::newRow("annotations missing")
            << replaced(good, "\"annotations\"", "\"notes\"") << QStringLiteral("session.annotations: missing");
        QTest::newRow("layout not a string")
            << replaced(good, "\"layout\":\"side-by-side\"", "\"layout\":3") << QStringLiteral("view.layout: expected a string");
    }

    void rejects()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const SessionReadResult r = fromSessionJson(bytes);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(expected), qPrintable(r.error));
    }

    void unknownAnnotationDocument()
    {
        Session s = makeFixtureSession();
        s.annotations[0].documentKey = QStringLiteral("knope");
        const SessionReadResult r = fromSessionJson(toSessionJson(s));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("no document has the key \"knope\"")), qPrintable(r.error));
    }

    void failedLoadChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.parallax"));
        QCOMPARE(saveSession(makeFixtureSession(), path), QString());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(before.left(100));
        f.close();
        const SessionReadResult r = loadSession(path);
        QVERIFY(!r.ok());
        QVERIFY(r.error.contains(path));
        QVERIFY(!loadSession(dir.filePath(QStringLiteral("missing.parallax"))).error.isEmpty());
    }

    void sizeLimit()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("s.parallax"));
        QVERIFY(saveSession(makeFixtureSession(), path).isEmpty());
        const qint64 size = QFileInfo(path).size();
        QVERIFY(loadSession(path, size).ok());
        const SessionReadResult small = loadSession(path, size - 1);
        QVERIFY(!small.ok());
        QVERIFY2(small.error.contains(QStringLiteral("is too large")) && small.error.contains(path), qPrintable(small.error));

        // The default limit, on a sparse file: rejected from its size, without reading 513 MB.
        const QString huge = dir.filePath(QStringLiteral("huge.parallax"));
        QFile file(huge);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(maxSessionFileBytes + 1));
        file.close();
        const SessionReadResult r = loadSession(huge);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("the limit is 512.0 MB")), qPrintable(r.error));
    }

    void deviceIsNotRead()
    {
        // /dev/zero reports size 0 and never ends; it must be refused, not read until memory runs out.
        const SessionReadResult r = loadSession(QStringLiteral("/dev/zero"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("not a regular file")), qPrintable(r.error));
    }

    void saveToUnwritablePlaceFails()
    {
        const QString error = saveSession(makeFixtureSession(), QStringLiteral("/proc/no/such/dir/x.parallax"));
        QVERIFY(!error.isEmpty());
    }

    void isoDates_data()
    {
        QTest::addColumn<QString>("iso");
        QTest::addColumn<bool>("valid");
        QTest::newRow("date") << QStringLiteral("2024-03-03") << true;
        QTest::newRow("time") << QStringLiteral("2024-03-03T08:45:00") << true;
        QTest::newRow("offset") << QStringLiteral("2024-03-03T08:45:00-05:30") << true;
        QTest::newRow("no day") << QStringLiteral("2024-02-30") << false;
        QTest::newRow("junk") << QStringLiteral("yesterday") << false;
    }
    void isoDates()
    {
        QFETCH(QString, iso);
        QFETCH(bool, valid);
        const auto d = parsePublicationIso(iso);
        QCOMPARE(d.has_value(), valid);
        if (valid)
            QCOMPARE(d->toIso(), iso);
    }
};

QTEST_GUILESS_MAIN(TestSessionIo)
#include "tst_sessionio.moc"
