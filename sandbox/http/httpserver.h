#pragma once

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QSslServer>

namespace Ringside::Sandbox {

class HttpHandler;

/*! Accepts TLS connections (QSslServer) and runs one HttpConnection per socket, all on the caller's event loop.
    Client certificates are requested but not required; the handler authenticates them. \since 0.1 */
class HttpServer : public QObject
{
    Q_OBJECT
public:
    explicit HttpServer(HttpHandler *handler, QObject *parent = nullptr);
    ~HttpServer() override;

    /*! The certificate, key and CA list used for every connection. */
    void setSslConfiguration(const QSslConfiguration &configuration);
    /*! Listens on \a address:\a port (0 picks a free port). */
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 serverPort() const;
    void close();
    /*! Open HTTP connections (WebSockets are counted by their owners). */
    int connectionCount() const { return m_connections; }

private:
    void onPendingConnection();

    HttpHandler *m_handler;
    QSslServer m_server;
    int m_connections = 0;
};

} // namespace Ringside::Sandbox
