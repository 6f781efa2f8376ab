#pragma once

#include "document.h"

#include <QStringList>

#include <optional>

namespace parallax {

/// \brief Limits that keep a hostile or accidental input from exhausting the machine.
struct LoadOptions
{
    qint64 maxFileBytes = 64 * 1024 * 1024;
    int maxParagraphs = 20000;
};

/// \brief Why a file could not be loaded; `message()` names the file and the reason.
struct LoadError
{
    QString path;
    QString reason;

    QString message() const;
};

/// \brief Either a document or the error that prevented loading it.
struct LoadResult
{
    std::optional<Document> document;
    LoadError error;

    bool ok() const { return document.has_value(); }
};

/// \brief Loads a plain text, Markdown or HTML article; never throws, never crashes on bad input.
LoadResult loadDocument(const QString &path, const LoadOptions &options = {});

/// \brief Loads several files; documents get ids d1, d2, ... in the order they loaded, and every
/// failure is reported, not only the first.
struct LoadManyResult
{
    QList<Document> documents;
    QList<LoadError> errors;
};
LoadManyResult loadDocuments(const QStringList &paths, const LoadOptions &options = {});

} // namespace parallax
