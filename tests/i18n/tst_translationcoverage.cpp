#include "tsfile.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// Runs lupdate over app/ and ui/ the way the update_translations target does, into a fresh .ts,
// and compares it with the committed parallax_de.ts: a new tr() text that nobody added and
// translated fails here, and so does a translation whose text left the sources.
class TestTranslationCoverage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void committedTsMatchesSources()
    {
        const QString lupdate = QStringLiteral(PARALLAX_LUPDATE);
        if (lupdate.isEmpty() || !QFileInfo(lupdate).isExecutable())
            QSKIP("lupdate (Qt LinguistTools) is not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fresh = dir.filePath(QStringLiteral("fresh_de.ts"));
        const QDir source(QStringLiteral(PARALLAX_SOURCE_DIR));
        QProcess p;
        p.start(lupdate,
                {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                 source.filePath(QStringLiteral("app")), source.filePath(QStringLiteral("ui")), QStringLiteral("-ts"), fresh});
        QVERIFY2(p.waitForFinished(240000), "lupdate did not finish");
        const QByteArray log = p.readAllStandardError() + p.readAllStandardOutput();
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, log.constData());
        // lupdate warns about tr() it cannot place in a context (e.g. outside a Q_OBJECT class);
        // such texts would be looked up under a context nobody translates.
        QVERIFY2(!log.contains("lacks Q_OBJECT") && !log.contains("Cannot invoke tr()"), log.constData());

        const TsFile found = readTsFile(fresh);
        QVERIFY2(found.error.isEmpty(), qPrintable(found.error));
        const TsFile committed = readTsFile(source.filePath(QStringLiteral("resources/translations/parallax_de.ts")));
        QVERIFY2(committed.error.isEmpty(), qPrintable(committed.error));
        QVERIFY(!found.messages.isEmpty());

        QSet<QString> committedKeys;
        for (const TsMessage &m : committed.messages)
            committedKeys.insert(m.key());
        QSet<QString> foundKeys;
        QStringList missing;
        for (const TsMessage &m : found.messages) {
            foundKeys.insert(m.key());
            if (!committedKeys.contains(m.key()))
                missing.append(QStringLiteral("[%1] \"%2\"").arg(m.context, m.source));
        }
        QStringList stale;
        for (const TsMessage &m : committed.messages) {
            if (!foundKeys.contains(m.key()))
                stale.append(QStringLiteral("[%1] \"%2\"").arg(m.context, m.source));
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("texts in the sources but not in parallax_de.ts (build the update_translations "
                                           "target and translate them):\n")
                            + missing.join(u'\n')));
        QVERIFY2(stale.isEmpty(),
                 qPrintable(QStringLiteral("texts in parallax_de.ts that the sources no longer have (build "
                                           "update_translations):\n")
                            + stale.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslationCoverage)
#include "tst_translationcoverage.moc"
