#include "accountsworklistview.h"

#include "accountdisplay.h"

#include <catalog.h>

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace izdesk {

namespace {
constexpr int IdRole = Qt::UserRole;
constexpr int UserRole = Qt::UserRole + 1; // true for IIS user rows, false for organizations

enum ExpiringColumn {
    HolderColumn,
    KindColumn,
    StatusColumn,
    ExpiresColumn,
    AgreementColumn,
    EmailColumn,
    SitesColumn
};
enum AccountColumn { NameColumn, UsernameColumn, RoleColumn, SiteColumn, StateColumn, DateColumn };

void setRow(QTreeWidgetItem *item, qint64 id, bool user)
{
    item->setData(0, IdRole, id);
    item->setData(0, UserRole, user);
}
} // namespace

AccountsWorklistView::AccountsWorklistView(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_expiring(AccountDisplay::makeList(
          this, QStringLiteral("expiringList"), tr("Expiring agreements"),
          {tr("Holder"), tr("Kind"), tr("Status"), tr("Expires on"), tr("Agreement"), tr("E-mail"), tr("Sites")}))
    , m_pending(AccountDisplay::makeList(
          this, QStringLiteral("pendingList"), tr("Pending requests"),
          {tr("Name"), tr("Username"), tr("Role"), tr("Sites"), tr("Status"), tr("Requested")}))
    , m_inactivated(AccountDisplay::makeList(
          this, QStringLiteral("inactivatedList"), tr("Recently inactivated"),
          {tr("Name"), tr("Username"), tr("Role"), tr("Sites"), tr("Reason"), tr("Inactivated")}))
    , m_openButton(new QPushButton(tr("&Open"), this))
    , m_activateButton(new QPushButton(tr("&Activate selected"), this))
    , m_reasonEdit(new QLineEdit(this))
    , m_inactivateButton(new QPushButton(tr("I&nactivate selected"), this))
    , m_exportButton(new QPushButton(tr("E&xport renewal reminders (CSV)…"), this))
    , m_refreshButton(new QPushButton(tr("Re&fresh"), this))
    , m_counts(new QLabel(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("accountsWorklistView"));
    setWindowTitle(tr("Accounts worklists"));
    m_tabs->setObjectName(QStringLiteral("worklistTabs"));
    m_tabs->setAccessibleName(tr("Worklists"));
    m_tabs->addTab(m_expiring, tr("&Expiring agreements"));
    m_tabs->addTab(m_pending, tr("&Pending requests"));
    m_tabs->addTab(m_inactivated, tr("Recently &inactivated"));
    for (QTreeWidget *list : {m_expiring, m_pending, m_inactivated}) {
        list->setSelectionMode(QAbstractItemView::ExtendedSelection);
        connect(list, &QTreeWidget::itemSelectionChanged, this, &AccountsWorklistView::updateState);
        connect(list, &QTreeWidget::itemActivated, this, &AccountsWorklistView::openCurrent);
    }
    m_expiring->sortByColumn(ExpiresColumn, Qt::AscendingOrder);
    m_pending->sortByColumn(DateColumn, Qt::AscendingOrder);
    m_inactivated->sortByColumn(DateColumn, Qt::DescendingOrder);

    AccountDisplay::name(m_openButton, "openButton", tr("Open the selected account or organization"));
    AccountDisplay::name(m_activateButton, "activateSelectedButton", tr("Activate the selected accounts"));
    AccountDisplay::name(m_reasonEdit, "reasonEdit", tr("Reason for inactivating the selected accounts"));
    AccountDisplay::name(m_inactivateButton, "inactivateSelectedButton",
                         tr("Inactivate the selected accounts with the reason given"));
    AccountDisplay::name(m_exportButton, "exportButton",
                         tr("Export renewal reminders for the expiring agreements as a CSV file"));
    AccountDisplay::name(m_refreshButton, "refreshButton", tr("Reload the worklists"));
    AccountDisplay::name(m_counts, "worklistCounts", tr("Worklist counts"));
    AccountDisplay::name(m_message, "worklistMessage", tr("Worklist status"));
    m_reasonEdit->setPlaceholderText(tr("Reason (needed to inactivate)"));
    m_reasonEdit->setMaxLength(200);
    m_reasonEdit->setClearButtonEnabled(true);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reasonEdit);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_openButton);
    actions->addSpacing(12);
    actions->addWidget(m_activateButton);
    actions->addWidget(reasonLabel);
    actions->addWidget(m_reasonEdit, 1);
    actions->addWidget(m_inactivateButton);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_exportButton);
    bottom->addStretch();
    bottom->addWidget(m_refreshButton);
    auto *status = new QVBoxLayout;
    status->setSpacing(2);
    status->addWidget(m_counts);
    status->addWidget(m_message);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(actions);
    layout->addLayout(bottom);
    layout->addLayout(status);

    connect(m_tabs, &QTabWidget::currentChanged, this, &AccountsWorklistView::updateState);
    connect(m_reasonEdit, &QLineEdit::textChanged, this, &AccountsWorklistView::updateState);
    connect(m_openButton, &QPushButton::clicked, this, &AccountsWorklistView::openCurrent);
    connect(m_activateButton, &QPushButton::clicked, this, [this] {
        if (m_bulkAllowed && !selectedUserIds().isEmpty())
            Q_EMIT bulkActivateRequested(selectedUserIds());
    });
    auto inactivate = [this] {
        if (m_inactivateButton->isEnabled())
            Q_EMIT bulkInactivateRequested(selectedUserIds(), m_reasonEdit->text().trimmed());
    };
    connect(m_inactivateButton, &QPushButton::clicked, this, inactivate);
    connect(m_reasonEdit, &QLineEdit::returnPressed, this, inactivate);
    connect(m_exportButton, &QPushButton::clicked, this, &AccountsWorklistView::chooseExportFile);
    connect(m_refreshButton, &QPushButton::clicked, this, &AccountsWorklistView::refreshRequested);
    auto *refresh = new QShortcut(QKeySequence(Qt::Key_F5), this);
    connect(refresh, &QShortcut::activated, this, &AccountsWorklistView::refreshRequested);
    resize(1040, 580);
    updateState();
}

