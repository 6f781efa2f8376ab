#include "documentpane.h"

#include "annotationtint.h"
#include "comparisontextview.h"
#include "overviewruler.h"
#include "paragraphtext.h"
#include "sourceview.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QToolButton>

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace parallax {

/// A small rounded square in the outlet's colour, the same mark later views use for that outlet.
class ColorChip final : public QWidget
{
public:
    explicit ColorChip(QWidget *parent = nullptr)
        : QWidget(parent)
    {
        const int side = fontMetrics().height() * 3 / 4;
        setFixedSize(side, side);
    }
    void setColor(const QColor &color)
    {
        m_color = color;
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(palette().color(QPalette::WindowText), 0.5));
        painter.setBrush(m_color);
        painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 2.5, 2.5);
    }

private:
    QColor m_color;
};

DocumentPane::DocumentPane(QWidget *parent)
    : QFrame(parent)
    , m_stripe(new QWidget(this))
    , m_chip(new ColorChip(this))
    , m_outlet(new QLabel(this))
    , m_title(new QLabel(this))
    , m_date(new QLabel(this))
    , m_similarity(new QLabel(this))
    , m_close(new QToolButton(this))
    , m_header(new QWidget(this))
    , m_textView(new ComparisonTextView(this))
    , m_ruler(new OverviewRuler(this))
{
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(minimumPaneWidth);

    m_stripe->setFixedHeight(3);
    m_stripe->setAutoFillBackground(true);

    QFont outletFont = m_outlet->font();
    outletFont.setBold(true);
    m_outlet->setFont(outletFont);
    m_outlet->setTextFormat(Qt::PlainText);
    // Ignored: the label takes what the row leaves and elides, instead of widening the pane.
    m_outlet->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_outlet->installEventFilter(this);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_date->setTextFormat(Qt::PlainText);
    m_date->setForegroundRole(QPalette::PlaceholderText); // secondary information, theme-aware

    m_similarity->setTextFormat(Qt::PlainText);
    m_similarity->setForegroundRole(QPalette::PlaceholderText);
    m_similarity->setToolTip(tr("How much of this article matches the pivot article"));

    m_close->setAutoRaise(true);
    m_close->setIcon(QIcon::fromTheme(QStringLiteral("window-close")));
    if (m_close->icon().isNull())
        m_close->setText(QStringLiteral("\u2715"));
    m_close->setToolTip(tr("Close this article"));
    m_close->setAccessibleName(tr("Close article"));
    m_close->setFocusPolicy(Qt::NoFocus); // Tab walks the texts; View > Close Article (Ctrl+W) closes by keyboard
    connect(m_close, &QToolButton::clicked, this, &DocumentPane::closeRequested);

    // Tab moves on to the next pane instead of being swallowed (set in ComparisonTextView).
    m_textView->setPlaceholderText(tr("This article has no text."));
    m_textView->document()->setDocumentMargin(12);

    auto *outletRow = new QHBoxLayout;
    outletRow->setSpacing(6);
    outletRow->addWidget(m_chip, 0, Qt::AlignVCenter);
    outletRow->addWidget(m_outlet, 1);
    outletRow->addWidget(m_similarity);
    outletRow->addWidget(m_close);

    auto *header = new QVBoxLayout(m_header);
    header->setContentsMargins(12, 8, 12, 8);
    header->setSpacing(4);
    header->addLayout(outletRow);
    header->addWidget(m_title);
    header->addWidget(m_date);
    header->addStretch(1);

    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(0);
    layout->addWidget(m_stripe);
    layout->addWidget(m_header);
    layout->addWidget(rule);
    auto *textRow = new QHBoxLayout;
    textRow->setSpacing(0);
    textRow->addWidget(m_textView, 1);
    textRow->addWidget(m_ruler);
    m_textRow = textRow;
    layout->addLayout(textRow, 1);

    auto updateVisible
        = [this] { m_ruler->setVisibleRange(m_textView->verticalScrollBar()->value(), m_textView->viewport()->height()); };
    connect(m_textView->verticalScrollBar(), &QScrollBar::valueChanged, this, updateVisible);
    connect(m_textView->verticalScrollBar(), &QScrollBar::rangeChanged, this, updateVisible);
    m_textView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_textView, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        // The standard menu (Copy, Select All) plus the window's commands on the selection.
        QMenu *menu = m_textView->createStandardContextMenu(pos);
        if (!m_contextActions.isEmpty()) {
            m_textView->setFocus(Qt::PopupFocusReason);
            menu->addSeparator();
            menu->addActions(m_contextActions);
        }
        menu->exec(m_textView->viewport()->mapToGlobal(pos));
        delete menu;
    });
    connect(m_ruler, &OverviewRuler::jumpRequested, this,
            [this](qreal y) { m_textView->verticalScrollBar()->setValue(int(y - m_textView->viewport()->height() / 3)); });
}

