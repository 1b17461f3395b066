#pragma once

#include "kube/kubeerror.h"
#include "kube/kuberequest.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QTcpServer;
class QTcpSocket;
class QWebSocket;

namespace Ringside {

class Informer;
class KubeClient;
struct ObjectChange;

/*! Forwards a local port to a port of a pod (`kubectl port-forward`) over WebSockets: the v4.channel.k8s.io
    protocol with `?ports=`, one WebSocket per accepted local connection. Each WebSocket has a data channel (0)
    and an error channel (1); the server first sends the port number (two bytes, little endian) on each.

    It listens on 127.0.0.1 and ::1 on the same port (as kubectl's default --address localhost does), watches the
    pod, and ends cleanly, saying why, when the pod is deleted or stops running. \since 0.1 */
class PortForwarder : public QObject
{
    Q_OBJECT
public:
    PortForwarder(KubeClient *client, const QString &nameSpace, const QString &pod, quint16 remotePort, QObject *parent = nullptr);
    ~PortForwarder() override;

    /*! Starts listening; \a localPort 0 picks a free port. Returns false with \a error when neither address can be
        bound. Binding only one of IPv4/IPv6 is a warning, not an error (kubectl behaves the same). */
    bool start(quint16 localPort, QString *error);
    /*! Stops listening and closes every forwarded connection. */
    void stop(const QString &reason = {});

    quint16 localPort() const { return m_localPort; }
    quint16 remotePort() const { return m_remotePort; }
    /*! The addresses actually listened on. */
    QStringList listenAddresses() const;
    int activeConnections() const;
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    /*! A local connection was accepted and its tunnel opened. */
    void connectionOpened();
    /*! A forwarded connection ended; \a error is the server's reason when it failed (nothing listening in the pod...). */
    void connectionClosed(const QString &error);
    /*! The forwarding is over: the pod went away, or stop() was called. */
    void ended(const QString &reason);

private:
    struct Tunnel;
    void onAccept(QTcpServer *server);
    void openTunnel(QTcpSocket *local);
    void onPodChanges(const QList<ObjectChange> &changes);
    void closeTunnel(Tunnel *tunnel, const QString &error);

    QPointer<KubeClient> m_client;
    QString m_ns;
    QString m_pod;
    quint16 m_remotePort;
    quint16 m_localPort = 0;
    bool m_running = false;
    QList<QTcpServer *> m_servers;
    QList<Tunnel *> m_tunnels;
    std::unique_ptr<Informer> m_podWatch;
};

} // namespace Ringside
