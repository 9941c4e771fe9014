// Request size, header and time limits of the real izdesk-server binary, over raw sockets so
// that every byte and its timing is the test's: too many or too large header fields (431), a
// request line too long (414), a Content-Length over the route's limit answered before the
// body is sent (413), a client that dribbles its head or body (408, then the connection is
// closed) while other connections are served at once, idle connections closed, and what
// must keep working: a long poll longer than the limit, a steady upload longer than the
// limit, pipelined requests.
#include "serverprocess.h"
#include "rawhttp.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>

using izdesk::test::RawHttp;
using izdesk::test::ServerProcess;

namespace {

constexpr int kTimeoutSeconds = 2;
const QByteArray kPassword = "Quartz-Harbor-7319-Lantern";

// One connection whose every write and read the test times itself.
class Connection
{
public:
    explicit Connection(quint16 port) { m_socket.connectToHost(QHostAddress::LocalHost, port); }
    bool connected() { return m_socket.waitForConnected(5000); }
    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        while (m_socket.bytesToWrite() > 0 && m_socket.waitForBytesWritten(1000)) {
        }
    }
    // Reads what has arrived, waiting up to ms for more; false once the server closed.
    bool poll(int ms)
    {
        m_socket.waitForReadyRead(ms);
        m_in += m_socket.readAll();
        return m_socket.state() == QAbstractSocket::ConnectedState;
    }
    // Waits until the server closed the connection (true) or ms passed (false).
    bool waitForClose(int ms)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < ms)
            if (!poll(100))
                return true;
        return false;
    }
    // Waits until `count` complete answers (heads with Content-Length and bodies) arrived.
    bool waitForAnswers(int count, int ms)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < ms && answers().size() < count)
            poll(100);
        return answers().size() >= count;
    }
    // The answers received so far: status line and body of each.
    QList<std::pair<QByteArray, QByteArray>> answers() const
    {
        QList<std::pair<QByteArray, QByteArray>> out;
        qsizetype at = 0;
        while (true) {
            const qsizetype end = m_in.indexOf("\r\n\r\n", at);
            if (end < 0)
                break;
            const QByteArray head = m_in.mid(at, end - at);
            qint64 length = 0;
            for (const QByteArray &line : head.split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            if (m_in.size() < end + 4 + length)
                break;
            out.append({head.left(head.indexOf('\r')), m_in.mid(end + 4, length)});
            at = end + 4 + length;
        }
        return out;
    }
    QByteArray received() const { return m_in; }
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

private:
    QTcpSocket m_socket;
    QByteArray m_in;
};

RawHttp::Headers fields(int count)
{
    RawHttp::Headers out;
    for (int i = 0; i < count; ++i)
        out.append({"X-Field-" + QByteArray::number(i), "v"});
    return out;
}

QString problemType(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(QStringLiteral("type")).toString();
}

} // namespace

class TstRequestLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void headerFieldCountAndSize();
    void requestLineTooLong();
    void contentLengthOverTheRouteLimitIsAnsweredBeforeTheBody();
    void dribbledHeadIsCutOffWhileOthersAreServed();
    void dribbledBodyIsCutOff();
    void idleConnectionsAreClosed();
    void longPollOutlastsTheLimit();
    void steadyUploadOutlastsTheLimit();
    void pipelinedRequestsAreAnsweredInOrder();

private:
    RawHttp raw() const { return RawHttp(QHostAddress::LocalHost, m_port); }
    ServerProcess m_proc{QStringLiteral(IZDESK_SERVER_BINARY)};
    quint16 m_port = 0;
    QByteArray m_token;
};

void TstRequestLimits::initTestCase()
{
    QVERIFY(m_proc.isValid());
    const QStringList db{QStringLiteral("--database"), QStringLiteral("sqlite:") + m_proc.path(QStringLiteral("s.sqlite"))};
    QCOMPARE(m_proc.runTool(QStringLiteral("staff-add"),
                            QStringList{QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("limits-admin"),
                                        QStringLiteral("--role"), QStringLiteral("admin"),
                                        QStringLiteral("--password-stdin")}
                                + db,
                            kPassword + '\n'),
             0);
    QString error;
    const QUrl base = m_proc.start(QStringLiteral("server"),
                                   QStringList{QStringLiteral("--environment"), QStringLiteral("production"),
                                               QStringLiteral("--request-timeout"),
                                               QString::number(kTimeoutSeconds)}
                                       + db,
                                   &error);
    QVERIFY2(base.port() > 0, qPrintable(error));
    m_port = quint16(base.port());
    const auto signIn = raw().send("POST", "/api/v1/sessions",
                                   R"({"username":"limits-admin","password":")" + kPassword + R"("})",
                                   {{"Content-Type", "application/json"}});
    QCOMPARE(signIn.status, 201);
    m_token = signIn.object().value(QStringLiteral("token")).toString().toLatin1();
    QVERIFY(!m_token.isEmpty());
}

void TstRequestLimits::cleanupTestCase()
{
    QVERIFY(m_proc.stop());
}

