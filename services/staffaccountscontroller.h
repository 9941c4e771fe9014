#pragma once

#include <staffaccountrecord.h>
#include <ticket.h>

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace izdesk {

class SessionController;
struct ApiReply;

// Staff administration for an administrator (/api/v1/staff-accounts, contracts.md): the list
// of accounts, create with a temporary password, role and display name, disable (the
// person's sessions end at once), enable, unlock, reset password. The server decides every
// rule (the last active admin, the password policy); its refusals arrive as sentences with
// the fields they name. Passwords pass through to the request body only: never kept, never
// logged. GUI-thread object: every call returns at once, results arrive by signal; answers to
// requests made before a sign-out are dropped.
class StaffAccountsController : public QObject
{
    Q_OBJECT

public:
    enum class Action { Load, Create, Change, Disable, Enable, Unlock, ResetPassword };
    Q_ENUM(Action)

    explicit StaffAccountsController(SessionController *session, QObject *parent = nullptr);

    void load();
    void create(const QString &username, const QString &displayName, const QString &role,
                const QString &temporaryPassword);
    // Either or both; both land together or neither does.
    void change(qint64 id, const std::optional<QString> &role, const std::optional<QString> &displayName);
    void disable(qint64 id);
    void enable(qint64 id);
    void unlock(qint64 id);
    void resetPassword(qint64 id, const QString &temporaryPassword);

    QList<StaffAccount> accounts() const { return m_accounts; }
    std::optional<StaffAccount> account(qint64 id) const;
    bool isBusy() const { return m_pending > 0; }

Q_SIGNALS:
    void accountsLoaded(const QList<izdesk::StaffAccount> &accounts);
    // After a change the server confirmed (also merged into accounts()). changed is false when
    // the account already was that way; sessionsEnded counts the person's sessions it ended.
    void accountChanged(izdesk::StaffAccountsController::Action action, const izdesk::StaffAccount &account,
                        bool changed, int sessionsEnded);
    void requestFailed(izdesk::StaffAccountsController::Action action, const QString &message,
                       const QList<izdesk::FieldError> &errors);
    void busyChanged(bool busy);

private:
    void send(Action action, const QByteArray &method, const QString &path, const QJsonObject *body);
    void onReply(Action action, const ApiReply &reply);
    void merge(const StaffAccount &account);
    void clear();

    SessionController *m_session;
    QList<StaffAccount> m_accounts;
    quint64 m_generation = 0;
    int m_pending = 0;
};

} // namespace izdesk
