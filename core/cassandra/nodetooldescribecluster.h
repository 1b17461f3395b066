#pragma once

// `nodetool describecluster`: name, snitch, partitioner, schema versions (schema agreement) and, from 4.0 on, the
// node counts, datacenters, release versions and keyspace replication.

#include "cassandra/replication.h"

namespace Ringside::Cassandra {

/*! One schema version and the endpoints that have it. "UNREACHABLE" is how nodetool lists nodes it cannot ask.
    \since 0.1 */
struct SchemaVersionGroup
{
    QString version;
    QStringList endpoints;

    bool isUnreachable() const { return version == u"UNREACHABLE"; }
    QJsonObject toJson() const;
};

/*! One "Data Centers:" line ("dc1 #Nodes: 3 #Down: 0"). \since 0.1 */
struct DatacenterSummary
{
    QString name;
    int nodes = -1;
    int down = -1;

    QJsonObject toJson() const;
};

/*! A keyspace and its replication, from the "Keyspaces:" section. \since 0.1 */
struct KeyspaceReplication
{
    QString keyspace;
    ReplicationSettings replication;

    QJsonObject toJson() const;
};

/*! The whole `nodetool describecluster` report. The 4.0+ sections are empty (hasNodeStats false) on 3.x and DSE.
    \since 0.1 */
struct DescribeClusterReport
{
    QString name;
    QString snitch;
    std::optional<bool> dynamicSnitch;
    QString partitioner;
    QList<SchemaVersionGroup> schemaVersions;

    bool hasNodeStats = false;
    int live = -1;
    int joining = -1;
    int moving = -1;
    int leaving = -1;
    int unreachable = -1;
    QList<DatacenterSummary> datacenters;
    QList<SchemaVersionGroup> releaseVersions; //!< "Database versions:", release version -> endpoints
    QList<KeyspaceReplication> keyspaces;
    QStringList notes;

    /*! True when every reachable node reports the same schema version (the condition for safe schema changes).
        \since 0.1 */
    bool schemaAgreement() const;
    /*! The schema versions of reachable nodes (more than one means disagreement). \since 0.1 */
    QStringList reachableSchemaVersions() const;
    /*! The endpoints listed as UNREACHABLE. \since 0.1 */
    QStringList unreachableEndpoints() const;
    /*! The replication of \a keyspace, or nullptr when the report has no such keyspace. \since 0.1 */
    const ReplicationSettings *replicationOf(const QString &keyspace) const;
    QJsonObject toJson() const;
};

/*! Parses `nodetool describecluster`. \since 0.1 */
ParseResult<DescribeClusterReport> parseDescribeCluster(QStringView text);

} // namespace Ringside::Cassandra

Q_DECLARE_METATYPE(Ringside::Cassandra::DescribeClusterReport)
