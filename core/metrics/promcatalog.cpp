#include "metrics/promcatalog.h"

#include "coretr.h"
#include "metrics/duration.h"

#include <QRegularExpression>
#include <QSet>

#include <array>
#include <cmath>

namespace Ringside::Metrics {

QString unitSuffix(Unit unit)
{
    switch (unit) {
    case Unit::Count:
        return {};
    case Unit::PerSecond:
        return CoreTr::tr("/s");
    case Unit::OpsPerSecond:
        return CoreTr::tr("ops/s");
    case Unit::Bytes:
        return CoreTr::tr("B");
    case Unit::Microseconds:
        return CoreTr::tr("\u00b5s");
    case Unit::Cores:
        return CoreTr::tr("cores");
    case Unit::Ratio:
        return {};
    }
    return {};
}

namespace {

QString number(double v)
{
    const double a = std::fabs(v);
    if (v == std::floor(v) && a < 1e15) {
        return QString::number(qint64(v));
    }
    const int decimals = a >= 100 ? 0 : (a >= 10 ? 1 : 2);
    return QString::number(v, 'f', decimals);
}

QString scaled(double v, const char *const *suffixes, int count, double base)
{
    int i = 0;
    while (std::fabs(v) >= base && i + 1 < count) {
        v /= base;
        ++i;
    }
    return number(v) + QLatin1StringView(suffixes[i]);
}

} // namespace

QString formatValue(double value, Unit unit)
{
    if (std::isnan(value)) {
        return QStringLiteral("NaN");
    }
    if (std::isinf(value)) {
        return value > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    }
    static const char *const bytes[] = {" B", " KiB", " MiB", " GiB", " TiB", " PiB"};
    static const char *const plain[] = {"", "k", "M", "G", "T"};
    switch (unit) {
    case Unit::Bytes:
        return scaled(value, bytes, 6, 1024.0);
    case Unit::Microseconds:
        if (std::fabs(value) >= 1e6) {
            return number(value / 1e6) + QStringLiteral(" s");
        }
        if (std::fabs(value) >= 1e3) {
            return number(value / 1e3) + QStringLiteral(" ms");
        }
        return number(value) + QStringLiteral(" \u00b5s");
    case Unit::Ratio:
        return number(value * 100.0) + QStringLiteral(" %");
    case Unit::Cores:
        return number(value) + u' ' + unitSuffix(unit);
    case Unit::PerSecond:
        return scaled(value, plain, 5, 1000.0) + unitSuffix(unit);
    case Unit::OpsPerSecond:
        return scaled(value, plain, 5, 1000.0) + u' ' + unitSuffix(unit);
    case Unit::Count:
        return scaled(value, plain, 5, 1000.0);
    }
    return number(value);
}

QString Panel::title() const
{
    return CoreTr::tr(titleSource);
}

QString Panel::description() const
{
    return CoreTr::tr(descriptionSource);
}

namespace Catalog {
namespace {

const QString ModernLatency = QStringLiteral("org_apache_cassandra_metrics_client_request_latency");

QString quantile(const char *q, const QString &bucketMetric, const char *requestType)
{
    return QStringLiteral("histogram_quantile(%1, sum by (le, $NODE) (rate(%2{$SEL,request_type=~\"(?i)%3\"}[$RATE])))")
        .arg(QLatin1StringView(q), bucketMetric, QLatin1StringView(requestType));
}

QList<PanelQuery> latencyQueries(const char *requestType)
{
    QList<PanelQuery> out;
    const std::array<std::pair<const char *, const char *>, 3> qs{{{"p50", "0.5"}, {"p95", "0.95"}, {"p99", "0.99"}}};
    for (const auto &[id, q] : qs) {
        out.append({QLatin1StringView(id), QStringLiteral("{{$NODE}} ") + QLatin1StringView(id),
                    quantile(q, ModernLatency + QStringLiteral("_bucket"), requestType),
                    quantile(q, QStringLiteral("mcac_client_request_latency_bucket"), requestType)});
    }
    return out;
}

QList<Panel> buildPanels()
{
    const PanelGroups overview = PanelGroup::Overview;
    const PanelGroups node = PanelGroup::Node;
    const PanelGroups both = PanelGroups(PanelGroup::Overview) | PanelGroup::Node;
    QList<Panel> p;
    p.append({QStringLiteral("cpu"), QT_TRANSLATE_NOOP("Ringside::Core", "CPU"),
              QT_TRANSLATE_NOOP("Ringside::Core", "CPU used by the Cassandra process (modern agent) or the host's busy share (MCAC)"),
              both, Unit::Cores, Unit::Ratio,
              {{QStringLiteral("cpu"), QStringLiteral("{{$NODE}}"),
                QStringLiteral("sum by ($NODE) (rate(process_cpu_seconds_total{$SEL}[$RATE]))"),
                QStringLiteral("1 - sum by ($NODE) (rate(collectd_cpu_total{$SEL,type=\"idle\"}[$RATE])) / sum by ($NODE) "
                               "(rate(collectd_cpu_total{$SEL}[$RATE]))")}},
              false});
    p.append({QStringLiteral("memory"), QT_TRANSLATE_NOOP("Ringside::Core", "Memory"),
              QT_TRANSLATE_NOOP("Ringside::Core", "Resident memory of the Cassandra process (modern agent) or the host's used memory (MCAC)"),
              both, Unit::Bytes, Unit::Bytes,
              {{QStringLiteral("used"), QStringLiteral("{{$NODE}}"), QStringLiteral("sum by ($NODE) (process_resident_memory_bytes{$SEL})"),
                QStringLiteral("sum by ($NODE) (collectd_memory{$SEL,memory=\"used\"})")}},
              false});
    p.append({QStringLiteral("read_throughput"), QT_TRANSLATE_NOOP("Ringside::Core", "Read throughput"),
              QT_TRANSLATE_NOOP("Ringside::Core", "Coordinator read requests per second"), overview, Unit::OpsPerSecond, Unit::OpsPerSecond,
              {{QStringLiteral("rate"), QStringLiteral("{{$NODE}}"),
                QStringLiteral("sum by ($NODE) (rate(%1_count{$SEL,request_type=~\"(?i)read\"}[$RATE]))").arg(ModernLatency),
                QStringLiteral("sum by ($NODE) (rate(mcac_client_request_latency_total{$SEL,request_type=~\"(?i)read\"}[$RATE]))")}}});
    p.append({QStringLiteral("write_throughput"), QT_TRANSLATE_NOOP("Ringside::Core", "Write throughput"),
              QT_TRANSLATE_NOOP("Ringside::Core", "Coordinator write requests per second"), overview, Unit::OpsPerSecond, Unit::OpsPerSecond,
              {{QStringLiteral("rate"), QStringLiteral("{{$NODE}}"),
                QStringLiteral("sum by ($NODE) (rate(%1_count{$SEL,request_type=~\"(?i)write\"}[$RATE]))").arg(ModernLatency),
                QStringLiteral("sum by ($NODE) (rate(mcac_client_request_latency_total{$SEL,request_type=~\"(?i)write\"}[$RATE]))")}}});
    p.append({QStringLiteral("read_latency"), QT_TRANSLATE_NOOP("Ringside::Core", "Read latency"),
              QT_TRANSLATE_NOOP("Ringside::Core", "Coordinator read latency percentiles (p50, p95, p99)"), overview, Unit::Microseconds,
              Unit::Microseconds, latencyQueries("read")});
    p.append({QStringLiteral("write_latency"), QT_TRANSLATE_NOOP("Ringside::Core", "Write latency"),
              QT_TRANSLATE_NOOP("Ringside::Core", "Coordinator write latency percentiles (p50, p95, p99)"), overview, Unit::Microseconds,
              Unit::Microseconds, latencyQueries("write")});
    p.append({QStringLiteral("disk_used"), QT_TRANSLATE_NOOP("Ringside::Core", "Disk used"),
              QT_TRANSLATE_NOOP("Ringside::Core", "Live data size on disk per node (all tables)"), both, Unit::Bytes, Unit::Bytes,
              {{QStringLiteral("live"), QStringLiteral("{{$NODE}}"),
                QStringLiteral("sum by ($NODE) (org_apache_cassandra_metrics_table_live_disk_space_used{$SEL})"),
                QStringLiteral("sum by ($NODE) (mcac_table_live_disk_space_used_total{$SEL})")}}});
    p.append({QStringLiteral("pending_compactions"), QT_TRANSLATE_NOOP("Ringside::Core", "Pending compactions"),
              QT_TRANSLATE_NOOP("Ringside::Core", "Compaction tasks waiting to run, per node"), both, Unit::Count, Unit::Count,
              {{QStringLiteral("pending"), QStringLiteral("{{$NODE}}"),
                QStringLiteral("sum by ($NODE) (org_apache_cassandra_metrics_table_pending_compactions{$SEL})"),
                QStringLiteral("sum by ($NODE) (mcac_table_pending_compactions{$SEL})")}}});
    p.append({QStringLiteral("dropped_messages"), QT_TRANSLATE_NOOP("Ringside::Core", "Dropped messages"),
              QT_TRANSLATE_NOOP("Ringside::Core", "Messages dropped per second, by node and message type"), both, Unit::PerSecond,
              Unit::PerSecond,
              {{QStringLiteral("rate"), QStringLiteral("{{$NODE}} {{message_type}}"),
                QStringLiteral("sum by ($NODE, message_type) (rate(org_apache_cassandra_metrics_dropped_message_dropped_total{$SEL}[$RATE]))"),
                QStringLiteral("sum by ($NODE, message_type) (rate(mcac_dropped_message_dropped_total{$SEL}[$RATE]))")}}});
    p.append({QStringLiteral("node_activity"), QT_TRANSLATE_NOOP("Ringside::Core", "Gossip activity"),
              QT_TRANSLATE_NOOP("Ringside::Core", "1 while a node's gossip stage completes tasks (the node is up), 0 when it stopped"),
              overview, Unit::Count, Unit::Count,
              {{QStringLiteral("up"), QStringLiteral("{{$NODE}}"),
                QStringLiteral("max by ($NODE) (changes(org_apache_cassandra_metrics_thread_pools_completed_tasks{$SEL,pool_name=\"GossipStage\","
                               "pool_type=\"internal\"}[$RATE:30s])) > bool 0"),
                QStringLiteral("max by ($NODE) (changes(mcac_thread_pools_completed_tasks{$SEL,pool_name=\"gossip_stage\"}[$RATE:30s])) > bool 0")}}});
    p.append({QStringLiteral("heap"), QT_TRANSLATE_NOOP("Ringside::Core", "Heap"),
              QT_TRANSLATE_NOOP("Ringside::Core", "JVM heap used and maximum"), node, Unit::Bytes, Unit::Bytes,
              {{QStringLiteral("used"), QStringLiteral("{{$NODE}} used"), QStringLiteral("sum by ($NODE) (jvm_memory_bytes_used{$SEL,area=\"heap\"})"),
                QStringLiteral("sum by ($NODE) (mcac_jvm_memory_used{$SEL,memory_type=\"heap\"})")},
               {QStringLiteral("max"), QStringLiteral("{{$NODE}} max"), QStringLiteral("sum by ($NODE) (jvm_memory_bytes_max{$SEL,area=\"heap\"})"),
                QStringLiteral("sum by ($NODE) (mcac_jvm_memory_max{$SEL,memory_type=\"heap\"})")}},
              false});
    p.append({QStringLiteral("gc_time"), QT_TRANSLATE_NOOP("Ringside::Core", "GC time"),
              QT_TRANSLATE_NOOP("Ringside::Core", "Share of wall-clock time spent in garbage collection"), node, Unit::Ratio, Unit::Ratio,
              {{QStringLiteral("gc"), QStringLiteral("{{$NODE}}"), QStringLiteral("sum by ($NODE) (rate(jvm_gc_collection_seconds_sum{$SEL}[$RATE]))"),
                QStringLiteral("sum by ($NODE) (rate(mcac_jvm_gc_time{$SEL}[$RATE])) / 1000")}},
              false});
    p.append({QStringLiteral("thread_pools"), QT_TRANSLATE_NOOP("Ringside::Core", "Thread pools"),
              QT_TRANSLATE_NOOP("Ringside::Core", "Pending and active tasks per thread pool"), node, Unit::Count, Unit::Count,
              {{QStringLiteral("pending"), QStringLiteral("{{$NODE}} {{pool_name}} pending"),
                QStringLiteral("sum by ($NODE, pool_name) (org_apache_cassandra_metrics_thread_pools_pending_tasks{$SEL})"),
                QStringLiteral("sum by ($NODE, pool_name) (mcac_thread_pools_pending_tasks{$SEL})")},
               {QStringLiteral("active"), QStringLiteral("{{$NODE}} {{pool_name}} active"),
                QStringLiteral("sum by ($NODE, pool_name) (org_apache_cassandra_metrics_thread_pools_active_tasks{$SEL})"),
                QStringLiteral("sum by ($NODE, pool_name) (mcac_thread_pools_active_tasks{$SEL})")}}});
    p.append({QStringLiteral("compactions"), QT_TRANSLATE_NOOP("Ringside::Core", "Compactions"),
              QT_TRANSLATE_NOOP("Ringside::Core", "Compactions completed per second"), node, Unit::PerSecond, Unit::PerSecond,
              {{QStringLiteral("completed"), QStringLiteral("{{$NODE}}"),
                QStringLiteral("sum by ($NODE) (rate(org_apache_cassandra_metrics_compaction_completed_tasks{$SEL}[$RATE]))"),
                QStringLiteral("sum by ($NODE) (rate(mcac_compaction_completed_tasks{$SEL}[$RATE]))")}}});
    return p;
}

} // namespace

const QList<Panel> &panels()
{
    static const QList<Panel> all = buildPanels(); // immutable data, built once
    return all;
}

std::optional<Panel> panel(const QString &id)
{
    for (const Panel &p : panels()) {
        if (p.id == id) {
            return p;
        }
    }
    return std::nullopt;
}

QString clusterLabel(Flavour)
{
    return QStringLiteral("cluster");
}

QString datacenterLabel(Flavour f)
{
    return f == Flavour::Mcac ? QStringLiteral("dc") : QStringLiteral("datacenter");
}

QString nodeLabel(Flavour f)
{
    return f == Flavour::Mcac ? QStringLiteral("instance") : QStringLiteral("pod_name");
}

QString escapeLabelValue(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (c == u'\\' || c == u'"') {
            out += u'\\';
            out += c;
        } else if (c == u'\n') {
            out += QStringLiteral("\\n");
        } else {
            out += c;
        }
    }
    return out;
}

QString matchers(Flavour flavour, const Selector &selector)
{
    const QString dcLabel = selector.datacenterLabel.isEmpty() ? datacenterLabel(flavour) : selector.datacenterLabel;
    const QString node = selector.nodeLabel.isEmpty() ? nodeLabel(flavour) : selector.nodeLabel;
    QString out = clusterLabel(flavour) + QStringLiteral("=\"") + escapeLabelValue(selector.cluster) + u'"';
    if (!selector.datacenter.isEmpty()) {
        out += u',' + dcLabel + QStringLiteral("=\"") + escapeLabelValue(selector.datacenter) + u'"';
    }
    if (!selector.node.isEmpty()) {
        out += u',' + node + QStringLiteral("=\"") + escapeLabelValue(selector.node) + u'"';
    }
    return out;
}

std::optional<QList<RenderedQuery>> render(const Panel &panel, Flavour flavour, const Selector &selector, QString *error)
{
    static const QRegularExpression labelName(QStringLiteral("^[a-zA-Z_][a-zA-Z0-9_]*$"));
    if (selector.cluster.trimmed().isEmpty()) {
        *error = CoreTr::tr("no cluster is selected for the panel \u201c%1\u201d").arg(panel.title());
        return std::nullopt;
    }
    const std::optional<std::chrono::milliseconds> window = parseDuration(selector.rateWindow);
    if (!window || window->count() <= 0) {
        *error = CoreTr::tr("\u201c%1\u201d is not a rate window: use a Prometheus duration such as 2m or 5m").arg(selector.rateWindow);
        return std::nullopt;
    }
    for (const QString &l : {selector.nodeLabel, selector.datacenterLabel}) {
        if (!l.isEmpty() && !labelName.match(l).hasMatch()) {
            *error = CoreTr::tr("\u201c%1\u201d is not a Prometheus label name").arg(l);
            return std::nullopt;
        }
    }
    const QString sel = matchers(flavour, selector);
    const QString node = selector.nodeLabel.isEmpty() ? nodeLabel(flavour) : selector.nodeLabel;
    const QString dc = selector.datacenterLabel.isEmpty() ? datacenterLabel(flavour) : selector.datacenterLabel;
    QList<RenderedQuery> out;
    for (const PanelQuery &q : panel.queries) {
        QString promql = flavour == Flavour::Mcac ? q.mcac : q.modern;
        promql.replace(QLatin1String("$SEL"), sel);
        promql.replace(QLatin1String("$NODE"), node);
        promql.replace(QLatin1String("$DC"), dc);
        promql.replace(QLatin1String("$RATE"), selector.rateWindow);
        QString legend = q.legend;
        legend.replace(QLatin1String("$NODE"), node);
        legend.replace(QLatin1String("$DC"), dc);
        out.append({panel.id, q.id, promql, legend, panel.unitFor(flavour)});
    }
    return out;
}

QStringList metricNames(Flavour flavour)
{
    static const QRegularExpression name(QStringLiteral("([a-zA-Z_:][a-zA-Z0-9_:]*)\\{"));
    QSet<QString> names;
    for (const Panel &p : panels()) {
        for (const PanelQuery &q : p.queries) {
            const QString t = flavour == Flavour::Mcac ? q.mcac : q.modern;
            for (auto it = name.globalMatch(t); it.hasNext();) {
                names.insert(it.next().captured(1));
            }
        }
    }
    QStringList out(names.cbegin(), names.cend());
    out.sort();
    return out;
}

QString formatLegend(const QString &legendFormat, const Labels &labels)
{
    if (legendFormat.isEmpty()) {
        QStringList parts;
        for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
            if (it.key() != QLatin1String("__name__")) {
                parts.append(it.key() + QStringLiteral("=\"") + it.value() + u'"');
            }
        }
        return labels.value(QStringLiteral("__name__")) + u'{' + parts.join(QStringLiteral(", ")) + u'}';
    }
    static const QRegularExpression ref(QStringLiteral("\\{\\{\\s*([a-zA-Z_][a-zA-Z0-9_]*)\\s*\\}\\}"));
    QString out;
    qsizetype last = 0;
    for (auto it = ref.globalMatch(legendFormat); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += legendFormat.mid(last, m.capturedStart() - last);
        out += labels.value(m.captured(1));
        last = m.capturedEnd();
    }
    out += legendFormat.mid(last);
    return out.trimmed();
}

} // namespace Catalog

