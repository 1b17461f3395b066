#include "clusterrows.h"

#include "clustertr.h"

#include "cassandra/ops/progress.h"

#include <QJsonArray>
#include <QLocale>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace Ringside::Cluster {

using namespace Cassandra;
using Domain::Cluster;
using Domain::Node;

namespace {
QJsonValue at(const QJsonObject &o, QStringView dotted)
{
    QJsonValue v = o;
    for (QStringView part : dotted.split(u'.')) {
        v = v.toObject().value(part);
    }
    return v;
}
QString str(const QJsonObject &o, QStringView dotted)
{
    const QJsonValue v = at(o, dotted);
    return v.isDouble() ? QString::number(v.toDouble()) : v.toString();
}
QString metaName(const QJsonObject &o)
{
    return str(o, u"metadata.name");
}
QString metaNs(const QJsonObject &o)
{
    return str(o, u"metadata.namespace");
}
TableRow makeRow(const QString &key, const QStringList &cells)
{
    TableRow r;
    r.key = key;
    r.cells = cells;
    r.toolTips.resize(cells.size());
    r.sortValues.resize(cells.size());
    return r;
}
/*! The CassandraDatacenter object names of \a cluster in its namespace. */
QSet<QString> dcNames(const Cluster &cluster)
{
    QSet<QString> names;
    for (const Domain::Datacenter &dc : cluster.datacenters) {
        names.insert(dc.name);
    }
    return names;
}
bool sameNamespace(const QJsonObject &o, const Cluster &cluster)
{
    return cluster.nameSpace.isEmpty() || metaNs(o) == cluster.nameSpace;
}
} // namespace

