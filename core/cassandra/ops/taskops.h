#pragma once

// New objects: node tasks (CassandraTask per datacenter, or one K8ssandraTask for the cluster) and Medusa backups,
// schedules, restores and purges.

#include "cassandra/domain/detection.h"
#include "cassandra/domain/model.h"
#include "cassandra/ops/operation.h"

#include <QDateTime>
#include <QJsonObject>

namespace Ringside::Cassandra::Ops {

/*! The CassandraTask commands Ringside offers (exact strings of cass-operator). \since 0.1 */
QStringList taskCommands();

/*! What a task should do. \since 0.1 */
struct TaskOptions
{
    QString command;      //!< restart, cleanup, rebuild, replacenode, upgradesstables, compact, flush, scrub, garbagecollect
    QString datacenter;   //!< empty: every datacenter
    QString pod;          //!< replacenode (required), compact (optional)
    QString rack;         //!< restart, compact
    QString sourceDatacenter; //!< rebuild (required)
    QString keyspace;
    QStringList tables;
    QString name;         //!< empty: CLUSTER-COMMAND-TIMESTAMP
    bool destructiveOk = false;
};

/*! A task as CassandraTask objects (one per datacenter, each in its datacenter's context), or one K8ssandraTask when
    it covers a K8ssandraCluster's every datacenter and \a installation serves K8ssandraTask. \a now names it. */
Operation nodeTask(const Domain::Cluster &cluster, const TaskOptions &options, const Domain::Installation &installation,
                   const QDateTime &now);

/*! Back up now (MedusaBackupJob per datacenter, or only \a dc). \a type is "full" or "differential". */
Operation backupNow(const Domain::Cluster &cluster, const QString &dc, const QString &type, const QString &name,
                    const Domain::Installation &installation, const QDateTime &now);

/*! A MedusaBackupSchedule for \a dc with \a cron (validated; the summary shows the next run after \a now). */
Operation backupSchedule(const Domain::Cluster &cluster, const QString &dc, const QString &cron, const QString &type,
                         const QString &name, const Domain::Installation &installation, const QDateTime &now);

/*! Restore \a backup (a MedusaBackup name) in place into \a dc (MedusaRestoreJob). Destructive: the DC stops. */
Operation restoreBackup(const Domain::Cluster &cluster, const QString &dc, const QString &backup,
                        const Domain::Installation &installation, const QDateTime &now);

/*! Purge backups older than the retention (MedusaTask purge) of \a dc. */
Operation purgeBackups(const Domain::Cluster &cluster, const QString &dc, const Domain::Installation &installation,
                       const QDateTime &now);

/*! A generated object name: PREFIX-YYYYMMDDHHMMSS, shortened to stay a DNS-1123 label. */
QString generatedName(const QString &prefix, const QDateTime &now);

} // namespace Ringside::Cassandra::Ops
