#include "cassandra/ops/taskops.h"

#include "cassandra/ops/validation.h"
#include "coretr.h"

#include <QJsonArray>

namespace Ringside::Cassandra::Ops {

using Domain::Cluster;
using Domain::ClusterKind;
using Domain::Datacenter;
using Domain::Installation;

namespace {

Operation base(const Cluster &c, OperationKind kind, const QString &dc)
{
    Operation op;
    op.kind = kind;
    op.target = Target{c.context, c.nameSpace, c.name, dc, {}};
    return op;
}

/*! The datacenters \a dcName selects (all when empty); an error in \a op when unknown or unreachable. */
QList<Datacenter> selectDatacenters(const Cluster &c, const QString &dcName, Operation *op)
{
    QList<Datacenter> out;
    for (const Datacenter &d : c.datacenters) {
        if (dcName.isEmpty() || d.name == dcName || d.datacenterName == dcName) {
            out << d;
        }
    }
    if (c.datacenters.isEmpty()) {
        op->errors << CoreTr::tr("cluster %1 has no datacenters yet").arg(c.name);
        return out;
    }
    if (out.isEmpty()) {
        QStringList names;
        for (const Datacenter &d : c.datacenters) {
            names << d.displayName();
        }
        op->errors << CoreTr::tr("cluster %1 has no datacenter \"%2\" (it has: %3)").arg(c.name, dcName, names.join(QLatin1String(", ")));
    }
    for (const Datacenter &d : std::as_const(out)) {
        if (d.context.isEmpty()) {
            op->errors << CoreTr::tr("datacenter %1 lives in a context that is not mapped: %2").arg(d.displayName(), d.problem);
        }
    }
    return out;
}

ObjectChange newObject(const QString &context, const QString &apiVersion, const QString &kind, const QString &ns,
                       const QString &name, const QJsonObject &spec)
{
    ObjectChange ch;
    ch.action = ObjectChange::Action::Create;
    ch.context = context;
    ch.apiVersion = apiVersion;
    ch.kind = kind;
    ch.nameSpace = ns;
    ch.name = name;
    ch.manifest = QJsonObject{{QStringLiteral("apiVersion"), apiVersion},
                              {QStringLiteral("kind"), kind},
                              {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("namespace"), ns}}},
                              {QStringLiteral("spec"), spec}};
    ch.after = spec;
    return ch;
}

QString nameFor(const QString &given, const QString &prefix, const QDateTime &now, Operation *op)
{
    const QString name = given.isEmpty() ? generatedName(prefix, now) : given;
    const QString e = checkDns1123Subdomain(name, CoreTr::tr("object name"));
    if (!e.isEmpty()) {
        op->errors << e;
    }
    return name;
}

bool requireMedusa(const Installation &inst, Operation *op)
{
    if (!inst.hasMedusa()) {
        op->errors << CoreTr::tr("Medusa is not installed in context %1 (no MedusaBackupJob API)").arg(inst.context);
        return false;
    }
    return true;
}

void warnMedusaNotConfigured(const Cluster &c, Operation *op)
{
    QJsonObject spec = c.object.value(QLatin1String("spec")).toObject();
    if (c.kind == ClusterKind::MissionControlCluster) {
        spec = spec.value(QLatin1String("k8ssandra")).toObject();
    }
    if (c.kind != ClusterKind::CassandraDatacenter && !spec.contains(QLatin1String("medusa"))) {
        op->warnings << CoreTr::tr("cluster %1 has no Medusa storage configured (spec.medusa): the backup will fail until a "
                                   "storage location is set up")
                            .arg(c.name);
    }
}

} // namespace

QString generatedName(const QString &prefix, const QDateTime &now)
{
    const QString stamp = now.toUTC().toString(QStringLiteral("yyyyMMddHHmmss"));
    QString p = prefix.toLower();
    const qsizetype maxPrefix = 63 - stamp.size() - 1;
    if (p.size() > maxPrefix) {
        p.truncate(maxPrefix);
    }
    while (p.endsWith(u'-')) {
        p.chop(1);
    }
    return p + u'-' + stamp;
}

QStringList taskCommands()
{
    return {QStringLiteral("restart"),         QStringLiteral("cleanup"), QStringLiteral("rebuild"), QStringLiteral("replacenode"),
            QStringLiteral("upgradesstables"), QStringLiteral("compact"), QStringLiteral("flush"),   QStringLiteral("scrub"),
            QStringLiteral("garbagecollect"),  QStringLiteral("refresh")};
}

