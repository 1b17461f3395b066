#pragma once

#include "api/resourceservice.h"
#include "operators/opkit.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QObject>

#include <set>

Q_DECLARE_LOGGING_CATEGORY(lcSandboxBackup)

namespace Ringside::Sandbox {
struct StoreEvent;
}

namespace Ringside::Sandbox::Backup {

/*! How the backup and repair simulation runs. \since 0.1 */
struct BackupSettings
{
    /*! Where Medusa's buckets live (one directory per bucket); empty: Medusa backups fail ("no storage"). */
    QString storageDirectory;
    quint64 seed = 1;
    /*! Speed-up of the pace of events (never of timestamps); 1 is the interactive sandbox pace. */
    double pace = 1.0;
};

/*! A resource the simulated controllers use (resolved on every lookup: CRDs come and go). \since 0.1 */
struct Ref
{
    const char *group;
    const char *version;
    const char *resource;
};
namespace Refs {
inline constexpr Ref Pods{"", "v1", "pods"};
inline constexpr Ref Services{"", "v1", "services"};
inline constexpr Ref Secrets{"", "v1", "secrets"};
inline constexpr Ref ConfigMaps{"", "v1", "configmaps"};
inline constexpr Ref Events{"", "v1", "events"};
inline constexpr Ref Deployments{"apps", "v1", "deployments"};
inline constexpr Ref ReplicaSets{"apps", "v1", "replicasets"};
inline constexpr Ref StatefulSets{"apps", "v1", "statefulsets"};
inline constexpr Ref CassDcs{"cassandra.datastax.com", "v1beta1", "cassandradatacenters"};
inline constexpr Ref K8cs{"k8ssandra.io", "v1alpha1", "k8ssandraclusters"};
inline constexpr Ref MedusaConfigurations{"medusa.k8ssandra.io", "v1alpha1", "medusaconfigurations"};
inline constexpr Ref MedusaBackupJobs{"medusa.k8ssandra.io", "v1alpha1", "medusabackupjobs"};
inline constexpr Ref MedusaBackups{"medusa.k8ssandra.io", "v1alpha1", "medusabackups"};
inline constexpr Ref MedusaBackupSchedules{"medusa.k8ssandra.io", "v1alpha1", "medusabackupschedules"};
inline constexpr Ref MedusaRestoreJobs{"medusa.k8ssandra.io", "v1alpha1", "medusarestorejobs"};
inline constexpr Ref MedusaTasks{"medusa.k8ssandra.io", "v1alpha1", "medusatasks"};
inline constexpr Ref Reapers{"reaper.k8ssandra.io", "v1alpha1", "reapers"};
QString storageKey(const Ref &ref);
} // namespace Refs

/*! The in-process client of the backup controllers: reads from the store, writes through ResourceService
    (admission, validation, managed fields, watch events), records Events, and derives deterministic randomness
    and paced durations from the seed. \since 0.1 */
class Client
{
public:
    Client(ResourceService *service, const BackupSettings &settings);

    ResourceService *service() const { return m_service; }
    const BackupSettings &settings() const { return m_settings; }
    void setSettings(const BackupSettings &settings);

    const ResourceType *type(const Ref &ref) const;
    /*! The stored object, or an empty object. */
    QJsonObject get(const Ref &ref, const QString &ns, const QString &name) const;
    QList<QJsonObject> list(const Ref &ref, const QString &ns = {}) const;

    ObjectResult create(const Ref &ref, const QString &ns, const QJsonObject &object, const QString &manager);
    /*! Replaces the main resource; the object's resourceVersion is the precondition. */
    ObjectResult update(const Ref &ref, const QJsonObject &object, const QString &manager);
    ObjectResult updateStatus(const Ref &ref, const QJsonObject &object, const QString &manager);
    ObjectResult mergePatch(const Ref &ref, const QString &ns, const QString &name, const QJsonObject &patch,
                            const QString &manager, const QString &subresource = {});
    ObjectResult remove(const Ref &ref, const QString &ns, const QString &name, const QString &manager);

    /*! Records a core/v1 Event about \a involved. */
    void event(const Ref &ref, const QJsonObject &involved, const QString &type, const QString &reason,
               const QString &message, const QString &component);

    /*! A deterministic value in [0, 1) for \a key under the seed. */
    double unit(const QString &key) const;
    /*! A deterministic UUID (version 4 layout) for \a key under the seed. */
    QString uuid(const QString &key) const;
    /*! About \a baseMs at pace 1 (±\a jitter, deterministic for \a key), divided by the pace; at least 1 ms. */
    int paced(double baseMs, const QString &key, double jitter = 0.25) const;
    quint64 seedFor(const QString &key) const;

private:
    ResourceService *m_service;
    BackupSettings m_settings;
};

/*! A key queue like a controller's work queue: keys are reconciled after the write that queued them, and
    requeueAfter() paces the next step. \since 0.1 */
class WorkQueue : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const QString &ns, const QString &name)>;
    WorkQueue(Handler handler, QObject *parent = nullptr);
    void enqueue(const QString &ns, const QString &name);
    void requeueAfter(const QString &ns, const QString &name, int ms);

private:
    void run();
    Handler m_handler;
    std::set<QString> m_dirty;
    bool m_scheduled = false;
    bool m_running = false;
};

// Conditions (set, isTrue) and the small JSON helpers are the operators' (operators/opkit.h).


namespace Util {
inline QString label(const QJsonObject &object, const QString &label)
{
    return Op::labelOf(object, label);
}
using Op::clean;
using Op::ownerReference;
using Op::podRunning;
/*! Running, condition Ready and the cassandra container (when listed) ready. */
bool podReady(const QJsonObject &pod);
/*! The Cassandra datacenter name of a CassandraDatacenter (spec.datacenterName or metadata.name). */
QString datacenterName(const QJsonObject &dc);
/*! The pods of a CassandraDatacenter (by the cass-operator cluster/datacenter labels), by name. */
QList<QJsonObject> datacenterPods(const Client &client, const QJsonObject &dc);
/*! The pods of every datacenter of a Cassandra cluster in \a ns. */
QList<QJsonObject> clusterPods(const Client &client, const QString &ns, const QString &clusterName);
/*! Ready condition True and cassandraOperatorProgress Ready. */
bool datacenterReady(const QJsonObject &dc);
/*! Condition Stopped True. */
bool datacenterStopped(const QJsonObject &dc);
QString rackOf(const QJsonObject &pod);
/*! The host ID of a node: CassandraDatacenter status.nodeStatuses, else derived from the pod's name. */
QString hostId(const Client &client, const QJsonObject &dc, const QJsonObject &pod);
/*! num_tokens of a datacenter (spec.config cassandra-yaml, else 16; 256 for 3.x). */
int numTokens(const QJsonObject &dc);
/*! The Murmur3 tokens of a node, deterministic for its host ID under the seed, sorted. */
QList<qint64> nodeTokens(const Client &client, const QString &hostId, int count);
/*! "127.67 KB", as Medusa's operator formats sizes. */
QString humanSize(qint64 bytes);
} // namespace Util

} // namespace Ringside::Sandbox::Backup
