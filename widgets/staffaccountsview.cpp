#include "staffaccountsview.h"

#include "accountdisplay.h"
#include "staffaccountdialog.h"

#include <catalog.h>

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace izdesk {

namespace {

constexpr int IdRole = Qt::UserRole;

QString stateText(const StaffAccount &a)
{
    QString text = a.active ? StaffAccountsView::tr("Active") : StaffAccountsView::tr("Disabled");
    if (a.locked)
        text += StaffAccountsView::tr(" · locked until %1")
                    .arg(AccountDisplay::timeText(a.lockedUntil, StaffAccountsView::tr("later")));
    return text;
}

} // namespace

StaffAccountsView::StaffAccountsView(QWidget *parent)
    : QWidget(parent)
    , m_filterEdit(new QLineEdit(this))
    , m_list(AccountDisplay::makeList(this, QStringLiteral("staffAccountsList"), tr("Staff accounts"),
                                      {tr("Username"), tr("Name"), tr("Role"), tr("State"), tr("Password"),
                                       tr("Last sign-in"), tr("Created")}))
    , m_addButton(new QPushButton(tr("&Add…"), this))
    , m_changeButton(new QPushButton(tr("Change &role or name…"), this))
    , m_disableButton(new QPushButton(tr("&Disable"), this))
    , m_enableButton(new QPushButton(tr("&Enable"), this))
    , m_unlockButton(new QPushButton(tr("&Unlock"), this))
    , m_resetButton(new QPushButton(tr("Reset &password…"), this))
    , m_refreshButton(new QPushButton(tr("Re&fresh"), this))
    , m_counts(new QLabel(this))
    , m_message(new QLabel(this))
    , m_dialog(new StaffAccountDialog(this))
{
    setObjectName(QStringLiteral("staffAccountsView"));
    setWindowTitle(tr("Staff accounts"));
    AccountDisplay::name(m_filterEdit, "staffFilterEdit", tr("Filter staff accounts by username, name or role"));
    m_filterEdit->setPlaceholderText(tr("Username, name or role"));
    m_filterEdit->setClearButtonEnabled(true);
    auto *filterLabel = new QLabel(tr("F&ilter:"), this);
    filterLabel->setBuddy(m_filterEdit);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->sortByColumn(UsernameColumn, Qt::AscendingOrder);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);

    createButtonActions();
    AccountDisplay::name(m_counts, "staffCounts", tr("Staff account counts"));
    AccountDisplay::name(m_message, "staffMessage", tr("Staff accounts status"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    buildLayout(filterLabel);
    connectSignals();
    resize(960, 540);
    updateState();
}

// Names, tooltips and window shortcuts of the buttons, and Find for the filter.
void StaffAccountsView::createButtonActions()
{
    struct ActionSpec
    {
        QPushButton *button;
        const char *name;
        QString accessibleName;
        QList<QKeySequence> keys;
    };
    const QList<ActionSpec> specs{
        {m_addButton, "addStaffButton", tr("Add a staff account"),
         {QKeySequence(Qt::CTRL | Qt::Key_N), QKeySequence(Qt::Key_Insert)}},
        {m_changeButton, "changeRoleButton", tr("Change the role or name of the selected account"),
         {QKeySequence(Qt::Key_F2), QKeySequence(Qt::CTRL | Qt::Key_E)}},
        {m_disableButton, "disableStaffButton", tr("Disable the selected account and end its sessions"),
         {QKeySequence(Qt::CTRL | Qt::Key_D)}},
        {m_enableButton, "enableStaffButton", tr("Enable the selected account"),
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)}},
        {m_unlockButton, "unlockStaffButton", tr("Unlock the selected account after failed sign-ins"),
         {QKeySequence(Qt::CTRL | Qt::Key_U)}},
        {m_resetButton, "resetPasswordButton", tr("Give the selected account a new temporary password"),
         {QKeySequence(Qt::CTRL | Qt::Key_R)}},
        {m_refreshButton, "refreshStaffButton", tr("Reload the staff accounts"), {QKeySequence(Qt::Key_F5)}},
    };
    for (const ActionSpec &spec : specs) {
        AccountDisplay::name(spec.button, spec.name, spec.accessibleName);
        spec.button->setAutoDefault(false);
        spec.button->setToolTip(QStringLiteral("%1 (%2)").arg(
            spec.accessibleName, spec.keys.constFirst().toString(QKeySequence::NativeText)));
        auto *action = new QAction(spec.accessibleName, this);
        action->setObjectName(QLatin1String(spec.name).chopped(int(qstrlen("Button"))) + QStringLiteral("Action"));
        action->setShortcuts(spec.keys);
        action->setShortcutContext(Qt::WindowShortcut);
        QPushButton *button = spec.button;
        connect(action, &QAction::triggered, button, [button] {
            if (button->isEnabled())
                button->click();
        });
        addAction(action);
    }
    auto *find = new QAction(tr("Filter staff accounts"), this);
    find->setObjectName(QStringLiteral("filterStaffAction"));
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WindowShortcut);
    connect(find, &QAction::triggered, this, &StaffAccountsView::focusFilter);
    addAction(find);
}

