#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QSslSocket;

namespace Ringside::Sandbox {

/*! The server side of an RFC 6455 WebSocket on an already upgraded socket: unmasked frames out, masked frames
    in, fragmentation, ping/pong and the closing handshake. (QWebSocketServer in Qt 6.8 cannot take over a socket
    whose handshake we already read, and we must pick the subprotocol per endpoint; the protocol is small.)
    \since 0.1 */
class WebSocketConnection : public QObject
{
    Q_OBJECT
public:
    /*! Takes ownership of \a socket; \a unread holds bytes already read past the handshake. */
    WebSocketConnection(QSslSocket *socket, const QByteArray &unread, const QString &protocol, QObject *parent);
    ~WebSocketConnection() override;

    QString protocol() const { return m_protocol; }
    bool isOpen() const { return m_open; }
    void sendBinary(const QByteArray &data);
    void sendText(const QByteArray &utf8);
    /*! Starts the closing handshake; the socket closes once the peer answers (or after a short wait). */
    void close(quint16 code = 1000, const QByteArray &reason = {});
    qint64 pendingBytes() const;

    /*! The largest message accepted from a client. */
    static constexpr qsizetype MaxMessageSize = 16 * 1024 * 1024;

Q_SIGNALS:
    void binaryMessageReceived(const QByteArray &data);
    void textMessageReceived(const QByteArray &utf8);
    /*! The connection is gone (closing handshake done, or the peer vanished). Emitted once. */
    void disconnected();

private:
    void onReadyRead();
    void processFrames();
    void sendFrame(quint8 opcode, const QByteArray &payload);
    void finish();

    QSslSocket *m_socket;
    QString m_protocol;
    QByteArray m_buffer;
    QByteArray m_message;
    quint8 m_messageOpcode = 0;
    bool m_open = true;
    bool m_closeSent = false;
    bool m_finished = false;
};

} // namespace Ringside::Sandbox
