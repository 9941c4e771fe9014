// The feature controllers against the real in-process server: timeline entries (note, call
// log, and a note written offline that arrives after reconnecting), attachments (read and
// written off the GUI thread; size/type checks), links, merge, recent tickets by phone, canned
// responses, the staff board, bulk edit, auto-assignment preview + apply (and a stale plan),
// the SLA policy, and the CSV report exporter.
#include "deskfixture.h"

#include "apiclient.h"
#include "changefeed.h"
#include "httptransport.h"
#include "memorycredentialstore.h"
#include "reportexporter.h"
#include "supervisorcontroller.h"
#include "tickettimelinecontroller.h"

#include <httptestclient.h>
#include <testserver.h>

#include <QFile>
#include <QTemporaryDir>

using namespace izdesk;
using izdesk::test::Desk;

class TestQueueControllers : public QObject
{
    Q_OBJECT

private:
    Ticket activeTicket(const Desk &desk, int skip = 0)
    {
        for (const Ticket &t : desk.queue->model()->tickets()) {
            if ((t.status == QLatin1String("open") || t.status == QLatin1String("new")) && skip-- <= 0)
                return t;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_desk = std::make_unique<Desk>(m_dir.path(), m_server.baseUrl(), &m_keychain);
        QVERIFY(m_desk->signIn(QStringLiteral("supervisor"), QStringLiteral("izdesk-supervisor")));
        QTRY_VERIFY(m_desk->outbox()->isLoaded());
    }

    void cleanupTestCase() { m_desk.reset(); }

    void timelineEntries()
    {
        TicketTimelineController timeline(m_desk->session.get());
        const Ticket t = activeTicket(*m_desk);
        QSignalSpy added(&timeline, &TicketTimelineController::entryAdded);
        timeline.addNote(t.id, QStringLiteral("Internal: checked the account"));
        const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-125);
        timeline.addCall(t.id, QStringLiteral("Caller could not log in"), QStringLiteral("inbound"),
                         QStringLiteral("555-010-2030"), started, started.addSecs(120));
        QTRY_COMPARE_WITH_TIMEOUT(added.size(), 2, 10000);
        const auto call = added.at(1).at(0).value<TimelineEntry>();
        QCOMPARE(call.kind, QStringLiteral("call"));
        QCOMPARE(call.durationSeconds.value_or(-1), 120);

        QSignalSpy loaded(&timeline, &TicketTimelineController::entriesLoaded);
        timeline.loadEntries(t.id);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
        const auto entries = loaded.at(0).at(1).value<QList<TimelineEntry>>();
        QVERIFY(entries.size() >= 2);
        QCOMPARE(entries.last().kind, QStringLiteral("call"));
        QCOMPARE(entries.at(entries.size() - 2).body, QStringLiteral("Internal: checked the account"));
    }