void StaffAccountsView::buildLayout(QLabel *filterLabel)
{
    auto *top = new QHBoxLayout;
    top->addWidget(filterLabel);
    top->addWidget(m_filterEdit, 1);
    top->addWidget(m_refreshButton);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_addButton);
    actions->addSpacing(12);
    actions->addWidget(m_changeButton);
    actions->addWidget(m_resetButton);
    actions->addWidget(m_unlockButton);
    actions->addStretch();
    actions->addWidget(m_enableButton);
    actions->addWidget(m_disableButton);
    auto *status = new QVBoxLayout;
    status->setSpacing(2);
    status->addWidget(m_counts);
    status->addWidget(m_message);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addLayout(actions);
    layout->addLayout(status);
}

void StaffAccountsView::connectSignals()
{
    connect(m_filterEdit, &QLineEdit::textChanged, this, &StaffAccountsView::applyFilter);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &StaffAccountsView::updateState);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (m_changeButton->isEnabled())
            m_changeButton->click();
    });
    connect(m_refreshButton, &QPushButton::clicked, this, &StaffAccountsView::refreshRequested);
    connect(m_addButton, &QPushButton::clicked, this, [this] { openDialog(int(StaffAccountDialog::Mode::Create)); });
    connect(m_changeButton, &QPushButton::clicked, this, [this] { openDialog(int(StaffAccountDialog::Mode::Change)); });
    connect(m_resetButton, &QPushButton::clicked, this,
            [this] { openDialog(int(StaffAccountDialog::Mode::ResetPassword)); });
    auto forCurrent = [this](void (StaffAccountsView::*signal)(qint64)) {
        return [this, signal] {
            if (const auto a = currentAccount(); a && !m_busy)
                Q_EMIT(this->*signal)(a->id);
        };
    };
    connect(m_disableButton, &QPushButton::clicked, this, forCurrent(&StaffAccountsView::disableRequested));
    connect(m_enableButton, &QPushButton::clicked, this, forCurrent(&StaffAccountsView::enableRequested));
    connect(m_unlockButton, &QPushButton::clicked, this, forCurrent(&StaffAccountsView::unlockRequested));
    connect(m_dialog, &StaffAccountDialog::submitted, this, &StaffAccountsView::submitDialog);
}

void StaffAccountsView::setAccounts(const QList<StaffAccount> &accounts)
{
    const qint64 keep = currentAccountId();
    m_accounts = accounts;
    m_list->setSortingEnabled(false);
    m_list->clear();
    int disabled = 0, locked = 0, waiting = 0;
    for (const StaffAccount &a : accounts) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, IdRole, a.id);
        item->setText(UsernameColumn, a.id == m_currentUserId ? tr("%1 (you)").arg(a.username) : a.username);
        item->setText(NameColumn, a.displayName);
        item->setText(RoleColumn, Catalog::label(Catalog::staffRoles(), a.role));
        item->setText(StateColumn, stateText(a));
        item->setText(PasswordColumn, a.passwordChangeRequired ? tr("New password due at next sign-in") : QString());
        item->setText(LastSignInColumn, AccountDisplay::timeText(a.lastSignInAt, tr("never")));
        item->setText(CreatedColumn, AccountDisplay::timeText(a.createdAt, QString()));
        if (!a.active || a.locked) {
            item->setForeground(StateColumn, QColor(a.active ? 0xb26a00 : 0xb3261e));
            QFont font = item->font(StateColumn);
            font.setBold(true);
            item->setFont(StateColumn, font);
        }
        disabled += a.active ? 0 : 1;
        locked += a.locked ? 1 : 0;
        waiting += a.passwordChangeRequired ? 1 : 0;
    }
    m_list->setSortingEnabled(true);
    for (int c = 0; c < ColumnCount; ++c) {
        if (c != NameColumn)
            m_list->resizeColumnToContents(c);
    }
    m_counts->setText(tr("%n account(s)", nullptr, int(accounts.size())) + QStringLiteral(" · ")
                      + tr("%n disabled", nullptr, disabled) + QStringLiteral(" · ") + tr("%n locked", nullptr, locked)
                      + QStringLiteral(" · ") + tr("%n waiting for a new password", nullptr, waiting));
    applyFilter();
    if (!selectAccount(keep) && m_list->topLevelItemCount() > 0 && !m_list->currentItem())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateState();
}