QString displayTime(const QString &timestamp)
{
    const QDateTime t = QDateTime::fromString(timestamp, Qt::ISODateWithMs);
    if (!t.isValid()) {
        return timestamp;
    }
    return t.toTimeZone(QTimeZone::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QVariant timeSortValue(const QString &timestamp)
{
    const QDateTime t = QDateTime::fromString(timestamp, Qt::ISODateWithMs);
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(qint64(0));
}

QStringList nodeHeaders()
{
    return {ClusterTr::tr("Datacenter"), ClusterTr::tr("Context"), ClusterTr::tr("Rack"), ClusterTr::tr("Node"), ClusterTr::tr("Status"),
            ClusterTr::tr("State"), ClusterTr::tr("Address"), ClusterTr::tr("Load"), ClusterTr::tr("Tokens"),
            ClusterTr::tr("Version"), ClusterTr::tr("Restarts"), ClusterTr::tr("Ready"), ClusterTr::tr("Host ID")};
}

namespace {
QString stateFromCode(QChar c)
{
    switch (c.unicode()) {
    case 'N':
        return nodeStateName(NodeState::Normal);
    case 'J':
        return nodeStateName(NodeState::Joining);
    case 'L':
        return nodeStateName(NodeState::Leaving);
    case 'M':
        return nodeStateName(NodeState::Moving);
    default:
        return nodeStateName(NodeState::Unknown);
    }
}
QString sourceName(const Node &n, const QString &field, const char *fallback)
{
    const QString s = n.source(field);
    return s.isEmpty() ? QLatin1String(fallback) : s;
}
} // namespace

QList<TableRow> nodeRows(const Cluster &cluster, const StatusReport *status, const QString &statusPod)
{
    QList<TableRow> rows;
    const QString nodetoolSource = ClusterTr::tr("nodetool status, run on %1").arg(statusPod);
    for (const Domain::Datacenter &dc : cluster.datacenters) {
        QList<Node> nodes = dc.nodes;
        std::sort(nodes.begin(), nodes.end(), [](const Node &a, const Node &b) {
            return a.rack != b.rack ? a.rack < b.rack : a.name < b.name;
        });
        for (const Node &n : nodes) {
            const StatusNode *seen = nullptr;
            if (status) {
                seen = n.ip.isEmpty() ? nullptr : status->findNode(n.ip);
                for (const StatusDatacenter &sdc : status->datacenters) {
                    for (const StatusNode &sn : sdc.nodes) {
                        if (!seen && !n.hostId.isEmpty() && sn.hostId == n.hostId) {
                            seen = &sn;
                        }
                    }
                }
            }
            const QString code = n.statusCode();
            const bool up = n.isUp();
            QString state = stateFromCode(code.at(1));
            QString stateTip = ClusterTr::tr("From the cass-operator label node-state (%1) on the pod").arg(n.nodeState.isEmpty() ? QStringLiteral("-") : n.nodeState);
            if (seen && seen->state != NodeState::Unknown) {
                state = nodeStateName(seen->state);
                stateTip = nodetoolSource;
            }
            QString statusTip = ClusterTr::tr("From the %1: phase %2, cassandra container %3")
                                    .arg(sourceName(n, QStringLiteral("up"), Domain::Source::PodStatus),
                                         n.podPhase.isEmpty() ? ClusterTr::tr("(no pod)") : n.podPhase,
                                         n.cassandraReady ? ClusterTr::tr("ready") : ClusterTr::tr("not ready"));
            if (seen && ((seen->status == NodeStatus::Up) != up)) {
                statusTip += u'\n' + ClusterTr::tr("%1 sees it %2").arg(nodetoolSource, nodeStatusName(seen->status));
            }
            const QString dcName = dc.displayName();
            const QString context = dc.context.isEmpty() ? dc.k8sContext : dc.context;
            TableRow r = makeRow(n.name,
                                 {datacenterLabel(dc, cluster), context, n.rack, n.name, up ? nodeStatusName(NodeStatus::Up) : nodeStatusName(NodeStatus::Down), state,
                                  n.ip, seen ? seen->load.text : QString(), seen && seen->tokens >= 0 ? QString::number(seen->tokens) : QString(),
                                  n.serverVersion, QString::number(n.restarts), n.ready ? ClusterTr::tr("yes") : ClusterTr::tr("no"),
                                  n.hostId});
            r.toolTips[NodeDc] = ClusterTr::tr("CassandraDatacenter %1 (Cassandra datacenter %2)").arg(dc.name, dcName);
            r.toolTips[NodeContext] = dc.context.isEmpty() ? dc.problem
                                      : dc.k8sContext.isEmpty() || dc.k8sContext == dc.context
                                          ? ClusterTr::tr("The kubeconfig context the pod was read from")
                                          : ClusterTr::tr("The kubeconfig context the pod was read from (the cluster's k8sContext %1)").arg(dc.k8sContext);
            r.toolTips[NodeRack] = ClusterTr::tr("From the %1").arg(sourceName(n, QStringLiteral("rack"), Domain::Source::PodLabels));
            r.toolTips[NodeName] = n.k8sNode.isEmpty() ? ClusterTr::tr("Pod %1").arg(n.name) : ClusterTr::tr("Pod %1 on Kubernetes node %2").arg(n.name, n.k8sNode);
            r.toolTips[NodeStatusCol] = statusTip;
            r.toolTips[NodeStateCol] = stateTip;
            r.toolTips[NodeAddress] = ClusterTr::tr("From the %1").arg(sourceName(n, QStringLiteral("ip"), Domain::Source::PodStatus));
            const QString noStatus = ClusterTr::tr("Known from nodetool status only (not run yet, or no node is up)");
            r.toolTips[NodeLoad] = seen ? nodetoolSource : noStatus;
            r.toolTips[NodeTokens] = seen ? nodetoolSource : noStatus;
            r.toolTips[NodeHostId] = n.hostId.isEmpty() ? ClusterTr::tr("Not known yet: Cassandra has not started on this node")
                                                        : ClusterTr::tr("From the %1").arg(sourceName(n, QStringLiteral("hostId"), Domain::Source::NodeStatuses));
            r.toolTips[NodeVersion] = ClusterTr::tr("From the pod label app.kubernetes.io/version");
            r.toolTips[NodeRestarts] = ClusterTr::tr("Restarts of the cassandra container, from the pod status");
            r.toolTips[NodeReady] = ClusterTr::tr("The pod's Ready condition, from the pod status");
            r.sortValues[NodeLoad] = seen ? QVariant(seen->load.bytes) : QVariant(qint64(-1));
            r.sortValues[NodeTokens] = seen ? QVariant(seen->tokens) : QVariant(-1);
            r.sortValues[NodeRestarts] = n.restarts;
            r.toneColumn = NodeStatusCol;
            r.tone = !up ? Tone::Bad : (state == nodeStateName(NodeState::Normal) ? Tone::Good : Tone::Busy);
            rows.append(r);
        }
    }
    return rows;
}

QStringList conditionHeaders()
{
    return {ClusterTr::tr("Object"), ClusterTr::tr("Condition"), ClusterTr::tr("Status"), ClusterTr::tr("Reason"),
            ClusterTr::tr("Message"), ClusterTr::tr("Since")};
}

QString datacenterLabel(const Domain::Datacenter &dc, const Cluster &cluster)
{
    const QString context = dc.context.isEmpty() ? dc.k8sContext : dc.context;
    return context.isEmpty() || context == cluster.context ? dc.displayName() : dc.displayName() + u" · " + context;
}

QList<TableRow> inContext(QList<TableRow> rows, const QString &context, int column)
{
    for (TableRow &r : rows) {
        r.key = context + u':' + r.key;
        if (column >= 0 && column < r.cells.size()) {
            r.cells[column] += u" · " + context;
            const QString tip = ClusterTr::tr("Read from context %1").arg(context);
            r.toolTips[column] = r.toolTips.at(column).isEmpty() ? tip : QString(r.toolTips.at(column) + u'\n' + tip);
        }
    }
    return rows;
}

QList<TableRow> newestFirst(QList<TableRow> rows, int timeColumn, int limit)
{
    std::stable_sort(rows.begin(), rows.end(), [timeColumn](const TableRow &a, const TableRow &b) {
        return a.sortValues.value(timeColumn).toLongLong() > b.sortValues.value(timeColumn).toLongLong();
    });
    if (rows.size() > limit) {
        rows.resize(limit);
    }
    return rows;
}

QList<TableRow> conditionRows(const Cluster &cluster)
{
    QList<TableRow> rows;
    const auto add = [&rows](const QString &scope, const QString &source, const QList<Domain::Condition> &conditions) {
        for (const Domain::Condition &c : conditions) {
            TableRow r = makeRow(scope + u'/' + c.type, {scope, c.type, c.status, c.reason, c.message, displayTime(c.lastTransitionTime)});
            r.toolTips[0] = source;
            r.toolTips[4] = c.message;
            r.sortValues[5] = timeSortValue(c.lastTransitionTime);
            r.toneColumn = 2;
            const bool negative = c.type == QLatin1String("ScalingUp") || c.type == QLatin1String("Updating")
                                  || c.type == QLatin1String("RollingRestart") || c.type == QLatin1String("ReplacingNodes")
                                  || c.type == QLatin1String("ScalingDown") || c.type == QLatin1String("Stopped")
                                  || c.type == QLatin1String("Resuming");
            if (c.status == QLatin1String("Unknown")) {
                r.tone = Tone::Warning;
            } else if (negative) {
                r.tone = c.isTrue() ? Tone::Busy : Tone::Neutral;
            } else {
                r.tone = c.isTrue() ? Tone::Good : Tone::Bad;
            }
            rows.append(r);
        }
    };
    add(cluster.kindName() + u'/' + cluster.name, ClusterTr::tr("%1 status.conditions").arg(cluster.kindName()), cluster.conditions);
    for (const Domain::Datacenter &dc : cluster.datacenters) {
        const QString context = dc.context.isEmpty() ? dc.k8sContext : dc.context;
        const QString where = context.isEmpty() || context == cluster.context ? QString() : QString(u" · " + context);
        add(QStringLiteral("CassandraDatacenter/") + dc.name + where, dc.statusSource.isEmpty() ? QLatin1String(Domain::Source::DcStatus) : dc.statusSource,
            dc.conditions);
    }
    return rows;
}

bool eventConcernsCluster(const QJsonObject &event, const Cluster &cluster)
{
    const QJsonObject involved = event.value(QLatin1String("involvedObject")).toObject();
    const QString ns = involved.value(QLatin1String("namespace")).toString(metaNs(event));
    if (!cluster.nameSpace.isEmpty() && ns != cluster.nameSpace) {
        return false;
    }
    const QString name = involved.value(QLatin1String("name")).toString();
    if (name == cluster.name || name == cluster.cassandraName) {
        return true;
    }
    for (const QString &prefix : {cluster.name, cluster.cassandraName}) {
        if (!prefix.isEmpty() && name.startsWith(prefix + u'-')) {
            return true;
        }
    }
    for (const Domain::Datacenter &dc : cluster.datacenters) {
        if (name == dc.name || name.startsWith(dc.name + u'-')) {
            return true;
        }
    }
    return false;
}

QStringList eventHeaders()
{
    return {ClusterTr::tr("Last seen"), ClusterTr::tr("Type"), ClusterTr::tr("Reason"), ClusterTr::tr("Object"),
            ClusterTr::tr("Message"), ClusterTr::tr("Count")};
}

QList<TableRow> eventRows(const QList<QJsonObject> &events, const Cluster &cluster, int limit)
{
    struct Item
    {
        qint64 when;
        QString time;
        const QJsonObject *event;
    };
    QList<Item> items;
    for (const QJsonObject &e : events) {
        if (!eventConcernsCluster(e, cluster)) {
            continue;
        }
        QString time = str(e, u"lastTimestamp");
        if (time.isEmpty()) {
            time = str(e, u"eventTime");
        }
        if (time.isEmpty()) {
            time = str(e, u"metadata.creationTimestamp");
        }
        items.append({timeSortValue(time).toLongLong(), time, &e});
    }
    std::sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        return a.when != b.when ? a.when > b.when : metaName(*a.event) > metaName(*b.event);
    });
    QList<TableRow> rows;
    for (const Item &item : items) {
        if (rows.size() >= limit) {
            break;
        }
        const QJsonObject &e = *item.event;
        const QJsonObject involved = e.value(QLatin1String("involvedObject")).toObject();
        const QString object = involved.value(QLatin1String("kind")).toString() + u'/' + involved.value(QLatin1String("name")).toString();
        const int count = std::max(1, e.value(QLatin1String("count")).toInt(1));
        const QString uid = str(e, u"metadata.uid");
        TableRow r = makeRow(uid.isEmpty() ? metaNs(e) + u'/' + metaName(e) : uid,
                             {displayTime(item.time), str(e, u"type"), str(e, u"reason"), object,
                              str(e, u"message").simplified(), QString::number(count)});
        r.toolTips[EventMessage] = str(e, u"message");
        QString from = str(e, u"source.component");
        if (from.isEmpty()) {
            from = str(e, u"reportingComponent");
        }
        r.toolTips[EventReason] = from.isEmpty() ? QString() : ClusterTr::tr("Reported by %1").arg(from);
        r.sortValues[EventTime] = item.when;
        r.sortValues[EventCount] = count;
        r.toneColumn = EventType;
        r.tone = str(e, u"type") == QLatin1String("Warning") ? Tone::Warning : Tone::Neutral;
        rows.append(r);
    }
    return rows;
}

