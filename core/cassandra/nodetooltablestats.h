#pragma once

// `nodetool tablestats` (alias cfstats): keyspaces and their tables, with the statistics a DBA looks at.

#include "cassandra/nodetoolcommon.h"

#include <QJsonObject>
#include <QPair>

namespace Ringside::Cassandra {

/*! One table (or index) of `nodetool tablestats`. Counts are -1 and ratios NaN where the line is missing (its
    Cassandra version does not print it); every line is kept in fields, in order. \since 0.1 */
struct TableStats
{
    QString keyspace;
    QString name;
    bool isIndex = false;
    qint64 sstableCount = -1;
    qint64 oldSstableCount = -1;
    QStringList sstablesInEachLevel; //!< LCS only, e.g. "1", "10/10", "0"
    DataSize spaceUsedLive;
    DataSize spaceUsedTotal;
    DataSize spaceUsedBySnapshots;
    DataSize offHeapMemoryUsed;
    double compressionRatio = notANumber; //!< NaN when nodetool printed -1 (no compressed SSTables)
    qint64 partitionsEstimate = -1;
    qint64 memtableCellCount = -1;
    DataSize memtableDataSize;
    qint64 memtableSwitchCount = -1;
    qint64 localReadCount = -1;
    double localReadLatencyMs = notANumber;
    qint64 localWriteCount = -1;
    double localWriteLatencyMs = notANumber;
    qint64 pendingFlushes = -1;
    double percentRepaired = notANumber;
    qint64 bloomFilterFalsePositives = -1;
    double bloomFilterFalseRatio = notANumber;
    DataSize bloomFilterSpaceUsed;
    qint64 compactedPartitionMinBytes = -1;
    qint64 compactedPartitionMaxBytes = -1;
    qint64 compactedPartitionMeanBytes = -1;
    double averageLiveCellsPerSlice = notANumber;
    qint64 maximumLiveCellsPerSlice = -1;
    double averageTombstonesPerSlice = notANumber;
    qint64 maximumTombstonesPerSlice = -1;
    qint64 droppedMutations = -1;
    double droppableTombstoneRatio = notANumber;
    QList<QPair<QString, QString>> fields; //!< every "name: value" line of the table, in order
    QStringList extraLines;                //!< lines of sub-tables (5.0 "Top partitions by ...")

    /*! The raw value of the line \a name, or an empty string. \since 0.1 */
    QString field(const QString &name) const;
    QJsonObject toJson() const;
};

/*! One keyspace with its totals and tables. \since 0.1 */
struct KeyspaceStats
{
    QString name;
    qint64 readCount = -1;
    double readLatencyMs = notANumber;
    qint64 writeCount = -1;
    double writeLatencyMs = notANumber;
    qint64 pendingFlushes = -1;
    QList<TableStats> tables;

    QJsonObject toJson() const;
};

/*! The whole `nodetool tablestats` report (also its sorted `-s` layout, where tables are named ks.table).
    \since 0.1 */
struct TableStatsReport
{
    int totalTables = -1;
    QList<KeyspaceStats> keyspaces;

    /*! The table \a keyspace.\a table, or nullptr. \since 0.1 */
    const TableStats *findTable(const QString &keyspace, const QString &table) const;
    QJsonObject toJson() const;
};

/*! Parses `nodetool tablestats [-H] [-s ...] [keyspace[.table] ...]`. \since 0.1 */
ParseResult<TableStatsReport> parseTableStats(QStringView text);

} // namespace Ringside::Cassandra

Q_DECLARE_METATYPE(Ringside::Cassandra::TableStatsReport)
