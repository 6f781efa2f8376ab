#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace parallax {

/// \brief Text decoded from a file's bytes and the name of the encoding that was used.
struct DecodedText
{
    QString text;
    QString encoding; ///< canonical name: "UTF-8", "UTF-16LE", "windows-1251", "KOI8-R", ...
};

/// \brief The encoding named by a byte-order mark at the start of `bytes`, or an empty string.
QString encodingFromBom(const QByteArray &bytes);

/// \brief The charset an HTML document declares in its first bytes (`<meta charset>` or an
/// http-equiv Content-Type), canonicalised; empty when none is declared or it is unknown.
QString declaredHtmlCharset(const QByteArray &bytes);

/// \brief Guesses the encoding of BOM-less bytes: valid UTF-8 first, then the legacy detectors.
/// `markup`: the bytes are HTML, so tags are ignored when weighing letter frequencies.
QString detectEncoding(const QByteArray &bytes, bool markup = false);

/// \brief Decodes `bytes`: a BOM wins, then `declared` (if it is a known encoding), then
/// detection (`markup` as for detectEncoding). Never fails: undecodable bytes become U+FFFD.
DecodedText decodeText(const QByteArray &bytes, QStringView declared = {}, bool markup = false);

/// \brief True when `bytes` hold binary data (NUL bytes without a UTF-16 BOM, or many control
/// characters) rather than text.
bool looksBinary(const QByteArray &bytes);

/// \brief Replaces CRLF and lone CR with LF.
QString normalizeLineEndings(QString text);

} // namespace parallax
