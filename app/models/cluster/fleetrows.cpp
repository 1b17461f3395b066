// Row builders of the Operations and Schema tabs and of the fleet page (see clusterrows.h).
#include "clusterrows.h"

#include "clustertr.h"

#include "cassandra/ops/progress.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace Ringside::Cluster {

using namespace Cassandra;
using Domain::Cluster;

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
    return at(o, dotted).toString();
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
Tone progressTone(const Ops::Progress &p)
{
    switch (p.state) {
    case Ops::Progress::State::Succeeded:
        return Tone::Good;
    case Ops::Progress::State::Failed:
        return Tone::Bad;
    case Ops::Progress::State::Running:
        return Tone::Busy;
    case Ops::Progress::State::Pending:
        break;
    }
    return Tone::Neutral;
}
} // namespace

QStringList taskHeaders()
{
    return {ClusterTr::tr("Task"), ClusterTr::tr("Kind"), ClusterTr::tr("Command"), ClusterTr::tr("State"), ClusterTr::tr("Progress"),
            ClusterTr::tr("Started"), ClusterTr::tr("Finished"), ClusterTr::tr("Message")};
}

QList<TableRow> taskRows(const QList<QJsonObject> &cassandraTasks, const QList<QJsonObject> &k8ssandraTasks, const Cluster &cluster)
{
    QSet<QString> dcs;
    for (const Domain::Datacenter &dc : cluster.datacenters) {
        dcs.insert(dc.name);
    }
    QList<TableRow> rows;
    const auto add = [&rows](const QJsonObject &t, const QString &kind) {
        QStringList commands;
        for (const QJsonValue &job : at(t, u"spec.template.jobs").toArray()) {
            commands << job.toObject().value(QLatin1String("command")).toString();
        }
        for (const QJsonValue &job : at(t, u"spec.jobs").toArray()) {
            commands << job.toObject().value(QLatin1String("command")).toString();
        }
        const Ops::Progress p = Ops::taskProgress(t);
        const QString start = str(t, u"status.startTime");
        const QString finish = str(t, u"status.completionTime");
        const QString created = str(t, u"metadata.creationTimestamp");
        TableRow r = makeRow(kind + u'/' + str(t, u"metadata.namespace") + u'/' + str(t, u"metadata.name"),
                             {str(t, u"metadata.name"), kind, commands.join(QLatin1String(", ")), p.stateName(),
                              p.total > 0 ? QStringLiteral("%1/%2").arg(p.done).arg(p.total) : QString(), displayTime(start),
                              displayTime(finish), p.message});
        QStringList perNode;
        for (const Ops::NodeProgress &n : p.nodes) {
            perNode << QStringLiteral("%1: %2%3").arg(n.node, n.state, n.message.isEmpty() ? QString() : QString(QLatin1String(" — ") + n.message));
        }
        r.toolTips[TaskProgressCol] = perNode.join(u'\n');
        r.toolTips[TaskState] = p.toString();
        r.sortValues[TaskStart] = timeSortValue(start.isEmpty() ? created : start);
        r.sortValues[TaskFinish] = timeSortValue(finish);
        r.toneColumn = TaskState;
        r.tone = progressTone(p);
        rows.append(r);
    };
    for (const QJsonObject &t : cassandraTasks) {
        if ((cluster.nameSpace.isEmpty() || str(t, u"metadata.namespace") == cluster.nameSpace) && dcs.contains(str(t, u"spec.datacenter.name"))) {
            add(t, QStringLiteral("CassandraTask"));
        }
    }
    for (const QJsonObject &t : k8ssandraTasks) {
        const QString target = str(t, u"spec.cluster.name");
        if ((cluster.nameSpace.isEmpty() || str(t, u"metadata.namespace") == cluster.nameSpace) && target == cluster.name) {
            add(t, QStringLiteral("K8ssandraTask"));
        }
    }
    std::sort(rows.begin(), rows.end(), [](const TableRow &a, const TableRow &b) {
        const qint64 ta = a.sortValues.at(TaskStart).toLongLong();
        const qint64 tb = b.sortValues.at(TaskStart).toLongLong();
        return ta != tb ? ta > tb : a.key < b.key;
    });
    return rows;
}

QStringList historyHeaders()
{
    return {ClusterTr::tr("When"), ClusterTr::tr("User"), ClusterTr::tr("Operation"), ClusterTr::tr("Target"), ClusterTr::tr("Result"),
            ClusterTr::tr("Summary"), ClusterTr::tr("Message")};
}