QTextBrowser *DocumentPane::textView() const
{
    return m_textView;
}

void DocumentPane::setComparison(ComparisonIndexPtr index, int documentIndex, ViewLayout layout)
{
    m_index = std::move(index);
    m_documentIndex = documentIndex;
    m_layout = layout;
    if (m_index && documentIndex >= 0 && documentIndex < m_index->documentCount()) {
        const Comparison &c = m_index->comparison();
        if (documentIndex == c.pivotDocument) {
            m_similarity->setText(tr("Pivot"));
        } else {
            const double similarity = c.similarity.value(documentIndex).value(c.pivotDocument, 0.0);
            m_similarity->setText(tr("%1% like pivot").arg(qRound(similarity * 100)));
        }
        m_similarity->setToolTip(tr("How much of this article matches the pivot article"));
        for (const Outlier &outlier : c.outliers) {
            if (outlier.document == documentIndex) {
                // Said in the header: otherwise a pane of gaps looks like a bug.
                m_similarity->setText(tr("%1 · outlier").arg(m_similarity->text()));
                QString why
                    = tr("shares %1 of %2 paragraphs with the others").arg(outlier.sharedParagraphs).arg(outlier.paragraphs);
                if (!outlier.reports.isEmpty() && !outlier.others.isEmpty())
                    why = tr("reports %1; the others %2; %3").arg(whenWhere(outlier.reports), whenWhere(outlier.others), why);
                m_similarity->setToolTip(tr("This article seems to be about something else: %1").arg(why));
            }
        }
    } else {
        m_similarity->clear();
    }
    rebuildText();
}

QString DocumentPane::whenWhere(const EventWhenWhere &w)
{
    const QLocale locale;
    QString when;
    if (w.date.isValid())
        when = locale.toString(w.date, w.weekday > 0 ? QLocale::LongFormat : QLocale::ShortFormat);
    else if (w.weekday > 0)
        when = locale.dayName(w.weekday);
    if (w.place.isEmpty())
        return when;
    return when.isEmpty() ? tr("in %1").arg(w.place) : tr("%1 in %2").arg(when, w.place);
}

void DocumentPane::setMetadata(const QString &title, const QString &outlet, const PublicationDate &published)
{
    m_document.title = title;
    m_document.outlet = outlet;
    m_document.published = published;
    const QString trimmedOutlet = outlet.trimmed();
    setOutletLabel(trimmedOutlet.isEmpty() ? tr("Unknown outlet") : trimmedOutlet);
    const QString trimmedTitle = title.trimmed();
    m_title->setText(trimmedTitle.isEmpty() ? QFileInfo(m_document.path).fileName() : trimmedTitle);
    m_date->setText(formatDate(published));
}

QString DocumentPane::similarityText() const
{
    return m_similarity->text();
}

void DocumentPane::updateRuler()
{
    QList<OverviewRuler::Mark> marks;
    if (m_index) {
        QAbstractTextDocumentLayout *layout = m_textView->document()->documentLayout();
        const PaneTextMap &map = m_textView->textMap();
        for (QTextBlock block = m_textView->document()->begin(); block.isValid(); block = block.next()) {
            const int p = block.blockFormat().intProperty(ParagraphIndexProperty);
            if (block.blockFormat().boolProperty(GapProperty) || p < 0)
                continue;
            const QRectF rect = layout->blockBoundingRect(block);
            if (m_index->isUnique(map.blockRow.value(block.blockNumber(), -1)))
                marks.append({rect.top(), rect.height(), m_colors.unique, 0});
            for (const TextMark &mark : m_index->marks(m_documentIndex, p)) {
                if (mark.kind == TextMark::Kind::Conflict)
                    marks.append({rect.top(), rect.height() / 2, m_colors.conflict, 2});
                else if (mark.kind == TextMark::Kind::Quote)
                    marks.append({rect.top() + rect.height() / 2, rect.height() / 2, m_colors.quoteLine(mark.item), 1});
            }
        }
    }
    m_ruler->setMarks(marks, m_textView->document()->size().height());
    m_ruler->setVisibleRange(m_textView->verticalScrollBar()->value(), m_textView->viewport()->height());
}

void DocumentPane::setDocument(const Document &document, const QColor &outletColor)
{
    m_document = document;
    m_outletColor = outletColor;

    QPalette stripePalette = m_stripe->palette();
    stripePalette.setColor(QPalette::Window, outletColor);
    m_stripe->setPalette(stripePalette);
    m_chip->setColor(outletColor);

    const QString outlet = document.outlet.trimmed();
    setOutletLabel(outlet.isEmpty() ? tr("Unknown outlet") : outlet);
    // Without a title the file name is the next best way to tell panes apart.
    const QString title = document.title.trimmed();
    m_title->setText(title.isEmpty() ? QFileInfo(document.path).fileName() : title);
    m_title->setToolTip(QDir::toNativeSeparators(document.path));
    m_date->setText(formatDate(document.published));

    m_textView->setAccessibleName(tr("Text of %1").arg(m_title->text()));
    rebuildText();
}

