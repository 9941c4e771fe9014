#include "iisuserview.h"

#include "accountdisplay.h"
#include "agreementdocumentbar.h"

#include <catalog.h>

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QGuiApplication>
#include <QClipboard>
#include <QMessageBox>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace izdesk {

namespace {
QLabel *valueLabel(QWidget *parent, const char *name, const QString &accessible)
{
    auto *label = new QLabel(parent);
    AccountDisplay::name(label, name, accessible);
    label->setToolTip(QString());
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}
} // namespace

IisUserView::IisUserView(QWidget *parent)
    : QWidget(parent)
    , m_title(valueLabel(this, "accountName", tr("Account holder")))
    , m_username(valueLabel(this, "accountUsername", tr("Username")))
    , m_email(valueLabel(this, "accountEmail", tr("E-mail")))
    , m_phone(valueLabel(this, "accountPhone", tr("Phone")))
    , m_role(valueLabel(this, "accountRole", tr("Role")))
    , m_sites(valueLabel(this, "accountSites", tr("Sites")))
    , m_status(valueLabel(this, "accountStatus", tr("Account status")))
    , m_agreementSummary(valueLabel(this, "accountAgreement", tr("Agreement status")))
    , m_lastLogin(valueLabel(this, "accountLastLogin", tr("Last login")))
    , m_activated(valueLabel(this, "accountActivated", tr("Activated")))
    , m_credential(valueLabel(this, "accountCredential", tr("Temporary password")))
    , m_agreements(AccountDisplay::makeList(this, QStringLiteral("agreementList"), tr("Agreements on file"),
                                            AccountDisplay::agreementHeaders(true)))
    , m_documents(nullptr)
    , m_kindCombo(new QComboBox(this))
    , m_versionEdit(new QLineEdit(this))
    , m_signerEdit(new QLineEdit(this))
    , m_signedOnEdit(new QDateEdit(this))
    , m_recordButton(new QPushButton(tr("Record a&greement"), this))
    , m_activateButton(new QPushButton(tr("&Activate"), this))
    , m_reasonEdit(new QLineEdit(this))
    , m_inactivateButton(new QPushButton(tr("I&nactivate"), this))
    , m_credentialButton(new QPushButton(tr("Issue &temporary password…"), this))
    , m_openSiteButton(new QPushButton(tr("Open &organization"), this))
    , m_refreshButton(new QPushButton(tr("Re&fresh"), this))
    , m_message(valueLabel(this, "accountMessage", tr("Account view status")))
{
    m_documents = new AgreementDocumentBar(m_agreements, m_message, this);
    setObjectName(QStringLiteral("iisUserView"));
    setWindowTitle(tr("IIS user"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_agreements->setSortingEnabled(false); // newest first, as the server sends them

    setUpInputs();
    buildLayout();
    connectSignals();
    resize(820, 680);
    updateState();
}

void IisUserView::setUpInputs()
{
    AccountDisplay::name(m_kindCombo, "agreementKindCombo", tr("Kind of agreement"));
    AccountDisplay::name(m_versionEdit, "agreementVersionEdit", tr("Version of the signed form"));
    AccountDisplay::name(m_signerEdit, "agreementSignerEdit", tr("Name of the signer"));
    AccountDisplay::name(m_signedOnEdit, "agreementSignedOnEdit", tr("Date signed"));
    AccountDisplay::name(m_recordButton, "recordAgreementButton", tr("Record the signed agreement"));
    AccountDisplay::name(m_activateButton, "activateButton", tr("Activate the account"));
    AccountDisplay::name(m_reasonEdit, "inactivateReasonEdit", tr("Reason for inactivating the account"));
    AccountDisplay::name(m_inactivateButton, "inactivateButton", tr("Inactivate the account with the reason given"));
    AccountDisplay::name(m_openSiteButton, "openOrganizationButton",
                         tr("Open the organization of the account's first site"));
    AccountDisplay::name(m_refreshButton, "refreshButton", tr("Reload the account"));
    AccountDisplay::name(m_credentialButton, "issueCredentialButton",
                         tr("Issue a temporary password to give the user by phone"));
    m_credentialButton->setToolTip(tr("A new temporary password, shown once, for you to give the user out of band. "
                                      "It replaces any earlier one."));
    for (const CodeEntry &kind : Catalog::agreementKinds()) {
        if (kind.key != QLatin1String("organization_data_use"))
            m_kindCombo->addItem(Catalog::label(Catalog::agreementKinds(), kind.key), kind.key);
    }
    m_versionEdit->setMaxLength(40);
    m_versionEdit->setPlaceholderText(tr("e.g. 2026-1"));
    m_signerEdit->setMaxLength(200);
    m_signedOnEdit->setCalendarPopup(true);
    m_signedOnEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_reasonEdit->setMaxLength(200);
    m_reasonEdit->setPlaceholderText(tr("Reason (needed to inactivate)"));
    m_reasonEdit->setClearButtonEnabled(true);
}

void IisUserView::buildLayout()
{
    auto *identity = new QFormLayout;
    identity->addRow(tr("Username:"), m_username);
    identity->addRow(tr("E-mail:"), m_email);
    identity->addRow(tr("Phone:"), m_phone);
    identity->addRow(tr("Role:"), m_role);
    identity->addRow(tr("Sites:"), m_sites);
    identity->addRow(tr("Status:"), m_status);
    identity->addRow(tr("Agreement:"), m_agreementSummary);
    identity->addRow(tr("Last login:"), m_lastLogin);
    identity->addRow(tr("Activated:"), m_activated);
    identity->addRow(tr("Temporary password:"), m_credential);

    QGroupBox *record = buildRecordGroup();
    QGroupBox *status = buildStatusGroup();

    auto *actions = new QHBoxLayout;
    actions->addWidget(record, 3);
    actions->addWidget(status, 2);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_openSiteButton);
    bottom->addStretch();
    bottom->addWidget(m_refreshButton);
    auto *agreementsLabel = new QLabel(tr("Agreements on fi&le"), this);
    agreementsLabel->setBuddy(m_agreements);
    QFont bold = agreementsLabel->font();
    bold.setBold(true);
    agreementsLabel->setFont(bold);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(identity);
    layout->addWidget(agreementsLabel);
    layout->addWidget(m_agreements, 1);
    layout->addWidget(m_documents);
    m_documents->placeInTabOrder(m_agreements, m_kindCombo);
    layout->addLayout(actions);
    layout->addLayout(bottom);
    layout->addWidget(m_message);
}

QGroupBox *IisUserView::buildRecordGroup()
{
    auto *record = new QGroupBox(tr("Record a signed agreement"), this);
    record->setObjectName(QStringLiteral("recordAgreementGroup"));
    auto *recordForm = new QFormLayout(record);
    recordForm->addRow(tr("&Kind:"), m_kindCombo);
    recordForm->addRow(tr("&Version:"), m_versionEdit);
    recordForm->addRow(tr("&Signer:"), m_signerEdit);
    recordForm->addRow(tr("&Date signed:"), m_signedOnEdit);
    recordForm->addRow(QString(), m_recordButton);
    return record;
}

// Activate, inactivate with a reason, and the temporary password.
QGroupBox *IisUserView::buildStatusGroup()
{
    auto *status = new QGroupBox(tr("Account status"), this);
    auto *statusLayout = new QVBoxLayout(status);
    auto *reasonRow = new QHBoxLayout;
    auto *reasonLabel = new QLabel(tr("&Reason:"), status);
    reasonLabel->setBuddy(m_reasonEdit);
    reasonRow->addWidget(reasonLabel);
    reasonRow->addWidget(m_reasonEdit, 1);
    statusLayout->addWidget(m_activateButton);
    statusLayout->addLayout(reasonRow);
    statusLayout->addWidget(m_inactivateButton);
    statusLayout->addStretch();
    statusLayout->addWidget(m_credentialButton);
    return status;
}

void IisUserView::connectSignals()
{
    connect(m_versionEdit, &QLineEdit::textChanged, this, &IisUserView::updateState);
    connect(m_signerEdit, &QLineEdit::textChanged, this, &IisUserView::updateState);
    connect(m_reasonEdit, &QLineEdit::textChanged, this, &IisUserView::updateState);
    connect(m_recordButton, &QPushButton::clicked, this, &IisUserView::requestRecord);
    connect(m_activateButton, &QPushButton::clicked, this, [this] {
        if (m_account.id)
            Q_EMIT activateRequested(m_account.id);
    });
    auto inactivate = [this] {
        if (m_inactivateButton->isEnabled())
            Q_EMIT inactivateRequested(m_account.id, m_reasonEdit->text().trimmed());
    };
    connect(m_inactivateButton, &QPushButton::clicked, this, inactivate);
    connect(m_reasonEdit, &QLineEdit::returnPressed, this, inactivate);
    connect(m_openSiteButton, &QPushButton::clicked, this, [this] {
        if (!m_account.sites.isEmpty())
            Q_EMIT facilityOpenRequested(m_account.sites.constFirst().id);
    });
    connect(m_credentialButton, &QPushButton::clicked, this, [this] {
        if (m_account.id)
            Q_EMIT credentialRequested(m_account.id);
    });
    auto refresh = [this] {
        if (m_account.id)
            Q_EMIT refreshRequested(m_account.id);
    };
    connect(m_refreshButton, &QPushButton::clicked, this, refresh);
    connect(new QShortcut(QKeySequence(Qt::Key_F5), this), &QShortcut::activated, this, refresh);
}

void IisUserView::setAccount(const IisAccount &account, const QList<AccountAgreement> &agreements)
{
    const bool other = account.id != m_account.id;
    const qint64 keep = other ? 0 : m_documents->currentAgreementId();
    m_account = account;
    m_agreements->clear();
    for (const AccountAgreement &a : agreements)
        AccountDisplay::addAgreementRow(m_agreements, a);
    m_documents->setAgreements(agreements, keep);
    m_agreements->header()->resizeSections(QHeaderView::ResizeToContents);
    if (other) {
        m_reasonEdit->clear();
        m_versionEdit->clear();
        m_signerEdit->setText(account.fullName());
        m_signedOnEdit->setMaximumDate(QDate::currentDate());
        m_signedOnEdit->setDate(QDate::currentDate());
        showMessage(QString());
    }
    showAccount();
}

void IisUserView::updateAccount(const IisAccount &account)
{
    if (account.id != m_account.id)
        return;
    m_account = account;
    showAccount();
}

void IisUserView::showAccount()
{
    const IisAccount &a = m_account;
    setWindowTitle(tr("IIS user — %1").arg(a.username));
    m_title->setText(a.fullName());
    m_username->setText(a.username);
    m_email->setText(a.email);
    m_phone->setText(a.phone);
    m_role->setText(Catalog::label(Catalog::iisUserRoles(), a.role));
    m_sites->setText(a.sitesText());
    m_status->setText(AccountDisplay::accountStatusText(a));
    const QString summary = Catalog::label(Catalog::agreementStatuses(), a.agreementStatus);
    m_agreementSummary->setText(a.agreementExpiresOn.isValid()
                                    ? tr("%1 (expires %2)").arg(summary, AccountDisplay::dateText(a.agreementExpiresOn))
                                    : summary);
    QPalette palette = this->palette();
    palette.setColor(QPalette::WindowText, AccountDisplay::agreementColor(a.agreementStatus));
    m_agreementSummary->setPalette(palette);
    m_lastLogin->setText(AccountDisplay::timeText(a.lastLoginAt, tr("Never")));
    m_activated->setText(AccountDisplay::timeText(a.activatedAt, tr("Not yet")));
    m_credential->setText(a.credentialIssuedAt.isValid()
                              ? tr("Issued %1").arg(AccountDisplay::timeText(a.credentialIssuedAt, QString()))
                              : tr("Never issued"));
    updateState();
}

void IisUserView::setChangesEnabled(bool enabled)
{
    m_changesEnabled = enabled;
    m_documents->setChangesEnabled(enabled);
    updateState();
}

void IisUserView::resetAgreementForm()
{
    m_versionEdit->clear();
    m_signedOnEdit->setDate(QDate::currentDate());
}

void IisUserView::showLoading()
{
    showMessage(tr("Loading…"));
}

void IisUserView::showMessage(const QString &message, bool error)
{
    AccountDisplay::showStatus(m_message, message, error);
}

void IisUserView::requestRecord()
{
    if (!m_recordButton->isEnabled())
        return;
    AgreementDraft draft;
    draft.kind = m_kindCombo->currentData().toString();
    draft.version = m_versionEdit->text().trimmed();
    draft.signerName = m_signerEdit->text().trimmed();
    draft.signedOn = m_signedOnEdit->date();
    Q_EMIT agreementRecordRequested(m_account.id, draft);
}

void IisUserView::updateState()
{
    const bool can = m_changesEnabled && m_account.id != 0;
    m_recordButton->setEnabled(can && !m_versionEdit->text().trimmed().isEmpty()
                               && !m_signerEdit->text().trimmed().isEmpty());
    m_activateButton->setEnabled(can && m_account.status != QLatin1String("active"));
    m_inactivateButton->setEnabled(can && m_account.status != QLatin1String("inactive")
                                   && !m_reasonEdit->text().trimmed().isEmpty());
    m_openSiteButton->setEnabled(!m_account.sites.isEmpty());
    m_credentialButton->setEnabled(can && m_account.status != QLatin1String("inactive"));
}

void IisUserView::showCredential(const QString &username, const QString &temporaryPassword)
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("Temporary password"),
                                tr("Temporary password for %1:").arg(username), QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("credentialBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("<p style=\"font-size:large\"><tt>%1</tt></p><p>Give it to the user by phone or "
                               "another channel than their e-mail. It is shown only now and replaces any earlier "
                               "one.</p>")
                                .arg(temporaryPassword.toHtmlEscaped()));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QPushButton *copy = box->addButton(tr("&Copy and close"), QMessageBox::AcceptRole);
    copy->setObjectName(QStringLiteral("copyCredentialButton"));
    copy->setAccessibleName(tr("Copy the temporary password and close"));
    box->button(QMessageBox::Close)->setAccessibleName(tr("Close without copying"));
    connect(copy, &QPushButton::clicked, box, [temporaryPassword] {
        QGuiApplication::clipboard()->setText(temporaryPassword);
    });
    box->open();
}

} // namespace izdesk
