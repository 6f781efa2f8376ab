#include "recoverydialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace parallax {

RecoveryDialog::RecoveryDialog(const RecoveryCandidate &candidate, QWidget *parent)
    : QDialog(parent)
    , m_candidate(candidate)
    , m_differences(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Recover Unsaved Work"));
    const QString when = QLocale().toString(candidate.autosaved.toLocalTime(), QLocale::LongFormat);
    const QString what = candidate.savedPath.isEmpty() ? tr("an unsaved session")
                                                       : tr("the session %1").arg(QDir::toNativeSeparators(candidate.savedPath));
    auto *label = new QLabel(tr("Parallax did not close properly. An autosave of %1 from %2 was found.").arg(what, when), this);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    m_differences->setReadOnly(true);
    m_differences->hide();

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *recover = buttons->addButton(tr("&Recover"), QDialogButtonBox::AcceptRole);
    QPushButton *discard = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    QPushButton *differences = buttons->addButton(tr("&Show Differences"), QDialogButtonBox::ActionRole);
    buttons->addButton(tr("&Later"), QDialogButtonBox::RejectRole);
    recover->setDefault(true);
    connect(recover, &QPushButton::clicked, this, [this] {
        m_choice = Recover;
        accept();
    });
    connect(discard, &QPushButton::clicked, this, [this] {
        m_choice = Discard;
        accept();
    });
    connect(differences, &QPushButton::clicked, this, &RecoveryDialog::showDifferences);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_differences, 1);
    layout->addWidget(buttons);
}

void RecoveryDialog::showDifferences()
{
    const QStringList lines = AutosaveStore::differences(m_candidate);
    m_differences->setPlainText(lines.isEmpty() ? tr("The autosave holds the same notes and corrections as the saved session.")
                                                : lines.join(u'\n'));
    m_differences->show();
}

} // namespace parallax