QStringList controlPlaneHeaders()
{
    // Ready next to the name: it is what a glance at control-plane health looks for.
    return {ClusterTr::tr("Component"), ClusterTr::tr("Ready"), ClusterTr::tr("Deployment"), ClusterTr::tr("API"), ClusterTr::tr("Image")};
}

QList<TableRow> controlPlaneRows(const Domain::Installation &installation, const QList<QJsonObject> &deployments)
{
    struct Component
    {
        const char *key;
        QString api;
    };
    const QList<Component> components{{"cass-operator", installation.cassandraDatacenter},
                                      {"k8ssandra-operator", installation.k8ssandraCluster},
                                      {"mission-control", installation.missionControlCluster}};
    QList<TableRow> rows;
    for (const Component &c : components) {
        const QString key = QLatin1String(c.key);
        QList<const QJsonObject *> found;
        for (const QJsonObject &d : deployments) {
            const QJsonObject labels = d.value(QLatin1String("metadata")).toObject().value(QLatin1String("labels")).toObject();
            const QString managedBy = labels.value(QLatin1String("app.kubernetes.io/managed-by")).toString();
            // Workloads an operator creates (Reaper, Stargate...) carry its labels too: they are not the operator.
            if (managedBy == QLatin1String("k8ssandra-operator") || managedBy == QLatin1String("cass-operator")) {
                continue;
            }
            // Each Deployment is one component, the most specific its name or app label names: Mission Control
            // installs "mission-control-cass-operator" and "mission-control-k8ssandra-operator" next to its own.
            const QString text = metaName(d) + u' ' + labels.value(QLatin1String("app.kubernetes.io/name")).toString();
            QString component;
            for (const char *candidate : {"cass-operator", "k8ssandra-operator", "mission-control"}) {
                if (text.contains(QLatin1String(candidate))) {
                    component = QLatin1String(candidate);
                    break;
                }
            }
            if (component == key) {
                found.append(&d);
            }
        }
        const QString api = c.api.isEmpty() ? ClusterTr::tr("not served") : c.api;
        if (found.isEmpty()) {
            TableRow r = makeRow(key, {key, QString(), ClusterTr::tr("not visible"), api, QString()});
            r.toolTips[2] = ClusterTr::tr("No Deployment named like %1 in the namespaces you can list (it may run elsewhere, "
                                          "or the API is served by another control plane).").arg(key);
            r.toneColumn = 3;
            r.tone = c.api.isEmpty() ? Tone::Neutral : Tone::Good;
            rows.append(r);
            continue;
        }
        for (const QJsonObject *d : found) {
            const int want = at(*d, u"spec.replicas").toInt(1);
            const int ready = at(*d, u"status.readyReplicas").toInt(0);
            QString image;
            const QJsonArray containers = at(*d, u"spec.template.spec.containers").toArray();
            if (!containers.isEmpty()) {
                image = containers.first().toObject().value(QLatin1String("image")).toString();
            }
            TableRow r = makeRow(key + u'/' + metaNs(*d) + u'/' + metaName(*d),
                                 {key, QStringLiteral("%1/%2").arg(ready).arg(want), metaNs(*d) + u'/' + metaName(*d), api, image});
            r.toolTips[1] = ClusterTr::tr("Deployment status.readyReplicas / spec.replicas");
            r.toneColumn = 1;
            r.tone = ready >= want && want > 0 ? Tone::Good : Tone::Bad;
            rows.append(r);
        }
    }
    return rows;
}

