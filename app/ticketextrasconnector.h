#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

class QTemporaryDir;

namespace izdesk {

class AttachmentsView;
class CannedResponseController;
class CannedResponsesDialog;
class LinkDialog;
class MainWindow;
class MergeDialog;
class TicketDetailPanel;
class TicketLinksBar;
class TicketTimelineController;
struct AttachmentInfo;

// Wires the ticket extras into the main window: the Attachments tab of the detail
// panel (list, upload with the limits shown, open and save), the Links section (chips, link,
// unlink, merge with confirmation) and the supervisors' canned-response manager, whose changes
// also refresh the specialists' composer. Links and merge go through the outbox; the chips and
// "merged into" come back with the ticket through the live feed. GUI thread only.
class TicketExtrasConnector : public QObject
{
    Q_OBJECT

public:
    TicketExtrasConnector(MainWindow *window, TicketTimelineController *timeline, CannedResponseController *canned,
                          QObject *parent = nullptr);
    ~TicketExtrasConnector() override;

    AttachmentsView *attachments() const { return m_attachments; }
    TicketLinksBar *links() const { return m_links; }
    LinkDialog *linkDialog() const { return m_linkDialog; }
    MergeDialog *mergeDialog() const { return m_mergeDialog; }
    CannedResponsesDialog *cannedDialog() const { return m_cannedDialog; }

    // The accepted files, as the attachment route documents them (contracts-queue.md).
    static QString limitsText();

    void openCannedResponses();
    void onSignedOut();

Q_SIGNALS:
    void messageRaised(const QString &message);
    // An attachment was downloaded to open it; tests check this instead of a desktop viewer.
    void attachmentOpened(const QString &path);

private:
    void connectAttachments();
    void connectLinksAndMerge(TicketDetailPanel *panel);
    void connectCannedResponses();
    void connectWindowActions(TicketDetailPanel *panel);
    void onTicketShown(qint64 ticketId);
    void onAttachmentDownloaded(qint64 attachmentId, const QString &path);
    void onOperationFailed(const QString &message);

    MainWindow *m_window;
    TicketTimelineController *m_timeline;
    CannedResponseController *m_canned;
    AttachmentsView *m_attachments;
    TicketLinksBar *m_links;
    LinkDialog *m_linkDialog;
    MergeDialog *m_mergeDialog;
    CannedResponsesDialog *m_cannedDialog; // the three dialogs are children of the main window
    // Files downloaded only to be opened live here and go when the session or app ends
    // (scanned forms can hold PHI).
    std::unique_ptr<QTemporaryDir> m_openDir;
    qint64 m_shownTicket = 0;
    qint64 m_uploadingTicket = 0;
    qint64 m_openingAttachment = 0;
};

} // namespace izdesk
