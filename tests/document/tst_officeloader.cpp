// DOCX and ODT loading: the archives are zipped in the test from XML written here.
#include "document/loaddocument.h"
#include "support/zipwriter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace parallax;
using namespace parallax::test;

namespace {

QList<Paragraph> paragraphs(std::initializer_list<std::pair<ParagraphRole, const char16_t *>> list)
{
    QList<Paragraph> out;
    for (const auto &[role, text] : list)
        out.append({QString::fromUtf16(text), role});
    return out;
}

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(PARALLAX_TEST_DATA_DIR "/office/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString run(const QString &text)
{
    return QStringLiteral(R"(<w:r><w:t xml:space="preserve">%1</w:t></w:r>)").arg(text);
}

} // namespace

class TestOfficeLoader final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const ZipEntries &entries)
    {
        const QString path = m_dir.filePath(name);
        if (!writeZip(path, entries))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void docx_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("footnotes");
        QTest::addColumn<QList<Paragraph>>("expected");
        const QString intro = wordParagraph(QStringLiteral("The ferry pier closes on Monday for repairs."));

        QTest::newRow("title and headings") << wordParagraph(QStringLiteral("Pier to close"), QStringLiteral("Title")) + intro
                + wordParagraph(QStringLiteral("What changes"), QStringLiteral("berschrift2"))
                + wordParagraph(QStringLiteral("Boats will use the northern quay."))
                                            << QString()
                                            << paragraphs({{ParagraphRole::Title, u"Pier to close"},
                                                           {ParagraphRole::Body, u"The ferry pier closes on Monday for repairs."},
                                                           {ParagraphRole::Heading, u"What changes"},
                                                           {ParagraphRole::Body, u"Boats will use the northern quay."}});

        QTest::newRow("runs, tabs and breaks")
            << QStringLiteral(
                   R"(<w:p><w:r><w:t>The pier</w:t></w:r><w:r><w:tab/><w:t>closes</w:t><w:br/></w:r>)"
                   R"(<w:r><w:t xml:space="preserve"> on Monday, a non</w:t><w:noBreakHyphen/><w:t>stop job.</w:t></w:r></w:p>)")
            << QString() << paragraphs({{ParagraphRole::Body, u"The pier closes  on Monday, a non-stop job."}});

        QTest::newRow("tracked changes")
            << QStringLiteral(R"(<w:p>)") + run(QStringLiteral("The pier closes on "))
                + QStringLiteral(R"(<w:del w:id="1" w:author="Ed"><w:r><w:delText>Friday</w:delText></w:r></w:del>)")
                + QStringLiteral(R"(<w:ins w:id="2" w:author="Ed">)") + run(QStringLiteral("Monday")) + QStringLiteral("</w:ins>")
                + run(QStringLiteral(" for repairs.")) + QStringLiteral(R"(<w:moveFrom w:id="3" w:author="Ed">)")
                + run(QStringLiteral(" Boats move north."))
                + QStringLiteral("</w:moveFrom></w:p>")
                // A deleted paragraph mark joins this paragraph to the next one.
                + QStringLiteral(R"(<w:p><w:pPr><w:rPr><w:del w:id="4" w:author="Ed"/></w:rPr></w:pPr>)")
                + run(QStringLiteral("Divers found ")) + QStringLiteral("</w:p><w:p>") + run(QStringLiteral("two cracks."))
                + QStringLiteral(R"(<w:moveTo w:id="5" w:author="Ed">)") + run(QStringLiteral(" Boats move north."))
                + QStringLiteral("</w:moveTo></w:p>")
                // A tracked style change keeps the old style name inside pPrChange.
                + QStringLiteral(
                    R"(<w:p><w:pPr><w:pPrChange w:id="6"><w:pPr><w:pStyle w:val="Heading1"/></w:pPr></w:pPrChange></w:pPr>)")
                + run(QStringLiteral("Residents were told by letter.")) + QStringLiteral("</w:p>")
            << QString()
            << paragraphs({{ParagraphRole::Body, u"The pier closes on Monday for repairs."},
                           {ParagraphRole::Body, u"Divers found two cracks. Boats move north."},
                           {ParagraphRole::Body, u"Residents were told by letter."}});

        QTest::newRow("table rows") << intro
                + QStringLiteral("<w:tbl><w:tr><w:tc>%1</w:tc><w:tc>%2</w:tc></w:tr><w:tr><w:tc>%3</w:tc><w:tc>%4</w:tc><w:tc></"
                                 "w:tc></w:tr></w:tbl>")
                      .arg(wordParagraph(QStringLiteral("Pier")), wordParagraph(QStringLiteral("closed until June")),
                           wordParagraph(QStringLiteral("Quay")), wordParagraph(QStringLiteral("open")))
                                    << QString()
                                    << paragraphs({{ParagraphRole::Body, u"The ferry pier closes on Monday for repairs."},
                                                   {ParagraphRole::Body, u"Pier | closed until June"},
                                                   {ParagraphRole::Body, u"Quay | open"}});

        QTest::newRow("footnotes in reference order")
            << QStringLiteral("<w:p>") + run(QStringLiteral("The pier closes on Monday."))
                + QStringLiteral(R"(<w:r><w:footnoteReference w:id="7"/></w:r>)") + run(QStringLiteral(" Repairs take months."))
                + QStringLiteral(R"(<w:r><w:footnoteReference w:id="2"/></w:r></w:p>)")
            << QStringLiteral(
                   R"(<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>)"
                   R"(<w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Council minutes, item 4.</w:t></w:r></w:p></w:footnote>)"
                   R"(<w:footnote w:id="7"><w:p><w:r><w:t>Announced at the council meeting.</w:t></w:r></w:p></w:footnote>)")
            << paragraphs({{ParagraphRole::Body, u"The pier closes on Monday. Repairs take months."},
                           {ParagraphRole::Caption, u"[1] Announced at the council meeting."},
                           {ParagraphRole::Caption, u"[2] Council minutes, item 4."}});
    }

    void docx()
    {
        QFETCH(QString, body);
        QFETCH(QString, footnotes);
        QFETCH(QList<Paragraph>, expected);
        const LoadResult r = loadDocument(write(QStringLiteral("case.docx"), docxEntries(body, footnotes)));
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QCOMPARE(r.document->format, QStringLiteral("docx"));
        QCOMPARE(r.document->paragraphs, expected);
    }

    void renamedDocx()
    {
        // Saved by a browser as "download" without an extension: recognised by its zip entries.
        const QString path
            = write(QStringLiteral("download"), docxEntries(wordParagraph(QStringLiteral("The ferry pier closes on Monday."))));
        const LoadResult r = loadDocument(path);
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QCOMPARE(r.document->format, QStringLiteral("docx"));
    }

    void coreProperties()
    {
        const QString core
            = QStringLiteral(R"(<dc:title>Pier closure (draft)</dc:title><dc:creator>Mara Quill</dc:creator>)"
                             R"(<dcterms:created xsi:type="dcterms:W3CDTF">2024-03-03T08:45:00Z</dcterms:created>)");
        const QString body = wordParagraph(QStringLiteral("The ferry pier closes on Monday for repairs."));
        LoadResult r = loadDocument(write(QStringLiteral("core.docx"), docxEntries(body, {}, core)));
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QCOMPARE(r.document->title, QStringLiteral("Pier closure (draft)"));
        QCOMPARE(r.document->author, QStringLiteral("Mara Quill"));
        QCOMPARE(r.document->published.toIso(), QStringLiteral("2024-03-03T08:45:00+00:00"));
        // A Title-style paragraph names the article better than a property left from a template.
        r = loadDocument(
            write(QStringLiteral("core2.docx"),
                  docxEntries(wordParagraph(QStringLiteral("Pier to close"), QStringLiteral("Title")) + body, {}, core)));
        QVERIFY(r.ok());
        QCOMPARE(r.document->title, QStringLiteral("Pier to close"));
    }

    void odt()
    {
        const QByteArray content = readData(QStringLiteral("content.xml"));
        const QByteArray meta = readData(QStringLiteral("meta.xml"));
        const LoadResult r = loadDocument(write(QStringLiteral("case.odt"),
                                                {{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text"},
                                                 {QStringLiteral("content.xml"), content},
                                                 {QStringLiteral("meta.xml"), meta}}));
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QCOMPARE(r.document->format, QStringLiteral("odt"));
        QCOMPARE(r.document->paragraphs,
                 paragraphs({{ParagraphRole::Title, u"Pier to close"},
                             {ParagraphRole::Body, u"The pier closes on Monday  for repairs."},
                             {ParagraphRole::Heading, u"What changes"},
                             {ParagraphRole::Body, u"Boats use the northern quay."},
                             {ParagraphRole::Body, u"Pier | closed"},
                             {ParagraphRole::Caption, u"[1] Council minutes, item 4."}}));
        QCOMPARE(r.document->author, QStringLiteral("Mara Quill"));
        QCOMPARE(r.document->published.toIso(), QStringLiteral("2024-03-03T08:45:00"));
    }

    void badArchives_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not a zip") << QByteArray("PK\x03\x04 this is not really a zip archive at all")
                                   << QStringLiteral("not a valid zip archive");
        QTest::newRow("random bytes") << QByteArray(300, '\x17') << QStringLiteral("not a valid zip archive");
    }

    void badArchives()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        QFile file(m_dir.filePath(QStringLiteral("bad.docx")));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();
        const LoadResult r = loadDocument(file.fileName());
        QVERIFY(!r.ok());
        QVERIFY2(r.error.reason.contains(reason), qPrintable(r.error.reason));
    }

    void truncatedZip()
    {
        const QString path = write(QStringLiteral("whole.docx"), docxEntries(wordParagraph(QStringLiteral("The pier closes."))));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QByteArray bytes = file.readAll();
        file.resize(bytes.size() / 2);
        file.close();
        const LoadResult r = loadDocument(path);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.reason.contains(QStringLiteral("zip")), qPrintable(r.error.reason));
    }

    void missingDocumentXml()
    {
        const LoadResult r = loadDocument(write(QStringLiteral("empty.docx"), {{QStringLiteral("word/styles.xml"), "<x/>"}}));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.reason.contains(QStringLiteral("word/document.xml is missing")), qPrintable(r.error.reason));
    }

    void malformedXml()
    {
        ZipEntries entries = docxEntries(wordParagraph(QStringLiteral("The pier closes.")));
        entries[1].second.chop(20);
        const LoadResult r = loadDocument(write(QStringLiteral("malformed.docx"), entries));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.reason.contains(QStringLiteral("not well-formed XML")), qPrintable(r.error.reason));
    }

    void mutatedArchivesNeverCrash()
    {
        // Deterministic byte flips over a whole valid document: every result is a document or
        // an error with a reason, never a crash or a hang (run under ASan/UBSan too).
        const QString path
            = write(QStringLiteral("valid.docx"),
                    docxEntries(wordParagraph(QStringLiteral("Pier to close"), QStringLiteral("Title"))
                                    + wordParagraph(QStringLiteral("The ferry pier closes on Monday for repairs.")),
                                QStringLiteral(R"(<w:footnote w:id="1"><w:p><w:r><w:t>Note.</w:t></w:r></w:p></w:footnote>)")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray valid = file.readAll();
        file.close();
        int loaded = 0;
        for (int i = 0; i < 300; ++i) {
            QByteArray bytes = valid;
            const qsizetype at = (qsizetype(i) * 7919) % bytes.size();
            bytes[at] = char(bytes[at] ^ (1 << (i % 8)));
            QFile out(m_dir.filePath(QStringLiteral("mutant.docx")));
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(bytes);
            out.close();
            const LoadResult r = loadDocument(out.fileName());
            QVERIFY(r.ok() || !r.error.reason.isEmpty());
            loaded += r.ok();
        }
        // Flips in unchecked places (names in the central directory, padding) still load.
        QVERIFY(loaded > 0);
        QVERIFY(loaded < 300);
    }

    void lyingSizes_data()
    {
        QTest::addColumn<quint32>("declared");
        QTest::addColumn<QString>("reason");
        // Declares 4 GB: refused before inflating anything.
        QTest::newRow("declares huge") << quint32(0xFFFFFFF0u) << QStringLiteral("zip bomb");
        // Declares 10 bytes but inflates to 16 MB: stopped by the running count or the CRC/size check.
        QTest::newRow("declares tiny") << quint32(10) << QStringLiteral("word/document.xml");
    }

    void lyingSizes()
    {
        QFETCH(quint32, declared);
        QFETCH(QString, reason);
        const QString body = wordParagraph(QStringLiteral("The pier closes.")) + QString(16 * 1024 * 1024, u' ');
        const QString path = write(QStringLiteral("lying.docx"), docxEntries(body));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        const QByteArray name = "word/document.xml";
        const auto patch = [&bytes, declared](qsizetype at) {
            for (int i = 0; i < 4; ++i)
                bytes[at + i] = char((declared >> (8 * i)) & 0xFF);
        };
        // Local file header: size at offset 22, name at 30. Central directory: size at 24, name at 46.
        for (qsizetype at = bytes.indexOf("PK\x03\x04"); at >= 0; at = bytes.indexOf("PK\x03\x04", at + 4)) {
            if (bytes.mid(at + 30, name.size()) == name)
                patch(at + 22);
        }
        for (qsizetype at = bytes.indexOf("PK\x01\x02"); at >= 0; at = bytes.indexOf("PK\x01\x02", at + 4)) {
            if (bytes.mid(at + 46, name.size()) == name)
                patch(at + 24);
        }
        file.seek(0);
        file.write(bytes);
        file.close();
        LoadOptions options;
        options.maxUnzippedBytes = 1024 * 1024;
        const LoadResult r = loadDocument(path, options);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.reason.contains(reason), qPrintable(r.error.reason));
    }

    void tooManyParagraphs_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("docx") << QStringLiteral("many.docx");
        QTest::newRow("odt") << QStringLiteral("many.odt");
    }
    void tooManyParagraphs()
    {
        QFETCH(QString, name);
        QString docxBody;
        QByteArray odtBody;
        for (int i = 0; i < 300; ++i) {
            docxBody += wordParagraph(QStringLiteral("Paragraph %1 of the article.").arg(i));
            odtBody += "<text:p>Paragraph " + QByteArray::number(i) + " of the article.</text:p>";
        }
        const QByteArray content = R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>)"
            + odtBody + "</office:text></office:body></office:document-content>";
        const QString path = name.endsWith(u"docx")
            ? write(name, docxEntries(docxBody))
            : write(name,
                    {{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text"},
                     {QStringLiteral("content.xml"), content}});
        LoadOptions options;
        options.maxParagraphs = 100;
        const LoadResult r = loadDocument(path, options);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.reason.contains(QStringLiteral("too many paragraphs")), qPrintable(r.error.reason));
        options.maxParagraphs = 300;
        const LoadResult ok = loadDocument(path, options);
        QVERIFY2(ok.ok(), qPrintable(ok.error.message()));
        QCOMPARE(ok.document->paragraphs.size(), 300);
    }

    void zipBombInMainPart()
    {
        // The article part itself inflates 8 MB of markup from a few kilobytes.
        const QString filler = QStringLiteral("<w:p/>").repeated(8 * 1024 * 1024 / 6);
        const QString path
            = write(QStringLiteral("mainbomb.docx"), docxEntries(wordParagraph(QStringLiteral("The pier closes.")) + filler));
        QVERIFY(QFileInfo(path).size() < 200 * 1024);
        const LoadResult r = loadDocument(path);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.reason.contains(QStringLiteral("zip bomb")), qPrintable(r.error.reason));
    }

    void zipBomb()
    {
        // 16 MB of zeros deflate to about 16 KB: a ratio no real document part has.
        ZipEntries entries = docxEntries(wordParagraph(QStringLiteral("The pier closes.")));
        entries.append({QStringLiteral("word/footnotes.xml"), QByteArray(16 * 1024 * 1024, ' ')});
        const QString path = write(QStringLiteral("bomb.docx"), entries);
        QVERIFY(QFileInfo(path).size() < 200 * 1024);
        LoadResult r = loadDocument(path);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.reason.contains(QStringLiteral("zip bomb")), qPrintable(r.error.reason));
        // The absolute limit, with a ratio that would pass.
        LoadOptions options;
        options.maxUnzippedBytes = 64 * 1024;
        options.maxCompressionRatio = 1000000;
        r = loadDocument(path, options);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.reason.contains(QStringLiteral("inflates to more than 0.1 MB")), qPrintable(r.error.reason));
    }
};

QTEST_GUILESS_MAIN(TestOfficeLoader)
#include "tst_officeloader.moc"
