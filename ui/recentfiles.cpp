#include "recentfiles.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace parallax {

namespace {
const QString settingsKey = QStringLiteral("recentFiles");
}

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
{ }

QStringList RecentFiles::files() const
{
    return QSettings().value(settingsKey).toStringList();
}

void RecentFiles::add(const QStringList &paths)
{
    QStringList list = files();
    for (auto it = paths.crbegin(); it != paths.crend(); ++it) {
        list.removeAll(*it);
        list.prepend(*it);
    }
    save(list.mid(0, maximum));
}

void RecentFiles::clear()
{
    save({});
}

void RecentFiles::save(const QStringList &list)
{
    QSettings settings;
    if (list.isEmpty())
        settings.remove(settingsKey);
    else
        settings.setValue(settingsKey, list);
    Q_EMIT changed();
}

void RecentFiles::attachMenu(QMenu *menu)
{
    connect(menu, &QMenu::aboutToShow, this, [this, menu] { populate(menu); });
    auto updateEnabled = [this, menu] { menu->menuAction()->setEnabled(!files().isEmpty()); };
    connect(this, &RecentFiles::changed, menu, updateEnabled);
    updateEnabled();
    populate(menu);
}

void RecentFiles::populate(QMenu *menu)
{
    menu->clear();
    const QStringList list = files();
    for (int i = 0; i < list.size(); ++i) {
        const QString &path = list.at(i);
        // "&1 name" .. "&9", then "1&0": every entry reachable by keyboard.
        const QString number = i < 9 ? u'&' + QString::number(i + 1) : QStringLiteral("1&0");
        QString name = QFileInfo(path).fileName();
        name.replace(u'&', QStringLiteral("&&"));
        QAction *action = menu->addAction(tr("%1 %2").arg(number, name));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT fileTriggered(path); });
    }
    if (!list.isEmpty()) {
        menu->addSeparator();
        menu->addAction(tr("&Clear List"), this, &RecentFiles::clear);
    }
    menu->setToolTipsVisible(true);
}

} // namespace parallax
