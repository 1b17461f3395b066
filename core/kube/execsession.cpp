#include "kube/execsession.h"

#include "coretr.h"
#include "kube/kubeclient.h"
#include "kube/kubelogging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace Ringside {

namespace {
constexpr char kStdin = 0;
constexpr char kStdout = 1;
constexpr char kStderr = 2;
constexpr char kError = 3;
constexpr char kResize = 4;
constexpr char kClose = char(255);
const QString kV5 = u"v5.channel.k8s.io"_s;
const QString kV4 = u"v4.channel.k8s.io"_s;
} // namespace

ExecSession::ExecSession(KubeClient *client, const QString &nameSpace, const QString &pod, const ExecOptions &options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_ns(nameSpace)
    , m_pod(pod)
    , m_options(options)
{
}

ExecSession::~ExecSession()
{
    m_opening.cancel();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
}

std::optional<int> ExecSession::exitCodeFromStatus(const QJsonObject &status)
{
    if (status.value(u"status"_s).toString() == u"Success"_s) {
        return 0;
    }
    if (status.value(u"reason"_s).toString() == u"NonZeroExitCode"_s) {
        for (const QJsonValue &v : status.value(u"details"_s).toObject().value(u"causes"_s).toArray()) {
            const QJsonObject c = v.toObject();
            if (c.value(u"reason"_s).toString() == u"ExitCode"_s) {
                bool ok = false;
                const int code = c.value(u"message"_s).toString().toInt(&ok);
                if (ok) {
                    return code;
                }
            }
        }
    }
    return std::nullopt;
}

void ExecSession::start()
{
    if (!m_client) {
        return;
    }
    KubeRequest req;
    req.path = ResourceRef::core(u"pods"_s, m_ns, m_pod).withSubresource(u"exec"_s).path();
    for (const QString &c : std::as_const(m_options.command)) {
        req.query.addQueryItem(u"command"_s, c);
    }
    if (!m_options.container.isEmpty()) {
        req.query.addQueryItem(u"container"_s, m_options.container);
    }
    req.query.addQueryItem(u"stdin"_s, m_options.stdinEnabled ? u"true"_s : u"false"_s);
    req.query.addQueryItem(u"stdout"_s, u"true"_s);
    req.query.addQueryItem(u"stderr"_s, m_options.tty ? u"false"_s : u"true"_s);
    req.query.addQueryItem(u"tty"_s, m_options.tty ? u"true"_s : u"false"_s);
    m_opening = m_client->openWebSocket(
        req, {kV5, kV4}, this, [this](QWebSocket *s) { onConnected(s); }, [this](const KubeError &e) { finish(-1, e); });
}

void ExecSession::onConnected(QWebSocket *socket)
{
    m_opening = {};
    m_socket = socket;
    m_protocol = socket->subprotocol();
    if (m_protocol != kV5 && m_protocol != kV4) {
        const QString chosen = m_protocol.isEmpty() ? CoreTr::tr("none") : m_protocol;
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
        finish(-1, KubeError::make(KubeError::Kind::Protocol,
                                   CoreTr::tr("the server did not agree on an exec protocol (it chose %1; offered %2 and %3)").arg(chosen, kV5, kV4)));
        return;
    }
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &ExecSession::onMessage);
    connect(m_socket, &QWebSocket::disconnected, this, &ExecSession::onDisconnected);
    Q_EMIT started();
    if (!m_pendingStdin.isEmpty()) {
        send(kStdin, std::exchange(m_pendingStdin, {}));
    }
    if (m_pendingSize) {
        resize(m_pendingSize->width(), m_pendingSize->height());
    }
    if (m_stdinClosePending) {
        closeStdin();
    }
}

void ExecSession::send(char channel, const QByteArray &payload)
{
    if (m_socket) {
        m_socket->sendBinaryMessage(QByteArray(1, channel) + payload);
    }
}

void ExecSession::writeStdin(const QByteArray &data)
{
    if (!m_socket) {
        m_pendingStdin += data;
        return;
    }
    send(kStdin, data);
}

void ExecSession::closeStdin()
{
    if (!m_socket) {
        m_stdinClosePending = true;
        return;
    }
    if (m_protocol == kV5) {
        send(kClose, QByteArray(1, kStdin));
    }
}

void ExecSession::resize(int columns, int rows)
{
    if (!m_socket) {
        m_pendingSize = QSize(columns, rows);
        return;
    }
    send(kResize, QJsonDocument(QJsonObject{{u"Width"_s, columns}, {u"Height"_s, rows}}).toJson(QJsonDocument::Compact));
}

void ExecSession::terminate()
{
    if (m_socket) {
        m_socket->close();
    } else {
        m_opening.cancel();
        finish(-1, std::nullopt);
    }
}

void ExecSession::onMessage(const QByteArray &message)
{
    if (message.isEmpty()) {
        return;
    }
    const char channel = message.at(0);
    const QByteArray payload = message.mid(1);
    switch (channel) {
    case kStdout:
        if (!payload.isEmpty()) {
            Q_EMIT stdoutReceived(payload);
        }
        break;
    case kStderr:
        if (!payload.isEmpty()) {
            Q_EMIT stderrReceived(payload);
        }
        break;
    case kError:
        if (!payload.isEmpty()) {
            m_status = QJsonDocument::fromJson(payload).object();
        }
        break;
    default:
        break;
    }
}

void ExecSession::onDisconnected()
{
    if (!m_status) {
        finish(-1, KubeError::make(KubeError::Kind::Network, CoreTr::tr("the exec session in pod %1 ended without an exit status").arg(m_pod)));
        return;
    }
    const std::optional<int> code = exitCodeFromStatus(*m_status);
    if (code) {
        finish(*code, std::nullopt);
        return;
    }
    KubeError e = KubeError::fromHttp(m_status->value(u"code"_s).toInt(500), QJsonDocument(*m_status).toJson(), "GET",
                                      m_client ? m_client->url(ResourceRef::core(u"pods"_s, m_ns, m_pod).withSubresource(u"exec"_s).path()) : QUrl());
    finish(-1, e);
}

void ExecSession::finish(int exitCode, const std::optional<KubeError> &error)
{
    if (m_done) {
        return;
    }
    m_done = true;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    qCDebug(lcKubeStream) << "exec in pod" << m_pod << "finished with" << exitCode;
    Q_EMIT finished(exitCode, error);
}

} // namespace Ringside
