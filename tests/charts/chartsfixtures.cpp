#include "chartsfixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPair>

#include <cmath>
#include <functional>
#include <numbers>

namespace Ringside::Charts::Test {

namespace {

QJsonObject labelsJson(const Metrics::Labels &labels)
{
    QJsonObject o;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        o.insert(it.key(), it.value());
    }
    return o;
}

QString sampleText(double v)
{
    if (std::isnan(v)) {
        return QStringLiteral("NaN");
    }
    if (std::isinf(v)) {
        return v > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    }
    return QString::number(v, 'g', 17);
}

} // namespace

QByteArray matrixBody(const QList<FakeSeries> &series, const QStringList &warnings)
{
    QJsonArray result;
    for (const FakeSeries &s : series) {
        QJsonArray values;
        for (const QPointF &p : s.samples) {
            values.append(QJsonArray{p.x(), sampleText(p.y())});
        }
        result.append(
            QJsonObject{{QStringLiteral("metric"), labelsJson(s.labels)}, {QStringLiteral("values"), values}});
    }
    QJsonObject root{{QStringLiteral("status"), QStringLiteral("success")},
                     {QStringLiteral("data"), QJsonObject{{QStringLiteral("resultType"), QStringLiteral("matrix")},
                                                          {QStringLiteral("result"), result}}}};
    if (!warnings.isEmpty()) {
        root.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    }
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray errorBody(const QString &errorType, const QString &error)
{
    const QJsonObject root{{QStringLiteral("status"), QStringLiteral("error")},
                           {QStringLiteral("errorType"), errorType},
                           {QStringLiteral("error"), error}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray seriesBody(const QList<Metrics::Labels> &series)
{
    QJsonArray data;
    for (const Metrics::Labels &l : series) {
        data.append(labelsJson(l));
    }
    return QJsonDocument(
               QJsonObject{{QStringLiteral("status"), QStringLiteral("success")}, {QStringLiteral("data"), data}})
        .toJson(QJsonDocument::Compact);
}

QList<FakeSeries> podSeries(const QString &cluster, const QStringList &pods, double start, double stepSeconds,
                            int count)
{
    QList<FakeSeries> out;
    for (int n = 0; n < pods.size(); ++n) {
        FakeSeries s;
        s.labels = {{QStringLiteral("cluster"), cluster}, {QStringLiteral("pod_name"), pods.at(n)}};
        for (int i = 0; i < count; ++i) {
            s.samples.append(QPointF(start + i * stepSeconds, n * 10.0 + i));
        }
        out.append(s);
    }
    return out;
}

QList<Metrics::Labels> gossipSeries(const QString &cluster, const QStringList &pods)
{
    QList<Metrics::Labels> out;
    for (const QString &pod : pods) {
        out.append(
            {{QStringLiteral("__name__"), QStringLiteral("org_apache_cassandra_metrics_thread_pools_completed_tasks")},
             {QStringLiteral("cluster"), cluster},
             {QStringLiteral("datacenter"), QStringLiteral("dc1")},
             {QStringLiteral("pod_name"), pod},
             {QStringLiteral("pool_name"), QStringLiteral("GossipStage")},
             {QStringLiteral("pool_type"), QStringLiteral("internal")}});
    }
    return out;
}

QStringList demoPods()
{
    return {QStringLiteral("demo-dc1-r1-sts-0"), QStringLiteral("demo-dc1-r2-sts-0"),
            QStringLiteral("demo-dc1-r3-sts-0")};
}

// --- synthetic metrics for the real Prometheus ---------------------------------------------------------------

namespace {

using LabelList = QList<QPair<QString, QString>>;
constexpr double GiB = 1024.0 * 1024.0 * 1024.0;

// Deterministic noise in [0, 1).
double noise(int i, int n, int k)
{
    const double x = std::sin(i * 12.9898 + n * 78.233 + k * 37.719) * 43758.5453;
    return x - std::floor(x);
}

double wave(double t, double period, double phase)
{
    return std::sin(2.0 * std::numbers::pi * t / period + phase);
}

struct Spec
{
    QString name;
    QList<LabelList> labelSets;
    bool counter; // value() is a rate per second that is integrated
    std::function<double(double t, int i, int node, int set)> value;
};

const QStringList Le{QStringLiteral("100"), QStringLiteral("500"), QStringLiteral("1000"), QStringLiteral("5000"),
                     QStringLiteral("+Inf")};

double requestRate(double t, int n, bool write)
{
    const double base = write ? 1600.0 : 900.0;
    return base * (1.0 + 0.35 * wave(t, 3600.0, n * 0.9 + (write ? 1.0 : 0.0)))
           + 60.0 * noise(int(t), n, write ? 3 : 4);
}

// The share of requests at or under each bucket; the tail grows with load and in short spikes.
double bucketShare(int le, double t, int i, int n)
{
    const double load = wave(t, 3600.0, n * 0.9);
    const bool spike = (i + 17 * n) % 97 < 3;
    switch (le) {
    case 0: return 0.25 - 0.1 * load;
    case 1: return 0.75 - 0.08 * load;
    case 2: return spike ? 0.85 : 0.97 - 0.025 * load;
    case 3: return spike ? 0.985 : 0.998;
    default: return 1.0;
    }
}

QList<Spec> specs(int spanSeconds, int stepSeconds)
{
    const QString p = QStringLiteral("org_apache_cassandra_metrics_");
    auto one = [](const char *k, const char *v) { return LabelList{{QLatin1StringView(k), QLatin1StringView(v)}}; };
    QList<LabelList> buckets;
    for (const char *rt : {"Read", "Write"}) {
        for (const QString &le : Le) {
            buckets.append({{QStringLiteral("request_type"), QLatin1StringView(rt)}, {QStringLiteral("le"), le}});
        }
    }
    const LabelList table{{QStringLiteral("keyspace"), QStringLiteral("shop")},
                          {QStringLiteral("table"), QStringLiteral("orders")}};
    QList<LabelList> pools;
    for (const char *pool : {"MutationStage", "ReadStage"}) {
        pools.append({{QStringLiteral("pool_name"), QLatin1StringView(pool)},
                      {QStringLiteral("pool_type"), QStringLiteral("request")}});
    }
    const double span = spanSeconds;
    const double step = stepSeconds;
    return {
        {QStringLiteral("process_cpu_seconds_total"),
         {{}},
         true,
         [](double t, int i, int n, int) {
             return 1.1 + 0.4 * wave(t, 3600, n) + 0.25 * wave(t, 900, 2.0 * n) + 0.15 * noise(i, n, 1);
         }},
        {QStringLiteral("process_resident_memory_bytes"),
         {{}},
         false,
         [](double t, int i, int n, int) {
             return (7.5 + 0.5 * n + 0.4 * wave(t, 5400, n) + 0.1 * noise(i, n, 2)) * GiB;
         }},
        {p + QStringLiteral("client_request_latency_count"),
         {one("request_type", "Read"), one("request_type", "Write")},
         true,
         [](double t, int, int n, int set) { return requestRate(t, n, set == 1); }},
        {p + QStringLiteral("client_request_latency_bucket"), buckets, true,
         [](double t, int i, int n, int set) {
             return requestRate(t, n, set >= Le.size()) * bucketShare(set % Le.size(), t, i, n);
         }},
        {p + QStringLiteral("table_live_disk_space_used"),
         {table},
         false,
         [span, step](double, int i, int n, int) {
             return (40.0 + 6.0 * n + 3.0 * i * step / span - 0.4 * (i % 40) / 40.0) * GiB;
         }},
        {p + QStringLiteral("table_pending_compactions"),
         {table},
         false,
         [](double t, int i, int n, int) {
             return std::max(0.0, std::round(2.0 * n + 5.0 * wave(t, 2700, 1.7 * n) + 2.0 * noise(i, n, 5) - 2.0));
         }},
        {p + QStringLiteral("dropped_message_dropped_total"),
         {one("message_type", "MUTATION"), one("message_type", "READ")},
         true,
         [](double t, int i, int n, int set) {
             return wave(t, 1800, n + set) > 0.92 ? 3.0 + set : 0.02 * noise(i, n, 6 + set);
         }},
        {p + QStringLiteral("thread_pools_completed_tasks"),
         {{{QStringLiteral("pool_name"), QStringLiteral("GossipStage")},
           {QStringLiteral("pool_type"), QStringLiteral("internal")}}},
         true,
         [](double, int, int, int) { return 1.0; }},
        {p + QStringLiteral("thread_pools_pending_tasks"), pools, false,
         [](double t, int i, int n, int set) {
             return std::max(0.0, std::round(3.0 * wave(t, 1500, n + 2.0 * set) + 2.0 * noise(i, n, 8 + set)));
         }},
        {p + QStringLiteral("thread_pools_active_tasks"), pools, false,
         [](double t, int i, int n, int set) {
             return std::round(3.0 + 2.0 * wave(t, 2000, n + set) + noise(i, n, 10 + set));
         }},
        {p + QStringLiteral("compaction_completed_tasks"),
         {{}},
         true,
         [](double t, int, int n, int) { return 0.05 + 0.08 * std::max(0.0, wave(t, 2700, 1.7 * n)); }},
        {QStringLiteral("jvm_memory_bytes_used"),
         {one("area", "heap")},
         false,
         [](double t, int, int n, int) {
             const double period = 600.0 + 120.0 * n;
             return (2.0 + 4.0 * (t / period - std::floor(t / period))) * GiB;
         }},
        {QStringLiteral("jvm_memory_bytes_max"),
         {one("area", "heap")},
         false,
         [](double, int, int, int) { return 8.0 * GiB; }},
        {QStringLiteral("jvm_gc_collection_seconds_sum"),
         {one("gc", "G1 Young Generation")},
         true,
         [](double t, int i, int n, int) { return 0.015 + 0.01 * wave(t, 3600, n) + 0.005 * noise(i, n, 12); }},
    };
}

QString escape(QString v)
{
    return v.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
}

} // namespace

QStringList syntheticMetricNames()
{
    QStringList out;
    for (const Spec &s : specs(3600, 30)) {
        out.append(s.name);
    }
    out.sort();
    return out;
}

QByteArray syntheticOpenMetrics(qint64 endSeconds, int spanSeconds, int stepSeconds)
{
    QByteArray out;
    const int steps = spanSeconds / stepSeconds;
    const QStringList pods = demoPods();
    for (const Spec &spec : specs(spanSeconds, stepSeconds)) {
        for (int n = 0; n < pods.size(); ++n) {
            for (int set = 0; set < spec.labelSets.size(); ++set) {
                LabelList labels{{QStringLiteral("cluster"), QStringLiteral("demo")},
                                 {QStringLiteral("datacenter"), QStringLiteral("dc1")},
                                 {QStringLiteral("rack"), QStringLiteral("r%1").arg(n + 1)},
                                 {QStringLiteral("pod_name"), pods.at(n)}};
                labels += spec.labelSets.at(set);
                QStringList parts;
                for (const auto &l : labels) {
                    parts.append(l.first + QStringLiteral("=\"") + escape(l.second) + u'"');
                }
                const QByteArray prefix = (spec.name + u'{' + parts.join(u',') + QStringLiteral("} ")).toUtf8();
                double total = 1000.0 * (n + 1); // counters start somewhere, as after a restart long ago
                for (int i = 0; i <= steps; ++i) {
                    const qint64 t = endSeconds - spanSeconds + qint64(i) * stepSeconds;
                    const double v = spec.value(double(t), i, n, set);
                    double written = v;
                    if (spec.counter) {
                        total += std::max(0.0, v) * stepSeconds;
                        written = total;
                    }
                    out += prefix + QByteArray::number(written, 'g', 15) + ' ' + QByteArray::number(t) + '\n';
                }
            }
        }
    }
    out += "# EOF\n";
    return out;
}

} // namespace Ringside::Charts::Test
