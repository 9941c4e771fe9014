#include "verificationstatussection.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace izdesk {

VerificationStatusSection::VerificationStatusSection(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_verify(new QPushButton(tr("&Verify…"), this))
{
    setObjectName(QStringLiteral("verificationStatus"));
    setWindowTitle(tr("Caller verification"));
    m_status->setObjectName(QStringLiteral("verificationStatusLabel"));
    m_status->setAccessibleName(tr("Caller verification status"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_verify->setObjectName(QStringLiteral("verifyCallerButton"));
    m_verify->setAccessibleName(tr("Verify the caller"));
    m_verify->setToolTip(tr("Verify caller (Ctrl+Shift+V)"));
    connect(m_verify, &QPushButton::clicked, this, &VerificationStatusSection::verifyRequested);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_verify);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &VerificationStatusSection::refresh);
    refresh();
}

void VerificationStatusSection::setStatus(const QString &outcome, const QString &callerTypeLabel, const QDateTime &expiresAt)
{
    m_outcome = outcome;
    m_callerType = callerTypeLabel;
    m_expiresAt = expiresAt;
    refresh();
}

QString VerificationStatusSection::statusText() const
{
    return m_status->text();
}

void VerificationStatusSection::refresh()
{
    QString text;
    QString colour = QStringLiteral("#5f6368");
    m_tick.stop();
    if (m_outcome.isEmpty()) {
        text = tr("Not verified");
    } else if (m_outcome == QLatin1String("verified")) {
        const qint64 left = (m_clock ? m_clock() : QDateTime::currentDateTimeUtc()).secsTo(m_expiresAt);
        if (m_expiresAt.isValid() && left <= 0) {
            text = tr("✗ Verification expired — %1").arg(m_callerType);
            colour = QStringLiteral("#a50e0e");
        } else {
            text = tr("✓ Verified — %1 — expires in %2:%3")
                       .arg(m_callerType)
                       .arg(left / 60, 2, 10, QLatin1Char('0'))
                       .arg(left % 60, 2, 10, QLatin1Char('0'));
            colour = QStringLiteral("#0d652d");
            m_tick.start();
        }
    } else if (m_outcome == QLatin1String("failed")) {
        text = tr("✗ Failed — %1").arg(m_callerType);
        colour = QStringLiteral("#a50e0e");
    } else if (m_outcome == QLatin1String("referred")) {
        text = tr("↗ Referred to a supervisor — %1").arg(m_callerType);
        colour = QStringLiteral("#174ea6");
    } else {
        text = tr("● In progress — %1").arg(m_callerType);
        colour = QStringLiteral("#5f4100");
    }
    m_status->setText(text);
    m_status->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(colour));
}

} // namespace izdesk
