#include "cassandra/domain/detection.h"

#include "coretr.h"

namespace Ringside::Cassandra::Domain {

namespace {

/*! The apiVersion of \a kind in the first of \a groups that serves it, preferring the group's preferred version. */
QString servedVersion(const QList<ApiResource> &resources, const QString &kind, std::initializer_list<const char *> groups)
{
    for (const char *group : groups) {
        const QLatin1String g(group);
        QString fallback;
        for (const ApiResource &r : resources) {
            if (r.kind != kind || r.group != g || r.resource.contains(u'/')) {
                continue;
            }
            if (r.preferredVersion) {
                return r.groupVersion();
            }
            if (fallback.isEmpty()) {
                fallback = r.groupVersion();
            }
        }
        if (!fallback.isEmpty()) {
            return fallback;
        }
    }
    return {};
}

} // namespace

Flavor Installation::flavor() const
{
    if (hasMissionControl()) {
        return Flavor::MissionControl;
    }
    if (hasK8ssandra()) {
        return Flavor::K8ssandra;
    }
    if (hasCassOperator()) {
        return Flavor::CassOperator;
    }
    return Flavor::None;
}

QString Installation::clusterKind() const
{
    if (hasMissionControl()) {
        return QStringLiteral("MissionControlCluster");
    }
    if (hasK8ssandra()) {
        return QStringLiteral("K8ssandraCluster");
    }
    return {};
}

QString Installation::clusterApiVersion() const
{
    return hasMissionControl() ? missionControlCluster : k8ssandraCluster;
}

QStringList Installation::missing() const
{
    QStringList out;
    if (!hasCassOperator()) {
        out << CoreTr::tr("cass-operator is not installed (no CassandraDatacenter API): there are no Cassandra "
                          "datacenters to show or manage in this context.");
    }
    if (!hasK8ssandra() && !hasMissionControl()) {
        out << CoreTr::tr("Neither Mission Control nor k8ssandra-operator is installed (no MissionControlCluster or "
                          "K8ssandraCluster API): clusters cannot be created here, only existing datacenters managed.");
    }
    if (hasCassOperator() && cassandraTask.isEmpty()) {
        out << CoreTr::tr("The CassandraTask API is not served: restart, cleanup, rebuild and other node tasks are not "
                          "available.");
    }
    if (!hasMedusa()) {
        out << CoreTr::tr("Medusa is not installed (no MedusaBackupJob API): backups and restores are not available.");
    }
    if (!hasReaper()) {
        out << CoreTr::tr("Reaper is not installed (no Reaper API): repairs are not available.");
    }
    return out;
}

QString Installation::summary() const
{
    QStringList parts;
    if (hasMissionControl()) {
        parts << CoreTr::tr("Mission Control (%1)").arg(missionControlCluster);
    }
    if (hasK8ssandra()) {
        parts << CoreTr::tr("k8ssandra-operator (%1)").arg(k8ssandraCluster);
    }
    if (hasCassOperator()) {
        parts << CoreTr::tr("cass-operator (%1)").arg(cassandraDatacenter);
    }
    if (hasMedusa()) {
        parts << CoreTr::tr("Medusa (%1)").arg(medusaBackupJob);
    }
    if (hasReaper()) {
        parts << CoreTr::tr("Reaper (%1)").arg(reaper);
    }
    if (parts.isEmpty()) {
        return CoreTr::tr("no Cassandra operator");
    }
    return parts.join(QLatin1String(", "));
}

Installation Installation::detect(const QString &context, const QList<ApiResource> &resources)
{
    Installation i;
    i.context = context;
    i.discovered = true;
    i.missionControlCluster = servedVersion(resources, QStringLiteral("MissionControlCluster"), {"missioncontrol.datastax.com"});
    i.k8ssandraCluster = servedVersion(resources, QStringLiteral("K8ssandraCluster"), {"k8ssandra.io"});
    i.cassandraDatacenter = servedVersion(resources, QStringLiteral("CassandraDatacenter"), {"cassandra.datastax.com"});
    i.cassandraTask = servedVersion(resources, QStringLiteral("CassandraTask"), {"control.k8ssandra.io"});
    i.k8ssandraTask = servedVersion(resources, QStringLiteral("K8ssandraTask"), {"control.k8ssandra.io"});
    i.scheduledTask = servedVersion(resources, QStringLiteral("ScheduledTask"), {"control.k8ssandra.io"});
    i.clientConfig = servedVersion(resources, QStringLiteral("ClientConfig"), {"config.k8ssandra.io"});
    const auto medusa = {"medusa.k8ssandra.io", "medusa.missioncontrol.datastax.com"};
    i.medusaBackupJob = servedVersion(resources, QStringLiteral("MedusaBackupJob"), medusa);
    i.medusaBackup = servedVersion(resources, QStringLiteral("MedusaBackup"), medusa);
    i.medusaBackupSchedule = servedVersion(resources, QStringLiteral("MedusaBackupSchedule"), medusa);
    i.medusaRestoreJob = servedVersion(resources, QStringLiteral("MedusaRestoreJob"), medusa);
    i.medusaTask = servedVersion(resources, QStringLiteral("MedusaTask"), medusa);
    i.reaper = servedVersion(resources, QStringLiteral("Reaper"), {"reaper.k8ssandra.io"});
    return i;
}

QString flavorName(Flavor flavor)
{
    switch (flavor) {
    case Flavor::MissionControl:
        return CoreTr::tr("Mission Control");
    case Flavor::K8ssandra:
        return CoreTr::tr("k8ssandra-operator");
    case Flavor::CassOperator:
        return CoreTr::tr("cass-operator");
    case Flavor::None:
        break;
    }
    return CoreTr::tr("none");
}

} // namespace Ringside::Cassandra::Domain
