#include "oidcsignin.h"

#include "apiclient.h"
#include "apireply.h"
#include "browserlauncher.h"
#include "httptransport.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

#include <openssl/rand.h>

namespace izdesk {

namespace {

const QString kCallbackPath = QStringLiteral("/callback");
constexpr qsizetype kMaxRequestBytes = 16 * 1024;

QString formEncode(const QList<QPair<QString, QString>> &items)
{
    QStringList parts;
    for (const auto &[name, value] : items)
        parts << QString::fromLatin1(QUrl::toPercentEncoding(name)) + QLatin1Char('=')
                + QString::fromLatin1(QUrl::toPercentEncoding(value));
    return parts.join(QLatin1Char('&'));
}

} // namespace

std::optional<IdentityProviderInfo> IdentityProviderInfo::fromJson(const QJsonObject &json)
{
    IdentityProviderInfo info;
    info.issuer = json.value(QStringLiteral("issuer")).toString();
    info.displayName = json.value(QStringLiteral("display_name")).toString();
    info.clientId = json.value(QStringLiteral("client_id")).toString();
    info.scope = json.value(QStringLiteral("scope")).toString(QStringLiteral("openid"));
    info.authorizationEndpoint = QUrl(json.value(QStringLiteral("authorization_endpoint")).toString(), QUrl::StrictMode);
    info.tokenEndpoint = QUrl(json.value(QStringLiteral("token_endpoint")).toString(), QUrl::StrictMode);
    if (info.issuer.isEmpty() || info.displayName.isEmpty() || info.clientId.isEmpty()
        || !info.authorizationEndpoint.isValid() || info.authorizationEndpoint.host().isEmpty()
        || !info.tokenEndpoint.isValid() || info.tokenEndpoint.host().isEmpty())
        return std::nullopt;
    return info;
}

OidcSignIn::OidcSignIn(QObject *parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(tr("No answer came back from the browser within %n minute(s). Sign in again.", nullptr,
                qMax(1, m_timeoutMs / 60000)));
    });
}

OidcSignIn::~OidcSignIn()
{
    stop();
}

QString OidcSignIn::randomUrlSafe(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(raw.data()), bytes) != 1)
        return {};
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString OidcSignIn::codeChallenge(const QString &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QUrl OidcSignIn::redirectUri() const
{
    if (!m_listener || !m_listener->isListening())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_listener->serverPort());
    url.setPath(kCallbackPath);
    return url;
}

void OidcSignIn::start(const IdentityProviderInfo &idp, const QString &nonce)
{
    stop();
    m_idp = idp;
    m_active = true;
    // RFC 7636 §4.1: 32 random octets give a 43-character verifier.
    m_verifier = randomUrlSafe(32);
    m_state = randomUrlSafe(32);
    if (m_verifier.isEmpty() || m_state.isEmpty()) {
        fail(tr("This computer could not produce the random values a sign-in needs."));
        return;
    }
    m_listener = new QTcpServer(this);
    connect(m_listener, &QTcpServer::newConnection, this, &OidcSignIn::onConnection);
    if (!m_listener->listen(QHostAddress::LocalHost, 0)) {
        fail(tr("IZ Desk cannot receive the answer of the identity provider: no port is free on this computer "
                "(%1).").arg(m_listener->errorString()));
        return;
    }
    QUrl authorize = idp.authorizationEndpoint;
    QUrlQuery query(authorize);
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"), idp.clientId);
    query.addQueryItem(QStringLiteral("redirect_uri"), redirectUri().toString(QUrl::FullyEncoded));
    query.addQueryItem(QStringLiteral("scope"), idp.scope);
    query.addQueryItem(QStringLiteral("state"), m_state);
    query.addQueryItem(QStringLiteral("nonce"), nonce);
    query.addQueryItem(QStringLiteral("code_challenge"), codeChallenge(m_verifier));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    authorize.setQuery(ApiClient::encodeQuery(query), QUrl::StrictMode);
    m_timeout.start(m_timeoutMs);
    SystemBrowserLauncher system;
    BrowserLauncher *browser = m_launcher ? m_launcher : &system;
    if (!browser->open(authorize)) {
        fail(tr("No web browser could be opened for the sign-in with %1.").arg(idp.displayName));
        return;
    }
    if (m_active)
        Q_EMIT waitingForBrowser();
}

void OidcSignIn::cancel()
{
    stop();
}

void OidcSignIn::stop()
{
    m_active = false;
    m_timeout.stop();
    m_tokenRequest = 0;
    m_verifier.clear();
    m_state.clear();
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
        it.key()->deleteLater();
    }
    m_pending.clear();
    if (m_listener) {
        m_listener->close();
        m_listener->deleteLater();
        m_listener = nullptr;
    }
}

void OidcSignIn::fail(const QString &message)
{
    if (!m_active)
        return;
    stop();
    Q_EMIT failed(message);
}

void OidcSignIn::onConnection()
{
    while (m_listener && m_listener->hasPendingConnections()) {
        QTcpSocket *socket = m_listener->nextPendingConnection();
        // Owned here, not by the listener, so that a page being sent outlives closing it.
        socket->setParent(this);
        m_pending.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            if (m_pending.remove(socket))
                socket->deleteLater();
        });
    }
}

