// NodeSimulation on a store and a runtime: exec of nodetool/cqlsh in the right container, down nodes, the schema
// ConfigMap surviving a restart, logs driven by pod changes (with previous logs after a restart), the metrics
// endpoint with the names the app's PromQL catalog queries, and faults reaching the metrics.
#include "cassandra/nodetoolstatus.h"
#include "cassandra/systemlog.h"
#include "metrics/promcatalog.h"
#include "nodesim/nodesimulation.h"
#include "stream/podruntime.h"
#include "testsupport.h"
#include "tst_sandbox_node_world.h"

#include <QtTest>

using namespace Ringside;
using namespace Ringside::Sandbox;

namespace {
struct ExecResult
{
    QByteArray out, err;
    int code = -1;
};

ExecResult exec(PodRuntime *runtime, const QString &pod, const QString &container, const QStringList &command)
{
    ExecSession session(QStringLiteral("shop"), pod, container, command, false, false);
    ExecResult r;
    QObject::connect(&session, &ExecSession::output, &session, [&r](int stream, const QByteArray &data) {
        (stream == 1 ? r.out : r.err) += data;
    });
    runtime->startExec(&session);
    r.code = session.exitCode();
    return r;
}

QByteArray logText(PodRuntime *runtime, const QString &pod, const QString &container, bool previous = false)
{
    QByteArray out;
    for (const ContainerLog::Line &l : runtime->log(QStringLiteral("shop"), pod, container, previous)->lines()) {
        out += l.text + '\n';
    }
    return out;
}
} // namespace

