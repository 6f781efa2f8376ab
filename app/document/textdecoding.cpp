#include "textdecoding.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <uchardet.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <memory>

namespace parallax {

namespace {

// Detectors only see the start of big files: it is enough to tell the encoding and keeps a
// 50 MB load fast.
constexpr qsizetype DetectionSample = 64 * 1024;

// ICU's converter names are internal ("ibm-5347_P100-1998"); report the MIME/IANA name instead.
QString canonicalName(const QByteArray &name)
{
    UErrorCode status = U_ZERO_ERROR;
    const char *internal = ucnv_getAlias(name.constData(), 0, &status);
    if (U_FAILURE(status) || !internal)
        return {};
    for (const char *standard : {"MIME", "IANA"}) {
        status = U_ZERO_ERROR;
        const char *std = ucnv_getStandardName(internal, standard, &status);
        if (U_SUCCESS(status) && std)
            return QString::fromLatin1(std);
    }
    return QString::fromLatin1(internal);
}

struct Utf8Scan
{
    qsizetype validMultiByte = 0;
    qsizetype invalid = 0;
};

// Counts well-formed multi-byte sequences and malformed bytes in one linear pass.
Utf8Scan scanUtf8(const QByteArray &bytes)
{
    Utf8Scan scan;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            lo = c == 0xE0 ? 0xA0 : 0x80;
            hi = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            lo = c == 0xF0 ? 0x90 : 0x80;
            hi = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            ++scan.invalid;
            ++i;
            continue;
        }
        bool ok = i + extra < n;
        for (int k = 1; ok && k <= extra; ++k) {
            const unsigned char cc = p[i + k];
            ok = k == 1 ? (cc >= lo && cc <= hi) : (cc >= 0x80 && cc <= 0xBF);
        }
        if (ok) {
            ++scan.validMultiByte;
            i += extra + 1;
        } else {
            ++scan.invalid;
            ++i;
        }
    }
    return scan;
}

bool isLegacyCandidate(const QString &name)
{
    return name.startsWith(u"windows-125") || name.startsWith(u"ISO-8859-") || name == u"KOI8-R";
}

QString detectWithIcu(const QByteArray &sample, bool markup)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status), ucsdet_close);
    if (U_FAILURE(status))
        return {};
    // Tag names and attributes are ASCII and would dilute the letter statistics.
    ucsdet_enableInputFilter(detector.get(), markup);
    ucsdet_setText(detector.get(), sample.constData(), int32_t(sample.size()), &status);
    int32_t count = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector.get(), &count, &status);
    if (U_FAILURE(status))
        return {};
    // Without a BOM only single-byte encodings are plausible here; ICU otherwise sometimes
    // answers UTF-16BE or GB18030 for a few words of Russian.
    for (int32_t i = 0; i < count; ++i) {
        UErrorCode nameStatus = U_ZERO_ERROR;
        const QString name = QString::fromLatin1(ucsdet_getName(matches[i], &nameStatus));
        if (U_SUCCESS(nameStatus) && isLegacyCandidate(name))
            return name;
    }
    return {};
}

QString detectWithUchardet(const QByteArray &sample)
{
    std::unique_ptr<std::remove_pointer_t<uchardet_t>, decltype(&uchardet_delete)> detector(uchardet_new(), uchardet_delete);
    if (uchardet_handle_data(detector.get(), sample.constData(), size_t(sample.size())) != 0)
        return {};
    uchardet_data_end(detector.get());
    const QByteArray name(uchardet_get_charset(detector.get()));
    if (name.isEmpty() || name == "ASCII")
        return {};
    return canonicalName(name);
}

QString decodeWithIcu(const QByteArray &bytes, const QString &encoding)
{
    UErrorCode status = U_ZERO_ERROR;
    const QByteArray name = encoding.toLatin1();
    std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open(name.constData(), &status), ucnv_close);
    if (U_FAILURE(status))
        return QString::fromUtf8(bytes);
    // Single-byte and UTF-16 input never needs more UTF-16 units than it has bytes.
    QString out(bytes.size() + 1, Qt::Uninitialized);
    const int32_t written = ucnv_toUChars(conv.get(), reinterpret_cast<UChar *>(out.data()), int32_t(out.size()),
                                          bytes.constData(), int32_t(bytes.size()), &status);
    if (U_FAILURE(status))
        return QString::fromUtf8(bytes);
    out.truncate(written);
    return out;
}

} // namespace

