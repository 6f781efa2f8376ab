#pragma once

#include <QTextCursor>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace parallax {

class PaneArea;

/// \brief Find across every visible pane: all matches highlighted, a match count, Enter /
/// Shift+Enter to step through the matches in pane order, Escape to close.
class FindBar final : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(PaneArea *area, QWidget *parent = nullptr);

    /// Shows the bar and focuses the search field.
    void activate();
    void setText(const QString &text);
    int matchCount() const { return int(m_matches.size()); }
    int currentMatch() const { return m_current; }
    QString countText() const;
    /// Re-runs the search (the panes' text changed).
    void refresh();
    void findNext(int direction);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct Match
    {
        int document;
        QTextCursor cursor;
    };
    void search();
    void highlight();

    PaneArea *m_area;
    QLineEdit *m_edit;
    QLabel *m_count;
    QList<Match> m_matches;
    int m_current = -1;
};

} // namespace parallax
