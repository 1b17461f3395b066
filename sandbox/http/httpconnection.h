#pragma once

#include "httpparser.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QSslSocket;

namespace Ringside::Sandbox {

class HttpExchange;
class HttpHandler;

/*! One HTTP/1.1 connection: parses pipelined requests, hands them one at a time to the handler, keeps the
    connection alive, and tells a streaming exchange when the client is gone. \since 0.1 */
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(QSslSocket *socket, HttpHandler *handler, QObject *parent = nullptr);
    ~HttpConnection() override;

    QSslSocket *socket() const { return m_socket; }
    /*! Seconds an idle keep-alive connection stays open. */
    static constexpr int IdleTimeoutSeconds = 300;

Q_SIGNALS:
    void closed();

private:
    friend class HttpExchange;
    void onReadyRead();
    void processBuffer();
    void onDisconnected();
    void writeRaw(const QByteArray &data);
    void exchangeFinished(HttpExchange *exchange, bool keepAlive);
    QSslSocket *releaseSocket(QByteArray *unread);
    void closeConnection();

    QSslSocket *m_socket;
    HttpHandler *m_handler;
    HttpParser m_parser;
    QByteArray m_buffer;
    QPointer<HttpExchange> m_current;
    QTimer m_idleTimer;
    bool m_closing = false;
    bool m_released = false;
};

} // namespace Ringside::Sandbox
