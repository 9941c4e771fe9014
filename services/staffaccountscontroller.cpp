#include "staffaccountscontroller.h"

#include "apiclient.h"
#include "sessioncontroller.h"

#include <QJsonObject>

namespace izdesk {

StaffAccountsController::StaffAccountsController(SessionController *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    qRegisterMetaType<izdesk::StaffAccount>();
    qRegisterMetaType<QList<izdesk::StaffAccount>>();
    connect(session, &SessionController::signedOut, this, &StaffAccountsController::clear);
}

void StaffAccountsController::clear()
{
    ++m_generation; // answers still on the way belong to the old session
    m_accounts.clear();
    if (m_pending > 0) {
        m_pending = 0;
        Q_EMIT busyChanged(false);
    }
}

std::optional<StaffAccount> StaffAccountsController::account(qint64 id) const
{
    for (const StaffAccount &a : m_accounts) {
        if (a.id == id)
            return a;
    }
    return std::nullopt;
}

void StaffAccountsController::send(Action action, const QByteArray &method, const QString &path, const QJsonObject *body)
{
    if (++m_pending == 1)
        Q_EMIT busyChanged(true);
    const quint64 generation = m_generation;
    m_session->api()->send(method, path, {}, body, {}, [this, action, generation](const ApiReply &reply) {
        if (generation != m_generation)
            return;
        if (--m_pending == 0)
            Q_EMIT busyChanged(false);
        onReply(action, reply);
    });
}

void StaffAccountsController::onReply(Action action, const ApiReply &reply)
{
    if (!reply.ok()) {
        Q_EMIT requestFailed(action, reply.errorMessage(), reply.fieldErrors());
        return;
    }
    const QJsonObject body = reply.object();
    if (action == Action::Load) {
        m_accounts = StaffAccount::listFromJson(body);
        Q_EMIT accountsLoaded(m_accounts);
        return;
    }
    // Create and PATCH answer with the account; the other actions with {"account","changed","sessions_ended"}.
    const bool wrapped = body.contains(QStringLiteral("account"));
    const StaffAccount account = StaffAccount::fromJson(wrapped ? body.value(QStringLiteral("account")).toObject() : body);
    if (!account.isValid()) {
        Q_EMIT requestFailed(action, tr("The server sent an unexpected answer."), {});
        return;
    }
    merge(account);
    Q_EMIT accountChanged(action, account, !wrapped || body.value(QStringLiteral("changed")).toBool(),
                          body.value(QStringLiteral("sessions_ended")).toInt());
    Q_EMIT accountsLoaded(m_accounts);
}

void StaffAccountsController::merge(const StaffAccount &account)
{
    for (StaffAccount &a : m_accounts) {
        if (a.id == account.id) {
            a = account;
            return;
        }
    }
    auto at = std::lower_bound(m_accounts.begin(), m_accounts.end(), account,
                               [](const StaffAccount &a, const StaffAccount &b) { return a.username < b.username; });
    m_accounts.insert(at, account);
}

void StaffAccountsController::load()
{
    send(Action::Load, "GET", QStringLiteral("/staff-accounts"), nullptr);
}

void StaffAccountsController::create(const QString &username, const QString &displayName, const QString &role,
                                     const QString &temporaryPassword)
{
    const QJsonObject body{{QStringLiteral("username"), username},
                           {QStringLiteral("display_name"), displayName},
                           {QStringLiteral("role"), role},
                           {QStringLiteral("temporary_password"), temporaryPassword}};
    send(Action::Create, "POST", QStringLiteral("/staff-accounts"), &body);
}

void StaffAccountsController::change(qint64 id, const std::optional<QString> &role,
                                     const std::optional<QString> &displayName)
{
    QJsonObject body;
    if (role)
        body.insert(QStringLiteral("role"), *role);
    if (displayName)
        body.insert(QStringLiteral("display_name"), *displayName);
    send(Action::Change, "PATCH", QStringLiteral("/staff-accounts/%1").arg(id), &body);
}

void StaffAccountsController::disable(qint64 id)
{
    send(Action::Disable, "POST", QStringLiteral("/staff-accounts/%1/disable").arg(id), nullptr);
}

void StaffAccountsController::enable(qint64 id)
{
    send(Action::Enable, "POST", QStringLiteral("/staff-accounts/%1/enable").arg(id), nullptr);
}

void StaffAccountsController::unlock(qint64 id)
{
    send(Action::Unlock, "POST", QStringLiteral("/staff-accounts/%1/unlock").arg(id), nullptr);
}

void StaffAccountsController::resetPassword(qint64 id, const QString &temporaryPassword)
{
    const QJsonObject body{{QStringLiteral("temporary_password"), temporaryPassword}};
    send(Action::ResetPassword, "POST", QStringLiteral("/staff-accounts/%1/reset-password").arg(id), &body);
}

} // namespace izdesk
