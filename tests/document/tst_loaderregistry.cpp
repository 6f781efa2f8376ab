// The loader registry and folder loading (core only: the PDF loader is NOT registered here).
#include "document/loaddocument.h"
#include "document/loaderregistry.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace parallax;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace

class TestLoaderRegistry final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void pdfWithoutRegistration()
    {
        const QString path = m_dir.filePath(QStringLiteral("article.pdf"));
        writeFile(path, "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n");
        const LoadResult r = loadDocument(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.reason, QStringLiteral("PDF support not available in this build"));
        // Recognised by its header under another name too.
        const QString renamed = m_dir.filePath(QStringLiteral("article.bin"));
        writeFile(renamed, "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n");
        QCOMPARE(loadDocument(renamed).error.reason, QStringLiteral("PDF support not available in this build"));
    }

    void oldWordFormat()
    {
        const QString path = m_dir.filePath(QStringLiteral("letter.bin"));
        writeFile(path, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(500, '\0'));
        const LoadResult r = loadDocument(path);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.reason.contains(QStringLiteral("save it as .docx")), qPrintable(r.error.reason));
    }

    void registeredLoaderComesFirst()
    {
        QVERIFY(!supportedExtensions().contains(QStringLiteral("note")));
        registerLoader({QStringLiteral("NOTE")}, [](const QString &path, const QByteArray &bytes, const LoadOptions &) {
            LoadResult r;
            Document doc;
            doc.path = path;
            doc.format = QStringLiteral("note");
            doc.paragraphs = {{QString::fromUtf8(bytes).toUpper(), ParagraphRole::Body}};
            r.document = doc;
            return r;
        });
        QVERIFY(supportedExtensions().contains(QStringLiteral("note")));
        const QString path = m_dir.filePath(QStringLiteral("memo.note"));
        writeFile(path, "the pier closes");
        const LoadResult r = loadDocument(path);
        QVERIFY(r.ok());
        QCOMPARE(r.document->format, QStringLiteral("note"));
        QCOMPARE(r.document->paragraphs.constFirst().text, QStringLiteral("THE PIER CLOSES"));
    }

    void folder()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("b.txt")), "Pier closes\n\nThe ferry pier closes on Monday for repairs.\n");
        writeFile(dir.filePath(QStringLiteral("a.md")), "# Pier shuts\n\nThe old pier shuts on Monday while divers work.\n");
        writeFile(dir.filePath(QStringLiteral("c.HTML")),
                  "<html><body><h1>Quay</h1><p>Boats will use the northern quay.</p></body></html>");
        writeFile(dir.filePath(QStringLiteral("notes.jpg")), "\xFF\xD8\xFF\xE0 not an article");
        writeFile(dir.filePath(QStringLiteral("README")), "no extension: skipped");
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub.txt"))); // a directory, not a file
        writeFile(dir.filePath(QStringLiteral("sub.txt/deep.txt")), "Not loaded: the folder is read non-recursively.");
        const LoadManyResult r = loadDocuments({dir.path()});
        QCOMPARE(r.errors.size(), 0);
        QCOMPARE(r.documents.size(), 3);
        QCOMPARE(QFileInfo(r.documents[0].path).fileName(), QStringLiteral("a.md"));
        QCOMPARE(QFileInfo(r.documents[1].path).fileName(), QStringLiteral("b.txt"));
        QCOMPARE(QFileInfo(r.documents[2].path).fileName(), QStringLiteral("c.HTML"));
        QCOMPARE(r.documents[2].id, QStringLiteral("d3"));
    }

    void folderMixedWithFiles()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("one.txt")), "Pier closes\n\nThe ferry pier closes on Monday for repairs.\n");
        const QString single = m_dir.filePath(QStringLiteral("single.txt"));
        writeFile(single, "Quay opens\n\nBoats will use the northern quay.\n");
        const LoadManyResult r = loadDocuments({single, dir.path()});
        QCOMPARE(r.documents.size(), 2);
        QCOMPARE(r.documents[0].path, single);
        QCOMPARE(r.documents[1].id, QStringLiteral("d2"));
    }

    void emptyFolder()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("photo.jpg")), "\xFF\xD8\xFF\xE0");
        const LoadManyResult r = loadDocuments({dir.path()});
        QVERIFY(r.documents.isEmpty());
        QCOMPARE(r.errors.size(), 1);
        QVERIFY2(r.errors[0].reason.startsWith(QStringLiteral("folder contains no supported files")),
                 qPrintable(r.errors[0].reason));
    }
};

QTEST_GUILESS_MAIN(TestLoaderRegistry)
#include "tst_loaderregistry.moc"
