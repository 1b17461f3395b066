#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QTcpSocket;
class QTimer;
class QWebSocket;
class QWebSocketServer;

namespace Ringside::Test {

/*! One parsed HTTP/1.1 request. */
struct HttpRequest
{
    QByteArray method;
    QString path; //!< decoded
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; //!< names lower-cased, in order, duplicates kept
    QByteArray body;
    QSslCertificate peerCertificate;

    QByteArray header(const QByteArray &lowerName) const;
    QList<QByteArray> headerValues(const QByteArray &lowerName) const;
    QString queryValue(const QString &key) const { return query.queryItemValue(key, QUrl::FullyDecoded); }
    bool isWatch() const { return queryValue(QStringLiteral("watch")) == u"1" || queryValue(QStringLiteral("watch")) == u"true"; }
};

/*! One client connection: parses requests (keep-alive) and writes responses, plain or chunked, and faults. */
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, class FakeHttpServer *server);
    ~HttpConnection() override;

    /*! A complete response with Content-Length. */
    void respond(int status, const QByteArray &body, const QByteArray &contentType = "application/json",
                 const QList<QPair<QByteArray, QByteArray>> &headers = {});
    /*! A Kubernetes Status error. */
    void respondStatus(int status, const QString &reason, const QString &message, const QJsonArray &causes = {},
                       const QList<QPair<QByteArray, QByteArray>> &headers = {});
    /*! Starts a chunked response (a watch or a log follow). */
    void startChunked(int status = 200, const QByteArray &contentType = "application/json",
                      const QList<QPair<QByteArray, QByteArray>> &headers = {});
    /*! Writes one chunk of a chunked response. */
    void writeChunk(const QByteArray &data);
    /*! Writes already-encoded bytes (to split a chunk at any byte). */
    void writeRaw(const QByteArray &bytes);
    /*! Ends the chunked response (the connection stays open for the next request). */
    void endChunked();
    /*! Drops the connection abruptly. */
    void drop();
    bool isStreaming() const { return m_streaming; }
    bool isOpen() const;
    QTcpSocket *socket() const { return m_socket; }

Q_SIGNALS:
    void closed();

private:
    friend class FakeHttpServer;
    void onReadyRead();
    void dispatch(const HttpRequest &request);
    void writeHead(int status, const QList<QPair<QByteArray, QByteArray>> &headers);

    QTcpSocket *m_socket;
    FakeHttpServer *m_server;
    QByteArray m_buffer;
    bool m_streaming = false;
    bool m_busy = false; //!< a request is being answered asynchronously
};

/*! A small HTTP/1.1 server on 127.0.0.1 (optionally TLS, optionally asking for client certificates) whose
    requests go to a chain of handlers. WebSocket upgrades go to a QWebSocketServer. Tests only. */
class FakeHttpServer : public QObject
{
    Q_OBJECT
public:
    /*! Return true when the request was answered (or will be, asynchronously: then call HttpConnection::respond later). */
    using Handler = std::function<bool(const HttpRequest &, HttpConnection *)>;
    using WebSocketHandler = std::function<void(const HttpRequest &, QWebSocket *)>;

    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    /*! Listens on 127.0.0.1 (port 0: any). With \a tls set, speaks TLS with it. */
    bool listen(const std::optional<QSslConfiguration> &tls = std::nullopt, quint16 port = 0, const QHostAddress &address = QHostAddress::LocalHost);
    /*! Stops listening and drops every connection. */
    void close();
    /*! Closes, then listens again on the same port after \a downtimeMs (a server restart). */
    void restart(int downtimeMs);
    quint16 port() const { return m_port; }
    QUrl url() const;
    bool isTls() const { return m_tls.has_value(); }

    /*! Adds a handler; later handlers are asked first. */
    void addHandler(Handler handler);
    /*! Handles WebSocket upgrades, after the subprotocol handshake. */
    void setWebSocketHandler(const QStringList &subprotocols, WebSocketHandler handler);

    /*! Every request seen, in order (bodies included). */
    QList<HttpRequest> requests;
    int connectionCount() const { return int(m_connections.size()); }
    int totalConnections() const { return m_totalConnections; }
    QList<HttpConnection *> connections() const;
    void dropAllConnections();

    /*! A server TLS configuration from PEM material; \a clientCa set: client certificates are requested and verified. */
    static QSslConfiguration tlsConfig(const QByteArray &certPem, const QByteArray &keyPem, const QByteArray &clientCaPem = {});

private:
    friend class HttpConnection;
    void onNewConnection();
    void handle(const HttpRequest &request, HttpConnection *connection);
    void upgrade(const HttpRequest &request, QTcpSocket *socket, HttpConnection *connection);

    QTcpServer *m_server = nullptr;
    QTimer *m_restartTimer = nullptr;
    std::optional<QSslConfiguration> m_tls;
    quint16 m_port = 0;
    QList<Handler> m_handlers;
    QList<QPointer<HttpConnection>> m_connections;
    int m_totalConnections = 0;
    QWebSocketServer *m_wsServer = nullptr;
    WebSocketHandler m_wsHandler;
    QList<QPair<QPointer<QTcpSocket>, HttpRequest>> m_pendingUpgrades;
};

/*! A Kubernetes Status object. */
QByteArray statusJson(int code, const QString &reason, const QString &message, const QJsonArray &causes = {});

} // namespace Ringside::Test
