#include "onboardingactiondialog.h"

#include <onboardingrecords.h>

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace izdesk {

OnboardingActionDialog::OnboardingActionDialog(const Spec &spec, QWidget *parent)
    : QDialog(parent)
    , m_spec(spec)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("onboardingActionDialog"));
    setWindowTitle(spec.title);
    auto *layout = new QVBoxLayout(this);
    if (!spec.prompt.isEmpty()) {
        auto *prompt = new QLabel(spec.prompt, this);
        prompt->setObjectName(QStringLiteral("onboardingActionPrompt"));
        prompt->setWordWrap(true);
        prompt->setTextFormat(Qt::PlainText);
        layout->addWidget(prompt);
    }
    auto *form = new QFormLayout;
    if (!spec.stages.isEmpty()) {
        m_stage = new QComboBox(this);
        m_stage->setObjectName(QStringLiteral("onboardingActionStage"));
        m_stage->setAccessibleName(tr("Stage"));
        for (const QString &key : spec.stages)
            m_stage->addItem(Onboarding::stageLabel(key), key);
        form->addRow(tr("&Stage:"), m_stage);
    }
    if (spec.askDate) {
        m_date = new QDateEdit(spec.date.isValid() ? spec.date : QDate::currentDate(), this);
        m_date->setObjectName(QStringLiteral("onboardingActionDate"));
        m_date->setAccessibleName(spec.dateLabel);
        m_date->setCalendarPopup(true);
        m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        if (spec.minimumDate.isValid())
            m_date->setMinimumDate(spec.minimumDate);
        form->addRow(spec.dateLabel + QLatin1Char(':'), m_date);
    }
    if (spec.askText) {
        m_text = new QLineEdit(this);
        m_text->setObjectName(QStringLiteral("onboardingActionText"));
        m_text->setAccessibleName(spec.textLabel);
        m_text->setMinimumWidth(360);
        form->addRow(spec.textLabel + QLatin1Char(':'), m_text);
        connect(m_text, &QLineEdit::textChanged, this, &OnboardingActionDialog::updateOk);
    }
    layout->addLayout(form);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("onboardingActionOk"));
    if (!spec.okText.isEmpty())
        ok->setText(spec.okText);
    ok->setAccessibleName(ok->text().remove(QLatin1Char('&')));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("onboardingActionCancel"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

void OnboardingActionDialog::updateOk()
{
    const bool ok = !m_spec.textRequired || (m_text && !m_text->text().trimmed().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

QString OnboardingActionDialog::stage() const
{
    return m_stage ? m_stage->currentData().toString() : QString();
}

QDate OnboardingActionDialog::date() const
{
    return m_date ? m_date->date() : QDate();
}

QString OnboardingActionDialog::text() const
{
    return m_text ? m_text->text().trimmed() : QString();
}

} // namespace izdesk