Operation nodeTask(const Cluster &c, const TaskOptions &o, const Installation &inst, const QDateTime &now)
{
    Operation op = base(c, OperationKind::Task, o.datacenter);
    op.target.pod = o.pod;
    if (!taskCommands().contains(o.command)) {
        op.errors << CoreTr::tr("unknown task \"%1\": use one of %2").arg(o.command, taskCommands().join(QLatin1String(", ")));
        return op;
    }
    if (inst.cassandraTask.isEmpty()) {
        op.errors << CoreTr::tr("the CassandraTask API is not served in context %1").arg(inst.context);
        return op;
    }
    QJsonObject args;
    const bool perPod = o.command == QLatin1String("replacenode") || o.command == QLatin1String("compact");
    if (!o.pod.isEmpty() && !perPod) {
        op.errors << CoreTr::tr("task %1 runs on every node of a datacenter; only replacenode and compact take --pod").arg(o.command);
    }
    if (!o.pod.isEmpty()) {
        args.insert(QStringLiteral("pod_name"), o.pod);
    }
    if (!o.rack.isEmpty()) {
        args.insert(QStringLiteral("rack"), o.rack);
    }
    if (!o.keyspace.isEmpty()) {
        args.insert(QStringLiteral("keyspace_name"), o.keyspace);
    }
    if (!o.tables.isEmpty()) {
        args.insert(QStringLiteral("tables"), QJsonArray::fromStringList(o.tables));
    }
    QString dcName = o.datacenter;
    if (o.command == QLatin1String("replacenode")) {
        op.destructive = true;
        if (o.pod.isEmpty()) {
            op.errors << CoreTr::tr("replacenode needs the pod to replace (--pod)");
        } else {
            const Domain::Node *found = nullptr;
            for (const Datacenter &d : c.datacenters) {
                if (const Domain::Node *n = d.node(o.pod)) {
                    found = n;
                    dcName = d.name;
                }
            }
            if (!found) {
                op.errors << CoreTr::tr("cluster %1 has no node %2").arg(c.name, o.pod);
            }
        }
    }
    if (o.command == QLatin1String("rebuild")) {
        if (o.sourceDatacenter.isEmpty()) {
            op.errors << CoreTr::tr("rebuild needs the datacenter to stream from (--source DC)");
        } else if (!c.datacenter(o.sourceDatacenter)) {
            op.errors << CoreTr::tr("cluster %1 has no datacenter %2 to rebuild from").arg(c.name, o.sourceDatacenter);
        } else {
            args.insert(QStringLiteral("source_datacenter"), c.datacenter(o.sourceDatacenter)->displayName());
        }
        if (dcName.isEmpty()) {
            op.errors << CoreTr::tr("rebuild needs the datacenter to rebuild (--dc)");
        } else if (dcName == o.sourceDatacenter) {
            op.errors << CoreTr::tr("a datacenter cannot rebuild from itself");
        }
    }
    if (o.command == QLatin1String("scrub")) {
        op.warnings << CoreTr::tr("scrub rewrites every SSTable and snapshots first: it needs free disk space");
    }
    const QList<Datacenter> dcs = selectDatacenters(c, dcName, &op);
    const QString name = nameFor(o.name, c.name + u'-' + o.command, now, &op);
    const QJsonArray jobs{QJsonObject{{QStringLiteral("name"), o.command}, {QStringLiteral("command"), o.command}, {QStringLiteral("args"), args}}};
    const QString where = dcName.isEmpty() ? CoreTr::tr("every datacenter") : CoreTr::tr("datacenter %1").arg(dcName);
    op.summary = o.pod.isEmpty() ? CoreTr::tr("Run %1 on %2 of cluster %3").arg(o.command, where, c.name)
                                 : CoreTr::tr("Run %1 on node %2 of cluster %3").arg(o.command, o.pod, c.name);
    const bool clusterWide = dcName.isEmpty() && c.kind != ClusterKind::CassandraDatacenter && !inst.k8ssandraTask.isEmpty()
        && c.datacenters.size() > 1;
    if (clusterWide) {
        const QJsonObject spec{{QStringLiteral("cluster"), QJsonObject{{QStringLiteral("name"), c.name}, {QStringLiteral("namespace"), c.nameSpace}}},
                               {QStringLiteral("template"), QJsonObject{{QStringLiteral("jobs"), jobs}}}};
        op.changes << newObject(c.context, inst.k8ssandraTask, QStringLiteral("K8ssandraTask"), c.nameSpace, name, spec);
        return op;
    }
    for (const Datacenter &d : dcs) {
        const QJsonObject spec{{QStringLiteral("datacenter"), QJsonObject{{QStringLiteral("name"), d.name}, {QStringLiteral("namespace"), d.nameSpace}}},
                               {QStringLiteral("jobs"), jobs}};
        const QString taskName = dcs.size() > 1 ? name + u'-' + d.name : name;
        op.changes << newObject(d.context, inst.cassandraTask, QStringLiteral("CassandraTask"), d.nameSpace, taskName, spec);
    }
    return op;
}

Operation backupNow(const Cluster &c, const QString &dc, const QString &type, const QString &name, const Installation &inst,
                    const QDateTime &now)
{
    Operation op = base(c, OperationKind::Backup, dc);
    if (!requireMedusa(inst, &op)) {
        return op;
    }
    if (type != QLatin1String("full") && type != QLatin1String("differential")) {
        op.errors << CoreTr::tr("backup type \"%1\" is not full or differential").arg(type);
    }
    warnMedusaNotConfigured(c, &op);
    const QList<Datacenter> dcs = selectDatacenters(c, dc, &op);
    const QString base = nameFor(name, c.name + QLatin1String("-backup"), now, &op);
    for (const Datacenter &d : dcs) {
        const QString jobName = dcs.size() > 1 ? base + u'-' + d.name : base;
        op.changes << newObject(d.context, inst.medusaBackupJob, QStringLiteral("MedusaBackupJob"), d.nameSpace, jobName,
                                QJsonObject{{QStringLiteral("cassandraDatacenter"), d.name}, {QStringLiteral("backupType"), type}});
    }
    op.summary = CoreTr::tr("Back up cluster %1 now (%2, %n datacenter(s))", nullptr, int(dcs.size())).arg(c.name, type);
    return op;
}

