#include "logindialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace izdesk {

LoginDialog::LoginDialog(QWidget *parent)
    : QDialog(parent)
    , m_profileCombo(new QComboBox(this))
    , m_usernameEdit(new QLineEdit(this))
    , m_passwordEdit(new QLineEdit(this))
    , m_signInButton(new QPushButton(tr("&Sign in"), this))
    , m_sandboxButton(new QPushButton(tr("Open the &Local sandbox"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_busyIndicator(new QProgressBar(this))
    , m_statusLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_identityProviderButton(new QPushButton(this))
    , m_passwordHint(new QLabel(tr("or with your IZ Desk username and password:"), this))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Sign in to IZ Desk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/izdesk.svg")));

    setUpWidgets();
    buildLayout();

    setTabOrder(m_profileCombo, m_identityProviderButton);
    setTabOrder(m_identityProviderButton, m_usernameEdit);
    setTabOrder(m_usernameEdit, m_passwordEdit);
    setTabOrder(m_passwordEdit, m_signInButton);
    setTabOrder(m_signInButton, m_cancelButton);
    setTabOrder(m_cancelButton, m_sandboxButton);

    connectActions();
    updateIdentityProvider();
    m_usernameEdit->setFocus();
}

void LoginDialog::setUpWidgets()
{
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileCombo->setAccessibleName(tr("Environment"));
    m_usernameEdit->setObjectName(QStringLiteral("usernameEdit"));
    m_usernameEdit->setAccessibleName(tr("Username"));
    m_usernameEdit->setMaxLength(64);
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setAccessibleName(tr("Password"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setAccessibleName(tr("Sign in"));
    m_signInButton->setDefault(true);
    m_sandboxButton->setObjectName(QStringLiteral("sandboxButton"));
    m_sandboxButton->setAccessibleName(tr("Open the Local sandbox"));
    m_sandboxButton->setAutoDefault(false);
    m_sandboxButton->setToolTip(tr("Starts a server on this computer with synthetic data for training "
                                   "(Ctrl+L). No credentials needed."));
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAccessibleName(tr("Cancel"));
    m_cancelButton->setAutoDefault(false);
    m_identityProviderButton->setObjectName(QStringLiteral("identityProviderButton"));
    m_identityProviderButton->setAutoDefault(false);
    m_identityProviderButton->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_identityProviderButton->setIcon(QIcon::fromTheme(QStringLiteral("web-browser")));
    m_identityProviderButton->setToolTip(tr("Opens your web browser at your organization's sign-in page; "
                                            "IZ Desk continues when you have signed in there."));
    m_passwordHint->setObjectName(QStringLiteral("passwordHint"));
    m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    m_busyIndicator->setAccessibleName(tr("Signing in"));
    m_busyIndicator->setRange(0, 0); // indeterminate: we never know how long a server takes
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setMaximumHeight(6);
    m_busyIndicator->setVisible(false);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setAccessibleName(tr("Sign-in status"));
    m_statusLabel->setWordWrap(true);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setAccessibleName(tr("Sign-in error"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; font-weight: bold; }"));
    m_errorLabel->setVisible(false);
}

// Title, the environment and credentials form, status, buttons, then the sandbox row.
void LoginDialog::buildLayout()
{
    auto *title = new QLabel(tr("IZ Desk"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subtitle = new QLabel(tr("Immunization Information System help desk"), this);

    auto *form = m_form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *profileLabel = new QLabel(tr("&Environment:"), this);
    profileLabel->setBuddy(m_profileCombo);
    auto *userLabel = new QLabel(tr("&Username:"), this);
    userLabel->setBuddy(m_usernameEdit);
    auto *passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_passwordEdit);
    form->addRow(profileLabel, m_profileCombo);
    form->addRow(QString(), m_identityProviderButton);
    form->addRow(QString(), m_passwordHint);
    form->addRow(userLabel, m_usernameEdit);
    form->addRow(passwordLabel, m_passwordEdit);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_signInButton);

    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::HLine);
    separator->setFrameShadow(QFrame::Sunken);
    auto *sandboxHint = new QLabel(tr("New here, or training? The Local sandbox runs on this computer "
                                      "with synthetic data for training — no account needed."), this);
    sandboxHint->setWordWrap(true);
    auto *sandboxRow = new QHBoxLayout;
    sandboxRow->addWidget(sandboxHint, 1);
    sandboxRow->addWidget(m_sandboxButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addSpacing(12);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_busyIndicator);
    layout->addWidget(m_statusLabel);
    layout->addLayout(buttons);
    layout->addSpacing(8);
    layout->addWidget(separator);
    layout->addLayout(sandboxRow);
    setMinimumWidth(460);
}

void LoginDialog::connectActions()
{
    auto *sandboxShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this);
    connect(sandboxShortcut, &QShortcut::activated, this, &LoginDialog::requestSandbox);
    connect(m_signInButton, &QPushButton::clicked, this, &LoginDialog::requestSignIn);
    connect(m_sandboxButton, &QPushButton::clicked, this, &LoginDialog::requestSandbox);
    connect(m_cancelButton, &QPushButton::clicked, this, &LoginDialog::reject);
    connect(m_identityProviderButton, &QPushButton::clicked, this, &LoginDialog::requestIdentityProvider);
    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, &LoginDialog::updateCredentialFields);
    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateIdentityProvider();
        Q_EMIT profileChanged(currentProfileId());
    });
}

