#pragma once

// The node page's tables: typed nodetool reports (core/cassandra/nodetool*.h) as rows.

#include "rowtablemodel.h"

#include "cassandra/nodetoolcompaction.h"
#include "cassandra/nodetoolinfo.h"
#include "cassandra/nodetoolnetstats.h"
#include "cassandra/nodetooltablestats.h"
#include "cassandra/nodetooltpstats.h"

namespace Ringside::Cluster {

/*! The nodetool commands the node page shows. \since 0.1 */
enum class NodetoolReport { Info, TableStats, CompactionStats, NetStats, TpStats };

/*! "info", "tablestats"... as given to nodetool. */
QString nodetoolCommand(NodetoolReport report);
/*! The table headers of \a report. */
QStringList nodetoolHeaders(NodetoolReport report);
/*! Parses \a output of \a report into rows; an empty list and \a error when nodetool failed or the output cannot be
    read. Runs on any thread (pure). \since 0.1 */
QList<TableRow> nodetoolRows(NodetoolReport report, const QString &output, QString *error);

/*! The rows of a parsed report (used by nodetoolRows). */
QList<TableRow> infoRows(const Cassandra::InfoReport &info);
QList<TableRow> tableStatsRows(const Cassandra::TableStatsReport &report);
QList<TableRow> compactionRows(const Cassandra::CompactionStatsReport &report);
QList<TableRow> netStatsRows(const Cassandra::NetStatsReport &report);
QList<TableRow> tpStatsRows(const Cassandra::TpStatsReport &report);

} // namespace Ringside::Cluster
