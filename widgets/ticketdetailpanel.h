#pragma once

#include "ticket.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace izdesk {

// Shows one ticket's fields (times in local time) with an Edit button and a quick status
// change. Read-only while offline. Emits requests; the app forwards them to the queue
// controller and calls setTicket again when the saved ticket comes back. GUI thread only.
class TicketDetailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TicketDetailPanel(QWidget *parent = nullptr);

    void setTicket(const std::optional<Ticket> &ticket);
    std::optional<Ticket> ticket() const { return m_ticket; }
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

Q_SIGNALS:
    void editRequested(qint64 id);
    void statusChangeRequested(qint64 id, const QString &status);

private:
    QLabel *addField(const QString &objectName, const QString &accessibleName);
    void updateEnabled();
    void onStatusPicked(int index);

    QStackedWidget *m_stack = nullptr;
    QWidget *m_form = nullptr;
    QLabel *m_numberLabel = nullptr;
    QLabel *m_subjectLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_priorityLabel = nullptr;
    QLabel *m_categoryLabel = nullptr;
    QLabel *m_channelLabel = nullptr;
    QLabel *m_requesterLabel = nullptr;
    QLabel *m_organizationLabel = nullptr;
    QLabel *m_assigneeLabel = nullptr;
    QLabel *m_createdLabel = nullptr;
    QLabel *m_updatedLabel = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QPushButton *m_editButton = nullptr;
    QComboBox *m_statusCombo = nullptr;
    std::optional<Ticket> m_ticket;
    bool m_readOnly = false;
};

} // namespace izdesk