void StaffAccountsView::setCurrentUserId(qint64 id)
{
    m_currentUserId = id;
}

void StaffAccountsView::clear()
{
    if (m_dialog->isVisible())
        m_dialog->reject();
    m_filterEdit->clear();
    setAccounts({});
    m_counts->clear();
    showMessage(QString());
    m_currentUserId = 0;
}

qint64 StaffAccountsView::currentAccountId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden() && item->isSelected() ? item->data(0, IdRole).toLongLong() : 0;
}

std::optional<StaffAccount> StaffAccountsView::currentAccount() const
{
    const qint64 id = currentAccountId();
    for (const StaffAccount &a : m_accounts) {
        if (a.id == id)
            return a;
    }
    return std::nullopt;
}

bool StaffAccountsView::selectAccount(qint64 id)
{
    for (int i = 0; id > 0 && i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(0, IdRole).toLongLong() == id && !item->isHidden()) {
            m_list->setCurrentItem(item);
            item->setSelected(true);
            return true;
        }
    }
    return false;
}

void StaffAccountsView::applyFilter()
{
    const QString needle = m_filterEdit->text().trimmed();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        bool match = needle.isEmpty();
        for (int c : {int(UsernameColumn), int(NameColumn), int(RoleColumn), int(StateColumn)})
            match = match || item->text(c).contains(needle, Qt::CaseInsensitive);
        item->setHidden(!match);
    }
    updateState();
}

void StaffAccountsView::updateState()
{
    const auto a = currentAccount();
    const bool idle = !m_busy;
    m_addButton->setEnabled(idle);
    m_changeButton->setEnabled(idle && a.has_value());
    m_resetButton->setEnabled(idle && a && a->active);
    m_unlockButton->setEnabled(idle && a && (a->locked || a->failedAttempts > 0));
    m_disableButton->setEnabled(idle && a && a->active);
    m_enableButton->setEnabled(idle && a && !a->active);
    m_refreshButton->setEnabled(idle);
}

void StaffAccountsView::setBusy(bool busy)
{
    m_busy = busy;
    updateState();
}

void StaffAccountsView::openDialog(int mode)
{
    const auto a = currentAccount();
    switch (StaffAccountDialog::Mode(mode)) {
    case StaffAccountDialog::Mode::Create: m_dialog->startCreate(); break;
    case StaffAccountDialog::Mode::Change:
        if (!a)
            return;
        m_dialog->startChange(*a);
        break;
    case StaffAccountDialog::Mode::ResetPassword:
        if (!a)
            return;
        m_dialog->startResetPassword(*a);
        break;
    }
    m_dialog->open();
}

void StaffAccountsView::submitDialog()
{
    switch (m_dialog->mode()) {
    case StaffAccountDialog::Mode::Create:
        Q_EMIT createRequested(m_dialog->username(), m_dialog->displayName(), m_dialog->role(),
                               m_dialog->temporaryPassword());
        break;
    case StaffAccountDialog::Mode::Change: {
        const auto a = currentAccount();
        const QString role = a && a->role == m_dialog->role() ? QString() : m_dialog->role();
        const QString name = a && a->displayName == m_dialog->displayName() ? QString() : m_dialog->displayName();
        Q_EMIT changeRequested(m_dialog->accountId(), role, name);
        break;
    }
    case StaffAccountDialog::Mode::ResetPassword:
        Q_EMIT resetPasswordRequested(m_dialog->accountId(), m_dialog->temporaryPassword());
        break;
    }
}

void StaffAccountsView::showResult(const QString &message)
{
    if (m_dialog->isVisible())
        m_dialog->confirmDone();
    showMessage(message);
}

void StaffAccountsView::showFailed(const QString &message, const QList<FieldError> &errors)
{
    if (m_dialog->isVisible() && m_dialog->isBusy())
        m_dialog->showFailed(message, errors);
    showMessage(message, true);
}

void StaffAccountsView::showMessage(const QString &message, bool error)
{
    AccountDisplay::showStatus(m_message, message, error);
}

void StaffAccountsView::focusFilter()
{
    m_filterEdit->setFocus();
    m_filterEdit->selectAll();
}

} // namespace izdesk
