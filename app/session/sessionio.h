#pragma once

#include "session.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace parallax {

/// \brief Serialises a session as `parallax.session/1` JSON. Deterministic: the same session
/// gives the same bytes, so save -> load -> save is byte-identical.
QByteArray toSessionJson(const Session &session);

/// \brief A parsed session, or why the bytes are not one.
struct SessionReadResult
{
    std::optional<Session> session;
    QString error; ///< a sentence naming what is wrong and where, e.g. "annotations[2].start: expected an integer"

    bool ok() const { return session.has_value(); }
};

/// \brief Parses and validates session JSON. Rejects other schemas (including newer versions),
/// corrupt or truncated JSON and wrong types; never returns a half-read session.
SessionReadResult fromSessionJson(const QByteArray &bytes);

/// \brief Largest session file loadSession() reads by default (sessions hold whole articles).
inline constexpr qint64 maxSessionFileBytes = 512LL * 1024 * 1024;

/// \brief Reads a session file of at most `maxBytes`; the error names the file.
SessionReadResult loadSession(const QString &path, qint64 maxBytes = maxSessionFileBytes);

/// \brief Writes a session atomically (QSaveFile): the old file stays intact until the new one
/// is complete. Returns an empty string or the error.
QString saveSession(const Session &session, const QString &path);

/// \brief Parses "2024-03-03", "2024-03-03T08:45:00" or "2024-03-03T08:45:00+01:00" (the forms
/// PublicationDate::toIso writes).
std::optional<PublicationDate> parsePublicationIso(const QString &iso);

} // namespace parallax
