#include "nodesim/nodemodel.h"

#include "api/jsonutil.h"
#include "store/objectstore.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace Ringside::Sandbox::NodeSim {

namespace {
const QString ClusterLabel = QStringLiteral("cassandra.datastax.com/cluster");
const QString DcLabel = QStringLiteral("cassandra.datastax.com/datacenter");
const QString RackLabel = QStringLiteral("cassandra.datastax.com/rack");
const QString NodeStateLabel = QStringLiteral("cassandra.datastax.com/node-state");
const QString FaultAnnotation = QStringLiteral("sandbox.ringside.dev/fault");
const QString DcStorage = QStringLiteral("cassandra.datastax.com/cassandradatacenters");

quint32 ipValue(const QString &ip)
{
    bool ok = false;
    const quint32 v = QHostAddress(ip).toIPv4Address(&ok);
    return ok ? v : 0;
}

QJsonObject containerStatus(const QJsonObject &pod, const QString &name)
{
    for (const QJsonValue &v : Json::at(pod, u"status.containerStatuses").toArray()) {
        if (v.toObject().value(QLatin1String("name")).toString() == name) {
            return v.toObject();
        }
    }
    return {};
}

QString imageVersion(const QJsonObject &pod)
{
    static const QRegularExpression version(QStringLiteral(":v?(\\d+\\.\\d+\\.\\d+)"));
    for (const QJsonValue &v : Json::at(pod, u"spec.containers").toArray()) {
        const QJsonObject c = v.toObject();
        if (c.value(QLatin1String("name")).toString() == QLatin1String("cassandra")) {
            const QRegularExpressionMatch m = version.match(c.value(QLatin1String("image")).toString());
            if (m.hasMatch()) {
                return m.captured(1);
            }
        }
    }
    return {};
}
} // namespace

QString SimNode::statusCode() const
{
    const QChar s = up ? u'U' : u'D';
    const QChar t = state == GossipState::Joining ? u'J' : (state == GossipState::Leaving ? u'L' : u'N');
    return QString(s) + t;
}

quint64 stableHash(const QString &key, quint64 salt)
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    h.addData(key.toUtf8());
    h.addData(QByteArrayView(reinterpret_cast<const char *>(&salt), sizeof salt));
    const QByteArray d = h.result();
    quint64 v = 0;
    for (int i = 0; i < 8; ++i) {
        v = (v << 8) | quint8(d.at(i));
    }
    return v;
}

double stableUnit(const QString &key, quint64 salt)
{
    return double(stableHash(key, salt) >> 11) / double(quint64(1) << 53);
}

QList<qint64> tokensFor(const QString &hostId, int count)
{
    QList<qint64> out;
    for (int i = 0; i < count; ++i) {
        out.append(qint64(stableHash(hostId, quint64(i) + 1000)));
    }
    std::sort(out.begin(), out.end());
    return out;
}

QString stringifyFileSize(double value)
{
    const auto fmt = [](double d) {
        QString s = QString::number(std::round(d * 100.0) / 100.0, 'f', 2);
        while (s.endsWith(u'0')) {
            s.chop(1);
        }
        if (s.endsWith(u'.')) {
            s.chop(1);
        }
        return s;
    };
    const double kb = 1024.0, mb = kb * 1024, gb = mb * 1024, tb = gb * 1024;
    if (value >= tb) {
        return fmt(value / tb) + QStringLiteral(" TiB");
    }
    if (value >= gb) {
        return fmt(value / gb) + QStringLiteral(" GiB");
    }
    if (value >= mb) {
        return fmt(value / mb) + QStringLiteral(" MiB");
    }
    if (value >= kb) {
        return fmt(value / kb) + QStringLiteral(" KiB");
    }
    return fmt(value) + QStringLiteral(" bytes");
}

