#pragma once

#include "document/document.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPlainTextEdit;

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
} // namespace KSyntaxHighlighting

namespace parallax {

/// \brief Shows a document's raw source (Document::source): HTML or Markdown markup as the
/// outlet wrote it, syntax-highlighted when the build has KSyntaxHighlighting, plain otherwise
/// (with a note saying so). Other formats have no markup; the view shows the extracted text
/// with a note. Read-only; one per pane, toggled by the pane's owner.
class SourceView final : public QWidget
{
    Q_OBJECT

public:
    explicit SourceView(QWidget *parent = nullptr);
    ~SourceView() override;

    /// Shows `document`'s source; replaces whatever was shown.
    void setDocument(const Document &document);

    /// The text shown (the source, unchanged).
    QString text() const;
    /// The note above the text ("Plain text: ..."); empty when the source is highlighted.
    QString note() const;
    /// True when the text is highlighted as `syntaxName()`.
    bool isHighlighted() const;
    /// "HTML", "Markdown" or empty: the syntax the source is written in.
    QString syntaxName() const { return m_syntax; }

private:
    QLabel *m_note;
    QPlainTextEdit *m_text;
    QString m_syntax;
    bool m_highlighted = false;
#ifdef PARALLAX_HAVE_KSYNTAXHIGHLIGHTING
    std::unique_ptr<KSyntaxHighlighting::Repository> m_repository;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr; // owned by the text document
#endif
};

} // namespace parallax
