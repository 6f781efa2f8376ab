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
    /// Zipped formats (DOCX, ODT): the most a part may inflate to, and the largest ratio of
    /// inflated to compressed size believed; beyond either the file is taken for a zip bomb.
    qint64 maxUnzippedBytes = 256 * 1024 * 1024;
    int maxCompressionRatio = 200;
    int maxPages = 5000; ///< PDF pages read at most
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

/// \brief Loads a plain text, Markdown, HTML, DOCX or ODT article, or any format a loader was
/// registered for (see loaderregistry.h: PDF); never throws, never crashes on bad input.
LoadResult loadDocument(const QString &path, const LoadOptions &options = {});

/// \brief Loads several files; documents get ids d1, d2, ... in the order they loaded, and every
/// failure is reported, not only the first. A directory stands for every supported file directly
/// in it (by name, not recursive; other files are skipped); a directory without one is an error.
struct LoadManyResult
{
    QList<Document> documents;
    QList<LoadError> errors;
};
LoadManyResult loadDocuments(const QStringList &paths, const LoadOptions &options = {});

} // namespace parallax