QList<TableRow> historyRows(const QList<Ops::HistoryEntry> &entries, const Cluster &cluster)
{
    QSet<QString> contexts{cluster.context};
    for (const Domain::Datacenter &dc : cluster.datacenters) {
        if (!dc.context.isEmpty()) {
            contexts.insert(dc.context);
        }
    }
    QList<TableRow> rows;
    for (qsizetype i = entries.size() - 1; i >= 0; --i) {
        const Ops::HistoryEntry &e = entries.at(i);
        if (!contexts.contains(e.context)) {
            continue;
        }
        const QStringList parts = e.target.split(QRegularExpression(QStringLiteral("[/ ]")), Qt::SkipEmptyParts);
        if (!parts.contains(cluster.name) && e.target != cluster.name) {
            continue;
        }
        const QString when = e.when.toTimeZone(QTimeZone::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        TableRow r = makeRow(QStringLiteral("%1/%2").arg(e.when.toMSecsSinceEpoch()).arg(i),
                             {when, e.user, e.operation, e.target, e.result, e.summary, e.message});
        r.toolTips[5] = e.summary;
        r.toolTips[6] = e.message;
        r.sortValues[0] = e.when.toMSecsSinceEpoch();
        r.toneColumn = 4;
        r.tone = e.result == QLatin1String("succeeded") ? Tone::Good
                 : (e.result == QLatin1String("failed") || e.result == QLatin1String("refused")) ? Tone::Bad
                                                                                                  : Tone::Neutral;
        rows.append(r);
    }
    return rows;
}

QStringList keyspaceHeaders(const QStringList &datacenters)
{
    QStringList h{ClusterTr::tr("Keyspace"), ClusterTr::tr("Strategy")};
    for (const QString &dc : datacenters) {
        h << ClusterTr::tr("RF %1").arg(dc);
    }
    h << ClusterTr::tr("Replication") << ClusterTr::tr("Tables");
    return h;
}

QList<TableRow> keyspaceRows(const QList<QPair<QString, ReplicationSettings>> &keyspaces, const QHash<QString, int> &tableCounts,
                             const QStringList &datacenters)
{
    QList<TableRow> rows;
    for (const auto &[name, replication] : keyspaces) {
        QStringList cells{name, replication.shortClassName()};
        QVariantList sort{QVariant(), QVariant()};
        for (const QString &dc : datacenters) {
            if (replication.isLocalOrEverywhere()) {
                cells << QStringLiteral("—");
                sort << QVariant(-1);
            } else {
                const int rf = replication.replicationFactor(dc);
                cells << QString::number(rf);
                sort << QVariant(rf);
            }
        }
        cells << replication.toCql();
        sort << QVariant();
        const int tables = tableCounts.value(name, 0);
        cells << QString::number(tables);
        sort << QVariant(tables);
        TableRow r = makeRow(name, cells);
        r.sortValues = sort;
        r.toolTips[cells.size() - 2] = replication.toCql() + u'\n' + ClusterTr::tr("system_schema.keyspaces replication, read with cqlsh");
        // A keyspace that does not replicate to a datacenter of the cluster is worth a look.
        bool missing = false;
        if (replication.isNetworkTopology()) {
            for (const QString &dc : datacenters) {
                missing = missing || replication.replicationFactor(dc) == 0;
            }
        }
        r.toneColumn = missing ? 1 : -1;
        r.tone = missing ? Tone::Warning : Tone::Neutral;
        if (missing) {
            r.toolTips[1] = ClusterTr::tr("Does not replicate to every datacenter of the cluster");
        }
        rows.append(r);
    }
    return rows;
}

QStringList tableHeaders()
{
    return {ClusterTr::tr("Keyspace"), ClusterTr::tr("Table")};
}

QList<TableRow> tableRows(const CqlResultSet &tables)
{
    QList<TableRow> rows;
    QSet<QString> keys;
    for (qsizetype i = 0; i < tables.rows.size(); ++i) {
        const QString ks = tables.value(i, QStringLiteral("keyspace_name"));
        const QString table = tables.value(i, QStringLiteral("table_name"));
        const QString key = ks + u'.' + table;
        if (ks.isEmpty() || keys.contains(key)) {
            continue;
        }
        keys.insert(key);
        rows.append(makeRow(key, {ks, table}));
    }
    return rows;
}

QStringList statusAlerts(const Cluster &cluster)
{
    QStringList alerts;
    if (!cluster.error.isEmpty()) {
        alerts << ClusterTr::tr("The operator reports: %1").arg(cluster.error);
    }
    for (const Domain::Datacenter &dc : cluster.datacenters) {
        if (!dc.problem.isEmpty()) {
            alerts << dc.problem;
        }
        for (const Domain::Node &n : dc.nodes) {
            if (!n.isUp()) {
                alerts << ClusterTr::tr("Node %1 is down").arg(n.name);
            }
        }
        if (!dc.stopped && dc.objectFound && dc.nodes.size() < dc.size) {
            alerts << ClusterTr::tr("%1 has %2 of %3 nodes").arg(dc.displayName()).arg(dc.nodes.size()).arg(dc.size);
        }
        const auto ready = Domain::findCondition(dc.conditions, QStringLiteral("Ready"));
        if (ready && !ready->isTrue() && !dc.stopped) {
            alerts << ClusterTr::tr("%1 is not Ready: %2").arg(dc.displayName(), ready->message.isEmpty() ? ready->reason : ready->message);
        }
    }
    return alerts;
}

QStringList fleetHeaders()
{
    return {ClusterTr::tr("Context"), ClusterTr::tr("Project"), ClusterTr::tr("Cluster"), ClusterTr::tr("Type"), ClusterTr::tr("Version"),
            ClusterTr::tr("Health"), ClusterTr::tr("Nodes up"), ClusterTr::tr("Alerts"), ClusterTr::tr("Last backup"),
            ClusterTr::tr("Last repair")};
}

QString fleetKey(const QString &context, const QString &ns, const QString &name)
{
    return context + u'/' + ns + u'/' + name;
}

QList<TableRow> fleetRows(const QList<Cluster> &clusters, const QHash<QString, QDateTime> &lastBackups, const QHash<QString, QString> &lastRepairs)
{
    QList<TableRow> rows;
    for (const Cluster &c : clusters) {
        const QString key = fleetKey(c.context, c.nameSpace, c.name);
        int up = 0;
        const QList<Domain::Node> nodes = c.nodes();
        for (const Domain::Node &n : nodes) {
            up += n.isUp() ? 1 : 0;
        }
        const QStringList alerts = statusAlerts(c);
        const QDateTime backup = lastBackups.value(key);
        const QString health = c.health();
        TableRow r = makeRow(key, {c.context, c.nameSpace, c.name, c.typeName(), c.serverVersion, health,
                                   QStringLiteral("%1/%2").arg(up).arg(std::max(c.size(), int(nodes.size()))),
                                   QString::number(alerts.size()),
                                   backup.isValid() ? backup.toTimeZone(QTimeZone::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : ClusterTr::tr("never"),
                                   lastRepairs.value(key, ClusterTr::tr("n/a"))});
        r.toolTips[FleetCluster] = ClusterTr::tr("%1 %2 (Cassandra cluster %3): %4").arg(c.kindName(), c.name, c.cassandraName, c.phase());
        r.toolTips[FleetHealth] = ClusterTr::tr("Phase: %1").arg(c.phase());
        r.toolTips[FleetNodes] = ClusterTr::tr("Nodes whose pod runs with a ready cassandra container / desired nodes");
        r.toolTips[FleetAlerts] = alerts.isEmpty() ? ClusterTr::tr("No alert from the cluster's status") : alerts.join(u'\n');
        r.toolTips[FleetLastBackup] = ClusterTr::tr("Finish time of the newest successful MedusaBackup");
        r.toolTips[FleetLastRepair] = lastRepairs.contains(key) ? ClusterTr::tr("End of the newest finished Reaper repair run (else the newest run's state)")
                                                                : ClusterTr::tr("Asking the cluster's Reaper…");
        r.sortValues[FleetNodes] = up;
        r.sortValues[FleetAlerts] = int(alerts.size());
        r.sortValues[FleetLastBackup] = backup.isValid() ? backup.toMSecsSinceEpoch() : qint64(0);
        r.toneColumn = FleetHealth;
        r.tone = health == QLatin1String("healthy") ? Tone::Good : health == QLatin1String("degraded") ? Tone::Warning
                                                               : health == QLatin1String("down")       ? Tone::Bad
                                                                                                       : Tone::Neutral;
        rows.append(r);
    }
    std::sort(rows.begin(), rows.end(), [](const TableRow &a, const TableRow &b) { return a.key < b.key; });
    return rows;
}

} // namespace Ringside::Cluster
