#pragma once

// How far an operation got, derived from what the operators write: task and job status, the datacenters' status
// and conditions, and the pods.

#include "cassandra/domain/model.h"
#include "cassandra/ops/operation.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaType>

#include <optional>

namespace Ringside::Cassandra::Ops {

/*! One node's part in an operation. \since 0.1 */
struct NodeProgress
{
    QString node;
    QString state;   //!< WAITING, RUNNING, COMPLETED, ERROR for tasks; "UN 4.1.8 ready" style for rollouts
    QString message;
    bool done = false;
    bool failed = false;
    friend bool operator==(const NodeProgress &, const NodeProgress &) = default;
};

/*! The progress of an operation. \since 0.1 */
struct Progress
{
    enum class State { Pending, Running, Succeeded, Failed };
    State state = State::Pending;
    QString message;
    int done = 0;
    int total = 0;
    QList<NodeProgress> nodes;

    bool isFinished() const { return state == State::Succeeded || state == State::Failed; }
    /*! "Pending", "Running", "Succeeded", "Failed" (stable keys). */
    QString stateName() const;
    /*! One line: "Running 2/3: message". */
    QString toString() const;
};

/*! Progress of a CassandraTask or K8ssandraTask object (status.podStatuses, conditions, counts). \since 0.1 */
Progress taskProgress(const QJsonObject &task);
/*! Progress of a MedusaBackupJob (inProgress/finished/failed pods, finishTime), completed by its MedusaBackup. \since 0.1 */
Progress backupJobProgress(const QJsonObject &job, const QJsonObject &backup = {});
/*! Progress of a MedusaRestoreJob. \since 0.1 */
Progress restoreJobProgress(const QJsonObject &job);
/*! Progress of a MedusaTask (purge). \since 0.1 */
Progress medusaTaskProgress(const QJsonObject &task);

/*! What a spec change should lead to, per datacenter: recorded before the change is sent. \since 0.1 */
struct RolloutGoal
{
    struct Dc
    {
        qint64 startGeneration = 0;  //!< metadata.generation of the CassandraDatacenter before the change (0: new)
        std::optional<int> size;
        std::optional<bool> stopped;
        QString serverVersion;       //!< every node must run it (pod label app.kubernetes.io/version)
        bool removed = false;        //!< the datacenter must be gone
    };
    QHash<QString, Dc> datacenters; //!< by datacenter object name
};

/*! The rollout of a spec change across \a cluster (as rebuilt from fresh objects): per node lines and overall. \since 0.1 */
Progress rolloutProgress(const Domain::Cluster &cluster, const RolloutGoal &goal);

/*! The rollout goal of \a op on \a cluster: each datacenter it touches (op.target.datacenter, or all) reaches
    \a version, \a size and \a stopped; \a newDc is a datacenter that will be created. Shared by the CLI and the
    GUI's operation dialogs. \since 0.1 */
RolloutGoal rolloutGoal(const Domain::Cluster &cluster, const Operation &op, const QString &version = {},
                        std::optional<int> size = std::nullopt, std::optional<bool> stopped = std::nullopt,
                        const QString &newDc = {});

/*! The progress of one object an operation created (a task, MedusaBackupJob, MedusaRestoreJob or MedusaTask), from
    its live JSON (\a backup: the MedusaBackup of a backup job). \since 0.1 */
Progress createdObjectProgress(const QString &kind, const QJsonObject &object, const QJsonObject &backup = {});

/*! Combines the progress of several objects: failed if one failed, succeeded when all did, pending when empty.
    \since 0.1 */
Progress combineProgress(const QList<Progress> &parts);

} // namespace Ringside::Cassandra::Ops

Q_DECLARE_METATYPE(Ringside::Cassandra::Ops::Progress)
