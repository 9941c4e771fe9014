#include "sessionstatusbar.h"

#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace izdesk {

SessionStatusBar::SessionStatusBar(QWidget *parent)
    : QStatusBar(parent)
    , m_userLabel(new QLabel(this))
    , m_environmentLabel(new QLabel(this))
    , m_onlineLabel(new QLabel(this))
    , m_updatedLabel(new QLabel(this))
    , m_outboxButton(new QToolButton(this))
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
    m_outboxButton->setObjectName(QStringLiteral("outboxStatus"));
    m_outboxButton->setAutoRaise(true);
    m_outboxButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_outboxButton->setToolTip(tr("Changes saved on this computer and not yet on the server; click to resolve conflicts"));
    insertPermanentWidget(2, m_outboxButton);
    connect(m_outboxButton, &QToolButton::clicked, this, &SessionStatusBar::conflictsRequested);
    setOutboxState(0, 0);
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

void SessionStatusBar::setOutboxState(int pending, int conflicts)
{
    QStringList parts;
    if (pending > 0)
        parts << (pending == 1 ? tr("1 pending") : tr("%1 pending").arg(pending));
    if (conflicts > 0)
        parts << (conflicts == 1 ? tr("⚠ 1 conflict") : tr("⚠ %1 conflicts").arg(conflicts));
    m_outboxButton->setText(parts.join(tr(" · ")));
    m_outboxButton->setAccessibleName(tr("Outbox: %1").arg(m_outboxButton->text()));
    m_outboxButton->setStyleSheet(conflicts > 0 ? QStringLiteral("QToolButton { color: #b3261e; font-weight: bold; }")
                                                : QString());
    m_outboxButton->setVisible(!parts.isEmpty());
}

QString SessionStatusBar::outboxText() const
{
    return m_outboxButton->text();
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
