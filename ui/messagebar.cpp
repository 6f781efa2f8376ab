#include "messagebar.h"

#include <QAccessible>
#include <QBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStyle>
#include <QTextDocument>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

QColor blend(const QColor &a, const QColor &b, qreal amountOfB)
{
    const qreal k = 1.0 - amountOfB;
    return QColor::fromRgbF(a.redF() * k + b.redF() * amountOfB, a.greenF() * k + b.greenF() * amountOfB,
                            a.blueF() * k + b.blueF() * amountOfB);
}

} // namespace

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
    , m_detailsView(new QPlainTextEdit(this))
    , m_closeButton(new QToolButton(this))
{
    setAccessibleName(tr("Message"));
    // The bar paints its own tinted background; the palette's Window colour stays untouched so
    // the text keeps the theme's contrast.
    setAutoFillBackground(false);
    setFocusPolicy(Qt::TabFocus);

    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    // Plain text throughout: file names and loader reasons come from outside and must never be
    // read as markup.
    QFont headingFont = m_label->font();
    headingFont.setBold(true);
    m_label->setFont(headingFont);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    // The details are a read-only text view, not a label: long lists scroll, and paths can be
    // selected and copied with the keyboard.
    m_detailsView->setReadOnly(true);
    m_detailsView->setFrameShape(QFrame::NoFrame);
    m_detailsView->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_detailsView->setTabChangesFocus(true);
    m_detailsView->setAccessibleName(tr("Message details"));
    m_detailsView->viewport()->setAutoFillBackground(false);
    m_detailsView->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_detailsView->hide();

    m_closeButton->setAutoRaise(true);
    m_closeButton->setIconSize(QSize(16, 16));
    // Without an icon theme the style's close pixmap is tiny and dark on dark; a text cross
    // follows the palette instead.
    const QIcon closeIcon = QIcon::fromTheme(QStringLiteral("window-close"));
    if (closeIcon.isNull())
        m_closeButton->setText(QStringLiteral("✕"));
    else
        m_closeButton->setIcon(closeIcon);
    m_closeButton->setToolTip(tr("Close message"));
    m_closeButton->setAccessibleName(tr("Close message"));
    connect(m_closeButton, &QToolButton::clicked, this, &MessageBar::dismiss);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 6, 8);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    auto *textColumn = new QVBoxLayout;
    textColumn->setSpacing(2);
    textColumn->addWidget(m_label);
    textColumn->addWidget(m_detailsView);
    layout->addLayout(textColumn, 1);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);

    updateIcon();
    hide();
}

void MessageBar::showMessage(Kind kind, const QString &heading, const QStringList &details)
{
    m_kind = kind;
    m_heading = heading;
    m_details = details;

    m_label->setText(heading);
    QStringList bulleted;
    bulleted.reserve(details.size());
    for (const QString &line : details)
        bulleted.append(u"• "_s + line);
    m_detailsView->setPlainText(bulleted.join(u'\n'));
    m_detailsView->setVisible(!details.isEmpty());
    const auto visibleLines = qMin(details.size(), qsizetype(maximumVisibleDetails));
    const qreal margin = m_detailsView->document()->documentMargin();
    int height = int(visibleLines * m_detailsView->fontMetrics().lineSpacing() + 2 * margin) + 2;
    m_detailsView->setFixedHeight(height);
    m_detailsView->verticalScrollBar()->setValue(0);
    setAccessibleDescription(text());
    updateIcon();
    update();
    show();

    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void MessageBar::dismiss()
{
    if (isHidden())
        return;
    hide();
    Q_EMIT dismissed();
}

QString MessageBar::text() const
{
    QStringList lines {m_heading};
    lines += m_details;
    return lines.join(u'\n');
}

QColor MessageBar::accentColor() const
{
    // Breeze's semantic colours: recognisable and readable on light and dark backgrounds alike.
    switch (m_kind) {
    case Kind::Information:
        return QColor(0x3d, 0xae, 0xe9);
    case Kind::Warning:
        return QColor(0xf6, 0x74, 0x00);
    case Kind::Error:
        return QColor(0xda, 0x44, 0x53);
    }
    return QColor(0x3d, 0xae, 0xe9);
}

void MessageBar::updateIcon()
{
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    if (m_kind == Kind::Warning)
        pixmap = QStyle::SP_MessageBoxWarning;
    else if (m_kind == Kind::Error)
        pixmap = QStyle::SP_MessageBoxCritical;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) * 3 / 2;
    m_icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(size, size));
}

void MessageBar::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor accent = accentColor();
    const QColor fill = blend(palette().color(QPalette::Window), accent, 0.18);
    painter.setPen(QPen(accent, 1));
    painter.setBrush(fill);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}

void MessageBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::PaletteChange)
        updateIcon();
}

void MessageBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        dismiss();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace parallax
