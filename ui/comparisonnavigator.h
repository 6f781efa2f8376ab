#pragma once

#include <QObject>

#include <functional>

namespace parallax {

class PaneArea;

/// \brief Next/previous difference, conflict and quote. Moves the selected row in the pane area
/// and, for conflicts and quotes, selects each outlet's words in its pane.
class ComparisonNavigator final : public QObject
{
    Q_OBJECT
public:
    explicit ComparisonNavigator(PaneArea *area, QObject *parent = nullptr);

    /// `direction` is +1 (next) or -1 (previous). Each returns false when there is nowhere to go.
    bool nextDifference(int direction);
    bool nextConflict(int direction);
    bool nextQuote(int direction);

    /// Selects conflict `conflict`'s claims in their panes and scrolls to them.
    bool showConflict(int conflict);
    /// Selects quote cluster `quote`'s occurrences in their panes and scrolls to them.
    bool showQuote(int quote);
    /// Selects text [start, end) of a paragraph in its pane and scrolls there.
    bool showText(int document, int paragraph, int start, int end);

    int currentConflict() const { return m_conflict; }
    int currentQuote() const { return m_quote; }
    /// Forgets the current conflict and quote (a new comparison arrived).
    void reset();

Q_SIGNALS:
    /// Human-readable position, e.g. "Conflict 2 of 5", for the status bar.
    void positionChanged(const QString &text);

private:
    struct Occurrence
    {
        int document;
        int paragraph;
        int start;
        int end;
    };
    void select(const QList<Occurrence> &occurrences, int row);
    int step(int current, int count, int direction, const std::function<int(int)> &rowOf) const;

    PaneArea *m_area;
    int m_conflict = -1;
    int m_quote = -1;
};

} // namespace parallax
