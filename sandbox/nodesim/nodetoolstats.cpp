// nodetool's per-node statistics commands (tablestats, compactionstats, netstats, tpstats) and the dispatcher.
#include "nodesim/nodetool.h"

#include <QHash>

#include <cmath>

namespace Ringside::Sandbox::NodeSim::Nodetool {

namespace {

double seconds(const NodeContext &c)
{
    return double(c.now.toMSecsSinceEpoch()) / 1000.0;
}

QString javaDouble(double v)
{
    if (std::isnan(v)) {
        return QStringLiteral("NaN");
    }
    QString s = QString::number(v, 'f', 15);
    while (s.endsWith(u'0') && !s.endsWith(QLatin1String(".0"))) {
        s.chop(1);
    }
    return s;
}

/*! A time-based looking UUID that is stable for \a key. */
QString stableUuid(const QString &key)
{
    const quint64 a = stableHash(key, 91), b = stableHash(key, 92);
    return QStringLiteral("%1-%2-11ee-%3-%4")
        .arg(a >> 32, 8, 16, QLatin1Char('0'))
        .arg((a >> 16) & 0xffff, 4, 16, QLatin1Char('0'))
        .arg(0x8000 | (b >> 48 & 0x3fff), 4, 16, QLatin1Char('0'))
        .arg(b & 0xffffffffffffULL, 12, 16, QLatin1Char('0'));
}

QString table(const QList<QStringList> &rows, const QString &delimiter)
{
    QList<qsizetype> widths;
    for (const QStringList &r : rows) {
        widths.resize(std::max(widths.size(), r.size()));
        for (qsizetype i = 0; i < r.size(); ++i) {
            widths[i] = std::max(widths[i], r.at(i).size());
        }
    }
    QString out;
    for (const QStringList &r : rows) {
        QStringList cells;
        for (qsizetype i = 0; i < r.size(); ++i) {
            cells.append(r.at(i).leftJustified(widths.at(i), u' '));
        }
        out += cells.join(delimiter) + u'\n';
    }
    return out;
}

struct TableRef
{
    const SimKeyspace *keyspace;
    const SimTable *table;
};

QList<TableRef> allTables(const SimCluster &cluster)
{
    QList<TableRef> out;
    for (const SimKeyspace &k : cluster.schema.keyspaces) {
        for (const SimTable &t : k.tables) {
            out.append({&k, &t});
        }
    }
    return out;
}

} // namespace

QString tableStats(const NodeContext &c, const QStringList &filters, QString *error)
{
    const SimCluster &cluster = *c.cluster;
    const SimNode &n = *c.node;
    for (const QString &f : filters) {
        const QString ks = f.section(u'.', 0, 0);
        const SimKeyspace *k = cluster.schema.keyspace(ks);
        if (!k || k->isVirtual()) {
            *error = QStringLiteral("Unknown keyspace: ") + ks;
            return {};
        }
    }
    const auto wanted = [&](const SimKeyspace &k, const SimTable &t) {
        if (filters.isEmpty()) {
            return true;
        }
        for (const QString &f : filters) {
            if (f == k.name || f == k.name + u'.' + t.name) {
                return true;
            }
        }
        return false;
    };
    const double totalReads = c.counters.requests[0][0] + c.counters.requests[0][1] + c.counters.requests[0][2];
    const double totalWrites = c.counters.requests[1][0] + c.counters.requests[1][1] + c.counters.requests[1][2];
    int count = 0;
    for (const TableRef &r : allTables(cluster)) {
        count += wanted(*r.keyspace, *r.table);
    }
    QString out = QStringLiteral("Total number of tables: %1\n----------------\n").arg(count);
    for (const SimKeyspace &k : cluster.schema.keyspaces) {
        QString body;
        double ksReads = 0, ksWrites = 0, ksReadLat = 0, ksWriteLat = 0;
        bool any = false;
        for (const SimTable &tab : k.tables) {
            if (!wanted(k, tab)) {
                continue;
            }
            any = true;
            const QString key = n.hostId + k.name + tab.name;
            const bool user = !k.isSystem();
            const double share = user ? (0.2 + 0.6 * stableUnit(key, 31)) : 0.0005;
            const qint64 reads = qint64(totalReads * share), writes = qint64(totalWrites * share);
            const double readLat = reads > 0 ? 0.18 + 0.2 * stableUnit(key, 32) : std::nan("");
            const double writeLat = writes > 0 ? 0.025 + 0.02 * stableUnit(key, 33) : std::nan("");
            ksReads += reads;
            ksWrites += writes;
            ksReadLat += reads > 0 ? readLat * reads : 0;
            ksWriteLat += writes > 0 ? writeLat * writes : 0;
            const qint64 live = cluster.tableBytes(n, k, tab);
            const qint64 snapshots = user && stableUnit(key, 34) > 0.6 ? live / 9 : 0;
            const int sstables = live == 0 ? 0 : 1 + int(stableUnit(key, 35) * 9);
            const qint64 partitions = n.load > 0 && tab.replicaBytes > 0
                                          ? qint64(double(tab.partitions) * double(live) / double(tab.replicaBytes))
                                          : tab.partitions;
            const double repaired = user ? 80.0 + 18.0 * stableUnit(key, 36) : 0.0;
            const auto line = [&body](const QString &name, const QString &value) {
                body += QStringLiteral("\t\t") + name + QStringLiteral(": ") + value + u'\n';
            };
            body += QStringLiteral("\t\tTable: ") + tab.name + u'\n';
            line(QStringLiteral("SSTable count"), QString::number(sstables));
            line(QStringLiteral("Old SSTable count"), QStringLiteral("0"));
            if (tab.compaction == QLatin1String("LeveledCompactionStrategy")) {
                const int l1 = std::max(0, sstables - 1);
                line(QStringLiteral("SSTables in each level"),
                     QStringLiteral("[%1, %2/10, 0, 0, 0, 0, 0, 0, 0]").arg(sstables > 0 ? 1 : 0).arg(l1));
                line(QStringLiteral("SSTable bytes in each level"),
                     QStringLiteral("[%1, %2, 0, 0, 0, 0, 0, 0, 0]").arg(live / 9).arg(live - live / 9));
            }
            line(QStringLiteral("Space used (live)"), QString::number(live));
            line(QStringLiteral("Space used (total)"), QString::number(live));
            line(QStringLiteral("Space used by snapshots (total)"), QString::number(snapshots));
            line(QStringLiteral("Off heap memory used (total)"), QString::number(live / 700));
            line(QStringLiteral("SSTable Compression Ratio"), javaDouble(live > 0 ? 0.35 + 0.1 * stableUnit(key, 37) : -1.0));
            line(QStringLiteral("Number of partitions (estimate)"), QString::number(partitions));
            line(QStringLiteral("Memtable cell count"), QString::number(qint64(writes % 4000)));
            line(QStringLiteral("Memtable data size"), QString::number(qint64(writes % 4000) * 130));
            line(QStringLiteral("Memtable off heap memory used"), QStringLiteral("0"));
            line(QStringLiteral("Memtable switch count"), QString::number(writes / 25000));
            line(QStringLiteral("Local read count"), QString::number(reads));
            line(QStringLiteral("Local read latency"),
                 std::isnan(readLat) ? QStringLiteral("NaN ms") : QString::number(readLat, 'f', 3) + QStringLiteral(" ms"));
            line(QStringLiteral("Local write count"), QString::number(writes));
            line(QStringLiteral("Local write latency"), std::isnan(writeLat) ? QStringLiteral("NaN ms")
                                                                              : QString::number(writeLat, 'f', 3)
                                                                                    + QStringLiteral(" ms"));
            line(QStringLiteral("Pending flushes"), QStringLiteral("0"));
            line(QStringLiteral("Percent repaired"), QString::number(std::round(repaired * 100) / 100));
            line(QStringLiteral("Bytes repaired"), QString::number(live * repaired / 100 / 1048576.0, 'f', 3) + QStringLiteral("MiB"));
            line(QStringLiteral("Bytes unrepaired"),
                 QString::number(live * (100 - repaired) / 100 / 1048576.0, 'f', 3) + QStringLiteral("MiB"));
            line(QStringLiteral("Bytes pending repair"), QStringLiteral("0.000KiB"));
            line(QStringLiteral("Bloom filter false positives"), QString::number(int(stableUnit(key, 38) * 20)));
            line(QStringLiteral("Bloom filter false ratio"), QString::number(stableUnit(key, 39) * 0.0001, 'f', 5));
            line(QStringLiteral("Bloom filter space used"), QString::number(partitions + 16));
            line(QStringLiteral("Bloom filter off heap memory used"), QString::number(partitions + 8));
            line(QStringLiteral("Index summary off heap memory used"), QString::number(partitions / 3));
            line(QStringLiteral("Compression metadata off heap memory used"), QString::number(live / 2000));
            line(QStringLiteral("Compacted partition minimum bytes"), QStringLiteral("43"));
            line(QStringLiteral("Compacted partition maximum bytes"), QString::number(14237 + int(stableUnit(key, 40) * 50000)));
            line(QStringLiteral("Compacted partition mean bytes"),
                 QString::number(partitions > 0 ? live / std::max<qint64>(partitions, 1) : 0));
            line(QStringLiteral("Average live cells per slice (last five minutes)"), javaDouble(reads > 0 ? 1.0 + 5 * stableUnit(key, 41) : std::nan("")));
            line(QStringLiteral("Maximum live cells per slice (last five minutes)"), QString::number(reads > 0 ? 50 : 0));
            line(QStringLiteral("Average tombstones per slice (last five minutes)"), javaDouble(reads > 0 ? stableUnit(key, 42) : std::nan("")));
            line(QStringLiteral("Maximum tombstones per slice (last five minutes)"), QString::number(reads > 0 ? 3 : 0));
            line(QStringLiteral("Dropped Mutations"), QString::number(qint64(c.counters.dropped[0] * share)));
            line(QStringLiteral("Droppable tombstone ratio"), QString::number(user ? stableUnit(key, 43) * 0.02 : 0.0, 'f', 5));
            body += u'\n';
        }
        if (!any) {
            continue;
        }
        out += QStringLiteral("Keyspace : ") + k.name + u'\n';
        out += QStringLiteral("\tRead Count: %1\n").arg(qint64(ksReads));
        out += QStringLiteral("\tRead Latency: %1 ms\n").arg(javaDouble(ksReads > 0 ? ksReadLat / ksReads : std::nan("")));
        out += QStringLiteral("\tWrite Count: %1\n").arg(qint64(ksWrites));
        out += QStringLiteral("\tWrite Latency: %1 ms\n").arg(javaDouble(ksWrites > 0 ? ksWriteLat / ksWrites : std::nan("")));
        out += QStringLiteral("\tPending Flushes: 0\n");
        out += body + QStringLiteral("----------------\n");
    }
    return out;
}

QString compactionStats(const NodeContext &c)
{
    const SimCluster &cluster = *c.cluster;
    const SimNode &n = *c.node;
    const double t = seconds(c);
    LoadModel model(n.hostId, n.cluster);
    QList<std::pair<QString, int>> pending;
    int total = 0;
    for (const TableRef &r : allTables(cluster)) {
        const int p = r.keyspace->isSystem()
                          ? 0
                          : model.pendingCompactionsAt(t, r.keyspace->name + u'.' + r.table->name, c.conditions);
        if (p > 0) {
            pending.append({r.keyspace->name + u'.' + r.table->name, p});
            total += p;
        }
    }
    QString out = QStringLiteral("pending tasks: %1\n").arg(total);
    std::stable_sort(pending.begin(), pending.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    for (const auto &[name, p] : std::as_const(pending)) {
        out += QStringLiteral("- %1: %2\n").arg(name).arg(p);
    }
    out += u'\n';
    const int active = std::min(c.conditions.compactionStorm ? 2 : 1, int(pending.size()));
    if (active == 0) {
        return out;
    }
    QList<QStringList> rows{{QStringLiteral("id"), QStringLiteral("compaction type"), QStringLiteral("keyspace"),
                             QStringLiteral("table"), QStringLiteral("completed"), QStringLiteral("total"),
                             QStringLiteral("unit"), QStringLiteral("progress")}};
    qint64 remaining = 0;
    const quint64 slot = quint64(t / 120.0);
    for (int i = 0; i < active; ++i) {
        const QString name = pending.at(i).first;
        const QString ks = name.section(u'.', 0, 0), tab = name.section(u'.', 1);
        const SimKeyspace *k = cluster.schema.keyspace(ks);
        qint64 bytes = 64 * 1024 * 1024;
        for (const SimTable &st : k->tables) {
            if (st.name == tab) {
                bytes = std::max<qint64>(cluster.tableBytes(n, *k, st) / 4, 1024 * 1024);
            }
        }
        const double progress = std::fmod(t, 120.0) / 120.0 * (0.9 + 0.1 * stableUnit(name, slot));
        const qint64 done = qint64(double(bytes) * progress);
        remaining += bytes - done;
        rows.append({stableUuid(n.hostId + name + QString::number(slot)), QStringLiteral("Compaction"), ks, tab,
                     QString::number(done), QString::number(bytes), QStringLiteral("bytes"),
                     QString::number(progress * 100.0, 'f', 2) + u'%'});
    }
    out += table(rows, QStringLiteral(" "));
    const qint64 secs = remaining / (64 * 1024 * 1024);
    out += QStringLiteral("%1%2\n")
               .arg(QStringLiteral("Active compaction remaining time : "), 25)
               .arg(QStringLiteral("%1h%2m%3s").arg(secs / 3600).arg(secs / 60 % 60, 2, 10, QLatin1Char('0')).arg(secs % 60, 2, 10, QLatin1Char('0')), 10);
    return out;
}

QString netStats(const NodeContext &c)
{
    const SimCluster &cluster = *c.cluster;
    const SimNode &n = *c.node;
    const double t = seconds(c);
    QString out = QStringLiteral("Mode: %1\n")
                      .arg(n.state == GossipState::Joining   ? QStringLiteral("JOINING")
                           : n.state == GossipState::Leaving ? QStringLiteral("LEAVING")
                                                              : QStringLiteral("NORMAL"));
    QList<const SimNode *> peers;
    for (const SimNode *p : cluster.nodesIn(n.dc)) {
        if (p != &n && p->up) {
            peers.append(p);
        }
    }
    if (!c.repairId.isEmpty() && !peers.isEmpty()) {
        out += QStringLiteral("Repair ") + c.repairId + u'\n';
        const SimNode *peer = peers.first();
        const qint64 fileBytes = 4 * 1024 * 1024 + qint64(stableUnit(c.repairId, 51) * 8 * 1024 * 1024);
        const double progress = std::fmod(t, 60.0) / 60.0;
        const qint64 received = qint64(double(fileBytes) * progress);
        const QString dir = QStringLiteral("/var/lib/cassandra/data/demo_ks/events-%1/")
                                .arg(stableHash(cluster.name, 52), 16, 16, QLatin1Char('0'));
        out += QStringLiteral("    /") + peer->ip + u'\n';
        out += QStringLiteral("        Receiving 1 files, %1 bytes total. Already received 0 files (0.00%), %2 bytes total (%3%)\n")
                   .arg(fileBytes)
                   .arg(received)
                   .arg(progress * 100.0, 0, 'f', 2);
        out += QStringLiteral("            %1nb-%2-big-Data.db %3/%4 bytes (%5%) received from idx:0/%6\n")
                   .arg(dir)
                   .arg(40 + int(stableUnit(c.repairId, 53) * 20))
                   .arg(received)
                   .arg(fileBytes)
                   .arg(int(progress * 100))
                   .arg(peer->ip);
    } else {
        out += QStringLiteral("Not sending any streams.\n");
    }
    const double reads = c.counters.requests[0][0] + c.counters.requests[0][1] + c.counters.requests[0][2];
    const double writes = c.counters.requests[1][0] + c.counters.requests[1][1] + c.counters.requests[1][2];
    out += QStringLiteral("Read Repair Statistics:\nAttempted: %1\nMismatch (Blocking): %2\nMismatch (Background): %3\n")
               .arg(qint64(reads * 0.0004))
               .arg(qint64(reads * 0.000005))
               .arg(qint64(reads * 0.000001));
    const auto pool = [](const QString &name, const QString &active, const QString &pending, const QString &completed,
                         const QString &dropped) {
        return name.leftJustified(25, u' ') + active.rightJustified(10, u' ') + pending.rightJustified(10, u' ')
               + completed.rightJustified(15, u' ') + dropped.rightJustified(10, u' ') + u'\n';
    };
    const QString na = QStringLiteral("n/a");
    out += pool(QStringLiteral("Pool Name"), QStringLiteral("Active"), QStringLiteral("Pending"), QStringLiteral("Completed"),
                QStringLiteral("Dropped"));
    out += pool(QStringLiteral("Large messages"), na, QStringLiteral("0"), QString::number(qint64(writes / 4000)),
                QStringLiteral("0"));
    out += pool(QStringLiteral("Small messages"), na, QString::number(c.conditions.slow ? 37 : 0),
                QString::number(qint64((reads + writes) * 2.1)), QString::number(qint64(c.counters.dropped[0])));
    out += pool(QStringLiteral("Gossip messages"), na, QStringLiteral("0"), QString::number(qint64(c.counters.poolCompleted[3] * 3)),
                QStringLiteral("0"));
    return out;
}

QString tpStats(const NodeContext &c)
{
    const SimNode &n = *c.node;
    const double t = seconds(c);
    LoadModel model(n.hostId, n.cluster);
    QList<QStringList> rows{{QStringLiteral("Pool Name"), QStringLiteral("Active"), QStringLiteral("Pending"),
                             QStringLiteral("Completed"), QStringLiteral("Blocked"), QStringLiteral("All time blocked")}};
    for (int i = 0; i < LoadModel::Pools; ++i) {
        const bool ntr = QLatin1StringView(LoadModel::poolName(i)) == QLatin1String("Native-Transport-Requests");
        rows.append({QString::fromLatin1(LoadModel::poolName(i)), QString::number(model.activeTasksAt(t, i, c.conditions)),
                     QString::number(model.pendingTasksAt(t, i, c.conditions)),
                     QString::number(qint64(c.counters.poolCompleted[i])), QStringLiteral("0"),
                     ntr && c.conditions.slow ? QStringLiteral("42") : QStringLiteral("0")});
    }
    QString out = table(rows, QStringLiteral(" ")) + u'\n';
    const auto line = [](const QString &a, const QString &b, const QString &c1, const QString &c2, const QString &c3,
                         const QString &c4) {
        return a.leftJustified(20, u' ') + b.rightJustified(10, u' ') + c1.rightJustified(18, u' ')
               + c2.rightJustified(18, u' ') + c3.rightJustified(18, u' ') + c4.rightJustified(18, u' ') + u'\n';
    };
    out += line(QStringLiteral("Message type"), QStringLiteral("Dropped"), QString(),
                QStringLiteral("Latency waiting in queue (micros)"), QString(), QString());
    out += line(QString(), QString(), QStringLiteral("50%"), QStringLiteral("95%"), QStringLiteral("99%"), QStringLiteral("Max"));
    for (int i = 0; i < LoadModel::MessageTypes; ++i) {
        const QString type = QString::fromLatin1(LoadModel::messageType(i));
        const qint64 dropped = qint64(c.counters.dropped[i]);
        if (type == QLatin1String("HINT_REQ")) {
            const QString na = QStringLiteral("N/A");
            out += line(type, QString::number(dropped), na, na, na, na);
            continue;
        }
        const double scale = (c.conditions.slow ? 25.0 : 1.0) * (0.6 + 0.8 * stableUnit(n.hostId + type, 61));
        const auto f = [](double v) { return QString::number(v, 'f', 2); };
        out += line(type, QString::number(dropped), f(88.15 * scale), f(379.02 * scale), f(943.13 * scale),
                    f(3379.39 * scale));
    }
    return out;
}

CommandOutput connectionRefused()
{
    return {QByteArray(),
            "nodetool: Failed to connect to '127.0.0.1:7199' - ConnectException: 'Connection refused (Connection refused)'.\n",
            1};
}

CommandOutput run(const QStringList &arguments, const NodeContext &c)
{
    QStringList args;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        static const QStringList withValue{QStringLiteral("-h"), QStringLiteral("--host"), QStringLiteral("-p"),
                                           QStringLiteral("--port"), QStringLiteral("-u"), QStringLiteral("--username"),
                                           QStringLiteral("-pw"), QStringLiteral("--password"), QStringLiteral("-pwf"),
                                           QStringLiteral("--password-file")};
        if (withValue.contains(a) && args.isEmpty()) {
            ++i;
        } else if (a != QLatin1String("--")) {
            args.append(a);
        }
    }
    if (args.isEmpty()) {
        return {"usage: nodetool [(-h <host> | --host <host>)] [(-p <port> | --port <port>)]\n"
                "        [(-pw <password> | --password <password>)] [(-u <username> | --username <username>)]\n"
                "        <command> [<args>]\n\n"
                "The most commonly used nodetool commands are:\n"
                "    compactionstats              Print statistics on compactions\n"
                "    describecluster              Print the name, snitch, partitioner and schema version of a cluster\n"
                "    gcstats                      Print GC Statistics\n"
                "    info                         Print node information (uptime, load, ...)\n"
                "    netstats                     Print network information on provided host (connecting node by default)\n"
                "    ring                         Print information about the token ring\n"
                "    status                       Print cluster information (state, load, IDs, ...)\n"
                "    tablestats                   Print statistics on tables\n"
                "    tpstats                      Print usage statistics of thread pools\n"
                "    version                      Print cassandra version\n\n"
                "See 'nodetool help <command>' for more information on a specific command.\n\n",
                {}, 0};
    }
    const QString command = args.takeFirst();
    const auto badUse = [](const QString &message) {
        return CommandOutput{(QStringLiteral("nodetool: ") + message + QStringLiteral("\nSee 'nodetool help' or 'nodetool help <command>'.\n")).toUtf8(),
                             {}, 1};
    };
    const auto flags = [&](const QStringList &allowed, QStringList *rest) -> std::optional<QString> {
        for (const QString &a : std::as_const(args)) {
            if (a.startsWith(u'-')) {
                if (!allowed.contains(a)) {
                    return QStringLiteral("A single parameter value is required but %1 was given").arg(a);
                }
            } else {
                rest->append(a);
            }
        }
        return std::nullopt;
    };
    QStringList rest;
    QString error;
    if (command == QLatin1String("status") || command == QLatin1String("ring")) {
        if (const auto bad = flags({QStringLiteral("-r"), QStringLiteral("--resolve-ip")}, &rest)) {
            return badUse(QStringLiteral("Found unexpected parameters: [%1]").arg(args.join(QStringLiteral(", "))));
        }
        if (rest.size() > 1) {
            return badUse(QStringLiteral("Found unexpected parameters: [%1]").arg(rest.mid(1).join(QStringLiteral(", "))));
        }
        const QString text = command == QLatin1String("status") ? status(*c.cluster, rest.value(0), &error)
                                                                 : ring(*c.cluster, rest.value(0), &error);
        return error.isEmpty() ? CommandOutput{text.toUtf8(), {}, 0} : CommandOutput{error.toUtf8(), {}, 1};
    }
    const auto noArgs = [&](const QStringList &allowed) -> std::optional<CommandOutput> {
        if (const auto bad = flags(allowed, &rest)) {
            return badUse(*bad);
        }
        if (!rest.isEmpty()) {
            return badUse(QStringLiteral("Found unexpected parameters: [%1]").arg(rest.join(QStringLiteral(", "))));
        }
        return std::nullopt;
    };
    if (command == QLatin1String("info")) {
        if (const auto bad = noArgs({QStringLiteral("-T"), QStringLiteral("--tokens")})) {
            return *bad;
        }
        const bool tokens = args.contains(QStringLiteral("-T")) || args.contains(QStringLiteral("--tokens"));
        return {info(c, tokens).toUtf8(), {}, 0};
    }
    if (command == QLatin1String("tablestats") || command == QLatin1String("cfstats")) {
        if (const auto bad = flags({QStringLiteral("-H"), QStringLiteral("--human-readable")}, &rest)) {
            return badUse(*bad);
        }
        const QString text = tableStats(c, rest, &error);
        if (!error.isEmpty()) {
            return {{},
                    (QStringLiteral("error: ") + error + QStringLiteral("\n-- StackTrace --\njava.lang.IllegalArgumentException: ") + error
                     + QStringLiteral("\n\tat org.apache.cassandra.tools.nodetool.stats.TableStatsHolder$OptionFilter.verifyKeyspaces("
                       "TableStatsHolder.java:433)\n\tat org.apache.cassandra.tools.nodetool.stats.TableStatsHolder.<init>("
                       "TableStatsHolder.java:59)\n\tat org.apache.cassandra.tools.nodetool.TableStats.execute("
                       "TableStats.java:97)\n\tat org.apache.cassandra.tools.NodeTool$NodeToolCmd.runInternal("
                       "NodeTool.java:357)\n\tat org.apache.cassandra.tools.NodeTool$NodeToolCmd.run(NodeTool.java:342)\n"
                       "\tat org.apache.cassandra.tools.NodeTool.execute(NodeTool.java:278)\n"
                       "\tat org.apache.cassandra.tools.NodeTool.main(NodeTool.java:85)\n"))
                        .toUtf8(),
                    2};
        }
        return {text.toUtf8(), {}, 0};
    }
    using Renderer = QString (*)(const NodeContext &);
    static const QHash<QString, Renderer> simple{{QStringLiteral("compactionstats"), &compactionStats},
                                                 {QStringLiteral("netstats"), &netStats},
                                                 {QStringLiteral("tpstats"), &tpStats},
                                                 {QStringLiteral("gcstats"), &gcStats}};
    if (const auto it = simple.constFind(command); it != simple.cend()) {
        if (const auto bad = noArgs({QStringLiteral("-H"), QStringLiteral("--human-readable")})) {
            return *bad;
        }
        return {it.value()(c).toUtf8(), {}, 0};
    }
    if (command == QLatin1String("describecluster")) {
        if (const auto bad = noArgs({})) {
            return *bad;
        }
        return {describeCluster(*c.cluster).toUtf8(), {}, 0};
    }
    if (command == QLatin1String("version")) {
        if (const auto bad = noArgs({})) {
            return *bad;
        }
        return {(QStringLiteral("ReleaseVersion: ") + c.node->version + u'\n').toUtf8(), {}, 0};
    }
    return badUse(QStringLiteral("Found unexpected parameters: [%1]")
                      .arg((QStringList{command} + args).join(QStringLiteral(", "))));
}

} // namespace Ringside::Sandbox::NodeSim::Nodetool
