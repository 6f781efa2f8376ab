#pragma once

#include "session/annotation.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace parallax {

/// \brief The small dialog of "Add Note…" and "Edit Note…": the quoted text, the note, a tag
/// (built-in or the analyst's own word) and a colour (the tag's default until chosen).
class AnnotationDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit AnnotationDialog(QWidget *parent = nullptr);

    /// Fills the fields from `annotation` (quote, note, tag, colour).
    void setAnnotation(const Annotation &annotation);
    /// `base` with the dialog's note, tag and colour.
    Annotation annotation(Annotation base) const;

    QPlainTextEdit *noteEdit() const { return m_note; }
    QComboBox *tagBox() const { return m_tag; }
    QString colour() const { return m_colour; }
    void setColour(const QString &colour);

private:
    QLabel *m_quote;
    QPlainTextEdit *m_note;
    QComboBox *m_tag;
    QToolButton *m_colourButton;
    QString m_colour;
    bool m_colourChosen = false;
};

} // namespace parallax
