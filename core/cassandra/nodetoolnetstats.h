#pragma once

// `nodetool netstats`: operation mode, streaming sessions with per-file progress, read repair counters and the
// internode message pools.

#include "cassandra/nodetoolcommon.h"

#include <QJsonObject>

namespace Ringside::Cassandra {

/*! One file being streamed. \since 0.1 */
struct StreamFile
{
    QString path;
    qint64 currentBytes = -1;
    qint64 totalBytes = -1;
    int percent = -1;
    bool outgoing = false; //!< "sent to" (true) or "received from"
    QString peer;
    int sessionIndex = -1;

    QJsonObject toJson() const;
};

/*! One direction (receiving or sending) of a stream session. \since 0.1 */
struct StreamProgress
{
    bool present = false;
    qint64 totalFiles = -1;
    qint64 totalBytes = -1;
    qint64 doneFiles = -1;
    qint64 doneBytes = -1;
    QList<StreamFile> files;

    QJsonObject toJson() const;
};

/*! A stream session with one peer. \since 0.1 */
struct StreamSession
{
    QString peer;
    QString connecting; //!< "(using x)" when the private address differs
    StreamProgress receiving;
    StreamProgress sending;

    QJsonObject toJson() const;
};

/*! A stream plan: "Repair <uuid>", "Rebuild <uuid>", "Bootstrap <uuid>", "Unbootstrap <uuid>"... \since 0.1 */
struct StreamPlan
{
    QString operation;
    QString planId;
    QList<StreamSession> sessions;

    QJsonObject toJson() const;
};

/*! A "Large messages" / "Small messages" / "Gossip messages" (or 3.x "Commands" / "Responses") row. Active is -1
    where nodetool prints "n/a". \since 0.1 */
struct MessagePoolStats
{
    QString name;
    qint64 active = -1;
    qint64 pending = -1;
    qint64 completed = -1;
    qint64 dropped = -1;

    QJsonObject toJson() const;
};

/*! The whole `nodetool netstats` report. \since 0.1 */
struct NetStatsReport
{
    QString mode; //!< STARTING, NORMAL, JOINING, LEAVING, DECOMMISSIONED, MOVING, DRAINING, DRAINED
    QList<StreamPlan> streams;
    bool hasReadRepair = false; //!< false while the node is starting
    qint64 readRepairAttempted = -1;
    qint64 readRepairMismatchBlocking = -1;
    qint64 readRepairMismatchBackground = -1;
    QList<MessagePoolStats> pools;

    /*! True when no stream plan is active. \since 0.1 */
    bool isIdle() const { return streams.isEmpty(); }
    QJsonObject toJson() const;
};

/*! Parses `nodetool netstats [-H]`. \since 0.1 */
ParseResult<NetStatsReport> parseNetStats(QStringView text);

} // namespace Ringside::Cassandra

Q_DECLARE_METATYPE(Ringside::Cassandra::NetStatsReport)
