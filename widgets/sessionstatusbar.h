#pragma once

#include <QDateTime>
#include <QStatusBar>

class QLabel;
class QToolButton;

namespace izdesk {

// The main window's status bar: who is signed in (and their role), which environment, an
// online/offline indicator, the outbox (N pending, N conflicts) and when the queue was last refreshed ("Updated 10:42").
// Transient messages use QStatusBar::showMessage. GUI thread only.
class SessionStatusBar : public QStatusBar
{
    Q_OBJECT

public:
    explicit SessionStatusBar(QWidget *parent = nullptr);

    void setUser(const QString &displayName, const QString &roleLabel);
    void setEnvironmentName(const QString &name);
    void setOnline(bool online);
    void setRefreshing(bool refreshing);
    void setLastRefresh(const QDateTime &at);
    void clearSession();
    // Writes kept in the outbox and conflicts waiting for a decision; hidden when both are 0.
    // Clicking it asks to show the conflicts.
    void setOutboxState(int pending, int conflicts);
    QString outboxText() const;

    QString onlineText() const;
    QString updatedText() const;

Q_SIGNALS:
    void conflictsRequested();

private:
    void updateRefreshLabel();

    QLabel *m_userLabel = nullptr;
    QLabel *m_environmentLabel = nullptr;
    QLabel *m_onlineLabel = nullptr;
    QLabel *m_updatedLabel = nullptr;
    QToolButton *m_outboxButton = nullptr;
    QDateTime m_lastRefresh;
    bool m_refreshing = false;
};

} // namespace izdesk