void TstRequestLimits::headerFieldCountAndSize()
{
    // RawHttp sends Host and Connection itself: 98 more make the 100 the server takes.
    const auto hundred = raw().send("GET", "/api/v1/meta", {}, fields(98));
    QCOMPARE(hundred.status, 200);

    const auto hundredAndOne = raw().send("GET", "/api/v1/meta", {}, fields(99));
    QCOMPARE(hundredAndOne.status, 431);
    QCOMPARE(problemType(hundredAndOne.body), QStringLiteral("https://izdesk.invalid/problems/header-fields-too-large"));
    QVERIFY2(hundredAndOne.object().value(QStringLiteral("detail")).toString().contains(QStringLiteral("100")),
             hundredAndOne.body.constData());
    QCOMPARE(hundredAndOne.header("Connection"), QByteArray("close"));
    QCOMPARE(hundredAndOne.header("X-Content-Type-Options"), QByteArray("nosniff"));

    // 30 KiB of head is under the 32 KiB limit; one 40 KiB field is over it.
    const auto large = raw().send("GET", "/api/v1/meta", {}, {{"X-Large", QByteArray(30 * 1024, 'a')}});
    QCOMPARE(large.status, 200);
    const auto huge = raw().send("GET", "/api/v1/meta", {}, {{"X-Huge", QByteArray(40 * 1024, 'a')}});
    QCOMPARE(huge.status, 431);
    QVERIFY2(huge.object().value(QStringLiteral("detail")).toString().contains(QStringLiteral("32768 bytes")),
             huge.body.constData());
    // A head that never ends is cut at the limit, not buffered: 1 MiB of one field, no end.
    Connection endless(m_port);
    QVERIFY(endless.connected());
    endless.send("GET /api/v1/meta HTTP/1.1\r\nHost: x\r\nX-Endless: " + QByteArray(1024 * 1024, 'b'));
    QVERIFY(endless.waitForClose(10000));
    QVERIFY2(endless.received().startsWith("HTTP/1.1 431 "), endless.received().left(200).constData());
}

void TstRequestLimits::requestLineTooLong()
{
    const auto r = raw().send("GET", "/api/v1/meta?q=" + QByteArray(40 * 1024, 'q'));
    QCOMPARE(r.status, 414);
    QCOMPARE(problemType(r.body), QStringLiteral("https://izdesk.invalid/problems/uri-too-long"));
}

void TstRequestLimits::contentLengthOverTheRouteLimitIsAnsweredBeforeTheBody()
{
    // 2 MiB announced to a JSON route (1 MiB): the answer comes with no byte of body sent.
    Connection json(m_port);
    QVERIFY(json.connected());
    json.send("POST /api/v1/sessions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
              "Content-Length: 2097152\r\n\r\n");
    QVERIFY(json.waitForAnswers(1, 10000));
    QVERIFY2(json.answers().constFirst().first.startsWith("HTTP/1.1 413 "), json.received().constData());
    const QJsonObject problem = QJsonDocument::fromJson(json.answers().constFirst().second).object();
    QCOMPARE(problem.value(QStringLiteral("type")).toString(),
             QStringLiteral("https://izdesk.invalid/problems/payload-too-large"));
    QCOMPARE(problem.value(QStringLiteral("instance")).toString(), QStringLiteral("/api/v1/sessions"));
    QVERIFY(json.waitForClose(10000));

    // The attachment route takes 10 MiB: 5 MiB is read in full and reaches the route, whose
    // access check answers (no session).
    const QByteArray pdf = QByteArrayLiteral("%PDF-1.7\n") + QByteArray(5 * 1024 * 1024, 'y');
    const auto upload = raw().send("POST", "/api/v1/tickets/1/attachments", pdf,
                                   {{"Content-Type", "application/pdf"}, {"X-Filename", "a.pdf"}});
    QCOMPARE(upload.status, 401);
}

void TstRequestLimits::dribbledHeadIsCutOffWhileOthersAreServed()
{
    Connection slow(m_port);
    QVERIFY(slow.connected());
    QElapsedTimer sinceFirstByte;
    sinceFirstByte.start();
    slow.send("GET /api/v1/meta HTTP/1.1\r\nHost: x\r\n");
    // One header field every 250 ms: the whole head would take 25 s.
    bool servedMeanwhile = false;
    for (int i = 0; i < 100 && slow.poll(250); ++i) {
        slow.send("X-Slow-" + QByteArray::number(i) + ": v\r\n");
        if (i == 2) {
            // Another client, while this one is still dribbling.
            const auto other = raw().send("GET", "/api/v1/meta");
            QCOMPARE(other.status, 200);
            servedMeanwhile = slow.isOpen();
        }
    }
    QVERIFY(slow.waitForClose(5000));
    const qint64 cutAfter = sinceFirstByte.elapsed();
    QVERIFY(servedMeanwhile);
    QVERIFY2(slow.received().startsWith("HTTP/1.1 408 "), slow.received().constData());
    QCOMPARE(problemType(slow.answers().value(0).second), QStringLiteral("https://izdesk.invalid/problems/request-timeout"));
    // Not before the limit, and long before the head was complete.
    QVERIFY2(cutAfter >= kTimeoutSeconds * 1000 - 100, qPrintable(QString::number(cutAfter)));
    QVERIFY2(cutAfter < 10000, qPrintable(QString::number(cutAfter)));
}

