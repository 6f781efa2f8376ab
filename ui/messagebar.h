#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace parallax {

/// \brief An inline, dismissable message shown above the panes (in the spirit of KMessageWidget):
/// icon, text, optional list of details and a close button. Never modal.
class MessageBar final : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Information, Warning, Error };
    Q_ENUM(Kind)

    explicit MessageBar(QWidget *parent = nullptr);

    /// Shows `heading` followed by one bullet per entry of `details`; replaces any earlier message.
    void showMessage(Kind kind, const QString &heading, const QStringList &details = {});
    /// Hides the bar; emits dismissed() only when it was visible.
    void dismiss();

    Kind kind() const { return m_kind; }
    /// The message as plain text: the heading, then one line per detail.
    QString text() const;
    QStringList details() const { return m_details; }

    /// Above this many detail lines the list scrolls instead of pushing the panes off screen.
    static constexpr int maximumVisibleDetails = 8;

Q_SIGNALS:
    void dismissed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QColor accentColor() const;
    void updateIcon();

    Kind m_kind = Kind::Information;
    QString m_heading;
    QStringList m_details;
    QLabel *m_icon = nullptr;
    QLabel *m_label = nullptr;
    QPlainTextEdit *m_detailsView = nullptr;
    QToolButton *m_closeButton = nullptr;
};

} // namespace parallax
