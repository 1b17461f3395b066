#include "httpexchange.h"

#include "httpconnection.h"
#include "websocket.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QLocale>
#include <QSslSocket>
#include <QUuid>

namespace Ringside::Sandbox {

HttpExchange::HttpExchange(HttpRequest request, HttpConnection *connection)
    : QObject(connection)
    , m_request(std::move(request))
    , m_connection(connection)
{}

HttpExchange::~HttpExchange() = default;

QSslCertificate HttpExchange::peerCertificate() const
{
    return m_connection && m_connection->socket() ? m_connection->socket()->peerCertificate() : QSslCertificate();
}

QList<QSslCertificate> HttpExchange::peerCertificateChain() const
{
    return m_connection && m_connection->socket() ? m_connection->socket()->peerCertificateChain()
                                                  : QList<QSslCertificate>();
}

void HttpExchange::addHeader(const QByteArray &name, const QByteArray &value)
{
    m_headers.append({name, value});
}

static QByteArray httpDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

QByteArray HttpExchange::head(int status, const QByteArray &contentType, qint64 contentLength) const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    out += "Audit-Id: " + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "\r\n";
    out += "Cache-Control: no-cache, private\r\n";
    if (!contentType.isEmpty()) {
        out += "Content-Type: " + contentType + "\r\n";
    }
    for (const auto &[name, value] : m_headers) {
        out += name + ": " + value + "\r\n";
    }
    if (contentType.startsWith("text/plain")) {
        out += "X-Content-Type-Options: nosniff\r\n";
    }
    out += "Date: " + httpDate() + "\r\n";
    if (contentLength >= 0) {
        out += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    } else {
        out += "Transfer-Encoding: chunked\r\n";
    }
    return out + "\r\n";
}

static bool wantsKeepAlive(const HttpRequest &request)
{
    const QByteArray connection = request.header("connection").toLower();
    if (request.minorVersion == 0) {
        return connection.contains("keep-alive");
    }
    return !connection.contains("close");
}

void HttpExchange::respond(int status, const QByteArray &contentType, const QByteArray &body)
{
    if (m_state != State::New || !m_connection) {
        return;
    }
    m_state = State::Done;
    QByteArray out = head(status, contentType, body.size());
    if (m_request.method != "HEAD") {
        out += body;
    }
    m_connection->writeRaw(out);
    m_connection->exchangeFinished(this, wantsKeepAlive(m_request));
}

void HttpExchange::beginStream(int status, const QByteArray &contentType)
{
    if (m_state != State::New || !m_connection) {
        return;
    }
    m_state = State::Streaming;
    m_connection->writeRaw(head(status, contentType, -1));
}

void HttpExchange::writeChunk(const QByteArray &data)
{
    if (m_state != State::Streaming || !m_connection || data.isEmpty()) {
        return;
    }
    m_connection->writeRaw(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
}

void HttpExchange::endStream()
{
    if (m_state != State::Streaming || !m_connection) {
        return;
    }
    m_state = State::Done;
    m_connection->writeRaw(QByteArrayLiteral("0\r\n\r\n"));
    m_connection->exchangeFinished(this, wantsKeepAlive(m_request));
}

qint64 HttpExchange::pendingBytes() const
{
    if (!m_connection || !m_connection->socket()) {
        return 0;
    }
    return m_connection->socket()->bytesToWrite() + m_connection->socket()->encryptedBytesToWrite();
}

WebSocketConnection *HttpExchange::acceptWebSocket(const QString &protocol, QObject *owner)
{
    if (m_state != State::New || !m_connection || !m_request.isWebSocketUpgrade()) {
        return nullptr;
    }
    m_state = State::Done;
    const QByteArray key = m_request.header("sec-websocket-key");
    const QByteArray accept
        = QCryptographicHash::hash(QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"), QCryptographicHash::Sha1)
              .toBase64();
    QByteArray out = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n";
    out += "Sec-WebSocket-Accept: " + accept + "\r\n";
    if (!protocol.isEmpty()) {
        out += "Sec-WebSocket-Protocol: " + protocol.toLatin1() + "\r\n";
    }
    out += "\r\n";
    m_connection->writeRaw(out);
    QByteArray unread;
    QSslSocket *socket = m_connection->releaseSocket(&unread);
    return new WebSocketConnection(socket, unread, protocol, owner);
}

void HttpExchange::markClientGone()
{
    if (m_clientGone) {
        return;
    }
    m_clientGone = true;
    Q_EMIT clientGone();
}

} // namespace Ringside::Sandbox
