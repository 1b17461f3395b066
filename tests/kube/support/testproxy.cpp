#include "testproxy.h"

#include <QPointer>
#include <QTcpSocket>

namespace Ringside::Test {

namespace {
void pipe(QTcpSocket *a, QTcpSocket *b)
{
    QObject::connect(a, &QTcpSocket::readyRead, b, [a, b] { b->write(a->readAll()); });
    QObject::connect(b, &QTcpSocket::readyRead, a, [a, b] { a->write(b->readAll()); });
    QObject::connect(a, &QTcpSocket::disconnected, b, &QTcpSocket::disconnectFromHost);
    QObject::connect(b, &QTcpSocket::disconnected, a, &QTcpSocket::disconnectFromHost);
    if (a->bytesAvailable()) {
        b->write(a->readAll());
    }
}
} // namespace

TestProxy::TestProxy(Kind kind, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TestProxy::onConnection);
}

bool TestProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost);
}

void TestProxy::onConnection()
{
    while (m_server.hasPendingConnections()) {
        QTcpSocket *client = m_server.nextPendingConnection();
        client->setParent(this);
        auto *buffer = new QByteArray;
        auto *stage = new int(0);
        connect(client, &QObject::destroyed, this, [buffer, stage] {
            delete buffer;
            delete stage;
        });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(client, &QTcpSocket::readyRead, this, [this, client, buffer, stage] {
            if (*stage < 0) {
                return; // tunnelling
            }
            *buffer += client->readAll();
            QString host;
            quint16 port = 0;
            if (m_kind == Kind::HttpConnect) {
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0) {
                    return;
                }
                const QList<QByteArray> lines = buffer->left(end).split('\n');
                const QList<QByteArray> first = lines.first().trimmed().split(' ');
                if (first.value(0) != "CONNECT") {
                    client->write("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n");
                    client->disconnectFromHost();
                    return;
                }
                for (const QByteArray &l : lines) {
                    if (l.toLower().startsWith("proxy-authorization:")) {
                        proxyAuth.append(l.mid(20).trimmed());
                    }
                }
                const QByteArray target = first.value(1);
                host = QString::fromLatin1(target.left(target.lastIndexOf(':')));
                port = quint16(target.mid(target.lastIndexOf(':') + 1).toUInt());
                buffer->remove(0, end + 4);
            } else {
                // SOCKS5 greeting, optional user/pass, then CONNECT.
                if (*stage == 0) {
                    if (buffer->size() < 2 || buffer->size() < 2 + quint8(buffer->at(1))) {
                        return;
                    }
                    const QByteArray methods = buffer->mid(2, quint8(buffer->at(1)));
                    buffer->remove(0, 2 + methods.size());
                    if (methods.contains('\x02')) {
                        client->write(QByteArray("\x05\x02", 2));
                        *stage = 1;
                    } else {
                        client->write(QByteArray("\x05\x00", 2));
                        *stage = 2;
                    }
                }
                if (*stage == 1) {
                    if (buffer->size() < 2) {
                        return;
                    }
                    const int ulen = quint8(buffer->at(1));
                    if (buffer->size() < 3 + ulen || buffer->size() < 3 + ulen + quint8(buffer->at(2 + ulen))) {
                        return;
                    }
                    const int plen = quint8(buffer->at(2 + ulen));
                    proxyAuth.append(buffer->mid(2, ulen) + ':' + buffer->mid(3 + ulen, plen));
                    buffer->remove(0, 3 + ulen + plen);
                    client->write(QByteArray("\x01\x00", 2));
                    *stage = 2;
                }
                if (buffer->size() < 5) {
                    return;
                }
                const char atyp = buffer->at(3);
                qsizetype consumed = 0;
                if (atyp == 1) {
                    if (buffer->size() < 10) {
                        return;
                    }
                    host = QStringLiteral("%1.%2.%3.%4").arg(quint8(buffer->at(4))).arg(quint8(buffer->at(5))).arg(quint8(buffer->at(6))).arg(quint8(buffer->at(7)));
                    port = quint16((quint8(buffer->at(8)) << 8) | quint8(buffer->at(9)));
                    consumed = 10;
                } else if (atyp == 3) {
                    const int len = quint8(buffer->at(4));
                    if (buffer->size() < 7 + len) {
                        return;
                    }
                    host = QString::fromLatin1(buffer->mid(5, len));
                    port = quint16((quint8(buffer->at(5 + len)) << 8) | quint8(buffer->at(6 + len)));
                    consumed = 7 + len;
                } else {
                    client->disconnectFromHost();
                    return;
                }
                buffer->remove(0, consumed);
            }
            *stage = -1;
            targets.append(host + u':' + QString::number(port));
            auto *upstream = new QTcpSocket(client);
            connect(upstream, &QTcpSocket::connected, client, [this, client, upstream, buffer] {
                if (m_kind == Kind::HttpConnect) {
                    client->write("HTTP/1.1 200 Connection established\r\n\r\n");
                } else {
                    client->write(QByteArray("\x05\x00\x00\x01\x7f\x00\x00\x01\x00\x00", 10));
                }
                if (!buffer->isEmpty()) {
                    upstream->write(*buffer);
                    buffer->clear();
                }
                pipe(client, upstream);
            });
            connect(upstream, &QTcpSocket::errorOccurred, client, [client] { client->disconnectFromHost(); });
            upstream->connectToHost(host, port);
        });
    }
}

} // namespace Ringside::Test
