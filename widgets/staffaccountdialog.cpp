#include "staffaccountdialog.h"

#include "accountdisplay.h"

#include <catalog.h>

#include <QComboBox>
#include <QFormLayout>
#include <QHash>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace izdesk {

namespace {

QLabel *errorLabel(QWidget *parent, const char *name, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    AccountDisplay::name(label, name, accessibleName);
    label->setToolTip(QString());
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    label->setVisible(false);
    return label;
}

void showError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
    label->window()->adjustSize(); // the dialog grows to show the whole message
}

} // namespace

StaffAccountDialog::StaffAccountDialog(QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_usernameEdit(new QLineEdit(this))
    , m_displayNameEdit(new QLineEdit(this))
    , m_roleCombo(new QComboBox(this))
    , m_passwordEdit(new QLineEdit(this))
    , m_confirmEdit(new QLineEdit(this))
    , m_usernameError(errorLabel(this, "usernameError", tr("Username problem")))
    , m_displayNameError(errorLabel(this, "displayNameError", tr("Name problem")))
    , m_roleError(errorLabel(this, "roleError", tr("Role problem")))
    , m_passwordError(errorLabel(this, "temporaryPasswordError", tr("Temporary password problem")))
    , m_message(errorLabel(this, "staffAccountMessage", tr("Staff account change status")))
    , m_okButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("staffAccountDialog"));
    setModal(true);
    m_intro->setObjectName(QStringLiteral("staffAccountIntro"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    AccountDisplay::name(m_usernameEdit, "staffUsernameEdit", tr("Username"));
    AccountDisplay::name(m_displayNameEdit, "staffDisplayNameEdit", tr("Name shown to others"));
    AccountDisplay::name(m_roleCombo, "staffRoleCombo", tr("Role"));
    AccountDisplay::name(m_passwordEdit, "temporaryPasswordEdit", tr("Temporary password"));
    AccountDisplay::name(m_confirmEdit, "temporaryPasswordConfirmEdit", tr("Temporary password again"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_usernameEdit, m_displayNameEdit, m_roleCombo, m_passwordEdit,
                                                       m_confirmEdit})
        w->setToolTip(QString());
    m_usernameEdit->setMaxLength(64);
    m_displayNameEdit->setMaxLength(100);
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_confirmEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setMaxLength(1024);
    m_confirmEdit->setMaxLength(1024);
    for (const CodeEntry &role : Catalog::staffRoles())
        m_roleCombo->addItem(Catalog::label(Catalog::staffRoles(), role.key), role.key);
    m_okButton->setObjectName(QStringLiteral("staffAccountOkButton"));
    m_okButton->setDefault(true);
    m_cancelButton->setObjectName(QStringLiteral("staffAccountCancelButton"));
    m_cancelButton->setAccessibleName(tr("Cancel"));
    m_cancelButton->setAutoDefault(false);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto row = [this, form](const QString &text, QWidget *field, QLabel *error, QList<QWidget *> *rows) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
        form->addRow(QString(), error);
        *rows << label << field;
    };
    row(tr("&Username:"), m_usernameEdit, m_usernameError, &m_createRows);
    row(tr("&Name:"), m_displayNameEdit, m_displayNameError, &m_changeRows);
    row(tr("&Role:"), m_roleCombo, m_roleError, &m_changeRows);
    row(tr("&Temporary password:"), m_passwordEdit, m_passwordError, &m_passwordRows);
    auto *confirmLabel = new QLabel(tr("Repeat the &password:"), this);
    confirmLabel->setBuddy(m_confirmEdit);
    form->addRow(confirmLabel, m_confirmEdit);
    m_passwordRows << confirmLabel << m_confirmEdit;

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_okButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_okButton, &QPushButton::clicked, this, &StaffAccountDialog::submit);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    for (QLineEdit *edit : {m_usernameEdit, m_displayNameEdit, m_passwordEdit, m_confirmEdit})
        connect(edit, &QLineEdit::textChanged, this, &StaffAccountDialog::updateState);
    connect(m_roleCombo, &QComboBox::currentIndexChanged, this, &StaffAccountDialog::updateState);
    connect(this, &QDialog::finished, this, [this] {
        m_passwordEdit->clear(); // a typed password never outlives the dialog
        m_confirmEdit->clear();
    });
    setMinimumWidth(440);
}

QString StaffAccountDialog::username() const
{
    return m_mode == Mode::Create ? m_usernameEdit->text().trimmed() : m_account.username;
}

QString StaffAccountDialog::displayName() const
{
    return m_displayNameEdit->text().trimmed();
}

QString StaffAccountDialog::role() const
{
    return m_roleCombo->currentData().toString();
}

QString StaffAccountDialog::temporaryPassword() const
{
    return m_passwordEdit->text();
}

void StaffAccountDialog::startCreate()
{
    start(Mode::Create, {});
}