QStringList backupHeaders()
{
    return {ClusterTr::tr("Backup"), ClusterTr::tr("Status"), ClusterTr::tr("Started"), ClusterTr::tr("Finished"),
            ClusterTr::tr("Nodes"), ClusterTr::tr("Files"), ClusterTr::tr("Size"), ClusterTr::tr("Type"), ClusterTr::tr("Datacenter")};
}

QList<TableRow> backupRows(const QList<QJsonObject> &backups, const QList<QJsonObject> &jobs, const Cluster &cluster)
{
    const QSet<QString> dcs = dcNames(cluster);
    QList<TableRow> rows;
    QSet<QString> seen;
    for (const QJsonObject &b : backups) {
        const QString dc = str(b, u"spec.cassandraDatacenter");
        if (!sameNamespace(b, cluster) || !dcs.contains(dc)) {
            continue;
        }
        const QString key = metaNs(b) + u'/' + metaName(b);
        seen.insert(key);
        const QString start = str(b, u"status.startTime");
        const QString finish = str(b, u"status.finishTime");
        const int total = at(b, u"status.totalNodes").toInt(-1);
        const int finished = at(b, u"status.finishedNodes").toInt(-1);
        const QString status = str(b, u"status.status");
        TableRow r = makeRow(key, {metaName(b), status.isEmpty() ? ClusterTr::tr("(unknown)") : status, displayTime(start), displayTime(finish),
                                   total < 0 ? QString() : QStringLiteral("%1/%2").arg(std::max(finished, 0)).arg(total),
                                   str(b, u"status.totalFiles"), str(b, u"status.totalSize"), str(b, u"spec.backupType"), dc});
        r.toolTips[BackupStatus] = ClusterTr::tr("MedusaBackup %1 status.status").arg(metaName(b));
        r.toolTips[BackupNodes] = ClusterTr::tr("status.finishedNodes / status.totalNodes");
        r.sortValues[BackupStart] = timeSortValue(start);
        r.sortValues[BackupFinish] = timeSortValue(finish);
        r.sortValues[BackupFiles] = at(b, u"status.totalFiles").toInteger(-1);
        r.toneColumn = BackupStatus;
        r.tone = status == QLatin1String("SUCCESS") ? Tone::Good : (status == QLatin1String("IN_PROGRESS") ? Tone::Busy : Tone::Bad);
        rows.append(r);
    }
    for (const QJsonObject &j : jobs) {
        const QString dc = str(j, u"spec.cassandraDatacenter");
        const QString key = metaNs(j) + u'/' + metaName(j);
        if (!sameNamespace(j, cluster) || !dcs.contains(dc) || seen.contains(key)) {
            continue;
        }
        const Ops::Progress p = Ops::backupJobProgress(j);
        const QString start = str(j, u"status.startTime");
        const QString finish = str(j, u"status.finishTime");
        TableRow r = makeRow(key, {metaName(j), p.stateName(), displayTime(start), displayTime(finish),
                                   QStringLiteral("%1/%2").arg(p.done).arg(p.total), QString(), QString(),
                                   str(j, u"spec.backupType"), dc});
        r.toolTips[BackupStatus] = ClusterTr::tr("MedusaBackupJob %1 (no MedusaBackup yet): %2").arg(metaName(j), p.toString());
        r.sortValues[BackupStart] = timeSortValue(start.isEmpty() ? str(j, u"metadata.creationTimestamp") : start);
        r.sortValues[BackupFinish] = timeSortValue(finish);
        r.toneColumn = BackupStatus;
        r.tone = p.state == Ops::Progress::State::Failed ? Tone::Bad : Tone::Busy;
        rows.append(r);
    }
    std::sort(rows.begin(), rows.end(), [](const TableRow &a, const TableRow &b) {
        const qint64 ta = a.sortValues.at(BackupStart).toLongLong();
        const qint64 tb = b.sortValues.at(BackupStart).toLongLong();
        return ta != tb ? ta > tb : a.key < b.key;
    });
    return rows;
}