void TstRequestLimits::dribbledBodyIsCutOff()
{
    Connection slow(m_port);
    QVERIFY(slow.connected());
    QElapsedTimer sinceFirstByte;
    sinceFirstByte.start();
    slow.send("POST /api/v1/sessions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
              "Content-Length: 1000\r\n\r\n{");
    // Ten bytes every 250 ms: 40 B/s, far below the 16 KiB/s a body must keep up.
    for (int i = 0; i < 100 && slow.poll(250); ++i)
        slow.send(QByteArray(10, ' '));
    QVERIFY(slow.waitForClose(5000));
    const qint64 cutAfter = sinceFirstByte.elapsed();
    QVERIFY2(slow.received().startsWith("HTTP/1.1 408 "), slow.received().constData());
    QVERIFY2(cutAfter >= kTimeoutSeconds * 1000 - 100 && cutAfter < 10000, qPrintable(QString::number(cutAfter)));
}

void TstRequestLimits::idleConnectionsAreClosed()
{
    // Connected and silent: closed without a word.
    Connection silent(m_port);
    QVERIFY(silent.connected());
    QVERIFY(silent.waitForClose(kTimeoutSeconds * 1000 + 5000));
    QCOMPARE(silent.received(), QByteArray());

    // Kept alive after an answer, then idle: closed as well, after the one answer.
    Connection kept(m_port);
    QVERIFY(kept.connected());
    kept.send("GET /api/v1/meta HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(kept.waitForAnswers(1, 5000));
    QVERIFY2(kept.answers().constFirst().first.startsWith("HTTP/1.1 200 "), kept.received().constData());
    QVERIFY(kept.isOpen());
    QVERIFY(kept.waitForClose(kTimeoutSeconds * 1000 + 5000));
    QCOMPARE(kept.answers().size(), 1);
}

void TstRequestLimits::longPollOutlastsTheLimit()
{
    const RawHttp::Headers auth{{"Authorization", "Bearer " + m_token}};
    const auto first = raw().send("GET", "/api/v1/changes?since=0", {}, auth);
    QCOMPARE(first.status, 200);
    const QByteArray cursor = first.object().value(QStringLiteral("cursor")).toString().toLatin1();
    // Nothing changes: the poll waits its full 4 s, twice the request limit, and answers.
    QElapsedTimer timer;
    timer.start();
    const auto poll
        = raw().send("GET", "/api/v1/changes?since=" + QUrl::toPercentEncoding(QString::fromLatin1(cursor)) + "&wait=4",
                     {}, auth);
    QCOMPARE(poll.status, 200);
    QVERIFY2(timer.elapsed() >= 3500, qPrintable(QString::number(timer.elapsed())));
}

void TstRequestLimits::steadyUploadOutlastsTheLimit()
{
    // 160 KiB at about 40 KiB/s: 4 s in all, twice the limit, but always faster than 16 KiB/s.
    Connection upload(m_port);
    QVERIFY(upload.connected());
    const qint64 size = 160 * 1024;
    upload.send("POST /api/v1/sessions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                + QByteArray::number(size) + "\r\n\r\n");
    for (qint64 sent = 0; sent < size; sent += 8 * 1024) {
        QVERIFY2(upload.poll(200), "the server closed a steady upload");
        upload.send(QByteArray(8 * 1024, ' '));
    }
    QVERIFY(upload.waitForAnswers(1, 5000));
    // The body reached the route (blanks are no JSON object), not the time limit.
    QVERIFY2(upload.answers().constFirst().first.startsWith("HTTP/1.1 4"), upload.received().constData());
    QVERIFY2(!upload.answers().constFirst().first.startsWith("HTTP/1.1 408"), upload.received().constData());
}

void TstRequestLimits::pipelinedRequestsAreAnsweredInOrder()
{
    // Three requests in one write, the middle one with a body of 150 lines that look like header
    // fields: each head is framed on its own (no 431), each body skipped by its length. (Paths
    // no route takes are answered at once, so the answers cannot overtake each other.)
    QByteArray body;
    for (int i = 0; i < 150; ++i)
        body += "X-Not-A-Field-" + QByteArray::number(i) + ": v\r\n";
    Connection pipe(m_port);
    QVERIFY(pipe.connected());
    pipe.send("GET /api/v1/nowhere-1 HTTP/1.1\r\nHost: x\r\n\r\n"
              "POST /api/v1/nowhere-2 HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: "
              + QByteArray::number(body.size()) + "\r\n\r\n" + body + "GET /api/v1/nowhere-3 HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY2(pipe.waitForAnswers(3, 10000), pipe.received().constData());
    for (const auto &[status, problem] : pipe.answers()) {
        QVERIFY2(status.startsWith("HTTP/1.1 404 "), pipe.received().constData());
        QCOMPARE(problemType(problem), QStringLiteral("https://izdesk.invalid/problems/not-found"));
    }
}

QTEST_GUILESS_MAIN(TstRequestLimits)
#include "tst_requestlimits.moc"