void StaffAccountDialog::startChange(const StaffAccount &account)
{
    start(Mode::Change, account);
}

void StaffAccountDialog::startResetPassword(const StaffAccount &account)
{
    start(Mode::ResetPassword, account);
}

void StaffAccountDialog::start(Mode mode, const StaffAccount &account)
{
    m_mode = mode;
    m_account = account;
    setBusy(false);
    clearErrors();
    m_usernameEdit->clear();
    m_displayNameEdit->setText(account.displayName);
    m_roleCombo->setCurrentIndex(std::max(0, m_roleCombo->findData(account.role.isEmpty() ? QStringLiteral("specialist")
                                                                                        : account.role)));
    m_passwordEdit->clear();
    m_confirmEdit->clear();
    for (QWidget *w : std::as_const(m_createRows))
        w->setVisible(mode == Mode::Create);
    for (QWidget *w : std::as_const(m_changeRows))
        w->setVisible(mode != Mode::ResetPassword);
    for (QWidget *w : std::as_const(m_passwordRows))
        w->setVisible(mode != Mode::Change);
    switch (mode) {
    case Mode::Create:
        setWindowTitle(tr("Add a staff account"));
        m_intro->setText(tr("The person signs in with the temporary password once and then has to choose a "
                            "password of their own. Give them the temporary password in person or by phone."));
        m_okButton->setText(tr("&Add account"));
        m_okButton->setAccessibleName(tr("Add account"));
        m_usernameEdit->setFocus();
        break;
    case Mode::Change:
        setWindowTitle(tr("Change role or name"));
        m_intro->setText(tr("Changing the role of %1 (%2) takes effect with their next request.")
                             .arg(account.name(), account.username));
        m_okButton->setText(tr("&Save"));
        m_okButton->setAccessibleName(tr("Save"));
        m_roleCombo->setFocus();
        break;
    case Mode::ResetPassword:
        setWindowTitle(tr("Reset password"));
        m_intro->setText(tr("%1 (%2) is signed out everywhere and has to choose a new password at the next "
                            "sign-in with this temporary one. A lock from failed sign-ins is cleared too.")
                             .arg(account.name(), account.username));
        m_okButton->setText(tr("&Reset password"));
        m_okButton->setAccessibleName(tr("Reset password"));
        m_passwordEdit->setFocus();
        break;
    }
    m_okButton->setAccessibleName(m_okButton->text().remove(QLatin1Char('&')));
    adjustSize();
    updateState();
}

void StaffAccountDialog::updateState()
{
    bool filled = true;
    if (m_mode == Mode::Create)
        filled = !m_usernameEdit->text().trimmed().isEmpty() && !m_displayNameEdit->text().trimmed().isEmpty();
    if (m_mode == Mode::Change)
        filled = !m_displayNameEdit->text().trimmed().isEmpty()
            && (displayName() != m_account.displayName || role() != m_account.role);
    if (m_mode != Mode::Change)
        filled = filled && !m_passwordEdit->text().isEmpty() && !m_confirmEdit->text().isEmpty();
    m_okButton->setEnabled(filled && !m_busy);
}

void StaffAccountDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QLineEdit *edit : {m_usernameEdit, m_displayNameEdit, m_passwordEdit, m_confirmEdit})
        edit->setReadOnly(busy);
    m_roleCombo->setEnabled(!busy);
    updateState();
}

void StaffAccountDialog::clearErrors()
{
    for (QLabel *label : {m_usernameError, m_displayNameError, m_roleError, m_passwordError, m_message})
        showError(label, QString());
}

void StaffAccountDialog::submit()
{
    if (!m_okButton->isEnabled())
        return;
    clearErrors();
    if (m_mode != Mode::Change && m_passwordEdit->text() != m_confirmEdit->text()) {
        showError(m_passwordError, tr("The two passwords are not the same."));
        m_confirmEdit->selectAll();
        m_confirmEdit->setFocus();
        return;
    }
    setBusy(true);
    Q_EMIT submitted();
}

void StaffAccountDialog::showFailed(const QString &message, const QList<FieldError> &errors)
{
    setBusy(false);
    const QHash<QString, QLabel *> labels{{QStringLiteral("username"), m_usernameError},
                                          {QStringLiteral("display_name"), m_displayNameError},
                                          {QStringLiteral("role"), m_roleError},
                                          {QStringLiteral("temporary_password"), m_passwordError}};
    bool placed = false;
    for (const FieldError &e : errors) {
        if (QLabel *label = labels.value(e.field)) {
            showError(label, e.message);
            placed = true;
        }
    }
    if (!placed)
        showError(m_message, message);
    if (m_passwordError->isVisible()) {
        m_passwordEdit->selectAll();
        m_passwordEdit->setFocus();
    }
}

void StaffAccountDialog::confirmDone()
{
    setBusy(false);
    accept();
}

} // namespace izdesk
