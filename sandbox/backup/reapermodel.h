#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Ringside::Sandbox::Backup {

/*! One Cassandra node as Reaper sees it. \since 0.1 */
struct ReaperNode
{
    QString pod;
    QString address; //!< pod IP (or the pod name while it has none)
    QString datacenter;
    QString rack;
    QString hostId;
    QList<qint64> tokens;
    bool up = false;
};

/*! One segment of a repair run: a token range and its replicas. \since 0.1 */
struct RepairSegment
{
    QString id;
    qint64 start = 0; //!< exclusive
    qint64 end = 0;   //!< inclusive
    QStringList replicas; //!< pod names
    QString coordinator;  //!< pod name
    QString state = QStringLiteral("NOT_STARTED"); //!< NOT_STARTED, RUNNING, DONE
    int failCount = 0;
    QDateTime startTime;
    QDateTime endTime;
};

/*! A repair run (RepairRun plus its RepairUnit). \since 0.1 */
struct RepairRun
{
    QString id;
    QString unitId;
    QString cluster;
    QString keyspace;
    QStringList tables;
    QString owner;
    QString cause;
    QStringList nodes;
    QStringList datacenters;
    QStringList blacklistedTables;
    double intensity = 0.9;
    bool incremental = false;
    bool subrangeIncremental = false;
    QString parallelism = QStringLiteral("DATACENTER_AWARE"); //!< SEQUENTIAL, PARALLEL, DATACENTER_AWARE
    int threadCount = 1;
    int segmentCountPerNode = 64;
    QString state = QStringLiteral("NOT_STARTED"); //!< NOT_STARTED, RUNNING, PAUSED, DONE, ERROR, ABORTED, DELETED
    QDateTime creationTime;
    QDateTime startTime;
    QDateTime endTime;
    QDateTime pauseTime;
    QString lastEvent;
    QString scheduleId;
    QList<RepairSegment> segments;

    int segmentsRepaired() const;
    bool isTerminal() const;
    QJsonObject toStorage() const;
    static RepairRun fromStorage(const QJsonObject &json);
    /*! Reaper's RepairRunStatus JSON; \a addresses maps pod names to node addresses. */
    QJsonObject toApi(const QDateTime &now) const;
    QJsonObject segmentToApi(const RepairSegment &segment, const QHash<QString, ReaperNode> &nodes) const;
};

/*! A repair schedule. \since 0.1 */
struct RepairSchedule
{
    QString id;
    QString unitId;
    QString cluster;
    QString keyspace;
    QStringList tables;
    QString owner;
    QString state = QStringLiteral("ACTIVE"); //!< ACTIVE, PAUSED
    double intensity = 0.9;
    bool incremental = false;
    QString parallelism = QStringLiteral("DATACENTER_AWARE");
    int daysBetween = 7;
    int segmentCountPerNode = 64;
    int threadCount = 1;
    QDateTime creationTime;
    QDateTime nextActivation;
    QDateTime pauseTime;
    QStringList runHistory;

    QJsonObject toStorage() const;
    static RepairSchedule fromStorage(const QJsonObject &json);
    QJsonObject toApi() const;
};

/*! Everything one Reaper keeps (its "storage"), serialized into a ConfigMap. \since 0.1 */
struct ReaperState
{
    QStringList clusters;
    QList<RepairRun> runs;
    QList<RepairSchedule> schedules;
    qint64 counter = 0; //!< ids handed out (deterministic ids)

    static ReaperState fromConfigMapData(const QJsonObject &data);
    QJsonObject toConfigMapData() const;
    RepairRun *run(const QString &id);
    RepairSchedule *schedule(const QString &id);
    /*! Drops the oldest finished runs beyond \a keep. */
    void trimHistory(int keep);
};

/*! The segments of a run over \a nodes: token ranges of the ring split to about segmentCountPerNode per node
    (full repairs) or one segment per node (incremental), each with the replicas of its range (per datacenter,
    min(3, nodes in the DC) replicas, NetworkTopologyStrategy-like). */
QList<RepairSegment> makeSegments(const QList<ReaperNode> &nodes, bool incremental, int segmentCountPerNode);

/*! The gap Reaper leaves after a segment that took \a segmentMs at \a intensity. */
qint64 intensityPause(qint64 segmentMs, double intensity);

/*! Reaper's time format ("2024-05-01T10:00:00Z"), or null for an invalid time. */
QJsonValue reaperTime(const QDateTime &time);

} // namespace Ringside::Sandbox::Backup
