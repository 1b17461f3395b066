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
    // Cluster objects and ClientConfigs, where served: a cluster's datacenters may live in other contexts.
    std::shared_ptr<Informer> missionControlClusters;
    std::shared_ptr<Informer> k8ssandraClusters;
    std::shared_ptr<Informer> clientConfigs;
    bool failed = false;
    bool reported = false;
    bool datacentersUnavailable = false; //!< the CassandraDatacenter CRD is not installed (404)

    ~Session()
    {
        // Informers go before their client.
        reset();
    }
    void reset()
    {
        namespaces.reset();
        datacenters.reset();
        pods.reset();
        missionControlClusters.reset();
        k8ssandraClusters.reset();
        clientConfigs.reset();
    }
    static QList<QJsonObject> objectsOf(const std::shared_ptr<Informer> &informer)
    {
        return informer ? informer->objects() : QList<QJsonObject>();
    }
};

ContextSessions::ContextSessions(ProjectTreeModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_shell(std::make_shared<ShellEnvironment>())
    , m_informers(new SharedInformers(this))
{
    m_rebuild.setSingleShot(true);
    m_rebuild.setInterval(100); // coalesce bursts of watch events of every context into one rebuild (see tst_multicontext_tree for its cost)
    connect(&m_rebuild, &QTimer::timeout, this, &ContextSessions::rebuildAll);
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
    rebuildTree(QString());
}

QString ContextSessions::errorText(const QString &context) const
{
    const auto s = m_sessions.value(context);
    return s && s->failed ? m_model->indexOfContext(context).data(ProjectTreeModel::ErrorTextRole).toString() : QString();
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
    rebuildTree(context);

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
    watchOptional(session, context, &session->missionControlClusters, QStringLiteral("missioncontrol.datastax.com"), QStringLiteral("v1beta2"),
                  QStringLiteral("missioncontrolclusters"));
    watchOptional(session, context, &session->k8ssandraClusters, QStringLiteral("k8ssandra.io"), QStringLiteral("v1alpha1"),
                  QStringLiteral("k8ssandraclusters"));
    watchOptional(session, context, &session->clientConfigs, QStringLiteral("config.k8ssandra.io"), QStringLiteral("v1beta1"),
                  QStringLiteral("clientconfigs"));

    const std::weak_ptr<Session> weak = session;
    for (Informer *informer : {session->namespaces.get(), session->datacenters.get()}) {
        connect(informer, &Informer::changed, this, [this, context] { rebuildTree(context); });
        connect(informer, &Informer::synced, this, [this, context, weak] {
            rebuildTree(context);
            const auto s = weak.lock();
            if (s && s->namespaces && s->namespaces->hasSynced() && (s->datacenters->hasSynced() || s->datacentersUnavailable)) {
                reportConnected(context);
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
            if (s->namespaces->hasSynced()) {
                reportConnected(context);
            }
            return;
        }
        if (!s->datacenters->hasSynced()) {
            fail(context, e.toString());
        }
    });
}

void ContextSessions::watchOptional(const std::shared_ptr<Session> &session, const QString &context, std::shared_ptr<Informer> *slot,
                                    const QString &group, const QString &version, const QString &resource)
{
    InformerOptions options;
    options.resource = ResourceRef{group, version, resource, {}, {}, {}};
    *slot = m_informers->acquire(session->client.get(), options);
    Informer *informer = slot->get();
    connect(informer, &Informer::changed, this, [this, context] { rebuildTree(context); });
    connect(informer, &Informer::synced, this, [this, context] { rebuildTree(context); });
    const std::weak_ptr<Session> weak = session;
    connect(informer, &Informer::errorOccurred, this, [this, weak, slot, informer](const KubeError &e) {
        const auto s = weak.lock();
        if (!s || slot->get() != informer || informer->hasSynced() || !(e.isNotFound() || e.isForbidden())) {
            return; // the informer retries by itself
        }
        // Not served here (no such operator), or not allowed: the tree does without. Released later: the signal
        // comes from the informer itself.
        QMetaObject::invokeMethod(this, [this, weak, slot, informer] {
            if (const auto s = weak.lock(); s && slot->get() == informer) {
                slot->reset();
                rebuildTree(QString());
            }
        }, Qt::QueuedConnection);
    });
}

void ContextSessions::reportConnected(const QString &context)
{
    const auto s = m_sessions.value(context);
    if (!s || s->reported || s->failed) {
        return;
    }
    s->reported = true;
    m_model->setConnectionState(context, ProjectTreeModel::ConnectionState::Connected);
    rebuildTree(context);
    Q_EMIT connectionChanged(context, QString());
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
        s->reset();
    }
    qCWarning(lcGui).noquote() << context << error;
    m_model->setConnectionState(context, ProjectTreeModel::ConnectionState::Failed, error);
    m_model->setContextTree(context, {});
    rebuildTree(context); // a datacenter of this context shown under another context's cluster shows the error
    Q_EMIT connectionChanged(context, error);
}

void ContextSessions::disconnectContext(const QString &context)
{
    m_sessions.remove(context);
    m_model->setContextTree(context, {});
    m_model->setConnectionState(context, ProjectTreeModel::ConnectionState::NotConnected);
    rebuildTree(context);
}

void ContextSessions::retry(const QString &context)
{
    m_sessions.remove(context);
    connectContext(context);
}

void ContextSessions::rebuildTree(const QString &)
{
    if (!m_rebuild.isActive()) {
        m_rebuild.start();
    }
}

void ContextSessions::rebuildAll()
{
    QList<TreeContext> contexts;
    Cassandra::Domain::ContextMapping mapping;
    for (const KubeContext &c : std::as_const(m_config.contexts)) {
        mapping.localContexts.append(c.name);
        TreeContext t;
        t.objects.context = c.name;
        const auto s = m_sessions.value(c.name);
        if (!s) {
            t.state = ProjectTreeModel::ConnectionState::NotConnected;
        } else if (s->failed) {
            t.state = ProjectTreeModel::ConnectionState::Failed;
            t.error = m_model->indexOfContext(c.name).data(ProjectTreeModel::ErrorTextRole).toString();
        } else if (!s->namespaces || !s->namespaces->hasSynced()) {
            t.state = ProjectTreeModel::ConnectionState::Connecting;
        } else {
            // Shown as soon as the namespaces are listed; the rest fills in as it syncs.
            t.state = ProjectTreeModel::ConnectionState::Connected;
            t.objects.namespaces = s->namespaces->objects();
            t.objects.cassandraDatacenters = s->datacentersUnavailable ? QList<QJsonObject>() : Session::objectsOf(s->datacenters);
            t.objects.pods = Session::objectsOf(s->pods);
            t.objects.missionControlClusters = Session::objectsOf(s->missionControlClusters);
            t.objects.k8ssandraClusters = Session::objectsOf(s->k8ssandraClusters);
            t.objects.clientConfigs = Session::objectsOf(s->clientConfigs);
        }
        contexts.append(t);
    }
    const QHash<QString, QList<TreeNodeData>> trees = buildTrees(contexts, mapping);
    for (const TreeContext &t : std::as_const(contexts)) {
        if (t.isRead()) {
            m_model->setContextTree(t.objects.context, trees.value(t.objects.context));
        }
    }
}

} // namespace Ringside
