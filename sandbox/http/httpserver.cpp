#include "httpserver.h"

#include "httpconnection.h"
#include "sandboxlog.h"

#include <QSslSocket>

namespace Ringside::Sandbox {

HttpServer::HttpServer(HttpHandler *handler, QObject *parent)
    : QObject(parent)
    , m_handler(handler)
{
    connect(&m_server, &QSslServer::pendingConnectionAvailable, this, &HttpServer::onPendingConnection);
    // The client certificate is checked by the authenticator against our CA; a bad one must reach it (and get
    // 401 like the kube-apiserver), not fail the handshake.
    connect(&m_server, &QSslServer::sslErrors, this, [](QSslSocket *socket, const QList<QSslError> &errors) {
        qCDebug(lcSandboxTls) << "TLS peer errors (checked by the authenticator):" << errors;
        socket->ignoreSslErrors();
    });
    connect(&m_server, &QSslServer::errorOccurred, this, [](QSslSocket *socket, QAbstractSocket::SocketError) {
        qCDebug(lcSandboxTls) << "TLS handshake failed:" << socket->errorString();
    });
    m_server.setHandshakeTimeout(10000);
}

HttpServer::~HttpServer() = default;

void HttpServer::setSslConfiguration(const QSslConfiguration &configuration)
{
    m_server.setSslConfiguration(configuration);
}

bool HttpServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (!m_server.listen(address, port)) {
        if (error) {
            *error = m_server.errorString();
        }
        return false;
    }
    return true;
}

quint16 HttpServer::serverPort() const
{
    return m_server.serverPort();
}

void HttpServer::close()
{
    m_server.close();
}

void HttpServer::onPendingConnection()
{
    while (m_server.hasPendingConnections()) {
        auto *socket = qobject_cast<QSslSocket *>(m_server.nextPendingConnection());
        if (!socket) {
            continue;
        }
        auto *connection = new HttpConnection(socket, m_handler, this);
        ++m_connections;
        connect(connection, &HttpConnection::closed, this, [this] { --m_connections; });
    }
}

} // namespace Ringside::Sandbox
