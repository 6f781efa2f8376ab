#include "sourceview.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#ifdef PARALLAX_HAVE_KSYNTAXHIGHLIGHTING
// Written against the KF6 API (Repository, Definition, SyntaxHighlighter, Theme); Debian 12
// has no KF6 packages, so this branch has not been compiled here.
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace parallax {

namespace {

QString syntaxFor(const Document &document)
{
    if (document.format == u"html")
        return QStringLiteral("HTML");
    if (document.format == u"md")
        return QStringLiteral("Markdown");
    return {};
}

} // namespace

SourceView::SourceView(QWidget *parent)
    : QWidget(parent)
    , m_note(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
{
    m_note->setWordWrap(true);
    m_note->setVisible(false);
    m_text->setReadOnly(true);
    // Markup lines run long; wrapping keeps them readable next to the other panes.
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setAccessibleName(tr("Source"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addWidget(m_text, 1);
}

SourceView::~SourceView() = default;

void SourceView::setDocument(const Document &document)
{
    m_syntax = syntaxFor(document);
    m_highlighted = false;
    m_text->setPlainText(document.source);
    QString note;
    if (m_syntax.isEmpty()) {
        note = tr("A %1 file has no markup source; this is the text read from it.").arg(document.format.toUpper());
    } else {
#ifdef PARALLAX_HAVE_KSYNTAXHIGHLIGHTING
        if (!m_repository)
            m_repository = std::make_unique<KSyntaxHighlighting::Repository>();
        if (!m_highlighter)
            m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_text->document());
        const KSyntaxHighlighting::Definition definition = m_repository->definitionForName(m_syntax);
        if (definition.isValid()) {
            m_highlighter->setTheme(m_repository->themeForPalette(palette()));
            m_highlighter->setDefinition(definition);
            m_highlighter->rehighlight();
            m_highlighted = true;
        } else {
            note = tr("Plain text: no %1 syntax definition was found.").arg(m_syntax);
        }
#else
        note = tr("Plain text: this build has no syntax highlighting (KSyntaxHighlighting was not found).");
#endif
    }
    if (document.source.isEmpty())
        note = tr("No source is available for this document.");
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

QString SourceView::text() const
{
    return m_text->toPlainText();
}

QString SourceView::note() const
{
    return m_note->text();
}

bool SourceView::isHighlighted() const
{
    return m_highlighted;
}

} // namespace parallax
