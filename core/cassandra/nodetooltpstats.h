#pragma once

// `nodetool tpstats`: thread pools (active, pending, completed, blocked) and dropped messages per type with their
// queue-wait latencies. Reads the 3.x/4.x layout and the newer ones with extra columns.

#include "cassandra/nodetoolcommon.h"

#include <QJsonObject>
#include <QPair>

namespace Ringside::Cassandra {

/*! One thread pool row. Counts are -1 where the column is missing; columns this parser does not know (CPU,
    allocations, oldest queued...) are kept in extra. \since 0.1 */
struct ThreadPoolStats
{
    QString name;
    qint64 active = -1;
    qint64 pending = -1;
    qint64 completed = -1;
    qint64 blocked = -1;
    qint64 allTimeBlocked = -1;
    QList<QPair<QString, QString>> extra;

    QJsonObject toJson() const;
};

/*! One dropped message type ("MUTATION_REQ", "READ_REQ", 3.x "MUTATION"...). Latencies are in microseconds,
    nullopt where nodetool printed N/A. \since 0.1 */
struct DroppedMessageStats
{
    QString type;
    qint64 dropped = 0;
    std::optional<double> p50;
    std::optional<double> p95;
    std::optional<double> p99;
    std::optional<double> max;

    QJsonObject toJson() const;
};

/*! The whole `nodetool tpstats` report. \since 0.1 */
struct TpStatsReport
{
    QStringList columns; //!< the pool table's header, as printed
    QList<ThreadPoolStats> pools;
    QList<DroppedMessageStats> dropped;

    /*! The pool named \a name, or nullptr. \since 0.1 */
    const ThreadPoolStats *pool(const QString &name) const;
    /*! Sum of dropped messages over all types. \since 0.1 */
    qint64 totalDropped() const;
    /*! Dropped writes: MUTATION, COUNTER_MUTATION, VIEW_MUTATION and BATCH_STORE, with or without the 4.0
        "_REQ" suffix (responses such as MUTATION_RSP are not counted). \since 0.1 */
    qint64 droppedMutations() const;
    QJsonObject toJson() const;
};

/*! Parses `nodetool tpstats`. \since 0.1 */
ParseResult<TpStatsReport> parseTpStats(QStringView text);

} // namespace Ringside::Cassandra

Q_DECLARE_METATYPE(Ringside::Cassandra::TpStatsReport)
