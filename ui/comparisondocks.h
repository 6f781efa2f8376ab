#pragma once

#include "comparisonindex.h"

#include <QObject>

class QDockWidget;
class QMainWindow;
class QMenu;

namespace parallax {

class LegendWidget;

/// \brief The dock widgets around the panes: legend, sources, quotes, conflicts and similarity.
/// Each table dock is a model behind a filter proxy; activating a row asks the window to jump.
class ComparisonDocks final : public QObject
{
    Q_OBJECT
public:
    ComparisonDocks(QMainWindow *window, QMenu *viewMenu);

    void setComparison(ComparisonIndexPtr index);
    void setDocuments(const QList<Document> &documents);

    QDockWidget *legendDock() const { return m_legendDock; }
    LegendWidget *legend() const { return m_legend; }

Q_SIGNALS:
    void pivotRequested(int document);
    /// Jump to (and select) text [start, end) of a paragraph.
    void textRequested(int document, int paragraph, int start, int end);
    void conflictRequested(int conflict);
    void quoteRequested(int quote);
    /// Show two articles side by side (a similarity cell was activated).
    void pairRequested(int first, int second);
    /// Title, outlet or date of a document was edited in the Sources dock.
    void metadataEdited(int document, const parallax::Document &edited);

private:
    QDockWidget *m_legendDock = nullptr;
    LegendWidget *m_legend = nullptr;
};

} // namespace parallax
