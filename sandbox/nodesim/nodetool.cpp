#include "nodesim/nodetool.h"

#include <QHostAddress>

#include <algorithm>
#include <cmath>

namespace Ringside::Sandbox::NodeSim::Nodetool {

namespace {

QString percent1(double fraction)
{
    return QString::number(fraction * 100.0, 'f', 1) + u'%';
}

QString padRight(const QString &s, qsizetype width)
{
    return s.leftJustified(width, u' ');
}

/*! The replications of the non-local keyspaces, when they all agree (effective ownership applies). */
const SimKeyspace *commonReplication(const SimCluster &cluster)
{
    const SimKeyspace *first = nullptr;
    for (const SimKeyspace &k : cluster.schema.keyspaces) {
        if (k.isLocal() || k.isVirtual()) {
            continue;
        }
        if (!first) {
            first = &k;
        } else if (!(first->replication == k.replication)) {
            return nullptr;
        }
    }
    return first;
}

const QString NotSameReplication = QStringLiteral(
    "Non-system keyspaces don't have the same replication settings, effective ownership information is meaningless");

} // namespace

QString replicationInfo(const SimKeyspace &k)
{
    QStringList parts;
    for (auto it = k.replication.options.cbegin(); it != k.replication.options.cend(); ++it) {
        parts.append(it.key() + u'=' + it.value());
    }
    return k.replication.shortClassName() + QStringLiteral(" {") + parts.join(QStringLiteral(", ")) + u'}';
}

QString status(const SimCluster &cluster, const QString &keyspace, QString *error)
{
    const SimKeyspace *ownershipKs = nullptr;
    bool effective = false;
    if (!keyspace.isEmpty()) {
        ownershipKs = cluster.schema.keyspace(keyspace);
        if (!ownershipKs || ownershipKs->isVirtual()) {
            *error = QStringLiteral("\nError: The keyspace %1, does not exist\n").arg(keyspace);
            return {};
        }
        effective = true;
    } else {
        ownershipKs = commonReplication(cluster);
        effective = ownershipKs != nullptr;
    }
    // One table for all DCs (SharedTable): widths are shared.
    const QStringList header{QStringLiteral("--"),     QStringLiteral("Address"),
                             QStringLiteral("Load"),   QStringLiteral("Tokens"),
                             effective ? QStringLiteral("Owns (effective)") : QStringLiteral("Owns"),
                             QStringLiteral("Host ID"), QStringLiteral("Rack")};
    QList<QStringList> rows;
    for (const SimNode &n : cluster.nodes) {
        const QString owns = effective ? percent1(cluster.effectiveOwnership(n, *ownershipKs)) : QStringLiteral("?");
        rows.append({n.statusCode(), n.ip, stringifyFileSize(double(n.load)), QString::number(n.tokens.size()), owns,
                     n.hostId, n.rack});
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &r : std::as_const(rows) + QList<QStringList>{header}) {
        for (qsizetype i = 0; i < r.size(); ++i) {
            widths[i] = std::max(widths[i], r.at(i).size());
        }
    }
    const auto line = [&](const QStringList &cells) {
        QStringList padded;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            padded.append(padRight(cells.at(i), widths.at(i)));
        }
        return padded.join(QStringLiteral("  ")) + u'\n';
    };
    QString out;
    int row = 0;
    for (const QString &dc : cluster.dcOrder) {
        const QString title = QStringLiteral("Datacenter: ") + dc;
        out += title + u'\n' + QString(title.size(), u'=') + u'\n';
        out += QStringLiteral("Status=Up/Down\n|/ State=Normal/Leaving/Joining/Moving\n");
        out += line(header);
        for (const SimNode &n : cluster.nodes) {
            if (n.dc == dc) {
                out += line(rows.at(row++));
            }
        }
        out += u'\n';
    }
    if (!effective) {
        out += QStringLiteral("Note: ") + NotSameReplication + u'\n';
    }
    return out;
}

