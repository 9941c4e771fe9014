#include "calltimerwidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace izdesk {

CallTimerWidget::CallTimerWidget(QWidget *parent)
    : QWidget(parent)
    , m_button(new QPushButton(this))
    , m_elapsed(new QLabel(this))
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("callTimer"));
    m_button->setObjectName(QStringLiteral("callTimerButton"));
    m_elapsed->setObjectName(QStringLiteral("callElapsed"));
    m_elapsed->setAccessibleName(tr("Call duration"));
    QFont mono = m_elapsed->font();
    mono.setStyleHint(QFont::Monospace);
    mono.setFamily(QStringLiteral("monospace"));
    mono.setBold(true);
    m_elapsed->setFont(mono);
    m_elapsed->setMinimumWidth(QFontMetrics(mono).horizontalAdvance(QStringLiteral("00:00:00")) + 8);
    m_elapsed->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_elapsed);
    layout->addWidget(m_button);

    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &CallTimerWidget::updateDisplay);
    connect(m_button, &QPushButton::clicked, this, &CallTimerWidget::toggle);
    updateDisplay();
}

qint64 CallTimerWidget::elapsedSeconds() const
{
    if (m_startedAt.isValid())
        return std::max<qint64>(0, m_startedAt.secsTo(QDateTime::currentDateTimeUtc()));
    if (m_lastStartedAt.isValid())
        return m_lastStartedAt.secsTo(m_lastEndedAt);
    return 0;
}

QString CallTimerWidget::formatElapsed(qint64 seconds)
{
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString CallTimerWidget::elapsedText() const
{
    return m_elapsed->text();
}

void CallTimerWidget::start()
{
    startAt(QDateTime::currentDateTimeUtc());
}

void CallTimerWidget::startAt(const QDateTime &startedAtUtc)
{
    if (isRunning())
        return;
    m_startedAt = startedAtUtc;
    m_tick->start();
    updateDisplay();
    Q_EMIT started(m_startedAt);
}

void CallTimerWidget::stop()
{
    if (!isRunning())
        return;
    m_lastStartedAt = m_startedAt;
    m_lastEndedAt = QDateTime::currentDateTimeUtc();
    m_startedAt = {};
    m_tick->stop();
    updateDisplay();
    Q_EMIT stopped(m_lastStartedAt, m_lastEndedAt);
}

void CallTimerWidget::reset()
{
    m_tick->stop();
    m_startedAt = {};
    m_lastStartedAt = {};
    m_lastEndedAt = {};
    updateDisplay();
}

void CallTimerWidget::toggle()
{
    if (isRunning())
        stop();
    else
        start();
}

void CallTimerWidget::updateDisplay()
{
    m_elapsed->setText(formatElapsed(elapsedSeconds()));
    const bool running = isRunning();
    m_button->setText(running ? tr("Stop call") : tr("Start call"));
    m_button->setAccessibleName(running ? tr("Stop the call timer") : tr("Start the call timer"));
    m_button->setToolTip(tr("Start or stop the call timer (Ctrl+Shift+L)"));
    m_elapsed->setStyleSheet(running ? QStringLiteral("QLabel { color: #b3261e; }") : QString());
}

} // namespace izdesk
