#include "metrics/nodemetrics.h"

#include "metrics/promtypes.h"

#include "metrics/promcatalog.h"
#include "metrics/promclient.h"

#include <QPointer>

#include <cmath>
#include <memory>

namespace Ringside::Metrics {

QString diskUsageQuery()
{
    return QStringLiteral("max by (namespace, pod) (label_replace("
                          "100 * kubelet_volume_stats_used_bytes{persistentvolumeclaim=~\"server-data-.+\"}"
                          " / kubelet_volume_stats_capacity_bytes{persistentvolumeclaim=~\"server-data-.+\"},"
                          " \"pod\", \"$1\", \"persistentvolumeclaim\", \"server-data-(.+)\"))");
}

QHash<QString, double> diskUsageByPod(const QList<Series> &series)
{
    QHash<QString, double> out;
    for (const Series &s : series) {
        const QString pod = s.labels.value(QStringLiteral("pod"));
        const double v = s.lastValue();
        if (pod.isEmpty() || !std::isfinite(v)) {
            continue;
        }
        const auto it = out.constFind(pod);
        if (it == out.constEnd() || it.value() < v) {
            out.insert(pod, v);
        }
    }
    return out;
}

int applyDiskUsage(QList<ClusterStatusSnapshot> &snapshots, const QHash<QString, double> &byPod)
{
    int set = 0;
    for (ClusterStatusSnapshot &snap : snapshots) {
        for (NodeStatus &n : snap.nodes) {
            const auto it = byPod.constFind(n.name);
            if (it != byPod.constEnd()) {
                n.diskUsedPercent = it.value();
                ++set;
            }
        }
    }
    return set;
}

int ClusterNodeMetrics::applyTo(ClusterStatusSnapshot &snapshot) const
{
    int set = 0;
    for (NodeStatus &n : snapshot.nodes) {
        bool any = false;
        if (const auto it = heapUsedPercent.constFind(n.name); it != heapUsedPercent.constEnd()) {
            n.heapUsedPercent = it.value();
            any = true;
        }
        if (const auto it = pendingCompactions.constFind(n.name); it != pendingCompactions.constEnd()) {
            n.pendingCompactions = it.value();
            any = true;
        }
        if (const auto it = droppedMutations.constFind(n.name); it != droppedMutations.constEnd()) {
            n.droppedMutations = it.value();
            any = true;
        }
        set += any ? 1 : 0;
    }
    return set;
}

void queryClusterNodeMetrics(PromClient &client, const QString &cluster, const QObject *context,
                             std::function<void(const ClusterNodeMetrics &)> done)
{
    struct Pending
    {
        // per flavour: query key -> node -> value
        QHash<int, QHash<QString, QHash<QString, double>>> values;
        QStringList errors;
        int waiting = 1;
        std::function<void(const ClusterNodeMetrics &)> done;
    };
    auto pending = std::make_shared<Pending>();
    pending->done = std::move(done);
    const auto finish = [pending] {
        if (--pending->waiting > 0) {
            return;
        }
        ClusterNodeMetrics out;
        out.errors = pending->errors;
        for (auto f = pending->values.cbegin(); f != pending->values.cend(); ++f) {
            const QHash<QString, QHash<QString, double>> &v = f.value();
            const QHash<QString, double> used = v.value(QStringLiteral("heap/used"));
            const QHash<QString, double> max = v.value(QStringLiteral("heap/max"));
            for (auto it = used.cbegin(); it != used.cend(); ++it) {
                if (max.value(it.key()) > 0) {
                    out.heapUsedPercent.insert(it.key(), 100.0 * it.value() / max.value(it.key()));
                }
            }
            const QHash<QString, double> compactions = v.value(QStringLiteral("pending_compactions/pending"));
            for (auto it = compactions.cbegin(); it != compactions.cend(); ++it) {
                out.pendingCompactions.insert(it.key(), it.value());
            }
            // Nodes with metrics and no dropped mutation series dropped none.
            const QHash<QString, double> dropped = v.value(QStringLiteral("dropped_messages/rate"));
            for (const QHash<QString, double> &known : {used, compactions}) {
                for (auto it = known.cbegin(); it != known.cend(); ++it) {
                    out.droppedMutations.insert(it.key(), dropped.value(it.key(), 0) * 300.0); // a per-second rate over 5 minutes
                }
            }
        }
        pending->done(out);
    };
    const QList<QPair<QString, QString>> wanted{{QStringLiteral("heap"), QStringLiteral("used")},
                                                {QStringLiteral("heap"), QStringLiteral("max")},
                                                {QStringLiteral("pending_compactions"), QStringLiteral("pending")},
                                                {QStringLiteral("dropped_messages"), QStringLiteral("rate")}};
    for (Flavour flavour : {Flavour::Modern, Flavour::Mcac}) {
        const QString nodeLabel = Catalog::nodeLabel(flavour);
        Selector selector;
        selector.cluster = cluster;
        for (const auto &[panelId, queryId] : wanted) {
            const std::optional<Panel> panel = Catalog::panel(panelId);
            QString error;
            const std::optional<QList<RenderedQuery>> queries = panel ? Catalog::render(*panel, flavour, selector, &error)
                                                                               : std::nullopt;
            if (!queries) {
                pending->errors << (panel ? error : panelId);
                continue;
            }
            const QString key = panelId + u'/' + queryId;
            const bool mutationsOnly = panelId == QLatin1String("dropped_messages");
            for (const RenderedQuery &q : *queries) {
                if (q.queryId != queryId) {
                    continue;
                }
                pending->waiting += 1;
                client.query(
                    q.promql, QDateTime(), context,
                    [pending, finish, flavour, key, nodeLabel, mutationsOnly](const QueryResult &r) {
                        QHash<QString, double> &into = pending->values[int(flavour)][key];
                        for (const Series &s : r.series) {
                            if (mutationsOnly && !s.labels.value(QStringLiteral("message_type")).contains(QLatin1String("MUTATION"), Qt::CaseInsensitive)) {
                                continue;
                            }
                            const QString node = s.labels.value(nodeLabel);
                            const double v = s.lastValue();
                            if (!node.isEmpty() && std::isfinite(v)) {
                                into[node] += v;
                            }
                        }
                        finish();
                    },
                    [pending, finish](const PromError &e) {
                        pending->errors << e.toString();
                        finish();
                    });
            }
        }
    }
    finish();
}

void fillNodeMetrics(PromClient &client, const QList<ClusterStatusSnapshot> &snapshots, const QObject *context,
                     std::function<void(const QList<ClusterStatusSnapshot> &, const QStringList &errors)> done)
{
    struct Pending
    {
        QList<ClusterStatusSnapshot> snapshots;
        QHash<QString, double> disk;
        QList<ClusterNodeMetrics> perCluster; // parallel to snapshots
        QStringList errors;
        int waiting = 1;
        std::function<void(const QList<ClusterStatusSnapshot> &, const QStringList &)> done;
    };
    auto pending = std::make_shared<Pending>();
    pending->snapshots = snapshots;
    pending->perCluster.resize(snapshots.size());
    pending->done = std::move(done);
    const auto finish = [pending] {
        if (--pending->waiting > 0) {
            return;
        }
        for (qsizetype i = 0; i < pending->snapshots.size(); ++i) {
            pending->perCluster.at(i).applyTo(pending->snapshots[i]);
            pending->errors << pending->perCluster.at(i).errors;
        }
        applyDiskUsage(pending->snapshots, pending->disk);
        pending->errors.removeDuplicates();
        pending->done(pending->snapshots, pending->errors);
    };
    pending->waiting += 1;
    client.query(
        diskUsageQuery(), QDateTime(), context,
        [pending, finish](const QueryResult &r) {
            pending->disk = diskUsageByPod(r.series);
            finish();
        },
        [pending, finish](const PromError &e) {
            pending->errors << e.toString();
            finish();
        });
    for (qsizetype i = 0; i < snapshots.size(); ++i) {
        pending->waiting += 1;
        queryClusterNodeMetrics(client, snapshots.at(i).cluster, context, [pending, finish, i](const ClusterNodeMetrics &m) {
            pending->perCluster[i] = m;
            finish();
        });
    }
    finish();
}

} // namespace Ringside::Metrics
