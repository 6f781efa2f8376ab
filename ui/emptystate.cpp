#include "emptystate.h"

#include <QDir>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace parallax {

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent)
    , m_openButton(new QPushButton(tr("&Open Articles…"), this))
    , m_recentBox(new QWidget(this))
{
    auto *heading = new QLabel(tr("Open articles to compare"), this);
    heading->setObjectName(QStringLiteral("emptyStateHeading"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    heading->setFont(headingFont);
    heading->setAlignment(Qt::AlignCenter);

    const QString shortcut = QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText);
    auto *hint = new QLabel(tr("Press %1 or drop files here. Parallax shows the articles side by side.").arg(shortcut), this);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    m_openButton->setDefault(true);
    connect(m_openButton, &QPushButton::clicked, this, &EmptyState::openRequested);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(heading);
    layout->addSpacing(6);
    layout->addWidget(hint);
    layout->addSpacing(16);
    layout->addWidget(m_openButton, 0, Qt::AlignHCenter);
    layout->addSpacing(16);
    layout->addWidget(m_recentBox, 0, Qt::AlignHCenter);
    layout->addStretch(3);

    auto *recentLayout = new QVBoxLayout(m_recentBox);
    recentLayout->setContentsMargins(0, 0, 0, 0);
    recentLayout->setSpacing(0);
    m_recentBox->hide();
    setFocusProxy(m_openButton);
}

void EmptyState::setRecentFiles(const QStringList &files)
{
    const QList<QPushButton *> old = recentButtons();
    qDeleteAll(old);
    auto *layout = static_cast<QVBoxLayout *>(m_recentBox->layout());
    while (QLayoutItem *item = layout->takeAt(0))
        delete item;
    if (files.isEmpty()) {
        m_recentBox->hide();
        return;
    }
    auto *caption = new QLabel(tr("Recently opened"), m_recentBox);
    caption->setForegroundRole(QPalette::PlaceholderText);
    caption->setAlignment(Qt::AlignHCenter);
    layout->addWidget(caption);
    for (const QString &path : files.mid(0, maximumRecent)) {
        const QFileInfo info(path);
        // Flat buttons rather than links: reachable with Tab and activated with Space/Enter.
        auto *button = new QPushButton(m_recentBox);
        QString name = info.fileName();
        button->setText(name.replace(u'&', QStringLiteral("&&")));
        button->setFlat(true);
        button->setToolTip(QDir::toNativeSeparators(path));
        button->setAccessibleDescription(QDir::toNativeSeparators(path));
        connect(button, &QPushButton::clicked, this, [this, path] { Q_EMIT recentFileRequested(path); });
        layout->addWidget(button);
    }
    m_recentBox->show();
}

QList<QPushButton *> EmptyState::recentButtons() const
{
    return m_recentBox->findChildren<QPushButton *>();
}

QString EmptyState::heading() const
{
    return findChild<QLabel *>(QStringLiteral("emptyStateHeading"))->text();
}

} // namespace parallax