void LoginDialog::setProfiles(const QList<ProfileChoice> &profiles)
{
    const QString previous = currentProfileId();
    m_profileCombo->clear();
    auto *items = qobject_cast<QStandardItemModel *>(m_profileCombo->model());
    for (int i = 0; i < profiles.size(); ++i) {
        const ProfileChoice &p = profiles.at(i);
        m_profileCombo->addItem(p.configured ? p.name : tr("%1 (not configured)").arg(p.name), p.id);
        m_profileCombo->setItemData(i, QVariant::fromValue(p.kind), Qt::UserRole + 1);
        if (!p.configured && items) {
            // Listed so people know it exists; an administrator sets its URL in the settings file.
            items->item(i)->setEnabled(false);
            m_profileCombo->setItemData(i, tr("Ask your administrator to set the server address of this environment "
                                              "(environments/%1/url in the IZ Desk settings file).").arg(p.id),
                                        Qt::ToolTipRole);
        }
    }
    if (items && m_profileCombo->currentIndex() >= 0 && !items->item(m_profileCombo->currentIndex())->isEnabled()) {
        for (int i = 0; i < m_profileCombo->count(); ++i) {
            if (items->item(i)->isEnabled()) {
                m_profileCombo->setCurrentIndex(i);
                break;
            }
        }
    }
    if (!previous.isEmpty())
        setCurrentProfile(previous);
    updateCredentialFields();
}

void LoginDialog::setCurrentProfile(const QString &profileId)
{
    const int index = m_profileCombo->findData(profileId);
    const auto *items = qobject_cast<QStandardItemModel *>(m_profileCombo->model());
    if (index >= 0 && (!items || items->item(index)->isEnabled()))
        m_profileCombo->setCurrentIndex(index);
}

void LoginDialog::setUsername(const QString &username)
{
    m_usernameEdit->setText(username);
    if (!username.isEmpty())
        m_passwordEdit->setFocus();
}

QString LoginDialog::currentProfileId() const
{
    return m_profileCombo->currentData().toString();
}

QString LoginDialog::username() const
{
    return m_usernameEdit->text().trimmed();
}

EnvironmentKind LoginDialog::currentKind() const
{
    return m_profileCombo->currentData(Qt::UserRole + 1).value<EnvironmentKind>();
}

void LoginDialog::updateCredentialFields()
{
    // The sandbox signs in as its demo trainer by itself; asking for a password would mislead.
    const bool sandbox = currentKind() == EnvironmentKind::Sandbox && m_profileCombo->count() > 0;
    m_usernameEdit->setEnabled(!m_busy && !sandbox);
    m_passwordEdit->setEnabled(!m_busy && !sandbox);
    m_usernameEdit->setPlaceholderText(sandbox ? tr("not needed for the Local sandbox") : QString());
    m_signInButton->setText(sandbox ? tr("&Open sandbox") : tr("&Sign in"));
}

