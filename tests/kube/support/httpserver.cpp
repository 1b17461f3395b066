#include "httpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace Qt::StringLiterals;

namespace Ringside::Test {

namespace {
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 101: return "Switching Protocols";
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 410: return "Gone";
    case 415: return "Unsupported Media Type";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

bool parseHead(const QByteArray &head, HttpRequest *req)
{
    const QList<QByteArray> lines = head.split('\n');
    if (lines.isEmpty()) {
        return false;
    }
    const QList<QByteArray> first = lines.first().trimmed().split(' ');
    if (first.size() < 2) {
        return false;
    }
    req->method = first.at(0);
    const QUrl url = QUrl::fromEncoded(first.at(1));
    req->path = url.path(QUrl::FullyDecoded);
    req->query = QUrlQuery(url.query(QUrl::FullyEncoded));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            continue;
        }
        req->headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    return true;
}
} // namespace

QByteArray HttpRequest::header(const QByteArray &lowerName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerName) {
            return h.second;
        }
    }
    return {};
}

QList<QByteArray> HttpRequest::headerValues(const QByteArray &lowerName) const
{
    QList<QByteArray> out;
    for (const auto &h : headers) {
        if (h.first == lowerName) {
            out.append(h.second);
        }
    }
    return out;
}

QByteArray statusJson(int code, const QString &reason, const QString &message, const QJsonArray &causes)
{
    QJsonObject o{{u"kind"_s, u"Status"_s}, {u"apiVersion"_s, u"v1"_s}, {u"metadata"_s, QJsonObject()}, {u"status"_s, u"Failure"_s},
                  {u"message"_s, message}, {u"reason"_s, reason}, {u"code"_s, code}};
    if (!causes.isEmpty()) {
        o.insert(u"details"_s, QJsonObject{{u"causes"_s, causes}});
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

HttpConnection::HttpConnection(QTcpSocket *socket, FakeHttpServer *server)
    : QObject(server)
    , m_socket(socket)
    , m_server(server)
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        Q_EMIT closed();
        deleteLater();
    });
    if (socket->bytesAvailable() > 0) {
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
    }
}

HttpConnection::~HttpConnection() = default;

bool HttpConnection::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void HttpConnection::onReadyRead()
{
    if (!m_socket || m_busy || m_streaming) {
        return;
    }
    if (m_buffer.isEmpty()) {
        // Peek first: a WebSocket upgrade hands the untouched socket to QWebSocketServer.
        const QByteArray peeked = m_socket->peek(64 * 1024);
        const qsizetype end = peeked.indexOf("\r\n\r\n");
        if (end < 0) {
            if (peeked.size() >= 64 * 1024) {
                drop();
            }
            return;
        }
        HttpRequest req;
        if (parseHead(peeked.left(end), &req) && req.header("upgrade").toLower() == "websocket") {
            if (auto *ssl = qobject_cast<QSslSocket *>(m_socket)) {
                req.peerCertificate = ssl->peerCertificate();
            }
            m_server->upgrade(req, m_socket, this);
            return;
        }
    }
    m_buffer += m_socket->readAll();
    while (!m_busy && !m_streaming) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            return;
        }
        HttpRequest req;
        if (!parseHead(m_buffer.left(end), &req)) {
            drop();
            return;
        }
        const qsizetype length = req.header("content-length").toLongLong();
        if (m_buffer.size() < end + 4 + length) {
            return;
        }
        req.body = m_buffer.mid(end + 4, length);
        m_buffer.remove(0, end + 4 + length);
        if (auto *ssl = qobject_cast<QSslSocket *>(m_socket)) {
            req.peerCertificate = ssl->peerCertificate();
        }
        dispatch(req);
    }
}

void HttpConnection::dispatch(const HttpRequest &request)
{
    m_busy = true;
    m_server->requests.append(request);
    m_server->handle(request, this);
}

void HttpConnection::writeHead(int status, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &h : headers) {
        head += h.first + ": " + h.second + "\r\n";
    }
    head += "\r\n";
    m_socket->write(head);
}

void HttpConnection::respond(int status, const QByteArray &body, const QByteArray &contentType,
                             const QList<QPair<QByteArray, QByteArray>> &headers)
{
    if (!isOpen()) {
        return;
    }
    QList<QPair<QByteArray, QByteArray>> all = headers;
    all.append({"Content-Type", contentType});
    all.append({"Content-Length", QByteArray::number(body.size())});
    writeHead(status, all);
    m_socket->write(body);
    m_busy = false;
    if (!m_buffer.isEmpty() || m_socket->bytesAvailable()) {
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
    }
}

void HttpConnection::respondStatus(int status, const QString &reason, const QString &message, const QJsonArray &causes,
                                   const QList<QPair<QByteArray, QByteArray>> &headers)
{
    respond(status, statusJson(status, reason, message, causes), "application/json", headers);
}

void HttpConnection::startChunked(int status, const QByteArray &contentType, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    if (!isOpen()) {
        return;
    }
    QList<QPair<QByteArray, QByteArray>> all = headers;
    all.append({"Content-Type", contentType});
    all.append({QByteArray("Transfer-Encoding"), QByteArray("chunked")});
    writeHead(status, all);
    m_streaming = true;
}

void HttpConnection::writeChunk(const QByteArray &data)
{
    if (!isOpen() || data.isEmpty()) {
        return;
    }
    m_socket->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
}

