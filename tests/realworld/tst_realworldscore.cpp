// Real coverage: runs ../shared/realworld/score.py on the built parallax and fails when the
// number of passing checks, in all or in one kind (metadata, alignment, findings), drops below
// tests/realworld/baseline.json. The articles are other people's writing and stay outside the
// project, so the test skips where they are absent.

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString realworldDir()
{
    const QString env = qEnvironmentVariable("PARALLAX_REALWORLD_DIR");
    return QDir::cleanPath(env.isEmpty() ? QStringLiteral(PARALLAX_REALWORLD_DIR) : env);
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The score.py summary stores a kind as [passed, total]; the baseline as a plain count.
int passedOf(const QJsonValue &kind)
{
    return kind.isArray() ? kind.toArray().at(0).toInt() : kind.toInt();
}

/// Every way `summary` falls short of `baseline`, in words; empty when it holds.
QStringList regressions(const QJsonObject &summary, const QJsonObject &baseline)
{
    QStringList out;
    const int passed = summary.value(u"passed").toInt();
    const int wanted = baseline.value(u"passed").toInt();
    if (passed < wanted)
        out << QStringLiteral("all: %1 checks pass, baseline %2").arg(passed).arg(wanted);
    const QJsonObject kinds = summary.value(u"kinds").toObject();
    const QJsonObject baseKinds = baseline.value(u"kinds").toObject();
    for (auto it = baseKinds.begin(); it != baseKinds.end(); ++it) {
        const int have = passedOf(kinds.value(it.key()));
        if (have < passedOf(it.value()))
            out << QStringLiteral("%1: %2 checks pass, baseline %3").arg(it.key()).arg(have).arg(passedOf(it.value()));
    }
    return out;
}

} // namespace

class TestRealworldScore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void regressionsAreNamed();
    void scoreHoldsTheBaseline();
};

// The comparison itself, on made-up summaries: a drop in one kind fails even when the total holds.
void TestRealworldScore::regressionsAreNamed()
{
    const QJsonObject baseline = readJson(QStringLiteral(PARALLAX_REALWORLD_BASELINE));
    QVERIFY2(baseline.value(u"passed").toInt() > 0, "baseline.json unreadable");
    QJsonObject same;
    same[u"passed"] = baseline.value(u"passed");
    same[u"kinds"] = baseline.value(u"kinds");
    QVERIFY(regressions(same, baseline).isEmpty());

    QJsonObject shifted = same;
    QJsonObject kinds = baseline.value(u"kinds").toObject();
    kinds[u"metadata"] = passedOf(kinds.value(u"metadata")) - 1;
    kinds[u"findings"] = passedOf(kinds.value(u"findings")) + 1;
    shifted[u"kinds"] = kinds;
    const QStringList found = regressions(shifted, baseline);
    QCOMPARE(found.size(), 1);
    QVERIFY(found.first().startsWith(u"metadata:"));

    QJsonObject lower = same;
    lower[u"passed"] = baseline.value(u"passed").toInt() - 1;
    QCOMPARE(regressions(lower, baseline).size(), 1);
}

void TestRealworldScore::scoreHoldsTheBaseline()
{
    const QString dir = realworldDir();
    const QString scorer = dir + QStringLiteral("/score.py");
    if (!QFileInfo::exists(scorer))
        QSKIP(qPrintable(QStringLiteral("no real coverage at %1 (score.py absent): set PARALLAX_REALWORLD_DIR to score the "
                                        "build on it")
                             .arg(dir)));
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString summaryPath = tmp.filePath(QStringLiteral("summary.json"));
    QProcess scorerRun;
    scorerRun.setProcessChannelMode(QProcess::MergedChannels);
    scorerRun.start(QStringLiteral("python3"),
                    {scorer, QStringLiteral(PARALLAX_BINARY), QStringLiteral("--summary-json"), summaryPath});
    QVERIFY2(scorerRun.waitForFinished(600000), "score.py did not finish in 10 minutes");
    const QString output = QString::fromUtf8(scorerRun.readAll());
    // 0: every check passes, 1: some fail (measured against the baseline below), 2: no report.
    QVERIFY2(scorerRun.exitStatus() == QProcess::NormalExit && scorerRun.exitCode() <= 1, qPrintable(output));

    const QJsonObject summary = readJson(summaryPath);
    const QJsonObject baseline = readJson(QStringLiteral(PARALLAX_REALWORLD_BASELINE));
    // The score's last two lines: by event and by kind.
    const QStringList lines = output.trimmed().split(u'\n');
    for (qsizetype i = std::max<qsizetype>(0, lines.size() - 2); i < lines.size(); ++i)
        qInfo("%s", qPrintable(lines[i]));
    if (summary.value(u"total").toInt() != baseline.value(u"total").toInt())
        qWarning("the real coverage has %d checks, the baseline was set on %d: update baseline.json",
                 summary.value(u"total").toInt(), baseline.value(u"total").toInt());
    const QStringList found = regressions(summary, baseline);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u"; ") + u"\n" + output));
}

QTEST_GUILESS_MAIN(TestRealworldScore)
#include "tst_realworldscore.moc"
