// Attachments, links, merge and recent tickets over real HTTP: type and magic-byte checks, the
// 10 MiB per-route limit, sha256 and the bytes back; links with resolved labels; merge in one
// transaction (source closed, links both ways, entries listed on the target); recent tickets
// by phone (10 digits) or organization.

#include "httptestclient.h"
#include "patienttestdata.h"
#include "serverapp.h"
#include "testserver.h"

#include "ticket.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTest>

using izdesk::test::HttpTestClient;
using izdesk::test::TestServer;

class TstAttachments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void uploadListDownload();
    void rejectsWrongTypeOrContent();
    void tenMebibyteLimit();
    void linksCarryLabels();
    void mergeClosesSourceAndLinksBothWays();
    void mergeNeedsIfMatchAndAnOpenTarget();
    void recentByPhoneAndOrganization();

private:
    QJsonObject createTicket(const QJsonObject &extra = {});
    HttpTestClient::Response upload(qint64 id, const QByteArray &type, const QByteArray &data,
                                    const QByteArray &name = "form.pdf");

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_client;
};

void TstAttachments::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_client = std::make_unique<HttpTestClient>(m_server->baseUrl());
    QCOMPARE(m_client->login(QStringLiteral("specialist"), QStringLiteral("izdesk-specialist")).status, 201);
}

