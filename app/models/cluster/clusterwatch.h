#pragma once

#include "cassandra/domain/detection.h"
#include "cassandra/domain/topology.h"
#include "kube/kubeclient.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace Ringside {
class Discovery;
class Informer;
class SharedInformers;
} // namespace Ringside

namespace Ringside::Cluster {

/*! The live objects of one context that the cluster and fleet pages show: the cluster objects (Mission Control,
    K8ssandra, CassandraDatacenter), cass-operator's pods, Events, Medusa backups, jobs and schedules, tasks and
    the operators' Deployments. Which API groups exist comes from API discovery (Installation); one shared
    informer per collection keeps it current (collections the context does not serve, or that the user may not
    list, are left out and named in unavailable()). Changes are coalesced into one changed() signal.
    \since 0.1 */
class ClusterWatch : public QObject
{
    Q_OBJECT
public:
    enum class Kind {
        MissionControlClusters,
        K8ssandraClusters,
        CassandraDatacenters,
        Pods,
        ClientConfigs,
        Events,
        MedusaBackups,
        MedusaBackupJobs,
        MedusaBackupSchedules,
        CassandraTasks,
        K8ssandraTasks,
        Deployments,
    };
    Q_ENUM(Kind)

    /*! What to watch besides the topology (clusters, datacenters and pods, always watched). */
    enum Feature {
        Topology = 0,
        Events = 1,
        Backups = 2,
        Tasks = 4,
        ControlPlane = 8,
    };
    Q_DECLARE_FLAGS(Features, Feature)

    /*! Watches \a context through \a client. \a eventsNamespace limits the Events informer to one namespace (Events
        of every namespace are many); the other collections are watched in all namespaces so that their informers
        are shared with the project tree. */
    ClusterWatch(KubeClient *client, SharedInformers *informers, const QString &context, Features features,
                 const QString &eventsNamespace = {}, QObject *parent = nullptr);
    ~ClusterWatch() override;

    /*! Runs API discovery, then starts the informers. */
    void start();

    QString context() const { return m_context; }
    KubeClient *client() const { return m_client; }
    SharedInformers *informers() const { return m_informers; }
    const Cassandra::Domain::Installation &installation() const { return m_installation; }
    /*! True once discovery answered and every topology collection has been listed (or is unavailable). */
    bool isSynced() const;
    /*! Why the context cannot be watched at all (discovery failed), else empty. */
    QString error() const { return m_error; }
    /*! Collections left out and why ("medusabackups: not served by this cluster"). */
    QStringList unavailable() const;

    /*! The objects of \a kind now (empty when not watched). */
    QList<QJsonObject> objects(Kind kind) const;
    /*! The objects read so far, as the topology builder takes them. */
    Cassandra::Domain::ContextObjects contextObjects() const;
    /*! The topology of this context, built from the current objects. */
    Cassandra::Domain::ClusterTopology topology() const;

Q_SIGNALS:
    /*! Objects changed (coalesced over about 150 ms), or a collection synced or became unavailable. */
    void changed();

private:
    void startInformers();
    void watch(Kind kind, const QString &apiVersion, const char *resource, const QString &ns = {}, const QString &labelSelector = {});
    void scheduleChanged();

    QPointer<KubeClient> m_client;
    SharedInformers *m_informers;
    QString m_context;
    Features m_features;
    QString m_eventsNamespace;
    Discovery *m_discovery = nullptr;
    Cassandra::Domain::Installation m_installation;
    bool m_discovered = false;
    QString m_error;
    QHash<Kind, std::shared_ptr<Informer>> m_watched;
    QHash<Kind, QString> m_unavailable;
    QTimer m_coalesce;
};

/*! The resource (plural) a Kind is listed as. \since 0.1 */
QString resourceName(ClusterWatch::Kind kind);

} // namespace Ringside::Cluster

Q_DECLARE_OPERATORS_FOR_FLAGS(Ringside::Cluster::ClusterWatch::Features)
