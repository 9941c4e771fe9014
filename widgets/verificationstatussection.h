#pragma once

#include <QDateTime>
#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace izdesk {

// The compact "Caller verification" section of the ticket detail panel: the latest
// attempt's outcome (symbol and words, never colour alone), the caller type, the time left
// before a verification expires (mm:ss) and a Verify… button. GUI thread only.
class VerificationStatusSection : public QWidget
{
    Q_OBJECT

public:
    explicit VerificationStatusSection(QWidget *parent = nullptr);

    // outcome empty = no attempt on this ticket yet.
    void setStatus(const QString &outcome, const QString &callerTypeLabel, const QDateTime &expiresAt);
    // The clock the expiry is counted against: the server's (it set the expiry), UTC. Without
    // one, this computer's clock.
    void setClock(std::function<QDateTime()> nowUtc) { m_clock = std::move(nowUtc); }
    QString statusText() const;

Q_SIGNALS:
    void verifyRequested();

private:
    void refresh();

    QString m_outcome;
    QString m_callerType;
    QDateTime m_expiresAt;
    QLabel *m_status = nullptr;
    QPushButton *m_verify = nullptr;
    QTimer m_tick;
    std::function<QDateTime()> m_clock;
};

} // namespace izdesk
