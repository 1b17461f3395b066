#pragma once

#include "nodesim/loadmodel.h"
#include "stream/podruntime.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

namespace Ringside::Sandbox {

class ExecSession;
class ObjectStore;
class PodRuntime;
class ResourceService;
struct StoreEvent;
namespace NodeSim {
class Backfill;
struct NodeContext;
}

/*! What simulated Cassandra nodes are and show: the per-cluster schema (kept in a ConfigMap
    `ringside-sandbox-schema-<cluster>`), exec of `nodetool` and `cqlsh -e` in the `cassandra` container, the
    `cassandra` and `server-system-logger` container logs, the metrics endpoint on port 9000, the file_sd targets
    and Prometheus config for a real Prometheus, and the 7-day backfill. Everything is derived from the objects
    (pods, CassandraDatacenters, PVCs, CassandraTasks, the reaper-runs ConfigMap) and, for the rest, from a model
    keyed by host ID. \since 0.1 */
class NodeSimulation : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        QString stateDirectory;   //!< where prometheus/ goes; empty: no files are written
        QString hostPort;         //!< the sandbox's address for the scrape targets ("127.0.0.1:6443")
        bool autoBackfill = false; //!< backfill clusters that become ready during the first run (state dir without prometheus/backfill.json)
        QString promtool = QStringLiteral("promtool");
        int activityIntervalMs = 10000; //!< how often running nodes log compactions, GC pauses, repairs
    };

    /*! \a service may be null (tests): the schema ConfigMaps are then written to the store directly. */
    NodeSimulation(ObjectStore *store, ResourceService *service, PodRuntime *runtime, Config config,
                   QObject *parent = nullptr);
    ~NodeSimulation() override;

    /*! Registers the commands, reads the objects and writes the Prometheus files. */
    void start();
    /*! Re-reads the objects now (normally coalesced after store changes). */
    void refresh();
    const QList<NodeSim::SimCluster> &clusters();
    /*! The metrics endpoint's answer for a pod (empty when its Cassandra does not run). */
    QByteArray metrics(const QString &ns, const QString &pod);
    /*! Starts a backfill of the given clusters ("namespace/cluster"; empty: all) ending now. */
    NodeSim::Backfill *backfill(const QStringList &clusterKeys, qint64 spanSeconds = 7 * 86400, qint64 stepSeconds = 120);
    QString prometheusDirectory() const;

Q_SIGNALS:
    void backfillFinished(bool ok, const QString &message);

private:
    struct NodeState
    {
        QString podUid;
        QString hostId;
        bool running = false;
        bool up = false;
        int restartCount = 0;
        QDateTime startedAt;
        NodeSim::LoadModel::Counters counters;
        NodeSim::LoadModel::Counters lastGcStats;
        bool counting = false;
        bool diskFullLogged = false;
        bool serving = false;
    };

    void onStoreChanged(const StoreEvent &event);
    void scheduleRefresh();
    void applyTransitions();
    void rotateLogs(const QString &ns, const QString &pod);
    void ensureSchemas();
    bool writeSchema(const QString &ns, const QString &cluster, const NodeSim::SimSchema &schema);
    void writeTargets();
    void maybeAutoBackfill();
    void onActivity();
    void handleNodetool(ExecSession *session);
    void handleCqlsh(ExecSession *session);
    // The Data API pods (dataapi.cpp).
    void serveDataApis();
    PortHttpResponse handleDataApi(const QString &ns, const QString &pod, const HttpRequest &request);
    /*! The node a command in \a session runs on, or null after answering "not found". */
    const NodeSim::SimNode *execTarget(ExecSession *session, const NodeSim::SimCluster **cluster);
    NodeSim::LoadConditions conditionsFor(const NodeSim::SimNode &node) const;
    NodeState &advance(const NodeSim::SimNode &node, const QDateTime &now);
    static QString nodeKey(const QString &ns, const QString &pod) { return ns + u'/' + pod; }

    ObjectStore *m_store;
    ResourceService *m_service;
    PodRuntime *m_runtime;
    Config m_config;
    QTimer m_refreshTimer;
    QTimer m_activityTimer;
    bool m_dirty = true;
    QHash<QString, int> m_dataApis; //!< "ns/pod" -> port served
    bool m_backfillAllowed = false;
    quint64 m_tick = 0;
    QList<NodeSim::SimCluster> m_clusters;
    QHash<QString, NodeSim::SimSchema> m_schemas; //!< "ns/cluster"
    QHash<QString, NodeState> m_states;            //!< "ns/pod"
    QSet<QString> m_everNormal;
    QHash<QString, QString> m_addresses;
    QSet<QString> m_stormDcs;        //!< "ns/dcObject" with a compaction-heavy task running
    QSet<QString> m_repairClusters;  //!< "ns/cluster" with a Reaper run in progress
    QSet<QString> m_backfilled;      //!< "ns/cluster"
    QByteArray m_targets;
    std::unique_ptr<NodeSim::Backfill> m_backfill;
};

} // namespace Ringside::Sandbox
