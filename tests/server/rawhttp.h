#pragma once

// A bare HTTP/1.1 client for tests that must control every byte of a request: the request
// target exactly as written (no normalisation of %-escapes or '+'), any header, any body, a
// body that is not JSON or larger than the server accepts. One connection per request;
// blocking (waitFor*), so it needs no event loop — for a server in another process.

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QTcpSocket>

namespace izdesk::test {

class RawHttp
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    struct Response
    {
        int status = 0; // 0: no answer
        Headers headers;
        QByteArray body;
        QString error;

        QByteArray header(const QByteArray &name) const
        {
            for (const auto &h : headers)
                if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                    return h.second;
            return {};
        }
        QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
        bool isProblem() const { return header("content-type").startsWith("application/problem+json"); }
    };

    RawHttp(QHostAddress host, quint16 port)
        : m_host(std::move(host))
        , m_port(port)
    {
    }

    int timeoutMs = 15000;

    Response send(const QByteArray &method, const QByteArray &target, const QByteArray &body = {},
                  const Headers &headers = {}) const
    {
        Response r;
        QTcpSocket socket;
        socket.connectToHost(m_host, m_port);
        if (!socket.waitForConnected(timeoutMs)) {
            r.error = socket.errorString();
            return r;
        }
        QByteArray request = method + ' ' + target + " HTTP/1.1\r\nHost: " + m_host.toString().toLatin1() + ':'
                             + QByteArray::number(m_port) + "\r\nConnection: close\r\n";
        for (const auto &h : headers)
            request += h.first + ": " + h.second + "\r\n";
        if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH")
            request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        request += "\r\n" + body;
        socket.write(request);
        QElapsedTimer timer;
        timer.start();
        while (socket.bytesToWrite() > 0 && timer.elapsed() < timeoutMs)
            socket.waitForBytesWritten(200);
        QByteArray in;
        qsizetype headerEnd = -1;
        qint64 length = -1;
        while (timer.elapsed() < timeoutMs) {
            if (headerEnd >= 0 && length >= 0 && in.size() >= headerEnd + 4 + length)
                break;
            if (!socket.waitForReadyRead(200) && socket.state() != QAbstractSocket::ConnectedState) {
                in += socket.readAll();
                break;
            }
            in += socket.readAll();
            if (headerEnd < 0 && (headerEnd = in.indexOf("\r\n\r\n")) >= 0)
                length = parseHead(in.left(headerEnd), &r);
        }
        if (headerEnd < 0) {
            r.error = in.isEmpty() ? QStringLiteral("no answer") : QStringLiteral("incomplete answer");
            r.status = 0;
            return r;
        }
        r.body = in.mid(headerEnd + 4, length >= 0 ? length : -1);
        return r;
    }

private:
    static qint64 parseHead(const QByteArray &head, Response *r)
    {
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
        r->status = statusLine.value(1).toInt();
        qint64 length = -1;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            r->headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
            if (line.left(colon).trimmed().compare("content-length", Qt::CaseInsensitive) == 0)
                length = line.mid(colon + 1).trimmed().toLongLong();
        }
        return length;
    }

    QHostAddress m_host;
    quint16 m_port;
};

} // namespace izdesk::test