void AccountsWorklistView::setExpiringAgreements(const QList<RenewalItem> &items)
{
    m_expiring->setSortingEnabled(false);
    m_expiring->clear();
    for (const RenewalItem &r : items) {
        auto *item = new QTreeWidgetItem(m_expiring);
        setRow(item, r.holderId, r.isUser());
        item->setText(HolderColumn, r.name);
        item->setText(KindColumn, r.isUser() ? tr("IIS user") : tr("Organization"));
        item->setText(EmailColumn, r.email);
        item->setText(SitesColumn, r.siteCodes);
        item->setText(AgreementColumn, Catalog::label(Catalog::agreementKinds(), r.agreement.kind));
        item->setData(ExpiresColumn, Qt::DisplayRole, r.agreement.expiresOn);
        AccountDisplay::setAgreementCell(item, StatusColumn, r.agreement.status, r.agreement.daysLeft);
    }
    m_expiring->setSortingEnabled(true);
    m_expiring->header()->resizeSections(QHeaderView::ResizeToContents);
    updateState();
}

void AccountsWorklistView::setPendingRequests(const QList<IisAccount> &accounts)
{
    fillAccounts(m_pending, accounts, false);
}

void AccountsWorklistView::setRecentlyInactivated(const QList<IisAccount> &accounts)
{
    fillAccounts(m_inactivated, accounts, true);
}

