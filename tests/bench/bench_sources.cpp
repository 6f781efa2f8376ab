// Load time of large real-world sources: a 200-page PDF (drawn with QPdfWriter) and a 5 MB
// DOCX (about 5 MB of document.xml text plus an incompressible image, as Word files carry).
#include "document/loaddocument.h"
#include "document/pdf/pdfloader.h"
#include "support/pdffixtures.h"
#include "support/zipwriter.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace parallax;
using namespace parallax::test;

namespace {

QStringList generatedParagraphs(int count, int wordsPerParagraph)
{
    static const QStringList words
        = QStringLiteral(
              "the council harbour pier repairs divers supports summer ferry quay residents island boats inspection "
              "report engineers cost crowns regional authority timetable passengers spokesperson concrete northern "
              "season visitors autumn vote meeting plan work weeks months officials said on Monday after before during")
              .split(u' ');
    std::mt19937 rng(7);
    QStringList out;
    for (int p = 0; p < count; ++p) {
        QStringList sentence;
        for (int w = 0; w < wordsPerParagraph; ++w)
            sentence.append(words[int(rng() % words.size())]);
        sentence.first()[0] = sentence.first()[0].toUpper();
        out.append(sentence.join(u' ') + u'.');
    }
    return out;
}

} // namespace

class BenchSources final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_pdf;
    QString m_docx;

private Q_SLOTS:
    void initTestCase()
    {
        registerPdfLoader();
        QList<PdfPageLines> pages;
        const QStringList paragraphs = generatedParagraphs(1500, 60);
        flowParagraphs(pages, paragraphs, 60, 80, 470, 10);
        while (pages.size() > 200)
            pages.removeLast();
        QCOMPARE(pages.size(), 200);
        m_pdf = m_dir.filePath(QStringLiteral("long.pdf"));
        QVERIFY(writePdf(m_pdf, pages, QStringLiteral("Two hundred pages")));

        QString body;
        for (const QString &p : generatedParagraphs(11000, 70))
            body += wordParagraph(p);
        ZipEntries entries = docxEntries(body);
        std::mt19937 rng(11);
        QByteArray image(4 * 1024 * 1024, '\0');
        for (char &c : image)
            c = char(rng() & 0xFF);
        entries.append({QStringLiteral("word/media/image1.png"), image});
        m_docx = m_dir.filePath(QStringLiteral("large.docx"));
        QVERIFY(writeZip(m_docx, entries));
        qInfo("PDF: 200 pages, %.1f MB; DOCX: %.1f MB file, %.1f MB document.xml", QFileInfo(m_pdf).size() / 1048576.0,
              QFileInfo(m_docx).size() / 1048576.0, entries[1].second.size() / 1048576.0);
    }

    void pdf200Pages()
    {
        LoadResult r;
        QBENCHMARK
        {
            r = loadDocument(m_pdf);
        }
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QVERIFY(r.document->paragraphs.size() > 1000);
    }

    void docx5MB()
    {
        LoadResult r;
        QBENCHMARK
        {
            r = loadDocument(m_docx);
        }
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QCOMPARE(r.document->paragraphs.size(), 11000);
    }
};

QTEST_MAIN(BenchSources)
#include "bench_sources.moc"
