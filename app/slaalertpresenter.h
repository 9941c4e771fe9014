#pragma once

#include <QObject>

class QSystemTrayIcon;

namespace izdesk {

class MainWindow;
class SlaAlertMonitor;
class TicketListModel;

// Shows "about to breach" alerts for the user's own tickets: a system tray message when the
// desktop has a tray, otherwise the main window's notification strip. Clicking either
// selects the ticket in the queue. GUI thread only.
class SlaAlertPresenter : public QObject
{
    Q_OBJECT

public:
    SlaAlertPresenter(MainWindow *window, TicketListModel *model, QObject *parent = nullptr);

    SlaAlertMonitor *monitor() const { return m_monitor; }
    void setCurrentUser(const QString &username);
    bool usesTray() const { return m_tray != nullptr; }

private:
    void present(qint64 id, const QString &title, const QString &message);
    void openTicket(qint64 id);

    MainWindow *m_window;
    SlaAlertMonitor *m_monitor = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    qint64 m_lastTrayTicket = 0;
};

} // namespace izdesk
