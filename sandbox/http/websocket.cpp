#include "websocket.h"

#include "sandboxlog.h"

#include <QSslSocket>
#include <QTimer>
#include <QtEndian>

namespace Ringside::Sandbox {

namespace {
enum Opcode : quint8 { Continuation = 0x0, Text = 0x1, Binary = 0x2, Close = 0x8, Ping = 0x9, Pong = 0xA };
}

WebSocketConnection::WebSocketConnection(QSslSocket *socket, const QByteArray &unread, const QString &protocol,
                                         QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_protocol(protocol)
    , m_buffer(unread)
{
    m_socket->setParent(this);
    connect(m_socket, &QSslSocket::readyRead, this, &WebSocketConnection::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &WebSocketConnection::finish);
    connect(m_socket, &QSslSocket::errorOccurred, this, &WebSocketConnection::finish);
    if (!m_buffer.isEmpty() || m_socket->bytesAvailable() > 0) {
        QMetaObject::invokeMethod(this, &WebSocketConnection::onReadyRead, Qt::QueuedConnection);
    }
}

WebSocketConnection::~WebSocketConnection()
{
    if (m_socket) {
        disconnect(m_socket, nullptr, this, nullptr);
    }
}

qint64 WebSocketConnection::pendingBytes() const
{
    return m_socket ? m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite() : 0;
}

void WebSocketConnection::sendBinary(const QByteArray &data)
{
    sendFrame(Binary, data);
}

void WebSocketConnection::sendText(const QByteArray &utf8)
{
    sendFrame(Text, utf8);
}

void WebSocketConnection::sendFrame(quint8 opcode, const QByteArray &payload)
{
    if (!m_open || m_closeSent || !m_socket) {
        return;
    }
    QByteArray frame;
    frame.reserve(payload.size() + 10);
    frame.append(char(0x80 | opcode));
    const qsizetype n = payload.size();
    if (n < 126) {
        frame.append(char(n));
    } else if (n <= 0xFFFF) {
        frame.append(char(126));
        char len[2];
        qToBigEndian<quint16>(quint16(n), len);
        frame.append(len, 2);
    } else {
        frame.append(char(127));
        char len[8];
        qToBigEndian<quint64>(quint64(n), len);
        frame.append(len, 8);
    }
    frame.append(payload);
    m_socket->write(frame);
}

void WebSocketConnection::close(quint16 code, const QByteArray &reason)
{
    if (!m_open || m_closeSent || !m_socket) {
        return;
    }
    char c[2];
    qToBigEndian<quint16>(code, c);
    sendFrame(Close, QByteArray(c, 2) + reason.left(123));
    m_closeSent = true;
    QTimer::singleShot(2000, this, [this] {
        if (m_socket) {
            m_socket->disconnectFromHost();
        }
    });
}

void WebSocketConnection::onReadyRead()
{
    if (!m_socket) {
        return;
    }
    m_buffer.append(m_socket->readAll());
    processFrames();
}

void WebSocketConnection::processFrames()
{
    while (m_open && m_buffer.size() >= 2) {
        const auto b0 = quint8(m_buffer.at(0));
        const auto b1 = quint8(m_buffer.at(1));
        const bool fin = b0 & 0x80;
        const quint8 opcode = b0 & 0x0F;
        const bool masked = b1 & 0x80;
        quint64 length = b1 & 0x7F;
        qsizetype offset = 2;
        if (length == 126) {
            if (m_buffer.size() < 4) {
                return;
            }
            length = qFromBigEndian<quint16>(m_buffer.constData() + 2);
            offset = 4;
        } else if (length == 127) {
            if (m_buffer.size() < 10) {
                return;
            }
            length = qFromBigEndian<quint64>(m_buffer.constData() + 2);
            offset = 10;
        }
        if (!masked || (b0 & 0x70) != 0) {
            qCDebug(lcSandboxStream) << "websocket protocol error from client";
            close(1002);
            return;
        }
        if (length > quint64(MaxMessageSize)) {
            close(1009);
            return;
        }
        if (m_buffer.size() < offset + 4 + qsizetype(length)) {
            return;
        }
        const QByteArray mask = m_buffer.mid(offset, 4);
        QByteArray payload = m_buffer.mid(offset + 4, qsizetype(length));
        m_buffer.remove(0, offset + 4 + qsizetype(length));
        for (qsizetype i = 0; i < payload.size(); ++i) {
            payload[i] = char(payload.at(i) ^ mask.at(i % 4));
        }
        switch (opcode) {
        case Ping: sendFrame(Pong, payload); break;
        case Pong: break;
        case Close:
            if (!m_closeSent) {
                sendFrame(Close, payload.left(2));
                m_closeSent = true;
            }
            if (m_socket) {
                m_socket->disconnectFromHost();
            }
            return;
        case Text:
        case Binary:
        case Continuation:
            if (opcode != Continuation) {
                m_message.clear();
                m_messageOpcode = opcode;
            }
            m_message.append(payload);
            if (m_message.size() > MaxMessageSize) {
                close(1009);
                return;
            }
            if (fin) {
                const QByteArray message = std::exchange(m_message, {});
                if (m_messageOpcode == Text) {
                    Q_EMIT textMessageReceived(message);
                } else {
                    Q_EMIT binaryMessageReceived(message);
                }
            }
            break;
        default: close(1002); return;
        }
    }
}

void WebSocketConnection::finish()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_open = false;
    Q_EMIT disconnected();
}

} // namespace Ringside::Sandbox
