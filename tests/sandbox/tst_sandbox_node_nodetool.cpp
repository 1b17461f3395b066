// nodetool and cqlsh outputs of the simulated nodes: golden files (tests/data/sandbox-nodetool, regenerate with
// RINGSIDE_UPDATE_GOLDEN=1), and the core parsers must read every output with the values of the model.
#include "cassandra/cqlshoutput.h"
#include "cassandra/nodetoolcompaction.h"
#include "cassandra/nodetooldescribecluster.h"
#include "cassandra/nodetoolinfo.h"
#include "cassandra/nodetoolnetstats.h"
#include "cassandra/nodetoolstatus.h"
#include "cassandra/nodetooltablestats.h"
#include "cassandra/nodetooltpstats.h"
#include "nodesim/cqlsh.h"
#include "nodesim/nodetool.h"
#include "testsupport.h"
#include "tst_sandbox_node_world.h"

#include <QtTest>

using namespace Ringside;
using namespace Ringside::Sandbox::NodeSim;

class TestNodetool : public QObject
{
    Q_OBJECT

private:
    Sandbox::ObjectStore m_store;
    QList<SimCluster> m_clusters;
    QDateTime m_now = QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::UTC);

    const SimCluster &cluster(const QString &name) const
    {
        for (const SimCluster &c : m_clusters) {
            if (c.name == name) {
                return c;
            }
        }
        qFatal("no cluster");
    }
    NodeContext context(const SimCluster &c, int node, LoadConditions conditions = {}) const
    {
        NodeContext ctx;
        ctx.cluster = &c;
        ctx.node = &c.nodes.at(node);
        ctx.now = m_now;
        ctx.conditions = conditions;
        const LoadModel model(ctx.node->hostId, c.name);
        ctx.counters.time = double(ctx.node->startedAt.toSecsSinceEpoch());
        ctx.lastGcStats = ctx.counters;
        model.advance(ctx.lastGcStats, double(m_now.addSecs(-300).toSecsSinceEpoch()), conditions);
        ctx.counters = ctx.lastGcStats;
        model.advance(ctx.counters, double(m_now.toSecsSinceEpoch()), conditions);
        return ctx;
    }
    static QString golden(const QString &name) { return Test::dataPath(QStringLiteral("sandbox-nodetool/") + name); }

