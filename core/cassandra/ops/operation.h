#pragma once

// An operation on a Cassandra cluster as a value: what it targets, what it will write (server-side apply
// manifests or new objects), a diff of the spec, and what is wrong with it before anything is sent.

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Ringside::Cassandra::Ops {

/*! Every kind of operation. \since 0.1 */
enum class OperationKind {
    CreateCluster,
    Upgrade,
    ConfigChange,
    Scale,
    AddDatacenter,
    RemoveDatacenter,
    Stop,
    Resume,
    Task,          //!< a CassandraTask or K8ssandraTask (restart, cleanup, rebuild...)
    Backup,        //!< MedusaBackupJob
    BackupSchedule,
    Restore,       //!< MedusaRestoreJob
    BackupPurge,   //!< MedusaTask purge
    Repair,        //!< Reaper REST
    DataApi,       //!< enabling or disabling the Data API
};

/*! "create-cluster", "upgrade", "scale"... (stable keys for the history). \since 0.1 */
QString operationKindKey(OperationKind kind);

/*! Where an operation applies. \since 0.1 */
struct Target
{
    QString context;
    QString nameSpace;
    QString cluster;
    QString datacenter; //!< empty: the whole cluster
    QString pod;        //!< empty: every node
    bool isValid() const { return !cluster.isEmpty(); }
    QString toString() const;
    friend bool operator==(const Target &, const Target &) = default;
};

/*! One object an operation writes. \since 0.1 */
struct ObjectChange
{
    enum class Action {
        Apply,  //!< server-side apply of manifest (fieldManager "ringside")
        Create, //!< POST of a new object (tasks, jobs)
        MergePatch, //!< JSON merge patch of manifest (used where keys are removed: nulls delete them)
        Delete,
    };
    Action action = Action::Apply;
    QString context;    //!< where to send it (may differ from the target's for a remote datacenter)
    QString apiVersion;
    QString kind;
    QString nameSpace;
    QString name;
    QJsonObject manifest; //!< the object sent
    bool force = false;   //!< apply with force: take the fields from their previous manager
    QJsonObject before;   //!< the spec before (for Apply), for the diff
    QJsonObject after;    //!< the spec after

    QString describe() const; //!< "apply k8ssandraclusters demo (ns)" style, translated
    friend bool operator==(const ObjectChange &, const ObjectChange &) = default;
};

/*! An operation, ready to validate, preview and send. A cheap value type. \since 0.1 */
struct Operation
{
    OperationKind kind = OperationKind::Task;
    Target target;
    QString summary;         //!< one translated sentence, e.g. "Upgrade cluster demo from 4.1.5 to 4.1.8"
    QList<ObjectChange> changes;
    QStringList errors;      //!< validation problems: the operation must not be sent
    QStringList warnings;    //!< worth saying, not blocking
    QStringList followUps;   //!< what to do next (e.g. "run upgradesstables", "extend keyspace replication")
    bool destructive = false; //!< asks for confirmation

    bool isValid() const { return !changes.isEmpty() && errors.isEmpty(); }
    /*! The server-side apply field manager: "ringside" for a new cluster, "ringside-KIND" (e.g. ringside-scale) for
        changes. One manager per kind of change, so that applying only serverVersion does not drop the fields a
        previous apply of another kind set (SSA removes fields a manager stops sending). */
    QString fieldManager() const;
    /*! A unified diff of the YAML of each change's spec, before and after (new objects: all added). */
    QString diff() const;
    QJsonObject toJson() const;
};

/*! A unified diff (---/+++ headers, @@ hunks with \a context lines) of two texts, line by line; empty when equal.
    \since 0.1 */
QString unifiedDiff(const QString &before, const QString &after, const QString &fromName, const QString &toName, int context = 3);

} // namespace Ringside::Cassandra::Ops

Q_DECLARE_METATYPE(Ringside::Cassandra::Ops::Operation)
