#pragma once

#include "sandbox.h"
#include "store/objectstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslSocket>
#include <QTemporaryDir>

#include <map>
#include <memory>

namespace Ringside::Test {

/*! How a test request authenticates. */
enum class Auth { AdminCert, AdminToken, ViewerToken, Anonymous, BadToken, ForeignCert };

/*! A parsed HTTP response. */
struct HttpResponse
{
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray header(QByteArrayView name) const;
    QList<QByteArray> headerValues(QByteArrayView name) const;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

/*! Parses one HTTP/1.1 response (Content-Length, chunked, or until close) from the front of \a buffer;
    returns false while incomplete. */
bool parseResponse(QByteArray &buffer, HttpResponse *response, bool closed);

/*! One TLS connection to the sandbox that stays open: keep-alive, pipelining, streams and WebSockets. */
class Connection : public QObject
{
    Q_OBJECT
public:
    Connection(quint16 port, const QSslConfiguration &tls);
    bool isEncrypted() const { return m_socket.isEncrypted(); }
    bool waitConnected(int ms = 5000);
    void write(const QByteArray &raw) { m_socket.write(raw); }
    /*! Waits for the next complete response. */
    std::optional<HttpResponse> readResponse(int ms = 5000);
    /*! Raw bytes received so far (streams: after the head, the chunked body as sent). */
    QByteArray &buffer() { return m_buffer; }
    bool waitFor(const std::function<bool()> &condition, int ms = 5000);
    bool isClosed() const { return m_closed; }
    void close() { m_socket.disconnectFromHost(); }
    QSslSocket &socket() { return m_socket; }

    // WebSocket client side (after a 101): masked frames out, frames in.
    void sendFrame(quint8 opcode, const QByteArray &payload);
    /*! The next complete message (opcode, payload), or nullopt on timeout. */
    std::optional<std::pair<quint8, QByteArray>> readFrame(int ms = 5000);

private:
    QSslSocket m_socket;
    QByteArray m_buffer;
    bool m_closed = false;
};

/*! Decodes the JSON lines of a watch stream from a chunked body; \a buffer keeps what is incomplete. */
QList<QJsonObject> takeWatchEvents(QByteArray &buffer);

/*! Reads a streamed (chunked) response: the head first, then the body as it arrives. */
class StreamReader
{
public:
    explicit StreamReader(Connection *connection)
        : m_connection(connection)
    {}
    /*! Waits for the response head; false on timeout. */
    bool readHead(int ms = 5000);
    const HttpResponse &head() const { return m_head; }
    /*! Body bytes received so far (dechunked); \a ended is set after the last chunk. */
    QByteArray take();
    bool ended() const { return m_ended; }
    /*! Waits until \a count JSON lines are available and returns them. */
    QList<QJsonObject> events(int count, int ms = 5000);
    /*! Waits until the body contains \a text. */
    bool waitForText(const QByteArray &text, int ms = 5000);
    QByteArray text() const { return m_text; }

private:
    void pump();
    Connection *m_connection;
    HttpResponse m_head;
    QByteArray m_body;
    QByteArray m_text;
    bool m_ended = false;
};

/*! The result of running kubectl. */
struct KubectlResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString describe() const;
};

/*! An in-process ringside-sandbox on a free port with temporary state, plus clients for it. */
class SandboxFixture
{
public:
    SandboxFixture();
    ~SandboxFixture();

    /*! Starts the sandbox; \a options may adjust the defaults (port 0, temp dirs, no persistence). */
    bool start(QString *error, const std::function<void(Sandbox::Sandbox::Options &)> &adjust = {});
    Sandbox::Sandbox *sandbox() const { return m_sandbox.get(); }
    quint16 port() const { return m_sandbox->port(); }
    QString kubeconfigPath() const { return m_kubeconfig; }
    QString tempPath(const QString &name) const { return m_dir.filePath(name); }

    QSslConfiguration tls(Auth auth) const;
    QByteArray authHeader(Auth auth) const;

    /*! One request, on a kept-alive connection per kind of authentication (reopened when the server closed it). */
    HttpResponse request(const QByteArray &method, const QString &target, const QByteArray &body = {},
                         const QByteArray &contentType = "application/json", Auth auth = Auth::AdminCert,
                         const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    HttpResponse get(const QString &target, Auth auth = Auth::AdminCert,
                     const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        return request("GET", target, {}, {}, auth, headers);
    }
    HttpResponse post(const QString &target, const QJsonObject &body, Auth auth = Auth::AdminCert)
    {
        return request("POST", target, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", auth);
    }
    HttpResponse put(const QString &target, const QJsonObject &body, Auth auth = Auth::AdminCert)
    {
        return request("PUT", target, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", auth);
    }
    HttpResponse patch(const QString &target, const QByteArray &body, const QByteArray &patchType,
                       Auth auth = Auth::AdminCert)
    {
        return request("PATCH", target, body, patchType, auth);
    }
    HttpResponse del(const QString &target, Auth auth = Auth::AdminCert)
    {
        return request("DELETE", target, {}, {}, auth);
    }

    /*! Opens a connection and sends a request without waiting for the answer (streams, WebSockets). */
    std::unique_ptr<Connection> open(const QByteArray &method, const QString &target, Auth auth = Auth::AdminCert,
                                     const QList<std::pair<QByteArray, QByteArray>> &headers = {},
                                     const QByteArray &body = {});
    /*! Opens a WebSocket; returns the connection after a 101 (check the response), else the failed response. */
    std::unique_ptr<Connection> openWebSocket(const QString &target, const QStringList &protocols,
                                              HttpResponse *response);

    /*! Runs kubectl against the sandbox while the event loop keeps serving. */
    KubectlResult kubectl(const QStringList &args, const QByteArray &input = {}, int timeoutMs = 30000,
                          const QStringList &extraEnvironment = {}) const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Sandbox::Sandbox> m_sandbox;
    std::map<Auth, std::unique_ptr<Connection>> m_connections;
    QString m_kubeconfig;
    Sandbox::CertifiedKey m_foreignClient;
};

} // namespace Ringside::Test
