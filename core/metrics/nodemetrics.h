#pragma once

// The node metrics the built-in status alert rules read, taken from Prometheus: the data volume usage of each
// Cassandra pod (the kubelet's volume stats of its server-data-POD claim), and per cluster the heap usage, pending
// compactions and dropped mutations through the dashboard catalog's queries. Shared by the GUI's alerts panel and
// `ringsidectl alerts`, so both read the same numbers.

#include "metrics/alertrule.h"
#include "metrics/promtypes.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>

class QObject;

namespace Ringside::Metrics {

class PromClient;

/*! The instant PromQL of the data volume usage per Cassandra pod in percent, labelled `namespace` and `pod`: the
    kubelet's `kubelet_volume_stats_used_bytes / kubelet_volume_stats_capacity_bytes` of the `server-data-POD` claims.
    \since 0.1 */
QString diskUsageQuery();

/*! Reads diskUsageQuery()'s result: pod name -> percent (the highest when a pod appears twice). \since 0.1 */
QHash<QString, double> diskUsageByPod(const QList<Series> &series);

/*! Sets the diskUsedPercent of every node of \a snapshots found in \a byPod (by pod name). Returns how many were set.
    \since 0.1 */
int applyDiskUsage(QList<ClusterStatusSnapshot> &snapshots, const QHash<QString, double> &byPod);

/*! The catalog-derived node values of one cluster: node label value -> value. \since 0.1 */
struct ClusterNodeMetrics
{
    QHash<QString, double> heapUsedPercent;
    QHash<QString, double> pendingCompactions;
    QHash<QString, double> droppedMutations; //!< dropped in the last 5 minutes
    QStringList errors;                      //!< queries that failed (both flavours are asked; one usually has nothing)

    /*! Sets the values of the nodes of \a snapshot found here (by pod name); returns how many nodes got a value. */
    int applyTo(ClusterStatusSnapshot &snapshot) const;
};

/*! Asks \a client for the heap (used and max), pending compactions and dropped messages of \a cluster's nodes with
    the dashboard catalog's queries, for both metric flavours, and hands the per-node values to \a done (on
    \a context's thread; never when \a context is gone). \since 0.1 */
void queryClusterNodeMetrics(PromClient &client, const QString &cluster, const QObject *context,
                             std::function<void(const ClusterNodeMetrics &)> done);

/*! Fills the node metrics of every snapshot of \a snapshots from \a client: the disk usage (diskUsageQuery()) and each
    cluster's queryClusterNodeMetrics(). Hands the filled snapshots and the errors of the failed queries to \a done (on
    \a context's thread; never when \a context is gone). \since 0.1 */
void fillNodeMetrics(PromClient &client, const QList<ClusterStatusSnapshot> &snapshots, const QObject *context,
                     std::function<void(const QList<ClusterStatusSnapshot> &, const QStringList &errors)> done);

} // namespace Ringside::Metrics
