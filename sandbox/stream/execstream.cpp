// pods/exec and pods/portforward over WebSocket (the channel.k8s.io framing: one channel byte, then data).
#include "streamhandlers.h"

#include "api/jsonutil.h"
#include "api/negotiation.h"
#include "api/requestinfo.h"
#include "api/resourceservice.h"
#include "http/httpexchange.h"
#include "http/httpparser.h"
#include "http/websocket.h"
#include "sandboxlog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QtEndian>

namespace Ringside::Sandbox {

namespace {

enum Channel : quint8 { Stdin = 0, Stdout = 1, Stderr = 2, Error = 3, Resize = 4, Close = 255 };

QString pickProtocol(const QStringList &offered, const QStringList &supported)
{
    for (const QString &p : offered) {
        if (supported.contains(p)) {
            return p;
        }
    }
    return {};
}

// Rejects an upgrade the way wsstream does when no subprotocol matches.
void rejectProtocols(HttpExchange *exchange, const QStringList &offered, const QStringList &supported)
{
    sendError(
        exchange,
        ApiError::badRequest(
            QStringLiteral("unable to upgrade connection: requested protocol(s) are not supported: [%1]; supports [%2]")
                .arg(offered.join(u' '), supported.join(u' '))));
}

/*! Bridges one ExecSession to its WebSocket. */
class ExecBridge : public QObject
{
public:
    ExecBridge(WebSocketConnection *socket, ExecSession *session)
        : QObject(socket)
        , m_socket(socket)
        , m_session(session)
        , m_v5(socket->protocol() == QLatin1String("v5.channel.k8s.io"))
    {
        session->setParent(this);
        connect(session, &ExecSession::output, this, [this](int stream, const QByteArray &data) {
            if (m_socket) {
                m_socket->sendBinary(QByteArray(1, char(stream)) + data);
            }
        });
        connect(session, &ExecSession::finished, this, &ExecBridge::onFinished);
        connect(socket, &WebSocketConnection::binaryMessageReceived, this, &ExecBridge::onMessage);
        connect(socket, &WebSocketConnection::textMessageReceived, this, &ExecBridge::onMessage);
        connect(socket, &WebSocketConnection::disconnected, this, [this] {
            if (m_session) {
                m_session->closeStdin();
            }
            m_socket->deleteLater();
        });
    }

private:
    void onMessage(const QByteArray &message)
    {
        if (message.isEmpty() || !m_session) {
            return;
        }
        const auto channel = quint8(message.at(0));
        const QByteArray data = message.mid(1);
        if (channel == Stdin) {
            if (!data.isEmpty()) {
                m_session->deliverStdin(data);
            }
        } else if (channel == Resize) {
            const QJsonObject size = QJsonDocument::fromJson(data).object();
            Q_EMIT m_session->resized(int(size.value(QLatin1String("Width")).toInteger()),
                                      int(size.value(QLatin1String("Height")).toInteger()));
        } else if (channel == Close && m_v5 && !data.isEmpty() && quint8(data.at(0)) == Stdin) {
            m_session->closeStdin();
        }
    }
    void onFinished(int code)
    {
        if (!m_socket) {
            return;
        }
        QByteArray status;
        if (code == 0) {
            status = "{\"metadata\":{},\"status\":\"Success\"}";
        } else {
            const QJsonObject s{
                {QLatin1String("metadata"), QJsonObject()},
                {QLatin1String("status"), QLatin1String("Failure")},
                {QLatin1String("message"),
                 QStringLiteral(
                     "command terminated with non-zero exit code: error executing command [%1], exit code %2")
                     .arg(m_session->command().join(u' '))
                     .arg(code)},
                {QLatin1String("reason"), QLatin1String("NonZeroExitCode")},
                {QLatin1String("details"),
                 QJsonObject{{QLatin1String("causes"),
                              QJsonArray{QJsonObject{{QLatin1String("reason"), QLatin1String("ExitCode")},
                                                     {QLatin1String("message"), QString::number(code)}}}}}}};
            status = toJsonBytes(s);
        }
        m_socket->sendBinary(QByteArray(1, char(Error)) + status);
        m_socket->close(1000);
    }

