#pragma once

#include <QDateTime>
#include <QTimer>
#include <QWidget>

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
};

} // namespace izdesk
