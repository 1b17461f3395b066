#include "nodesim/nodelogs.h"

#include "stream/podruntime.h"

namespace Ringside::Sandbox::NodeSim {

namespace {
QString sessionUuid(const QString &key, quint64 salt)
{
    const quint64 a = stableHash(key, salt), b = stableHash(key, salt + 1);
    return QStringLiteral("%1-%2-11ef-%3-%4")
        .arg(a >> 32, 8, 16, QLatin1Char('0'))
        .arg((a >> 16) & 0xffff, 4, 16, QLatin1Char('0'))
        .arg(0x8000 | (b >> 48 & 0x3fff), 4, 16, QLatin1Char('0'))
        .arg(b & 0xffffffffffffULL, 12, 16, QLatin1Char('0'));
}

QString tableDir(const QString &ks, const QString &table, const QString &cluster)
{
    return QStringLiteral("/var/lib/cassandra/data/%1/%2-%3%4")
        .arg(ks, table)
        .arg(stableHash(cluster + ks + table, 5), 16, 16, QLatin1Char('0'))
        .arg(stableHash(cluster + ks + table, 6), 16, 16, QLatin1Char('0'));
}
} // namespace

NodeLogWriter::NodeLogWriter(ContainerLog *cassandra, ContainerLog *systemLog)
    : m_cassandra(cassandra)
    , m_system(systemLog)
{}

QByteArray NodeLogWriter::line(const char *level, const QString &thread, const QDateTime &time, const char *file,
                               int lineNo, const QString &message)
{
    return QByteArray(level).leftJustified(5, ' ') + " [" + thread.toUtf8() + "] "
           + time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss,zzz")).toLatin1() + ' ' + file + ':'
           + QByteArray::number(lineNo) + " - " + message.toUtf8();
}

QDateTime NodeLogWriter::tick()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_time = m_time.isValid() && m_time >= now ? m_time.addMSecs(1 + (m_time.time().msec() * 7) % 23) : now;
    return m_time;
}

void NodeLogWriter::sys(const char *level, const QString &thread, const char *file, int lineNo, const QString &message,
                        const QByteArray &details)
{
    if (!m_system) {
        return;
    }
    const QDateTime t = tick();
    QByteArray text = line(level, thread, t, file, lineNo, message);
    if (!details.isEmpty()) {
        text += '\n' + details;
    }
    m_system->append(text, t);
}

void NodeLogWriter::mgmt(const QByteArray &text)
{
    if (m_cassandra) {
        m_cassandra->append(text, tick());
    }
}

void NodeLogWriter::starting(const SimCluster &cluster, const SimNode &n)
{
    const QString main = QStringLiteral("main");
    mgmt("Starting Management API");
    mgmt(line("INFO", main, tick(), "Cli.java", 343, QStringLiteral("Cassandra Version ") + n.version));
    mgmt(line("INFO", main, tick(), "IPCController.java", 111, QStringLiteral("Starting Server")));
    mgmt(line("INFO", main, tick(), "IPCController.java", 121, QStringLiteral("Started Server")));
    mgmt("Started service on file:///tmp/oss-mgmt.sock");
    mgmt(line("INFO", QStringLiteral("nioEventLoopGroup-3-1"), tick(), "Cli.java", 672,
              QStringLiteral("address=/10.244.0.5:60122 url=/api/v0/lifecycle/start status=201 Created")));
    sys("INFO", main, "YamlConfigurationLoader.java", 104,
        QStringLiteral("Configuration location: file:/opt/cassandra/conf/cassandra.yaml"));
    sys("INFO", main, "Config.java", 1178,
        QStringLiteral("Node configuration:[authenticator=PasswordAuthenticator; authorizer=CassandraAuthorizer; "
                       "cluster_name=%1; endpoint_snitch=GossipingPropertyFileSnitch; num_tokens=16; "
                       "seed_provider=org.apache.cassandra.locator.K8SeedProvider4x{seeds=%2-seed-service,%2-%3-additional-seed-service}]")
            .arg(cluster.name, cluster.name.toLower(), n.dcObject));
    sys("INFO", main, "CassandraDaemon.java", 602, QStringLiteral("Hostname: %1:7000:7001").arg(n.pod));
    sys("INFO", main, "CassandraDaemon.java", 609, QStringLiteral("JVM vendor/version: OpenJDK 64-Bit Server VM/11.0.22"));
    sys("INFO", main, "CassandraDaemon.java", 610, QStringLiteral("Heap size: 2.000GiB/2.000GiB"));
    sys("WARN", main, "StartupChecks.java", 187,
        QStringLiteral("jemalloc shared library could not be preloaded to speed up memory allocations"));
    sys("INFO", main, "CommitLog.java", 197,
        QStringLiteral("Replaying /var/lib/cassandra/commitlog/CommitLog-7-%1.log").arg(QDateTime::currentMSecsSinceEpoch() - 60000));
    sys("INFO", main, "StorageService.java", 750, QStringLiteral("Cassandra version: ") + n.version);
    sys("INFO", main, "StorageService.java", 752, QStringLiteral("CQL version: 3.4.6"));
    sys("INFO", main, "StorageService.java", 1027, QStringLiteral("Loading persisted ring state"));
    sys("INFO", main, "StorageService.java", 1159, QStringLiteral("Starting up server gossip"));
    if (n.state == GossipState::Joining) {
        sys("INFO", main, "StorageService.java", 1752, QStringLiteral("JOINING: waiting for ring information"));
        sys("INFO", main, "StorageService.java", 1752, QStringLiteral("JOINING: schema complete, ready to bootstrap"));
        sys("INFO", main, "StorageService.java", 1752, QStringLiteral("JOINING: Starting to bootstrap..."));
        sys("INFO", main, "StreamResultFuture.java", 94,
            QStringLiteral("[Stream #%1] Executing streaming plan for Bootstrap").arg(sessionUuid(n.hostId, 301)));
    }
    sys("INFO", main, "Gossiper.java", 2261, QStringLiteral("Waiting for gossip to settle..."));
}

