#pragma once

#include <QWidget>

class QPushButton;

namespace parallax {

/// \brief What the window shows before any article is open: how to get started, plus a focused
/// button so keyboard users can act at once.
class EmptyState final : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyState(QWidget *parent = nullptr);

    QString heading() const;
    QPushButton *openButton() const { return m_openButton; }

Q_SIGNALS:
    void openRequested();

private:
    QPushButton *m_openButton = nullptr;
};

} // namespace parallax
