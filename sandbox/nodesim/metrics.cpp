#include "nodesim/metrics.h"

#include <cmath>

namespace Ringside::Sandbox::NodeSim::Metrics {

namespace {

QByteArray escape(const QString &value)
{
    QByteArray out = value.toUtf8();
    out.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    return out;
}

QByteArray label(const char *name, const QString &value)
{
    return QByteArray(name) + "=\"" + escape(value) + '"';
}

} // namespace

QByteArray formatValue(double v)
{
    if (std::isnan(v)) {
        return "NaN";
    }
    if (std::isinf(v)) {
        return v > 0 ? "+Inf" : "-Inf";
    }
    if (v == std::floor(v) && std::fabs(v) < 1e15) {
        return QByteArray::number(qint64(v));
    }
    return QByteArray::number(v, 'g', 12);
}

QByteArray identityLabels(const SimNode &n, const QString &nodeName)
{
    return label("cluster", n.cluster) + ',' + label("datacenter", n.dc) + ',' + label("rack", n.rack) + ','
           + label("host", n.hostId) + ',' + label("instance", n.ip) + ',' + label("pod_name", n.pod) + ','
           + label("node_name", nodeName);
}

void collect(const SimCluster &cluster, const SimNode &n, const QString &nodeName, const LoadModel &model,
             const LoadModel::Counters &k, double t, const LoadConditions &c, bool full,
             const std::function<void(const Sample &)> &sink)
{
    const QByteArray id = identityLabels(n, nodeName);
    const auto emit = [&](const char *family, const char *type, const char *suffix, const QByteArray &extra,
                          double value) {
        sink({family, type, QByteArray(family) + suffix, extra.isEmpty() ? id : id + ',' + extra, value});
    };

    // Coordinator latency histograms (µs), cumulative since the node started.
    static const char *const RequestTypes[2] = {"read", "write"};
    for (int type = 0; type < 2; ++type) {
        const QByteArray rt = label("request_type", QLatin1StringView(RequestTypes[type]));
        double count = 0, sum = 0;
        for (int i = 0; i < LoadModel::Components; ++i) {
            count += k.requests[type][i];
            sum += k.requests[type][i] * LoadModel::componentMean(type, i);
        }
        for (double le : LoadModel::bucketBounds()) {
            double v = 0;
            for (int i = 0; i < LoadModel::Components; ++i) {
                v += k.requests[type][i] * LoadModel::componentCdf(type, i, le);
            }
            emit("org_apache_cassandra_metrics_client_request_latency", "histogram", "_bucket",
                 rt + ",le=\"" + formatValue(le) + '"', std::floor(v));
        }
        emit("org_apache_cassandra_metrics_client_request_latency", "histogram", "_bucket", rt + ",le=\"+Inf\"",
             std::floor(count));
        emit("org_apache_cassandra_metrics_client_request_latency", "histogram", "_count", rt, std::floor(count));
        emit("org_apache_cassandra_metrics_client_request_latency", "histogram", "_sum", rt, std::floor(sum));
    }
    const double reads = k.requests[0][0] + k.requests[0][1] + k.requests[0][2];
    const double writes = k.requests[1][0] + k.requests[1][1] + k.requests[1][2];
    if (full) {
        const double failures = c.diskFull ? writes * 0.6 : 0;
        emit("org_apache_cassandra_metrics_client_request_failures", "counter", "_total",
             label("request_type", QStringLiteral("write")), std::floor(failures));
        emit("org_apache_cassandra_metrics_client_request_timeouts", "counter", "_total",
             label("request_type", QStringLiteral("read")), std::floor(k.requests[0][2] * 0.01));
        emit("org_apache_cassandra_metrics_client_request_timeouts", "counter", "_total",
             label("request_type", QStringLiteral("write")), std::floor(k.requests[1][2] * 0.01));
        emit("org_apache_cassandra_metrics_client_connected_native_clients", "gauge", "", {},
             8 + int(stableUnit(n.hostId, 71) * 24));
    }

    // Tables: data on disk and pending compactions.
    qint64 live = 0;
    for (const SimKeyspace &ks : cluster.schema.keyspaces) {
        for (const SimTable &tab : ks.tables) {
            const QByteArray tl = label("keyspace", ks.name) + ',' + label("table", tab.name);
            const qint64 bytes = cluster.tableBytes(n, ks, tab);
            live += bytes;
            emit("org_apache_cassandra_metrics_table_live_disk_space_used", "gauge", "", tl, double(bytes));
            if (full) {
                emit("org_apache_cassandra_metrics_table_total_disk_space_used", "gauge", "", tl, double(bytes));
            }
        }
    }
    for (const SimKeyspace &ks : cluster.schema.keyspaces) {
        for (const SimTable &tab : ks.tables) {
            const QByteArray tl = label("keyspace", ks.name) + ',' + label("table", tab.name);
            const int pending = ks.isSystem()
                                    ? 0
                                    : model.pendingCompactionsAt(t, ks.name + u'.' + tab.name, c);
            emit("org_apache_cassandra_metrics_table_pending_compactions", "gauge", "", tl, pending);
        }
    }
    emit("org_apache_cassandra_metrics_compaction_completed_tasks", "gauge", "", {}, std::floor(k.compactions));
    emit("org_apache_cassandra_metrics_storage_load", "gauge", "", {}, double(n.load));

    // Thread pools and dropped messages.
    for (int i = 0; i < LoadModel::Pools; ++i) {
        const bool keep = full || i <= 4;
        if (!keep) {
            continue;
        }
        const QByteArray pl = label("pool_name", QLatin1StringView(LoadModel::poolName(i))) + ','
                              + label("pool_type", QLatin1StringView(LoadModel::poolType(i)));
        emit("org_apache_cassandra_metrics_thread_pools_active_tasks", "gauge", "", pl, model.activeTasksAt(t, i, c));
    }
    for (int i = 0; i < LoadModel::Pools; ++i) {
        if (!full && i > 4) {
            continue;
        }
        const QByteArray pl = label("pool_name", QLatin1StringView(LoadModel::poolName(i))) + ','
                              + label("pool_type", QLatin1StringView(LoadModel::poolType(i)));
        emit("org_apache_cassandra_metrics_thread_pools_pending_tasks", "gauge", "", pl, model.pendingTasksAt(t, i, c));
    }
    for (int i = 0; i < LoadModel::Pools; ++i) {
        if (!full && i != 3) {
            continue; // the backfill keeps GossipStage (node activity) only
        }
        const QByteArray pl = label("pool_name", QLatin1StringView(LoadModel::poolName(i))) + ','
                              + label("pool_type", QLatin1StringView(LoadModel::poolType(i)));
        emit("org_apache_cassandra_metrics_thread_pools_completed_tasks", "gauge", "", pl,
             std::floor(k.poolCompleted[i]));
    }
    if (full) {
        for (int i = 0; i < LoadModel::Pools; ++i) {
            const QByteArray pl = label("pool_name", QLatin1StringView(LoadModel::poolName(i))) + ','
                                  + label("pool_type", QLatin1StringView(LoadModel::poolType(i)));
            emit("org_apache_cassandra_metrics_thread_pools_total_blocked_tasks", "gauge", "", pl,
                 i == 4 && c.slow ? 42 : 0);
        }
    }
    for (int i = 0; i < LoadModel::MessageTypes; ++i) {
        emit("org_apache_cassandra_metrics_dropped_message_dropped", "counter", "_total",
             label("message_type", QLatin1StringView(LoadModel::messageType(i))), std::floor(k.dropped[i]));
    }

    // JVM and process (hotspot collectors).
    const double heap = model.heapUsedAt(t, c);
    emit("jvm_memory_bytes_used", "gauge", "", label("area", QStringLiteral("heap")), std::floor(heap));
    emit("jvm_memory_bytes_used", "gauge", "", label("area", QStringLiteral("nonheap")), 148897792.0);
    emit("jvm_memory_bytes_max", "gauge", "", label("area", QStringLiteral("heap")), model.heapMax());
    emit("jvm_memory_bytes_max", "gauge", "", label("area", QStringLiteral("nonheap")), -1);
    if (full) {
        emit("jvm_memory_bytes_committed", "gauge", "", label("area", QStringLiteral("heap")), model.heapMax());
    }
    const QByteArray young = label("gc", QStringLiteral("G1 Young Generation"));
    const QByteArray old = label("gc", QStringLiteral("G1 Old Generation"));
    emit("jvm_gc_collection_seconds", "summary", "_count", young, std::floor(k.youngGcCount));
    emit("jvm_gc_collection_seconds", "summary", "_sum", young, k.youngGcSeconds);
    emit("jvm_gc_collection_seconds", "summary", "_count", old, std::floor(k.oldGcCount));
    emit("jvm_gc_collection_seconds", "summary", "_sum", old, k.oldGcSeconds);
    emit("process_cpu_seconds", "counter", "_total", {}, k.cpuSeconds);
    emit("process_resident_memory_bytes", "gauge", "", {}, std::floor(model.heapMax() * 1.35 + heap * 0.05));
    if (full) {
        emit("process_open_fds", "gauge", "", {}, 900 + int(stableUnit(n.hostId, 72) * 300));
        emit("process_start_time_seconds", "gauge", "", {},
             n.startedAt.isValid() ? double(n.startedAt.toSecsSinceEpoch()) : t);
        // The data volume, as the kubelet reports it (on a real cluster these come from the kubelet).
        const QByteArray pvc = label("namespace", n.ns) + ','
                               + label("persistentvolumeclaim", QStringLiteral("server-data-") + n.pod);
        const double capacity = double(n.diskCapacity);
        // Live data plus 8 % (commit log, snapshots) and 120 MiB of system tables; a healthy node stays below 80 %
        // of its volume however much data the simulated schema holds, so only fill-disk fires a disk alert.
        const double raw = double(live) * 1.08 + 120.0 * 1048576;
        const double healthy = raw <= capacity * 0.6 ? raw : capacity * (0.6 + 0.2 * (1.0 - std::exp(-(raw - capacity * 0.6) / capacity)));
        const double used = c.diskFull ? capacity * 0.985 : healthy;
        emit("kubelet_volume_stats_capacity_bytes", "gauge", "", pvc, capacity);
        emit("kubelet_volume_stats_used_bytes", "gauge", "", pvc, std::floor(used));
        emit("kubelet_volume_stats_available_bytes", "gauge", "", pvc, std::floor(capacity - used));
    }
    Q_UNUSED(reads);
}

QByteArray exposition(const SimCluster &cluster, const SimNode &node, const QString &nodeName, const LoadModel &model,
                      const LoadModel::Counters &counters, double t, const LoadConditions &conditions)
{
    QByteArray out;
    out.reserve(48 * 1024);
    QByteArray family;
    collect(cluster, node, nodeName, model, counters, t, conditions, true, [&](const Sample &s) {
        // Text format 0.0.4 names a counter's family with its _total suffix.
        const bool counter = qstrcmp(s.type, "counter") == 0;
        if (counter ? family != s.name : family != s.family) {
            family = counter ? s.name : QByteArray(s.family);
            out += "# TYPE ";
            out += family;
            out += ' ';
            out += s.type;
            out += '\n';
        }
        out += s.name;
        out += '{';
        out += s.labels;
        out += "} ";
        out += formatValue(s.value);
        out += '\n';
    });
    return out;
}

} // namespace Ringside::Sandbox::NodeSim::Metrics
