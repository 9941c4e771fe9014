#include "linkdialog.h"

#include "ticketlinksbar.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace izdesk {

LinkDialog::LinkDialog(QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_kindCombo(new QComboBox(this))
    , m_targetEdit(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("linkDialog"));
    setWindowTitle(tr("Link ticket"));
    m_intro->setWordWrap(true);
    m_kindCombo->setObjectName(QStringLiteral("linkKindCombo"));
    m_kindCombo->setAccessibleName(tr("Link to"));
    for (const QString &kind : TicketLinksBar::kinds())
        m_kindCombo->addItem(TicketLinksBar::kindLabel(kind), kind);
    m_targetEdit->setObjectName(QStringLiteral("linkTargetEdit"));
    m_targetEdit->setAccessibleName(tr("Id of the linked record"));
    m_targetEdit->setMaxLength(100);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Link"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("linkOkButton"));

    auto *form = new QFormLayout;
    auto *kindLabel = new QLabel(tr("Link &to:"), this);
    kindLabel->setBuddy(m_kindCombo);
    auto *targetLabel = new QLabel(tr("&Id:"), this);
    targetLabel->setBuddy(m_targetEdit);
    form->addRow(kindLabel, m_kindCombo);
    form->addRow(targetLabel, m_targetEdit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    auto placeholder = [this] {
        const QString kind = this->kind();
        m_targetEdit->setPlaceholderText(kind == QLatin1String("ticket")     ? tr("e.g. T-000077")
                                         : kind == QLatin1String("patient")  ? tr("IIS patient id")
                                         : kind == QLatin1String("iis_user") ? tr("IIS user name or id")
                                                                             : tr("number from the directory"));
        updateOk();
    };
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, placeholder);
    connect(m_targetEdit, &QLineEdit::textChanged, this, &LinkDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (target().isEmpty())
            return;
        Q_EMIT linkChosen(m_ticketId, kind(), target());
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    placeholder();
}

void LinkDialog::start(qint64 ticketId, const QString &ticketNumber)
{
    m_ticketId = ticketId;
    m_intro->setText(tr("Link %1 to another record. The link is shown on the ticket for everyone.").arg(ticketNumber));
    m_targetEdit->clear();
    m_kindCombo->setFocus();
    updateOk();
}

QString LinkDialog::kind() const
{
    return m_kindCombo->currentData().toString();
}

QString LinkDialog::target() const
{
    const QString text = m_targetEdit->text().trimmed();
    if (kind() == QLatin1String("ticket") || kind() == QLatin1String("organization")
        || kind() == QLatin1String("facility")) {
        // "T-000077", "#77" and "77" all mean record 77.
        static const QRegularExpression number(QStringLiteral("^(?:T-|#)?0*(\\d{1,18})$"),
                                               QRegularExpression::CaseInsensitiveOption);
        const auto match = number.match(text);
        return match.hasMatch() ? match.captured(1) : QString();
    }
    return text;
}

void LinkDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!target().isEmpty());
}

} // namespace izdesk
