#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace izdesk {

// An in-app notification line under the environment banner, used when the desktop has no
// system tray: a message, an "Open" button that asks to show the ticket, and a close button.
// Shows the latest message; hidden until there is one. GUI thread only.
class NotificationStrip : public QFrame
{
    Q_OBJECT

public:
    explicit NotificationStrip(QWidget *parent = nullptr);

    void showNotification(qint64 ticketId, const QString &title, const QString &detail);
    qint64 ticketId() const { return m_ticketId; }
    QString text() const;

Q_SIGNALS:
    void openRequested(qint64 ticketId);

private:
    QLabel *m_icon = nullptr;
    QLabel *m_label = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    qint64 m_ticketId = 0;
};

} // namespace izdesk
