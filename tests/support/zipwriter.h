#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace parallax::test {

using ZipEntries = QList<QPair<QString, QByteArray>>;

/// \brief Writes `entries` (name, bytes) as a deflated zip archive at `path`.
bool writeZip(const QString &path, const ZipEntries &entries);

/// \brief The parts of a minimal Word document: `body` goes inside <w:body>, `footnotes`
/// inside <w:footnotes> (omitted when empty), `core` is the inside of docProps/core.xml
/// (omitted when empty). Styles map the ids Heading1, Title, Caption to their names.
ZipEntries docxEntries(const QString &body, const QString &footnotes = {}, const QString &core = {});

/// \brief A Word paragraph with one run, optionally with a style id.
QString wordParagraph(const QString &text, const QString &styleId = {});

} // namespace parallax::test
