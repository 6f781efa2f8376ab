#pragma once

#include "engine/comparisonindex.h"

#include <QObject>

class QDockWidget;
class QMainWindow;
class QMenu;

namespace parallax {

class ConflictsModel;
class LegendWidget;
class QuotesModel;
class SimilarityModel;
class SourcesModel;
class TableDock;

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
    TableDock *sourcesDock() const { return m_sourcesDock; }
    TableDock *quotesDock() const { return m_quotesDock; }
    TableDock *conflictsDock() const { return m_conflictsDock; }
    TableDock *similarityDock() const { return m_similarityDock; }
    SourcesModel *sourcesModel() const { return m_sources; }
    QuotesModel *quotesModel() const { return m_quotes; }
    ConflictsModel *conflictsModel() const { return m_conflicts; }
    SimilarityModel *similarityModel() const { return m_similarity; }

    bool eventFilter(QObject *watched, QEvent *event) override;

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
    SourcesModel *m_sources = nullptr;
    QuotesModel *m_quotes = nullptr;
    ConflictsModel *m_conflicts = nullptr;
    SimilarityModel *m_similarity = nullptr;
    TableDock *m_sourcesDock = nullptr;
    TableDock *m_quotesDock = nullptr;
    TableDock *m_conflictsDock = nullptr;
    TableDock *m_similarityDock = nullptr;
};

} // namespace parallax
