#pragma once

#include "annotation.h"
#include "document/document.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace parallax {

/// \brief The schema name a session file declares; see SESSION_FORMAT.md.
inline constexpr auto sessionSchema = "parallax.session/1";

/// \brief The analyst's corrections of what the loader read; unset fields keep the loaded value.
struct MetadataOverride
{
    std::optional<QString> title;
    std::optional<QString> outlet;
    std::optional<PublicationDate> published;

    bool isEmpty() const { return !title && !outlet && !published; }
    bool operator==(const MetadataOverride &) const = default;
};

/// \brief One article kept in a session: its full original text, so the session opens without
/// the source file, under a key that stays the same when articles are reordered or reloaded.
struct SessionDocument
{
    QString key; ///< "k" + 12 hex digits of the source's SHA-1 when first added; never recomputed
    Document document;
    MetadataOverride overrides;
};

/// \brief Everything a saved session holds: articles, annotations and how they were viewed.
struct Session
{
    QList<SessionDocument> documents;
    QList<Annotation> annotations;
    QString pivotKey; ///< empty: the engine picks
    QStringList paneOrder; ///< document keys, left to right
    QStringList hiddenPanes; ///< document keys
    QString layout; ///< the name of the view layout, e.g. "side-by-side"

    /// The index in `documents` of `key`, or -1.
    int indexOfKey(const QString &key) const;
    /// The documents with overrides applied, ids d1, d2, ... in stored order (engine input).
    QList<Document> effectiveDocuments() const;
};

/// \brief A stable key for a newly added document; unique among `existing` keys.
QString makeDocumentKey(const Document &document, const QStringList &existing);

/// \brief Builds a session around freshly loaded documents (keys made, pane order = load order).
Session sessionFromDocuments(const QList<Document> &documents);

/// \brief The value a document shows after the analyst's corrections.
Document applyOverrides(const Document &document, const MetadataOverride &overrides);

} // namespace parallax
