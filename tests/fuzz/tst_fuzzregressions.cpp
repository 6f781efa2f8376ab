// Replays every input the fuzzers ever crashed on (tests/fuzz/regressions/<target>/) and every
// seed (tests/fuzz/corpus/<target>/) through the fuzz targets' own entry points, in the normal
// build. An entry point aborts when a result breaks an invariant, so a regression fails the test.
#include "fuzzentries.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace parallax::fuzz;

class TestFuzzRegressions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTargetHasSeeds()
    {
        for (const QString &name : entryNames()) {
            QVERIFY2(entryFor(name), qPrintable(name));
            const QDir corpus(QStringLiteral(PARALLAX_FUZZ_DIR "/corpus/") + name);
            QVERIFY2(!corpus.entryList(QDir::Files).isEmpty(), qPrintable(name + QStringLiteral(": no seed corpus")));
        }
        QVERIFY(!entryFor(QStringLiteral("no such target")));
    }

    void replay_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        for (const QString &kind : {QStringLiteral("regressions"), QStringLiteral("corpus")}) {
            for (const QString &name : entryNames()) {
                const QDir dir(QStringLiteral(PARALLAX_FUZZ_DIR "/") + kind + u'/' + name);
                for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
                    const QString row = kind + u'/' + name + u'/' + file;
                    QTest::newRow(qPrintable(row)) << name << dir.filePath(file);
                }
            }
        }
    }
    void replay()
    {
        QFETCH(QString, target);
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        entryFor(target)(file.readAll());
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