    QPointer<WebSocketConnection> m_socket;
    QPointer<ExecSession> m_session;
    bool m_v5;
};

/*! One forwarded port on a port-forward WebSocket: HTTP handlers get parsed requests, stream handlers bytes. */
class PortBridge : public QObject
{
public:
    PortBridge(WebSocketConnection *socket, int index, int port, const QString &podName,
               PodRuntime::HttpPortHandler http, PodRuntime::StreamPortHandler stream)
        : QObject(socket)
        , m_socket(socket)
        , m_index(index)
        , m_http(std::move(http))
    {
        if (!m_http && stream) {
            m_connection = new PortConnection(this);
            connect(m_connection, &PortConnection::written, this, [this](const QByteArray &data) { sendData(data); });
            connect(m_connection, &PortConnection::closedByPod, this, [this] { m_closed = true; });
            stream(m_connection);
        } else if (!m_http) {
            sendError(QStringLiteral("error forwarding port %1 to pod %2: failed to connect to localhost:%1 inside the "
                                     "pod: connect: connection refused")
                          .arg(port)
                          .arg(podName));
            m_closed = true;
        }
    }
    void receive(const QByteArray &data)
    {
        if (m_closed) {
            return;
        }
        if (m_connection) {
            m_connection->deliver(data);
            return;
        }
        m_buffer.append(data);
        for (;;) {
            const HttpParser::Result r = m_parser.parse(m_buffer);
            if (r == HttpParser::Result::NeedMore) {
                return;
            }
            if (r == HttpParser::Result::Error) {
                sendData("HTTP/1.1 " + QByteArray::number(m_parser.errorStatus()) + ' '
                         + reasonPhrase(m_parser.errorStatus()) + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                m_closed = true;
                return;
            }
            const HttpRequest request = m_parser.takeRequest();
            const PortHttpResponse response = m_http(request);
            QByteArray out
                = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
            for (const auto &[name, value] : response.headers) {
                if (name.compare("content-length", Qt::CaseInsensitive) != 0) {
                    out += name + ": " + value + "\r\n";
                }
            }
            out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n" + response.body;
            sendData(out);
        }
    }
    void clientGone()
    {
        if (m_connection) {
            m_connection->clientClosed();
        }
    }

private:
    void sendData(const QByteArray &data)
    {
        if (m_socket) {
            m_socket->sendBinary(QByteArray(1, char(m_index * 2)) + data);
        }
    }
    void sendError(const QString &message)
    {
        if (m_socket) {
            m_socket->sendBinary(QByteArray(1, char(m_index * 2 + 1)) + message.toUtf8());
        }
    }

    QPointer<WebSocketConnection> m_socket;
    int m_index;
    PodRuntime::HttpPortHandler m_http;
    PortConnection *m_connection = nullptr;
    HttpParser m_parser;
    QByteArray m_buffer;
    bool m_closed = false;
};

} // namespace

void StreamHandlers::handleExec(HttpExchange *exchange, const QString &ns, const QString &name)
{
    const HttpRequest &r = exchange->request();
    const auto pod = podOrReply(exchange, ns, name);
    if (!pod) {
        return;
    }
    const auto container = containerOrReply(exchange, *pod, r.queryValue(u"container"));
    if (!container) {
        return;
    }
    const QStringList command = r.queryValues(u"command");
    if (command.isEmpty()) {
        sendError(exchange, ApiError::badRequest(QStringLiteral("you must specify at least 1 command")));
        return;
    }
    bool ok = false;
    const bool stdinWanted = parseGoBool(r.queryValue(u"stdin"), &ok) && ok;
    const bool stdoutWanted = parseGoBool(r.queryValue(u"stdout"), &ok) && ok;
    const bool stderrWanted = parseGoBool(r.queryValue(u"stderr"), &ok) && ok;
    const bool tty = parseGoBool(r.queryValue(u"tty"), &ok) && ok;
    if (!stdinWanted && !stdoutWanted && !stderrWanted) {
        sendError(exchange,
                  ApiError::badRequest(QStringLiteral("you must specify at least 1 of stdin, stdout, stderr")));
        return;
    }
    if (Json::at(*pod, u"spec.nodeName").toString().isEmpty()) {
        sendError(exchange, ApiError::badRequest(QStringLiteral("pod %1 does not have a host assigned").arg(name)));
        return;
    }
    const QString phase = Json::at(*pod, u"status.phase").toString();
    if (phase == QLatin1String("Succeeded") || phase == QLatin1String("Failed")) {
        sendError(
            exchange,
            ApiError::badRequest(
                QStringLiteral("cannot exec into a container in a completed pod; current phase is %1").arg(phase)));
        return;
    }
    const QJsonObject status = [&] {
        for (const QJsonValue &s : Json::at(*pod, u"status.containerStatuses").toArray()) {
            if (s.toObject().value(QLatin1String("name")).toString() == *container) {
                return s.toObject();
            }
        }
        return QJsonObject();
    }();
    if (!Json::at(status, u"state").toObject().contains(QLatin1String("running"))) {
        sendError(exchange,
                  ApiError::badRequest(
                      QStringLiteral("unable to upgrade connection: container not found (\"%1\")").arg(*container)));
        return;
    }
    if (!r.isWebSocketUpgrade()) {
        sendError(exchange, ApiError::badRequest(QStringLiteral("Upgrade request required")));
        return;
    }
    const QString protocol = pickProtocol(r.webSocketProtocols(), execProtocols());
    if (protocol.isEmpty()) {
        rejectProtocols(exchange, r.webSocketProtocols(), execProtocols());
        return;
    }
    auto *session = new ExecSession(ns, name, *container, command, tty, stdinWanted);
    QHash<QString, QString> env;
    for (const QJsonValue &c : Json::at(*pod, u"spec.containers").toArray()) {
        if (c.toObject().value(QLatin1String("name")).toString() != *container) {
            continue;
        }
        for (const QJsonValue &e : c.toObject().value(QLatin1String("env")).toArray()) {
            const QJsonObject eo = e.toObject();
            if (eo.contains(QLatin1String("value"))) {
                env.insert(eo.value(QLatin1String("name")).toString(), eo.value(QLatin1String("value")).toString());
            }
        }
    }
    env.insert(QStringLiteral("HOSTNAME"), name);
    session->setEnvironment(env);
    WebSocketConnection *socket = exchange->acceptWebSocket(protocol, this);
    new ExecBridge(socket, session);
    m_runtime.startExec(session);
}

void StreamHandlers::handlePortForward(HttpExchange *exchange, const QString &ns, const QString &name)
{
    const HttpRequest &r = exchange->request();
    const auto pod = podOrReply(exchange, ns, name);
    if (!pod) {
        return;
    }
    if (Json::at(*pod, u"spec.nodeName").toString().isEmpty()) {
        sendError(exchange, ApiError::badRequest(QStringLiteral("pod %1 does not have a host assigned").arg(name)));
        return;
    }
    if (!r.isWebSocketUpgrade()) {
        sendError(exchange, ApiError::badRequest(QStringLiteral("Upgrade request required")));
        return;
    }
    QList<int> ports;
    for (const QString &value : r.queryValues(u"ports")) {
        for (const QString &p : value.split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const int port = p.trimmed().toInt(&ok);
            if (!ok || port < 1 || port > 65535) {
                sendError(exchange, ApiError::badRequest(
                                        QStringLiteral("unable to parse \"%1\" as a port: invalid port").arg(p)));
                return;
            }
            ports.append(port);
        }
    }
    if (ports.isEmpty()) {
        sendError(exchange, ApiError::badRequest(QStringLiteral("query parameter \"ports\" is required")));
        return;
    }
    const QStringList supported = {QStringLiteral("v4.channel.k8s.io")};
    const QString protocol = pickProtocol(r.webSocketProtocols(), supported);
    if (protocol.isEmpty()) {
        rejectProtocols(exchange, r.webSocketProtocols(), supported);
        return;
    }
    WebSocketConnection *socket = exchange->acceptWebSocket(protocol, this);
    QList<PortBridge *> bridges;
    for (int i = 0; i < ports.size(); ++i) {
        // The first frame of the data and of the error channel carries the port (uint16, little endian).
        char prefix[2];
        qToLittleEndian<quint16>(quint16(ports.at(i)), prefix);
        socket->sendBinary(QByteArray(1, char(2 * i)) + QByteArray(prefix, 2));
        socket->sendBinary(QByteArray(1, char(2 * i + 1)) + QByteArray(prefix, 2));
        bridges.append(new PortBridge(socket, i, ports.at(i), name, m_runtime.httpPort(ns, name, ports.at(i)),
                                      m_runtime.streamPort(ns, name, ports.at(i))));
    }
    connect(socket, &WebSocketConnection::binaryMessageReceived, socket, [bridges](const QByteArray &message) {
        if (message.isEmpty()) {
            return;
        }
        const int channel = quint8(message.at(0));
        if (channel % 2 == 0 && channel / 2 < bridges.size()) {
            bridges.at(channel / 2)->receive(message.mid(1));
        }
    });
    connect(socket, &WebSocketConnection::disconnected, socket, [socket, bridges] {
        for (PortBridge *b : bridges) {
            b->clientGone();
        }
        socket->deleteLater();
    });
}

} // namespace Ringside::Sandbox
