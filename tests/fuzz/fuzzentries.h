#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace parallax::fuzz {

/// \brief One fuzzed entry point: takes arbitrary bytes, must return without crashing, and
/// aborts when a result breaks an invariant (offsets outside the text, ...).
using Entry = void (*)(const QByteArray &bytes);

/// \brief The entry point of a fuzz target named `name` ("txt", "md", "html", "pdf", "docx",
/// "session", "dates", "quantities", "engine"), or nullptr.
Entry entryFor(const QString &name);

/// \brief Every target name, in the order run_fuzzers.sh runs them.
QStringList entryNames();

} // namespace parallax::fuzz
