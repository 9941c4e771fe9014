#pragma once

#include <QDateTime>
#include <QStatusBar>

class QLabel;

namespace izdesk {

// The main window's status bar: who is signed in (and their role), which environment, an
// online/offline indicator and when the queue was last refreshed ("Updated 10:42").
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

    QString onlineText() const;
    QString updatedText() const;

private:
    void updateRefreshLabel();

    QLabel *m_userLabel = nullptr;
    QLabel *m_environmentLabel = nullptr;
    QLabel *m_onlineLabel = nullptr;
    QLabel *m_updatedLabel = nullptr;
    QDateTime m_lastRefresh;
    bool m_refreshing = false;
};

} // namespace izdesk
