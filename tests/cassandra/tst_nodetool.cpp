// nodetool output parsers: golden JSON dumps of the samples in tests/data/nodetool (expected/*.json), facts checked
// one by one, and bad input (garbage, truncation, tool failures) that must give a clear error, never a crash.
#include "cassandratestutil.h"

#include "cassandra/nodetoolcompaction.h"
#include "cassandra/nodetooldescribecluster.h"
#include "cassandra/nodetoolinfo.h"
#include "cassandra/nodetoolnetstats.h"
#include "cassandra/nodetoolstatus.h"
#include "cassandra/nodetooltablestats.h"
#include "cassandra/nodetooltpstats.h"

#include <QRandomGenerator>

#include <functional>

using namespace Ringside;
using namespace Ringside::Cassandra;

namespace {

using Parser = std::function<Test::Outcome(QStringView)>;

const QMap<QString, Parser> &parsers()
{
    static const QMap<QString, Parser> map = {
        {QStringLiteral("status"), [](QStringView t) { return Test::outcomeOf(parseStatus(t)); }},
        {QStringLiteral("ring"), [](QStringView t) { return Test::outcomeOf(parseRing(t)); }},
        {QStringLiteral("info"), [](QStringView t) { return Test::outcomeOf(parseInfo(t)); }},
        {QStringLiteral("gcstats"), [](QStringView t) { return Test::outcomeOf(parseGcStats(t)); }},
        {QStringLiteral("describecluster"), [](QStringView t) { return Test::outcomeOf(parseDescribeCluster(t)); }},
        {QStringLiteral("tablestats"), [](QStringView t) { return Test::outcomeOf(parseTableStats(t)); }},
        {QStringLiteral("compactionstats"), [](QStringView t) { return Test::outcomeOf(parseCompactionStats(t)); }},
        {QStringLiteral("netstats"), [](QStringView t) { return Test::outcomeOf(parseNetStats(t)); }},
        {QStringLiteral("tpstats"), [](QStringView t) { return Test::outcomeOf(parseTpStats(t)); }},
    };
    return map;
}

struct Sample
{
    const char *file;
    const char *parser;
};

constexpr Sample samples[] = {
    {"status-1dc", "status"},
    {"status-2dc", "status"},
    {"status-single-token", "status"},
    {"ring", "ring"},
    {"info", "info"},
    {"info-5.0", "info"},
    {"gcstats", "gcstats"},
    {"describecluster-disagreement", "describecluster"},
    {"describecluster-3.11", "describecluster"},
    {"tablestats", "tablestats"},
    {"compactionstats-idle", "compactionstats"},
    {"compactionstats-busy", "compactionstats"},
    {"compactionstats-5.0", "compactionstats"},
    {"netstats", "netstats"},
    {"netstats-idle", "netstats"},
    {"tpstats", "tpstats"},
};

qint64 mib(double v)
{
    return qint64(std::llround(v * 1024 * 1024));
}

} // namespace

