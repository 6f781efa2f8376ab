#include "document/loaddocument.h"
#include "engine/compare.h"
#include "engine/conflictfinder.h"
#include "engine/quotefinder.h"
#include "engine/tokenizer.h"
#include "report/htmlreport.h"
#include "report/pdfreport.h"
#include "session/session.h"

#include <QDir>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace parallax;

// The whole bundled sample corpus through compare() and the PDF and HTML writers, read back with
// poppler: every outlet, every conflicting value and every note must be in the PDF's text.
class TestSampleReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QString pdfText(const QString &path)
    {
        QProcess p;
        p.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")), {QStringLiteral("-raw"), path, QStringLiteral("-")});
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput()).simplified();
    }

    static ReportInput sampleInput()
    {
        const QDir dir(QStringLiteral(PARALLAX_SAMPLES_DIR) + QStringLiteral("/holvik-dam-breach/articles"));
        QStringList paths;
        for (const QString &f : dir.entryList(QDir::Files, QDir::Name))
            paths.append(dir.filePath(f));
        const LoadManyResult loaded = loadDocuments(paths);
        if (!loaded.errors.isEmpty() || loaded.documents.size() < 5)
            qFatal("the sample articles do not load");
        ReportInput in;
        in.comparison = compare(loaded.documents);
        // Until compare() runs the finders itself, run them here as the engine will.
        if (in.comparison.quotes.isEmpty() && in.comparison.conflicts.isEmpty()) {
            Vocabulary vocabulary;
            Tokenizer tokenizer(vocabulary);
            QList<TokenizedDocument> tokens;
            for (const Document &d : loaded.documents) {
                TokenizedDocument td;
                for (const Paragraph &p : d.paragraphs)
                    td.paragraphs.append(p.role == ParagraphRole::Boilerplate ? QList<Token>() : tokenizer.tokenize(p.text));
                tokens.append(td);
            }
            in.comparison.quotes = findQuotes(loaded.documents, tokens, vocabulary);
            in.comparison.conflicts = findConflicts(loaded.documents, tokens, in.comparison.groups, vocabulary);
        }
        const Session session = sessionFromDocuments(loaded.documents);
        for (const SessionDocument &sd : session.documents)
            in.documentKeys.append(sd.key);
        // One note on the first body paragraph of three articles, and one on the last paragraph.
        const QList<QPair<int, QString>> notes = {{0, QStringLiteral("Wire copy: compare the toll with the ministry count.")},
                                                  {2, QStringLiteral("Russian-language outlet; translation checked by desk.")},
                                                  {4, QStringLiteral("Lakeside gives the time in CET; others do not.")},
                                                  {5, QStringLiteral("Transcript: the governor's exact words.")}};
        for (const auto &[doc, text] : notes) {
            const Document &d = loaded.documents.at(doc);
            Annotation a;
            a.id = QStringLiteral("a%1").arg(in.annotations.size() + 1);
            a.documentKey = in.documentKeys.at(doc);
            a.paragraph = int(d.paragraphs.size()) - 1;
            for (int p = 0; p < d.paragraphs.size(); ++p) {
                if (d.paragraphs.at(p).role == ParagraphRole::Body) {
                    a.paragraph = doc == 5 ? int(d.paragraphs.size()) - 1 : p;
                    break;
                }
            }
            a.start = 0;
            a.end = int(qMin<qsizetype>(25, d.paragraphs.at(a.paragraph).text.size()));
            captureAnchor(a, d);
            a.note = text;
            a.tag = builtinAnnotationTags().at(doc % 4);
            a.colour = defaultTagColour(a.tag);
            in.annotations.append(a);
        }
        return in;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("poppler-utils (pdftotext, pdffonts, pdfinfo) are needed: packaging/install-deps.sh installs them");
        if (qEnvironmentVariableIsSet("PARALLAX_KEEP_TEST_OUTPUT")) {
            m_dir.setAutoRemove(false);
            qInfo() << "PDFs kept in" << m_dir.path();
        }
    }

    void corpusPdf()
    {
        const ReportInput in = sampleInput();
        QVERIFY(!in.comparison.conflicts.isEmpty());
        QVERIFY(!in.comparison.quotes.isEmpty());
        const ReportContent content(in, ReportOptions {});
        QCOMPARE(content.notes().size(), in.annotations.size());
        const QString path = m_dir.filePath(QStringLiteral("holvik.pdf"));
        QCOMPARE(writePdfReport(content, path), QString());
        const QString text = pdfText(path);
        QVERIFY(!text.isEmpty());
        for (int d = 0; d < in.comparison.documents.size(); ++d)
            QVERIFY2(text.contains(content.documentLabel(d).simplified()), qPrintable(content.documentLabel(d)));
        for (const Conflict &k : content.conflicts()) {
            for (const Claim &cl : k.claims)
                QVERIFY2(
                    text.contains(content.documentLabel(cl.document).simplified() + QStringLiteral(": ") + cl.value.simplified()),
                    qPrintable(k.subject + QStringLiteral(" / ") + cl.value));
        }
        for (const Annotation &a : in.annotations)
            QVERIFY2(text.contains(a.note), qPrintable(a.note));
        // The note on the transcript's boilerplate line has no row but its text was found.
        QVERIFY(text.contains(QStringLiteral("Notes on text outside the aligned rows")));
        QVERIFY(!text.contains(QStringLiteral("Notes whose text was not found")));

        QProcess info;
        info.start(QStandardPaths::findExecutable(QStringLiteral("pdfinfo")), {path});
        QVERIFY(info.waitForFinished());
        const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                              .match(QString::fromUtf8(info.readAllStandardOutput()))
                              .captured(1)
                              .toInt();
        // Cover plus two page sets (4 + 3 articles) of a few pages each; not one page per paragraph.
        QVERIFY2(pages >= 3 && pages <= 40, qPrintable(QString::number(pages)));
        qInfo() << "sample corpus:" << pages << "pages," << content.rows().size() << "rows," << content.conflicts().size()
                << "conflicts," << content.quotes().size() << "quotes";

        QProcess fonts;
        fonts.start(QStandardPaths::findExecutable(QStringLiteral("pdffonts")), {path});
        QVERIFY(fonts.waitForFinished());
        const QStringList lines = QString::fromUtf8(fonts.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY(!lines.isEmpty());
        for (const QString &line : lines) {
            const QStringList cols = line.simplified().split(u' ');
            QVERIFY2(cols.size() >= 7 && cols.at(cols.size() - 5) == u"yes", qPrintable(line));
        }
    }

    void corpusHtml()
    {
        const ReportInput in = sampleInput();
        const QString html = QString::fromUtf8(toHtmlReport(ReportContent(in, ReportOptions {})));
        for (const Annotation &a : in.annotations)
            QVERIFY(html.contains(a.note.toHtmlEscaped()));
        for (const Conflict &k : in.comparison.conflicts)
            QVERIFY(html.contains(k.subject.toHtmlEscaped()));
        QVERIFY(html.contains(QStringLiteral("<mark class=\"")));
    }
};

QTEST_MAIN(TestSampleReport)
#include "tst_samplereport.moc"