void NodeLogWriter::started(const SimCluster &cluster, const SimNode &n, const QList<const SimNode *> &peers)
{
    const QString main = QStringLiteral("main");
    for (const SimNode *p : peers) {
        peerUp(*p, true);
    }
    sys("INFO", main, "Gossiper.java", 2292, QStringLiteral("No gossip backlog; proceeding"));
    if (n.state == GossipState::Joining) {
        sys("INFO", QStringLiteral("Stream-Deserializer-/%1:7000-4e2a").arg(peers.isEmpty() ? n.ip : peers.first()->ip),
            "StreamResultFuture.java", 187,
            QStringLiteral("[Stream #%1] All sessions completed").arg(sessionUuid(n.hostId, 301)));
        sys("INFO", main, "StorageService.java", 1752, QStringLiteral("Bootstrap completed for tokens [%1, ...]")
                                                           .arg(n.tokens.value(0)));
    }
    sys("INFO", main, "StorageService.java", 2840, QStringLiteral("Node /%1:7000 state jump to NORMAL").arg(n.ip));
    sys("INFO", main, "PipelineConfigurator.java", 125,
        QStringLiteral("Starting listening for CQL clients on /0.0.0.0:9042 (unencrypted)..."));
    sys("INFO", main, "CassandraDaemon.java", 776, QStringLiteral("Startup complete"));
    mgmt(line("INFO", QStringLiteral("nioEventLoopGroup-2-1"), tick(), "Cli.java", 672,
              QStringLiteral("address=/10.244.1.1:48402 url=/api/v0/probes/readiness status=200 OK")));
    Q_UNUSED(cluster);
}

void NodeLogWriter::peerUp(const SimNode &peer, bool firstTime)
{
    const QString gossip = QStringLiteral("GossipStage:1");
    sys("INFO", QStringLiteral("Messaging-EventLoop-3-1"), "OutboundConnection.java", 1153,
        QStringLiteral("/%1:7000->/%2:7000-URGENT_MESSAGES-%3 successfully connected, version = 12, framing = CRC, "
                       "encryption = unencrypted")
            .arg(peer.ip.isEmpty() ? QStringLiteral("0.0.0.0") : peer.ip, peer.ip)
            .arg(stableHash(peer.hostId, 311) & 0xffffffff, 8, 16, QLatin1Char('0')));
    if (firstTime) {
        sys("INFO", gossip, "Gossiper.java", 1397, QStringLiteral("Node /%1:7000 is now part of the cluster").arg(peer.ip));
    }
    sys("INFO", gossip, "Gossiper.java", 1349, QStringLiteral("InetAddress /%1:7000 is now UP").arg(peer.ip));
}

void NodeLogWriter::peerDown(const SimNode &peer)
{
    sys("INFO", QStringLiteral("GossipStage:1"), "Gossiper.java", 1365,
        QStringLiteral("InetAddress /%1:7000 is now DOWN").arg(peer.ip));
    sys("INFO", QStringLiteral("Messaging-EventLoop-3-2"), "NoSpamLogger.java", 92,
        QStringLiteral("/%1:7000->/%1:7000-URGENT_MESSAGES-[no-channel] failed to connect").arg(peer.ip));
}

