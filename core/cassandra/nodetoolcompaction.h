#pragma once

// `nodetool compactionstats`: pending tasks (total and per table) and the compactions running now. Reads the 3.x/4.0
// layout ("pending tasks: 5", "- ks.table: 3") and the 4.1/5.0 table layout ("pending tasks   5", "ks  table  3").

#include "cassandra/nodetoolcommon.h"

#include <QJsonObject>
#include <QPair>

namespace Ringside::Cassandra {

/*! Pending compaction tasks of one table. \since 0.1 */
struct PendingCompactions
{
    QString keyspace;
    QString table;
    qint64 tasks = 0;

    QJsonObject toJson() const;
};

/*! One running compaction (or validation, cleanup, index build, ...). \since 0.1 */
struct ActiveCompaction
{
    QString id;   //!< compaction UUID
    QString type; //!< "Compaction", "Validation", "Anticompaction after repair", "Cleanup", ...
    QString keyspace;
    QString table;
    qint64 completed = -1; //!< in unit (bytes also when printed human-readable with -H)
    qint64 total = -1;
    QString unit;                          //!< "bytes", "ranges", "keys"
    std::optional<double> progressPercent; //!< nullopt for "n/a" (total 0)

    QJsonObject toJson() const;
};

/*! The whole `nodetool compactionstats` report. \since 0.1 */
struct CompactionStatsReport
{
    qint64 pendingTasks = -1;
    QList<PendingCompactions> pendingByTable;
    QList<ActiveCompaction> active;
    QString remainingTime; //!< as printed: "0h00m12s" or "n/a"; empty when nothing runs
    qint64 remainingSeconds = -1;
    int concurrentCompactors = -1;          //!< 4.1+
    QList<QPair<QString, QString>> metrics; //!< 4.1+ lines such as "compactions completed", "15 minute rate"

    /*! True when nothing is pending and nothing runs. \since 0.1 */
    bool isIdle() const { return pendingTasks == 0 && active.isEmpty(); }
    QJsonObject toJson() const;
};

/*! Parses `nodetool compactionstats [-H]`. \since 0.1 */
ParseResult<CompactionStatsReport> parseCompactionStats(QStringView text);

} // namespace Ringside::Cassandra

Q_DECLARE_METATYPE(Ringside::Cassandra::CompactionStatsReport)
