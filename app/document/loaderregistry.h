#pragma once

#include "loaddocument.h"

#include <QByteArray>
#include <QStringList>

#include <functional>

namespace parallax {

/// \brief Loads one file whose bytes were already read and checked against the size limit.
/// Must fill `document` (with path and format) or `error`, never throw, never hang.
using LoaderFunction = std::function<LoadResult(const QString &path, const QByteArray &bytes, const LoadOptions &options)>;

/// \brief Makes loadDocument() hand files with one of `extensions` (lower case, no dot) to
/// `loader`, before the built-in formats. Formats that need more than Qt Core (PDF needs Qt
/// Gui) live in their own library and register here at start-up. Thread-safe; a later
/// registration for the same extension replaces the earlier one.
void registerLoader(const QStringList &extensions, LoaderFunction loader);

/// \brief The loader registered for `extension` (lower case, no dot), or an empty function.
LoaderFunction registeredLoader(const QString &extension);

/// \brief Every extension loadDocument() understands: the built-in ones and the registered ones.
QStringList supportedExtensions();

} // namespace parallax
