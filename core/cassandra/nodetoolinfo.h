#pragma once

// `nodetool info` and `nodetool gcstats`, parsed into typed values.

#include "cassandra/nodetoolcommon.h"

#include <QJsonObject>
#include <QPair>

namespace Ringside::Cassandra {

/*! One cache line of `nodetool info` ("Key Cache", "Row Cache", "Counter Cache", "Chunk Cache", "Network Cache").
    Counts are -1 where the line does not carry them (e.g. the chunk cache reports misses, not hits).
    \since 0.1 */
struct CacheInfo
{
    bool present = false;
    qint64 entries = -1;
    DataSize size;
    DataSize capacity;
    DataSize overflowSize; //!< network cache only
    qint64 hits = -1;
    qint64 misses = -1;
    qint64 requests = -1;
    double recentHitRate = notANumber;
    qint64 savePeriodSeconds = -1;
    double missLatency = notANumber; //!< chunk cache only, in missLatencyUnit
    QString missLatencyUnit;

    QJsonObject toJson() const;
};

/*! The whole `nodetool info` report. Unknown numbers are -1 (or NaN for rates); every line is also kept in
    fields, in order, so that lines of newer versions are not lost. \since 0.1 */
struct InfoReport
{
    QString hostId;
    bool gossipActive = false;
    bool nativeTransportActive = false;
    std::optional<bool> thriftActive; //!< 3.x and DSE only
    DataSize load;
    DataSize uncompressedLoad; //!< 5.0 and later
    qint64 generation = -1;
    qint64 uptimeSeconds = -1;
    double heapUsedMb = notANumber;
    double heapMaxMb = notANumber;
    double offHeapMb = notANumber;
    QString datacenter;
    QString rack;
    qint64 exceptions = -1;
    CacheInfo keyCache;
    CacheInfo rowCache;
    CacheInfo counterCache;
    CacheInfo chunkCache;
    CacheInfo networkCache;
    std::optional<double> percentRepaired;
    int tokenCount = -1;                   //!< from the Token lines or "(invoke with -T/--tokens to see all N tokens)"
    QStringList tokens;                    //!< only when nodetool printed them (one token, or with -T)
    bool joined = true;                    //!< false for "Token : (node is not joined to the cluster)"
    QString bootstrapState;                //!< 5.0: COMPLETED, IN_PROGRESS, NEEDS_BOOTSTRAP...
    std::optional<bool> decommissioning;   //!< 5.0
    QList<QPair<QString, QString>> fields; //!< every "key : value" line, in order

    QJsonObject toJson() const;
};

/*! Parses `nodetool info` (with or without -T). \since 0.1 */
ParseResult<InfoReport> parseInfo(QStringView text);

/*! `nodetool gcstats`: the GC activity since the previous call (nodetool resets it). \since 0.1 */
struct GcStatsReport
{
    double intervalMs = notANumber;
    double maxGcElapsedMs = notANumber;
    double totalGcElapsedMs = notANumber;
    double stdevGcElapsedMs = notANumber; //!< NaN when there was no collection
    double gcReclaimedMb = notANumber;
    double collections = notANumber;
    qint64 directMemoryBytes = -1; //!< -1 when the JVM does not report it

    QJsonObject toJson() const;
};

/*! Parses `nodetool gcstats`. \since 0.1 */
ParseResult<GcStatsReport> parseGcStats(QStringView text);

} // namespace Ringside::Cassandra

Q_DECLARE_METATYPE(Ringside::Cassandra::InfoReport)
Q_DECLARE_METATYPE(Ringside::Cassandra::GcStatsReport)
