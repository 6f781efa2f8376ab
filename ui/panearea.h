#pragma once

#include "comparisontext.h"
#include "document/document.h"

#include <QScrollArea>

class QTimer;

namespace parallax {

class AlignedRowModel;
class DocumentPane;
class RibbonSplitter;

/// \brief The documents side by side, one DocumentPane each, in user-resizable columns. When the
/// window is too narrow for every pane at its minimum width, the area scrolls sideways instead
/// of squeezing the text.
///
/// With a comparison it lays the panes out in aligned rows (rows of equal height across panes,
/// gaps where an article lacks a group) or in original order (ribbons join corresponding
/// paragraphs), keeps every pane scrolled to the same alignment group, and marks the selected
/// row in every pane. Panes can be reordered and hidden; document indices never change.
class PaneArea final : public QScrollArea
{
    Q_OBJECT
public:
    explicit PaneArea(QWidget *parent = nullptr);

    /// Replaces the panes; `colors` holds one outlet colour per document.
    void setDocuments(const QList<Document> &documents, const QList<QColor> &colors);
    void clear();
    /// Shows the highlights and rows of `index` (its documents are the panes' documents).
    void setComparison(ComparisonIndexPtr index);
    ComparisonIndexPtr comparison() const { return m_index; }
    /// The rows the panes show: one per alignment group, one column per document in pane order.
    AlignedRowModel *rowModel() const { return m_rows; }

    void setViewLayout(ViewLayout layout);
    ViewLayout viewLayout() const { return m_layout; }

    int paneCount() const;
    /// The pane at splitter position `index` (pane order, hidden panes included).
    DocumentPane *pane(int index) const;
    /// The pane showing document `document`.
    DocumentPane *paneForDocument(int document) const;
    /// Document indices in pane order.
    const QList<int> &order() const { return m_order; }
    void setOrder(const QList<int> &order);
    /// Moves document's pane `delta` places (negative = left).
    void moveDocument(int document, int delta);
    void setDocumentHidden(int document, bool hidden);
    bool isDocumentHidden(int document) const;
    QList<DocumentPane *> visiblePanes() const;
    /// The document that pane commands (pivot, hide, close, notes, source) act on: the pane that
    /// holds the window's focus, else the one last selected in or asked about, else the first.
    int activeDocument() const;
    /// Makes `document` the active one while no pane holds the focus (a pane's header menu).
    void setActiveDocument(int document) { m_lastActiveDocument = document; }

    int currentRow() const { return m_currentRow; }
    /// Selects row `row` in every pane (its paragraphs tinted) and, if `scroll`, brings it into view.
    void setCurrentRow(int row, bool scroll = true);
    /// Scrolls every pane so row `row` stands near the top (`margin` pixels below it; -1: a fifth
    /// of the view, so the row before stays in sight).
    void scrollToRow(int row, int margin = -1);
    /// The row at the top of the first visible pane.
    int rowAtTop() const;

    /// While suspended, scrolling one pane does not move the others (each shows its own place).
    void setSyncSuspended(bool suspended) { m_syncing = suspended; }

    /// Equalises row heights now instead of on the next event-loop turn (tests, screenshots).
    void relayoutNow();

Q_SIGNALS:
    void currentRowChanged(int row);
    /// setViewLayout() switched the layout.
    void viewLayoutChanged(parallax::ViewLayout layout);
    void closeRequested(int document);
    void orderChanged();
    /// The user asked for the context menu of a pane's header (global position).
    void paneMenuRequested(int document, const QPoint &globalPos);

protected:
    void changeEvent(QEvent *event) override;

private:
    void scheduleRelayout();
    void equaliseRows();
    void equaliseHeaders();
    void syncFrom(DocumentPane *source);
    void paintRibbons(QPainter &painter, QWidget *handle, QWidget *left, QWidget *right) const;
    void applyOrder();

    RibbonSplitter *m_splitter = nullptr;
    AlignedRowModel *m_rows = nullptr;
    QTimer *m_relayoutTimer = nullptr;
    QList<DocumentPane *> m_panes; ///< by document index
    QList<int> m_order;
    QList<bool> m_hidden;
    ComparisonIndexPtr m_index;
    ViewLayout m_layout = ViewLayout::AlignedRows;
    int m_currentRow = -1;
    bool m_syncing = false;
    int m_lastActiveDocument = 0;
};

} // namespace parallax
