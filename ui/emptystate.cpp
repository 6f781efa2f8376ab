#include "emptystate.h"

#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace parallax {

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent)
    , m_openButton(new QPushButton(tr("&Open Articles…"), this))
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
    layout->addStretch(3);
    setFocusProxy(m_openButton);
}

QString EmptyState::heading() const
{
    return findChild<QLabel *>(QStringLiteral("emptyStateHeading"))->text();
}

} // namespace parallax