QDateTime lastBackupTime(const QList<QJsonObject> &backups, const Cluster &cluster)
{
    const QSet<QString> dcs = dcNames(cluster);
    QDateTime newest;
    for (const QJsonObject &b : backups) {
        if (!sameNamespace(b, cluster) || !dcs.contains(str(b, u"spec.cassandraDatacenter"))
            || str(b, u"status.status") != QLatin1String("SUCCESS")) {
            continue;
        }
        const QDateTime t = QDateTime::fromString(str(b, u"status.finishTime"), Qt::ISODateWithMs);
        if (t.isValid() && (!newest.isValid() || t > newest)) {
            newest = t;
        }
    }
    return newest;
}

QStringList scheduleHeaders()
{
    return {ClusterTr::tr("Schedule"), ClusterTr::tr("Cron"), ClusterTr::tr("Next run"), ClusterTr::tr("Last run"),
            ClusterTr::tr("Type"), ClusterTr::tr("Concurrency"), ClusterTr::tr("Suspended"), ClusterTr::tr("Datacenter")};
}

QList<TableRow> scheduleRows(const QList<QJsonObject> &schedules, const Cluster &cluster)
{
    const QSet<QString> dcs = dcNames(cluster);
    QList<TableRow> rows;
    for (const QJsonObject &s : schedules) {
        const QString dc = str(s, u"spec.backupSpec.cassandraDatacenter");
        if (!sameNamespace(s, cluster) || !dcs.contains(dc)) {
            continue;
        }
        const bool disabled = at(s, u"spec.disabled").toBool(false);
        TableRow r = makeRow(metaNs(s) + u'/' + metaName(s),
                             {metaName(s), str(s, u"spec.cronSchedule"), displayTime(str(s, u"status.nextSchedule")),
                              displayTime(str(s, u"status.lastExecution")), str(s, u"spec.backupSpec.backupType"),
                              str(s, u"spec.concurrencyPolicy"), disabled ? ClusterTr::tr("yes") : ClusterTr::tr("no"), dc});
        r.toolTips[2] = ClusterTr::tr("MedusaBackupSchedule status.nextSchedule");
        r.toolTips[3] = ClusterTr::tr("MedusaBackupSchedule status.lastExecution");
        r.sortValues[2] = timeSortValue(str(s, u"status.nextSchedule"));
        r.sortValues[3] = timeSortValue(str(s, u"status.lastExecution"));
        rows.append(r);
    }
    return rows;
}

} // namespace Ringside::Cluster
