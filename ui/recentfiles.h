#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace parallax {

/// \brief The most recently opened files, kept in QSettings and shown in a menu.
class RecentFiles final : public QObject
{
    Q_OBJECT
public:
    static constexpr int maximum = 10;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const;
    /// Puts `paths` first (in the given order), drops duplicates and the oldest beyond maximum.
    void add(const QStringList &paths);
    void clear();

    /// Fills `menu` from the list whenever it is about to show.
    void attachMenu(QMenu *menu);

Q_SIGNALS:
    void fileTriggered(const QString &path);
    void changed();

private:
    void populate(QMenu *menu);
    void save(const QStringList &files);
};

} // namespace parallax
