#include "kube/clientpool.h"

#include "kube/kubelogging.h"
#include "kube/shellenvironment.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Ringside {

ClientPool::ClientPool(std::shared_ptr<ShellEnvironment> shell, const ClientOptions &options, QObject *parent)
    : QObject(parent)
    , m_shell(shell ? std::move(shell) : std::make_shared<ShellEnvironment>())
    , m_options(options)
{
}

ClientPool::~ClientPool() = default;

QString ClientPool::resolveName(const QString &context) const
{
    return context.isEmpty() ? m_config.currentContext : context;
}

QByteArray ClientPool::fingerprint(const QString &context) const
{
    const auto ctx = m_config.context(context);
    if (!ctx) {
        return {};
    }
    const QJsonObject o{{u"cluster"_s, ctx->cluster},
                        {u"user"_s, ctx->user},
                        {u"namespace"_s, ctx->nameSpace},
                        {u"clusterEntry"_s, m_config.cluster(ctx->cluster).value_or(KubeCluster{}).raw},
                        {u"userEntry"_s, m_config.user(ctx->user).value_or(KubeUser{}).raw},
                        {u"userFile"_s, m_config.user(ctx->user).value_or(KubeUser{}).sourceFile}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void ClientPool::setKubeconfig(const Kubeconfig &config)
{
    m_config = config;
    const QStringList names = activeContexts();
    for (const QString &name : names) {
        if (fingerprint(name) != m_entries.at(name).fingerprint) {
            qCDebug(lcKubeHttp) << "context" << name << "changed in the kubeconfig: dropping its client";
            auto node = m_entries.extract(name);
            node.mapped().discovery.reset();
            node.mapped().client.reset();
            Q_EMIT clientDropped(name);
        }
    }
}

KubeClient *ClientPool::client(const QString &context, QString *error)
{
    const QString name = resolveName(context);
    const auto it = m_entries.find(name);
    if (it != m_entries.end()) {
        return it->second.client.get();
    }
    const auto rc = RestConfig::fromKubeconfig(m_config, name, error);
    if (!rc) {
        return nullptr;
    }
    Entry e;
    e.fingerprint = fingerprint(name);
    e.client = std::make_unique<KubeClient>(*rc, m_shell, m_options);
    KubeClient *c = e.client.get();
    m_entries.emplace(name, std::move(e));
    Q_EMIT clientCreated(name);
    return c;
}

Discovery *ClientPool::discovery(const QString &context, QString *error)
{
    KubeClient *c = client(context, error);
    if (!c) {
        return nullptr;
    }
    Entry &e = m_entries[resolveName(context)];
    if (!e.discovery) {
        e.discovery = std::make_unique<Discovery>(c);
    }
    return e.discovery.get();
}

QStringList ClientPool::activeContexts() const
{
    QStringList out;
    for (const auto &[name, entry] : m_entries) {
        out.append(name);
    }
    return out;
}

std::shared_ptr<Informer> ClientPool::informer(const QString &context, const InformerOptions &options, QString *error)
{
    KubeClient *c = client(context, error);
    return c ? m_informers.acquire(c, options) : nullptr;
}

} // namespace Ringside