    void noteWrittenOfflineArrivesLater()
    {
        TicketTimelineController timeline(m_desk->session.get());
        const Ticket t = activeTicket(*m_desk, 1);
        m_server.stop();
        QSignalSpy queued(&timeline, &TicketTimelineController::writeQueued);
        QSignalSpy added(&timeline, &TicketTimelineController::entryAdded);
        timeline.addNote(t.id, QStringLiteral("Written during the outage"));
        QTRY_VERIFY_WITH_TIMEOUT(!queued.isEmpty(), 10000);
        QVERIFY(m_server.restart());
        QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, 40000);
        QCOMPARE(added.at(0).at(0).value<TimelineEntry>().body, QStringLiteral("Written during the outage"));
        QTRY_VERIFY_WITH_TIMEOUT(m_desk->queue->isLive(), 10000);
    }

    void attachments()
    {
        TicketTimelineController timeline(m_desk->session.get());
        const Ticket t = activeTicket(*m_desk);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("consent form.pdf"));
        QByteArray bytes = "%PDF-1.4\n%scanned form\n";
        bytes.append(QByteArray(4096, 'x'));
        bytes.append("\n%%EOF\n");
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();

        QSignalSpy uploaded(&timeline, &TicketTimelineController::attachmentUploaded);
        QSignalSpy failed(&timeline, &TicketTimelineController::operationFailed);
        timeline.uploadAttachment(t.id, pdf);
        QTRY_COMPARE_WITH_TIMEOUT(uploaded.size(), 1, 10000);
        const auto info = uploaded.at(0).at(0).value<AttachmentInfo>();
        QCOMPARE(info.size, bytes.size());
        QCOMPARE(info.contentType, QStringLiteral("application/pdf"));

        // A file that is not one of the accepted types is refused before any upload.
        const QString txt = dir.filePath(QStringLiteral("notes.txt"));
        QFile t2(txt);
        QVERIFY(t2.open(QIODevice::WriteOnly));
        t2.write("plain text");
        t2.close();
        timeline.uploadAttachment(t.id, txt);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);

        QSignalSpy listed(&timeline, &TicketTimelineController::attachmentsLoaded);
        timeline.loadAttachments(t.id);
        QTRY_COMPARE_WITH_TIMEOUT(listed.size(), 1, 10000);
        QVERIFY(!listed.at(0).at(1).value<QList<AttachmentInfo>>().isEmpty());

        QSignalSpy downloaded(&timeline, &TicketTimelineController::attachmentDownloaded);
        const QString target = dir.filePath(QStringLiteral("copy.pdf"));
        timeline.downloadAttachment(info.id, target);
        QTRY_COMPARE_WITH_TIMEOUT(downloaded.size(), 1, 10000);
        QFile copy(target);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), bytes);
    }

    void linksMergeAndRecent()
    {
        TicketTimelineController timeline(m_desk->session.get());
        const Ticket source = activeTicket(*m_desk, 2);
        const Ticket target = activeTicket(*m_desk, 3);
        QSignalSpy links(&timeline, &TicketTimelineController::linksChanged);
        QSignalSpy failed(&timeline, &TicketTimelineController::operationFailed);
        timeline.addLink(source.id, QStringLiteral("organization"), QString::number(source.organizationId.value_or(1)));
        QTRY_VERIFY_WITH_TIMEOUT(!links.isEmpty() || !failed.isEmpty(), 10000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(0).toString()));
        QCOMPARE(links.first().at(0).toLongLong(), source.id);
        QTRY_VERIFY_WITH_TIMEOUT(!m_desk->queue->model()->ticketById(source.id)->links.isEmpty(), 3000);

        QSignalSpy merged(&timeline, &TicketTimelineController::ticketMerged);
        const int version = m_desk->queue->model()->ticketById(source.id)->version;
        timeline.mergeTicket(source.id, target.id, version);
        QTRY_COMPARE_WITH_TIMEOUT(merged.size(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_desk->queue->model()->ticketById(source.id)->mergedInto.value_or(0), target.id, 3000);

        QSignalSpy recent(&timeline, &TicketTimelineController::recentTicketsLoaded);
        timeline.loadRecentTickets(QStringLiteral("5550102030"), target.organizationId);
        QTRY_COMPARE_WITH_TIMEOUT(recent.size(), 1, 10000);
        QVERIFY(recent.at(0).at(1).value<QList<Ticket>>().size() <= 10);
    }

    void cannedResponses()
    {
        SupervisorController supervisor(m_desk->session.get());
        TicketTimelineController timeline(m_desk->session.get());
        QSignalSpy changed(&supervisor, &SupervisorController::cannedResponsesChanged);
        CannedResponse c;
        c.title = QStringLiteral("Password reset SOP");
        c.body = QStringLiteral("1. Verify the caller…");
        c.category = QStringLiteral("account_access");
        supervisor.createCannedResponse(c);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 10000);
        QSignalSpy loaded(&timeline, &TicketTimelineController::cannedResponsesLoaded);
        timeline.loadCannedResponses();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
        const auto list = loaded.at(0).at(0).value<QList<CannedResponse>>();
        auto it = std::find_if(list.begin(), list.end(), [](const CannedResponse &r) {
            return r.title == QLatin1String("Password reset SOP");
        });
        QVERIFY(it != list.end());
        CannedResponse edited = *it;
        edited.body = QStringLiteral("2. Reset in the IIS");
        supervisor.updateCannedResponse(edited);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 10000);
        supervisor.deleteCannedResponse(edited.id);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 3, 10000);
    }

    void supervisorTools()
    {
        SupervisorController supervisor(m_desk->session.get());
        QSignalSpy failed(&supervisor, &SupervisorController::operationFailed);
        QSignalSpy board(&supervisor, &SupervisorController::staffBoardLoaded);
        supervisor.loadStaffBoard();
        QTRY_COMPARE_WITH_TIMEOUT(board.size(), 1, 10000);
        const auto entries = board.at(0).at(0).value<QList<StaffBoardEntry>>();
        QVERIFY(!entries.isEmpty());

        QSignalSpy policy(&supervisor, &SupervisorController::slaPolicyLoaded);
        supervisor.loadSlaPolicy();
        QTRY_COMPARE_WITH_TIMEOUT(policy.size(), 1, 10000);
        QVERIFY(supervisor.slaPolicy().contains(QStringLiteral("targets")));

        const Ticket a = activeTicket(*m_desk, 4);
        const Ticket b = activeTicket(*m_desk, 5);
        QSignalSpy bulk(&supervisor, &SupervisorController::bulkUpdated);
        supervisor.bulkUpdate({a.id, b.id}, {{QStringLiteral("priority"), QStringLiteral("high")}});
        QTRY_COMPARE_WITH_TIMEOUT(bulk.size(), 1, 10000);
        QCOMPARE(bulk.at(0).at(0).value<QList<Ticket>>().size(), 2);
        QTRY_COMPARE(m_desk->queue->model()->ticketById(a.id)->priority, QStringLiteral("high"));

        // Put everyone on shift with the skills these tickets need so the preview has candidates.
        QSignalSpy staffUpdated(&supervisor, &SupervisorController::staffUpdated);
        for (const StaffBoardEntry &e : entries)
            supervisor.updateStaff(e.username, true, {a.category, b.category});
        QTRY_COMPARE_WITH_TIMEOUT(staffUpdated.size(), entries.size(), 10000);
        QCOMPARE(failed.size(), 0);

        QSignalSpy previewed(&supervisor, &SupervisorController::assignmentPreviewed);
        supervisor.previewAssignment(SupervisorController::Strategy::LeastLoaded, {a.id, b.id});
        QTRY_COMPARE_WITH_TIMEOUT(previewed.size(), 1, 10000);
        const auto plan = previewed.at(0).at(0).value<AssignmentPlan>();
        QVERIFY(plan.plan.size() + plan.skipped.size() == 2);

        if (!plan.plan.isEmpty()) {
            // A stale plan (a ticket changed since the preview) is refused as a whole.
            AssignmentPlan stale = plan;
            stale.plan.first().version -= 1;
            QSignalSpy staleSpy(&supervisor, &SupervisorController::assignmentStale);
            supervisor.applyAssignment(stale);
            QTRY_COMPARE_WITH_TIMEOUT(staleSpy.size(), 1, 10000);

            QSignalSpy applied(&supervisor, &SupervisorController::assignmentApplied);
            supervisor.applyAssignment(plan);
            QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 10000);
            const auto first = plan.plan.first();
            QTRY_COMPARE(m_desk->queue->model()->ticketById(first.ticketId)->assignee, first.assignee);
        }
    }

    void feedWithoutServerSupportFallsBack()
    {
        // A server without /changes answers 404: the feed stops and says so (the queue then
        // refreshes on a timer instead).
        HttpTransport transport;
        ApiClient api(&transport);
        QUrl url = m_server.baseUrl();
        url.setPath(QStringLiteral("/no-feed-here"));
        api.setBaseUrl(url);
        ChangeFeed feed(&api);
        QSignalSpy unsupported(&feed, &ChangeFeed::unsupported);
        QSignalSpy pages(&feed, &ChangeFeed::pageReceived);
        feed.start({});
        QTRY_COMPARE_WITH_TIMEOUT(unsupported.size(), 1, 5000);
        QVERIFY(!feed.isRunning());
        QCOMPARE(pages.size(), 0);
    }

    void reportExport()
    {
        QTemporaryDir dir;
        ReportExporter exporter;
        QSignalSpy exported(&exporter, &ReportExporter::exported);
        const QString path = dir.filePath(QStringLiteral("volume.csv"));
        exporter.exportCsv(path, {QStringLiteral("Category"), QStringLiteral("Tickets")},
                           {{QStringLiteral("account_access"), QStringLiteral("3")},
                            {QStringLiteral("says \"hi\", twice"), QStringLiteral("1")},
                            {QStringLiteral("=cmd()"), QStringLiteral("-2")}});
        QTRY_COMPARE(exported.size(), 1);
        QCOMPARE(exported.at(0).at(1).toInt(), 3);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("\xEF\xBB\xBF"
                                         "Category,Tickets\r\n"
                                         "account_access,3\r\n"
                                         "\"says \"\"hi\"\", twice\",1\r\n"
                                         "'=cmd(),-2\r\n"));
        QSignalSpy failed(&exporter, &ReportExporter::exportFailed);
        exporter.exportCsv(dir.filePath(QStringLiteral("missing/dir/x.csv")), {QStringLiteral("a")}, {});
        QTRY_COMPARE(failed.size(), 1);
    }

private:
    izdesk::test::TestServer m_server;
    QTemporaryDir m_dir;
    MemoryCredentialStore m_keychain;
    std::unique_ptr<Desk> m_desk;
};

QTEST_GUILESS_MAIN(TestQueueControllers)
#include "tst_queuecontrollers.moc"