class TestNodetool : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("parser");
        for (const Sample &s : samples) {
            QTest::newRow(s.file) << QString::fromLatin1(s.file) << QString::fromLatin1(s.parser);
        }
    }
    void golden()
    {
        QFETCH(QString, file);
        QFETCH(QString, parser);
        const QString text = Test::readData(QStringLiteral("nodetool/") + file + QStringLiteral(".txt"));
        QVERIFY(!text.isEmpty());
        const Test::Outcome o = parsers().value(parser)(text);
        QVERIFY2(!o.error.isError(), qPrintable(o.error.toString()));
        RINGSIDE_COMPARE_GOLDEN(Test::dataPath(QStringLiteral("nodetool/expected/") + file + QStringLiteral(".json")),
                                Test::jsonDump(o.json));
    }

    void statusOneDc()
    {
        const auto r = parseStatus(Test::readData(QStringLiteral("nodetool/status-1dc.txt")));
        QVERIFY2(r.isOk(), qPrintable(r.error().toString()));
        const StatusReport &s = r.value();
        QCOMPARE(s.datacenters.size(), 1);
        QCOMPARE(s.datacenters[0].name, QStringLiteral("dc1"));
        QCOMPARE(s.nodeCount(), 3);
        QCOMPARE(s.upNormalCount(), 3);
        QVERIFY(s.effectiveOwnership);
        QVERIFY(!s.tokenPerNode);
        const StatusNode *n = s.findNode(QStringLiteral("10.244.2.7"));
        QVERIFY(n);
        QCOMPARE(n->load.bytes, mib(2.04));
        QCOMPARE(n->load.text, QStringLiteral("2.04 MiB"));
        QCOMPARE(n->tokens, 16);
        QCOMPARE(n->owns.value_or(-1), 100.0);
        QCOMPARE(n->hostId, QStringLiteral("a91d7e33-0c5f-4b8e-b2d4-17e6c8f05a42"));
        QCOMPARE(n->rack, QStringLiteral("r2"));
    }
    void statusTwoDcs()
    {
        const auto r = parseStatus(Test::readData(QStringLiteral("nodetool/status-2dc.txt")));
        QVERIFY2(r.isOk(), qPrintable(r.error().toString()));
        const StatusReport &s = r.value();
        QCOMPARE(s.datacenters.size(), 2);
        QCOMPARE(s.nodeCount(), 6);
        QCOMPARE(s.upNormalCount(), 4);
        QVERIFY(!s.effectiveOwnership);
        QCOMPARE(s.notes.size(), 1);
        QVERIFY(s.notes[0].startsWith(QLatin1String("Non-system keyspaces")));
        const StatusNode *down = s.findNode(QStringLiteral("10.244.3.9"));
        QVERIFY(down);
        QCOMPARE(down->status, NodeStatus::Down);
        QCOMPARE(down->state, NodeState::Normal);
        QCOMPARE(down->code(), QStringLiteral("DN"));
        const StatusNode *joining = s.findNode(QStringLiteral("10.245.3.6"));
        QVERIFY(joining);
        QCOMPARE(joining->status, NodeStatus::Up);
        QCOMPARE(joining->state, NodeState::Joining);
        QCOMPARE(joining->load.bytes, qint64(std::llround(96.44 * 1024)));
        QVERIFY(!joining->owns.has_value());
        QCOMPARE(s.datacenters[1].nodes[2].rack, QStringLiteral("r3"));
    }
    void statusSingleToken()
    {
        const auto r = parseStatus(Test::readData(QStringLiteral("nodetool/status-single-token.txt")));
        QVERIFY2(r.isOk(), qPrintable(r.error().toString()));
        const StatusReport &s = r.value();
        QVERIFY(s.tokenPerNode);
        QCOMPARE(s.datacenters[0].nodes[0].token, QStringLiteral("-9223372036854775808"));
        QCOMPARE(s.datacenters[0].nodes[1].state, NodeState::Leaving);
        const StatusNode &unknown = s.datacenters[0].nodes[2];
        QCOMPARE(unknown.status, NodeStatus::Unknown);
        QVERIFY(!unknown.load.isKnown());
        QVERIFY(unknown.hostId.isEmpty()); // "null"
        QCOMPARE(unknown.owns.value_or(-1), 33.3);
    }
    void info()
    {
        const auto r = parseInfo(Test::readData(QStringLiteral("nodetool/info.txt")));
        QVERIFY2(r.isOk(), qPrintable(r.error().toString()));
        const InfoReport &i = r.value();
        QCOMPARE(i.hostId, QStringLiteral("3f6c2a1e-8d4b-4c55-9a0e-6b1f2d7c9e01"));
        QVERIFY(i.gossipActive);
        QVERIFY(i.nativeTransportActive);
        QCOMPARE(i.generation, 1710237481);
        QCOMPARE(i.uptimeSeconds, 86417);
        QCOMPARE(i.heapUsedMb, 612.38);
        QCOMPARE(i.heapMaxMb, 2048.0);
        QCOMPARE(i.datacenter, QStringLiteral("dc1"));
        QCOMPARE(i.exceptions, 2);
        QCOMPARE(i.keyCache.entries, 10412);
        QCOMPARE(i.keyCache.capacity.bytes, mib(102));
        QCOMPARE(i.keyCache.hits, 482133);
        QCOMPARE(i.keyCache.recentHitRate, 0.92);
        QVERIFY(std::isnan(i.rowCache.recentHitRate));
        QCOMPARE(i.chunkCache.misses, 20913);
        QCOMPARE(i.chunkCache.missLatency, 412.385);
        QCOMPARE(i.chunkCache.missLatencyUnit, QStringLiteral("microseconds"));
        QCOMPARE(i.percentRepaired.value_or(-1), 87.5);
        QCOMPARE(i.tokenCount, 16);
        QVERIFY(i.tokens.isEmpty());
        QVERIFY(i.joined);
    }
    void info50()
    {
        const auto r = parseInfo(Test::readData(QStringLiteral("nodetool/info-5.0.txt")));
        QVERIFY2(r.isOk(), qPrintable(r.error().toString()));
        const InfoReport &i = r.value();
        QVERIFY(!i.nativeTransportActive);
        QCOMPARE(i.uncompressedLoad.bytes, mib(391.8));
        QVERIFY(i.networkCache.present);
        QCOMPARE(i.networkCache.overflowSize.bytes, 0);
        QCOMPARE(i.tokenCount, 8);
        QCOMPARE(i.tokens.size(), 8);
        QCOMPARE(i.bootstrapState, QStringLiteral("COMPLETED"));
        QCOMPARE(i.decommissioning, std::optional<bool>(false));
    }
    void infoNotJoined()
    {
        const QString text = QStringLiteral("ID                     : 5be04c7d-21a9-4f3e-8c61-d2f9a4b07e13\n"
                                            "Gossip active          : false\n"
                                            "Load                   : 0 bytes\n"
                                            "Token                  : (node is not joined to the cluster)\n");
        const auto r = parseInfo(text);
        QVERIFY2(r.isOk(), qPrintable(r.error().toString()));
        QVERIFY(!r.value().joined);
        QCOMPARE(r.value().tokenCount, 0);
        QCOMPARE(r.value().load.bytes, 0);
    }
    void gcstats()
    {
        const auto r = parseGcStats(Test::readData(QStringLiteral("nodetool/gcstats.txt")));
        QVERIFY2(r.isOk(), qPrintable(r.error().toString()));
        QCOMPARE(r.value().maxGcElapsedMs, 1043.0);
        QCOMPARE(r.value().collections, 41.0);
        QCOMPARE(r.value().directMemoryBytes, 268435456);
        const QString noGc
            = QStringLiteral("       Interval (ms) Max GC Elapsed (ms)Total GC Elapsed (ms)Stdev GC Elapsed (ms)   GC "
                             "Reclaimed (MB)         Collections      Direct Memory Bytes\n"
                             "                5002                   0                   0                 NaN         "
                             "          0                   0                       -1\n");
        const auto idle = parseGcStats(noGc);
        QVERIFY2(idle.isOk(), qPrintable(idle.error().toString()));
        QVERIFY(std::isnan(idle.value().stdevGcElapsedMs));
        QCOMPARE(idle.value().directMemoryBytes, -1);
    }
    void describeClusterDisagreement()
    {
        const auto r
            = parseDescribeCluster(Test::readData(QStringLiteral("nodetool/describecluster-disagreement.txt")));
        QVERIFY2(r.isOk(), qPrintable(r.error().toString()));
        const DescribeClusterReport &d = r.value();
        QCOMPARE(d.name, QStringLiteral("demo"));
        QCOMPARE(d.dynamicSnitch, std::optional<bool>(true));
        QVERIFY(!d.schemaAgreement());
        QCOMPARE(d.reachableSchemaVersions().size(), 2);
        QCOMPARE(d.unreachableEndpoints(), QStringList{QStringLiteral("10.244.3.9")});
        QCOMPARE(d.schemaVersions[0].endpoints.size(), 4);
        QVERIFY(d.hasNodeStats);
        QCOMPARE(d.live, 5);
        QCOMPARE(d.unreachable, 1);
        QCOMPARE(d.datacenters.size(), 2);
        QCOMPARE(d.datacenters[0].down, 1);
        QCOMPARE(d.releaseVersions.size(), 2);
        QCOMPARE(d.releaseVersions[1].version, QStringLiteral("4.1.4"));
        const ReplicationSettings *orders = d.replicationOf(QStringLiteral("orders"));
        QVERIFY(orders);
        QVERIFY(orders->isNetworkTopology());
        QCOMPARE(orders->replicationFactor(QStringLiteral("dc2")), 2);
        QCOMPARE(d.replicationOf(QStringLiteral("system_traces"))->replicationFactor(), 2);
        QVERIFY(d.replicationOf(QStringLiteral("system"))->isLocalOrEverywhere());
    }
    void describeClusterAgreement()
    {
        const auto r = parseDescribeCluster(Test::readData(QStringLiteral("nodetool/describecluster-3.11.txt")));
        QVERIFY2(r.isOk(), qPrintable(r.error().toString()));
        QVERIFY(r.value().schemaAgreement());
        QVERIFY(!r.value().hasNodeStats);
        QCOMPARE(r.value().schemaVersions[0].endpoints.size(), 3);
    }
    void tableStats()
    {
        const auto r = parseTableStats(Test::readData(QStringLiteral("nodetool/tablestats.txt")));
        QVERIFY2(r.isOk(), qPrintable(r.error().toString()));
        const TableStatsReport &t = r.value();
        QCOMPARE(t.totalTables, 4);
        QCOMPARE(t.keyspaces.size(), 2);
        QCOMPARE(t.keyspaces[1].name, QStringLiteral("orders"));
        QCOMPARE(t.keyspaces[1].pendingFlushes, 1);
        QCOMPARE(t.keyspaces[0].writeCount, 1342324);
        const TableStats *p = t.findTable(QStringLiteral("inventory"), QStringLiteral("products"));
        QVERIFY(p);
        QCOMPARE(p->sstableCount, 7);
        QCOMPARE(p->sstablesInEachLevel.value(1), QStringLiteral("6/10"));
        QCOMPARE(p->spaceUsedLive.bytes, 42940519);
        QCOMPARE(p->localReadLatencyMs, 0.211);
        QCOMPARE(p->partitionsEstimate, 118204);
        const TableStats *o = t.findTable(QStringLiteral("orders"), QStringLiteral("orders_by_customer"));
        QVERIFY(o);
        QCOMPARE(o->maximumTombstonesPerSlice, 100001);
        QCOMPARE(o->droppedMutations, 31);
        QCOMPARE(o->compactedPartitionMaxBytes, 1131752);
        const TableStats *idx
            = t.findTable(QStringLiteral("orders"), QStringLiteral("orders_by_customer.orders_status_idx"));
        QVERIFY(idx);
        QVERIFY(idx->isIndex);
        QVERIFY(std::isnan(idx->compressionRatio));   // -1.0
        QVERIFY(std::isnan(idx->localReadLatencyMs)); // NaN ms
        QCOMPARE(idx->field(QStringLiteral("Bytes unrepaired")), QStringLiteral("2.109MiB"));
    }
    void tableStatsSortedAndHumanReadable()
    {
        const QString text = QStringLiteral("Total number of tables: 2 (showing top 1 by reads)\n"
                                            "----------------\n"
                                            "\tTable: orders.orders_by_customer\n"
                                            "\tSSTable count: 3\n"
                                            "\tSpace used (live): 125.1 MiB\n"
                                            "\tLocal read count: 22\n"
                                            "\n"
                                            "----------------\n");
        const auto r = parseTableStats(text);
        QVERIFY2(r.isOk(), qPrintable(r.error().toString()));
        QCOMPARE(r.value().totalTables, 2);
        const TableStats *t = r.value().findTable(QStringLiteral("orders"), QStringLiteral("orders_by_customer"));
        QVERIFY(t);
        QCOMPARE(t->spaceUsedLive.bytes, mib(125.1));
        QCOMPARE(t->localReadCount, 22);
    }
    void compaction()
    {
        const auto idle = parseCompactionStats(Test::readData(QStringLiteral("nodetool/compactionstats-idle.txt")));
        QVERIFY2(idle.isOk(), qPrintable(idle.error().toString()));
        QVERIFY(idle.value().isIdle());

        const auto busy = parseCompactionStats(Test::readData(QStringLiteral("nodetool/compactionstats-busy.txt")));
        QVERIFY2(busy.isOk(), qPrintable(busy.error().toString()));
        const CompactionStatsReport &b = busy.value();
        QCOMPARE(b.pendingTasks, 9);
        QCOMPARE(b.pendingByTable.size(), 3);
        QCOMPARE(b.pendingByTable[0].table, QStringLiteral("orders_by_customer"));
        QCOMPARE(b.pendingByTable[0].tasks, 6);
        QCOMPARE(b.active.size(), 3);
        QCOMPARE(b.active[1].type, QStringLiteral("Validation"));
        QCOMPARE(b.active[2].type, QStringLiteral("Anticompaction after repair"));
        QVERIFY(!b.active[2].progressPercent.has_value());
        QCOMPARE(b.active[0].completed, 48230912);
        QCOMPARE(b.active[0].progressPercent.value_or(-1), 36.8);
        QCOMPARE(b.remainingSeconds, 2);

        const auto v5 = parseCompactionStats(Test::readData(QStringLiteral("nodetool/compactionstats-5.0.txt")));
        QVERIFY2(v5.isOk(), qPrintable(v5.error().toString()));
        QCOMPARE(v5.value().concurrentCompactors, 2);
        QCOMPARE(v5.value().pendingTasks, 7);
        QCOMPARE(v5.value().pendingByTable.size(), 2);
        QCOMPARE(v5.value().pendingByTable[1].keyspace, QStringLiteral("inventory"));
        QCOMPARE(v5.value().active.size(), 1);
        QCOMPARE(v5.value().active[0].total, 131072099);
        QCOMPARE(v5.value().remainingSeconds, 0);
        QVERIFY(!v5.value().metrics.isEmpty());
    }
    void compactionHumanReadable()
    {
        // -H: sizes with spaces; the row is read by the header's column positions.
        const QString text = QStringLiteral(
            "pending tasks: 1\n- ks.t: 1\n\n"
            "id                                   compaction type keyspace table completed total    unit  progress\n"
            "4b1f0e70-e1a8-11ee-9a3c-2f6d1a8b7c01 Compaction      ks       t     1.5 MiB   6 MiB    bytes 25.00%  \n"
            "Active compaction remaining time :        n/a\n");
        const auto r = parseCompactionStats(text);
        QVERIFY2(r.isOk(), qPrintable(r.error().toString()));
        QCOMPARE(r.value().active.size(), 1);
        QCOMPARE(r.value().active[0].completed, mib(1.5));
        QCOMPARE(r.value().active[0].total, mib(6));
        QCOMPARE(r.value().remainingTime, QStringLiteral("n/a"));
        QCOMPARE(r.value().remainingSeconds, -1);
    }
    void netstats()
    {
        const auto r = parseNetStats(Test::readData(QStringLiteral("nodetool/netstats.txt")));
        QVERIFY2(r.isOk(), qPrintable(r.error().toString()));
        const NetStatsReport &n = r.value();
        QCOMPARE(n.mode, QStringLiteral("NORMAL"));
        QCOMPARE(n.streams.size(), 1);
        QCOMPARE(n.streams[0].operation, QStringLiteral("Repair"));
        QCOMPARE(n.streams[0].sessions.size(), 2);
        const StreamSession &s = n.streams[0].sessions[0];
        QCOMPARE(s.peer, QStringLiteral("/10.244.2.7"));
        QCOMPARE(s.receiving.totalFiles, 3);
        QCOMPARE(s.receiving.doneBytes, 4194304);
        QCOMPARE(s.receiving.files.size(), 2);
        QCOMPARE(s.receiving.files[1].percent, 16);
        QVERIFY(s.sending.present);
        QVERIFY(s.sending.files[0].outgoing);
        QCOMPARE(n.streams[0].sessions[1].connecting, QStringLiteral("/192.168.10.4"));
        QCOMPARE(n.readRepairMismatchBlocking, 14);
        QCOMPARE(n.pools.size(), 3);
        QCOMPARE(n.pools[1].name, QStringLiteral("Small messages"));
        QCOMPARE(n.pools[1].active, -1);
        QCOMPARE(n.pools[1].dropped, 17);
        const auto idle = parseNetStats(Test::readData(QStringLiteral("nodetool/netstats-idle.txt")));
        QVERIFY2(idle.isOk(), qPrintable(idle.error().toString()));
        QVERIFY(idle.value().isIdle());
    }
    void tpstats()
    {
        const auto r = parseTpStats(Test::readData(QStringLiteral("nodetool/tpstats.txt")));
        QVERIFY2(r.isOk(), qPrintable(r.error().toString()));
        const TpStatsReport &t = r.value();
        QCOMPARE(t.pools.size(), 19);
        const ThreadPoolStats *mutation = t.pool(QStringLiteral("MutationStage"));
        QVERIFY(mutation);
        QCOMPARE(mutation->active, 8);
        QCOMPARE(mutation->pending, 131);
        QCOMPARE(t.pool(QStringLiteral("Native-Transport-Requests"))->allTimeBlocked, 42);
        QCOMPARE(t.dropped.size(), 8);
        QCOMPARE(t.droppedMutations(), 1284); // MUTATION_REQ; MUTATION_RSP is a response
        QCOMPARE(t.totalDropped(), 1284 + 7 + 12);
        QCOMPARE(t.dropped[2].p99.value_or(-1), 20924.3);
        QVERIFY(!t.dropped[3].p50.has_value());
    }
    void tpstatsNewerColumns()
    {
        const QString text = QStringLiteral(
            "Pool Name          Active Pending Completed Blocked All time blocked Oldest queued (ms) Longest running "
            "(ms)\n"
            "ReadStage          1      0       12        0       0                0                  3\n"
            "\n"
            "Latencies waiting in queue (micros) per dropped message types\n"
            "Message type Dropped     50%      95%      99%      Max\n"
            "MUTATION_REQ 3           10.0     20.0     30.0     40.0\n");
        const auto r = parseTpStats(text);
        QVERIFY2(r.isOk(), qPrintable(r.error().toString()));
        QCOMPARE(r.value().columns.size(), 8);
        QCOMPARE(r.value().pools[0].extra.size(), 2);
        QCOMPARE(r.value().pools[0].extra[1].second, QStringLiteral("3"));
        QCOMPARE(r.value().droppedMutations(), 3);
        QCOMPARE(r.value().dropped[0].max.value_or(-1), 40.0);
    }
    void ring()
    {
        const auto r = parseRing(Test::readData(QStringLiteral("nodetool/ring.txt")));
        QVERIFY2(r.isOk(), qPrintable(r.error().toString()));
        QCOMPARE(r.value().datacenters.size(), 1);
        QCOMPARE(r.value().datacenters[0].wrapToken, QStringLiteral("8301034833169298227"));
        QCOMPARE(r.value().datacenters[0].entries.size(), 6);
        QCOMPARE(r.value().datacenters[0].entries[2].status, NodeStatus::Down);
        QCOMPARE(r.value().datacenters[0].entries[0].owns.value_or(-1), 100.0);
    }

    void sizes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("bytes");
        QTest::newRow("plain") << QStringLiteral("123456") << qint64(123456);
        QTest::newRow("bytes") << QStringLiteral("0 bytes") << qint64(0);
        QTest::newRow("KiB") << QStringLiteral("96.44 KiB") << qint64(98755);
        QTest::newRow("MiB") << QStringLiteral("1.5 MiB") << qint64(1572864);
        QTest::newRow("3.x KB") << QStringLiteral("12.5KB") << qint64(12800);
        QTest::newRow("GiB") << QStringLiteral("2 GiB") << qint64(2147483648);
        QTest::newRow("TiB") << QStringLiteral("1.02 TiB") << qint64(1121501860332);
        QTest::newRow("decimal comma") << QStringLiteral("1,5 MiB") << qint64(1572864);
        QTest::newRow("unknown") << QStringLiteral("?") << qint64(-1);
        QTest::newRow("garbage unit") << QStringLiteral("12 parsecs") << qint64(-1);
        QTest::newRow("negative") << QStringLiteral("-5 MiB") << qint64(-1);
        QTest::newRow("NaN") << QStringLiteral("NaN") << qint64(-1);
    }
    void sizes()
    {
        QFETCH(QString, text);
        QFETCH(qint64, bytes);
        QCOMPARE(parseByteSize(text).value_or(-1), bytes);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("parser");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("status: empty") << QStringLiteral("status") << QString() << 0
                                       << QStringLiteral("printed nothing");
        QTest::newRow("status: connection refused")
            << QStringLiteral("status")
            << QStringLiteral("nodetool: Failed to connect to '127.0.0.1:7199' - ConnectException: 'Connection refused "
                              "(Connection refused)'.\n")
            << 1 << QStringLiteral("Failed to connect");
        QTest::newRow("status: bad token count")
            << QStringLiteral("status")
            << QStringLiteral(
                   "Datacenter: dc1\n===============\nStatus=Up/Down\n|/ State=Normal/Leaving/Joining/Moving\n"
                   "--  Address     Load      Tokens  Owns (effective)  Host ID  Rack\n"
                   "UN  10.0.0.1    1 MiB     many    100.0%            x        r1\n")
            << 6 << QStringLiteral("token count");
        QTest::newRow("status: row before header")
            << QStringLiteral("status") << QStringLiteral("Datacenter: dc1\nUN  10.0.0.1  1 MiB  16  ?  id  r1\n") << 2
            << QStringLiteral("column header");
        QTest::newRow("status: prose") << QStringLiteral("status") << QStringLiteral("hello world\n") << 1
                                       << QStringLiteral("status code");
        QTest::newRow("info: not info") << QStringLiteral("info") << QStringLiteral("Keyspace : x\n") << 0
                                        << QStringLiteral("not nodetool info");
        QTest::newRow("info: bad heap") << QStringLiteral("info") << QStringLiteral("ID : x\nHeap Memory (MB) : lots\n")
                                        << 2 << QStringLiteral("Heap Memory");
        QTest::newRow("info: stack trace")
            << QStringLiteral("info")
            << QStringLiteral("error: Connection refused\n-- StackTrace --\njava.net.ConnectException: refused\n") << 1
            << QStringLiteral("Connection refused");
        QTest::newRow("describecluster: no header")
            << QStringLiteral("describecluster") << QStringLiteral("\tName: x\n") << 1
            << QStringLiteral("Cluster Information");
        QTest::newRow("describecluster: no versions")
            << QStringLiteral("describecluster") << QStringLiteral("Cluster Information:\n\tName: x\n") << 0
            << QStringLiteral("no schema versions");
        QTest::newRow("describecluster: bad keyspace")
            << QStringLiteral("describecluster")
            << QStringLiteral("Cluster Information:\n\tSchema versions:\n\t\tabc: [1.2.3.4]\nKeyspaces:\n\tks -> "
                              "Replication class: NTS dc1=3\n")
            << 5 << QStringLiteral("Strategy");
        QTest::newRow("tablestats: table without keyspace")
            << QStringLiteral("tablestats") << QStringLiteral("Table: users\n") << 1 << QStringLiteral("Keyspace");
        QTest::newRow("tablestats: bad count")
            << QStringLiteral("tablestats") << QStringLiteral("Keyspace : ks\n\t\tTable: t\n\t\tSSTable count: x\n")
            << 3 << QStringLiteral("SSTable count");
        QTest::newRow("compactionstats: no pending")
            << QStringLiteral("compactionstats") << QStringLiteral("nothing  here\n") << 0
            << QStringLiteral("pending tasks");
        QTest::newRow("compactionstats: bad row")
            << QStringLiteral("compactionstats")
            << QStringLiteral("pending tasks: 0\n\nid compaction type keyspace table completed total unit "
                              "progress\nabc Compaction ks t x y bytes z\n")
            << 4 << QStringLiteral("active compaction row");
        QTest::newRow("netstats: no mode") << QStringLiteral("netstats") << QStringLiteral("Not sending any streams.\n")
                                           << 1 << QStringLiteral("Mode");
        QTest::newRow("netstats: bad pool")
            << QStringLiteral("netstats")
            << QStringLiteral("Mode: NORMAL\nPool Name Active\nLarge messages n/a x 1 2\n") << 3
            << QStringLiteral("message pool");
        QTest::newRow("tpstats: wrong columns")
            << QStringLiteral("tpstats") << QStringLiteral("Pool Name Active Pending\nReadStage 1\n") << 2
            << QStringLiteral("3 columns");
        QTest::newRow("tpstats: no header")
            << QStringLiteral("tpstats") << QStringLiteral("ReadStage 1 2 3\n") << 1 << QStringLiteral("Pool Name");
        QTest::newRow("gcstats: values missing")
            << QStringLiteral("gcstats") << QStringLiteral("  Interval (ms)  Max\n") << 1
            << QStringLiteral("no values");
        QTest::newRow("gcstats: short row")
            << QStringLiteral("gcstats") << QStringLiteral("  Interval (ms)\n 1 2 3\n") << 2 << QStringLiteral("seven");
        QTest::newRow("ring: bad state")
            << QStringLiteral("ring")
            << QStringLiteral(
                   "Datacenter: dc1\nAddress Rack Status State Load Owns Token\n10.0.0.1 r1 Up Sleeping 1 MiB ? 42\n")
            << 3 << QStringLiteral("state");
    }
    void errors()
    {
        QFETCH(QString, parser);
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(QString, mentions);
        const Test::Outcome o = parsers().value(parser)(text);
        QVERIFY2(o.error.isError(), "bad input must be reported");
        QCOMPARE(o.error.line, line);
        QVERIFY2(o.error.toString().contains(mentions), qPrintable(o.error.toString()));
    }

    // Every prefix (line by line) and a thousand random single-byte corruptions of every sample: a parser may
    // succeed or fail, but a failure always names a line inside the input and never crashes.
    void damagedInputNeverCrashes()
    {
        QRandomGenerator rng(20240312);
        for (const Sample &s : samples) {
            const QString text
                = Test::readData(QStringLiteral("nodetool/") + QLatin1String(s.file) + QStringLiteral(".txt"));
            const Parser parse = parsers().value(QLatin1String(s.parser));
            const qsizetype lineCount = text.count(u'\n') + 1;
            auto check = [&](const QString &input) {
                const Test::Outcome o = parse(input);
                if (o.error.isError()) {
                    QVERIFY(!o.error.message.isEmpty());
                    QVERIFY2(o.error.line >= 0 && o.error.line <= lineCount, qPrintable(o.error.toString()));
                }
            };
            qsizetype at = 0;
            while ((at = text.indexOf(u'\n', at + 1)) > 0) {
                check(text.left(at));
            }
            const QString junk = QStringLiteral("x:?%[]|{}-=/\t \n0");
            for (int k = 0; k < 60; ++k) {
                QString damaged = text;
                damaged[rng.bounded(int(damaged.size()))] = junk[rng.bounded(int(junk.size()))];
                check(damaged);
            }
        }
        const QByteArray binary = QByteArray::fromHex("00ff10e2a8c3288000feedfacecafe0a0d0a");
        for (const Parser &parse : parsers()) {
            QVERIFY(parse(QString::fromLatin1(binary)).error.isError());
        }
    }
};

QTEST_GUILESS_MAIN(TestNodetool)
#include "tst_nodetool.moc"