Operation backupSchedule(const Cluster &c, const QString &dc, const QString &cron, const QString &type, const QString &name,
                         const Installation &inst, const QDateTime &now)
{
    Operation op = base(c, OperationKind::BackupSchedule, dc);
    if (!requireMedusa(inst, &op)) {
        return op;
    }
    if (inst.medusaBackupSchedule.isEmpty()) {
        op.errors << CoreTr::tr("the MedusaBackupSchedule API is not served in context %1").arg(inst.context);
        return op;
    }
    QString e;
    const auto schedule = CronSchedule::parse(cron, &e);
    if (!schedule) {
        op.errors << e;
    }
    if (type != QLatin1String("full") && type != QLatin1String("differential")) {
        op.errors << CoreTr::tr("backup type \"%1\" is not full or differential").arg(type);
    }
    warnMedusaNotConfigured(c, &op);
    const QList<Datacenter> dcs = selectDatacenters(c, dc, &op);
    const QString baseName = name.isEmpty() ? c.name + QLatin1String("-backups") : name;
    for (const Datacenter &d : dcs) {
        const QString schedName = dcs.size() > 1 ? baseName + u'-' + d.name : baseName;
        const QString ne = checkDns1123Subdomain(schedName, CoreTr::tr("schedule name"));
        if (!ne.isEmpty()) {
            op.errors << ne;
        }
        op.changes << newObject(d.context, inst.medusaBackupSchedule, QStringLiteral("MedusaBackupSchedule"), d.nameSpace, schedName,
                                QJsonObject{{QStringLiteral("cronSchedule"), cron},
                                            {QStringLiteral("backupSpec"), QJsonObject{{QStringLiteral("cassandraDatacenter"), d.name},
                                                                                       {QStringLiteral("backupType"), type}}}});
    }
    const QDateTime next = schedule ? schedule->next(now) : QDateTime();
    op.summary = CoreTr::tr("Schedule %1 backups of cluster %2 at \"%3\" (next run %4)")
                     .arg(type, c.name, cron, next.isValid() ? next.toString(Qt::ISODate) : CoreTr::tr("never"));
    return op;
}

Operation restoreBackup(const Cluster &c, const QString &dc, const QString &backup, const Installation &inst, const QDateTime &now)
{
    Operation op = base(c, OperationKind::Restore, dc);
    op.destructive = true;
    if (!requireMedusa(inst, &op)) {
        return op;
    }
    if (backup.isEmpty()) {
        op.errors << CoreTr::tr("name the backup to restore (see: ringsidectl backup list %1)").arg(c.name);
    }
    if (dc.isEmpty() && c.datacenters.size() > 1) {
        op.errors << CoreTr::tr("cluster %1 has several datacenters: choose the one to restore (--dc)").arg(c.name);
    }
    const QList<Datacenter> dcs = selectDatacenters(c, dc, &op);
    for (const Datacenter &d : dcs) {
        op.changes << newObject(d.context, inst.medusaRestoreJob, QStringLiteral("MedusaRestoreJob"), d.nameSpace,
                                nameFor({}, c.name + QLatin1String("-restore"), now, &op),
                                QJsonObject{{QStringLiteral("backup"), backup}, {QStringLiteral("cassandraDatacenter"), d.name}});
    }
    op.summary = CoreTr::tr("Restore backup %1 into cluster %2 in place: the datacenter stops, every node is restored, then it starts again")
                     .arg(backup, c.name);
    return op;
}

Operation purgeBackups(const Cluster &c, const QString &dc, const Installation &inst, const QDateTime &now)
{
    Operation op = base(c, OperationKind::BackupPurge, dc);
    op.destructive = true;
    if (!requireMedusa(inst, &op)) {
        return op;
    }
    if (inst.medusaTask.isEmpty()) {
        op.errors << CoreTr::tr("the MedusaTask API is not served in context %1").arg(inst.context);
        return op;
    }
    const QList<Datacenter> dcs = selectDatacenters(c, dc, &op);
    for (const Datacenter &d : dcs) {
        op.changes << newObject(d.context, inst.medusaTask, QStringLiteral("MedusaTask"), d.nameSpace,
                                nameFor({}, c.name + u'-' + d.name + QLatin1String("-purge"), now, &op),
                                QJsonObject{{QStringLiteral("operation"), QStringLiteral("purge")}, {QStringLiteral("cassandraDatacenter"), d.name}});
    }
    op.summary = CoreTr::tr("Delete the backups of cluster %1 that are past the retention (maxBackupAge / maxBackupCount)").arg(c.name);
    return op;
}

} // namespace Ringside::Cassandra::Ops
