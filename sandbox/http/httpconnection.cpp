#include "httpconnection.h"

#include "httpexchange.h"
#include "sandboxlog.h"

#include <QSslSocket>

namespace Ringside::Sandbox {

HttpConnection::HttpConnection(QSslSocket *socket, HttpHandler *handler, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(handler)
{
    m_socket->setParent(this);
    connect(m_socket, &QSslSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &HttpConnection::onDisconnected);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError) {
            qCDebug(lcSandboxHttp) << "connection error" << m_socket->errorString();
        }
        onDisconnected();
    });
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(IdleTimeoutSeconds * 1000);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        if (!m_current) {
            closeConnection();
        }
    });
    m_idleTimer.start();
    if (m_socket->bytesAvailable() > 0) {
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
    }
}

HttpConnection::~HttpConnection()
{
    if (m_current) {
        m_current->markClientGone();
    }
}

void HttpConnection::onReadyRead()
{
    if (m_released || !m_socket) {
        return;
    }
    m_buffer.append(m_socket->readAll());
    processBuffer();
}

void HttpConnection::processBuffer()
{
    while (!m_current && !m_closing && !m_released) {
        const HttpParser::Result result = m_parser.parse(m_buffer);
        if (result == HttpParser::Result::NeedMore) {
            if (m_parser.wantsContinue()) {
                m_parser.continueSent();
                writeRaw(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
            }
            return;
        }
        if (result == HttpParser::Result::Error) {
            QByteArray body = m_parser.errorMessage();
            QByteArray type = "text/plain; charset=utf-8";
            if (m_parser.errorStatus() == 413) {
                // As the kube-apiserver answers a body over its limit.
                type = "application/json";
                body = "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\",\"message\":"
                       "\"Request entity too large: limit is "
                       + QByteArray::number(HttpParser::MaxBodySize)
                       + "\",\"reason\":\"RequestEntityTooLarge\",\"code\":413}\n";
            }
            writeRaw("HTTP/1.1 " + QByteArray::number(m_parser.errorStatus()) + ' '
                     + reasonPhrase(m_parser.errorStatus()) + "\r\nContent-Type: " + type
                     + "\r\nConnection: close\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n"
                     + body);
            closeConnection();
            return;
        }
        m_idleTimer.stop();
        auto *exchange = new HttpExchange(m_parser.takeRequest(), this);
        m_current = exchange;
        m_handler->handle(exchange);
    }
}

void HttpConnection::writeRaw(const QByteArray &data)
{
    if (m_socket && !m_released && m_socket->state() == QAbstractSocket::ConnectedState) {
        m_socket->write(data);
    }
}

void HttpConnection::exchangeFinished(HttpExchange *exchange, bool keepAlive)
{
    if (exchange != m_current) {
        return;
    }
    m_current = nullptr;
    exchange->deleteLater();
    if (!keepAlive) {
        closeConnection();
        return;
    }
    m_idleTimer.start();
    if (!m_buffer.isEmpty()) {
        QMetaObject::invokeMethod(this, &HttpConnection::processBuffer, Qt::QueuedConnection);
    }
}

QSslSocket *HttpConnection::releaseSocket(QByteArray *unread)
{
    m_released = true;
    m_idleTimer.stop();
    disconnect(m_socket, nullptr, this, nullptr);
    QSslSocket *socket = m_socket;
    m_socket = nullptr;
    socket->setParent(nullptr);
    *unread = m_buffer + socket->readAll();
    m_buffer.clear();
    m_current = nullptr;
    deleteLater();
    Q_EMIT closed();
    return socket;
}

void HttpConnection::closeConnection()
{
    if (m_closing) {
        return;
    }
    m_closing = true;
    if (!m_socket || m_socket->state() == QAbstractSocket::UnconnectedState) {
        onDisconnected();
        return;
    }
    // Let queued bytes go out first; disconnected() finishes the connection. A peer that never reads gets cut.
    m_socket->disconnectFromHost();
    QTimer::singleShot(10000, this, [this] {
        if (m_socket) {
            m_socket->abort();
        }
        onDisconnected();
    });
}

void HttpConnection::onDisconnected()
{
    if (m_released) {
        return;
    }
    m_released = true;
    if (m_socket) {
        disconnect(m_socket, nullptr, this, nullptr);
    }
    m_idleTimer.stop();
    if (m_current) {
        HttpExchange *exchange = m_current;
        m_current = nullptr;
        exchange->markClientGone();
    }
    Q_EMIT closed();
    deleteLater();
}

} // namespace Ringside::Sandbox
