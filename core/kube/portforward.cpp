#include "kube/portforward.h"

#include "coretr.h"
#include "kube/informer.h"
#include "kube/kubeclient.h"
#include "kube/kubelogging.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace Ringside {

namespace {
const QString kProtocol = u"v4.channel.k8s.io"_s;
constexpr char kData = 0;
constexpr char kError = 1;
} // namespace

struct PortForwarder::Tunnel
{
    QPointer<QTcpSocket> local;
    QWebSocket *socket = nullptr;
    RequestHandle opening;
    QByteArray pending;     //!< local bytes read before the tunnel opened
    bool dataHeader = false; //!< the port prefix of the data channel was received
    bool errorHeader = false;
    QByteArray errorText;
};

PortForwarder::PortForwarder(KubeClient *client, const QString &nameSpace, const QString &pod, quint16 remotePort, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_ns(nameSpace)
    , m_pod(pod)
    , m_remotePort(remotePort)
{
}

PortForwarder::~PortForwarder()
{
    const QList<Tunnel *> tunnels = m_tunnels;
    for (Tunnel *t : tunnels) {
        closeTunnel(t, QString());
    }
}

bool PortForwarder::start(quint16 localPort, QString *error)
{
    QStringList problems;
    quint16 port = localPort;
    for (const QHostAddress &address : {QHostAddress(QHostAddress::LocalHost), QHostAddress(QHostAddress::LocalHostIPv6)}) {
        auto *server = new QTcpServer(this);
        if (!server->listen(address, port)) {
            problems.append(CoreTr::tr("cannot listen on %1 port %2: %3").arg(address.toString()).arg(port).arg(server->errorString()));
            delete server;
            continue;
        }
        port = server->serverPort(); // the second address gets the port the first one picked
        connect(server, &QTcpServer::newConnection, this, [this, server] { onAccept(server); });
        m_servers.append(server);
    }
    if (m_servers.isEmpty()) {
        *error = problems.join(u"; "_s);
        return false;
    }
    for (const QString &p : std::as_const(problems)) {
        qCWarning(lcKubeStream).noquote() << p;
    }
    m_localPort = port;
    m_running = true;

    // Watch the pod, to end cleanly when it goes away.
    InformerOptions o;
    o.resource = ResourceRef::core(u"pods"_s, m_ns);
    o.fieldSelector = u"metadata.name="_s + m_pod;
    o.coalesce = std::chrono::milliseconds(0);
    m_podWatch = std::make_unique<Informer>(m_client, o);
    connect(m_podWatch.get(), &Informer::changed, this, &PortForwarder::onPodChanges);
    connect(m_podWatch.get(), &Informer::synced, this, [this] {
        if (m_podWatch->cache().size() == 0) {
            stop(CoreTr::tr("pod %1/%2 does not exist").arg(m_ns, m_pod));
        }
    });
    m_podWatch->start();
    qCDebug(lcKubeStream) << "forwarding" << listenAddresses() << "port" << m_localPort << "to pod" << m_pod << "port" << m_remotePort;
    return true;
}

QStringList PortForwarder::listenAddresses() const
{
    QStringList out;
    for (QTcpServer *s : m_servers) {
        out.append(s->serverAddress().toString());
    }
    return out;
}

int PortForwarder::activeConnections() const
{
    return int(m_tunnels.size());
}

void PortForwarder::onPodChanges(const QList<ObjectChange> &changes)
{
    for (const ObjectChange &c : changes) {
        if (c.type == ObjectChange::Type::Deleted) {
            stop(CoreTr::tr("pod %1/%2 was deleted").arg(m_ns, m_pod));
            return;
        }
        const QString phase = c.object.value(u"status"_s).toObject().value(u"phase"_s).toString();
        if (phase == u"Succeeded"_s || phase == u"Failed"_s) {
            stop(CoreTr::tr("pod %1/%2 is no longer running (phase %3)").arg(m_ns, m_pod, phase));
            return;
        }
        if (!c.object.value(u"metadata"_s).toObject().value(u"deletionTimestamp"_s).toString().isEmpty()) {
            stop(CoreTr::tr("pod %1/%2 is being deleted").arg(m_ns, m_pod));
            return;
        }
    }
}

void PortForwarder::onAccept(QTcpServer *server)
{
    while (server->hasPendingConnections()) {
        QTcpSocket *local = server->nextPendingConnection();
        local->setParent(this);
        if (!m_running) {
            local->abort();
            local->deleteLater();
            continue;
        }
        openTunnel(local);
    }
}

void PortForwarder::openTunnel(QTcpSocket *local)
{
    auto *t = new Tunnel;
    t->local = local;
    m_tunnels.append(t);
    connect(local, &QTcpSocket::readyRead, this, [t] {
        const QByteArray data = t->local->readAll();
        if (t->socket) {
            t->socket->sendBinaryMessage(QByteArray(1, kData) + data);
        } else {
            t->pending += data;
        }
    });
    connect(local, &QTcpSocket::disconnected, this, [this, t] { closeTunnel(t, QString()); });
    t->pending = local->readAll(); // bytes that arrived before readyRead was connected
    KubeRequest req;
    req.path = ResourceRef::core(u"pods"_s, m_ns, m_pod).withSubresource(u"portforward"_s).path();
    req.query.addQueryItem(u"ports"_s, QString::number(m_remotePort));
    t->opening = m_client->openWebSocket(
        req, {kProtocol}, this,
        [this, t](QWebSocket *socket) {
            t->opening = {};
            t->socket = socket;
            if (socket->subprotocol() != kProtocol) {
                closeTunnel(t, CoreTr::tr("the server did not agree on the port-forward protocol %1").arg(kProtocol));
                return;
            }
            connect(socket, &QWebSocket::binaryMessageReceived, this, [t](const QByteArray &m) {
                if (m.isEmpty()) {
                    return;
                }
                const char channel = m.at(0);
                QByteArray payload = m.mid(1);
                bool &header = channel == kData ? t->dataHeader : t->errorHeader;
                if (!header) {
                    // The first message of each channel is the port number, two bytes little endian.
                    if (payload.size() < 2) {
                        return;
                    }
                    header = true;
                    payload = payload.mid(2);
                }
                if (channel == kData && t->local) {
                    t->local->write(payload);
                } else if (channel == kError) {
                    t->errorText += payload;
                }
            });
            connect(socket, &QWebSocket::disconnected, this, [this, t] { closeTunnel(t, QString::fromUtf8(t->errorText).trimmed()); });
            if (!t->pending.isEmpty()) {
                socket->sendBinaryMessage(QByteArray(1, kData) + std::exchange(t->pending, {}));
            }
            Q_EMIT connectionOpened();
        },
        [this, t](const KubeError &e) { closeTunnel(t, e.toString()); });
}

void PortForwarder::closeTunnel(Tunnel *t, const QString &error)
{
    if (!m_tunnels.removeOne(t)) {
        return;
    }
    t->opening.cancel();
    if (t->socket) {
        t->socket->disconnect(this);
        t->socket->close();
        t->socket->deleteLater();
    }
    if (t->local) {
        t->local->disconnect(this);
        t->local->flush();
        t->local->disconnectFromHost();
        t->local->deleteLater();
    }
    if (!error.isEmpty()) {
        qCWarning(lcKubeStream).noquote() << "port-forward to pod" << m_pod << "port" << m_remotePort << ":" << error;
    }
    delete t;
    Q_EMIT connectionClosed(error);
}

void PortForwarder::stop(const QString &reason)
{
    if (!m_running) {
        return;
    }
    m_running = false;
    for (QTcpServer *s : std::as_const(m_servers)) {
        s->close();
        s->deleteLater();
    }
    m_servers.clear();
    const QList<Tunnel *> tunnels = m_tunnels;
    for (Tunnel *t : tunnels) {
        closeTunnel(t, QString());
    }
    if (m_podWatch) {
        m_podWatch->stop();
    }
    const QString why = reason.isEmpty() ? CoreTr::tr("port forwarding stopped") : reason;
    qCDebug(lcKubeStream).noquote() << "port-forward to pod" << m_pod << "ended:" << why;
    Q_EMIT ended(why);
}

} // namespace Ringside
