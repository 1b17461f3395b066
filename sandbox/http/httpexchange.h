#pragma once

#include "httprequest.h"

#include <QObject>
#include <QPointer>
#include <QSslCertificate>

class QSslSocket;

namespace Ringside::Sandbox {

class HttpConnection;
class WebSocketConnection;

/*! One request and its response. The connection owns it; a handler that streams keeps a QPointer and listens
    for clientGone(). Responses are complete (respond()) or chunked streams (beginStream(), writeChunk(),
    endStream()), or the connection becomes a WebSocket (acceptWebSocket()). \since 0.1 */
class HttpExchange : public QObject
{
    Q_OBJECT
public:
    HttpExchange(HttpRequest request, HttpConnection *connection);
    ~HttpExchange() override;

    const HttpRequest &request() const { return m_request; }
    /*! The client certificate the TLS peer presented, or a null certificate. */
    QSslCertificate peerCertificate() const;
    /*! The client certificate chain (leaf first). */
    QList<QSslCertificate> peerCertificateChain() const;

    /*! Headers sent with whatever response follows (Warning, Audit-Id ...). */
    void addHeader(const QByteArray &name, const QByteArray &value);

    /*! Sends a complete response with Content-Length. */
    void respond(int status, const QByteArray &contentType, const QByteArray &body);
    /*! Starts a chunked response; the connection is kept open until endStream(). */
    void beginStream(int status, const QByteArray &contentType);
    /*! Sends one chunk of a stream (nothing for empty data). */
    void writeChunk(const QByteArray &data);
    /*! Ends the stream with the last chunk. */
    void endStream();
    /*! Bytes queued on the socket and not yet sent: streams use it to drop slow clients. */
    qint64 pendingBytes() const;
    bool isStreaming() const { return m_state == State::Streaming; }
    bool isFinished() const { return m_state == State::Done; }
    bool isClientGone() const { return m_clientGone; }

    /*! Answers 101 with \a protocol (may be empty) and turns the connection into a WebSocket; the returned
        object owns the socket from now on (parent: \a owner). Only for isWebSocketUpgrade() requests. */
    WebSocketConnection *acceptWebSocket(const QString &protocol, QObject *owner);

Q_SIGNALS:
    /*! The client closed the connection before the response ended. */
    void clientGone();

private:
    friend class HttpConnection;
    enum class State { New, Streaming, Done };
    QByteArray head(int status, const QByteArray &contentType, qint64 contentLength) const;
    void markClientGone();

    HttpRequest m_request;
    QPointer<HttpConnection> m_connection;
    HeaderList m_headers;
    State m_state = State::New;
    bool m_clientGone = false;
};

/*! Handles requests; implemented by the API server. \since 0.1 */
class HttpHandler
{
public:
    virtual ~HttpHandler() = default;
    /*! Handles one request; must not block. The exchange may be answered later (streams). */
    virtual void handle(HttpExchange *exchange) = 0;
};

} // namespace Ringside::Sandbox
