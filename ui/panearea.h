#pragma once

#include "document/document.h"

#include <QScrollArea>

class QSplitter;

namespace parallax {

class DocumentPane;

/// \brief The documents side by side, one DocumentPane each, in user-resizable columns. When the
/// window is too narrow for every pane at its minimum width, the area scrolls sideways instead
/// of squeezing the text. This is the widget that grows into the aligned comparison view.
class PaneArea final : public QScrollArea
{
    Q_OBJECT
public:
    explicit PaneArea(QWidget *parent = nullptr);

    /// Replaces the panes; `colors` holds one outlet colour per document.
    void setDocuments(const QList<Document> &documents, const QList<QColor> &colors);
    void clear();

    int paneCount() const;
    DocumentPane *pane(int index) const;

private:
    QSplitter *m_splitter = nullptr;
};

} // namespace parallax
