#include "ticketextrasconnector.h"

#include "attachmentsview.h"
#include "cannedresponsecontroller.h"
#include "cannedresponsesdialog.h"
#include "linkdialog.h"
#include "mainwindow.h"
#include "mergedialog.h"
#include "queuetypes.h"
#include "ticketdetailpanel.h"
#include "ticketlinksbar.h"
#include "tickettimelinecontroller.h"
#include "timelineconnector.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUrl>

namespace izdesk {

namespace {
AttachmentRow toRow(const AttachmentInfo &a)
{
    return {a.id, a.filename, a.contentType, a.size, a.uploadedBy, a.createdAt};
}

CannedResponseChoice toChoice(const CannedResponse &r)
{
    return TimelineConnector::toChoice(r);
}
} // namespace

TicketExtrasConnector::TicketExtrasConnector(MainWindow *window, TicketTimelineController *timeline,
                                             CannedResponseController *canned, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_timeline(timeline)
    , m_canned(canned)
    , m_attachments(new AttachmentsView)
    , m_links(new TicketLinksBar)
    , m_linkDialog(new LinkDialog(window))
    , m_mergeDialog(new MergeDialog(window))
    , m_cannedDialog(new CannedResponsesDialog(window))
{
    TicketDetailPanel *panel = window->detailPanel();
    m_attachments->setLimitsText(limitsText());
    m_attachments->setFileFilter(tr("Scanned forms (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"));
    panel->addTab(m_attachments, tr("Attachments"));
    panel->addSection(m_links, tr("Links"));

    connect(panel, &TicketDetailPanel::ticketShown, this, [this](const std::optional<Ticket> &ticket) {
        m_links->setTicket(ticket);
        onTicketShown(ticket ? ticket->id : 0);
    });
    connect(panel, &TicketDetailPanel::readOnlyChanged, this, [this](bool readOnly) {
        m_links->setReadOnly(readOnly);
        m_attachments->setReadOnly(readOnly);
    });
    connect(m_attachments, &AttachmentsView::countChanged, this, [this, panel](int count) {
        panel->setTabTitle(m_attachments, count ? tr("Attachments (%1)").arg(count) : tr("Attachments"));
    });

    connectAttachments();
    connectLinksAndMerge(panel);
    connectCannedResponses();
    connectWindowActions(panel);
}

void TicketExtrasConnector::connectAttachments()
{
    connect(m_attachments, &AttachmentsView::uploadRequested, this, [this](qint64 ticketId, const QString &path) {
        m_uploadingTicket = ticketId;
        m_attachments->setBusy(true);
        m_timeline->uploadAttachment(ticketId, path);
    });
    connect(m_timeline, &TicketTimelineController::attachmentUploaded, this, [this](const AttachmentInfo &a) {
        m_uploadingTicket = 0;
        m_attachments->setBusy(false);
        m_attachments->showMessage(tr("%1 attached.").arg(a.filename), false);
        m_timeline->loadAttachments(m_shownTicket); // the server's list, in its order
    });
    connect(m_timeline, &TicketTimelineController::attachmentsLoaded, this,
            [this](qint64 ticketId, const QList<AttachmentInfo> &list) {
                if (ticketId != m_shownTicket)
                    return;
                QList<AttachmentRow> rows;
                for (const AttachmentInfo &a : list)
                    rows.append(toRow(a));
                m_attachments->setAttachments(ticketId, rows);
            });
    connect(m_attachments, &AttachmentsView::openRequested, this, [this](qint64 id, const QString &name) {
        if (!m_openDir || !m_openDir->isValid())
            m_openDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/izdesk-open-XXXXXX"));
        m_openingAttachment = id;
        // Only the file name's last part, never a folder from the server.
        const QString safe = QString::number(id) + QLatin1Char('-') + QFileInfo(name).fileName();
        m_timeline->downloadAttachment(id, m_openDir->filePath(safe));
    });
    connect(m_attachments, &AttachmentsView::saveRequested, this,
            [this](qint64 id, const QString &path) { m_timeline->downloadAttachment(id, path); });
    connect(m_timeline, &TicketTimelineController::attachmentDownloaded, this,
            &TicketExtrasConnector::onAttachmentDownloaded);
    connect(m_timeline, &TicketTimelineController::operationFailed, this, &TicketExtrasConnector::onOperationFailed);
}

void TicketExtrasConnector::connectLinksAndMerge(TicketDetailPanel *panel)
{
    connect(m_links, &TicketLinksBar::linkRequested, this, [this, panel](qint64 id) {
        const auto ticket = panel->ticket();
        if (!ticket || ticket->id != id)
            return;
        m_linkDialog->start(id, ticket->displayNumber());
        m_linkDialog->open();
    });
    connect(m_linkDialog, &LinkDialog::linkChosen, m_timeline, &TicketTimelineController::addLink);
    connect(m_links, &TicketLinksBar::unlinkRequested, m_timeline, &TicketTimelineController::removeLink);
    connect(m_links, &TicketLinksBar::mergeRequested, this, [this, panel](qint64 id) {
        const auto ticket = panel->ticket();
        if (!ticket || ticket->id != id)
            return;
        m_mergeDialog->start(id, ticket->displayNumber(), ticket->version);
        m_mergeDialog->open();
    });
    connect(m_mergeDialog, &MergeDialog::mergeConfirmed, m_timeline, &TicketTimelineController::mergeTicket);
    connect(m_timeline, &TicketTimelineController::ticketMerged, this, [this](qint64 source, qint64 target) {
        Ticket s;
        s.id = source;
        Ticket t;
        t.id = target;
        Q_EMIT messageRaised(tr("%1 merged into %2").arg(s.displayNumber(), t.displayNumber()));
    });
    connect(m_window, &MainWindow::linkTicketRequested, this, [this, panel] {
        if (const auto t = panel->ticket())
            Q_EMIT m_links->linkRequested(t->id);
    });
}

// Canned responses (supervisors manage; everyone's composer is refreshed).
void TicketExtrasConnector::connectCannedResponses()
{
    connect(m_cannedDialog, &CannedResponsesDialog::createRequested, this, [this](const CannedResponseChoice &c) {
        CannedResponse r;
        r.title = c.title;
        r.body = c.body;
        r.category = c.category;
        m_canned->create(r);
    });
    connect(m_cannedDialog, &CannedResponsesDialog::updateRequested, this, [this](const CannedResponseChoice &c) {
        CannedResponse r;
        for (const CannedResponse &known : m_canned->responses()) {
            if (known.id == c.id)
                r = known;
        }
        r.id = c.id;
        r.title = c.title;
        r.body = c.body;
        r.category = c.category;
        m_canned->update(r);
    });
    connect(m_cannedDialog, &CannedResponsesDialog::deleteRequested, this, [this](qint64 id) {
        for (const CannedResponse &known : m_canned->responses()) {
            if (known.id == id)
                m_canned->remove(known);
        }
    });
    connect(m_canned, &CannedResponseController::responsesLoaded, this, [this](const QList<CannedResponse> &list) {
        QList<CannedResponseChoice> choices;
        for (const CannedResponse &r : list)
            choices.append(toChoice(r));
        m_cannedDialog->setResponses(choices);
        m_window->detailPanel()->setCannedResponses(choices);
    });
    connect(m_canned, &CannedResponseController::responseSaved, this, [this](const CannedResponse &r, bool created) {
        m_cannedDialog->confirmSaved(r.id);
        Q_EMIT messageRaised(created ? tr("Canned response \"%1\" added").arg(r.title)
                                     : tr("Canned response \"%1\" saved").arg(r.title));
    });
    connect(m_canned, &CannedResponseController::operationFailed, this,
            [this](const QString &message, const QList<FieldError> &errors) {
                QStringList lines{message};
                for (const FieldError &e : errors)
                    lines.append(tr("%1: %2").arg(e.field, e.message));
                m_cannedDialog->showError(lines.join(QLatin1Char('\n')));
            });
}

void TicketExtrasConnector::connectWindowActions(TicketDetailPanel *panel)
{
    connect(m_window, &MainWindow::cannedResponsesRequested, this, &TicketExtrasConnector::openCannedResponses);
    connect(m_window, &MainWindow::attachFileRequested, m_attachments, [this, panel] {
        panel->showTab(m_attachments);
        m_attachments->attachFile();
    });
    connect(m_window, &MainWindow::mergeTicketRequested, this, [this, panel] {
        if (const auto t = panel->ticket(); t && !t->mergedInto)
            Q_EMIT m_links->mergeRequested(t->id);
    });
}

TicketExtrasConnector::~TicketExtrasConnector() = default;

QString TicketExtrasConnector::limitsText()
{
    return tr("PDF, PNG, JPEG or TIFF, up to %1 MB").arg(TicketTimelineController::kMaxAttachmentBytes / (1024 * 1024));
}

void TicketExtrasConnector::openCannedResponses()
{
    m_cannedDialog->show();
    m_cannedDialog->raise();
    m_cannedDialog->activateWindow();
    m_canned->load();
}

void TicketExtrasConnector::onSignedOut()
{
    m_shownTicket = 0;
    m_uploadingTicket = 0;
    m_openingAttachment = 0;
    m_attachments->clear();
    m_openDir.reset(); // removes files opened this session
    if (m_cannedDialog)
        m_cannedDialog->hide();
    if (m_linkDialog)
        m_linkDialog->reject();
    if (m_mergeDialog)
        m_mergeDialog->reject();
}

void TicketExtrasConnector::onTicketShown(qint64 ticketId)
{
    if (ticketId == m_shownTicket)
        return;
    m_shownTicket = ticketId;
    m_attachments->setAttachments(ticketId, {});
    if (ticketId)
        m_timeline->loadAttachments(ticketId);
}

void TicketExtrasConnector::onAttachmentDownloaded(qint64 attachmentId, const QString &path)
{
    if (attachmentId == m_openingAttachment) {
        m_openingAttachment = 0;
        Q_EMIT attachmentOpened(path);
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
        return;
    }
    m_attachments->showMessage(tr("Saved to %1").arg(QDir::toNativeSeparators(path)), false);
}

void TicketExtrasConnector::onOperationFailed(const QString &message)
{
    // The timeline controller reports every kind of failure on one signal; an upload in
    // progress is the one the attachments tab waits for.
    if (m_uploadingTicket) {
        m_uploadingTicket = 0;
        m_attachments->setBusy(false);
        m_attachments->showMessage(message, true);
    }
}

} // namespace izdesk
