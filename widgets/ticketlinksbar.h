#pragma once

#include "ticket.h"

#include <QWidget>

#include <optional>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace izdesk {

// The links of the shown ticket as chips ("Organization: Lakeside Clinic ×") with "Link…" and
// "Merge into…" buttons. The chips come from the ticket itself (the server resolves labels);
// the bar only turns clicks into requests. GUI thread only.
class TicketLinksBar : public QWidget
{
    Q_OBJECT

public:
    explicit TicketLinksBar(QWidget *parent = nullptr);

    void setTicket(const std::optional<Ticket> &ticket);
    void setReadOnly(bool readOnly);
    QStringList chipTexts() const;
    // "Organization: Lakeside Clinic" for a link (kind label from one place).
    static QString chipText(const TicketLink &link);
    static QString kindLabel(const QString &kind);
    static QStringList kinds();
    // Links of these kinds show their text as a button that asks to open the record.
    void setOpenableKinds(const QStringList &kinds);

Q_SIGNALS:
    void linkRequested(qint64 ticketId);
    void unlinkRequested(qint64 ticketId, const QString &kind, const QString &target);
    void mergeRequested(qint64 ticketId);
    void linkOpenRequested(const QString &kind, const QString &target);

private:
    void rebuild();
    void updateEnabled();

    QHBoxLayout *m_chips = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_linkButton = nullptr;
    QPushButton *m_mergeButton = nullptr;
    std::optional<Ticket> m_ticket;
    QList<TicketLink> m_shownLinks;
    QStringList m_openableKinds;
    bool m_readOnly = false;
};

} // namespace izdesk
