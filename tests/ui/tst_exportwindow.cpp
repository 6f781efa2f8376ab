// Exports, printing-independent report content, and the real-world-source hooks of the window:
// the Open filter, folders, pasted HTML, Show Source.
#include "articleactions.h"
#include "comparisoncontroller.h"
#include "documentpane.h"
#include "exportcontroller.h"
#include "mainwindow.h"
#include "panearea.h"
#include "pdfloader.h"
#include "sessioncontroller.h"
#include "sourceview.h"

#include <QAction>
#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QMimeData>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace parallax;

namespace {

QString dataFile(const QString &name)
{
    return QDir::cleanPath(QStringLiteral(PARALLAX_TEST_DATA_DIR "/ui/") + name);
}

const QString harbour = dataFile(QStringLiteral("harbour-times.txt"));
const QString valley = dataFile(QStringLiteral("valley-post.txt"));
const QString herald = dataFile(QStringLiteral("coastal-herald.md"));

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestExportWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ParallaxTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_exportwindow"));
        registerPdfLoader(); // as main() does
    }

    void init() { QSettings().clear(); }

    void openFilterListsEveryFormat()
    {
        const QString filter = MainWindow::openFilter();
        for (const char *pattern : {"*.txt", "*.md", "*.html", "*.pdf", "*.docx", "*.odt", "*.parallax"})
            QVERIFY2(filter.contains(QLatin1StringView(pattern)), pattern);
    }

    void exportsWriteFiles()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QSignalSpy compared(window.comparisonController(), &ComparisonController::comparisonFinished);
        window.openFiles({harbour, valley, herald});
        QVERIFY(compared.wait(20000));
        const QString noteText = QStringLiteral("Ask the harbour office");
        QVERIFY(!window.sessionController()->addNote(0, 1, 0, 8, noteText, QStringLiteral("follow up")).isEmpty());

        QSignalSpy finished(window.exportController(), &ExportController::exportFinished);
        const QString html = dir.filePath(QStringLiteral("r.html"));
        window.exportController()->exportTo(ExportController::Format::Html, html);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(1).toString(), QString());
        QVERIFY(readAll(html).contains(noteText.toUtf8()));

        // Without notes, and with one article fewer.
        ReportOptions options;
        options.annotations = false;
        options.documents = {1, 2};
        const QString bare = dir.filePath(QStringLiteral("bare.html"));
        window.exportController()->exportTo(ExportController::Format::Html, bare, options);
        QVERIFY(!readAll(bare).isEmpty());
        QVERIFY(!readAll(bare).contains(noteText.toUtf8()));

        const QString conflicts = dir.filePath(QStringLiteral("c.csv"));
        window.exportController()->exportTo(ExportController::Format::ConflictsCsv, conflicts);
        QVERIFY(readAll(conflicts).startsWith("conflict,"));
        const QString quotes = dir.filePath(QStringLiteral("q.csv"));
        window.exportController()->exportTo(ExportController::Format::QuotesCsv, quotes);
        QVERIFY(readAll(quotes).startsWith("quote,"));
        const QString json = dir.filePath(QStringLiteral("r.json"));
        window.exportController()->exportTo(ExportController::Format::Json, json);
        QVERIFY(readAll(json).contains("parallax.report/1"));

        // PDF: on a worker thread; the window stays responsive and reports when done.
        finished.clear();
        const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
        window.exportController()->exportTo(ExportController::Format::Pdf, pdf, {}, true);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(1).toString(), QString());
        QVERIFY(readAll(pdf).startsWith("%PDF"));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (!pdftotext.isEmpty()) {
            QProcess p;
            p.start(pdftotext, {pdf, QStringLiteral("-")});
            QVERIFY(p.waitForFinished(30000));
            const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
            QVERIFY2(text.contains(noteText), qPrintable(text.left(400)));
        }
    }

    void exportBeforeComparisonFails()
    {
        QTemporaryDir dir;
        MainWindow window;
        QSignalSpy finished(window.exportController(), &ExportController::exportFinished);
        window.exportController()->exportTo(ExportController::Format::Html, dir.filePath(QStringLiteral("x.html")));
        QCOMPARE(finished.size(), 1);
        QVERIFY(!finished.at(0).at(1).toString().isEmpty());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.html"))));
    }

    void folderOpensEverySupportedFile()
    {
        QTemporaryDir dir;
        for (const QString &f : {harbour, valley, herald})
            QVERIFY(QFile::copy(f, dir.filePath(QFileInfo(f).fileName())));
        QFile junk(dir.filePath(QStringLiteral("notes.xyz")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not an article");
        junk.close();
        MainWindow window;
        window.show();
        QSignalSpy loaded(window.comparisonController(), &ComparisonController::loadFinished);
        window.openFiles({dir.path()});
        QVERIFY(loaded.wait(20000));
        QCOMPARE(window.comparisonController()->documents().size(), 3);

        // Dropping the folder onto a fresh window does the same.
        MainWindow dropped;
        dropped.show();
        QSignalSpy droppedLoad(dropped.comparisonController(), &ComparisonController::loadFinished);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(dir.path())});
        const QPoint where = dropped.rect().center();
        QDragEnterEvent enter(where, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&dropped, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(where), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&dropped, &drop);
        QVERIFY(droppedLoad.wait(20000));
        QCOMPARE(dropped.comparisonController()->documents().size(), 3);
    }

    void pastedHtmlAndSourceToggle()
    {
        MainWindow window;
        window.show();
        const QString html = QStringLiteral("<html><body><h1>Pier closes</h1><p>The old pier closes on Monday for repairs.</p>"
                                            "<p>Fishing boats will moor at the east quay.</p></body></html>");
        QSignalSpy compared(window.comparisonController(), &ComparisonController::comparisonFinished);
        window.comparisonController()->addPastedDocument(html, true, {}, QStringLiteral("Quay Weekly"));
        window.comparisonController()->addTextDocument(
            QStringLiteral("The pier closes on Monday.\n\nBoats moor at the east quay."), QStringLiteral("Pier"),
            QStringLiteral("Harbour Times"));
        QVERIFY(compared.wait(20000));
        const Document &pasted = window.comparisonController()->documents().at(0);
        QCOMPARE(pasted.title, QStringLiteral("Pier closes"));
        QVERIFY(!pasted.paragraphs.isEmpty());
        for (const Paragraph &p : pasted.paragraphs)
            QVERIFY2(!p.text.contains(u'<'), qPrintable(p.text));

        DocumentPane *pane = window.paneArea()->paneForDocument(0);
        QVERIFY(!pane->isSourceShown());
        window.articleActions()->setSourceShown(0, true);
        QVERIFY(pane->isSourceShown());
        QVERIFY(pane->sourceView()->isVisible());
        QVERIFY(!pane->textView()->isVisible());
        QVERIFY(pane->sourceView()->text().contains(QStringLiteral("<p>The old pier closes")));
        window.articleActions()->setSourceShown(0, false);
        QVERIFY(!pane->isSourceShown());
        QVERIFY(pane->textView()->isVisible());
    }
};

QTEST_MAIN(TestExportWindow)
#include "tst_exportwindow.moc"