void NodeLogWriter::drained(const SimNode &n)
{
    const QString thread = QStringLiteral("RMI TCP Connection(2)-127.0.0.1");
    sys("INFO", thread, "StorageService.java", 1960, QStringLiteral("DRAINING: starting drain process"));
    sys("INFO", thread, "HintsService.java", 220, QStringLiteral("Paused hints dispatch"));
    sys("INFO", thread, "Server.java", 171, QStringLiteral("Stop listening for CQL clients"));
    sys("INFO", thread, "Gossiper.java", 2008, QStringLiteral("Announcing shutdown"));
    sys("INFO", thread, "StorageService.java", 2932, QStringLiteral("Node /%1:7000 state jump to shutdown").arg(n.ip));
    sys("INFO", thread, "MessagingService.java", 441, QStringLiteral("Waiting for messaging service to quiesce"));
    sys("INFO", thread, "StorageService.java", 1960, QStringLiteral("DRAINED"));
    mgmt(line("INFO", QStringLiteral("nioEventLoopGroup-3-2"), tick(), "Cli.java", 672,
              QStringLiteral("address=/10.244.0.5:60340 url=/api/v0/ops/node/drain status=202 Accepted")));
}

void NodeLogWriter::killed(const SimNode &n)
{
    mgmt(line("ERROR", QStringLiteral("nioEventLoopGroup-2-1"), tick(), "Cli.java", 672,
              QStringLiteral("address=/10.244.1.1:48512 url=/api/v0/probes/readiness status=500 Internal Server Error")));
    Q_UNUSED(n);
}

void NodeLogWriter::diskFull(const SimNode &n)
{
    const QString file = QStringLiteral("/var/lib/cassandra/commitlog/CommitLog-7-%1.log")
                             .arg(n.startedAt.isValid() ? n.startedAt.toMSecsSinceEpoch() : 1700000000000);
    sys("ERROR", QStringLiteral("MutationStage-4"), "CassandraDaemon.java", 581,
        QStringLiteral("Exception in thread Thread[MutationStage-4,5,SharedPool]"),
        QStringLiteral("org.apache.cassandra.io.FSWriteError: java.nio.file.FileSystemException: %1: No space left on device\n"
                       "\tat org.apache.cassandra.db.commitlog.CommitLogSegment.sync(CommitLogSegment.java:372)\n"
                       "\tat org.apache.cassandra.db.commitlog.AbstractCommitLogService$SyncRunnable.sync(AbstractCommitLogService.java:255)\n"
                       "\tat org.apache.cassandra.db.commitlog.AbstractCommitLogService$SyncRunnable.run(AbstractCommitLogService.java:197)\n"
                       "\tat org.apache.cassandra.concurrent.InfiniteLoopExecutor.loop(InfiniteLoopExecutor.java:121)\n"
                       "\tat java.base/java.lang.Thread.run(Thread.java:829)\n"
                       "Caused by: java.nio.file.FileSystemException: %1: No space left on device\n"
                       "\tat java.base/sun.nio.fs.UnixException.translateToIOException(UnixException.java:100)\n"
                       "\tat java.base/sun.nio.fs.UnixFileSystemProvider.newFileChannel(UnixFileSystemProvider.java:182)\n"
                       "\t... 12 more")
            .arg(file)
            .toUtf8());
    sys("ERROR", QStringLiteral("MutationStage-4"), "StorageService.java", 490,
        QStringLiteral("Stopping native transport"));
}

