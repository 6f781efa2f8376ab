#pragma once

#include "document/document.h"

#include <QColor>
#include <QFrame>
#include <QLocale>

class QLabel;
class QTextBrowser;
class QTextDocument;

namespace parallax {

class ColorChip;

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

    QTextBrowser *textView() const { return m_textView; }
    QTextDocument *textDocument() const;

    /// \brief The header's date line: locale long date, time and UTC offset when the source gave
    /// them, "date unknown" otherwise.
    static QString formatDate(const PublicationDate &date, const QLocale &locale = QLocale());

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildText();

    Document m_document;
    QColor m_outletColor;
    QWidget *m_stripe = nullptr;
    ColorChip *m_chip = nullptr;
    QLabel *m_outlet = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_date = nullptr;
    QTextBrowser *m_textView = nullptr;
};

} // namespace parallax
