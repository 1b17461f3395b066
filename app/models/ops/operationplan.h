#pragma once

// An operation of the core together with how the app follows it once sent: the rollout goal of a spec change, or
// the new objects (tasks, backup jobs) whose status tells the progress.

#include "cassandra/domain/detection.h"
#include "cassandra/domain/model.h"
#include "cassandra/ops/clusterspec.h"
#include "cassandra/ops/operation.h"
#include "cassandra/ops/progress.h"
#include "cassandra/ops/taskops.h"

#include <QDateTime>

#include <optional>

namespace Ringside::Operations {

/*! How an operation's progress is read after it was sent. \since 0.1 */
struct FollowPlan
{
    enum class Mode {
        None,    //!< nothing to follow (a schedule): done once sent
        Rollout, //!< the datacenters roll to a goal (upgrade, config, scale, add/remove/stop DC)
        Objects, //!< the objects created (tasks, backup and restore jobs, purges) report their status
    };
    Mode mode = Mode::None;
    Cassandra::Ops::RolloutGoal goal;  //!< for Rollout
    QString cluster;                   //!< for Rollout: the cluster's top object name
    QString medusaBackupApiVersion;    //!< for backup jobs: where their MedusaBackup is read
};

/*! An operation and how to follow it. \since 0.1 */
struct OperationPlan
{
    Cassandra::Ops::Operation operation;
    FollowPlan follow;
    bool isValid() const { return operation.isValid(); }
};

/*! The plans of every operation the app offers, built from the core's operations. \since 0.1 */
namespace Plans {
OperationPlan upgrade(const Cassandra::Domain::Cluster &cluster, const QString &version);
OperationPlan changeConfig(const Cassandra::Domain::Cluster &cluster, const QStringList &settings);
OperationPlan scale(const Cassandra::Domain::Cluster &cluster, const QString &dc, int size);
OperationPlan addDatacenter(const Cassandra::Domain::Cluster &cluster, const Cassandra::Ops::DatacenterSpec &dc);
OperationPlan removeDatacenter(const Cassandra::Domain::Cluster &cluster, const QString &dc);
OperationPlan stopDatacenter(const Cassandra::Domain::Cluster &cluster, const QString &dc, bool stop);
OperationPlan nodeTask(const Cassandra::Domain::Cluster &cluster, const Cassandra::Ops::TaskOptions &options,
                       const Cassandra::Domain::Installation &installation, const QDateTime &now);
OperationPlan backupNow(const Cassandra::Domain::Cluster &cluster, const QString &dc, const QString &type, const QString &name,
                        const Cassandra::Domain::Installation &installation, const QDateTime &now);
OperationPlan backupSchedule(const Cassandra::Domain::Cluster &cluster, const QString &dc, const QString &cron, const QString &type,
                             const QString &name, const Cassandra::Domain::Installation &installation, const QDateTime &now);
OperationPlan restoreBackup(const Cassandra::Domain::Cluster &cluster, const QString &dc, const QString &backup,
                            const Cassandra::Domain::Installation &installation, const QDateTime &now);
OperationPlan purgeBackups(const Cassandra::Domain::Cluster &cluster, const QString &dc,
                           const Cassandra::Domain::Installation &installation, const QDateTime &now);
} // namespace Plans

} // namespace Ringside::Operations
