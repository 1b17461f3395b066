#pragma once

#include "nodesim/loadmodel.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

namespace Ringside::Sandbox::NodeSim {

/*! Everything one nodetool invocation on one node sees. \since 0.1 */
struct NodeContext
{
    const SimCluster *cluster = nullptr;
    const SimNode *node = nullptr;
    QDateTime now;
    LoadConditions conditions;
    LoadModel::Counters counters;     //!< since the node started
    LoadModel::Counters lastGcStats;  //!< at the previous `nodetool gcstats` (nodetool resets it)
    int exceptions = 0;
    QString repairId;                 //!< a running repair's session ID (netstats shows its streams)
};

/*! The output and exit code of a simulated command. \since 0.1 */
struct CommandOutput
{
    QByteArray out;
    QByteArray err;
    int exitCode = 0;
};

/*! nodetool, as Cassandra 4.x/5.0 prints it (layouts in tests/data/nodetool/README.md). \since 0.1 */
namespace Nodetool {
CommandOutput run(const QStringList &arguments, const NodeContext &context);
/*! What nodetool prints when the JVM does not answer (exit code 1). */
CommandOutput connectionRefused();

QString status(const SimCluster &cluster, const QString &keyspace, QString *error);
QString ring(const SimCluster &cluster, const QString &keyspace, QString *error);
QString describeCluster(const SimCluster &cluster);
QString info(const NodeContext &context, bool allTokens);
QString gcStats(const NodeContext &context);
QString tableStats(const NodeContext &context, const QStringList &filters, QString *error);
QString compactionStats(const NodeContext &context);
QString netStats(const NodeContext &context);
QString tpStats(const NodeContext &context);
/*! The "ks -> Replication class: X {dc1=3}" right-hand side. */
QString replicationInfo(const SimKeyspace &keyspace);
} // namespace Nodetool

} // namespace Ringside::Sandbox::NodeSim