class TestNodeSim : public QObject
{
    Q_OBJECT

private:
    QDateTime m_started = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const QString m_pod0 = QStringLiteral("demo-dc1-r1-sts-0");
    const QString m_pod1 = QStringLiteral("demo-dc1-r2-sts-0");

private Q_SLOTS:
    void execAndSchema()
    {
        ObjectStore store;
        PodRuntime runtime;
        Test::NodeWorld::addCluster(&store, QStringLiteral("shop"), QStringLiteral("demo"), {{QStringLiteral("dc1"), 3}},
                                    m_started);
        auto sim = std::make_unique<NodeSimulation>(&store, nullptr, &runtime, NodeSimulation::Config{});
        sim->start();

        ExecResult r = exec(&runtime, m_pod0, QStringLiteral("cassandra"), {QStringLiteral("nodetool"), QStringLiteral("status")});
        QCOMPARE(r.code, 0);
        const auto status = Cassandra::parseStatus(QString::fromUtf8(r.out));
        QVERIFY2(status.isOk(), r.out.constData());
        QCOMPARE(status.value().upNormalCount(), 3);

        r = exec(&runtime, m_pod0, QStringLiteral("server-system-logger"), {QStringLiteral("nodetool"), QStringLiteral("status")});
        QCOMPARE(r.code, 127);
        QCOMPARE(r.err, QByteArray("exec: \"nodetool\": executable file not found in $PATH\n"));
        r = exec(&runtime, m_pod0, QStringLiteral("cassandra"), {QStringLiteral("/opt/cassandra/bin/nodetool"), QStringLiteral("statuz")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.startsWith("nodetool: Found unexpected parameters: [statuz]"));

        // A node whose Cassandra is down: nodetool on it cannot connect; the others see it DN.
        Test::NodeWorld::setPod(&store, QStringLiteral("shop"), m_pod1, false, false, 0, m_started);
        r = exec(&runtime, m_pod1, QStringLiteral("cassandra"), {QStringLiteral("nodetool"), QStringLiteral("info")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.startsWith("nodetool: Failed to connect to '127.0.0.1:7199'"));
        r = exec(&runtime, m_pod0, QStringLiteral("cassandra"), {QStringLiteral("nodetool"), QStringLiteral("status")});
        QCOMPARE(Cassandra::parseStatus(QString::fromUtf8(r.out)).value().upNormalCount(), 2);
        r = exec(&runtime, m_pod1, QStringLiteral("cassandra"), {QStringLiteral("cqlsh"), QStringLiteral("-e"), QStringLiteral("DESCRIBE KEYSPACES")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("Connection refused"));

        // The superuser secret makes cqlsh ask for credentials; ALTER KEYSPACE persists in the schema ConfigMap.
        store.create(QStringLiteral("/secrets"), QStringLiteral("shop/demo-superuser"),
                     QJsonObject{{QLatin1String("metadata"), QJsonObject{{QLatin1String("name"), QLatin1String("demo-superuser")},
                                                                         {QLatin1String("namespace"), QLatin1String("shop")}}},
                                 {QLatin1String("data"), QJsonObject{{QLatin1String("username"), QString::fromLatin1(QByteArray("demo-superuser").toBase64())},
                                                                     {QLatin1String("password"), QString::fromLatin1(QByteArray("pw").toBase64())}}}});
        r = exec(&runtime, m_pod0, QStringLiteral("cassandra"), {QStringLiteral("cqlsh"), QStringLiteral("-e"), QStringLiteral("DESCRIBE KEYSPACES")});
        QCOMPARE(r.code, 1);
        const QStringList login{QStringLiteral("cqlsh"), QStringLiteral("-u"), QStringLiteral("demo-superuser"), QStringLiteral("-p"), QStringLiteral("pw"), QStringLiteral("-e")};
        r = exec(&runtime, m_pod0, QStringLiteral("cassandra"),
                 login + QStringList{QStringLiteral("ALTER KEYSPACE demo_ks WITH replication = {'class': 'NetworkTopologyStrategy', 'dc1': 2} AND durable_writes = false")});
        QCOMPARE(r.code, 0);
        QVERIFY(store.get(QStringLiteral("/configmaps"), QStringLiteral("shop/ringside-sandbox-schema-demo")));

        sim.reset(); // "restart" the sandbox on the same objects
        PodRuntime runtime2;
        NodeSimulation again(&store, nullptr, &runtime2, NodeSimulation::Config{});
        again.start();
        r = exec(&runtime2, m_pod0, QStringLiteral("cassandra"),
                 login + QStringList{QStringLiteral("SELECT keyspace_name, durable_writes, replication FROM system_schema.keyspaces WHERE keyspace_name = 'demo_ks'")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("'dc1': '2'") && r.out.contains("False"), r.out.constData());
    }

    void logsFollowPods()
    {
        ObjectStore store;
        PodRuntime runtime;
        Test::NodeWorld::addCluster(&store, QStringLiteral("shop"), QStringLiteral("demo"), {{QStringLiteral("dc1"), 3}},
                                    m_started);
        NodeSimulation sim(&store, nullptr, &runtime, NodeSimulation::Config{});
        sim.start();
        QVERIFY(logText(&runtime, m_pod0, QStringLiteral("cassandra")).startsWith("Starting Management API\n"));
        QByteArray system = logText(&runtime, m_pod0, QStringLiteral("server-system-logger"));
        QVERIFY(system.contains("CassandraDaemon.java:776 - Startup complete"));
        // Peer goes down (readiness lost, container still running: a drain), then the pod restarts.
        Test::NodeWorld::setPod(&store, QStringLiteral("shop"), m_pod1, true, false, 0, m_started);
        sim.refresh();
        QVERIFY(logText(&runtime, m_pod0, QStringLiteral("server-system-logger")).contains("is now DOWN"));
        QVERIFY(logText(&runtime, m_pod1, QStringLiteral("server-system-logger")).contains("DRAINED"));
        Test::NodeWorld::setPod(&store, QStringLiteral("shop"), m_pod1, true, true, 1, QDateTime::currentDateTimeUtc());
        sim.refresh();
        QVERIFY(logText(&runtime, m_pod1, QStringLiteral("cassandra"), true).contains("Starting Management API"));
        QVERIFY(logText(&runtime, m_pod1, QStringLiteral("server-system-logger")).contains("DRAINED")); // the logger did not restart
        QVERIFY(logText(&runtime, m_pod0, QStringLiteral("server-system-logger")).contains("is now UP"));
        // Disk full: the error with its stack trace; every line parses as logback.
        Test::NodeWorld::setPod(&store, QStringLiteral("shop"), m_pod0, true, true, 0, m_started, QStringLiteral("disk-full"));
        sim.refresh();
        system = logText(&runtime, m_pod0, QStringLiteral("server-system-logger"));
        const QList<Cassandra::LogEntry> entries = Cassandra::SystemLogParser::parseAll(system);
        QVERIFY(entries.size() > 20);
        bool stackTrace = false;
        for (const Cassandra::LogEntry &e : entries) {
            QVERIFY2(e.isStructured(), qPrintable(e.text));
            QVERIFY(qAbs(e.timestamp.secsTo(QDateTime::currentDateTimeUtc())) < 60);
            stackTrace = stackTrace || (e.level == Cassandra::LogLevel::Error && e.details().contains(u"No space left on device"));
        }
        QVERIFY(stackTrace);
    }

    void metricsEndpoint()
    {
        ObjectStore store;
        PodRuntime runtime;
        Test::NodeWorld::addCluster(&store, QStringLiteral("shop"), QStringLiteral("demo"), {{QStringLiteral("dc1"), 3}},
                                    m_started);
        NodeSimulation sim(&store, nullptr, &runtime, NodeSimulation::Config{});
        sim.start();
        const auto handler = runtime.httpPort(QStringLiteral("shop"), m_pod0, 9000);
        QVERIFY(handler);
        HttpRequest request;
        request.method = "GET";
        request.path = QStringLiteral("/metrics");
        const PortHttpResponse first = handler(request);
        QCOMPARE(first.status, 200);
        for (const QString &name : Metrics::Catalog::metricNames(Metrics::Flavour::Modern)) {
            QVERIFY2(first.body.contains(QByteArray('\n' + name.toLatin1() + '{')), qPrintable(name));
        }
        QVERIFY(first.body.contains("pod_name=\"demo-dc1-r1-sts-0\""));
        QVERIFY(first.body.contains("pool_name=\"GossipStage\",pool_type=\"internal\""));
        const auto value = [](const QByteArray &body, const QByteArray &prefix) {
            for (const QByteArray &line : body.split('\n')) {
                if (line.startsWith(prefix)) {
                    return line.mid(line.lastIndexOf(' ') + 1).toDouble();
                }
            }
            return -1.0;
        };
        const QByteArray reads = "org_apache_cassandra_metrics_client_request_latency_count{";
        const double before = value(first.body, reads);
        QVERIFY(before > 0); // an hour of reads
        QTest::qWait(1100);
        QVERIFY(value(handler(request).body, reads) > before);

        // Disk full: the volume is nearly full.
        Test::NodeWorld::setPod(&store, QStringLiteral("shop"), m_pod0, true, true, 0, m_started, QStringLiteral("disk-full"));
        sim.refresh();
        const QByteArray full = handler(request).body;
        const double used = value(full, "kubelet_volume_stats_used_bytes{");
        const double capacity = value(full, "kubelet_volume_stats_capacity_bytes{");
        QCOMPARE(capacity, 20.0 * 1024 * 1024 * 1024);
        QVERIFY(used / capacity > 0.98);
        // Down: the port refuses connections.
        Test::NodeWorld::setPod(&store, QStringLiteral("shop"), m_pod0, false, false, 0, m_started);
        sim.refresh();
        QVERIFY(!runtime.httpPort(QStringLiteral("shop"), m_pod0, 9000));
        QVERIFY(sim.metrics(QStringLiteral("shop"), m_pod0).isEmpty());
        QVERIFY(!sim.metrics(QStringLiteral("shop"), m_pod1).isEmpty());
    }

    // The operators write sandbox.ringside.dev/fault as a comma-separated list: every fault in it applies.
    void combinedFaults_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<bool>("slow");
        QTest::addColumn<bool>("diskFull");
        QTest::newRow("none") << QString() << false << false;
        QTest::newRow("slow") << QStringLiteral("slow") << true << false;
        QTest::newRow("disk-full") << QStringLiteral("disk-full") << false << true;
        QTest::newRow("slow,disk-full") << QStringLiteral("slow,disk-full") << true << true;
        QTest::newRow("disk-full,slow") << QStringLiteral("disk-full,slow") << true << true;
    }

    void combinedFaults()
    {
        QFETCH(QString, fault);
        QFETCH(bool, slow);
        QFETCH(bool, diskFull);
        ObjectStore store;
        PodRuntime runtime;
        Test::NodeWorld::addCluster(&store, QStringLiteral("shop"), QStringLiteral("demo"), {{QStringLiteral("dc1"), 3}},
                                    m_started);
        NodeSimulation sim(&store, nullptr, &runtime, NodeSimulation::Config{});
        sim.start();
        Test::NodeWorld::setPod(&store, QStringLiteral("shop"), m_pod0, true, true, 0, m_started, fault);
        sim.refresh();
        const QByteArray body = sim.metrics(QStringLiteral("shop"), m_pod0);
        const auto value = [&body](const QByteArray &prefix, const QByteArray &label) {
            for (const QByteArray &line : body.split('\n')) {
                if (line.startsWith(prefix) && line.contains(label)) {
                    return line.mid(line.lastIndexOf(' ') + 1).toDouble();
                }
            }
            return -1.0;
        };
        const double used = value("kubelet_volume_stats_used_bytes{", QByteArray());
        const double capacity = value("kubelet_volume_stats_capacity_bytes{", QByteArray());
        QVERIFY(capacity > 0);
        QCOMPARE(used / capacity > 0.98, diskFull);
        if (!diskFull) {
            // A healthy node never trips the usual 90 % disk alert, however much data its schema holds.
            QVERIFY2(used / capacity < 0.8, qPrintable(QString::number(used / capacity)));
        }
        // A slow node's heap stays above 69 % of its maximum; a healthy one's below 54 %.
        const double heap = value("jvm_memory_bytes_used{", "area=\"heap\"");
        const double heapMax = value("jvm_memory_bytes_max{", "area=\"heap\"");
        QVERIFY(heapMax > 0);
        QCOMPARE(heap / heapMax > 0.6, slow);
    }

    void measureNinetyNodes()
    {
        // 5 clusters x 3 DCs x 6 nodes: one scrape of every node (a 15 s Prometheus cycle), reported, not asserted.
        ObjectStore store;
        PodRuntime runtime;
        QStringList pods;
        for (int c = 0; c < 5; ++c) {
            pods += Test::NodeWorld::addCluster(&store, QStringLiteral("shop"), QStringLiteral("c%1").arg(c),
                                                {{QStringLiteral("a%1").arg(c), 6}, {QStringLiteral("b%1").arg(c), 6},
                                                 {QStringLiteral("d%1").arg(c), 6}},
                                                m_started);
        }
        QCOMPARE(pods.size(), 90);
        NodeSimulation sim(&store, nullptr, &runtime, NodeSimulation::Config{});
        QElapsedTimer t;
        t.start();
        sim.start();
        const qint64 startMs = t.restart();
        qint64 bytes = 0;
        for (const QString &pod : std::as_const(pods)) {
            bytes += sim.metrics(QStringLiteral("shop"), pod).size();
        }
        const qint64 scrapeMs = t.restart();
        for (const QString &pod : std::as_const(pods)) {
            sim.metrics(QStringLiteral("shop"), pod);
        }
        const qint64 again = t.restart();
        sim.refresh();
        qInfo("90 nodes: start %lld ms; first scrape of all %lld ms (%lld KiB); next %lld ms; refresh %lld ms", startMs,
              scrapeMs, bytes / 1024, again, qint64(t.elapsed()));
        QVERIFY(bytes > 90 * 10000);
    }
};

QTEST_GUILESS_MAIN(TestNodeSim)
#include "tst_sandbox_node_sim.moc"
