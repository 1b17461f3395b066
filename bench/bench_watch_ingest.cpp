// Watch-event ingestion speed, as a ratio against a baseline run in the same process: QJsonDocument::fromJson on
// the same event bytes (already split, one document per event). Ours takes the raw stream in 16 KiB reads and
// goes through the incremental WatchParser, the ObjectCache (namespace/name keys, uid checks) and the coalesced
// change emission an Informer performs. Printed as "ratio: N.NNx" with events/s for both.
#include "kube/objectcache.h"
#include "kube/watchparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <functional>

using namespace Ringside;
using namespace Qt::StringLiterals;

namespace {

constexpr int kEvents = 5000;
constexpr int kObjects = 1000;

// A pod as a Cassandra StatefulSet creates it: labels, annotations, owner, two containers, conditions (~2.5 KB).
QJsonObject pod(int i, int rv, const QString &uid)
{
    const QString name = u"cluster1-dc1-rack%1-sts-%2"_s.arg(i % 3).arg(i);
    QJsonArray containers;
    for (const QString &c : {u"cassandra"_s, u"server-system-logger"_s}) {
        containers.append(QJsonObject{{u"name"_s, c},
                                      {u"image"_s, u"k8ssandra/cass-management-api:4.1.5"_s},
                                      {u"ports"_s, QJsonArray{QJsonObject{{u"containerPort"_s, 9042}, {u"name"_s, u"native"_s}},
                                                              QJsonObject{{u"containerPort"_s, 8080}, {u"name"_s, u"mgmt-api-http"_s}}}},
                                      {u"resources"_s, QJsonObject{{u"requests"_s, QJsonObject{{u"cpu"_s, u"2"_s}, {u"memory"_s, u"8Gi"_s}}}}}});
    }
    QJsonArray conditions;
    for (const QString &t : {u"Initialized"_s, u"Ready"_s, u"ContainersReady"_s, u"PodScheduled"_s}) {
        conditions.append(QJsonObject{{u"type"_s, t}, {u"status"_s, u"True"_s}, {u"lastTransitionTime"_s, u"2024-05-01T10:00:00Z"_s}});
    }
    return {{u"apiVersion"_s, u"v1"_s},
            {u"kind"_s, u"Pod"_s},
            {u"metadata"_s,
             QJsonObject{{u"name"_s, name},
                         {u"namespace"_s, u"cass-%1"_s.arg(i % 4)},
                         {u"uid"_s, uid},
                         {u"resourceVersion"_s, QString::number(rv)},
                         {u"labels"_s, QJsonObject{{u"app.kubernetes.io/managed-by"_s, u"cass-operator"_s},
                                                   {u"cassandra.datastax.com/cluster"_s, u"cluster1"_s},
                                                   {u"cassandra.datastax.com/datacenter"_s, u"dc1"_s},
                                                   {u"cassandra.datastax.com/rack"_s, u"rack%1"_s.arg(i % 3)}}},
                         {u"annotations"_s, QJsonObject{{u"cassandra.datastax.com/node-state"_s, u"Started"_s}}},
                         {u"ownerReferences"_s, QJsonArray{QJsonObject{{u"kind"_s, u"StatefulSet"_s}, {u"name"_s, u"cluster1-dc1-sts"_s}}}}}},
            {u"spec"_s, QJsonObject{{u"containers"_s, containers}, {u"nodeName"_s, u"worker-%1"_s.arg(i % 17)}}},
            {u"status"_s, QJsonObject{{u"phase"_s, u"Running"_s}, {u"podIP"_s, u"10.0.%1.%2"_s.arg(i / 250).arg(i % 250)}, {u"conditions"_s, conditions}}}};
}

struct Stream
{
    QByteArray bytes;            //!< the watch response body
    QList<QByteArray> documents; //!< the same events, one per element (for the baseline)
};

const Stream &stream()
{
    static const Stream s = [] {
        Stream out;
        QRandomGenerator rng(42);
        QList<QString> uids(kObjects);
        QList<bool> live(kObjects, false);
        for (int i = 0; i < kEvents; ++i) {
            const int obj = int(rng.bounded(kObjects));
            const char *type = "MODIFIED";
            if (!live[obj]) {
                type = "ADDED";
                uids[obj] = u"uid-%1-%2"_s.arg(obj).arg(i);
                live[obj] = true;
            } else if (rng.bounded(10) == 0) {
                type = "DELETED";
                live[obj] = false;
            }
            const QJsonObject ev{{u"type"_s, QString::fromLatin1(type)}, {u"object"_s, pod(obj, 1000 + i, uids[obj])}};
            const QByteArray doc = QJsonDocument(ev).toJson(QJsonDocument::Compact);
            out.documents.append(doc);
            out.bytes += doc + '\n';
        }
        return out;
    }();
    return s;
}

void BM_Baseline_QJsonDocument(benchmark::State &state)
{
    for (auto _ : state) {
        for (const QByteArray &doc : stream().documents) {
            benchmark::DoNotOptimize(QJsonDocument::fromJson(doc));
        }
    }
    state.SetItemsProcessed(state.iterations() * kEvents);
}
BENCHMARK(BM_Baseline_QJsonDocument)->Unit(benchmark::kMillisecond);

void BM_WatchIngest(benchmark::State &state)
{
    qsizetype emitted = 0;
    const std::function<void(const QList<ObjectChange> &)> emitChanges = [&emitted](const QList<ObjectChange> &c) { emitted += c.size(); };
    for (auto _ : state) {
        WatchParser parser;
        ObjectCache cache;
        QList<WatchEvent> events;
        QString error;
        const QByteArray &bytes = stream().bytes;
        for (qsizetype pos = 0; pos < bytes.size(); pos += 16384) {
            events.clear();
            parser.feed(QByteArrayView(bytes).sliced(pos, std::min<qsizetype>(16384, bytes.size() - pos)), &events, &error);
            for (const WatchEvent &e : std::as_const(events)) {
                if (e.type == WatchEvent::Type::Deleted) {
                    cache.remove(e.object);
                } else {
                    cache.upsert(e.object);
                }
            }
            // One coalesced emission per read, as the informer's flush timer would do under load.
            const QList<ObjectChange> changes = cache.takeChanges();
            if (!changes.isEmpty()) {
                emitChanges(changes);
            }
        }
        benchmark::DoNotOptimize(cache.size());
    }
    benchmark::DoNotOptimize(emitted);
    state.SetItemsProcessed(state.iterations() * kEvents);
}
BENCHMARK(BM_WatchIngest)->Unit(benchmark::kMillisecond);

class RatioReporter : public benchmark::ConsoleReporter
{
public:
    void ReportRuns(const std::vector<Run> &runs) override
    {
        ConsoleReporter::ReportRuns(runs);
        for (const Run &r : runs) {
            if (r.benchmark_name() == "BM_Baseline_QJsonDocument") {
                m_baseline = r.GetAdjustedRealTime();
            } else if (r.benchmark_name() == "BM_WatchIngest") {
                m_ours = r.GetAdjustedRealTime();
            }
        }
    }
    void Finalize() override
    {
        ConsoleReporter::Finalize();
        if (m_baseline > 0 && m_ours > 0) {
            // Times are in milliseconds per kEvents events.
            std::printf("watch ingestion (%d pod events, %lld bytes): %.0f events/s through parse + cache + change emission, "
                        "%.0f events/s for QJsonDocument::fromJson alone: ratio: %.2fx\n",
                        kEvents, static_cast<long long>(stream().bytes.size()), kEvents / (m_ours / 1000.0), kEvents / (m_baseline / 1000.0),
                        m_ours / m_baseline);
        }
    }

private:
    double m_baseline = 0;
    double m_ours = 0;
};

} // namespace

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    stream(); // build the input outside the timed loops
    RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    return 0;
}