qint64 parseQuantity(const QString &text)
{
    static const QRegularExpression q(QStringLiteral("^(\\d+(?:\\.\\d+)?)(Ki|Mi|Gi|Ti|Pi|k|M|G|T|P)?$"));
    const QRegularExpressionMatch m = q.match(text.trimmed());
    if (!m.hasMatch()) {
        return 0;
    }
    const QString unit = m.captured(2);
    static const QHash<QString, double> factors{
        {QString(), 1.0},          {QStringLiteral("Ki"), 1024.0}, {QStringLiteral("Mi"), 1048576.0},
        {QStringLiteral("Gi"), 1073741824.0}, {QStringLiteral("Ti"), 1099511627776.0},
        {QStringLiteral("Pi"), 1125899906842624.0}, {QStringLiteral("k"), 1e3}, {QStringLiteral("M"), 1e6},
        {QStringLiteral("G"), 1e9}, {QStringLiteral("T"), 1e12}, {QStringLiteral("P"), 1e15}};
    return qint64(m.captured(1).toDouble() * factors.value(unit, 1.0));
}

QList<const SimNode *> SimCluster::nodesIn(const QString &dc) const
{
    QList<const SimNode *> out;
    for (const SimNode &n : nodes) {
        if (n.dc == dc) {
            out.append(&n);
        }
    }
    return out;
}

const SimNode *SimCluster::node(const QString &pod) const
{
    for (const SimNode &n : nodes) {
        if (n.pod == pod) {
            return &n;
        }
    }
    return nullptr;
}

QMap<QString, int> SimCluster::datacenterSizes() const
{
    QMap<QString, int> out;
    for (const QString &dc : dcOrder) {
        out.insert(dc, int(nodesIn(dc).size()));
    }
    return out;
}

double SimCluster::effectiveOwnership(const SimNode &node, const SimKeyspace &keyspace) const
{
    if (keyspace.isLocal()) {
        return 1.0;
    }
    const int rf = keyspace.replication.replicationFactor(node.dc);
    const QList<const SimNode *> peers = nodesIn(node.dc);
    if (rf <= 0 || peers.isEmpty()) {
        return 0.0;
    }
    if (rf >= peers.size()) {
        return 1.0;
    }
    QList<std::pair<qint64, int>> ring; // token, peer index
    for (int i = 0; i < peers.size(); ++i) {
        for (qint64 t : peers.at(i)->tokens) {
            ring.append({t, i});
        }
    }
    std::sort(ring.begin(), ring.end());
    long double owned = 0;
    for (qsizetype i = 0; i < ring.size(); ++i) {
        const qint64 prev = ring.at((i + ring.size() - 1) % ring.size()).first;
        const long double size = i == 0 ? (long double)(ring.at(i).first) - (long double)prev + 18446744073709551616.0L
                                        : (long double)(ring.at(i).first) - (long double)prev;
        QList<int> replicas;
        for (qsizetype j = i; replicas.size() < rf && j < i + ring.size(); ++j) {
            const int owner = ring.at(j % ring.size()).second;
            if (!replicas.contains(owner)) {
                replicas.append(owner);
            }
        }
        if (replicas.contains(int(peers.indexOf(&node)))) {
            owned += size;
        }
    }
    return double(owned / 18446744073709551616.0L);
}

qint64 SimCluster::tableBytes(const SimNode &node, const SimKeyspace &keyspace, const SimTable &table) const
{
    if (const auto it = node.tableLoad.constFind(keyspace.name + u'.' + table.name); it != node.tableLoad.cend()) {
        return it.value();
    }
    if (node.state == GossipState::Joining) {
        return qint64(table.replicaBytes * 0.0004);
    }
    const double jitter = 0.92 + 0.16 * stableUnit(node.hostId + keyspace.name + table.name);
    if (keyspace.isLocal()) {
        return qint64((table.replicaBytes + 48 * 1024) * jitter);
    }
    return qint64(double(table.replicaBytes) * effectiveOwnership(node, keyspace) * jitter);
}

ClusterReader::ClusterReader(const ObjectStore *store)
    : m_store(store)
{}