QString ring(const SimCluster &cluster, const QString &keyspace, QString *error)
{
    const SimKeyspace *ownershipKs = keyspace.isEmpty() ? commonReplication(cluster) : cluster.schema.keyspace(keyspace);
    if (!keyspace.isEmpty() && (!ownershipKs || ownershipKs->isVirtual())) {
        *error = QStringLiteral("\nError: The keyspace %1, does not exist\n").arg(keyspace);
        return {};
    }
    qsizetype addressWidth = QStringLiteral("Address").size();
    for (const SimNode &n : cluster.nodes) {
        addressWidth = std::max(addressWidth, n.ip.size());
    }
    const auto format = [&](const QString &a, const QString &r, const QString &s, const QString &st, const QString &l,
                            const QString &o, const QString &t) {
        return padRight(a, addressWidth) + QStringLiteral("  ") + padRight(r, 12) + padRight(s, 7) + padRight(st, 8)
               + padRight(l, 16) + padRight(o, 20) + padRight(t, 44) + u'\n';
    };
    QString out;
    for (const QString &dc : cluster.dcOrder) {
        QList<std::pair<qint64, const SimNode *>> tokens;
        for (const SimNode *n : cluster.nodesIn(dc)) {
            for (qint64 t : n->tokens) {
                tokens.append({t, n});
            }
        }
        std::sort(tokens.begin(), tokens.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
        out += QStringLiteral("\nDatacenter: ") + dc + QStringLiteral("\n==========\n");
        out += format(QStringLiteral("Address"), QStringLiteral("Rack"), QStringLiteral("Status"), QStringLiteral("State"),
                      QStringLiteral("Load"), QStringLiteral("Owns"), QStringLiteral("Token"));
        if (!tokens.isEmpty()) {
            out += format({}, {}, {}, {}, {}, {}, QString::number(tokens.last().first));
        }
        for (const auto &[token, n] : std::as_const(tokens)) {
            const QString state = n->state == GossipState::Joining ? QStringLiteral("Joining")
                                  : n->state == GossipState::Leaving ? QStringLiteral("Leaving")
                                                                      : QStringLiteral("Normal");
            const QString owns = ownershipKs
                                     ? QString::number(cluster.effectiveOwnership(*n, *ownershipKs) * 100.0, 'f', 2) + u'%'
                                     : QStringLiteral("?");
            out += format(n->ip, n->rack, n->up ? QStringLiteral("Up") : QStringLiteral("Down"), state,
                          stringifyFileSize(double(n->load)), owns, QString::number(token));
        }
    }
    out += u'\n';
    if (!ownershipKs) {
        out += QStringLiteral("Note: ") + NotSameReplication + u'\n';
    }
    return out;
}

QString describeCluster(const SimCluster &cluster)
{
    QString out = QStringLiteral("Cluster Information:\n\tName: ") + cluster.name
                  + QStringLiteral("\n\tSnitch: org.apache.cassandra.locator.GossipingPropertyFileSnitch\n"
                                   "\tDynamicEndPointSnitch: enabled\n"
                                   "\tPartitioner: org.apache.cassandra.dht.Murmur3Partitioner\n"
                                   "\tSchema versions:\n");
    QStringList live, unreachable;
    int joining = 0, leaving = 0;
    for (const SimNode &n : cluster.nodes) {
        (n.up ? live : unreachable).append(n.ip);
        joining += n.up && n.state == GossipState::Joining;
        leaving += n.up && n.state == GossipState::Leaving;
    }
    if (!live.isEmpty()) {
        out += QStringLiteral("\t\t") + cluster.schema.version() + QStringLiteral(": [") + live.join(QStringLiteral(", "))
               + QStringLiteral("]\n\n");
    }
    if (!unreachable.isEmpty()) {
        out += QStringLiteral("\t\tUNREACHABLE: [") + unreachable.join(QStringLiteral(", ")) + QStringLiteral("]\n\n");
    }
    out += QStringLiteral("Stats for all nodes:\n\tLive: %1\n\tJoining: %2\n\tMoving: 0\n\tLeaving: %3\n\tUnreachable: %4\n\n")
               .arg(live.size())
               .arg(joining)
               .arg(leaving)
               .arg(unreachable.size());
    out += QStringLiteral("Data Centers: \n");
    for (const QString &dc : cluster.dcOrder) {
        const QList<const SimNode *> nodes = cluster.nodesIn(dc);
        const auto down = std::count_if(nodes.cbegin(), nodes.cend(), [](const SimNode *n) { return !n->up; });
        out += QStringLiteral("\t%1 #Nodes: %2 #Down: %3\n").arg(dc).arg(nodes.size()).arg(down);
    }
    out += QStringLiteral("\nDatabase versions:\n");
    QMap<QString, QStringList> versions;
    for (const SimNode &n : cluster.nodes) {
        versions[n.version].append(n.endpoint());
    }
    for (auto it = versions.cbegin(); it != versions.cend(); ++it) {
        out += u'\t' + it.key() + QStringLiteral(": [") + it.value().join(QStringLiteral(", ")) + QStringLiteral("]\n\n");
    }
    out += QStringLiteral("Keyspaces:\n");
    for (const SimKeyspace &k : cluster.schema.keyspaces) {
        if (!k.isVirtual()) {
            out += u'\t' + k.name + QStringLiteral(" -> Replication class: ") + replicationInfo(k) + u'\n';
        }
    }
    return out;
}

QString info(const NodeContext &c, bool allTokens)
{
    const SimNode &n = *c.node;
    const bool v5 = n.version.startsWith(QLatin1String("5."));
    const double t = double(c.now.toMSecsSinceEpoch()) / 1000.0;
    LoadModel model(n.hostId, n.cluster);
    const auto field = [](const char *key, const QString &value) {
        return QString::fromLatin1(key).leftJustified(23, u' ') + QStringLiteral(": ") + value + u'\n';
    };
    const double uptime = n.startedAt.isValid() ? std::max<qint64>(0, n.startedAt.secsTo(c.now)) : 0;
    const double keyReq = std::floor(c.counters.requests[0][0] + c.counters.requests[0][1] + c.counters.requests[0][2]);
    const double hitRate = 0.88 + 0.08 * stableUnit(n.hostId, 21);
    const qint64 keyEntries = qint64(std::min(keyReq * 0.02, 10412.0 + 3000 * stableUnit(n.hostId, 22)));
    const double chunkReq = keyReq * 1.7;
    QString out;
    out += field("ID", n.hostId);
    out += field("Gossip active", QStringLiteral("true"));
    out += field("Native Transport active", n.state == GossipState::Joining ? QStringLiteral("false") : QStringLiteral("true"));
    out += field("Load", stringifyFileSize(double(n.load)));
    if (v5) {
        out += field("Uncompressed load", stringifyFileSize(double(n.load) * 1.92));
    }
    out += field("Generation No", QString::number(n.startedAt.isValid() ? n.startedAt.toSecsSinceEpoch() : 0));
    out += field("Uptime (seconds)", QString::number(qint64(uptime)));
    out += field("Heap Memory (MB)", QStringLiteral("%1 / %2")
                                         .arg(model.heapUsedAt(t, c.conditions) / 1048576.0, 0, 'f', 2)
                                         .arg(model.heapMax() / 1048576.0, 0, 'f', 2));
    out += field("Off Heap Memory (MB)", QString::number(double(n.load) / 1048576.0 * 0.012 + 0.4, 'f', 2));
    out += field("Data Center", n.dc);
    out += field("Rack", n.rack);
    out += field("Exceptions", QString::number(c.exceptions));
    out += field("Key Cache",
                 QStringLiteral("entries %1, size %2, capacity 102 MiB, %3 hits, %4 requests, %5 recent hit rate, 14400 "
                                "save period in seconds")
                     .arg(keyEntries)
                     .arg(stringifyFileSize(double(keyEntries) * 104.0))
                     .arg(qint64(keyReq * hitRate))
                     .arg(qint64(keyReq))
                     .arg(keyReq > 0 ? QString::number(hitRate, 'f', 3) : QStringLiteral("NaN")));
    out += field("Row Cache", QStringLiteral("entries 0, size 0 bytes, capacity 0 bytes, 0 hits, 0 requests, NaN recent hit "
                                             "rate, 0 save period in seconds"));
    out += field("Counter Cache", QStringLiteral("entries 0, size 0 bytes, capacity 51 MiB, 0 hits, 0 requests, NaN recent "
                                                 "hit rate, 7200 save period in seconds"));
    const double chunkHit = 0.95 + 0.03 * stableUnit(n.hostId, 23);
    out += field("Chunk Cache", QStringLiteral("entries %1, size %2, capacity 480 MiB, %3 misses, %4 requests, %5 recent hit "
                                               "rate, %6 microseconds miss latency")
                                    .arg(qint64(std::min(chunkReq * 0.01, 7680.0)))
                                    .arg(stringifyFileSize(std::min(chunkReq * 0.01, 7680.0) * 65536.0))
                                    .arg(qint64(chunkReq * (1 - chunkHit)))
                                    .arg(qint64(chunkReq))
                                    .arg(chunkReq > 0 ? QString::number(chunkHit, 'f', 3) : QStringLiteral("NaN"))
                                    .arg(chunkReq > 0 ? QString::number(380.0 + 90 * stableUnit(n.hostId, 24), 'f', 3)
                                                      : QStringLiteral("NaN")));
    if (v5) {
        out += field("Network Cache", QStringLiteral("size 8 MiB, overflow size: 0 bytes, capacity 128 MiB"));
    }
    out += field("Percent Repaired", QString::number(60.0 + 35.0 * stableUnit(n.hostId, 25), 'f', 1) + u'%');
    if (n.state == GossipState::Joining && !v5) {
        out += field("Token", QStringLiteral("(node is not joined to the cluster)"));
    } else if (allTokens) {
        for (qint64 token : n.tokens) {
            out += field("Token", QString::number(token));
        }
    } else {
        out += field("Token", QStringLiteral("(invoke with -T/--tokens to see all %1 tokens)").arg(n.tokens.size()));
    }
    if (v5) {
        out += field("Bootstrap state", n.state == GossipState::Joining ? QStringLiteral("IN_PROGRESS")
                                                                         : QStringLiteral("COMPLETED"));
        out += field("Bootstrap failed", QStringLiteral("false"));
        out += field("Decommissioning", n.state == GossipState::Leaving ? QStringLiteral("true") : QStringLiteral("false"));
        out += field("Decommission failed", QStringLiteral("false"));
    }
    return out;
}

QString gcStats(const NodeContext &c)
{
    const LoadModel::Counters &now = c.counters;
    const LoadModel::Counters &last = c.lastGcStats;
    const double interval = std::max(0.0, (now.time - last.time) * 1000.0);
    const double collections = std::floor(now.youngGcCount + now.oldGcCount)
                               - std::floor(last.youngGcCount + last.oldGcCount);
    const double total = (now.youngGcSeconds + now.oldGcSeconds - last.youngGcSeconds - last.oldGcSeconds) * 1000.0;
    const double max = collections <= 0 ? 0 : (now.oldGcCount - last.oldGcCount >= 1 ? 1800.0 : total / collections * 1.6);
    const QString stdev = collections <= 0 ? QStringLiteral("NaN") : QString::number(max / 4.0, 'f', 0);
    const QString header = QStringLiteral("%1%2%3%4%5%6%7\n")
                               .arg(QStringLiteral("Interval (ms)"), 20)
                               .arg(QStringLiteral("Max GC Elapsed (ms)"), 20)
                               .arg(QStringLiteral("Total GC Elapsed (ms)"), 20)
                               .arg(QStringLiteral("Stdev GC Elapsed (ms)"), 20)
                               .arg(QStringLiteral("GC Reclaimed (MB)"), 20)
                               .arg(QStringLiteral("Collections"), 20)
                               .arg(QStringLiteral("Direct Memory Bytes"), 25);
    return header
           + QStringLiteral("%1%2%3%4%5%6%7\n")
                 .arg(QString::number(interval, 'f', 0), 20)
                 .arg(QString::number(max, 'f', 0), 20)
                 .arg(QString::number(total, 'f', 0), 20)
                 .arg(stdev, 20)
                 .arg(QString::number(collections * 460.0, 'f', 0), 20)
                 .arg(QString::number(collections, 'f', 0), 20)
                 .arg(QString::number(268435456), 25);
}

} // namespace Ringside::Sandbox::NodeSim::Nodetool
