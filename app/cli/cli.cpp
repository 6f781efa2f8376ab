#include "cli.h"

#include "buildinfo.h"
#include "document/loaddocument.h"
#include "engine/compare.h"
#include "report/csvreport.h"
#include "report/htmlreport.h"
#include "report/jsonreport.h"
#include "report/reportcontent.h"
#include "session/sessionio.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QThread>

#include <algorithm>
#include <cstring>
#include <functional>
#include <initializer_list>

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
            *error = QCoreApplication::translate("cli", "cannot write to standard output");
            return false;
        }
        return true;
    }
    // QSaveFile: an existing report is replaced only once the new one is complete.
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QCoreApplication::translate("cli", "cannot write %1: %2").arg(target, file.errorString());
        return false;
    }
    return true;
}

bool hasOption(int argc, char **argv, std::initializer_list<const char *> flags)
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (std::strcmp(a, "--") == 0)
            return false;
        for (const char *flag : flags) {
            const size_t n = std::strlen(flag);
            if (std::strcmp(a, flag) == 0 || (flag[1] == '-' && std::strncmp(a, flag, n) == 0 && a[n] == '='))
                return true;
        }
    }
    return false;
}

} // namespace

bool isHeadlessInvocation(int argc, char **argv)
{
    return hasOption(
        argc, argv,
        {"--json", "--pdf", "--html", "--csv-conflicts", "--csv-quotes", "-h", "--help", "--help-all", "-v", "--version"});
}

bool needsPdfWriter(int argc, char **argv)
{
    return hasOption(argc, argv, {"--pdf"});
}

namespace {

struct Output
{
    QCommandLineOption option;
    std::function<QByteArray()> bytes; // unset: the PDF, written by the exporter
};

} // namespace

