#include "cli.h"

#include "buildinfo.h"
#include "document/loaddocument.h"
#include "engine/compare.h"
#include "report/jsonreport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cstring>

namespace parallax {

namespace {

void printErr(const QString &text)
{
    QFile err;
    if (err.open(stderr, QIODevice::WriteOnly))
        err.write((text + u'\n').toUtf8());
}

void printOut(const QString &text)
{
    QFile out;
    if (out.open(stdout, QIODevice::WriteOnly))
        out.write((text + u'\n').toUtf8());
}

bool writeOutput(const QString &target, const QByteArray &bytes, QString *error)
{
    if (target == u"-") {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size()) {
            *error = QStringLiteral("cannot write to standard output");
            return false;
        }
        return true;
    }
    // QSaveFile: an existing report is replaced only once the new one is complete.
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(target, file.errorString());
        return false;
    }
    return true;
}

} // namespace

bool isHeadlessInvocation(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        for (const char *flag : {"--json", "-h", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(a, flag) == 0)
                return true;
        }
        if (std::strncmp(a, "--json=", 7) == 0)
            return true;
    }
    return false;
}

int runCli(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli",
                                                                 "Compare news articles about one event side by side.\n"
                                                                 "Without --json, opens the FILEs in the Parallax window."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        QCoreApplication::translate("cli", "Write the comparison report as JSON to OUT (- for standard output)."),
        QStringLiteral("OUT"));
    parser.addOption(jsonOption);
    // Handled by the window (ui/mainwindowlauncher.cpp); declared here so --help documents it.
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("cli", "Window only: once the FILEs are loaded, save a PNG of the window to PNG and exit."),
        QStringLiteral("PNG"));
    parser.addOption(screenshotOption);
    const QCommandLineOption layoutOption(
        QStringLiteral("layout"), QCoreApplication::translate("cli", "Window only: start in aligned rows or in original order."),
        QStringLiteral("aligned|original"));
    parser.addOption(layoutOption);
    const QCommandLineOption darkOption(
        QStringLiteral("dark"), QCoreApplication::translate("cli", "Window only: use a dark Fusion palette (for screenshots)."));
    parser.addOption(darkOption);
    const QCommandLineOption sizeOption(
        QStringLiteral("size"),
        QCoreApplication::translate("cli", "Window only: window size for --screenshot (default 1400x800)."),
        QStringLiteral("WxH"));
    parser.addOption(sizeOption);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("cli", "Articles to compare (.txt, .md, .html)."),
                                 QStringLiteral("FILE..."));

    if (!parser.parse(arguments)) {
        printErr(QStringLiteral("parallax: %1\n\n%2").arg(parser.errorText(), parser.helpText()));
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        printOut(parser.helpText().trimmed()
                 + QStringLiteral(
                     "\n\nExit codes: 0 ok, 1 usage, 2 an input could not be loaded, 3 the report could not be written."));
        return ExitOk;
    }
    if (parser.isSet(versionOption)) {
        printOut(buildInfo());
        return ExitOk;
    }
    const QStringList files = parser.positionalArguments();
    if (!parser.isSet(jsonOption) || files.isEmpty()) {
        printErr(QStringLiteral("parallax: --json OUT needs at least one FILE\n\n%1").arg(parser.helpText()));
        return ExitUsage;
    }

    const LoadManyResult loaded = loadDocuments(files);
    for (const LoadError &e : loaded.errors)
        printErr(QStringLiteral("parallax: %1").arg(e.message()));
    if (!loaded.errors.isEmpty())
        return ExitLoadFailed;

    const Comparison comparison = compare(loaded.documents);
    QString error;
    if (!writeOutput(parser.value(jsonOption), toJsonReport(comparison), &error)) {
        printErr(QStringLiteral("parallax: %1").arg(error));
        return ExitWriteFailed;
    }
    return ExitOk;
}

} // namespace parallax
