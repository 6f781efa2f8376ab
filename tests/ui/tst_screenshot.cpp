// The --screenshot path of the real binary: waits for loading and the comparison, honours
// --layout, --dark and --size, refuses a bad layout name; --help lists these options.
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestScreenshot final : public QObject
{
    Q_OBJECT

    static QStringList articles()
    {
        const QDir dir(QStringLiteral(PARALLAX_TEST_DATA_DIR "/ui"));
        return {dir.filePath(QStringLiteral("harbour-times.txt")), dir.filePath(QStringLiteral("coastal-herald.md")),
                dir.filePath(QStringLiteral("valley-post.txt"))};
    }

    static int run(const QStringList &arguments, QByteArray *output = nullptr)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(PARALLAX_BINARY), arguments);
        if (!process.waitForFinished(120000))
            return -1;
        if (output)
            *output = process.readAllStandardOutput();
        return process.exitCode();
    }

private Q_SLOTS:
    void screenshots_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<bool>("dark");
        QTest::newRow("aligned light") << QStringList {QStringLiteral("--layout"), QStringLiteral("aligned")} << false;
        QTest::newRow("original dark") << QStringList {QStringLiteral("--layout"), QStringLiteral("original"),
                                                       QStringLiteral("--dark")}
                                       << true;
    }

    void screenshots()
    {
        QFETCH(QStringList, options);
        QFETCH(bool, dark);
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("shot.png"));
        QCOMPARE(run(options
                     + QStringList {QStringLiteral("--size"), QStringLiteral("900x500"), QStringLiteral("--screenshot"), png}
                     + articles()),
                 0);
        const QImage image(png);
        QCOMPARE(image.size(), QSize(900, 500));
        // The window's background tells the themes apart.
        const QColor corner = image.pixelColor(image.width() - 3, image.height() / 2);
        QCOMPARE(corner.lightness() < 100, dark);
    }

    // The window parses these options (ui/windowoptions.h), yet the command line's --help lists
    // them: the executable hands them over.
    void helpListsTheWindowOptions()
    {
        QByteArray help;
        QCOMPARE(run({QStringLiteral("--help")}, &help), 0);
        QVERIFY2(help.contains("--json"), help.constData());
        for (const char *option : {"--screenshot <PNG>", "--layout <aligned|original>", "--dark", "--size <WxH>"})
            QVERIFY2(help.contains(option), option);
        QVERIFY(help.contains("Window only:"));
    }

    void badLayoutIsAUsageError()
    {
        QTemporaryDir dir;
        QCOMPARE(run({QStringLiteral("--layout"), QStringLiteral("sideways"), QStringLiteral("--screenshot"),
                      dir.filePath(QStringLiteral("x.png"))}),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
