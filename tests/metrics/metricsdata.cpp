#include "metricsdata.h"

#include <QList>
#include <QMap>
#include <QPair>
#include <QSet>

#include <functional>

namespace Ringside::Metrics::Test {

namespace {

using LabelList = QList<QPair<QString, QString>>;

// One metric: a name, extra label sets (one series per set per node), and the value at step i for node n.
struct Spec
{
    QString name;
    QList<LabelList> labelSets;
    std::function<double(int step, int node, int set)> value;
};

const QStringList Le{QStringLiteral("100"), QStringLiteral("500"), QStringLiteral("1000"), QStringLiteral("5000"), QStringLiteral("+Inf")};
const QList<double> LeShare{0.2, 0.6, 0.9, 0.98, 1.0};

LabelList one(const char *k, const char *v)
{
    return {{QLatin1StringView(k), QLatin1StringView(v)}};
}

QList<LabelList> buckets(const char *read, const char *write)
{
    QList<LabelList> out;
    for (const char *rt : {read, write}) {
        for (const QString &le : Le) {
            out.append({{QStringLiteral("request_type"), QLatin1StringView(rt)}, {QStringLiteral("le"), le}});
        }
    }
    return out;
}

double bucketValue(int step, int node, int set)
{
    const double total = 50.0 * step * (1 + node);
    return total * LeShare.at(set % Le.size());
}

QList<Spec> specs(bool mcac)
{
    auto counter = [](double perStep) { return [perStep](int i, int n, int) { return perStep * i * (1 + 0.1 * n); }; };
    auto gauge = [](double v) { return [v](int, int n, int) { return v * (1 + n); }; };
    auto pending = [](int, int n, int) { return 5.0 * n; }; // node 0: none; the others some
    if (!mcac) {
        const QString p = QStringLiteral("org_apache_cassandra_metrics_");
        return {
            {QStringLiteral("process_cpu_seconds_total"), {{}}, counter(15)},
            {QStringLiteral("process_resident_memory_bytes"), {{}}, gauge(4e9)},
            {p + QStringLiteral("client_request_latency_count"), {one("request_type", "Read"), one("request_type", "Write")}, counter(50)},
            {p + QStringLiteral("client_request_latency_bucket"), buckets("Read", "Write"), bucketValue},
            {p + QStringLiteral("table_live_disk_space_used"),
             {{{QStringLiteral("keyspace"), QStringLiteral("ks")}, {QStringLiteral("table"), QStringLiteral("t1")}}}, gauge(1e9)},
            {p + QStringLiteral("table_pending_compactions"),
             {{{QStringLiteral("keyspace"), QStringLiteral("ks")}, {QStringLiteral("table"), QStringLiteral("t1")}}}, pending},
            {p + QStringLiteral("dropped_message_dropped_total"), {one("message_type", "MUTATION"), one("message_type", "READ")}, counter(1)},
            {p + QStringLiteral("thread_pools_completed_tasks"),
             {{{QStringLiteral("pool_name"), QStringLiteral("GossipStage")}, {QStringLiteral("pool_type"), QStringLiteral("internal")}}}, counter(30)},
            {p + QStringLiteral("thread_pools_pending_tasks"),
             {{{QStringLiteral("pool_name"), QStringLiteral("MutationStage")}, {QStringLiteral("pool_type"), QStringLiteral("request")}}}, gauge(2)},
            {p + QStringLiteral("thread_pools_active_tasks"),
             {{{QStringLiteral("pool_name"), QStringLiteral("MutationStage")}, {QStringLiteral("pool_type"), QStringLiteral("request")}}}, gauge(3)},
            {p + QStringLiteral("compaction_completed_tasks"), {{}}, counter(2)},
            {QStringLiteral("jvm_memory_bytes_used"), {one("area", "heap")}, gauge(1e9)},
            {QStringLiteral("jvm_memory_bytes_max"), {one("area", "heap")}, gauge(4e9)},
            {QStringLiteral("jvm_gc_collection_seconds_sum"), {one("gc", "G1 Young Generation")}, counter(0.3)},
        };
    }
    return {
        {QStringLiteral("collectd_cpu_total"), {one("type", "idle"), one("type", "user"), one("type", "system")}, counter(1000)},
        {QStringLiteral("collectd_memory"), {one("memory", "used"), one("memory", "free")}, gauge(8e9)},
        {QStringLiteral("mcac_client_request_latency_total"), {one("request_type", "read"), one("request_type", "write")}, counter(50)},
        {QStringLiteral("mcac_client_request_latency_bucket"), buckets("read", "write"), bucketValue},
        {QStringLiteral("mcac_table_live_disk_space_used_total"),
         {{{QStringLiteral("keyspace"), QStringLiteral("ks")}, {QStringLiteral("table"), QStringLiteral("t1")}}}, gauge(1e9)},
        {QStringLiteral("mcac_table_pending_compactions"),
         {{{QStringLiteral("keyspace"), QStringLiteral("ks")}, {QStringLiteral("table"), QStringLiteral("t1")}}}, pending},
        {QStringLiteral("mcac_dropped_message_dropped_total"), {one("message_type", "mutation")}, counter(1)},
        {QStringLiteral("mcac_thread_pools_completed_tasks"), {one("pool_name", "gossip_stage")}, counter(30)},
        {QStringLiteral("mcac_thread_pools_pending_tasks"), {one("pool_name", "mutation_stage")}, gauge(2)},
        {QStringLiteral("mcac_thread_pools_active_tasks"), {one("pool_name", "mutation_stage")}, gauge(3)},
        {QStringLiteral("mcac_compaction_completed_tasks"), {{}}, counter(2)},
        {QStringLiteral("mcac_jvm_memory_used"), {one("memory_type", "heap")}, gauge(1e9)},
        {QStringLiteral("mcac_jvm_memory_max"), {one("memory_type", "heap")}, gauge(4e9)},
        {QStringLiteral("mcac_jvm_gc_time"), {one("collector_type", "G1Young")}, counter(300)},
    };
}

QString escape(QString v)
{
    return v.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
}

} // namespace

QList<SyntheticCluster> syntheticClusters()
{
    return {
        {QStringLiteral("demo"), {QStringLiteral("demo-dc1-r1-sts-0"), QStringLiteral("demo-dc1-r2-sts-0"), QStringLiteral("demo-dc1-r3-sts-0")}, false},
        {QStringLiteral("legacy"), {QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.2"), QStringLiteral("10.0.0.3")}, true},
    };
}

QStringList syntheticMetricNames(bool mcac)
{
    QStringList out;
    for (const Spec &s : specs(mcac)) {
        out.append(s.name);
    }
    out.sort();
    return out;
}

QByteArray openMetrics(qint64 endSeconds, int spanSeconds, int stepSeconds)
{
    QByteArray out;
    const int steps = spanSeconds / stepSeconds;
    for (const SyntheticCluster &c : syntheticClusters()) {
        for (const Spec &spec : specs(c.mcac)) {
            // One metric family: all its series together, each series in time order.
            for (int n = 0; n < c.nodes.size(); ++n) {
                for (int set = 0; set < spec.labelSets.size(); ++set) {
                    LabelList labels{{QStringLiteral("cluster"), c.cluster}};
                    if (c.mcac) {
                        labels += {{QStringLiteral("dc"), QStringLiteral("dc1")},
                                   {QStringLiteral("rack"), QStringLiteral("r%1").arg(n + 1)},
                                   {QStringLiteral("instance"), c.nodes.at(n)}};
                    } else {
                        labels += {{QStringLiteral("datacenter"), QStringLiteral("dc1")},
                                   {QStringLiteral("rack"), QStringLiteral("r%1").arg(n + 1)},
                                   {QStringLiteral("pod_name"), c.nodes.at(n)}};
                    }
                    labels += spec.labelSets.at(set);
                    QStringList parts;
                    for (const auto &l : labels) {
                        parts.append(l.first + QStringLiteral("=\"") + escape(l.second) + u'"');
                    }
                    const QByteArray prefix = (spec.name + u'{' + parts.join(u',') + QStringLiteral("} ")).toUtf8();
                    for (int i = 0; i <= steps; ++i) {
                        const qint64 t = endSeconds - spanSeconds + qint64(i) * stepSeconds;
                        out += prefix + QByteArray::number(spec.value(i, n, set), 'g', 12) + ' ' + QByteArray::number(t) + '\n';
                    }
                }
            }
        }
    }
    out += "# EOF\n";
    return out;
}

} // namespace Ringside::Metrics::Test
