#include "contextsessions.h"

#include "guitr.h"
#include "logging.h"
#include "models/projecttree.h"
#include "models/projecttreemodel.h"

#include "kube/informer.h"
#include "kube/kubeclient.h"
#include "kube/restconfig.h"
#include "kube/sharedinformers.h"
#include "kube/shellenvironment.h"

namespace Ringside {

struct ContextSessions::Session
{
    std::unique_ptr<KubeClient> client;
    std::shared_ptr<Informer> namespaces;
    std::shared_ptr<Informer> datacenters;
    std::shared_ptr<Informer> pods; //!< cass-operator's pods, for racks and nodes
    bool failed = false;
    bool reported = false;
    bool datacentersUnavailable = false; //!< the CassandraDatacenter CRD is not installed (404)

    ~Session()
    {
        // Informers go before their client.
        namespaces.reset();
        datacenters.reset();
        pods.reset();
    }
};

ContextSessions::ContextSessions(ProjectTreeModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_shell(std::make_shared<ShellEnvironment>())
    , m_informers(new SharedInformers(this))
{
}

ContextSessions::~ContextSessions()
{
    m_sessions.clear();
}

void ContextSessions::setKubeconfig(const Kubeconfig &config)
{
    const Kubeconfig old = m_config;
    m_config = config;
    const QStringList connected = m_sessions.keys();
    for (const QString &name : connected) {
        const auto before = old.context(name);
        const auto after = config.context(name);
        if (!after || !before || before->cluster != after->cluster || before->user != after->user) {
            disconnectContext(name);
        } else {
            // The model was reset with the kubeconfig: show the session's state and tree again.
            const auto &s = m_sessions.value(name);
            if (s->failed) {
                m_model->setConnectionState(name, ProjectTreeModel::ConnectionState::Failed, m_model->indexOfContext(name).data(ProjectTreeModel::ErrorTextRole).toString());
            } else {
                m_model->setConnectionState(name, s->reported ? ProjectTreeModel::ConnectionState::Connected : ProjectTreeModel::ConnectionState::Connecting);
                rebuildTree(name);
            }
        }
    }
}

bool ContextSessions::isConnected(const QString &context) const
{
    const auto s = m_sessions.value(context);
    return s && !s->failed;
}

KubeClient *ContextSessions::client(const QString &context) const
{
    const auto s = m_sessions.value(context);
    return s && !s->failed ? s->client.get() : nullptr;
}

void ContextSessions::connectContext(const QString &context)
{
    if (m_sessions.contains(context) && !m_sessions.value(context)->failed) {
        return;
    }
    m_sessions.remove(context);
    QString error;
    const std::optional<RestConfig> config = RestConfig::fromKubeconfig(m_config, context, &error);
    if (!config) {
        auto session = std::make_shared<Session>();
        session->failed = true;
        m_sessions.insert(context, session);
        fail(context, error);
        return;
    }
    for (const QString &w : config->warnings) {
        qCWarning(lcGui).noquote() << context << w;
    }
    auto session = std::make_shared<Session>();
    session->client = std::make_unique<KubeClient>(*config, m_shell);
    m_sessions.insert(context, session);
    m_model->setConnectionState(context, ProjectTreeModel::ConnectionState::Connecting);

    InformerOptions nsOptions;
    nsOptions.resource = ResourceRef{QString(), QStringLiteral("v1"), QStringLiteral("namespaces"), {}, {}, {}};
    InformerOptions dcOptions;
    dcOptions.resource = ResourceRef{QStringLiteral("cassandra.datastax.com"), QStringLiteral("v1beta1"), QStringLiteral("cassandradatacenters"), {}, {}, {}};
    session->namespaces = m_informers->acquire(session->client.get(), nsOptions);
    session->datacenters = m_informers->acquire(session->client.get(), dcOptions);
    InformerOptions podOptions;
    podOptions.resource = ResourceRef::core(QStringLiteral("pods"));
    podOptions.labelSelector = QStringLiteral("app.kubernetes.io/managed-by=cass-operator");
    session->pods = m_informers->acquire(session->client.get(), podOptions);
    connect(session->pods.get(), &Informer::changed, this, [this, context] { rebuildTree(context); });
    connect(session->pods.get(), &Informer::synced, this, [this, context] { rebuildTree(context); });

    const std::weak_ptr<Session> weak = session;
    for (Informer *informer : {session->namespaces.get(), session->datacenters.get()}) {
        connect(informer, &Informer::changed, this, [this, context] { rebuildTree(context); });
        connect(informer, &Informer::synced, this, [this, context, weak] {
            rebuildTree(context);
            const auto s = weak.lock();
            if (s && s->namespaces->hasSynced() && (s->datacenters->hasSynced() || s->datacentersUnavailable) && !s->reported) {
                s->reported = true;
                m_model->setConnectionState(context, ProjectTreeModel::ConnectionState::Connected);
                Q_EMIT connectionChanged(context, QString());
            }
        });
    }
    connect(session->namespaces.get(), &Informer::errorOccurred, this, [this, context, weak](const KubeError &e) {
        const auto s = weak.lock();
        if (s && !s->namespaces->hasSynced()) {
            fail(context, e.toString());
        }
    });
    connect(session->datacenters.get(), &Informer::errorOccurred, this, [this, context, weak](const KubeError &e) {
        const auto s = weak.lock();
        if (!s) {
            return;
        }
        if (e.isNotFound()) {
            // No cass-operator here: the context still works, it just has no datacenters.
            s->datacentersUnavailable = true;
            s->datacenters->stop();
            if (s->namespaces->hasSynced() && !s->reported) {
                s->reported = true;
                m_model->setConnectionState(context, ProjectTreeModel::ConnectionState::Connected);
                Q_EMIT connectionChanged(context, QString());
            }
            return;
        }
        if (!s->datacenters->hasSynced()) {
            fail(context, e.toString());
        }
    });
}

void ContextSessions::fail(const QString &context, const QString &error)
{
    const auto s = m_sessions.value(context);
    if (s && s->failed && s->reported) {
        return;
    }
    if (s) {
        s->failed = true;
        s->reported = true;
        s->namespaces.reset();
        s->datacenters.reset();
        s->pods.reset();
    }
    qCWarning(lcGui).noquote() << context << error;
    m_model->setConnectionState(context, ProjectTreeModel::ConnectionState::Failed, error);
    m_model->setContextTree(context, {});
    Q_EMIT connectionChanged(context, error);
}

void ContextSessions::disconnectContext(const QString &context)
{
    m_sessions.remove(context);
    m_model->setContextTree(context, {});
    m_model->setConnectionState(context, ProjectTreeModel::ConnectionState::NotConnected);
}

void ContextSessions::retry(const QString &context)
{
    m_sessions.remove(context);
    connectContext(context);
}

void ContextSessions::rebuildTree(const QString &context)
{
    const auto s = m_sessions.value(context);
    if (!s || s->failed || !s->namespaces) {
        return;
    }
    const QList<QJsonObject> datacenters = s->datacenters && !s->datacentersUnavailable ? s->datacenters->objects() : QList<QJsonObject>();
    const QList<QJsonObject> pods = s->pods ? s->pods->objects() : QList<QJsonObject>();
    m_model->setContextTree(context, buildContextTree(s->namespaces->objects(), datacenters, pods));
}

} // namespace Ringside
