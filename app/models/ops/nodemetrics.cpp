#include "models/ops/nodemetrics.h"

#include "metrics/promcatalog.h"
#include "metrics/promclient.h"

#include <QPointer>

#include <cmath>
#include <memory>

namespace Ringside::Operations {

QString diskUsageQuery()
{
    return QStringLiteral("max by (namespace, pod) (label_replace("
                          "100 * kubelet_volume_stats_used_bytes{persistentvolumeclaim=~\"server-data-.+\"}"
                          " / kubelet_volume_stats_capacity_bytes{persistentvolumeclaim=~\"server-data-.+\"},"
                          " \"pod\", \"$1\", \"persistentvolumeclaim\", \"server-data-(.+)\"))");
}

QHash<QString, double> diskUsageByPod(const QList<Metrics::Series> &series)
{
    QHash<QString, double> out;
    for (const Metrics::Series &s : series) {
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

int applyDiskUsage(QList<Metrics::ClusterStatusSnapshot> &snapshots, const QHash<QString, double> &byPod)
{
    int set = 0;
    for (Metrics::ClusterStatusSnapshot &snap : snapshots) {
        for (Metrics::NodeStatus &n : snap.nodes) {
            const auto it = byPod.constFind(n.name);
            if (it != byPod.constEnd()) {
                n.diskUsedPercent = it.value();
                ++set;
            }
        }
    }
    return set;
}

int ClusterNodeMetrics::applyTo(Metrics::ClusterStatusSnapshot &snapshot) const
{
    int set = 0;
    for (Metrics::NodeStatus &n : snapshot.nodes) {
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

void queryClusterNodeMetrics(Metrics::PromClient &client, const QString &cluster, const QObject *context,
                             std::function<void(const ClusterNodeMetrics &)> done)
{
    using Metrics::Flavour;
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
        const QString nodeLabel = Metrics::Catalog::nodeLabel(flavour);
        Metrics::Selector selector;
        selector.cluster = cluster;
        for (const auto &[panelId, queryId] : wanted) {
            const std::optional<Metrics::Panel> panel = Metrics::Catalog::panel(panelId);
            QString error;
            const std::optional<QList<Metrics::RenderedQuery>> queries = panel ? Metrics::Catalog::render(*panel, flavour, selector, &error)
                                                                               : std::nullopt;
            if (!queries) {
                pending->errors << (panel ? error : panelId);
                continue;
            }
            const QString key = panelId + u'/' + queryId;
            const bool mutationsOnly = panelId == QLatin1String("dropped_messages");
            for (const Metrics::RenderedQuery &q : *queries) {
                if (q.queryId != queryId) {
                    continue;
                }
                pending->waiting += 1;
                client.query(
                    q.promql, QDateTime(), context,
                    [pending, finish, flavour, key, nodeLabel, mutationsOnly](const Metrics::QueryResult &r) {
                        QHash<QString, double> &into = pending->values[int(flavour)][key];
                        for (const Metrics::Series &s : r.series) {
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
                    [pending, finish](const Metrics::PromError &e) {
                        pending->errors << e.toString();
                        finish();
                    });
            }
        }
    }
    finish();
}

} // namespace Ringside::Operations
