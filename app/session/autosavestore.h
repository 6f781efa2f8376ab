#pragma once

#include "session.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace parallax {

/// \brief An autosave a crashed run left behind.
struct RecoveryCandidate
{
    QString id;
    QString autosavePath;
    QString savedPath; ///< the session file the run was editing; empty for a never-saved session
    QDateTime autosaved; ///< UTC, when the autosave was written
};

/// \brief Keeps a copy of the open session in <dir>/<id>.parallax while a run edits it.
///
/// begin() writes a marker <id>.running holding this process id; finish() (clean exit) removes
/// the autosave and then the marker. A marker whose process is gone therefore means a crash,
/// and its autosave is offered by pendingRecoveries(). A marker of a live process belongs to
/// another window still running and is left alone.
class AutosaveStore final
{
public:
    /// `directory` empty: QStandardPaths::AppDataLocation + "/autosave".
    explicit AutosaveStore(const QString &directory = {});
    ~AutosaveStore();
    AutosaveStore(const AutosaveStore &) = delete;
    AutosaveStore &operator=(const AutosaveStore &) = delete;

    QString directory() const { return m_directory; }
    QString id() const { return m_id; }

    /// Starts this run's autosave slot; returns an error or an empty string.
    QString begin();
    /// Writes the session (QSaveFile); `savedPath` is the file the user saved it to, if any.
    QString save(const Session &session, const QString &savedPath);
    /// Clean exit (or the user saved and closed): removes the autosave and the marker.
    void finish();

    /// Autosaves of runs that ended without finish(), newest first; never this run's own.
    QList<RecoveryCandidate> pendingRecoveries() const;
    /// Deletes a recovery candidate's files. Returns false when nothing was removed.
    bool discard(const QString &id) const;
    /// What the autosave holds that the saved file does not (see sessionDifferences()).
    static QStringList differences(const RecoveryCandidate &candidate);

private:
    QString pathFor(const QString &id, QStringView suffix) const;
    void removeOrphanMarkers() const;

    QString m_directory;
    QString m_id;
};

} // namespace parallax
