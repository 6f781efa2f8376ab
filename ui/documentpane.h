#pragma once

#include "comparisontext.h"
#include "document/document.h"
#include "session/annotation.h"

#include <QColor>
#include <QFrame>
#include <QLocale>

class QLabel;
class QTextBrowser;
class QTextDocument;
class QToolButton;
class QAction;
class QHBoxLayout;

namespace parallax {

class ColorChip;
class ComparisonTextView;
class OverviewRuler;
class SourceView;

/// \brief One article in the comparison: a header (outlet with its colour chip, title,
/// publication date) above the read-only text, one block per paragraph styled by role.
class DocumentPane final : public QFrame
{
    Q_OBJECT
public:
    /// Below this width text wraps too often to read; the pane area scrolls sideways instead.
    static constexpr int minimumPaneWidth = 280;

    explicit DocumentPane(QWidget *parent = nullptr);

    void setDocument(const Document &document, const QColor &outletColor);
    const Document &document() const { return m_document; }

    QString titleText() const;
    QString outletText() const;
    QString dateText() const;
    QColor outletColor() const { return m_outletColor; }

    QTextBrowser *textView() const;
    ComparisonTextView *comparisonView() const { return m_textView; }
    OverviewRuler *ruler() const { return m_ruler; }
    QWidget *header() const { return m_header; }
    QTextDocument *textDocument() const;

    /// Shows the comparison's highlights for document `documentIndex` (null: plain text).
    void setComparison(ComparisonIndexPtr index, int documentIndex, ViewLayout layout);
    ComparisonIndexPtr comparison() const { return m_index; }
    int documentIndex() const { return m_documentIndex; }
    ViewLayout viewLayout() const { return m_layout; }
    /// Replaces the header metadata (title/outlet/date edited in the Sources dock).
    void setMetadata(const QString &title, const QString &outlet, const PublicationDate &published);
    QString similarityText() const;
    HighlightColors colors() const { return m_colors; }
    /// Recomputes the overview ruler's marks from the current text layout.
    void updateRuler();

    /// The notes on this article, tinted in the text (refills the text).
    void setAnnotations(const QList<Annotation> &annotations);
    const QList<Annotation> &annotations() const { return m_annotations; }
    /// Extra entries of the text's context menu (e.g. "Add Note…"), owned by the caller.
    void setContextActions(const QList<QAction *> &actions) { m_contextActions = actions; }
    /// Selects [start, end) of paragraph `paragraph` and scrolls to it, while the pane shows plain
    /// text (no comparison yet: block n is paragraph n).
    void selectPlainText(int paragraph, int start, int end);
    /// Shows the article's raw source (HTML/Markdown markup) instead of the text.
    void setSourceShown(bool shown);
    bool isSourceShown() const;
    /// Created on first use; null before.
    SourceView *sourceView() const { return m_source; }

    /// \brief The header's date line: locale long date, time and UTC offset when the source gave
    /// them, "date unknown" otherwise.
    static QString formatDate(const PublicationDate &date, const QLocale &locale = QLocale());

Q_SIGNALS:
    void closeRequested();
    /// The text was refilled (new comparison, layout, theme or font): rows need equalising again.
    void textRebuilt();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuildText();
    /// An outlier clue in the user's language: "Montag, 12. Oktober 2021 in Carvessa".
    static QString whenWhere(const EventWhenWhere &w);
    void setOutletLabel(const QString &outlet);

    Document m_document;
    QColor m_outletColor;
    QWidget *m_stripe = nullptr;
    ColorChip *m_chip = nullptr;
    QLabel *m_outlet = nullptr;
    QString m_outletFull; ///< the label shows it elided when the pane is narrow
    QLabel *m_title = nullptr;
    QLabel *m_date = nullptr;
    QLabel *m_similarity = nullptr;
    QToolButton *m_close = nullptr;
    QWidget *m_header = nullptr;
    ComparisonTextView *m_textView = nullptr;
    OverviewRuler *m_ruler = nullptr;
    ComparisonIndexPtr m_index;
    int m_documentIndex = -1;
    ViewLayout m_layout = ViewLayout::AlignedRows;
    HighlightColors m_colors;
    QList<Annotation> m_annotations;
    QList<QAction *> m_contextActions;
    SourceView *m_source = nullptr;
    QHBoxLayout *m_textRow = nullptr;
};

} // namespace parallax
