#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace izdesk {

// A running call timer: Start/Stop button and an elapsed "0:04:12" readout updated every
// second. Stopping reports the call's start and end (UTC) so the owner can save a call log
// entry. The elapsed time is computed from the start time, so a busy event loop never makes
// it drift. GUI thread only.
class CallTimerWidget : public QWidget
{
    Q_OBJECT

public:
    explicit CallTimerWidget(QWidget *parent = nullptr);

    bool isRunning() const { return m_startedAt.isValid(); }
    QDateTime startedAt() const { return m_startedAt; }
    qint64 elapsedSeconds() const;
    QString elapsedText() const;
    static QString formatElapsed(qint64 seconds);

    void start();
    // Starts as if the call began at startedAt (a call picked up before the ticket opened).
    void startAt(const QDateTime &startedAtUtc);
    void stop();
    void reset();
    void toggle();

Q_SIGNALS:
    void started(const QDateTime &startedAt);
    void stopped(const QDateTime &startedAt, const QDateTime &endedAt);

private:
    void updateDisplay();

    QPushButton *m_button = nullptr;
    QLabel *m_elapsed = nullptr;
    QTimer *m_tick = nullptr;
    QDateTime m_startedAt;
    QDateTime m_lastEndedAt;
    QDateTime m_lastStartedAt;
};

} // namespace izdesk
