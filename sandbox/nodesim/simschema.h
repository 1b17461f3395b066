#pragma once

#include "cassandra/replication.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ringside::Sandbox::NodeSim {

/*! One column of a simulated table. \since 0.1 */
struct SimColumn
{
    enum class Kind { PartitionKey, Clustering, Regular, Static };
    QString name;
    QString type;
    Kind kind = Kind::Regular;
    bool descending = false; //!< clustering order
};

/*! One simulated table: its columns, the options DESCRIBE prints, and how much data a full replica holds.
    \since 0.1 */
struct SimTable
{
    QString name;
    QList<SimColumn> columns;
    QString compaction = QStringLiteral("SizeTieredCompactionStrategy");
    qint64 gcGraceSeconds = 864000;
    qint64 defaultTimeToLive = 0;
    QString comment;
    qint64 replicaBytes = 0; //!< live data of one full replica (all token ranges)
    qint64 partitions = 0;   //!< partitions of one full replica

    QStringList partitionKey() const;
    QStringList clusteringColumns() const;
};

/*! One keyspace: replication, durable writes and tables. \since 0.1 */
struct SimKeyspace
{
    QString name;
    Cassandra::ReplicationSettings replication; //!< short class name ("NetworkTopologyStrategy")
    bool durableWrites = true;
    QList<SimTable> tables;
    bool isSystem() const { return name.startsWith(QLatin1String("system")); }
    bool isVirtual() const;
    bool isLocal() const { return replication.isLocalOrEverywhere(); }
};

/*! The schema of one simulated cluster: what DESCRIBE, system_schema, describecluster, tablestats and the load
    figures read. Kept as JSON in a ConfigMap so that ALTER KEYSPACE survives restarts. \since 0.1 */
class SimSchema
{
public:
    /*! The schema a new cluster starts with: the system keyspaces replicated to every DC (min(3, size) replicas,
        as k8ssandra-operator sets them), `demo_ks` in every DC and `inventory` in the first DC only. */
    static SimSchema initial(const QMap<QString, int> &datacenterSizes, const QStringList &datacenterOrder);

    QList<SimKeyspace> keyspaces;

    const SimKeyspace *keyspace(const QString &name) const;
    SimKeyspace *keyspace(const QString &name);
    /*! Keyspaces DESCRIBE KEYSPACES lists (virtual ones included), in the order they were created. */
    QStringList keyspaceNames() const;
    /*! k8ssandra-operator keeps system_auth, system_distributed and system_traces in every DC; returns true when
        this changed the schema. */
    bool followDatacenters(const QMap<QString, int> &datacenterSizes);
    /*! The schema version UUID every node in agreement reports (name-based, from the schema's content, as
        Cassandra derives it from a digest). */
    QString version() const;

    QJsonObject toJson() const;
    static std::optional<SimSchema> fromJson(const QJsonObject &json);
};

/*! The replication class as system_schema.keyspaces stores it ("org.apache.cassandra.locator.X"). */
QString fullStrategyClass(const QString &shortName);

} // namespace Ringside::Sandbox::NodeSim
