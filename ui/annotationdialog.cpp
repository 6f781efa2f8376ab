#include "annotationdialog.h"

#include "annotationsmodel.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QToolButton>

namespace parallax {

AnnotationDialog::AnnotationDialog(QWidget *parent)
    : QDialog(parent)
    , m_quote(new QLabel(this))
    , m_note(new QPlainTextEdit(this))
    , m_tag(new QComboBox(this))
    , m_colourButton(new QToolButton(this))
{
    setWindowTitle(tr("Note"));
    m_quote->setWordWrap(true);
    m_quote->setTextFormat(Qt::PlainText);
    m_quote->setForegroundRole(QPalette::PlaceholderText);
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What about this passage?"));
    m_note->setMinimumHeight(80);
    // Editable: the analyst may type a tag of their own next to the built-in ones.
    m_tag->setEditable(true);
    for (const QString &tag : builtinAnnotationTags())
        m_tag->addItem(AnnotationsModel::tagLabel(tag));
    m_tag->setInsertPolicy(QComboBox::NoInsert);
    m_colourButton->setToolTip(tr("Choose the highlight colour"));
    m_colourButton->setAccessibleName(tr("Colour"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Text:"), m_quote);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(tr("&Tag:"), m_tag);
    form->addRow(tr("&Colour:"), m_colourButton);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tag, &QComboBox::currentTextChanged, this, [this](const QString &tag) {
        // Until the analyst picks a colour, the colour follows the tag.
        if (!m_colourChosen) {
            setColour(defaultTagColour(AnnotationsModel::tagFromLabel(tag.trimmed())));
            m_colourChosen = false;
        }
    });
    connect(m_colourButton, &QToolButton::clicked, this, [this] {
        const QColor chosen = QColorDialog::getColor(QColor(m_colour), this, tr("Note Colour"));
        if (chosen.isValid())
            setColour(chosen.name());
    });
    setColour(defaultTagColour(AnnotationsModel::tagFromLabel(m_tag->currentText())));
    m_colourChosen = false;
}

void AnnotationDialog::setColour(const QString &colour)
{
    m_colour = isValidColour(colour) ? colour.toLower() : defaultTagColour(AnnotationsModel::tagFromLabel(m_tag->currentText()));
    m_colourChosen = true;
    QPixmap swatch(32, 16);
    swatch.fill(QColor(m_colour));
    m_colourButton->setIcon(QIcon(swatch));
    m_colourButton->setText(m_colour);
    m_colourButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
}

void AnnotationDialog::setAnnotation(const Annotation &annotation)
{
    m_quote->setText(annotation.quote.size() > 300 ? annotation.quote.left(300) + QChar(0x2026) : annotation.quote);
    m_note->setPlainText(annotation.note);
    if (!annotation.tag.isEmpty())
        m_tag->setCurrentText(AnnotationsModel::tagLabel(annotation.tag));
    if (isValidColour(annotation.colour))
        setColour(annotation.colour);
    // The tag's own colour is no choice: picking another tag still brings its colour.
    m_colourChosen = isValidColour(annotation.colour)
        && annotation.colour.toLower()
            != defaultTagColour(AnnotationsModel::tagFromLabel(m_tag->currentText().trimmed())).toLower();
}

Annotation AnnotationDialog::annotation(Annotation base) const
{
    base.note = m_note->toPlainText().trimmed();
    const QString tag = AnnotationsModel::tagFromLabel(m_tag->currentText().trimmed());
    base.tag = tag.isEmpty() ? builtinAnnotationTags().constFirst() : tag;
    base.colour = m_colour;
    return base;
}

} // namespace parallax
