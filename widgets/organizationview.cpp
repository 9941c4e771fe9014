#include "organizationview.h"

#include "accountdisplay.h"
#include "agreementdocumentbar.h"

#include <catalog.h>

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace izdesk {

namespace {
enum SiteColumn { SiteName, SiteCode, SitePin, SitePhone, SiteFax, SiteAddress, SiteAdministrators };
enum UserColumn { UserName, UserUsername, UserRole, UserSites, UserStatus, UserAgreement, UserLastLogin };

QLabel *sectionLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setBuddy(buddy);
    return label;
}
} // namespace

OrganizationView::OrganizationView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_type(new QLabel(this))
    , m_agreements(AccountDisplay::makeList(this, QStringLiteral("organizationAgreements"),
                                            tr("Organization data use agreements"),
                                            AccountDisplay::agreementHeaders(false)))
    , m_documents(nullptr)
    , m_sites(AccountDisplay::makeList(this, QStringLiteral("organizationSites"), tr("Sites"),
                                       {tr("Site"), tr("Facility code"), tr("VFC PIN"), tr("Phone"), tr("Fax"),
                                        tr("Address"), tr("Access administrators")}))
    , m_users(AccountDisplay::makeList(
          this, QStringLiteral("organizationUsers"), tr("IIS users of the sites"),
          {tr("Name"), tr("Username"), tr("Role"), tr("Sites"), tr("Status"), tr("Agreement"), tr("Last login")}))
    , m_openUserButton(new QPushButton(tr("&Open account"), this))
    , m_refreshButton(new QPushButton(tr("Re&fresh"), this))
    , m_onboardingButton(new QPushButton(tr("O&nboarding project"), this))
    , m_status(new QLabel(this))
{
    m_documents = new AgreementDocumentBar(m_agreements, m_status, this);
    setObjectName(QStringLiteral("organizationView"));
    setWindowTitle(tr("Organization"));
    m_title->setObjectName(QStringLiteral("organizationName"));
    m_title->setAccessibleName(tr("Organization name"));
    m_title->setTextFormat(Qt::PlainText);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_type->setObjectName(QStringLiteral("organizationType"));
    m_type->setAccessibleName(tr("Organization type"));
    AccountDisplay::name(m_openUserButton, "openUserButton", tr("Open the selected IIS user account"));
    AccountDisplay::name(m_refreshButton, "refreshButton", tr("Reload the organization"));
    AccountDisplay::name(m_onboardingButton, "onboardingButton",
                         tr("Open the organization's electronic-reporting onboarding project"));
    AccountDisplay::name(m_status, "organizationStatus", tr("Organization status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_agreements->setMaximumHeight(110);
    // A long signer ("Privacy officer, …") gives way so the status and document stay in view.
    m_agreements->header()->setStretchLastSection(false);
    m_agreements->header()->setSectionResizeMode(AccountDisplay::SignerColumn, QHeaderView::Stretch);

    auto *form = new QFormLayout;
    form->addRow(tr("Type:"), m_type);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openUserButton);
    buttons->addStretch();
    buttons->addWidget(m_onboardingButton);
    buttons->addWidget(m_refreshButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(sectionLabel(tr("Data use a&greements"), m_agreements, this));
    layout->addWidget(m_agreements);
    layout->addWidget(m_documents);
    m_documents->placeInTabOrder(m_agreements, m_sites);
    layout->addWidget(sectionLabel(tr("&Sites"), m_sites, this));
    layout->addWidget(m_sites, 1);
    layout->addWidget(sectionLabel(tr("&Users"), m_users, this));
    layout->addWidget(m_users, 2);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_users, &QTreeWidget::itemActivated, this, &OrganizationView::openCurrentUser);
    connect(m_users, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_openUserButton->setEnabled(!m_users->selectedItems().isEmpty()); });
    connect(m_openUserButton, &QPushButton::clicked, this, &OrganizationView::openCurrentUser);
    auto refresh = [this] {
        if (m_organizationId)
            Q_EMIT refreshRequested(m_organizationId);
    };
    connect(m_refreshButton, &QPushButton::clicked, this, refresh);
    connect(m_onboardingButton, &QPushButton::clicked, this, [this] {
        if (m_organizationId)
            Q_EMIT onboardingRequested(m_organizationId);
    });
    connect(new QShortcut(QKeySequence(Qt::Key_F5), this), &QShortcut::activated, this, refresh);
    m_openUserButton->setEnabled(false);
    resize(980, 640);
}