namespace {
const QString ModernGossip = QStringLiteral("org_apache_cassandra_metrics_thread_pools_completed_tasks");
const QString McacGossip = QStringLiteral("mcac_thread_pools_completed_tasks");
} // namespace

QString detectionMatcher()
{
    return QStringLiteral("{__name__=~\"%1|%2\",pool_name=~\"GossipStage|gossip_stage\"}").arg(ModernGossip, McacGossip);
}

Detection interpretDetection(const QList<Labels> &series, const QString &cluster)
{
    Detection d;
    QSet<QString> clusters;
    QSet<QString> modernNodes, mcacNodes, modernDcs, mcacDcs;
    for (const Labels &l : series) {
        const QString c = l.value(QStringLiteral("cluster"));
        if (!c.isEmpty()) {
            clusters.insert(c);
        }
        if (c != cluster) {
            continue;
        }
        const bool modern = l.value(QStringLiteral("__name__")) == ModernGossip;
        const Flavour f = modern ? Flavour::Modern : Flavour::Mcac;
        (modern ? modernNodes : mcacNodes).insert(l.value(Catalog::nodeLabel(f)));
        (modern ? modernDcs : mcacDcs).insert(l.value(Catalog::datacenterLabel(f)));
    }
    d.clusters = QStringList(clusters.cbegin(), clusters.cend());
    d.clusters.sort();
    const bool haveModern = !modernNodes.isEmpty();
    const bool haveMcac = !mcacNodes.isEmpty();
    d.found = haveModern || haveMcac;
    d.bothFlavours = haveModern && haveMcac;
    d.flavour = haveModern ? Flavour::Modern : Flavour::Mcac;
    const QSet<QString> &nodes = haveModern ? modernNodes : mcacNodes;
    const QSet<QString> &dcs = haveModern ? modernDcs : mcacDcs;
    d.nodes = QStringList(nodes.cbegin(), nodes.cend());
    d.nodes.removeAll(QString());
    d.nodes.sort();
    d.datacenters = QStringList(dcs.cbegin(), dcs.cend());
    d.datacenters.removeAll(QString());
    d.datacenters.sort();
    if (d.found) {
        d.message = haveModern ? CoreTr::tr("cluster %1: management-api metrics (%2) from %n node(s)", nullptr, int(d.nodes.size())).arg(cluster, ModernGossip)
                               : CoreTr::tr("cluster %1: legacy MCAC metrics (%2) from %n node(s)", nullptr, int(d.nodes.size())).arg(cluster, McacGossip);
        if (d.bothFlavours) {
            d.message += u' ' + CoreTr::tr("(MCAC metrics exist too; the modern ones are used)");
        }
    } else if (d.clusters.isEmpty()) {
        d.message = CoreTr::tr("no Cassandra metrics at all: neither %1 (management-api) nor %2 (MCAC) exists. Is telemetry enabled "
                               "(telemetry.prometheus.enabled, a ServiceMonitor or Vector sink) and is this the right Prometheus?")
                        .arg(ModernGossip, McacGossip);
    } else {
        d.message = CoreTr::tr("no metrics with cluster=\"%1\"; clusters with Cassandra metrics here: %2")
                        .arg(cluster, d.clusters.join(QStringLiteral(", ")));
    }
    return d;
}

RequestHandle detectFlavour(PromClient &client, const QString &cluster, std::chrono::seconds lookback, const QObject *context,
                            std::function<void(const Detection &)> ok, ErrorHandler err)
{
    const QDateTime end = QDateTime::currentDateTimeUtc();
    return client.series({detectionMatcher()}, end.addSecs(-lookback.count()), end, context,
                         [cluster, ok = std::move(ok)](const QList<Labels> &series) {
                             if (ok) {
                                 ok(interpretDetection(series, cluster));
                             }
                         },
                         std::move(err));
}

} // namespace Ringside::Metrics