QJsonObject TstAttachments::createTicket(const QJsonObject &extra)
{
    QJsonObject body{{QStringLiteral("subject"), QStringLiteral("Attachment ticket")},
                     {QStringLiteral("category"), QStringLiteral("records_request")}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    const auto r = m_client->post(QStringLiteral("/api/v1/tickets"), body);
    return r.status == 201 ? r.object() : QJsonObject();
}

HttpTestClient::Response TstAttachments::upload(qint64 id, const QByteArray &type, const QByteArray &data,
                                                const QByteArray &name)
{
    return m_client->request("POST", QStringLiteral("/api/v1/tickets/%1/attachments").arg(id), data,
                             {{"Content-Type", type}, {"X-Filename", name}});
}

void TstAttachments::uploadListDownload()
{
    const qint64 id = createTicket().value(QStringLiteral("id")).toInteger();
    QByteArray pdf = QByteArrayLiteral("%PDF-1.4\n") + QByteArray(2 * 1024 * 1024, 'x'); // over the 1 MiB JSON limit
    const auto r = upload(id, "application/pdf", pdf, "records%20request.pdf");
    QCOMPARE(r.status, 201);
    const QJsonObject meta = r.object();
    QCOMPARE(meta.value(QStringLiteral("filename")).toString(), QStringLiteral("records request.pdf"));
    QCOMPARE(meta.value(QStringLiteral("size")).toInteger(), pdf.size());
    QCOMPARE(meta.value(QStringLiteral("sha256")).toString(),
             QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(meta.value(QStringLiteral("uploaded_by")).toString(), QStringLiteral("specialist"));

    const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a") + QByteArray(100, '\0');
    QCOMPARE(upload(id, "image/png", png, "scan.png").status, 201);
    const auto list = m_client->get(QStringLiteral("/api/v1/tickets/%1/attachments").arg(id));
    QCOMPARE(list.status, 200);
    QCOMPARE(list.object().value(QStringLiteral("items")).toArray().size(), 2);

    const auto bytes
        = m_client->get(QStringLiteral("/api/v1/attachments/%1").arg(meta.value(QStringLiteral("id")).toInteger()));
    QCOMPARE(bytes.status, 200);
    QCOMPARE(bytes.header("Content-Type"), QByteArray("application/pdf"));
    QVERIFY(bytes.raw == pdf);
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/attachments/99999999")).status, 404);
}

void TstAttachments::rejectsWrongTypeOrContent()
{
    const qint64 id = createTicket().value(QStringLiteral("id")).toInteger();
    QCOMPARE(upload(id, "application/zip", "PK\x03\x04rest").status, 415);
    QCOMPARE(upload(id, "application/pdf", QByteArray::fromHex("89504e470d0a1a0a0000")).status, 415); // a PNG
    QCOMPARE(upload(id, "image/jpeg", "%PDF-1.4 not a jpeg").status, 415);
    QCOMPARE(upload(id, "image/tiff", QByteArray::fromHex("49492a00") + "tiff", "../etc/passwd").status, 422);
    QCOMPARE(upload(99999999, "image/tiff", QByteArray::fromHex("4d4d002a") + "tiff", "a.tif").status, 404);
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/tickets/%1/attachments").arg(id))
                 .object()
                 .value(QStringLiteral("items"))
                 .toArray()
                 .size(),
             0);
}

void TstAttachments::tenMebibyteLimit()
{
    const qint64 id = createTicket().value(QStringLiteral("id")).toInteger();
    const QByteArray tooBig = QByteArrayLiteral("%PDF-1.7\n") + QByteArray(10 * 1024 * 1024, 'y');
    const auto r = upload(id, "application/pdf", tooBig);
    QCOMPARE(r.status, 413);
    QVERIFY(r.header("Content-Type").startsWith("application/problem+json"));
    // Other routes keep the 1 MiB limit.
    const auto json = m_client->request("POST", QStringLiteral("/api/v1/tickets"), QByteArray(2 * 1024 * 1024, ' '),
                                        {{"Content-Type", "application/json"}});
    QCOMPARE(json.status, 413);
}

void TstAttachments::linksCarryLabels()
{
    const QJsonObject a = createTicket();
    const QJsonObject b = createTicket();
    const qint64 id = a.value(QStringLiteral("id")).toInteger();
    const auto orgs = m_client->get(QStringLiteral("/api/v1/organizations?limit=1"))
                          .object()
                          .value(QStringLiteral("items"))
                          .toArray();
    const QJsonObject org = orgs.at(0).toObject();
    const QString links = QStringLiteral("/api/v1/tickets/%1/links").arg(id);

    const auto r = m_client->post(links, QJsonObject{{QStringLiteral("kind"), QStringLiteral("organization")},
                                                     {QStringLiteral("target"), org.value(QStringLiteral("id"))}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.object().value(QStringLiteral("label")).toString(), org.value(QStringLiteral("name")).toString());
    QCOMPARE(m_client
                 ->post(links, QJsonObject{{QStringLiteral("kind"), QStringLiteral("ticket")},
                                           {QStringLiteral("target"), b.value(QStringLiteral("id"))}})
                 .status,
             201);
    // A patient link must name a patient in the registry (the old check let any text through),
    // and it carries no label: ticket lists are read without caller verification.
    QString error;
    const auto patients = izdesk::test::insertRegistry(m_server->app()->database(), &error);
    QVERIFY2(!patients.isEmpty(), qPrintable(error));
    const QString patientId = QString::number(patients.value(QStringLiteral("jonathan")));
    QCOMPARE(m_client
                 ->post(links, QJsonObject{{QStringLiteral("kind"), QStringLiteral("patient")},
                                           {QStringLiteral("target"), QStringLiteral("P-77")}})
                 .status,
             422);
    QCOMPARE(m_client
                 ->post(links, QJsonObject{{QStringLiteral("kind"), QStringLiteral("patient")},
                                           {QStringLiteral("target"), QStringLiteral("99999999")}})
                 .status,
             422);
    QCOMPARE(m_client
                 ->post(links, QJsonObject{{QStringLiteral("kind"), QStringLiteral("iis_user")},
                                           {QStringLiteral("target"), QStringLiteral("99999999")}})
                 .status,
             422);
    const auto linked = m_client->post(
        links, QJsonObject{{QStringLiteral("kind"), QStringLiteral("patient")}, {QStringLiteral("target"), patientId}});
    QCOMPARE(linked.status, 201);
    QCOMPARE(linked.object().value(QStringLiteral("label")).toString(), QString());
    QCOMPARE(m_client
                 ->post(links, QJsonObject{{QStringLiteral("kind"), QStringLiteral("organization")},
                                           {QStringLiteral("target"), 99999999}})
                 .status,
             422);
    QCOMPARE(m_client
                 ->post(links, QJsonObject{{QStringLiteral("kind"), QStringLiteral("spaceship")},
                                           {QStringLiteral("target"), 1}})
                 .status,
             422);

    const QJsonObject ticket = m_client->get(QStringLiteral("/api/v1/tickets/%1").arg(id)).object();
    const QJsonArray ticketLinks = ticket.value(QStringLiteral("links")).toArray();
    QCOMPARE(ticketLinks.size(), 3);
    QCOMPARE(ticket.value(QStringLiteral("version")).toInt(), 4); // each new link is a change
    QCOMPARE(m_client->request("DELETE", links + QStringLiteral("/patient/") + patientId).status, 204);
    QCOMPARE(m_client->request("DELETE", links + QStringLiteral("/patient/") + patientId).status, 404);
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/tickets/%1").arg(id))
                 .object()
                 .value(QStringLiteral("links"))
                 .toArray()
                 .size(),
             2);
}

void TstAttachments::mergeClosesSourceAndLinksBothWays()
{
    const QJsonObject source = createTicket();
    const QJsonObject target = createTicket();
    const qint64 sid = source.value(QStringLiteral("id")).toInteger();
    const qint64 tid = target.value(QStringLiteral("id")).toInteger();
    QCOMPARE(m_client
                 ->post(QStringLiteral("/api/v1/tickets/%1/entries").arg(sid),
                        QJsonObject{{QStringLiteral("kind"), QStringLiteral("note")},
                                    {QStringLiteral("body"), QStringLiteral("from the duplicate")}})
                 .status,
             201);
    const izdesk::Ticket s
        = *izdesk::Ticket::fromJson(m_client->get(QStringLiteral("/api/v1/tickets/%1").arg(sid)).object());
    const auto r = m_client->post(QStringLiteral("/api/v1/tickets/%1/merge").arg(sid),
                                  QJsonObject{{QStringLiteral("into"), tid}}, {{"If-Match", s.etag()}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
    QCOMPARE(r.object().value(QStringLiteral("merged_into")).toInteger(), tid);
    QCOMPARE(
        r.object().value(QStringLiteral("links")).toArray().at(0).toObject().value(QStringLiteral("target")).toString(),
        QString::number(tid));
    const QJsonObject t = m_client->get(QStringLiteral("/api/v1/tickets/%1").arg(tid)).object();
    QCOMPARE(t.value(QStringLiteral("links")).toArray().at(0).toObject().value(QStringLiteral("target")).toString(),
             QString::number(sid));
    const auto entries = m_client->get(QStringLiteral("/api/v1/tickets/%1/entries").arg(tid))
                             .object()
                             .value(QStringLiteral("items"))
                             .toArray();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).toObject().value(QStringLiteral("ticket_id")).toInteger(), sid);
}

void TstAttachments::mergeNeedsIfMatchAndAnOpenTarget()
{
    const QJsonObject source = createTicket();
    const qint64 sid = source.value(QStringLiteral("id")).toInteger();
    const QString path = QStringLiteral("/api/v1/tickets/%1/merge").arg(sid);
    QCOMPARE(m_client->post(path, QJsonObject{{QStringLiteral("into"), 1}}).status, 428);
    QCOMPARE(m_client->post(path, QJsonObject{{QStringLiteral("into"), 1}}, {{"If-Match", "\"1-99\""}}).status, 412);
    QCOMPARE(m_client->post(path, QJsonObject{{QStringLiteral("into"), sid}}, {{"If-Match", "*"}}).status, 422);
    QCOMPARE(m_client->post(path, QJsonObject{{QStringLiteral("into"), 99999999}}, {{"If-Match", "*"}}).status, 422);
    // Unchanged after the refusals.
    QCOMPARE(
        m_client->get(QStringLiteral("/api/v1/tickets/%1").arg(sid)).object().value(QStringLiteral("version")).toInt(),
        1);
}

void TstAttachments::recentByPhoneAndOrganization()
{
    const auto orgs = m_client->get(QStringLiteral("/api/v1/organizations?limit=2"))
                          .object()
                          .value(QStringLiteral("items"))
                          .toArray();
    const qint64 org = orgs.at(1).toObject().value(QStringLiteral("id")).toInteger();
    const qint64 a = createTicket({{QStringLiteral("requester_contact"), QStringLiteral("+1 (800) 555-4242")}})
                         .value(QStringLiteral("id"))
                         .toInteger();
    const qint64 b = createTicket({{QStringLiteral("requester_contact"), QStringLiteral("800.555.4242 x12")}})
                         .value(QStringLiteral("id"))
                         .toInteger();
    createTicket({{QStringLiteral("requester_contact"), QStringLiteral("800-555-4243")}});

    const auto byPhone = m_client->get(QStringLiteral("/api/v1/tickets/recent?phone=8005554242"));
    QCOMPARE(byPhone.status, 200);
    QList<qint64> ids;
    for (const auto &v : byPhone.object().value(QStringLiteral("items")).toArray())
        ids << v.toObject().value(QStringLiteral("id")).toInteger();
    QCOMPARE(ids, (QList<qint64>{b, a}));

    const auto byOrg = m_client->get(QStringLiteral("/api/v1/tickets/recent?organization_id=%1").arg(org));
    QCOMPARE(byOrg.status, 200);
    const QJsonArray items = byOrg.object().value(QStringLiteral("items")).toArray();
    QVERIFY(items.size() <= 10);
    for (const auto &v : items)
        QCOMPARE(v.toObject().value(QStringLiteral("organization_id")).toInteger(), org);
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/tickets/recent")).status, 400);
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/tickets/recent?phone=12")).status, 400);

    // The caller's number in a POST body (as the client sends it) finds the same tickets.
    const auto posted = m_client->post(QStringLiteral("/api/v1/tickets/recent"),
                                       QJsonObject{{QStringLiteral("phone"), QStringLiteral("(800) 555-4242")}});
    QCOMPARE(posted.status, 200);
    QList<qint64> postedIds;
    for (const auto &v : posted.object().value(QStringLiteral("items")).toArray())
        postedIds << v.toObject().value(QStringLiteral("id")).toInteger();
    QCOMPARE(postedIds, ids);
    const auto postedOrg = m_client->post(QStringLiteral("/api/v1/tickets/recent"),
                                          QJsonObject{{QStringLiteral("organization_id"), org}});
    QCOMPARE(postedOrg.status, 200);
    QCOMPARE(postedOrg.object().value(QStringLiteral("items")).toArray(), items);
    QCOMPARE(m_client->post(QStringLiteral("/api/v1/tickets/recent"), QJsonObject{}).status, 400);
}

QTEST_GUILESS_MAIN(TstAttachments)
#include "tst_attachments.moc"
