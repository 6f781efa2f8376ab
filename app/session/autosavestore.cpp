#include "autosavestore.h"

#include "sessiondiff.h"
#include "sessionio.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace parallax {

namespace {

bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
#ifdef Q_OS_UNIX
    // kill(pid, 0) probes without signalling; EPERM means it exists but belongs to someone else.
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    return false;
#endif
}

bool writeSmall(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.commit();
}

QJsonObject readSmall(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > 65536)
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

AutosaveStore::AutosaveStore(const QString &directory)
    : m_directory(directory.isEmpty()
                      ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave")
                      : directory)
{ }

AutosaveStore::~AutosaveStore() = default;

QString AutosaveStore::pathFor(const QString &id, QStringView suffix) const
{
    return m_directory + u'/' + id + suffix;
}

QString AutosaveStore::begin()
{
    if (!QDir().mkpath(m_directory))
        return QCoreApplication::translate("session", "cannot create the autosave folder %1").arg(m_directory);
    removeOrphanMarkers();
    m_id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject marker;
    marker.insert(QStringLiteral("pid"), QCoreApplication::applicationPid());
    marker.insert(QStringLiteral("started"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!writeSmall(pathFor(m_id, u".running"), QJsonDocument(marker).toJson(QJsonDocument::Compact)))
        return QCoreApplication::translate("session", "cannot write the autosave marker in %1").arg(m_directory);
    return {};
}

QString AutosaveStore::save(const Session &session, const QString &savedPath)
{
    if (m_id.isEmpty()) {
        const QString error = begin();
        if (!error.isEmpty())
            return error;
    }
    const QString error = saveSession(session, pathFor(m_id, u".parallax"));
    if (!error.isEmpty())
        return error;
    QJsonObject meta;
    meta.insert(QStringLiteral("savedPath"), savedPath);
    meta.insert(QStringLiteral("autosaved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!writeSmall(pathFor(m_id, u".meta"), QJsonDocument(meta).toJson(QJsonDocument::Compact)))
        return QCoreApplication::translate("session", "cannot write %1").arg(pathFor(m_id, u".meta"));
    return {};
}

void AutosaveStore::finish()
{
    if (m_id.isEmpty())
        return;
    // The marker goes last: a crash half-way through still leaves a recoverable state.
    QFile::remove(pathFor(m_id, u".parallax"));
    QFile::remove(pathFor(m_id, u".meta"));
    QFile::remove(pathFor(m_id, u".running"));
    m_id.clear();
}

// A run killed before its first autosave leaves only its marker: nothing to recover, so it goes.
// Markers of live processes stay (another window may be about to write its first autosave).
void AutosaveStore::removeOrphanMarkers() const
{
    const QDir dir(m_directory);
    const QStringList markers = dir.entryList({QStringLiteral("*.running")}, QDir::Files, QDir::Name);
    for (const QString &name : markers) {
        const QString id = name.chopped(int(qstrlen(".running")));
        if (QFileInfo::exists(pathFor(id, u".parallax")))
            continue;
        const QJsonObject marker = readSmall(dir.filePath(name));
        if (!processAlive(marker.value(QStringLiteral("pid")).toInteger()))
            QFile::remove(dir.filePath(name));
    }
}

QList<RecoveryCandidate> AutosaveStore::pendingRecoveries() const
{
    QList<RecoveryCandidate> out;
    const QDir dir(m_directory);
    const QStringList autosaves = dir.entryList({QStringLiteral("*.parallax")}, QDir::Files, QDir::Name);
    for (const QString &name : autosaves) {
        const QString id = name.chopped(int(qstrlen(".parallax")));
        if (id == m_id)
            continue;
        const QString markerPath = pathFor(id, u".running");
        if (QFileInfo::exists(markerPath)) {
            const QJsonObject marker = readSmall(markerPath);
            if (processAlive(marker.value(QStringLiteral("pid")).toInteger()))
                continue; // another window is still working on it
        }
        const QJsonObject meta = readSmall(pathFor(id, u".meta"));
        RecoveryCandidate c;
        c.id = id;
        c.autosavePath = dir.filePath(name);
        c.savedPath = meta.value(QStringLiteral("savedPath")).toString();
        c.autosaved = QDateTime::fromString(meta.value(QStringLiteral("autosaved")).toString(), Qt::ISODateWithMs);
        if (!c.autosaved.isValid())
            c.autosaved = QFileInfo(c.autosavePath).lastModified().toUTC();
        out.append(c);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const RecoveryCandidate &a, const RecoveryCandidate &b) { return a.autosaved > b.autosaved; });
    return out;
}

bool AutosaveStore::discard(const QString &id) const
{
    if (id.isEmpty() || id == m_id || id.contains(u'/'))
        return false;
    bool removed = QFile::remove(pathFor(id, u".parallax"));
    removed = QFile::remove(pathFor(id, u".meta")) || removed;
    removed = QFile::remove(pathFor(id, u".running")) || removed;
    return removed;
}

QStringList AutosaveStore::differences(const RecoveryCandidate &candidate)
{
    const SessionReadResult autosaved = loadSession(candidate.autosavePath);
    if (!autosaved.ok())
        return {autosaved.error};
    Session saved;
    if (!candidate.savedPath.isEmpty()) {
        const SessionReadResult onDisk = loadSession(candidate.savedPath);
        if (!onDisk.ok())
            return QStringList {QCoreApplication::translate("session", "the saved file cannot be read (%1)").arg(onDisk.error)}
            + sessionDifferences(Session {}, *autosaved.session);
        saved = *onDisk.session;
    }
    return sessionDifferences(saved, *autosaved.session);
}

} // namespace parallax
