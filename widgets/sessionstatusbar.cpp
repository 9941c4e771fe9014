#include "sessionstatusbar.h"

#include <QLabel>
#include <QLocale>

namespace izdesk {

SessionStatusBar::SessionStatusBar(QWidget *parent)
    : QStatusBar(parent)
    , m_userLabel(new QLabel(this))
    , m_environmentLabel(new QLabel(this))
    , m_onlineLabel(new QLabel(this))
    , m_updatedLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("sessionStatusBar"));
    const QList<std::tuple<QLabel *, QString, QString>> labels{
        {m_userLabel, QStringLiteral("userStatus"), tr("Signed-in user")},
        {m_environmentLabel, QStringLiteral("environmentStatus"), tr("Environment")},
        {m_onlineLabel, QStringLiteral("onlineStatus"), tr("Connection")},
        {m_updatedLabel, QStringLiteral("updatedStatus"), tr("Last refresh")}};
    for (const auto &[label, name, accessible] : labels) {
        label->setObjectName(name);
        label->setAccessibleName(accessible);
        label->setContentsMargins(6, 0, 6, 0);
        addPermanentWidget(label);
    }
    setOnline(true);
    clearSession();
}

void SessionStatusBar::setUser(const QString &displayName, const QString &roleLabel)
{
    m_userLabel->setText(roleLabel.isEmpty() ? displayName : tr("%1 · %2").arg(displayName, roleLabel));
}

void SessionStatusBar::setEnvironmentName(const QString &name)
{
    m_environmentLabel->setText(name);
}

void SessionStatusBar::setOnline(bool online)
{
    // A dot plus a word: the state must not depend on telling green from red.
    m_onlineLabel->setText(online ? tr("● Online") : tr("● Offline"));
    m_onlineLabel->setStyleSheet(online ? QStringLiteral("QLabel { color: #1e7d32; }")
                                        : QStringLiteral("QLabel { color: #b3261e; font-weight: bold; }"));
}

void SessionStatusBar::setRefreshing(bool refreshing)
{
    m_refreshing = refreshing;
    updateRefreshLabel();
}

void SessionStatusBar::setLastRefresh(const QDateTime &at)
{
    m_lastRefresh = at;
    m_refreshing = false;
    updateRefreshLabel();
}

void SessionStatusBar::clearSession()
{
    m_userLabel->clear();
    m_environmentLabel->clear();
    m_lastRefresh = {};
    m_refreshing = false;
    updateRefreshLabel();
}

QString SessionStatusBar::onlineText() const
{
    return m_onlineLabel->text();
}

QString SessionStatusBar::updatedText() const
{
    return m_updatedLabel->text();
}

void SessionStatusBar::updateRefreshLabel()
{
    if (m_refreshing)
        m_updatedLabel->setText(tr("Refreshing…"));
    else if (m_lastRefresh.isValid())
        m_updatedLabel->setText(tr("Updated %1").arg(QLocale().toString(m_lastRefresh.toLocalTime().time(), QStringLiteral("HH:mm"))));
    else
        m_updatedLabel->setText(tr("Not updated yet"));
}

} // namespace izdesk
