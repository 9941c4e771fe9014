#pragma once

#include "widgettypes.h"

#include <QDateTime>
#include <QWidget>

class QLabel;

namespace izdesk {

// The coloured strip at the top of every window: which environment this is (hidden for
// production) and, independently, the offline notice with the time of the saved queue.
// GUI thread only.
class EnvironmentBanner : public QWidget
{
    Q_OBJECT

public:
    explicit EnvironmentBanner(QWidget *parent = nullptr);

    void setEnvironment(EnvironmentKind kind);
    EnvironmentKind environment() const { return m_kind; }
    // savedAt: when the shown queue was last refreshed from the server (may be invalid).
    void setOffline(bool offline, const QDateTime &savedAt = {});
    bool isOffline() const { return m_offline; }

    QString environmentText() const;
    QString offlineText() const;

    static QString environmentName(EnvironmentKind kind);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateTexts();

    QLabel *m_environmentLabel = nullptr;
    QLabel *m_offlineLabel = nullptr;
    EnvironmentKind m_kind = EnvironmentKind::Production;
    bool m_offline = false;
    QDateTime m_savedAt;
};

} // namespace izdesk
