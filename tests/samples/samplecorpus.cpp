#include "samplecorpus.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <unicode/ucnv.h>

#include <memory>

namespace parallax::testing {

QString decodeBytes(const QByteArray &bytes, const QString &encoding)
{
    // ICU rather than QStringDecoder: Qt 6.4's decoder knows only the Unicode encodings and
    // Latin-1, and the corpus deliberately includes a windows-1251 article.
    UErrorCode status = U_ZERO_ERROR;
    const QByteArray name = encoding.toLatin1();
    std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open(name.constData(), &status), &ucnv_close);
    if (U_FAILURE(status) || !conv)
        return {};
    // Stop on malformed input instead of substituting: a sample with a wrong byte is a defect.
    ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    QString out(bytes.size() + 1, Qt::Uninitialized);
    const int32_t n = ucnv_toUChars(conv.get(), reinterpret_cast<UChar *>(out.data()), int32_t(out.size()), bytes.constData(),
                                    int32_t(bytes.size()), &status);
    if (U_FAILURE(status))
        return {};
    out.truncate(n);
    if (out.startsWith(QChar(0xFEFF)))
        out.remove(0, 1);
    return out;
}

int countOccurrences(const QString &haystack, const QString &needle)
{
    if (needle.isEmpty())
        return 0;
    int count = 0;
    for (qsizetype at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.size()))
        ++count;
    return count;
}

int countWords(const QString &text, bool html)
{
    QString visible = text;
    if (html) {
        static const QRegularExpression blocks(
            QStringLiteral("<head\\b.*?</head>|<script\\b.*?</script>|<style\\b.*?</style>|<!--.*?-->"),
            QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        visible.replace(blocks, QStringLiteral(" "));
        visible.replace(tags, QStringLiteral(" "));
    }
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return int(visible.split(space, Qt::SkipEmptyParts).size());
}

QString SampleCorpus::articlePath(const QString &file) const
{
    return dir + QStringLiteral("/articles/") + file;
}

QJsonObject SampleCorpus::article(const QString &file) const
{
    const QJsonArray articles = expected.value(QStringLiteral("articles")).toArray();
    for (const QJsonValue &a : articles) {
        if (a.toObject().value(QStringLiteral("file")).toString() == file)
            return a.toObject();
    }
    return {};
}

QString SampleCorpus::decodedText(const QString &file) const
{
    QFile f(articlePath(file));
    const QString encoding = article(file).value(QStringLiteral("encoding")).toString();
    if (encoding.isEmpty() || !f.open(QIODevice::ReadOnly))
        return {};
    return decodeBytes(f.readAll(), encoding);
}

QList<SampleCorpus> SampleCorpus::all()
{
    QList<SampleCorpus> out;
    const QDir root(QStringLiteral(PARALLAX_SAMPLES_DIR));
    const QStringList slugs = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &slug : slugs) {
        SampleCorpus c;
        c.dir = root.absoluteFilePath(slug);
        QFile f(c.dir + QStringLiteral("/expected.json"));
        if (!f.exists())
            continue;
        if (!f.open(QIODevice::ReadOnly)) {
            c.parseError = f.errorString();
        } else {
            QJsonParseError err;
            const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
            if (err.error != QJsonParseError::NoError || !doc.isObject())
                c.parseError = err.errorString();
            else
                c.expected = doc.object();
        }
        out.append(c);
    }
    return out;
}

} // namespace parallax::testing