void OidcSignIn::onReadable(QTcpSocket *socket)
{
    auto it = m_pending.find(socket);
    if (it == m_pending.end())
        return;
    it.value() += socket->readAll();
    const QByteArray &request = it.value();
    const qsizetype end = request.indexOf("\r\n\r\n");
    if (end < 0) {
        if (request.size() > kMaxRequestBytes)
            respond(socket, 431, tr("Request too large"), QString());
        return;
    }
    // "GET /callback?code=…&state=… HTTP/1.1"
    const QList<QByteArray> line = request.left(request.indexOf("\r\n")).split(' ');
    const QUrl target = line.size() == 3 ? QUrl::fromEncoded(line.at(1), QUrl::StrictMode) : QUrl();
    if (line.size() != 3 || line.at(0) != "GET" || target.path() != kCallbackPath) {
        respond(socket, 404, tr("Not found"), QString());
        return;
    }
    handleRedirect(socket, target);
}

void OidcSignIn::handleRedirect(QTcpSocket *socket, const QUrl &target)
{
    const QUrlQuery query(target);
    const auto value = [&query](const char *name) {
        return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    if (!m_active || m_tokenRequest != 0) {
        respond(socket, 409, tr("Sign-in already handled"), tr("This sign-in is over. You can close this tab."));
        return;
    }
    if (value("state") != m_state) {
        respond(socket, 400, tr("Sign-in not accepted"),
                tr("This answer does not belong to the sign-in IZ Desk started. You can close this tab."));
        fail(tr("The answer that came back from the browser did not belong to this sign-in, so it was not used. "
                "Sign in again."));
        return;
    }
    if (!value("error").isEmpty()) {
        const QString error = value("error");
        const QString description = value("error_description").left(300);
        respond(socket, 200, tr("Sign-in refused"),
                tr("%1 did not sign you in. Go back to IZ Desk for the details; you can close this tab.")
                    .arg(m_idp.displayName));
        fail(description.isEmpty()
                 ? tr("%1 refused the sign-in (%2).").arg(m_idp.displayName, error)
                 : tr("%1 refused the sign-in (%2: %3).").arg(m_idp.displayName, error, description));
        return;
    }
    const QString code = value("code");
    if (code.isEmpty()) {
        respond(socket, 400, tr("Sign-in not accepted"), tr("The answer held no authorization code."));
        fail(tr("%1 sent no authorization code back. Sign in again.").arg(m_idp.displayName));
        return;
    }
    respond(socket, 200, tr("Signed in"),
            tr("You are signed in with %1. You can close this tab and go back to IZ Desk.").arg(m_idp.displayName));
    const QUrl redirect = redirectUri();
    // Only one redirect is ever taken: nobody listens any more.
    m_listener->close();

    HttpRequest request;
    request.method = "POST";
    request.url = m_idp.tokenEndpoint;
    request.caFile = m_caFile;
    request.headers = {{"Content-Type", "application/x-www-form-urlencoded"}, {"Accept", "application/json"}};
    request.body = formEncode({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                               {QStringLiteral("code"), code},
                               {QStringLiteral("redirect_uri"), redirect.toString(QUrl::FullyEncoded)},
                               {QStringLiteral("client_id"), m_idp.clientId},
                               {QStringLiteral("code_verifier"), m_verifier}})
                       .toLatin1();
    if (!m_transport) {
        m_transport = new HttpTransport(this);
        connect(m_transport, &HttpTransport::finished, this, &OidcSignIn::onTokenResponse);
    }
    m_tokenRequest = m_transport->send(request);
    Q_EMIT exchangingCode();
}

void OidcSignIn::respond(QTcpSocket *socket, int status, const QString &title, const QString &text)
{
    static const QHash<int, QByteArray> reasons{{200, "OK"}, {400, "Bad Request"}, {404, "Not Found"},
                                                {409, "Conflict"}, {431, "Request Header Fields Too Large"}};
    const QByteArray body = QStringLiteral("<!DOCTYPE html><html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2"
                                           "</title></head><body style=\"font-family: sans-serif; margin: 3em;\">"
                                           "<h1>%2</h1><p>%3</p></body></html>")
                                .arg(QLocale().bcp47Name(), title.toHtmlEscaped(), text.toHtmlEscaped())
                                .toUtf8();
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasons.value(status, "Error") + "\r\n";
    head += "Content-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\nReferrer-Policy: no-referrer\r\n";
    head += "Connection: close\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    m_pending.remove(socket);
    socket->disconnect(this);
    socket->write(head + body);
    socket->disconnectFromHost();
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    if (socket->state() == QAbstractSocket::UnconnectedState)
        socket->deleteLater();
}

void OidcSignIn::onTokenResponse(const HttpResponse &response)
{
    if (response.id != m_tokenRequest || !m_active)
        return;
    m_tokenRequest = 0;
    if (response.isNetworkError()) {
        fail(ApiReply::networkMessage(response));
        return;
    }
    const QJsonObject body = response.body.object();
    const QString idToken = body.value(QStringLiteral("id_token")).toString();
    if (response.httpStatus == 200 && !idToken.isEmpty()) {
        stop();
        Q_EMIT succeeded(idToken);
        return;
    }
    const QString error = body.value(QStringLiteral("error")).toString();
    const QString description = body.value(QStringLiteral("error_description")).toString().left(300);
    if (error.isEmpty())
        fail(tr("%1 did not hand out an ID token (HTTP %2).").arg(m_idp.displayName).arg(response.httpStatus));
    else if (description.isEmpty())
        fail(tr("%1 refused the sign-in (%2).").arg(m_idp.displayName, error));
    else
        fail(tr("%1 refused the sign-in (%2: %3).").arg(m_idp.displayName, error, description));
}

} // namespace izdesk
