#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace parallax::testing {

/// \brief One bundled sample corpus: `resources/samples/<slug>/` with `articles/` and
/// `expected.json` (format described in that folder's README.md). Tests of other units may
/// add samplecorpus.cpp to their SOURCES to reuse the ground truth.
struct SampleCorpus
{
    QString dir; ///< absolute path of resources/samples/<slug>
    QJsonObject expected; ///< the parsed expected.json (empty when it failed to parse)
    QString parseError; ///< why expected.json could not be read, empty when it could

    /// Absolute path of an article named by its file name in expected.json.
    QString articlePath(const QString &file) const;
    /// The expected.json entry of `file` under "articles", empty when there is none.
    QJsonObject article(const QString &file) const;
    /// The article's bytes decoded with the encoding expected.json names (BOM removed);
    /// a null string when the file cannot be read or the encoding is unknown.
    QString decodedText(const QString &file) const;

    /// Every corpus under PARALLAX_SAMPLES_DIR that has an expected.json, sorted by slug.
    static QList<SampleCorpus> all();
};

/// \brief Decodes bytes with an encoding name as used in expected.json ("UTF-8",
/// "windows-1251", "UTF-16LE"...), through ICU so that legacy code pages work too.
QString decodeBytes(const QByteArray &bytes, const QString &encoding);

/// \brief Non-overlapping occurrences of `needle` in `haystack` (case-sensitive).
int countOccurrences(const QString &haystack, const QString &needle);

/// \brief Whitespace-separated words; for HTML after dropping head, script, style, comments
/// and tags (the "words" field of expected.json).
int countWords(const QString &text, bool html);

} // namespace parallax::testing
