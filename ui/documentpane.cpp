#include "documentpane.h"

#include "paragraphtext.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
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
    , m_textView(new QTextBrowser(this))
{
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(minimumPaneWidth);

    m_stripe->setFixedHeight(3);
    m_stripe->setAutoFillBackground(true);

    QFont outletFont = m_outlet->font();
    outletFont.setBold(true);
    m_outlet->setFont(outletFont);
    m_outlet->setTextFormat(Qt::PlainText);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_date->setTextFormat(Qt::PlainText);
    m_date->setForegroundRole(QPalette::PlaceholderText); // secondary information, theme-aware

    m_textView->setFrameShape(QFrame::NoFrame);
    m_textView->setOpenLinks(false);
    m_textView->setTabChangesFocus(true); // Tab moves on to the next pane instead of being swallowed.
    m_textView->setPlaceholderText(tr("This article has no text."));
    m_textView->document()->setDocumentMargin(12);

    auto *outletRow = new QHBoxLayout;
    outletRow->setSpacing(6);
    outletRow->addWidget(m_chip, 0, Qt::AlignVCenter);
    outletRow->addWidget(m_outlet, 1);

    auto *header = new QVBoxLayout;
    header->setContentsMargins(12, 8, 12, 8);
    header->setSpacing(4);
    header->addLayout(outletRow);
    header->addWidget(m_title);
    header->addWidget(m_date);

    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(0);
    layout->addWidget(m_stripe);
    layout->addLayout(header);
    layout->addWidget(rule);
    layout->addWidget(m_textView, 1);
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
    m_outlet->setText(outlet.isEmpty() ? tr("Unknown outlet") : outlet);
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
    return m_outlet->text();
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
    fillParagraphText(m_textView->document(), m_document.paragraphs, palette());
    m_textView->verticalScrollBar()->setValue(scroll);
}

void DocumentPane::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // Dimmed boilerplate is a concrete colour computed from the palette: recompute it on theme change.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        rebuildText();
}

} // namespace parallax
