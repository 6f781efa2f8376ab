#pragma once

#include <QByteArray>

namespace parallax::test {

/// \brief A one-page PDF written byte by byte (correct xref), with `text` in Helvetica and an
/// Info dictionary (`info`, e.g. "/Title (X) /Author (Y)"; empty for none). Needs no Qt Gui.
QByteArray minimalPdf(const QByteArray &text, const QByteArray &info = {});

} // namespace parallax::test
