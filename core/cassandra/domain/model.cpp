#include "cassandra/domain/model.h"

#include "coretr.h"

#include <QJsonArray>

namespace Ringside::Cassandra::Domain {

Project Project::fromNamespace(const QString &context, const QJsonObject &ns)
{
    const QJsonObject meta = ns.value(QLatin1String("metadata")).toObject();
    Project p;
    p.context = context;
    p.nameSpace = meta.value(QLatin1String("name")).toString();
    p.missionControl = meta.value(QLatin1String("labels")).toObject().value(QLatin1String("mission-control.datastax.com/is-project")).toString()
        == QLatin1String("true");
    p.displayName = meta.value(QLatin1String("annotations")).toObject().value(QLatin1String("mission-control.datastax.com/project-name")).toString();
    if (p.displayName.isEmpty()) {
        p.displayName = p.nameSpace;
    }
    return p;
}

QList<Condition> Condition::fromJson(const QJsonValue &conditions)
{
    QList<Condition> out;
    const QJsonArray array = conditions.toArray();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        Condition c;
        c.type = o.value(QLatin1String("type")).toString();
        c.status = o.value(QLatin1String("status")).toString();
        c.reason = o.value(QLatin1String("reason")).toString();
        c.message = o.value(QLatin1String("message")).toString();
        c.lastTransitionTime = o.value(QLatin1String("lastTransitionTime")).toString();
        if (!c.type.isEmpty()) {
            out.append(c);
        }
    }
    return out;
}

std::optional<Condition> findCondition(const QList<Condition> &conditions, const QString &type)
{
    for (const Condition &c : conditions) {
        if (c.type == type) {
            return c;
        }
    }
    return std::nullopt;
}

QString Node::statusCode() const
{
    QString state = QStringLiteral("N");
    if (nodeState == QLatin1String("Decommissioning")) {
        state = QStringLiteral("L");
    } else if (nodeState == QLatin1String("Starting") || nodeState == QLatin1String("Ready-to-Start")) {
        state = QStringLiteral("J");
    }
    return (isUp() ? QStringLiteral("U") : QStringLiteral("D")) + state;
}

bool Datacenter::isReady() const
{
    if (stopped || progress != QLatin1String("Ready") || !upToDate()) {
        return false;
    }
    const auto ready = findCondition(conditions, QStringLiteral("Ready"));
    if (ready && !ready->isTrue()) {
        return false;
    }
    return readyCount >= size;
}

QString Datacenter::phase() const
{
    if (!problem.isEmpty() && statusSource.isEmpty()) {
        return CoreTr::tr("Unknown");
    }
    if (stopped) {
        return readyCount == 0 ? CoreTr::tr("Stopped") : CoreTr::tr("Stopping");
    }
    if (isReady()) {
        return CoreTr::tr("Ready");
    }
    const auto isOn = [this](const char *type) {
        const auto c = findCondition(conditions, QLatin1String(type));
        return c && c->isTrue();
    };
    if (isOn("ScalingUp")) {
        return CoreTr::tr("Scaling up");
    }
    if (isOn("ScalingDown")) {
        return CoreTr::tr("Scaling down");
    }
    if (isOn("ReplacingNodes")) {
        return CoreTr::tr("Replacing nodes");
    }
    if (isOn("RollingRestart")) {
        return CoreTr::tr("Restarting");
    }
    if (isOn("Resuming")) {
        return CoreTr::tr("Resuming");
    }
    if (isOn("Updating") || progress == QLatin1String("Updating") || !upToDate()) {
        return CoreTr::tr("Updating");
    }
    if (statusSource.isEmpty()) {
        return CoreTr::tr("Pending");
    }
    return CoreTr::tr("Degraded");
}

const Node *Datacenter::node(const QString &pod) const
{
    for (const Node &n : nodes) {
        if (n.name == pod) {
            return &n;
        }
    }
    return nullptr;
}

QString Cluster::kindName() const
{
    switch (kind) {
    case ClusterKind::MissionControlCluster:
        return QStringLiteral("MissionControlCluster");
    case ClusterKind::K8ssandraCluster:
        return QStringLiteral("K8ssandraCluster");
    case ClusterKind::CassandraDatacenter:
        break;
    }
    return QStringLiteral("CassandraDatacenter");
}

QString serverTypeName(const QString &serverType)
{
    if (serverType == QLatin1String("dse")) {
        return QStringLiteral("DSE");
    }
    if (serverType == QLatin1String("hcd")) {
        return QStringLiteral("HCD");
    }
    return QStringLiteral("Cassandra");
}

QString Cluster::typeName() const
{
    return serverTypeName(serverType);
}

int Cluster::size() const
{
    int n = 0;
    for (const Datacenter &dc : datacenters) {
        n += dc.size;
    }
    return n;
}

int Cluster::readyCount() const
{
    int n = 0;
    for (const Datacenter &dc : datacenters) {
        n += dc.readyCount;
    }
    return n;
}

QString Cluster::phase() const
{
    if (datacenters.isEmpty()) {
        return CoreTr::tr("Pending");
    }
    bool allReady = true;
    bool allStopped = true;
    for (const Datacenter &dc : datacenters) {
        allReady = allReady && dc.isReady();
        allStopped = allStopped && dc.stopped;
    }
    if (allReady) {
        return CoreTr::tr("Ready");
    }
    if (allStopped) {
        return CoreTr::tr("Stopped");
    }
    for (const Datacenter &dc : datacenters) {
        if (!dc.isReady() && !dc.stopped) {
            return dc.phase();
        }
    }
    return CoreTr::tr("Degraded");
}

QString Cluster::health() const
{
    if (datacenters.isEmpty()) {
        return QStringLiteral("unknown");
    }
    int expected = 0;
    int up = 0;
    bool known = false;
    for (const Datacenter &dc : datacenters) {
        if (dc.stopped) {
            continue;
        }
        expected += dc.size;
        known = known || !dc.statusSource.isEmpty() || !dc.nodes.isEmpty();
        for (const Node &n : dc.nodes) {
            up += n.isUp() ? 1 : 0;
        }
    }
    if (!known) {
        return QStringLiteral("unknown");
    }
    if (expected > 0 && up == 0) {
        return QStringLiteral("down");
    }
    return up >= expected ? QStringLiteral("healthy") : QStringLiteral("degraded");
}

const Datacenter *Cluster::datacenter(const QString &nameOrDcName) const
{
    for (const Datacenter &dc : datacenters) {
        if (dc.name == nameOrDcName || dc.datacenterName == nameOrDcName) {
            return &dc;
        }
    }
    return nullptr;
}

QList<Node> Cluster::nodes() const
{
    QList<Node> out;
    for (const Datacenter &dc : datacenters) {
        out += dc.nodes;
    }
    return out;
}

} // namespace Ringside::Cassandra::Domain
