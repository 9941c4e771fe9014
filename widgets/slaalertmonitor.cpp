#include "slaalertmonitor.h"

#include "slastatus.h"
#include "ticketlistmodel.h"

#include <QTimer>

namespace izdesk {

SlaAlertMonitor::SlaAlertMonitor(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(30 * 1000);
    connect(m_timer, &QTimer::timeout, this, &SlaAlertMonitor::check);
    m_timer->start();
}

void SlaAlertMonitor::setModel(TicketListModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (!model)
        return;
    // Only changes to whole rows matter; the Due column's own ticking is covered by the timer.
    connect(model, &QAbstractItemModel::rowsInserted, this, &SlaAlertMonitor::check);
    connect(model, &TicketListModel::ticketsReplaced, this, &SlaAlertMonitor::check);
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                if (topLeft.column() != bottomRight.column() || topLeft.column() != TicketListModel::DueColumn)
                    check();
            });
    check();
}

void SlaAlertMonitor::setCurrentUser(const QString &username)
{
    m_user = username;
    check();
}

void SlaAlertMonitor::reset()
{
    m_alerted.clear();
}

void SlaAlertMonitor::check()
{
    if (!m_model || m_user.isEmpty())
        return;
    const QDateTime now = m_model->currentTime();
    for (const Ticket &t : m_model->tickets()) {
        if (t.assignee != m_user || m_alerted.contains(t.id))
            continue;
        const SlaStatus sla = SlaStatus::of(t, now, m_model->slaWarningMinutes());
        if (sla.state != SlaState::Warning && !(sla.state == SlaState::Breached && sla.secondsToBreach < 0
                                                 && sla.secondsToBreach > -5 * 60))
            continue;
        m_alerted.insert(t.id);
        const QString title = sla.state == SlaState::Warning
            ? tr("%1 breaches its SLA in %2").arg(t.displayNumber(), sla.text)
            : tr("%1 has breached its SLA").arg(t.displayNumber());
        Q_EMIT breachApproaching(t.id, title, t.subject);
    }
}

} // namespace izdesk
