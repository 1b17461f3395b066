#include "models/ops/operationplan.h"

#include "cassandra/ops/clusterops.h"

#include <QJsonArray>

namespace Ringside::Operations {

using namespace Cassandra;

namespace {

OperationPlan rollout(const Domain::Cluster &cluster, Ops::Operation op, const QString &version = {}, std::optional<int> size = std::nullopt,
                      std::optional<bool> stopped = std::nullopt)
{
    OperationPlan p;
    p.follow.mode = FollowPlan::Mode::Rollout;
    p.follow.cluster = cluster.name;
    p.follow.goal = Ops::rolloutGoal(cluster, op, version, size, stopped);
    p.operation = std::move(op);
    return p;
}

OperationPlan objects(Ops::Operation op, const Domain::Installation &installation = {})
{
    OperationPlan p;
    p.follow.mode = FollowPlan::Mode::Objects;
    p.follow.medusaBackupApiVersion = installation.medusaBackup;
    p.operation = std::move(op);
    return p;
}

} // namespace

namespace Plans {

OperationPlan upgrade(const Domain::Cluster &cluster, const QString &version)
{
    return rollout(cluster, Ops::upgradeCluster(cluster, version), version);
}

OperationPlan changeConfig(const Domain::Cluster &cluster, const QStringList &settings)
{
    return rollout(cluster, Ops::changeConfig(cluster, settings));
}

OperationPlan scale(const Domain::Cluster &cluster, const QString &dc, int size)
{
    return rollout(cluster, Ops::scaleDatacenter(cluster, dc, size), {}, size);
}

OperationPlan addDatacenter(const Domain::Cluster &cluster, const Ops::DatacenterSpec &dc)
{
    OperationPlan p;
    p.operation = Ops::addDatacenter(cluster, dc);
    // The object name of the new datacenter, as the operation writes it (it may be prefixed with the cluster name).
    QString objectName = dc.name;
    const QJsonObject after = p.operation.changes.value(0).after;
    QJsonArray all = after.value(QLatin1String("cassandra")).toObject().value(QLatin1String("datacenters")).toArray();
    if (all.isEmpty()) {
        all = after.value(QLatin1String("k8ssandra")).toObject().value(QLatin1String("cassandra")).toObject().value(QLatin1String("datacenters")).toArray();
    }
    if (!all.isEmpty()) {
        const QString n = all.last().toObject().value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
        if (!n.isEmpty()) {
            objectName = n;
        }
    }
    p.follow.mode = FollowPlan::Mode::Rollout;
    p.follow.cluster = cluster.name;
    p.follow.goal.datacenters.insert(objectName, Ops::RolloutGoal::Dc{0, dc.size, std::nullopt, {}, false});
    return p;
}

OperationPlan removeDatacenter(const Domain::Cluster &cluster, const QString &dc)
{
    return rollout(cluster, Ops::removeDatacenter(cluster, dc, std::nullopt));
}

OperationPlan stopDatacenter(const Domain::Cluster &cluster, const QString &dc, bool stop)
{
    return rollout(cluster, Ops::stopDatacenter(cluster, dc, stop), {}, std::nullopt, stop);
}

OperationPlan nodeTask(const Domain::Cluster &cluster, const Ops::TaskOptions &options, const Domain::Installation &installation,
                       const QDateTime &now)
{
    return objects(Ops::nodeTask(cluster, options, installation, now), installation);
}

OperationPlan backupNow(const Domain::Cluster &cluster, const QString &dc, const QString &type, const QString &name,
                        const Domain::Installation &installation, const QDateTime &now)
{
    return objects(Ops::backupNow(cluster, dc, type, name, installation, now), installation);
}

OperationPlan backupSchedule(const Domain::Cluster &cluster, const QString &dc, const QString &cron, const QString &type, const QString &name,
                             const Domain::Installation &installation, const QDateTime &now)
{
    OperationPlan p;
    p.operation = Ops::backupSchedule(cluster, dc, cron, type, name, installation, now);
    return p;
}

OperationPlan restoreBackup(const Domain::Cluster &cluster, const QString &dc, const QString &backup, const Domain::Installation &installation,
                            const QDateTime &now)
{
    return objects(Ops::restoreBackup(cluster, dc, backup, installation, now), installation);
}

OperationPlan purgeBackups(const Domain::Cluster &cluster, const QString &dc, const Domain::Installation &installation, const QDateTime &now)
{
    return objects(Ops::purgeBackups(cluster, dc, installation, now), installation);
}

} // namespace Plans

} // namespace Ringside::Operations
