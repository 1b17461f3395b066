#pragma once

#include <QList>
#include <QObject>
#include <QTcpServer>

namespace Ringside::Test {

/*! A tiny forward proxy on 127.0.0.1 for tests: HTTP CONNECT or SOCKS5 (no authentication, or username/password),
    tunnelling bytes to the requested target. Records the targets asked for. */
class TestProxy : public QObject
{
    Q_OBJECT
public:
    enum class Kind { HttpConnect, Socks5 };
    explicit TestProxy(Kind kind, QObject *parent = nullptr);
    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QStringList targets;           //!< "host:port" per tunnel
    QList<QByteArray> proxyAuth;   //!< Proxy-Authorization headers / "user:pass" from SOCKS5

private:
    void onConnection();
    Kind m_kind;
    QTcpServer m_server;
};

} // namespace Ringside::Test