void AccountsWorklistView::fillAccounts(QTreeWidget *list, const QList<IisAccount> &accounts, bool inactivated)
{
    list->setSortingEnabled(false);
    list->clear();
    for (const IisAccount &a : accounts) {
        auto *item = new QTreeWidgetItem(list);
        setRow(item, a.id, true);
        item->setText(NameColumn, a.fullName());
        item->setText(UsernameColumn, a.username);
        item->setText(RoleColumn, Catalog::label(Catalog::iisUserRoles(), a.role));
        item->setText(SiteColumn, a.sitesText());
        item->setText(StateColumn,
                      inactivated ? a.inactiveReason : Catalog::label(Catalog::iisUserStatuses(), a.status));
        item->setData(DateColumn, Qt::DisplayRole, (inactivated ? a.inactivatedAt : a.createdAt).toLocalTime().date());
    }
    list->setSortingEnabled(true);
    list->header()->resizeSections(QHeaderView::ResizeToContents);
    updateState();
}

void AccountsWorklistView::setBulkAllowed(bool allowed)
{
    m_bulkAllowed = allowed;
    updateState();
}

void AccountsWorklistView::showMessage(const QString &message, bool error)
{
    AccountDisplay::showStatus(m_message, message, error);
}

void AccountsWorklistView::clear()
{
    for (QTreeWidget *list : {m_expiring, m_pending, m_inactivated})
        list->clear();
    m_reasonEdit->clear();
    showMessage(QString());
    updateState();
}

QTreeWidget *AccountsWorklistView::currentList() const
{
    return qobject_cast<QTreeWidget *>(m_tabs->currentWidget());
}

QList<qint64> AccountsWorklistView::selectedUserIds() const
{
    QList<qint64> ids;
    for (const QTreeWidgetItem *item : currentList()->selectedItems()) {
        const qint64 id = item->data(0, IdRole).toLongLong();
        if (item->data(0, UserRole).toBool() && !ids.contains(id))
            ids << id;
    }
    return ids;
}

QString AccountsWorklistView::countsText() const
{
    return m_counts->text();
}

void AccountsWorklistView::openCurrent()
{
    const QTreeWidgetItem *item = currentList()->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(0, IdRole).toLongLong();
    if (item->data(0, UserRole).toBool())
        Q_EMIT userOpenRequested(id);
    else
        Q_EMIT organizationOpenRequested(id);
}

void AccountsWorklistView::chooseExportFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new QFileDialog(this, tr("Export renewal reminders"), folder, tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(tr("renewal-reminders-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    connect(dialog, &QFileDialog::fileSelected, this, &AccountsWorklistView::exportRequested);
    dialog->open();
}

void AccountsWorklistView::updateState()
{
    const int selectedUsers = int(selectedUserIds().size());
    const QTreeWidgetItem *current = currentList()->currentItem();
    m_openButton->setEnabled(current && current->isSelected());
    m_activateButton->setEnabled(m_bulkAllowed && selectedUsers > 0);
    m_reasonEdit->setEnabled(m_bulkAllowed);
    m_inactivateButton->setEnabled(m_bulkAllowed && selectedUsers > 0 && !m_reasonEdit->text().trimmed().isEmpty());
    m_exportButton->setEnabled(m_expiring->topLevelItemCount() > 0);
    const QString bulkHint
        = m_bulkAllowed ? QString() : tr("Bulk actions are for supervisors, trainers and administrators.");
    m_activateButton->setToolTip(bulkHint.isEmpty() ? m_activateButton->accessibleName() : bulkHint);
    m_inactivateButton->setToolTip(bulkHint.isEmpty() ? m_inactivateButton->accessibleName() : bulkHint);
    const int expiring = m_expiring->topLevelItemCount();
    const int pending = m_pending->topLevelItemCount();
    const int inactivated = m_inactivated->topLevelItemCount();
    m_tabs->setTabText(ExpiringTab, tr("&Expiring agreements (%1)").arg(expiring));
    m_tabs->setTabText(PendingTab, tr("&Pending requests (%1)").arg(pending));
    m_tabs->setTabText(InactivatedTab, tr("Recently &inactivated (%1)").arg(inactivated));
    m_counts->setText(tr("%1 expiring or expired agreements · %2 pending requests · %3 recently inactivated · "
                         "%4 selected")
                          .arg(expiring)
                          .arg(pending)
                          .arg(inactivated)
                          .arg(currentList()->selectedItems().size()));
}

} // namespace izdesk