void LoginDialog::requestSignIn()
{
    if (m_busy)
        return;
    if (currentKind() == EnvironmentKind::Sandbox) {
        requestSandbox();
        return;
    }
    if (currentProfileId().isEmpty()) {
        showError(tr("Choose an environment."));
        m_profileCombo->setFocus();
        return;
    }
    if (username().isEmpty()) {
        showError(tr("Enter your username."));
        m_usernameEdit->setFocus();
        return;
    }
    if (m_passwordEdit->text().isEmpty()) {
        showError(tr("Enter your password."));
        m_passwordEdit->setFocus();
        return;
    }
    showError(QString());
    setBusy(true);
    m_statusLabel->setText(tr("Signing in…"));
    Q_EMIT signInRequested(currentProfileId(), username(), m_passwordEdit->text());
}

void LoginDialog::requestIdentityProvider()
{
    if (m_busy || identityProviderName().isEmpty())
        return;
    showError(QString());
    setBusy(true);
    m_statusLabel->setText(tr("Opening your web browser for %1…").arg(identityProviderName()));
    Q_EMIT identityProviderSignInRequested(currentProfileId());
}

QString LoginDialog::identityProviderName() const
{
    return m_identityProviders.value(currentProfileId());
}

void LoginDialog::setIdentityProvider(const QString &profileId, const QString &displayName)
{
    if (displayName.isEmpty())
        m_identityProviders.remove(profileId);
    else
        m_identityProviders.insert(profileId, displayName);
    updateIdentityProvider();
}

void LoginDialog::updateIdentityProvider()
{
    const QString name = identityProviderName();
    const bool offered = !name.isEmpty() && currentKind() != EnvironmentKind::Sandbox;
    m_identityProviderButton->setText(tr("Sign in &with %1").arg(name));
    m_identityProviderButton->setAccessibleName(tr("Sign in with %1").arg(name));
    m_form->setRowVisible(m_identityProviderButton, offered);
    m_form->setRowVisible(m_passwordHint, offered);
}

void LoginDialog::reject()
{
    if (m_busy) {
        Q_EMIT signInCancelRequested();
        return;
    }
    QDialog::reject();
}

void LoginDialog::requestSandbox()
{
    if (m_busy)
        return;
    showError(QString());
    setBusy(true);
    m_statusLabel->setText(tr("Starting the Local sandbox…"));
    Q_EMIT sandboxRequested();
}

void LoginDialog::showSignInStarted()
{
    setBusy(true);
}

void LoginDialog::showProgress(const QString &message)
{
    m_statusLabel->setText(message);
}

void LoginDialog::showSignInFailed(const QString &message)
{
    setBusy(false);
    m_statusLabel->clear();
    showError(message.isEmpty() ? tr("Sign-in failed.") : message);
    // Keep username and password so a typo in one field needs one fix, not two retypes.
    if (m_passwordEdit->isEnabled()) {
        m_passwordEdit->setFocus();
        m_passwordEdit->selectAll();
    }
}

void LoginDialog::resetForNextSignIn(const QString &message)
{
    setBusy(false);
    showError(QString());
    m_passwordEdit->clear();
    m_statusLabel->setText(message);
    (m_usernameEdit->text().isEmpty() ? m_usernameEdit : m_passwordEdit)->setFocus();
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_busyIndicator->setVisible(busy);
    m_profileCombo->setEnabled(!busy);
    m_signInButton->setEnabled(!busy);
    m_sandboxButton->setEnabled(!busy);
    m_identityProviderButton->setEnabled(!busy);
    m_cancelButton->setToolTip(busy ? tr("Stop this sign-in (Esc)") : QString());
    updateCredentialFields();
}

void LoginDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

} // namespace izdesk
