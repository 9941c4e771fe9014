#include "slaalertpresenter.h"

#include "mainwindow.h"
#include "notificationstrip.h"
#include "slaalertmonitor.h"
#include "ticketqueueview.h"

#include <QSystemTrayIcon>

namespace izdesk {

SlaAlertPresenter::SlaAlertPresenter(MainWindow *window, TicketListModel *model, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_monitor(new SlaAlertMonitor(this))
{
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        m_tray = new QSystemTrayIcon(window->windowIcon(), this);
        m_tray->setObjectName(QStringLiteral("slaTrayIcon"));
        m_tray->setToolTip(tr("IZ Desk"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] { openTicket(m_lastTrayTicket); });
    }
    connect(m_monitor, &SlaAlertMonitor::breachApproaching, this, &SlaAlertPresenter::present);
    connect(window->notificationStrip(), &NotificationStrip::openRequested, this, &SlaAlertPresenter::openTicket);
    m_monitor->setModel(model);
}

void SlaAlertPresenter::setCurrentUser(const QString &username)
{
    m_monitor->reset();
    m_monitor->setCurrentUser(username);
}

void SlaAlertPresenter::present(qint64 id, const QString &title, const QString &message)
{
    if (m_tray) {
        m_lastTrayTicket = id;
        m_tray->show();
        m_tray->showMessage(title, message, QSystemTrayIcon::Warning, 15000);
        return;
    }
    m_window->notificationStrip()->showNotification(id, title, message);
}

void SlaAlertPresenter::openTicket(qint64 id)
{
    if (!id)
        return;
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    m_window->queueView()->selectTicket(id);
}

} // namespace izdesk