QString encodingFromBom(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return QStringLiteral("UTF-8");
    if (bytes.startsWith("\xFF\xFE"))
        return QStringLiteral("UTF-16LE");
    if (bytes.startsWith("\xFE\xFF"))
        return QStringLiteral("UTF-16BE");
    return {};
}

QString declaredHtmlCharset(const QByteArray &bytes)
{
    // The HTML spec only looks at the first 1024 bytes; pages with long heads put it later,
    // so look a little further.
    const QString head = QString::fromLatin1(bytes.left(4096));
    static const QRegularExpression metaCharset(QStringLiteral(R"(<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+))"),
                                                QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = metaCharset.match(head);
    if (!m.hasMatch())
        return {};
    QString name = canonicalName(m.captured(1).toLatin1());
    // Browsers read these labels as windows-1252 (WHATWG Encoding), and so do outlets' pages.
    if (name == u"ISO-8859-1" || name == u"US-ASCII")
        name = QStringLiteral("windows-1252");
    return name;
}

QString detectEncoding(const QByteArray &bytes, bool markup)
{
    const Utf8Scan scan = scanUtf8(bytes);
    // Valid UTF-8 wins over any guess; a few broken bytes in otherwise UTF-8 text are damage,
    // not a sign of a legacy encoding.
    if (scan.invalid == 0 || (scan.validMultiByte > 0 && scan.invalid * 10 <= scan.validMultiByte))
        return QStringLiteral("UTF-8");
    // Measured on tests/data/document/snippets.txt (20 one-sentence RU/EN/DE/FR snippets, each
    // as a sentence, its first 4 words and first 2 words, in every encoding that can hold it;
    // 216 cases) with the UTF-8 check above in front of both detectors:
    //   ICU ucsdet top match 211/216, uchardet 0.0.7 212/216, ICU restricted to single-byte
    //   charsets 212/216, ICU restricted then uchardet when ICU has no single-byte answer
    //   214/216 (both misses are 2-word KOI8-R/ISO-8859-5 phrases of ~15 bytes).
    // Every sentence and 4-word case was right with the last, so it is what we use.
    const QByteArray sample = bytes.left(DetectionSample);
    QString name = detectWithIcu(sample, markup);
    if (name.isEmpty())
        name = detectWithUchardet(sample);
    if (name.isEmpty())
        name = QStringLiteral("windows-1252");
    return name;
}

DecodedText decodeText(const QByteArray &bytes, QStringView declared, bool markup)
{
    DecodedText out;
    const QString bom = encodingFromBom(bytes);
    if (!bom.isEmpty()) {
        out.encoding = bom;
        if (bom == u"UTF-8") {
            out.text = QString::fromUtf8(bytes.constData() + 3, bytes.size() - 3);
        } else {
            QStringDecoder decoder(bom == u"UTF-16LE" ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
            out.text = decoder(QByteArrayView(bytes).sliced(2));
        }
        return out;
    }
    QString name;
    if (!declared.isEmpty())
        name = canonicalName(declared.toLatin1());
    // A declared UTF-16 in a file without BOM is a lie the bytes cannot back up.
    if (name.startsWith(u"UTF-16") || name.startsWith(u"UTF-32"))
        name.clear();
    if (name.isEmpty())
        name = detectEncoding(bytes, markup);
    out.encoding = name;
    out.text = name == u"UTF-8" ? QString::fromUtf8(bytes) : decodeWithIcu(bytes, name);
    return out;
}

bool looksBinary(const QByteArray &bytes)
{
    const QString bom = encodingFromBom(bytes);
    if (bom.startsWith(u"UTF-16"))
        return false;
    if (bytes.startsWith("%PDF-"))
        return true;
    const QByteArrayView sample = QByteArrayView(bytes).first(std::min(bytes.size(), DetectionSample));
    qsizetype control = 0;
    for (const char ch : sample) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B)
            ++control;
    }
    return control * 20 > sample.size(); // more than 5 % control characters
}

QString normalizeLineEndings(QString text)
{
    if (!text.contains(u'\r'))
        return text;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    return text;
}

} // namespace parallax
