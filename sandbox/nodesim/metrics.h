#pragma once

#include "nodesim/loadmodel.h"

#include <QByteArray>
#include <QList>

#include <functional>

namespace Ringside::Sandbox::NodeSim {

/*! The management API's modern metrics endpoint (:9000/metrics) of one node: `org_apache_cassandra_metrics_*`,
    the hotspot JVM/process collectors, and (an addition: on a real cluster the kubelet serves these) the data
    volume's `kubelet_volume_stats_*`. Identity labels: cluster, datacenter, rack, host, instance, pod_name,
    node_name. \since 0.1 */
namespace Metrics {

/*! One sample: the metric name (with its _bucket/_count/_sum/_total suffix), its labels rendered
    (`a="b",c="d"`, without braces) and its value. */
struct Sample
{
    const char *family; //!< the metric family (for # TYPE)
    const char *type;   //!< counter, gauge, histogram, summary
    QByteArray name;
    QByteArray labels;
    double value;
};

/*! What the endpoint shows of \a node at \a t, in a stable order (one family after the other). \a full includes
    the families the backfill leaves out (per-pool completed counts of quiet pools, caches, hints). */
void collect(const SimCluster &cluster, const SimNode &node, const QString &nodeName, const LoadModel &model,
             const LoadModel::Counters &counters, double t, const LoadConditions &conditions, bool full,
             const std::function<void(const Sample &)> &sink);

/*! The Prometheus text exposition (version 0.0.4) of collect(..., full = true). */
QByteArray exposition(const SimCluster &cluster, const SimNode &node, const QString &nodeName, const LoadModel &model,
                      const LoadModel::Counters &counters, double t, const LoadConditions &conditions);

/*! The identity labels of a node, rendered. */
QByteArray identityLabels(const SimNode &node, const QString &nodeName);

/*! \a value with Prometheus's text format rules (NaN, +Inf, shortest round-trip). */
QByteArray formatValue(double value);

} // namespace Metrics

} // namespace Ringside::Sandbox::NodeSim
