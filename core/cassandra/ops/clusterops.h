#pragma once

// Changes to an existing cluster: upgrade, config, scale, add/remove a datacenter, stop/resume. Each is a server-side
// apply of the cluster's top object (MissionControlCluster, K8ssandraCluster, or the CassandraDatacenter of a
// standalone datacenter), with a before/after diff of its spec.

#include "cassandra/domain/model.h"
#include "cassandra/ops/clusterspec.h"
#include "cassandra/ops/operation.h"
#include "cassandra/replication.h"

#include <QMap>

#include <optional>

namespace Ringside::Cassandra::Ops {

/*! Rolling upgrade to \a version (serverVersion). Follow-up: upgradesstables when the major line changes. */
Operation upgradeCluster(const Domain::Cluster &cluster, const QString &version);

/*! Rolling config change. Each of \a settings is `cassandraYaml.KEY=VALUE`, `jvmOptions.KEY=VALUE` or
    `dseYaml.KEY=VALUE` (KEY may be dotted for nested maps; VALUE is read as YAML: 16 is a number, true a boolean);
    `KEY-` (a trailing '-') removes the key. */
Operation changeConfig(const Domain::Cluster &cluster, const QStringList &settings);

/*! Sets the size of datacenter \a dc. Scaling down is destructive (nodes are decommissioned). */
Operation scaleDatacenter(const Domain::Cluster &cluster, const QString &dc, int size);

/*! Adds datacenter \a dc. Follow-ups: extend the replication of user keyspaces (ALTER KEYSPACE statements built from
    \a keyspaces when given) and rebuild from \a sourceDc. */
Operation addDatacenter(const Domain::Cluster &cluster, const DatacenterSpec &dc,
                        const std::optional<QMap<QString, ReplicationSettings>> &keyspaces = std::nullopt, int replicationFactor = 3);

/*! Removes datacenter \a dc. Refused while a keyspace of \a keyspaces still replicates to it; without \a keyspaces
    the check is reported as not done. */
Operation removeDatacenter(const Domain::Cluster &cluster, const QString &dc,
                           const std::optional<QMap<QString, ReplicationSettings>> &keyspaces);

/*! Stops (\a stop) or resumes datacenter \a dc, or every datacenter when \a dc is empty. */
Operation stopDatacenter(const Domain::Cluster &cluster, const QString &dc, bool stop);

/*! The ALTER KEYSPACE statements that add \a dc with \a factor replicas to every user keyspace of \a keyspaces
    (NetworkTopologyStrategy ones; system keyspaces of the local kind are skipped). */
QStringList extendReplicationStatements(const QMap<QString, ReplicationSettings> &keyspaces, const QString &dc, int factor);

/*! The user keyspaces of \a keyspaces that replicate to \a dc. */
QStringList keyspacesReplicatingTo(const QMap<QString, ReplicationSettings> &keyspaces, const QString &dc);

} // namespace Ringside::Cassandra::Ops