void NodeLogWriter::activity(const SimCluster &cluster, const SimNode &n, quint64 tick, bool slow, bool repair, bool storm)
{
    const double u = stableUnit(n.hostId, tick);
    QList<std::pair<const SimKeyspace *, const SimTable *>> userTables;
    for (const SimKeyspace &k : cluster.schema.keyspaces) {
        if (!k.isSystem()) {
            for (const SimTable &t : k.tables) {
                userTables.append({&k, &t});
            }
        }
    }
    if (userTables.isEmpty()) {
        return;
    }
    const auto &[ks, table] = userTables.at(qsizetype(stableHash(n.hostId, tick + 1) % quint64(userTables.size())));
    if (storm || u < 0.35) {
        const double inMiB = 8.0 + 60.0 * stableUnit(n.hostId, tick + 2);
        const double outMiB = inMiB * (0.82 + 0.12 * stableUnit(n.hostId, tick + 3));
        const int ms = int(400 + inMiB * 55);
        const qint64 partitions = qint64(inMiB * 12000);
        sys("INFO", QStringLiteral("CompactionExecutor:%1").arg(1 + tick % 2), "CompactionTask.java", 253,
            QStringLiteral("Compacted (%1) 4 sstables to [%2/nb-%3-big,] to level=0.  %4MiB to %5MiB (~%6% of original) in "
                           "%7ms.  Read Throughput = %8MiB/s, Write Throughput = %9MiB/s, Row Throughput = ~%10/s.  %11 total "
                           "partitions merged to %12.  Partition merge counts were {1:%12, 2:%13, }. Time spent writing keys = %14ms")
                .arg(sessionUuid(n.hostId + QString::number(tick), 321), tableDir(ks->name, table->name, cluster.name))
                .arg(40 + tick % 900)
                .arg(inMiB, 0, 'f', 3)
                .arg(outMiB, 0, 'f', 3)
                .arg(int(outMiB / inMiB * 100))
                .arg(ms)
                .arg(inMiB / (ms / 1000.0), 0, 'f', 3)
                .arg(outMiB / (ms / 1000.0), 0, 'f', 3)
                .arg(partitions * 1000 / std::max(ms, 1))
                .arg(partitions)
                .arg(qint64(partitions * 0.99))
                .arg(qint64(partitions * 0.01))
                .arg(ms * 8 / 10));
    } else if (u < 0.55) {
        sys("INFO", QStringLiteral("NativePoolCleaner"), "ColumnFamilyStore.java", 878,
            QStringLiteral("Enqueuing flush of %1.%2, Reason: MEMTABLE_LIMIT, Usage: %3MiB (%4%) on-heap, 0.000KiB (0%) off-heap")
                .arg(ks->name, table->name)
                .arg(20 + 40 * stableUnit(n.hostId, tick + 4), 0, 'f', 3)
                .arg(int(4 + 10 * stableUnit(n.hostId, tick + 5))));
    }
    const bool gc = slow ? stableUnit(n.hostId, tick + 6) < 0.7 : stableUnit(n.hostId, tick + 6) < 0.06;
    if (gc) {
        const int ms = slow ? 600 + int(stableUnit(n.hostId, tick + 7) * 2400) : 210 + int(stableUnit(n.hostId, tick + 7) * 300);
        sys("WARN", QStringLiteral("Service Thread"), "GCInspector.java", 294,
            QStringLiteral("G1 Young Generation GC in %1ms.  G1 Eden Space: 503316480 -> 0; G1 Old Gen: %2 -> %3; G1 "
                           "Survivor Space: 16777216 -> 33554432; ")
                .arg(ms)
                .arg(201326592 + qint64(tick % 64) * 1048576)
                .arg(268435456 + qint64(tick % 64) * 1048576));
    }
    if (repair && stableUnit(n.hostId, tick + 8) < 0.5) {
        const QString session = sessionUuid(cluster.name + QString::number(tick / 6), 331);
        QStringList endpoints;
        for (const SimNode *p : cluster.nodesIn(n.dc)) {
            if (endpoints.size() < 3) {
                endpoints.append(QStringLiteral("/%1:7000").arg(p->ip));
            }
        }
        const qint64 start = n.tokens.value(int(tick % 16));
        sys("INFO", QStringLiteral("Repair-Task-2"), "RepairSession.java", 325,
            QStringLiteral("[repair #%1] new session: will sync %2 on range [(%3,%4]] for %5.[%6]")
                .arg(session, endpoints.join(QStringLiteral(", ")))
                .arg(start)
                .arg(start + qint64(stableHash(session, 1) >> 12))
                .arg(ks->name, table->name));
        sys("INFO", QStringLiteral("AntiEntropyStage:1"), "Validator.java", 282,
            QStringLiteral("[repair #%1] Sending completed merkle tree to %2 for %3.%4")
                .arg(session, endpoints.value(0), ks->name, table->name));
        if (stableUnit(session, 2) < 0.4 && endpoints.size() > 1) {
            sys("INFO", QStringLiteral("RepairJobTask:2"), "SyncTask.java", 99,
                QStringLiteral("[repair #%1] Endpoints %2 and %3 have 2 range(s) out of sync for %4")
                    .arg(session, endpoints.at(0), endpoints.at(1), table->name));
            sys("INFO", QStringLiteral("RepairJobTask:2"), "LocalSyncTask.java", 118,
                QStringLiteral("[repair #%1] Performing streaming repair of 2 ranges with %2").arg(session, endpoints.at(1)));
            sys("INFO", QStringLiteral("Stream-Deserializer-%1-4e2a").arg(endpoints.at(1)), "StreamResultFuture.java", 187,
                QStringLiteral("[Stream #%1] Session with %2 is complete").arg(sessionUuid(session, 3), endpoints.at(1)));
        } else if (endpoints.size() > 1) {
            sys("INFO", QStringLiteral("RepairJobTask:1"), "SyncTask.java", 94,
                QStringLiteral("[repair #%1] Endpoints %2 and %3 are consistent for %4")
                    .arg(session, endpoints.at(0), endpoints.at(1), table->name));
        }
        sys("INFO", QStringLiteral("RepairJobTask:3"), "RepairJob.java", 206,
            QStringLiteral("[repair #%1] %2 is fully synced").arg(session, table->name));
    }
}

} // namespace Ringside::Sandbox::NodeSim
