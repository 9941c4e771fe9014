#include "environmentbanner.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace izdesk {

namespace {

// Colours are fixed (not palette-derived) on purpose: trainers tell people "amber means
// training", so the meaning must not change with the desktop theme.
QString stripStyle(const char *background, const char *foreground)
{
    return QStringLiteral("QLabel { background: %1; color: %2; font-weight: bold; padding: 5px 10px; }")
        .arg(QLatin1String(background), QLatin1String(foreground));
}

} // namespace

EnvironmentBanner::EnvironmentBanner(QWidget *parent)
    : QWidget(parent)
    , m_environmentLabel(new QLabel(this))
    , m_offlineLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("environmentBanner"));
    m_environmentLabel->setObjectName(QStringLiteral("environmentLabel"));
    m_offlineLabel->setObjectName(QStringLiteral("offlineLabel"));
    m_offlineLabel->setStyleSheet(stripStyle("#5f6368", "#ffffff"));
    for (QLabel *label : {m_environmentLabel, m_offlineLabel}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_environmentLabel);
    layout->addWidget(m_offlineLabel);
    updateTexts();
}

void EnvironmentBanner::setEnvironment(EnvironmentKind kind)
{
    m_kind = kind;
    switch (kind) {
    case EnvironmentKind::Training:
        m_environmentLabel->setStyleSheet(stripStyle("#f2a900", "#1f1f1f"));
        break;
    case EnvironmentKind::Uat:
        m_environmentLabel->setStyleSheet(stripStyle("#6a3fa0", "#ffffff"));
        break;
    case EnvironmentKind::Sandbox:
        m_environmentLabel->setStyleSheet(stripStyle("#00796b", "#ffffff"));
        break;
    case EnvironmentKind::Production:
        m_environmentLabel->setStyleSheet(QString());
        break;
    }
    updateTexts();
}

void EnvironmentBanner::setOffline(bool offline, const QDateTime &savedAt)
{
    m_offline = offline;
    m_savedAt = savedAt;
    updateTexts();
}

QString EnvironmentBanner::environmentName(EnvironmentKind kind)
{
    switch (kind) {
    case EnvironmentKind::Production: return tr("Production");
    case EnvironmentKind::Training: return tr("Training");
    case EnvironmentKind::Uat: return tr("UAT");
    case EnvironmentKind::Sandbox: return tr("Local sandbox");
    }
    return {};
}

QString EnvironmentBanner::environmentText() const
{
    switch (m_kind) {
    case EnvironmentKind::Production: return {};
    case EnvironmentKind::Training: return tr("TRAINING — not real patient data");
    case EnvironmentKind::Uat: return tr("UAT — test environment, not real patient data");
    case EnvironmentKind::Sandbox: return tr("LOCAL SANDBOX — synthetic data on this computer, not real patient data");
    }
    return {};
}

QString EnvironmentBanner::offlineText() const
{
    if (!m_offline)
        return {};
    if (!m_savedAt.isValid())
        return tr("Offline — showing the queue saved on this computer; new tickets and calls are kept here and sent later");
    const QString time = QLocale().toString(m_savedAt.toLocalTime().time(), QStringLiteral("HH:mm"));
    return tr("Offline — showing the queue saved on this computer at %1; new tickets and calls are kept here and sent "
              "later")
        .arg(time);
}

void EnvironmentBanner::updateTexts()
{
    m_environmentLabel->setText(environmentText());
    m_environmentLabel->setAccessibleName(environmentText());
    m_environmentLabel->setVisible(m_kind != EnvironmentKind::Production);
    m_offlineLabel->setText(offlineText());
    m_offlineLabel->setAccessibleName(offlineText());
    m_offlineLabel->setVisible(m_offline);
    setVisible(m_kind != EnvironmentKind::Production || m_offline);
}

void EnvironmentBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateTexts();
    QWidget::changeEvent(event);
}

} // namespace izdesk
