#include "findbar.h"

#include "comparisontextview.h"
#include "documentpane.h"
#include "panearea.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTextDocument>
#include <QToolButton>

namespace parallax {

FindBar::FindBar(PaneArea *area, QWidget *parent)
    : QWidget(parent)
    , m_area(area)
    , m_edit(new QLineEdit(this))
    , m_count(new QLabel(this))
{
    auto *label = new QLabel(tr("F&ind:"), this);
    label->setBuddy(m_edit);
    m_edit->setPlaceholderText(tr("Find in all articles"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setAccessibleName(tr("Find in all articles"));
    auto *previous = new QToolButton(this);
    previous->setArrowType(Qt::UpArrow);
    previous->setToolTip(tr("Previous match (Shift+Enter)"));
    auto *next = new QToolButton(this);
    next->setArrowType(Qt::DownArrow);
    next->setToolTip(tr("Next match (Enter)"));
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("\u2715"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close (Esc)"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_count);
    layout->addWidget(close);

    connect(m_edit, &QLineEdit::textChanged, this, &FindBar::search);
    connect(m_edit, &QLineEdit::returnPressed, this, [this] { findNext(1); });
    connect(previous, &QToolButton::clicked, this, [this] { findNext(-1); });
    connect(next, &QToolButton::clicked, this, [this] { findNext(1); });
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void FindBar::activate()
{
    show();
    m_edit->setFocus();
    m_edit->selectAll();
    search();
}

void FindBar::setText(const QString &text)
{
    m_edit->setText(text);
}

QString FindBar::countText() const
{
    return m_count->text();
}

void FindBar::refresh()
{
    if (isVisible())
        search();
}

void FindBar::search()
{
    m_matches.clear();
    m_current = -1;
    const QString needle = m_edit->text();
    QList<int> documents;
    if (!needle.isEmpty() && isVisible()) {
        for (DocumentPane *pane : m_area->visiblePanes()) {
            QTextDocument *doc = pane->textDocument();
            int document = -1;
            for (int d = 0; d < m_area->paneCount() && document < 0; ++d) {
                if (m_area->paneForDocument(d) == pane)
                    document = d;
            }
            for (QTextCursor c = doc->find(needle); !c.isNull(); c = doc->find(needle, c)) {
                m_matches.append({document, c});
                if (!documents.contains(document))
                    documents.append(document);
            }
        }
    }
    if (needle.isEmpty())
        m_count->clear();
    else if (m_matches.isEmpty())
        m_count->setText(tr("No matches"));
    else
        m_count->setText((m_matches.size() == 1 ? tr("1 match") : tr("%1 matches").arg(m_matches.size())) + u' '
                         + (documents.size() == 1 ? tr("in 1 article") : tr("in %1 articles").arg(documents.size())));
    highlight();
}

void FindBar::highlight()
{
    for (int i = 0; i < m_area->paneCount(); ++i) {
        DocumentPane *pane = m_area->pane(i);
        QList<QTextEdit::ExtraSelection> selections;
        for (qsizetype m = 0; m < m_matches.size(); ++m) {
            const Match &match = m_matches.at(m);
            if (match.cursor.document() != pane->textDocument())
                continue;
            QTextEdit::ExtraSelection selection;
            selection.cursor = match.cursor;
            QColor color = pane->colors().findMatch;
            if (m != m_current)
                color.setAlpha(110);
            selection.format.setBackground(color);
            selections.append(selection);
        }
        pane->textView()->setExtraSelections(selections);
    }
}

void FindBar::findNext(int direction)
{
    if (m_matches.isEmpty())
        return;
    m_current = m_current < 0 ? (direction > 0 ? 0 : int(m_matches.size()) - 1)
                              : int((m_current + direction + m_matches.size()) % m_matches.size());
    const Match &match = m_matches.at(m_current);
    m_count->setText(tr("%1 of %2").arg(m_current + 1).arg(m_matches.size()));
    highlight();
    for (int i = 0; i < m_area->paneCount(); ++i) {
        DocumentPane *pane = m_area->pane(i);
        if (pane->textDocument() != match.cursor.document())
            continue;
        const int row = pane->comparisonView()->textMap().blockRow.value(match.cursor.blockNumber(), -1);
        if (row >= 0)
            m_area->setCurrentRow(row);
        QTextCursor c = match.cursor;
        pane->textView()->setTextCursor(c);
        pane->textView()->ensureCursorVisible();
    }
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && (event->modifiers() & Qt::ShiftModifier)) {
        findNext(-1);
        return;
    }
    QWidget::keyPressEvent(event);
}

void FindBar::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_matches.clear();
    m_current = -1;
    highlight();
}

} // namespace parallax
