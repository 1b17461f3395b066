#include "clusterwatch.h"

#include "clustertr.h"

#include "kube/discovery.h"
#include "kube/informer.h"
#include "kube/kubeclient.h"
#include "kube/sharedinformers.h"

namespace Ringside::Cluster {

using Cassandra::Domain::ClusterTopology;
using Cassandra::Domain::ContextObjects;

QString resourceName(ClusterWatch::Kind kind)
{
    switch (kind) {
    case ClusterWatch::Kind::MissionControlClusters:
        return QStringLiteral("missioncontrolclusters");
    case ClusterWatch::Kind::K8ssandraClusters:
        return QStringLiteral("k8ssandraclusters");
    case ClusterWatch::Kind::CassandraDatacenters:
        return QStringLiteral("cassandradatacenters");
    case ClusterWatch::Kind::Pods:
        return QStringLiteral("pods");
    case ClusterWatch::Kind::ClientConfigs:
        return QStringLiteral("clientconfigs");
    case ClusterWatch::Kind::Events:
        return QStringLiteral("events");
    case ClusterWatch::Kind::MedusaBackups:
        return QStringLiteral("medusabackups");
    case ClusterWatch::Kind::MedusaBackupJobs:
        return QStringLiteral("medusabackupjobs");
    case ClusterWatch::Kind::MedusaBackupSchedules:
        return QStringLiteral("medusabackupschedules");
    case ClusterWatch::Kind::CassandraTasks:
        return QStringLiteral("cassandratasks");
    case ClusterWatch::Kind::K8ssandraTasks:
        return QStringLiteral("k8ssandratasks");
    case ClusterWatch::Kind::Deployments:
        return QStringLiteral("deployments");
    }
    return {};
}

ClusterWatch::ClusterWatch(KubeClient *client, SharedInformers *informers, const QString &context, Features features,
                           const QString &eventsNamespace, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_informers(informers)
    , m_context(context)
    , m_features(features)
    , m_eventsNamespace(eventsNamespace)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(150);
    connect(&m_coalesce, &QTimer::timeout, this, &ClusterWatch::changed);
}

ClusterWatch::~ClusterWatch()
{
    m_watched.clear();
}

void ClusterWatch::start()
{
    if (!m_client || m_discovery) {
        return;
    }
    m_discovery = new Discovery(m_client, this);
    m_discovery->setCacheDirectory(QString());
    m_discovery->ensure(
        this,
        [this] {
            m_installation = Cassandra::Domain::Installation::detect(m_context, m_discovery->resources());
            m_discovered = true;
            startInformers();
            scheduleChanged();
        },
        [this](const KubeError &error) {
            m_error = ClusterTr::tr("Cannot discover the APIs of %1: %2").arg(m_context, error.toString());
            m_discovered = true;
            scheduleChanged();
        });
}

void ClusterWatch::startInformers()
{
    const auto &in = m_installation;
    const auto watchIf = [this](Kind kind, const QString &apiVersion, const char *resource) {
        if (apiVersion.isEmpty()) {
            m_unavailable.insert(kind, ClusterTr::tr("%1: not served by %2").arg(QLatin1String(resource), m_context));
            return;
        }
        watch(kind, apiVersion, resource);
    };
    watchIf(Kind::MissionControlClusters, in.missionControlCluster, "missioncontrolclusters");
    watchIf(Kind::K8ssandraClusters, in.k8ssandraCluster, "k8ssandraclusters");
    watchIf(Kind::CassandraDatacenters, in.cassandraDatacenter, "cassandradatacenters");
    watchIf(Kind::ClientConfigs, in.clientConfig, "clientconfigs");
    // The same selector as the project tree's pod informer, so that both share one watch.
    watch(Kind::Pods, QStringLiteral("v1"), "pods", {}, QStringLiteral("app.kubernetes.io/managed-by=cass-operator"));
    if (m_features.testFlag(Events)) {
        watch(Kind::Events, QStringLiteral("v1"), "events", m_eventsNamespace);
    }
    if (m_features.testFlag(Backups)) {
        watchIf(Kind::MedusaBackups, in.medusaBackup, "medusabackups");
        watchIf(Kind::MedusaBackupJobs, in.medusaBackupJob, "medusabackupjobs");
        watchIf(Kind::MedusaBackupSchedules, in.medusaBackupSchedule, "medusabackupschedules");
    }
    if (m_features.testFlag(Tasks)) {
        watchIf(Kind::CassandraTasks, in.cassandraTask, "cassandratasks");
        watchIf(Kind::K8ssandraTasks, in.k8ssandraTask, "k8ssandratasks");
    }
    if (m_features.testFlag(ControlPlane)) {
        watch(Kind::Deployments, QStringLiteral("apps/v1"), "deployments");
    }
}

void ClusterWatch::watch(Kind kind, const QString &apiVersion, const char *resource, const QString &ns, const QString &labelSelector)
{
    InformerOptions options;
    const qsizetype slash = apiVersion.indexOf(u'/');
    options.resource = ResourceRef{slash < 0 ? QString() : apiVersion.left(slash), slash < 0 ? apiVersion : apiVersion.mid(slash + 1),
                                   QLatin1String(resource), ns, {}, {}};
    options.labelSelector = labelSelector;
    std::shared_ptr<Informer> informer = m_informers->acquire(m_client, options);
    m_watched.insert(kind, informer);
    connect(informer.get(), &Informer::changed, this, &ClusterWatch::scheduleChanged);
    connect(informer.get(), &Informer::synced, this, &ClusterWatch::scheduleChanged);
    Informer *raw = informer.get();
    connect(informer.get(), &Informer::errorOccurred, this, [this, kind, raw, resource](const KubeError &error) {
        if (raw->hasSynced() || !(error.isNotFound() || error.isForbidden())) {
            return; // the informer retries by itself
        }
        // Not served, or not allowed: nothing to wait for. Release our reference; others may still hold it.
        m_unavailable.insert(kind, QStringLiteral("%1: %2").arg(QLatin1String(resource), error.toString()));
        // Released later: this signal is emitted by the informer itself.
        QMetaObject::invokeMethod(this, [this, kind] {
            m_watched.remove(kind);
            scheduleChanged();
        }, Qt::QueuedConnection);
    });
    if (informer->hasSynced()) {
        scheduleChanged();
    }
}

void ClusterWatch::scheduleChanged()
{
    if (!m_coalesce.isActive()) {
        m_coalesce.start();
    }
}

bool ClusterWatch::isSynced() const
{
    if (!m_discovered) {
        return false;
    }
    if (!m_error.isEmpty()) {
        return true;
    }
    for (Kind kind : {Kind::MissionControlClusters, Kind::K8ssandraClusters, Kind::CassandraDatacenters, Kind::Pods}) {
        const auto informer = m_watched.value(kind);
        if (informer && !informer->hasSynced()) {
            return false;
        }
    }
    return true;
}

QStringList ClusterWatch::unavailable() const
{
    QStringList out = m_unavailable.values();
    out.sort();
    return out;
}

QList<QJsonObject> ClusterWatch::objects(Kind kind) const
{
    const auto informer = m_watched.value(kind);
    return informer ? informer->objects() : QList<QJsonObject>();
}

ContextObjects ClusterWatch::contextObjects() const
{
    ContextObjects o;
    o.context = m_context;
    o.missionControlClusters = objects(Kind::MissionControlClusters);
    o.k8ssandraClusters = objects(Kind::K8ssandraClusters);
    o.cassandraDatacenters = objects(Kind::CassandraDatacenters);
    o.pods = objects(Kind::Pods);
    o.clientConfigs = objects(Kind::ClientConfigs);
    return o;
}

ClusterTopology ClusterWatch::topology() const
{
    const ContextObjects o = contextObjects();
    return ClusterTopology::build(o.missionControlClusters, o.k8ssandraClusters, o.cassandraDatacenters, o.pods,
                                  o.clientConfigs, m_context);
}

} // namespace Ringside::Cluster
