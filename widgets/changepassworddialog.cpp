#include "changepassworddialog.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace izdesk {

namespace {

QLineEdit *passwordEdit(QWidget *parent, const char *name, const QString &accessibleName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setAccessibleName(accessibleName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setMaxLength(1024);
    return edit;
}

QLabel *errorLabel(QWidget *parent, const char *name, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setAccessibleName(accessibleName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    label->setVisible(false);
    return label;
}

} // namespace

ChangePasswordDialog::ChangePasswordDialog(QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_currentEdit(passwordEdit(this, "currentPasswordEdit", tr("Current password")))
    , m_currentError(errorLabel(this, "currentPasswordError", tr("Current password problem")))
    , m_newEdit(passwordEdit(this, "newPasswordEdit", tr("New password")))
    , m_newError(errorLabel(this, "newPasswordError", tr("New password problem")))
    , m_confirmEdit(passwordEdit(this, "confirmPasswordEdit", tr("New password again")))
    , m_confirmError(errorLabel(this, "confirmPasswordError", tr("Password confirmation problem")))
    , m_message(errorLabel(this, "changePasswordMessage", tr("Password change status")))
    , m_changeButton(new QPushButton(tr("&Change password"), this))
    , m_cancelButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/izdesk.svg")));
    setModal(true);
    m_intro->setObjectName(QStringLiteral("changePasswordIntro"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_changeButton->setObjectName(QStringLiteral("changePasswordButton"));
    m_changeButton->setAccessibleName(tr("Change password"));
    m_changeButton->setDefault(true);
    m_cancelButton->setObjectName(QStringLiteral("changePasswordCancelButton"));
    m_cancelButton->setAutoDefault(false);

    m_currentLabel = new QLabel(tr("C&urrent password:"), this);
    m_currentLabel->setBuddy(m_currentEdit);
    auto *newLabel = new QLabel(tr("&New password:"), this);
    newLabel->setBuddy(m_newEdit);
    auto *confirmLabel = new QLabel(tr("&Repeat the new password:"), this);
    confirmLabel->setBuddy(m_confirmEdit);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_currentLabel, m_currentEdit);
    form->addRow(QString(), m_currentError);
    form->addRow(newLabel, m_newEdit);
    form->addRow(QString(), m_newError);
    form->addRow(confirmLabel, m_confirmEdit);
    form->addRow(QString(), m_confirmError);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_changeButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_changeButton, &QPushButton::clicked, this, &ChangePasswordDialog::submit);
    connect(m_cancelButton, &QPushButton::clicked, this, &ChangePasswordDialog::reject);
    for (QLineEdit *edit : {m_currentEdit, m_newEdit, m_confirmEdit})
        connect(edit, &QLineEdit::textChanged, this, &ChangePasswordDialog::updateState);
    setMinimumWidth(460);
    start(Mode::Own, QString());
}

void ChangePasswordDialog::start(Mode mode, const QString &userName)
{
    m_mode = mode;
    setBusy(false);
    for (QLineEdit *edit : {m_currentEdit, m_newEdit, m_confirmEdit})
        edit->clear();
    for (QLabel *label : {m_currentError, m_newError, m_confirmError, m_message})
        label->setVisible(false);
    const bool required = mode == Mode::Required;
    m_currentLabel->setVisible(!required);
    m_currentEdit->setVisible(!required);
    setWindowTitle(required ? tr("Choose a new password") : tr("Change my password"));
    m_intro->setText(required ? tr("%1, your password has to be replaced before the desk opens: it was set by an "
                                   "administrator or it has expired. Choose a new password only you know.")
                                    .arg(userName)
                              : tr("Change the password of %1. Your sessions on other computers end; this one "
                                   "stays signed in.")
                                    .arg(userName));
    m_cancelButton->setText(required ? tr("&Sign out") : tr("Cancel"));
    m_cancelButton->setAccessibleName(required ? tr("Sign out without changing the password") : tr("Cancel"));
    (required ? m_newEdit : m_currentEdit)->setFocus();
    updateState();
}

void ChangePasswordDialog::updateState()
{
    const bool filled = !m_newEdit->text().isEmpty() && !m_confirmEdit->text().isEmpty()
        && (m_mode == Mode::Required || !m_currentEdit->text().isEmpty());
    m_changeButton->setEnabled(filled && !m_busy);
    if (m_confirmError->isVisible() && m_newEdit->text() == m_confirmEdit->text())
        m_confirmError->setVisible(false);
}

void ChangePasswordDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QLineEdit *edit : {m_currentEdit, m_newEdit, m_confirmEdit})
        edit->setReadOnly(busy);
    updateState();
}

void ChangePasswordDialog::showError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
    label->window()->adjustSize(); // the dialog grows to show the whole message
}

void ChangePasswordDialog::submit()
{
    if (m_busy || !m_changeButton->isEnabled())
        return;
    for (QLabel *label : {m_currentError, m_newError, m_confirmError, m_message})
        label->setVisible(false);
    if (m_newEdit->text() != m_confirmEdit->text()) {
        showError(m_confirmError, tr("The two new passwords are not the same."));
        m_confirmEdit->selectAll();
        m_confirmEdit->setFocus();
        return;
    }
    setBusy(true);
    showError(m_message, QString());
    Q_EMIT changeRequested(m_mode == Mode::Required ? QString() : m_currentEdit->text(), m_newEdit->text());
}

void ChangePasswordDialog::showFailed(const QString &message, const QList<FieldError> &errors)
{
    setBusy(false);
    bool placed = false;
    for (const FieldError &e : errors) {
        if (e.field == QLatin1String("new_password")) {
            showError(m_newError, e.message);
            placed = true;
        } else if (e.field == QLatin1String("current_password") && m_mode == Mode::Own) {
            showError(m_currentError, e.message);
            placed = true;
        }
    }
    if (!placed)
        showError(m_message, message);
    QLineEdit *retry = m_newError->isVisible() || m_mode == Mode::Required ? m_newEdit : m_currentEdit;
    retry->selectAll();
    retry->setFocus();
}

void ChangePasswordDialog::confirmChanged()
{
    setBusy(false);
    for (QLineEdit *edit : {m_currentEdit, m_newEdit, m_confirmEdit})
        edit->clear();
    accept();
}

void ChangePasswordDialog::reject()
{
    // Escape and the window's close button lead here too: in Required mode leaving means
    // signing out, never reaching the desk.
    for (QLineEdit *edit : {m_currentEdit, m_newEdit, m_confirmEdit})
        edit->clear();
    const bool required = m_mode == Mode::Required;
    setBusy(false);
    QDialog::reject();
    if (required)
        Q_EMIT signOutRequested();
}

} // namespace izdesk