private Q_SLOTS:
    void initTestCase()
    {
        const QDateTime started = m_now.addSecs(-86400);
        Test::NodeWorld::addCluster(&m_store, QStringLiteral("shop"), QStringLiteral("demo"),
                                    {{QStringLiteral("dc1"), 3}}, started);
        Test::NodeWorld::addCluster(&m_store, QStringLiteral("multi"), QStringLiteral("global"),
                                    {{QStringLiteral("east"), 3}, {QStringLiteral("west"), 3}}, started);
        // global: one node killed (pod gone, the ring still knows it), one joining.
        m_store.remove(QStringLiteral("/pods"), QStringLiteral("multi/global-east-r3-sts-0"));
        Test::NodeWorld::setPod(&m_store, QStringLiteral("multi"), QStringLiteral("global-west-r2-sts-0"), true, false, 0,
                                m_now.addSecs(-60));
        QJsonObject dc = m_store.get(QStringLiteral("cassandra.datastax.com/cassandradatacenters"), QStringLiteral("multi/west"))->object;
        QJsonObject status = dc.value(QLatin1String("status")).toObject();
        QJsonObject statuses = status.value(QLatin1String("nodeStatuses")).toObject();
        statuses.remove(QStringLiteral("global-west-r2-sts-0")); // never bootstrapped before
        status.insert(QLatin1String("nodeStatuses"), statuses);
        dc.insert(QLatin1String("status"), status);
        m_store.update(QStringLiteral("cassandra.datastax.com/cassandradatacenters"), QStringLiteral("multi/west"), dc);
        m_clusters = ClusterReader(&m_store).read({});
        QCOMPARE(m_clusters.size(), 2);
    }

    void statusSingleDc()
    {
        const SimCluster &c = cluster(QStringLiteral("demo"));
        QString error;
        const QString text = Nodetool::status(c, {}, &error);
        QVERIFY(error.isEmpty());
        RINGSIDE_COMPARE_GOLDEN(golden(QStringLiteral("status-1dc.txt")), text);
        const auto parsed = Cassandra::parseStatus(text);
        QVERIFY2(parsed.isOk(), qPrintable(parsed.error().toString()));
        QCOMPARE(parsed.value().datacenters.size(), 1);
        QCOMPARE(parsed.value().upNormalCount(), 3);
        QVERIFY(parsed.value().effectiveOwnership);
        for (const Cassandra::StatusNode &n : parsed.value().datacenters.first().nodes) {
            const SimNode *model = nullptr;
            for (const SimNode &m : c.nodes) {
                model = m.ip == n.address ? &m : model;
            }
            QVERIFY(model);
            QCOMPARE(n.hostId, model->hostId);
            QCOMPARE(n.tokens, 16);
            QCOMPARE(n.owns.value_or(-1), 100.0); // RF 3 on 3 nodes
            QVERIFY(qAbs(n.load.bytes - model->load) < model->load / 100);
        }
    }

    void statusTwoDcsWithDownAndJoining()
    {
        const SimCluster &c = cluster(QStringLiteral("global"));
        QString error;
        const QString text = Nodetool::status(c, {}, &error);
        RINGSIDE_COMPARE_GOLDEN(golden(QStringLiteral("status-2dc.txt")), text);
        const auto parsed = Cassandra::parseStatus(text);
        QVERIFY2(parsed.isOk(), qPrintable(parsed.error().toString()));
        QCOMPARE(parsed.value().datacenters.size(), 2);
        QCOMPARE(parsed.value().nodeCount(), 6);
        QCOMPARE(parsed.value().upNormalCount(), 4);
        QVERIFY(!parsed.value().effectiveOwnership); // inventory lives in east only
        QCOMPARE(parsed.value().notes.size(), 1);
        QStringList codes;
        for (const auto &dc : parsed.value().datacenters) {
            for (const auto &n : dc.nodes) {
                codes.append(n.code());
            }
        }
        QVERIFY(codes.contains(QStringLiteral("DN")));
        QVERIFY(codes.contains(QStringLiteral("UJ")));
        // With a keyspace: effective ownership of that keyspace.
        const QString demo = Nodetool::status(c, QStringLiteral("demo_ks"), &error);
        QVERIFY(Cassandra::parseStatus(demo).value().effectiveOwnership);
        Nodetool::status(c, QStringLiteral("nope"), &error);
        QCOMPARE(error, QStringLiteral("\nError: The keyspace nope, does not exist\n"));
    }

    void ring()
    {
        QString error;
        const QString text = Nodetool::ring(cluster(QStringLiteral("demo")), {}, &error);
        RINGSIDE_COMPARE_GOLDEN(golden(QStringLiteral("ring.txt")), text);
        const auto parsed = Cassandra::parseRing(text);
        QVERIFY2(parsed.isOk(), qPrintable(parsed.error().toString()));
        QCOMPARE(parsed.value().datacenters.size(), 1);
        QCOMPARE(parsed.value().datacenters.first().entries.size(), 48);
        QCOMPARE(parsed.value().datacenters.first().wrapToken, parsed.value().datacenters.first().entries.last().token);
    }

    void describeCluster()
    {
        const SimCluster &c = cluster(QStringLiteral("global"));
        const QString text = Nodetool::describeCluster(c);
        RINGSIDE_COMPARE_GOLDEN(golden(QStringLiteral("describecluster.txt")), text);
        const auto parsed = Cassandra::parseDescribeCluster(text);
        QVERIFY2(parsed.isOk(), qPrintable(parsed.error().toString()));
        QCOMPARE(parsed.value().name, QStringLiteral("global"));
        QCOMPARE(parsed.value().schemaVersions.size(), 2); // one version and UNREACHABLE
        QCOMPARE(parsed.value().schemaVersions.first().version, c.schema.version());
        QCOMPARE(parsed.value().unreachableEndpoints().size(), 1);
        QCOMPARE(parsed.value().unreachable, 1);
        QCOMPARE(parsed.value().joining, 1);
        QVERIFY(!parsed.value().keyspaces.isEmpty());
    }

    void infoAndGcStats()
    {
        const SimCluster &c = cluster(QStringLiteral("demo"));
        const NodeContext ctx = context(c, 0);
        const QString text = Nodetool::info(ctx, false);
        RINGSIDE_COMPARE_GOLDEN(golden(QStringLiteral("info.txt")), text);
        const auto parsed = Cassandra::parseInfo(text);
        QVERIFY2(parsed.isOk(), qPrintable(parsed.error().toString()));
        QCOMPARE(parsed.value().hostId, c.nodes.at(0).hostId);
        QCOMPARE(parsed.value().uptimeSeconds, 86400);
        QCOMPARE(parsed.value().tokenCount, 16);
        QCOMPARE(parsed.value().datacenter, QStringLiteral("dc1"));
        QCOMPARE(Cassandra::parseInfo(Nodetool::info(ctx, true)).value().tokens.size(), 16);

        const QString gc = Nodetool::gcStats(ctx);
        RINGSIDE_COMPARE_GOLDEN(golden(QStringLiteral("gcstats.txt")), gc);
        const auto gcParsed = Cassandra::parseGcStats(gc);
        QVERIFY2(gcParsed.isOk(), qPrintable(gcParsed.error().toString()));
        QCOMPARE(gcParsed.value().intervalMs, 300000.0);
        QVERIFY(gcParsed.value().collections > 0);
    }

    void tableStats()
    {
        const SimCluster &c = cluster(QStringLiteral("demo"));
        const NodeContext ctx = context(c, 1);
        QString error;
        const QString text = Nodetool::tableStats(ctx, {QStringLiteral("demo_ks"), QStringLiteral("inventory.products")}, &error);
        QVERIFY(error.isEmpty());
        RINGSIDE_COMPARE_GOLDEN(golden(QStringLiteral("tablestats.txt")), text);
        const auto parsed = Cassandra::parseTableStats(text);
        QVERIFY2(parsed.isOk(), qPrintable(parsed.error().toString()));
        QCOMPARE(parsed.value().keyspaces.size(), 2);
        QCOMPARE(parsed.value().totalTables, 3);
        const auto full = Cassandra::parseTableStats(Nodetool::tableStats(ctx, {}, &error));
        QVERIFY2(full.isOk(), qPrintable(full.error().toString()));
        Nodetool::tableStats(ctx, {QStringLiteral("nope")}, &error);
        QCOMPARE(error, QStringLiteral("Unknown keyspace: nope"));
    }

    void compactionNetAndThreadPools()
    {
        const SimCluster &c = cluster(QStringLiteral("demo"));
        LoadConditions busy;
        busy.compactionStorm = true;
        busy.repair = true;
        NodeContext ctx = context(c, 2, busy);
        ctx.repairId = QStringLiteral("9f2c4e10-e1a9-11ee-8c2b-7d3e1f0a2b4c");
        const QString compaction = Nodetool::compactionStats(ctx);
        RINGSIDE_COMPARE_GOLDEN(golden(QStringLiteral("compactionstats-busy.txt")), compaction);
        const auto cp = Cassandra::parseCompactionStats(compaction);
        QVERIFY2(cp.isOk(), qPrintable(cp.error().toString()));
        QVERIFY(cp.value().pendingTasks >= 6);
        QCOMPARE(cp.value().active.size(), 2);
        const auto idle = Cassandra::parseCompactionStats(Nodetool::compactionStats(context(c, 2)));
        QVERIFY2(idle.isOk(), qPrintable(idle.error().toString()));
        QVERIFY(idle.value().pendingTasks < cp.value().pendingTasks);

        const QString net = Nodetool::netStats(ctx);
        RINGSIDE_COMPARE_GOLDEN(golden(QStringLiteral("netstats.txt")), net);
        const auto np = Cassandra::parseNetStats(net);
        QVERIFY2(np.isOk(), qPrintable(np.error().toString()));
        QCOMPARE(np.value().mode, QStringLiteral("NORMAL"));
        QCOMPARE(np.value().streams.size(), 1);
        QVERIFY(Cassandra::parseNetStats(Nodetool::netStats(context(c, 2))).isOk());

        const QString tp = Nodetool::tpStats(ctx);
        RINGSIDE_COMPARE_GOLDEN(golden(QStringLiteral("tpstats.txt")), tp);
        const auto tpp = Cassandra::parseTpStats(tp);
        QVERIFY2(tpp.isOk(), qPrintable(tpp.error().toString()));
        QCOMPARE(tpp.value().pools.size(), LoadModel::Pools);
        QCOMPARE(tpp.value().dropped.size(), LoadModel::MessageTypes);
    }

    void commandLine()
    {
        const SimCluster &c = cluster(QStringLiteral("demo"));
        const NodeContext ctx = context(c, 0);
        CommandOutput o = Nodetool::run({QStringLiteral("bogus")}, ctx);
        QCOMPARE(o.exitCode, 1);
        QCOMPARE(o.out, QByteArray("nodetool: Found unexpected parameters: [bogus]\n"
                                   "See 'nodetool help' or 'nodetool help <command>'.\n"));
        o = Nodetool::run({QStringLiteral("tablestats"), QStringLiteral("nope")}, ctx);
        QCOMPARE(o.exitCode, 2);
        QVERIFY(o.err.startsWith("error: Unknown keyspace: nope\n-- StackTrace --\n"));
        o = Nodetool::run({QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("status")}, ctx);
        QCOMPARE(o.exitCode, 0);
        QVERIFY(Cassandra::parseStatus(QString::fromUtf8(o.out)).isOk());
        o = Nodetool::run({QStringLiteral("info"), QStringLiteral("--bogus")}, ctx);
        QCOMPARE(o.exitCode, 1);
        o = Nodetool::connectionRefused();
        QCOMPARE(o.exitCode, 1);
        QVERIFY(Cassandra::detectToolFailure(QString::fromUtf8(o.err), QStringLiteral("nodetool")).isError());
    }

    void cqlshOutputs()
    {
        const SimCluster &c = cluster(QStringLiteral("demo"));
        SimSchema schema = c.schema;
        bool changed = false;
        const auto run = [&](const QString &statement) {
            return Cqlsh::run({QStringLiteral("-e"), statement}, c, &schema, std::nullopt, &changed);
        };
        CommandOutput o = run(QStringLiteral("DESCRIBE KEYSPACES"));
        RINGSIDE_COMPARE_GOLDEN(golden(QStringLiteral("cqlsh-describe-keyspaces.txt")), QString::fromUtf8(o.out));
        const auto names = Cassandra::parseDescribeKeyspaces(QString::fromUtf8(o.out));
        QVERIFY2(names.isOk(), qPrintable(names.error().toString()));
        QCOMPARE(names.value().size(), schema.keyspaces.size());
        QVERIFY(names.value().contains(QStringLiteral("demo_ks")));

        o = run(QStringLiteral("DESCRIBE KEYSPACE demo_ks"));
        RINGSIDE_COMPARE_GOLDEN(golden(QStringLiteral("cqlsh-describe-keyspace.txt")), QString::fromUtf8(o.out));
        const auto ks = Cassandra::parseDescribeKeyspace(QString::fromUtf8(o.out));
        QVERIFY2(ks.isOk(), qPrintable(ks.error().toString()));
        QCOMPARE(ks.value().name, QStringLiteral("demo_ks"));
        QCOMPARE(ks.value().tables.size(), 2);
        QCOMPARE(ks.value().table(QStringLiteral("events"))->gcGraceSeconds(), 10800);
        QCOMPARE(ks.value().table(QStringLiteral("events"))->clusteringColumns, QStringList{QStringLiteral("event_time")});
        QCOMPARE(ks.value().replication.replicationFactor(QStringLiteral("dc1")), 3);

        o = run(QStringLiteral("SELECT keyspace_name, durable_writes, replication FROM system_schema.keyspaces;"));
        RINGSIDE_COMPARE_GOLDEN(golden(QStringLiteral("cqlsh-select-keyspaces.txt")), QString::fromUtf8(o.out));
        const auto table = Cassandra::parseCqlTable(QString::fromUtf8(o.out));
        QVERIFY2(table.isOk(), qPrintable(table.error().toString()));
        const auto replications = Cassandra::parseKeyspaceReplications(table.value());
        QVERIFY(replications.isOk());
        QCOMPARE(replications.value().size(), 7); // without the two virtual keyspaces

        o = run(QStringLiteral("SELECT keyspace_name, table_name, gc_grace_seconds, default_time_to_live FROM "
                               "system_schema.tables WHERE keyspace_name = 'demo_ks'"));
        RINGSIDE_COMPARE_GOLDEN(golden(QStringLiteral("cqlsh-select-tables.txt")), QString::fromUtf8(o.out));
        QCOMPARE(Cassandra::parseCqlTable(QString::fromUtf8(o.out)).value().rows.size(), 2);
        QVERIFY(!changed);
    }

    void cqlshAlterKeyspace()
    {
        const SimCluster &c = cluster(QStringLiteral("global"));
        SimSchema schema = c.schema;
        bool changed = false;
        const QString before = schema.version();
        CommandOutput o = Cqlsh::run({QStringLiteral("-e"),
                                      QStringLiteral("ALTER KEYSPACE inventory WITH replication = {'class': "
                                                     "'NetworkTopologyStrategy', 'east': 3, 'west': 2}")},
                                     c, &schema, std::nullopt, &changed);
        QCOMPARE(o.exitCode, 0);
        QVERIFY(changed);
        QCOMPARE(schema.keyspace(QStringLiteral("inventory"))->replication.replicationFactor(QStringLiteral("west")), 2);
        QVERIFY(schema.version() != before);

        o = Cqlsh::run({QStringLiteral("-e"), QStringLiteral("ALTER KEYSPACE demo_ks WITH replication = {'class': "
                                                             "'NetworkTopologyStrategy', 'mars': 3}")},
                       c, &schema, std::nullopt, &changed);
        QCOMPARE(o.exitCode, 2);
        QVERIFY(o.err.contains("Unrecognized strategy option {mars} passed to NetworkTopologyStrategy for keyspace demo_ks"));
        o = Cqlsh::run({QStringLiteral("-e"), QStringLiteral("ALTER KEYSPACE demo_ks WITH replication = {'class': "
                                                             "'NetworkTopologyStrategy', 'east': 5}")},
                       c, &schema, std::nullopt, &changed);
        QCOMPARE(o.exitCode, 0);
        QVERIFY(o.out.contains("Your replication factor 5 for keyspace demo_ks is higher than the number of nodes 3"));
        o = Cqlsh::run({QStringLiteral("-e"), QStringLiteral("DESCRIBE KEYSPACE nope")}, c, &schema, std::nullopt, &changed);
        QCOMPARE(o.exitCode, 2);
        QVERIFY(o.err.contains("'nope' not found in keyspaces"));
        o = Cqlsh::run({QStringLiteral("-e"), QStringLiteral("DESCRIBE KEYSPACES")}, c, &schema,
                       Cqlsh::Credentials{QStringLiteral("global-superuser"), QStringLiteral("s3cret")}, &changed);
        QCOMPARE(o.exitCode, 1);
        QVERIFY(o.err.contains("Remote end requires authentication"));
        o = Cqlsh::run({QStringLiteral("-u"), QStringLiteral("global-superuser"), QStringLiteral("-p"), QStringLiteral("s3cret"),
                        QStringLiteral("-e"), QStringLiteral("DESCRIBE KEYSPACES")},
                       c, &schema, Cqlsh::Credentials{QStringLiteral("global-superuser"), QStringLiteral("s3cret")}, &changed);
        QCOMPARE(o.exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestNodetool)
#include "tst_sandbox_node_nodetool.moc"