void HttpConnection::writeRaw(const QByteArray &bytes)
{
    if (isOpen()) {
        m_socket->write(bytes);
    }
}

void HttpConnection::endChunked()
{
    if (!isOpen()) {
        return;
    }
    m_socket->write("0\r\n\r\n");
    m_streaming = false;
    m_busy = false;
    QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

void HttpConnection::drop()
{
    m_streaming = false;
    if (m_socket) {
        m_socket->abort();
    }
}

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent)
{
}

FakeHttpServer::~FakeHttpServer()
{
    close();
}

QSslConfiguration FakeHttpServer::tlsConfig(const QByteArray &certPem, const QByteArray &keyPem, const QByteArray &clientCaPem)
{
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    c.setLocalCertificate(QSslCertificate(certPem, QSsl::Pem));
    QSslKey key(keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (key.isNull()) {
        key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
    }
    c.setPrivateKey(key);
    if (!clientCaPem.isEmpty()) {
        c.setCaCertificates(QSslCertificate::fromData(clientCaPem, QSsl::Pem));
        c.setPeerVerifyMode(QSslSocket::VerifyPeer);
    } else {
        c.setPeerVerifyMode(QSslSocket::VerifyNone);
    }
    c.setAllowedNextProtocols({QSslConfiguration::NextProtocolHttp1_1});
    return c;
}

bool FakeHttpServer::listen(const std::optional<QSslConfiguration> &tls, quint16 port, const QHostAddress &address)
{
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
    }
    m_tls = tls;
    if (tls) {
        auto *server = new QSslServer(this);
        server->setSslConfiguration(*tls);
        server->setHandshakeTimeout(5000);
        m_server = server;
    } else {
        m_server = new QTcpServer(this);
    }
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &FakeHttpServer::onNewConnection);
    if (!m_server->listen(address, port)) {
        return false;
    }
    m_port = m_server->serverPort();
    return true;
}

void FakeHttpServer::close()
{
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
    dropAllConnections();
}

void FakeHttpServer::restart(int downtimeMs)
{
    const auto tls = m_tls;
    const quint16 port = m_port;
    close();
    delete m_restartTimer; // a restart during a restart: the later one decides when it is back
    m_restartTimer = new QTimer(this);
    m_restartTimer->setSingleShot(true);
    connect(m_restartTimer, &QTimer::timeout, this, [this, tls, port] {
        m_restartTimer->deleteLater();
        m_restartTimer = nullptr;
        if (!listen(tls, port)) {
            qWarning("fake server: cannot listen again on port %d", int(port));
        }
    });
    m_restartTimer->start(downtimeMs);
}

QUrl FakeHttpServer::url() const
{
    QUrl u;
    u.setScheme(m_tls ? u"https"_s : u"http"_s);
    u.setHost(u"127.0.0.1"_s);
    u.setPort(m_port);
    return u;
}

void FakeHttpServer::addHandler(Handler handler)
{
    m_handlers.prepend(std::move(handler));
}

void FakeHttpServer::setWebSocketHandler(const QStringList &subprotocols, WebSocketHandler handler)
{
    if (!m_wsServer) {
        m_wsServer = new QWebSocketServer(u"fake-apiserver"_s, QWebSocketServer::NonSecureMode, this);
        connect(m_wsServer, &QWebSocketServer::newConnection, this, [this] {
            while (m_wsServer->hasPendingConnections()) {
                QWebSocket *ws = m_wsServer->nextPendingConnection();
                ws->setParent(this);
                HttpRequest req;
                for (qsizetype i = 0; i < m_pendingUpgrades.size(); ++i) {
                    const QPointer<QTcpSocket> s = m_pendingUpgrades.at(i).first;
                    if (s && s->peerPort() == ws->peerPort()) {
                        req = m_pendingUpgrades.takeAt(i).second;
                        break;
                    }
                }
                requests.append(req);
                if (m_wsHandler) {
                    m_wsHandler(req, ws);
                }
            }
        });
    }
    m_wsServer->setSupportedSubprotocols(subprotocols);
    m_wsHandler = std::move(handler);
}

void FakeHttpServer::upgrade(const HttpRequest &request, QTcpSocket *socket, HttpConnection *connection)
{
    socket->disconnect(connection);
    socket->setParent(this);
    connection->m_socket = nullptr;
    connection->deleteLater();
    if (!m_wsServer) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    m_pendingUpgrades.append({socket, request});
    m_wsServer->handleConnection(socket);
}

void FakeHttpServer::onNewConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        auto *c = new HttpConnection(socket, this);
        ++m_totalConnections;
        m_connections.append(c);
        connect(c, &QObject::destroyed, this, [this] {
            m_connections.removeIf([](const QPointer<HttpConnection> &p) { return p.isNull(); });
        });
    }
}

QList<HttpConnection *> FakeHttpServer::connections() const
{
    QList<HttpConnection *> out;
    for (const auto &c : m_connections) {
        if (c) {
            out.append(c);
        }
    }
    return out;
}

void FakeHttpServer::dropAllConnections()
{
    for (HttpConnection *c : connections()) {
        c->drop();
    }
}

void FakeHttpServer::handle(const HttpRequest &request, HttpConnection *connection)
{
    for (const Handler &h : std::as_const(m_handlers)) {
        if (h(request, connection)) {
            return;
        }
    }
    connection->respondStatus(404, u"NotFound"_s, u"the server could not find the requested resource"_s);
}

} // namespace Ringside::Test