QString DocumentPane::titleText() const
{
    return m_title->text();
}

QString DocumentPane::outletText() const
{
    return m_outletFull;
}

QString DocumentPane::dateText() const
{
    return m_date->text();
}

QTextDocument *DocumentPane::textDocument() const
{
    return m_textView->document();
}

QString DocumentPane::formatDate(const PublicationDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return tr("date unknown");
    QString text = locale.toString(date.date, QLocale::LongFormat);
    if (date.time.isValid()) {
        QString time = locale.toString(date.time, QLocale::ShortFormat);
        if (date.utcOffsetSeconds) {
            const int offset = *date.utcOffsetSeconds;
            const int minutes = qAbs(offset) / 60;
            QString zone = QStringLiteral("UTC");
            if (offset != 0)
                zone += (offset < 0 ? u'-' : u'+')
                    + QStringLiteral("%1:%2")
                          .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                          .arg(minutes % 60, 2, 10, QLatin1Char('0'));
            time = tr("%1 %2", "time, UTC offset").arg(time, zone);
        }
        text = tr("%1, %2", "date, time").arg(text, time);
    }
    return text;
}

void DocumentPane::rebuildText()
{
    // Rebuilding resets the view; keep the reader's place when only the theme changed.
    const int scroll = m_textView->verticalScrollBar()->value();
    m_textView->document()->setDefaultFont(m_textView->font());
    // The pane's own palette: on a theme change the pane hears of it before its children do.
    m_colors = HighlightColors::fromPalette(palette());
    if (m_index) {
        const PaneTextMap map
            = fillComparisonText(m_textView->document(), *m_index, m_documentIndex, m_layout, palette(), m_colors);
        m_textView->setTextMap(m_index, m_documentIndex, map, m_colors);
    } else {
        fillParagraphText(m_textView->document(), m_document.paragraphs, palette());
        m_textView->setTextMap(nullptr, -1, {}, m_colors);
    }
    applyAnnotationTint(m_textView->document(), m_annotations);
    m_textView->verticalScrollBar()->setValue(scroll);
    updateRuler();
    Q_EMIT textRebuilt();
}

void DocumentPane::setOutletLabel(const QString &outlet)
{
    m_outletFull = outlet;
    m_outlet->setToolTip(outlet);
    m_outlet->setText(m_outlet->fontMetrics().elidedText(outlet, Qt::ElideRight, qMax(0, m_outlet->width())));
    if (m_outlet->width() <= 0)
        m_outlet->setText(outlet); // not laid out yet: resizeEvent elides later
}

bool DocumentPane::eventFilter(QObject *watched, QEvent *event)
{
    // Re-elide whenever the label itself changes width (pane resized, similarity text changed).
    if (watched == m_outlet && event->type() == QEvent::Resize)
        m_outlet->setText(m_outlet->fontMetrics().elidedText(m_outletFull, Qt::ElideRight, m_outlet->width()));
    return QFrame::eventFilter(watched, event);
}

void DocumentPane::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // Dimmed boilerplate is a concrete colour computed from the palette: recompute it on theme change.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        rebuildText();
}

void DocumentPane::setAnnotations(const QList<Annotation> &annotations)
{
    if (annotations == m_annotations)
        return;
    m_annotations = annotations;
    rebuildText();
}

void DocumentPane::selectPlainText(int paragraph, int start, int end)
{
    const QTextBlock block = m_textView->document()->findBlockByNumber(paragraph);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + qBound(0, start, block.length() - 1));
    cursor.setPosition(block.position() + qBound(0, end, block.length() - 1), QTextCursor::KeepAnchor);
    m_textView->setTextCursor(cursor);
    m_textView->ensureCursorVisible();
}

void DocumentPane::setSourceShown(bool shown)
{
    if (shown == isSourceShown())
        return;
    if (shown && !m_source) {
        m_source = new SourceView(this);
        // Beside the text, in the same row: the header stays, so the pane is still recognisable.
        m_textRow->insertWidget(0, m_source, 1);
    }
    if (shown)
        m_source->setDocument(m_document);
    if (m_source)
        m_source->setVisible(shown);
    m_textView->setVisible(!shown);
    m_ruler->setVisible(!shown);
}

bool DocumentPane::isSourceShown() const
{
    return m_source && !m_source->isHidden();
}

} // namespace parallax