void OrganizationView::setOrganization(const AccountOrganization &organization,
                                       const QList<AccountAgreement> &agreements, const QList<IisAccount> &users)
{
    const qint64 keep = organization.id == m_organizationId ? m_documents->currentAgreementId() : 0;
    m_organizationId = organization.id;
    setWindowTitle(tr("Organization — %1").arg(organization.name));
    m_title->setText(organization.name);
    m_type->setText(Catalog::label(Catalog::organizationTypes(), organization.type));

    m_agreements->clear();
    for (const AccountAgreement &a : agreements)
        AccountDisplay::addAgreementRow(m_agreements, a);
    m_documents->setAgreements(agreements, keep);

    m_sites->clear();
    for (const AccountFacility &f : organization.facilities) {
        QStringList administrators;
        for (const AccessAdministrator &a : f.accessAdministrators)
            administrators << tr("%1 (%2)").arg(a.name, a.username);
        auto *item = new QTreeWidgetItem(m_sites);
        item->setText(SiteName, f.name);
        item->setText(SiteCode, f.facilityCode);
        item->setText(SitePin, f.vfcPin.isEmpty() ? tr("—") : f.vfcPin);
        item->setText(SitePhone, f.phone);
        item->setText(SiteFax, f.fax);
        item->setText(SiteAddress, f.address);
        item->setText(SiteAdministrators,
                      administrators.isEmpty() ? tr("None") : administrators.join(QStringLiteral("; ")));
    }

    m_users->clear();
    for (const IisAccount &u : users) {
        auto *item = new QTreeWidgetItem(m_users);
        item->setData(0, Qt::UserRole, u.id);
        item->setText(UserName, u.fullName());
        item->setText(UserUsername, u.username);
        item->setText(UserRole, Catalog::label(Catalog::iisUserRoles(), u.role));
        QStringList codes;
        for (const AccountSite &s : u.sites)
            codes << s.facilityCode;
        item->setText(UserSites, codes.join(QStringLiteral("; ")));
        item->setText(UserStatus, AccountDisplay::accountStatusText(u));
        AccountDisplay::setAgreementCell(item, UserAgreement, u.agreementStatus,
                                         int(QDate::currentDate().daysTo(u.agreementExpiresOn)));
        item->setText(UserLastLogin, AccountDisplay::timeText(u.lastLoginAt, tr("Never")));
    }
    for (QTreeWidget *list : {m_agreements, m_sites, m_users})
        list->header()->resizeSections(QHeaderView::ResizeToContents);
    m_users->sortByColumn(UserName, Qt::AscendingOrder);
    showMessage(tr("Sites: %1 · IIS users: %2 · Data use agreements: %3")
                    .arg(organization.facilities.size())
                    .arg(users.size())
                    .arg(agreements.size()));
}

void OrganizationView::setChangesEnabled(bool enabled)
{
    m_documents->setChangesEnabled(enabled);
}

void OrganizationView::showLoading()
{
    showMessage(tr("Loading…"));
}

void OrganizationView::showMessage(const QString &message, bool error)
{
    AccountDisplay::showStatus(m_status, message, error);
}

void OrganizationView::openCurrentUser()
{
    if (const QTreeWidgetItem *item = m_users->currentItem())
        Q_EMIT userOpenRequested(item->data(0, Qt::UserRole).toLongLong());
}

} // namespace izdesk
