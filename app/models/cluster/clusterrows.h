#pragma once

// Pure functions from live objects to table rows for the cluster and fleet pages: no I/O, no models, so each is
// tested with plain objects and reused by whichever view shows them.

#include "rowtablemodel.h"

#include "cassandra/cqlshoutput.h"
#include "cassandra/domain/detection.h"
#include "cassandra/domain/model.h"
#include "cassandra/nodetoolstatus.h"
#include "cassandra/ops/history.h"

#include <QDateTime>
#include <QJsonObject>

namespace Ringside::Cluster {

/*! A Kubernetes timestamp ("2024-05-03T10:07:30Z") as shown in tables ("2024-05-03 10:07:30"), and its sort value. */
QString displayTime(const QString &timestamp);
QVariant timeSortValue(const QString &timestamp);

/*! The nodetool-status-like table: one row per node (key: pod name), by datacenter, rack and name. Status and
    state come from the pods (cass-operator's labels and the cassandra container) unless \a status (a `nodetool
    status` run on \a statusPod) knows the node; load and tokens only come from \a status. Every cell's tooltip
    names its source. \since 0.1 */
QStringList nodeHeaders();
enum NodeColumn { NodeDc, NodeContext, NodeRack, NodeName, NodeStatusCol, NodeStateCol, NodeAddress, NodeLoad, NodeTokens, NodeVersion, NodeRestarts, NodeReady, NodeHostId };
QList<TableRow> nodeRows(const Cassandra::Domain::Cluster &cluster, const Cassandra::StatusReport *status = nullptr,
                         const QString &statusPod = {});

/*! How a datacenter is named in tables: its Cassandra name, and " · context" when it lives in another context
    than the cluster object ("dc2 · east"), as in the project tree. \since 0.1 */
QString datacenterLabel(const Cassandra::Domain::Datacenter &dc, const Cassandra::Domain::Cluster &cluster);

/*! Marks \a rows read from \a context: each key gets "context:" in front (keys stay unique across contexts) and the
    cell of \a column " · context" after it, with a tooltip naming the context. For the rows of a multi-context
    cluster's other contexts. \since 0.1 */
QList<TableRow> inContext(QList<TableRow> rows, const QString &context, int column);

/*! Merges rows of several contexts sorted newest first by the sort value of \a timeColumn, keeping \a limit. \since 0.1 */
QList<TableRow> newestFirst(QList<TableRow> rows, int timeColumn, int limit = 500);

/*! The conditions of the cluster object and of each datacenter (key: scope/type; a datacenter of another context
    is scoped "CassandraDatacenter/NAME · CONTEXT"). \since 0.1 */
QStringList conditionHeaders();
QList<TableRow> conditionRows(const Cassandra::Domain::Cluster &cluster);

/*! The names of the objects an Event may be about for \a cluster: the top object, datacenters, pods, StatefulSets,
    tasks and backup jobs are all named after the cluster or a datacenter. \since 0.1 */
bool eventConcernsCluster(const QJsonObject &event, const Cassandra::Domain::Cluster &cluster);
/*! Events of \a cluster, newest first, at most \a limit (key: event uid). \since 0.1 */
QStringList eventHeaders();
enum EventColumn { EventTime, EventType, EventReason, EventObject, EventMessage, EventCount };
QList<TableRow> eventRows(const QList<QJsonObject> &events, const Cassandra::Domain::Cluster &cluster, int limit = 500);

/*! The operators that manage clusters (cass-operator, k8ssandra-operator, Mission Control): whether their API is
    served (\a installation) and their Deployments (found by name or app.kubernetes.io/name among \a deployments)
    with ready replicas and image tag. \since 0.1 */
QStringList controlPlaneHeaders();
QList<TableRow> controlPlaneRows(const Cassandra::Domain::Installation &installation, const QList<QJsonObject> &deployments);

/*! MedusaBackups of \a cluster's datacenters, plus jobs still running that have no MedusaBackup yet; newest first
    (key: namespace/name). \since 0.1 */
QStringList backupHeaders();
enum BackupColumn { BackupName, BackupStatus, BackupStart, BackupFinish, BackupNodes, BackupFiles, BackupSize, BackupType, BackupDc };
QList<TableRow> backupRows(const QList<QJsonObject> &backups, const QList<QJsonObject> &jobs, const Cassandra::Domain::Cluster &cluster);
/*! The finish time of the newest successful MedusaBackup of \a cluster, or an invalid time. \since 0.1 */
QDateTime lastBackupTime(const QList<QJsonObject> &backups, const Cassandra::Domain::Cluster &cluster);

/*! MedusaBackupSchedules of \a cluster: name, cron, next run, last run, type, concurrency, suspended. \since 0.1 */
QStringList scheduleHeaders();
QList<TableRow> scheduleRows(const QList<QJsonObject> &schedules, const Cassandra::Domain::Cluster &cluster);

/*! CassandraTasks and K8ssandraTasks of \a cluster with their progress, newest first. \since 0.1 */
QStringList taskHeaders();
enum TaskColumn { TaskName, TaskKind, TaskCommand, TaskState, TaskProgressCol, TaskStart, TaskFinish, TaskMessage };
QList<TableRow> taskRows(const QList<QJsonObject> &cassandraTasks, const QList<QJsonObject> &k8ssandraTasks,
                         const Cassandra::Domain::Cluster &cluster);

/*! The local operation history entries about \a cluster (recorded in its context or one of its datacenters'
    contexts, naming it), newest first. \since 0.1 */
QStringList historyHeaders();
QList<TableRow> historyRows(const QList<Cassandra::Ops::HistoryEntry> &entries, const Cassandra::Domain::Cluster &cluster);

/*! Keyspaces with their replication class and factor per datacenter of \a datacenters (one column each), and the
    number of tables (key: keyspace). \since 0.1 */
QStringList keyspaceHeaders(const QStringList &datacenters);
QList<TableRow> keyspaceRows(const QList<QPair<QString, Cassandra::ReplicationSettings>> &keyspaces,
                             const QHash<QString, int> &tableCounts, const QStringList &datacenters);
/*! The tables of `SELECT keyspace_name, table_name ... FROM system_schema.tables` (key: keyspace.table). */
QStringList tableHeaders();
QList<TableRow> tableRows(const Cassandra::CqlResultSet &tables);

/*! What is wrong with \a cluster, from its status alone: nodes down, datacenters not ready, a false Ready
    condition, the operator's error. One translated line each. \since 0.1 */
QStringList statusAlerts(const Cassandra::Domain::Cluster &cluster);

/*! One fleet row per cluster (key: context/namespace/name). \a lastBackups by the same key. \since 0.1 */
QStringList fleetHeaders();
enum FleetColumn { FleetContext, FleetNamespace, FleetCluster, FleetType, FleetVersion, FleetHealth, FleetNodes, FleetAlerts, FleetLastBackup, FleetLastRepair };
QString fleetKey(const QString &context, const QString &ns, const QString &name);
QList<TableRow> fleetRows(const QList<Cassandra::Domain::Cluster> &clusters, const QHash<QString, QDateTime> &lastBackups,
                          const QHash<QString, QString> &lastRepairs = {});

} // namespace Ringside::Cluster
