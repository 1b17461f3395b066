#pragma once

#include "auth/identity.h"
#include "podruntime.h"

#include <QJsonObject>
#include <QObject>

#include <optional>

namespace Ringside::Sandbox {

class HttpExchange;
class ResourceService;
struct RequestInfo;
struct ResourceType;
struct StoreEvent;

/*! The streaming subresources: pods/log (follow, tailLines, sinceSeconds/sinceTime, timestamps, previous,
    container, limitBytes), pods/exec over WebSocket (v5.channel.k8s.io, v4.channel.k8s.io), pods/portforward over
    WebSocket (v4.channel.k8s.io, one socket per connection, ?ports=) and the pods/services proxy, all backed by
    the PodRuntime hooks. \since 0.1 */
class StreamHandlers : public QObject
{
    Q_OBJECT
public:
    explicit StreamHandlers(ResourceService *service, QObject *parent = nullptr);
    ~StreamHandlers() override;

    PodRuntime *runtime() { return &m_runtime; }
    void handle(HttpExchange *exchange, const ResourceType &type, const RequestInfo &info, const UserInfo &user);

    /*! WebSocket subprotocols for exec, preferred first. */
    static QStringList execProtocols();

private:
    std::optional<QJsonObject> podOrReply(HttpExchange *exchange, const QString &ns, const QString &name);
    /*! The container a request means, or an error already sent. */
    std::optional<QString> containerOrReply(HttpExchange *exchange, const QJsonObject &pod, const QString &requested);
    void handleLog(HttpExchange *exchange, const QString &ns, const QString &name);
    void handleExec(HttpExchange *exchange, const QString &ns, const QString &name);
    void handlePortForward(HttpExchange *exchange, const QString &ns, const QString &name);
    void handleProxy(HttpExchange *exchange, const ResourceType &type, const RequestInfo &info);
    void proxyTo(HttpExchange *exchange, const QString &ns, const QString &pod, int port, const QString &path,
                 const QString &unavailableMessage);
    void onStoreChanged(const StoreEvent &event);

    ResourceService *m_service;
    PodRuntime m_runtime;
};

} // namespace Ringside::Sandbox
