#pragma once

#include "ticket.h"
#include "widgettypes.h"

#include <QWidget>

#include <optional>

class QGridLayout;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QVBoxLayout;

namespace izdesk {

class TimelineComposer;
class TimelineView;

// Shows one ticket's fields (times in local time) with an Edit button and a quick status
// change, who else is on the ticket, and a Timeline tab (notes, replies, call logs) with a
// composer and call timer. Read-only while offline. Emits requests; the app forwards them to the queue
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

    // Timeline of the shown ticket (the app answers timelineRequested with setEntries).
    void setEntries(qint64 ticketId, const QList<TimelineRow> &entries);
    void appendEntry(qint64 ticketId, const TimelineRow &entry);
    void setCannedResponses(const QList<CannedResponseChoice> &responses);
    // "Jamie is editing" — others on this ticket; empty hides the line.
    void setPresenceText(const QString &text);
    QString presenceText() const;
    // The composer's entry was saved: clear it.
    void confirmEntrySaved();

    // Keyboard entry points (menu actions): switch to the timeline and start writing.
    void startNote();
    void startReply();
    void pickCannedResponse();
    void toggleCallTimer();
    void showTimeline();
    TimelineComposer *composer() const { return m_composer; }

    // Appends a titled section (caller verification, links, ...) below the subject, above the
    // tabs, so it stays visible whichever tab is open. The title is `title`, or else the
    // section's windowTitle(); the panel takes ownership. Sections are hidden while no ticket
    // is shown.
    void addSection(QWidget *section, const QString &title = QString());
    // Appends a tab after Details and Timeline (e.g. Attachments); returns its index.
    int addTab(QWidget *page, const QString &title);
    void setTabTitle(QWidget *page, const QString &title);
    void showTab(QWidget *page);

Q_SIGNALS:
    void editRequested(qint64 id);
    void statusChangeRequested(qint64 id, const QString &status);
    void timelineRequested(qint64 id);
    void entryRequested(qint64 id, const QString &kind, const QString &body);
    void callLogRequested(qint64 id, const CallLog &call);
    // setTicket ran (a new ticket, the same one refreshed, or none): sections follow it.
    void ticketShown(const std::optional<izdesk::Ticket> &ticket);
    void readOnlyChanged(bool readOnly);

private:
    void buildTitle();
    QLabel *buildStatusControls();
    QGridLayout *buildFieldGrid();
    void buildTabs(QGridLayout *grid);
    void connectActions();
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
    QLabel *m_presenceLabel = nullptr;
    QLabel *m_mergedLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
    QVBoxLayout *m_sections = nullptr;
    TimelineView *m_timeline = nullptr;
    TimelineComposer *m_composer = nullptr;
    qint64 m_callTicketId = 0;
    std::optional<Ticket> m_ticket;
    bool m_readOnly = false;
};

} // namespace izdesk
