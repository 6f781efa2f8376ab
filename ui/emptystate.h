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

    /// Offers the first few of `files` as one-click shortcuts below the Open button.
    void setRecentFiles(const QStringList &files);
    QList<QPushButton *> recentButtons() const;

    static constexpr int maximumRecent = 5;

Q_SIGNALS:
    void openRequested();
    void recentFileRequested(const QString &path);

private:
    QPushButton *m_openButton = nullptr;
    QWidget *m_recentBox = nullptr;
};

} // namespace parallax
