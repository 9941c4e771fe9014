#pragma once

#include <staffaccountrecord.h>
#include <ticket.h>

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace izdesk {

class StaffAccountDialog;

// The administrators' staff accounts window: every account with its role, whether it is
// active or disabled, locked, waiting for a new password, and its last sign-in; a filter;
// and the actions Add, Change role or name, Disable, Enable, Unlock and Reset password, each
// on a button with a mnemonic and a shortcut. Actions are requests (signals); the window
// shows the server's answer when it comes back (setAccounts, showResult, showFailed), in
// words on its status line or under the field of the open dialog. GUI thread only.
class StaffAccountsView : public QWidget
{
    Q_OBJECT

public:
    enum Column { UsernameColumn, NameColumn, RoleColumn, StateColumn, PasswordColumn, LastSignInColumn,
                  CreatedColumn, ColumnCount };

    explicit StaffAccountsView(QWidget *parent = nullptr);

    void setAccounts(const QList<StaffAccount> &accounts);
    // The administrator's own account, marked as such.
    void setCurrentUserId(qint64 id);
    qint64 currentAccountId() const;
    bool selectAccount(qint64 id);
    void clear();

    QTreeWidget *list() const { return m_list; }
    StaffAccountDialog *dialog() const { return m_dialog; }

public Q_SLOTS:
    // A request is on its way: actions wait for its answer.
    void setBusy(bool busy);
    // A change the server confirmed: the open dialog closes, the status line says what happened.
    void showResult(const QString &message);
    // A refusal: under the named field of the open dialog, else on the status line.
    void showFailed(const QString &message, const QList<izdesk::FieldError> &errors);
    void showMessage(const QString &message, bool error = false);
    void focusFilter();

Q_SIGNALS:
    void refreshRequested();
    void createRequested(const QString &username, const QString &displayName, const QString &role,
                         const QString &temporaryPassword);
    // Empty role or displayName: that one stays as it is.
    void changeRequested(qint64 id, const QString &role, const QString &displayName);
    void disableRequested(qint64 id);
    void enableRequested(qint64 id);
    void unlockRequested(qint64 id);
    void resetPasswordRequested(qint64 id, const QString &temporaryPassword);

private:
    void createButtonActions();
    void buildLayout(QLabel *filterLabel);
    void connectSignals();
    void applyFilter();
    void updateState();
    void openDialog(int mode);
    void submitDialog();
    std::optional<StaffAccount> currentAccount() const;

    QList<StaffAccount> m_accounts;
    qint64 m_currentUserId = 0;
    QLineEdit *m_filterEdit = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_changeButton = nullptr;
    QPushButton *m_disableButton = nullptr;
    QPushButton *m_enableButton = nullptr;
    QPushButton *m_unlockButton = nullptr;
    QPushButton *m_resetButton = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_message = nullptr;
    StaffAccountDialog *m_dialog = nullptr;
    bool m_busy = false;
};

} // namespace izdesk