int runCli(const QStringList &arguments, const PdfExporter &pdf, const QList<QCommandLineOption> &windowOptions)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "Compare news articles about one event side by side.\n"
        "With --json, --pdf, --html, --csv-conflicts or --csv-quotes, writes reports without a window;\n"
        "otherwise opens the FILEs in the Parallax window."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        QCoreApplication::translate("cli", "Write the comparison report as JSON to OUT (- for standard output)."),
        QStringLiteral("OUT"));
    const QCommandLineOption pdfOption(QStringLiteral("pdf"),
                                       QCoreApplication::translate("cli", "Write the annotated PDF report to OUT."),
                                       QStringLiteral("OUT"));
    const QCommandLineOption htmlOption(
        QStringLiteral("html"),
        QCoreApplication::translate("cli", "Write a self-contained HTML report to OUT (- for standard output)."),
        QStringLiteral("OUT"));
    const QCommandLineOption conflictsOption(
        QStringLiteral("csv-conflicts"),
        QCoreApplication::translate("cli", "Write the conflicts as CSV to OUT (- for standard output)."), QStringLiteral("OUT"));
    const QCommandLineOption quotesOption(
        QStringLiteral("csv-quotes"),
        QCoreApplication::translate("cli",
                                    "Write the quotes as CSV to OUT (- for standard output); a column marks the shared ones."),
        QStringLiteral("OUT"));
    const QCommandLineOption sessionOption(
        QStringLiteral("session"),
        QCoreApplication::translate("cli",
                                    "Compare the articles saved in the session FILE (with its notes and corrections, in its pane "
                                    "order, hidden panes left out); FILEs given as well are added to them."),
        QStringLiteral("FILE"));
    const QCommandLineOption pageSizeOption(QStringLiteral("page-size"),
                                            QCoreApplication::translate("cli", "Paper of the PDF: A4 (default) or Letter."),
                                            QStringLiteral("SIZE"), QStringLiteral("A4"));
    const QCommandLineOption noNotesOption(
        QStringLiteral("no-annotations"),
        QCoreApplication::translate("cli", "Leave the session's notes out of the PDF and HTML reports."));
    const QCommandLineOption threadsOption(
        QStringLiteral("threads"),
        QCoreApplication::translate("cli", "Compare on N threads (default: one per core); the report is the same for any N."),
        QStringLiteral("N"));
    for (const QCommandLineOption &o : {jsonOption, pdfOption, htmlOption, conflictsOption, quotesOption, sessionOption,
                                        pageSizeOption, noNotesOption, threadsOption})
        parser.addOption(o);
    // Handled by the window; declared here so --help documents them.
    parser.addOptions(windowOptions);
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("cli", "Articles to compare (.txt, .md, .html, .docx, .odt, .pdf), or folders of them."),
        QStringLiteral("FILE..."));

    if (!parser.parse(arguments)) {
        printErr(QCoreApplication::translate("cli", "parallax: %1\n\n%2").arg(parser.errorText(), parser.helpText()));
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        printOut(parser.helpText().trimmed() + QStringLiteral("\n\n")
                 + QCoreApplication::translate("cli",
                                               "Exit codes: 0 ok, 1 usage, 2 an input or session could not be loaded, 3 a "
                                               "report could not be written."));
        return ExitOk;
    }
    if (parser.isSet(versionOption)) {
        printOut(buildInfo());
        return ExitOk;
    }
    const QStringList files = parser.positionalArguments();
    const bool anyOutput = parser.isSet(jsonOption) || parser.isSet(pdfOption) || parser.isSet(htmlOption)
        || parser.isSet(conflictsOption) || parser.isSet(quotesOption);
    if (!anyOutput || (files.isEmpty() && !parser.isSet(sessionOption))) {
        printErr(QCoreApplication::translate("cli",
                                             "parallax: --json, --pdf, --html, --csv-conflicts or --csv-quotes OUT "
                                             "needs at least one FILE or a --session\n\n%1")
                     .arg(parser.helpText()));
        return ExitUsage;
    }
    const QString pageSize = parser.value(pageSizeOption);
    if (pageSize.compare(u"A4", Qt::CaseInsensitive) != 0 && pageSize.compare(u"Letter", Qt::CaseInsensitive) != 0) {
        printErr(QCoreApplication::translate("cli", "parallax: --page-size must be A4 or Letter, not \"%1\"").arg(pageSize));
        return ExitUsage;
    }
    int threads = QThread::idealThreadCount();
    if (parser.isSet(threadsOption)) {
        bool ok = false;
        threads = parser.value(threadsOption).toInt(&ok);
        if (!ok || threads < 1 || threads > 256) {
            printErr(QCoreApplication::translate("cli", "parallax: --threads must be a number from 1 to 256, not \"%1\"")
                         .arg(parser.value(threadsOption)));
            return ExitUsage;
        }
    }
    if (parser.isSet(pdfOption) && (!pdf || parser.value(pdfOption) == u"-")) {
        printErr(pdf ? QCoreApplication::translate("cli", "parallax: --pdf needs a file name, not standard output")
                     : QCoreApplication::translate("cli", "parallax: this build cannot write PDF"));
        return ExitUsage;
    }

    Session session;
    if (parser.isSet(sessionOption)) {
        const SessionReadResult loaded = loadSession(parser.value(sessionOption));
        if (!loaded.ok()) {
            printErr(QStringLiteral("parallax: %1").arg(loaded.error));
            return ExitLoadFailed;
        }
        session = *loaded.session;
    }
    const LoadManyResult loaded = loadDocuments(files);
    for (const LoadError &e : loaded.errors)
        printErr(QStringLiteral("parallax: %1").arg(e.message()));
    if (!loaded.errors.isEmpty())
        return ExitLoadFailed;
    for (const Document &d : loaded.documents) {
        QStringList keys;
        for (const SessionDocument &sd : session.documents)
            keys.append(sd.key);
        session.documents.append(SessionDocument {makeDocumentKey(d, keys), d, {}});
    }

    CompareOptions compareOptions;
    compareOptions.pivotDocument = session.indexOfKey(session.pivotKey);
    compareOptions.threads = std::max(1, threads);
    ReportInput input;
    input.comparison = compare(session.effectiveDocuments(), compareOptions);
    input.annotations = session.annotations;
    for (const SessionDocument &sd : session.documents)
        input.documentKeys.append(sd.key);
    ReportOptions reportOptions;
    reportOptions.annotations = !parser.isSet(noNotesOption);
    // Reports follow the session's panes: its order, without hidden panes; FILEs added last.
    if (!session.paneOrder.isEmpty()) {
        for (const QString &key : std::as_const(session.paneOrder)) {
            const int index = session.indexOfKey(key);
            if (index >= 0 && !session.hiddenPanes.contains(key) && !reportOptions.documents.contains(index))
                reportOptions.documents.append(index);
        }
        for (int i = 0; i < session.documents.size(); ++i) {
            if (!session.paneOrder.contains(session.documents.at(i).key))
                reportOptions.documents.append(i);
        }
        if (reportOptions.documents.isEmpty()) {
            printErr(QCoreApplication::translate("cli", "parallax: every article of the session is hidden; nothing to report"));
            return ExitUsage;
        }
    }
    const ReportContent content(input, reportOptions);

    const QList<Output> outputs = {
        {jsonOption, [&] { return toJsonReport(input.comparison); }},
        {htmlOption, [&] { return toHtmlReport(content); }},
        {conflictsOption, [&] { return conflictsCsv(input.comparison); }},
        {quotesOption, [&] { return quotesCsv(input.comparison); }},
        {pdfOption, {}},
    };
    int result = ExitOk;
    for (const Output &o : outputs) {
        if (!parser.isSet(o.option))
            continue;
        QString error;
        const bool ok = o.bytes ? writeOutput(parser.value(o.option), o.bytes(), &error)
                                : (error = pdf(content, parser.value(o.option), pageSize)).isEmpty();
        if (!ok) {
            printErr(QStringLiteral("parallax: %1").arg(error));
            result = ExitWriteFailed;
        }
    }
    return result;
}

} // namespace parallax
