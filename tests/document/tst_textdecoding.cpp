#include "document/loaddocument.h"
#include "document/textdecoding.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unicode/ucnv.h>

using namespace parallax;

namespace {

// Encodes with ICU so every legacy encoding can be produced from the UTF-8 samples.
QByteArray encode(const QString &text, const char *encoding)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter *conv = ucnv_open(encoding, &status);
    if (U_FAILURE(status))
        return {};
    // Stop at unencodable characters instead of writing substitutes.
    ucnv_setFromUCallBack(conv, UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    QByteArray out(text.size() * 4 + 16, Qt::Uninitialized);
    const int32_t n = ucnv_fromUChars(conv, out.data(), int32_t(out.size()), reinterpret_cast<const UChar *>(text.utf16()),
                                      int32_t(text.size()), &status);
    ucnv_close(conv);
    if (U_FAILURE(status))
        return {};
    out.truncate(n);
    return out;
}

QList<QPair<QString, QString>> snippets()
{
    QFile file(QStringLiteral(PARALLAX_TEST_DATA_DIR "/document/snippets.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QPair<QString, QString>> out;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const qsizetype tab = line.indexOf('\t');
        if (tab > 0)
            out.append({QString::fromUtf8(line.left(tab)), QString::fromUtf8(line.mid(tab + 1))});
    }
    return out;
}

} // namespace

class TestTextDecoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void boms_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        const QString text = QStringLiteral("Плотина прорвалась ночью. Ça a cédé.");
        QByteArray le("\xFF\xFE", 2), be("\xFE\xFF", 2);
        for (const QChar c : text) {
            le += char(c.unicode() & 0xFF);
            le += char(c.unicode() >> 8);
            be += char(c.unicode() >> 8);
            be += char(c.unicode() & 0xFF);
        }
        QTest::newRow("utf-8 bom") << (QByteArray("\xEF\xBB\xBF") + text.toUtf8()) << QStringLiteral("UTF-8");
        QTest::newRow("utf-16le bom") << le << QStringLiteral("UTF-16LE");
        QTest::newRow("utf-16be bom") << be << QStringLiteral("UTF-16BE");
        QTest::newRow("utf-8 no bom") << text.toUtf8() << QStringLiteral("UTF-8");
    }
    void boms()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        const DecodedText d = decodeText(bytes);
        QCOMPARE(d.encoding, encoding);
        QCOMPARE(d.text, QStringLiteral("Плотина прорвалась ночью. Ça a cédé.")); // BOM not kept
        QVERIFY(!looksBinary(bytes));
    }

    // Every snippet in every encoding that can hold it, as a whole sentence: the detector chain
    // must decode each one exactly (see the figures in textdecoding.cpp).
    void legacyEncodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("encoding");
        const QList<QPair<QString, QString>> all = snippets();
        QVERIFY(all.size() >= 20);
        int row = 0;
        for (const auto &[lang, text] : all) {
            const QList<const char *> encodings = lang == u"ru"
                ? QList<const char *> {"UTF-8", "windows-1251", "KOI8-R", "ISO-8859-5"}
                : QList<const char *> {"UTF-8", "windows-1252", "ISO-8859-1", "ISO-8859-15"};
            for (const char *enc : encodings) {
                const QByteArray bytes = encode(text, enc);
                if (bytes.isEmpty())
                    continue; // e.g. an em dash has no place in KOI8-R
                QTest::addRow("%d %s %s", row, qPrintable(lang), enc) << bytes << text << QString::fromLatin1(enc);
            }
            ++row;
        }
    }
    void legacyEncodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QFETCH(QString, encoding);
        const DecodedText d = decodeText(bytes);
        QCOMPARE(d.text, expected);
        // ISO-8859-1/15 and windows-1252 agree on these letters; any of them is a right answer.
        if (encoding == u"windows-1251" || encoding == u"KOI8-R" || encoding == u"ISO-8859-5" || encoding == u"UTF-8")
            QCOMPARE(d.encoding, encoding);
    }

    void asciiIsUtf8() { QCOMPARE(detectEncoding("Plain ASCII text, nothing else."), QStringLiteral("UTF-8")); }

    void validUtf8WinsOverGuesses()
    {
        // Two multi-byte sequences only: ICU alone calls similar input ISO-8859-1.
        const QByteArray bytes = QStringLiteral("Die Preise für Brot stiegen um fünf Prozent.").toUtf8();
        QCOMPARE(detectEncoding(bytes), QStringLiteral("UTF-8"));
    }

    void damagedUtf8StaysUtf8()
    {
        QByteArray bytes = QStringLiteral("Вода прорвала дамбу ночью, и к утру затопило три деревни.").toUtf8();
        bytes.insert(10, '\xFF');
        const DecodedText d = decodeText(bytes);
        QCOMPARE(d.encoding, QStringLiteral("UTF-8"));
        QVERIFY(d.text.contains(QChar::ReplacementCharacter));
        QVERIFY(d.text.endsWith(QStringLiteral("затопило три деревни.")));
    }

    void declaredCharset_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QString>("charset");
        QTest::newRow("meta charset") << QByteArray("<html><head><meta charset=\"utf-8\">") << QStringLiteral("UTF-8");
        QTest::newRow("unquoted") << QByteArray("<meta charset=koi8-r>") << QStringLiteral("KOI8-R");
        QTest::newRow("http-equiv") << QByteArray(
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">")
                                    << QStringLiteral("windows-1251");
        QTest::newRow("cp1251 alias") << QByteArray("<META CHARSET='cp1251'>") << QStringLiteral("windows-1251");
        QTest::newRow("latin1 read as 1252") << QByteArray("<meta charset=\"iso-8859-1\">") << QStringLiteral("windows-1252");
        QTest::newRow("none") << QByteArray("<html><head><title>x</title>") << QString();
        QTest::newRow("unknown name") << QByteArray("<meta charset=\"no-such-charset\">") << QString();
    }
    void declaredCharset()
    {
        QFETCH(QByteArray, html);
        QFETCH(QString, charset);
        QCOMPARE(declaredHtmlCharset(html), charset);
    }

    void declaredCharsetWinsOverDetection()
    {
        // Valid UTF-8 bytes, but the page says windows-1252: the page is believed.
        const QByteArray bytes = QByteArray("<meta charset=\"windows-1252\"><p>") + QStringLiteral("café").toUtf8();
        const DecodedText d = decodeText(bytes, declaredHtmlCharset(bytes));
        QCOMPARE(d.encoding, QStringLiteral("windows-1252"));
        QVERIFY(d.text.endsWith(QStringLiteral("cafÃ©")));
    }

    void htmlFileUsesMetaCharset_data()
    {
        QTest::addColumn<QString>("charset");
        QTest::newRow("windows-1251") << QStringLiteral("windows-1251");
        QTest::newRow("KOI8-R") << QStringLiteral("KOI8-R");
        QTest::newRow("ISO-8859-5") << QStringLiteral("ISO-8859-5");
    }
    void htmlFileUsesMetaCharset()
    {
        QFETCH(QString, charset);
        // Short enough that detection alone is unreliable; the declaration decides.
        const QString html = QStringLiteral("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%1\">"
                                            "<title>Мост</title></head><body><p>Мост откроют.</p></body></html>")
                                 .arg(charset);
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("ru.html")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(encode(html, qPrintable(charset)));
        f.close();
        const LoadResult r = loadDocument(f.fileName());
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QCOMPARE(r.document->encoding, charset);
        QCOMPARE(r.document->paragraphs.last().text, QStringLiteral("Мост откроют."));
        QCOMPARE(r.document->source, html);
    }

    void htmlWithoutDeclarationIsDetected_data()
    {
        QTest::addColumn<QString>("charset");
        QTest::newRow("windows-1251") << QStringLiteral("windows-1251");
        QTest::newRow("KOI8-R") << QStringLiteral("KOI8-R");
        QTest::newRow("windows-1252") << QStringLiteral("windows-1252");
    }
    void htmlWithoutDeclarationIsDetected()
    {
        QFETCH(QString, charset);
        // Lots of ASCII markup around two sentences: the detector must look past the tags.
        const QString text = charset == u"windows-1252"
            ? QStringLiteral("Der Bürgermeister sagte, die Räumung sei bis Dienstagabend abgeschlossen. Straßenbahnen fahren "
                             "wegen der Überschwemmung nur eingeschränkt.")
            : QStringLiteral("Мэр города заявил, что эвакуация завершится к вечеру вторника. Жители жалуются на шум "
                             "строительной техники по ночам.");
        QString html = QStringLiteral("<html><head><title>x</title>");
        for (int i = 0; i < 30; ++i)
            html += QStringLiteral("<link rel=\"stylesheet\" href=\"/static/css/site-%1.css\">").arg(i);
        html
            += QStringLiteral("</head><body><div class=\"article-body\"><p>") + text + QStringLiteral("</p></div></body></html>");
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("page.html")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(encode(html, qPrintable(charset)));
        f.close();
        const LoadResult r = loadDocument(f.fileName());
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QCOMPARE(r.document->paragraphs.last().text, text);
    }

    void legacyTextFileRecordsEncoding()
    {
        const QString text = QStringLiteral("Мэр города заявил, что эвакуация завершится к вечеру вторника.\n\n"
                                            "Жители жалуются на шум строительной техники по ночам.\n");
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("ru.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(encode(text, "KOI8-R"));
        f.close();
        const LoadResult r = loadDocument(f.fileName());
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QCOMPARE(r.document->encoding, QStringLiteral("KOI8-R"));
        QCOMPARE(r.document->paragraphs.size(), 2);
        QCOMPARE(r.document->paragraphs[1].text, QStringLiteral("Жители жалуются на шум строительной техники по ночам."));
    }

    void binary_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("binary");
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << true;
        QTest::newRow("elf") << QByteArray("\x7f"
                                           "ELF\x02\x01\x01\0\0\0\0\0",
                                           12)
                             << true;
        QTest::newRow("pdf") << QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n") << true;
        QTest::newRow("controls") << QByteArray("\x01\x02\x03\x04 text \x05\x06\x07\x08") << true;
        QTest::newRow("text") << QByteArray("Plain text.\r\n\tIndented line.\f") << false;
        QTest::newRow("cp1251") << QByteArray("\xcc\xee\xf1\xf2 \xee\xf2\xea\xf0\xee\xfe\xf2.") << false;
    }
    void binary()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, binary);
        QCOMPARE(looksBinary(bytes), binary);
    }

    void lineEndings_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("crlf") << QStringLiteral("a\r\nb\r\n") << QStringLiteral("a\nb\n");
        QTest::newRow("cr") << QStringLiteral("a\rb\r") << QStringLiteral("a\nb\n");
        QTest::newRow("mixed") << QStringLiteral("a\r\n\rb\nc") << QStringLiteral("a\n\nb\nc");
        QTest::newRow("lf") << QStringLiteral("a\nb") << QStringLiteral("a\nb");
    }
    void lineEndings()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(normalizeLineEndings(input), expected);
    }
};

QTEST_GUILESS_MAIN(TestTextDecoding)
#include "tst_textdecoding.moc"
