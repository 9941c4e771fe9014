#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>

class QTimer;

namespace izdesk {

class TicketListModel;

// Watches the queue model for the signed-in user's own tickets whose SLA enters the warning
// window (TicketListModel::slaWarningMinutes before breach) and reports each ticket once per
// session. Checks on every model change and on a 30-second timer. Does no presentation: the
// app shows a tray message or the in-app notification strip. GUI thread only.
class SlaAlertMonitor : public QObject
{
    Q_OBJECT

public:
    explicit SlaAlertMonitor(QObject *parent = nullptr);

    void setModel(TicketListModel *model);
    void setCurrentUser(const QString &username);
    // Forget which tickets were reported (a new sign-in).
    void reset();

    void check();

Q_SIGNALS:
    // The ticket assigned to the current user is about to breach (or just did).
    void breachApproaching(qint64 id, const QString &title, const QString &message);

private:
    QPointer<TicketListModel> m_model;
    QString m_user;
    QSet<qint64> m_alerted;
    QTimer *m_timer = nullptr;
};

} // namespace izdesk
