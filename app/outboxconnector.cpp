#include "outboxconnector.h"

#include "mainwindow.h"
#include "outbox.h"
#include "outboxconflictdialog.h"
#include "sessioncontroller.h"
#include "sessionstatusbar.h"
#include "ticketconflictpanel.h"

namespace izdesk {

namespace {

QString fieldName(const QString &key)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("subject"), QT_TRANSLATE_NOOP("izdesk::OutboxConnector", "Subject")},
        {QStringLiteral("category"), QT_TRANSLATE_NOOP("izdesk::OutboxConnector", "Category")},
        {QStringLiteral("channel"), QT_TRANSLATE_NOOP("izdesk::OutboxConnector", "Channel")},
        {QStringLiteral("priority"), QT_TRANSLATE_NOOP("izdesk::OutboxConnector", "Priority")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("izdesk::OutboxConnector", "Status")},
        {QStringLiteral("requester_name"), QT_TRANSLATE_NOOP("izdesk::OutboxConnector", "Requester")},
        {QStringLiteral("requester_contact"), QT_TRANSLATE_NOOP("izdesk::OutboxConnector", "Callback number or e-mail")},
        {QStringLiteral("assignee"), QT_TRANSLATE_NOOP("izdesk::OutboxConnector", "Assignee")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("izdesk::OutboxConnector", "Description")},
        {QStringLiteral("body"), QT_TRANSLATE_NOOP("izdesk::OutboxConnector", "Text")}};
    const auto it = names.constFind(key);
    return it == names.cend() ? key : QCoreApplication::translate("izdesk::OutboxConnector", *it);
}

} // namespace

OutboxConnector::OutboxConnector(MainWindow *window, SessionController *session, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_dialog(new OutboxConflictDialog(window))
{
    Outbox *outbox = session->outbox();
    connect(outbox, &Outbox::pendingCountChanged, this, &OutboxConnector::refresh);
    connect(outbox, &Outbox::conflictsChanged, this, &OutboxConnector::refresh);
    connect(outbox, &Outbox::conflictAdded, this, &OutboxConnector::showConflicts);
    connect(window->sessionStatusBar(), &SessionStatusBar::conflictsRequested, this, &OutboxConnector::showConflicts);
    connect(m_dialog, &OutboxConflictDialog::applyMineRequested, outbox, &Outbox::resolveApplyMine);
    connect(m_dialog, &OutboxConflictDialog::discardMineRequested, outbox, &Outbox::resolveDiscardMine);
    refresh();
}

void OutboxConnector::refresh()
{
    const Outbox *outbox = m_session->outbox();
    const QList<OutboxConflict> conflicts = outbox->conflicts();
    m_window->sessionStatusBar()->setOutboxState(outbox->pendingCount(), int(conflicts.size()));
    QList<ConflictItem> items;
    for (const OutboxConflict &c : conflicts)
        items.append(toItem(c));
    m_dialog->setConflicts(items);
}

void OutboxConnector::showConflicts()
{
    refresh();
    if (m_dialog->conflictCount() == 0 && !m_dialog->isVisible())
        return;
    m_dialog->show();
    m_dialog->raise();
}

ConflictItem OutboxConnector::toItem(const OutboxConflict &c)
{
    ConflictItem item;
    item.seq = c.entry.seq;
    item.summary = c.entry.summary();
    const QString detail = c.entry.problem.value(QStringLiteral("detail")).toString();
    item.reason = c.entry.conflictStatus == 412
        ? tr("Someone else changed this ticket after you made your change.")
        : detail.isEmpty() ? tr("The server no longer accepts this change.") : detail;
    for (const FieldDiff &f : c.fields)
        item.fields.append({fieldName(f.field), TicketConflictPanel::valueText(f.field, f.mine),
                            TicketConflictPanel::valueText(f.field, f.theirs), f.error});
    return item;
}

} // namespace izdesk