QList<SimCluster> ClusterReader::read(const QHash<QString, SimSchema> &schemas) const
{
    struct DcInfo
    {
        QString cluster, dcName, version;
        QJsonObject nodeStatuses;
        qint64 capacity = 0;
    };
    QHash<QString, DcInfo> dcs; // "ns/dcObject"
    // Pods carry the datacenter label cass-operator derives from `datacenterName` when set (Mission Control names the
    // object <cluster>-<dc> and sets datacenterName=<dc>), else from the object name.
    QHash<QString, QString> byLabel; // "ns/label value" -> "ns/dcObject"
    for (const StoredObject *o : m_store->list(DcStorage)) {
        DcInfo d;
        d.cluster = Json::at(o->object, u"spec.clusterName").toString();
        d.dcName = Json::at(o->object, u"spec.datacenterName").toString();
        if (d.dcName.isEmpty()) {
            d.dcName = Json::name(o->object);
        }
        d.version = Json::at(o->object, u"spec.serverVersion").toString();
        d.nodeStatuses = Json::at(o->object, u"status.nodeStatuses").toObject();
        d.capacity = parseQuantity(
            Json::at(o->object, u"spec.storageConfig.cassandraDataVolumeClaimSpec.resources.requests.storage").toString());
        dcs.insert(Json::ns(o->object) + u'/' + Json::name(o->object), d);
        byLabel.insert(Json::ns(o->object) + u'/' + d.dcName, Json::ns(o->object) + u'/' + Json::name(o->object));
    }

    QMap<QString, SimCluster> clusters; // "ns/cluster"
    QSet<QString> seenPods;
    const auto clusterFor = [&](const QString &ns, const QString &name) -> SimCluster & {
        SimCluster &c = clusters[ns + u'/' + name];
        if (c.name.isEmpty()) {
            c.ns = ns;
            c.name = name;
        }
        return c;
    };
    for (const StoredObject *o : m_store->list(QStringLiteral("/pods"))) {
        const QJsonObject labels = Json::meta(o->object).value(QLatin1String("labels")).toObject();
        if (!labels.contains(ClusterLabel) || !labels.contains(DcLabel)) {
            continue;
        }
        const QString ns = Json::ns(o->object);
        const QString pod = Json::name(o->object);
        const QString dcLabel = labels.value(DcLabel).toString();
        const QString dcKey = byLabel.value(ns + u'/' + dcLabel, ns + u'/' + dcLabel);
        const QString dcObject = dcKey.section(u'/', 1);
        const DcInfo dc = dcs.value(dcKey);
        SimNode n;
        n.ns = ns;
        n.pod = pod;
        n.podUid = Json::metaString(o->object, QLatin1String("uid"));
        n.cluster = dc.cluster.isEmpty() ? labels.value(ClusterLabel).toString() : dc.cluster;
        n.dc = dc.dcName.isEmpty() ? dcLabel : dc.dcName;
        n.dcObject = dcObject;
        n.rack = labels.value(RackLabel).toString();
        n.ip = Json::at(o->object, u"status.podIP").toString();
        n.k8sNode = Json::at(o->object, u"spec.nodeName").toString();
        n.podExists = true;
        const QJsonObject cs = containerStatus(o->object, QStringLiteral("cassandra"));
        const QJsonObject running = Json::at(cs, u"state.running").toObject();
        n.running = Json::at(o->object, u"status.phase").toString() == QLatin1String("Running") && !running.isEmpty();
        n.startedAt = Json::parseTimestamp(running.value(QLatin1String("startedAt")).toString());
        n.restartCount = cs.value(QLatin1String("restartCount")).toInt();
        const bool ready = cs.value(QLatin1String("ready")).toBool();
        const QString nodeState = labels.value(NodeStateLabel).toString();
        n.hostId = dc.nodeStatuses.value(pod).toObject().value(QLatin1String("hostID")).toString();
        const bool everNormal = m_everNormal && m_everNormal->contains(n.hostId);
        if (n.hostId.isEmpty()) {
            if (!n.running) {
                continue; // never joined the ring
            }
            static const QUuid ns5(QStringLiteral("{9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d}"));
            n.hostId = QUuid::createUuidV5(ns5, n.podUid).toString(QUuid::WithoutBraces);
        }
        if (nodeState == QLatin1String("Decommissioning") && n.running) {
            n.up = true;
            n.state = GossipState::Leaving;
        } else if (n.running && ready) {
            n.up = true;
        } else if (n.running && !everNormal
                   && (nodeState == QLatin1String("Starting") || nodeState == QLatin1String("Started-not-Ready"))) {
            n.up = true;
            n.state = GossipState::Joining;
        }
        n.version = imageVersion(o->object);
        if (n.version.isEmpty()) {
            n.version = dc.version.isEmpty() ? QStringLiteral("4.1.5") : dc.version;
        }
        // The operators write the annotation as a comma-separated list ("slow", "disk-full" or "slow,disk-full"),
        // on the pod and (disk-full) on its claim: the node has every fault of both.
        const auto addFaults = [&n](const QJsonObject &object) {
            const QString text = Json::meta(object).value(QLatin1String("annotations")).toObject().value(FaultAnnotation).toString();
            for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
                const QString fault = part.trimmed();
                if (!fault.isEmpty() && !n.faults.contains(fault)) {
                    n.faults.append(fault);
                }
            }
        };
        addFaults(o->object);
        n.diskCapacity = dc.capacity;
        if (const StoredObject *pvc = m_store->get(QStringLiteral("/persistentvolumeclaims"),
                                                   ObjectStore::objectKey(ns, QStringLiteral("server-data-") + pod))) {
            addFaults(pvc->object);
            const qint64 cap = parseQuantity(Json::at(pvc->object, u"status.capacity.storage").toString());
            const qint64 req = parseQuantity(Json::at(pvc->object, u"spec.resources.requests.storage").toString());
            n.diskCapacity = cap > 0 ? cap : (req > 0 ? req : n.diskCapacity);
        }
        if (n.diskCapacity <= 0) {
            n.diskCapacity = qint64(5) * 1024 * 1024 * 1024;
        }
        if (n.ip.isEmpty() && m_addresses) {
            n.ip = m_addresses->value(n.hostId);
        }
        seenPods.insert(ns + u'/' + pod);
        clusterFor(ns, n.cluster).nodes.append(n);
    }
    // Nodes whose pods are gone but that the ring still knows.
    for (auto it = dcs.cbegin(); it != dcs.cend(); ++it) {
        const QString ns = it.key().section(u'/', 0, 0);
        const QString dcObject = it.key().section(u'/', 1);
        const QJsonObject statuses = it.value().nodeStatuses;
        for (auto s = statuses.begin(); s != statuses.end(); ++s) {
            if (seenPods.contains(ns + u'/' + s.key())) {
                continue;
            }
            SimNode n;
            n.ns = ns;
            n.pod = s.key();
            n.cluster = it.value().cluster;
            n.dc = it.value().dcName;
            n.dcObject = dcObject;
            n.rack = s.value().toObject().value(QLatin1String("rack")).toString();
            n.hostId = s.value().toObject().value(QLatin1String("hostID")).toString();
            n.ip = s.value().toObject().value(QLatin1String("ip")).toString();
            if (n.ip.isEmpty() && m_addresses) {
                n.ip = m_addresses->value(n.hostId);
            }
            n.version = it.value().version;
            n.diskCapacity = it.value().capacity > 0 ? it.value().capacity : qint64(5) * 1024 * 1024 * 1024;
            if (n.hostId.isEmpty() || n.ip.isEmpty() || n.cluster.isEmpty()) {
                continue;
            }
            clusterFor(ns, n.cluster).nodes.append(n);
        }
    }

    QList<SimCluster> out;
    for (SimCluster &c : clusters) {
        std::sort(c.nodes.begin(), c.nodes.end(), [](const SimNode &a, const SimNode &b) {
            return a.dc != b.dc ? a.dc < b.dc : ipValue(a.ip) < ipValue(b.ip);
        });
        for (SimNode &n : c.nodes) {
            n.tokens = tokensFor(n.hostId);
            if (!c.dcOrder.contains(n.dc)) {
                c.dcOrder.append(n.dc);
            }
        }
        const auto known = schemas.constFind(c.ns + u'/' + c.name);
        c.schema = known != schemas.cend() ? *known : SimSchema::initial(c.datacenterSizes(), c.dcOrder);
        for (SimNode &n : c.nodes) {
            qint64 load = 0;
            for (const SimKeyspace &k : std::as_const(c.schema.keyspaces)) {
                for (const SimTable &t : k.tables) {
                    const qint64 bytes = c.tableBytes(n, k, t);
                    n.tableLoad.insert(k.name + u'.' + t.name, bytes);
                    load += bytes;
                }
            }
            n.load = load;
        }
        out.append(std::move(c));
    }
    return out;
}

} // namespace Ringside::Sandbox::NodeSim
