#include "mergedialog.h"

#include "ticket.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace izdesk {

MergeDialog::MergeDialog(QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_targetEdit(new QLineEdit(this))
    , m_consequence(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Merge ticket"));
    m_intro->setWordWrap(true);
    m_targetEdit->setObjectName(QStringLiteral("mergeTargetEdit"));
    m_targetEdit->setAccessibleName(tr("Ticket to merge into"));
    m_targetEdit->setPlaceholderText(tr("e.g. T-000077"));
    m_consequence->setObjectName(QStringLiteral("mergeConsequenceLabel"));
    m_consequence->setWordWrap(true);
    m_consequence->setMinimumWidth(380);
    // Room for the three-line explanation up front, so the dialog does not jump while typing.
    m_consequence->setMinimumHeight(m_consequence->fontMetrics().lineSpacing() * 3 + 4);
    m_consequence->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Merge"));
    ok->setObjectName(QStringLiteral("mergeOkButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true); // Enter alone never merges

    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("Merge &into:"), this);
    label->setBuddy(m_targetEdit);
    form->addRow(label, m_targetEdit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_consequence);
    layout->addWidget(m_buttons);

    connect(m_targetEdit, &QLineEdit::textChanged, this, &MergeDialog::updateText);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!targetId())
            return;
        Q_EMIT mergeConfirmed(m_sourceId, targetId(), m_sourceVersion);
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void MergeDialog::start(qint64 sourceId, const QString &sourceNumber, int sourceVersion)
{
    m_sourceId = sourceId;
    m_sourceNumber = sourceNumber;
    m_sourceVersion = sourceVersion;
    m_intro->setText(tr("Merge %1 into another ticket about the same request.").arg(sourceNumber));
    m_targetEdit->clear();
    m_targetEdit->setFocus();
    updateText();
}

qint64 MergeDialog::targetId() const
{
    static const QRegularExpression number(QStringLiteral("^(?:T-|#)?0*(\\d{1,18})$"),
                                           QRegularExpression::CaseInsensitiveOption);
    const auto match = number.match(m_targetEdit->text().trimmed());
    const qint64 id = match.hasMatch() ? match.captured(1).toLongLong() : 0;
    return id == m_sourceId ? 0 : id;
}

void MergeDialog::updateText()
{
    const qint64 target = targetId();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(target != 0);
    if (!target) {
        m_consequence->setText(m_targetEdit->text().trimmed().isEmpty()
                                   ? QString()
                                   : tr("Type the number of another ticket."));
        return;
    }
    Ticket t;
    t.id = target;
    m_consequence->setText(tr("%1 will be closed and marked \"merged into %2\". Its timeline stays and is "
                              "listed on %2 too. This cannot be undone here.")
                               .arg(m_sourceNumber, t.displayNumber()));
}

} // namespace izdesk
