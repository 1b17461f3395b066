#pragma once

#include "nodesim/simschema.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Ringside::Sandbox {
class ObjectStore;
}

namespace Ringside::Sandbox::NodeSim {

/*! What gossip says about a node: Up/Down and Normal/Joining/Leaving. \since 0.1 */
enum class GossipState { Normal, Joining, Leaving };

/*! One simulated Cassandra node, derived from its pod, its CassandraDatacenter's nodeStatuses and the
    deterministic model keyed by its host ID. \since 0.1 */
struct SimNode
{
    QString ns;
    QString pod;       //!< pod name (may no longer exist: a killed node stays in the ring, Down)
    QString podUid;
    QString cluster;   //!< Cassandra cluster name
    QString dc;        //!< Cassandra datacenter name
    QString dcObject;  //!< the CassandraDatacenter's metadata.name
    QString rack;
    QString hostId;
    QString ip;
    QString version;   //!< Cassandra version, e.g. "4.1.3"
    QString k8sNode;   //!< the pod's spec.nodeName
    bool podExists = false;
    bool running = false; //!< the cassandra container runs (the JVM answers nodetool)
    bool up = false;      //!< gossip sees it up (running and ready, or running and joining)
    GossipState state = GossipState::Normal;
    QDateTime startedAt;  //!< when the cassandra container started
    int restartCount = 0;
    QStringList faults;   //!< sandbox.ringside.dev/fault on the pod and its PVC, split on commas: slow, disk-full
    qint64 diskCapacity = 0;
    QList<qint64> tokens; //!< 16 tokens, sorted
    qint64 load = 0;      //!< live bytes on this node
    QHash<QString, qint64> tableLoad; //!< "ks.table" -> bytes (computed once per read)

    QString statusCode() const; //!< "UN", "DN", "UJ", "UL"
    bool hasFault(QLatin1StringView fault) const { return faults.contains(fault); }
    QString endpoint() const { return ip + QStringLiteral(":7000"); }
};

/*! One simulated cluster: its nodes (grouped by DC in dcOrder) and its schema. \since 0.1 */
struct SimCluster
{
    QString ns;
    QString name;
    QStringList dcOrder;
    QList<SimNode> nodes;
    SimSchema schema;

    QList<const SimNode *> nodesIn(const QString &dc) const;
    const SimNode *node(const QString &pod) const;
    /*! Nodes per DC (the DC sizes replication is computed from). */
    QMap<QString, int> datacenterSizes() const;
    /*! Effective ownership (0..1) of \a node for \a keyspace's replication (NetworkTopologyStrategy per DC). */
    double effectiveOwnership(const SimNode &node, const SimKeyspace &keyspace) const;
    /*! The bytes \a node holds of \a table in \a keyspace (its share of the replicas in its DC). */
    qint64 tableBytes(const SimNode &node, const SimKeyspace &keyspace, const SimTable &table) const;
};

/*! Stable pseudo-random numbers from a key: the same key gives the same value in every run. \since 0.1 */
quint64 stableHash(const QString &key, quint64 salt = 0);
double stableUnit(const QString &key, quint64 salt = 0); //!< in [0, 1)

/*! The 16 tokens of the node with \a hostId (Murmur3 range, sorted). */
QList<qint64> tokensFor(const QString &hostId, int count = 16);

/*! Reads the Cassandra clusters out of the store: pods with the cass-operator labels and CassandraDatacenters.
    Nodes of a cluster whose pods are gone stay (Down) while their DC's nodeStatuses lists them. \a schemas holds
    each cluster's schema by "namespace/cluster" (missing ones get SimSchema::initial). \since 0.1 */
class ClusterReader
{
public:
    explicit ClusterReader(const ObjectStore *store);
    QList<SimCluster> read(const QHash<QString, SimSchema> &schemas) const;
    /*! Host IDs that were seen Up/Normal once (a Starting node that never was is Joining). */
    void setEverNormal(const QSet<QString> *hostIds) { m_everNormal = hostIds; }
    /*! Last known addresses of nodes whose pods are gone. */
    void setKnownAddresses(const QHash<QString, QString> *addresses) { m_addresses = addresses; }

private:
    const ObjectStore *m_store;
    const QSet<QString> *m_everNormal = nullptr;
    const QHash<QString, QString> *m_addresses = nullptr;
};

/*! "212.45 MiB", as Cassandra's FileUtils.stringifyFileSize prints sizes (DecimalFormat "#.##"). \since 0.1 */
QString stringifyFileSize(double bytes);
/*! The Kubernetes quantity \a text ("10Gi", "500M") in bytes; 0 when not a quantity. */
qint64 parseQuantity(const QString &text);

} // namespace Ringside::Sandbox::NodeSim
