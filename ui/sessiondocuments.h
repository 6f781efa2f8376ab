#pragma once

#include "session/session.h"

namespace parallax {

/// \brief `session` once the open articles became `documents` (a load, a close, a paste). An
/// article matched by path (or, without one, by its text) keeps its key, corrections and notes; a
/// changed file's notes look for their text again; a new article gets a key; notes and the pivot
/// of closed articles go. Applies each article's corrections to `documents`.
Session followDocuments(const Session &session, QList<Document> &documents);

/// \brief The corrections that turn the loaded metadata into the edited one (title, outlet, date).
MetadataOverride metadataOverride(const Document &loaded, const Document &edited);

} // namespace parallax
