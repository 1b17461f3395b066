#include "nodetoolrows.h"

#include "clustertr.h"

#include <QLocale>

#include <cmath>

namespace Ringside::Cluster {

using namespace Cassandra;

namespace {
TableRow makeRow(const QString &key, const QStringList &cells)
{
    TableRow r;
    r.key = key;
    r.cells = cells;
    r.toolTips.resize(cells.size());
    r.sortValues.resize(cells.size());
    return r;
}
QString count(qint64 v)
{
    return v < 0 ? QString() : QString::number(v);
}
QString decimal(double v, int precision = 3)
{
    return std::isnan(v) ? QString() : QString::number(v, 'f', precision);
}
QString size(const DataSize &d)
{
    // nodetool prints plain bytes without -H: show them as people read sizes (the sort value stays the bytes).
    return d.isKnown() ? QLocale::system().formattedDataSize(d.bytes, 1, QLocale::DataSizeTraditionalFormat) : d.text;
}
QVariant countSort(qint64 v)
{
    return QVariant(v);
}
} // namespace

QString nodetoolCommand(NodetoolReport report)
{
    switch (report) {
    case NodetoolReport::Info:
        return QStringLiteral("info");
    case NodetoolReport::TableStats:
        return QStringLiteral("tablestats");
    case NodetoolReport::CompactionStats:
        return QStringLiteral("compactionstats");
    case NodetoolReport::NetStats:
        return QStringLiteral("netstats");
    case NodetoolReport::TpStats:
        break;
    }
    return QStringLiteral("tpstats");
}

QStringList nodetoolHeaders(NodetoolReport report)
{
    switch (report) {
    case NodetoolReport::Info:
        return {ClusterTr::tr("Field"), ClusterTr::tr("Value")};
    case NodetoolReport::TableStats:
        return {ClusterTr::tr("Keyspace"), ClusterTr::tr("Table"), ClusterTr::tr("SSTables"), ClusterTr::tr("Space used (live)"),
                ClusterTr::tr("Partitions"), ClusterTr::tr("Reads"), ClusterTr::tr("Read latency ms"), ClusterTr::tr("Writes"),
                ClusterTr::tr("Write latency ms"), ClusterTr::tr("Tombstones/slice max"), ClusterTr::tr("Max partition bytes")};
    case NodetoolReport::CompactionStats:
        return {ClusterTr::tr("Kind"), ClusterTr::tr("Keyspace"), ClusterTr::tr("Table"), ClusterTr::tr("Type"), ClusterTr::tr("Progress"),
                ClusterTr::tr("Completed"), ClusterTr::tr("Total"), ClusterTr::tr("Unit")};
    case NodetoolReport::NetStats:
        return {ClusterTr::tr("Section"), ClusterTr::tr("Name"), ClusterTr::tr("Active"), ClusterTr::tr("Pending"), ClusterTr::tr("Completed"),
                ClusterTr::tr("Dropped")};
    case NodetoolReport::TpStats:
        break;
    }
    return {ClusterTr::tr("Pool / message"), ClusterTr::tr("Active"), ClusterTr::tr("Pending"), ClusterTr::tr("Completed"),
            ClusterTr::tr("Blocked"), ClusterTr::tr("All time blocked / dropped"), ClusterTr::tr("p99 µs")};
}

QList<TableRow> infoRows(const InfoReport &info)
{
    QList<TableRow> rows;
    for (qsizetype i = 0; i < info.fields.size(); ++i) {
        const auto &[name, value] = info.fields.at(i);
        QString key = name;
        int n = 2;
        while (std::any_of(rows.cbegin(), rows.cend(), [&key](const TableRow &r) { return r.key == key; })) {
            key = name + QStringLiteral(" #%1").arg(n++);
        }
        rows.append(makeRow(key, {name, value}));
    }
    return rows;
}

QList<TableRow> tableStatsRows(const TableStatsReport &report)
{
    QList<TableRow> rows;
    for (const KeyspaceStats &ks : report.keyspaces) {
        for (const TableStats &t : ks.tables) {
            TableRow r = makeRow(ks.name + u'.' + t.name,
                                 {ks.name, t.name, count(t.sstableCount), size(t.spaceUsedLive), count(t.partitionsEstimate),
                                  count(t.localReadCount), decimal(t.localReadLatencyMs), count(t.localWriteCount),
                                  decimal(t.localWriteLatencyMs), count(t.maximumTombstonesPerSlice), count(t.compactedPartitionMaxBytes)});
            r.sortValues = {QVariant(), QVariant(), countSort(t.sstableCount), countSort(t.spaceUsedLive.bytes),
                            countSort(t.partitionsEstimate), countSort(t.localReadCount),
                            std::isnan(t.localReadLatencyMs) ? QVariant(-1.0) : QVariant(t.localReadLatencyMs),
                            countSort(t.localWriteCount),
                            std::isnan(t.localWriteLatencyMs) ? QVariant(-1.0) : QVariant(t.localWriteLatencyMs),
                            countSort(t.maximumTombstonesPerSlice), countSort(t.compactedPartitionMaxBytes)};
            rows.append(r);
        }
    }
    return rows;
}

QList<TableRow> compactionRows(const CompactionStatsReport &report)
{
    QList<TableRow> rows;
    TableRow total = makeRow(QStringLiteral("pending"), {ClusterTr::tr("Pending tasks"), QString(), QString(), QString(),
                                                         count(report.pendingTasks), QString(), QString(), QString()});
    total.toolTips[4] = report.remainingTime.isEmpty() ? QString() : ClusterTr::tr("Remaining time: %1").arg(report.remainingTime);
    rows.append(total);
    for (const PendingCompactions &p : report.pendingByTable) {
        rows.append(makeRow(QStringLiteral("pending/") + p.keyspace + u'.' + p.table,
                            {ClusterTr::tr("Pending"), p.keyspace, p.table, QString(), QString::number(p.tasks), QString(), QString(), QString()}));
    }
    for (const ActiveCompaction &a : report.active) {
        TableRow r = makeRow(QStringLiteral("active/") + a.id,
                             {ClusterTr::tr("Active"), a.keyspace, a.table, a.type,
                              a.progressPercent ? QStringLiteral("%1%").arg(*a.progressPercent, 0, 'f', 1) : QStringLiteral("n/a"),
                              count(a.completed), count(a.total), a.unit});
        r.toolTips[0] = a.id;
        r.toneColumn = 0;
        r.tone = Tone::Busy;
        rows.append(r);
    }
    return rows;
}

QList<TableRow> netStatsRows(const NetStatsReport &report)
{
    QList<TableRow> rows;
    rows.append(makeRow(QStringLiteral("mode"), {ClusterTr::tr("Mode"), report.mode, QString(), QString(), QString(), QString()}));
    for (const StreamPlan &plan : report.streams) {
        for (const StreamSession &s : plan.sessions) {
            TableRow r = makeRow(QStringLiteral("stream/") + plan.planId + u'/' + s.peer,
                                 {plan.operation, s.peer, QString(),
                                  s.receiving.present ? QStringLiteral("%1/%2 files in").arg(s.receiving.doneFiles).arg(s.receiving.totalFiles) : QString(),
                                  s.sending.present ? QStringLiteral("%1/%2 files out").arg(s.sending.doneFiles).arg(s.sending.totalFiles) : QString(),
                                  QString()});
            r.toolTips[0] = plan.planId;
            r.toneColumn = 0;
            r.tone = Tone::Busy;
            rows.append(r);
        }
    }
    if (report.hasReadRepair) {
        rows.append(makeRow(QStringLiteral("readrepair"), {ClusterTr::tr("Read repair"), ClusterTr::tr("attempted / blocking / background"),
                                                           count(report.readRepairAttempted), count(report.readRepairMismatchBlocking),
                                                           count(report.readRepairMismatchBackground), QString()}));
    }
    for (const MessagePoolStats &p : report.pools) {
        TableRow r = makeRow(QStringLiteral("pool/") + p.name, {ClusterTr::tr("Messages"), p.name, p.active < 0 ? QStringLiteral("n/a") : count(p.active),
                                                                count(p.pending), count(p.completed), count(p.dropped)});
        r.sortValues = {QVariant(), QVariant(), countSort(p.active), countSort(p.pending), countSort(p.completed), countSort(p.dropped)};
        r.toneColumn = 5;
        r.tone = p.dropped > 0 ? Tone::Warning : Tone::Neutral;
        rows.append(r);
    }
    return rows;
}

QList<TableRow> tpStatsRows(const TpStatsReport &report)
{
    QList<TableRow> rows;
    for (const ThreadPoolStats &p : report.pools) {
        TableRow r = makeRow(QStringLiteral("pool/") + p.name, {p.name, count(p.active), count(p.pending), count(p.completed),
                                                                count(p.blocked), count(p.allTimeBlocked), QString()});
        r.sortValues = {QVariant(), countSort(p.active), countSort(p.pending), countSort(p.completed), countSort(p.blocked),
                        countSort(p.allTimeBlocked), QVariant()};
        r.toneColumn = 2;
        r.tone = p.pending > 0 || p.blocked > 0 ? Tone::Warning : Tone::Neutral;
        rows.append(r);
    }
    for (const DroppedMessageStats &d : report.dropped) {
        TableRow r = makeRow(QStringLiteral("dropped/") + d.type, {ClusterTr::tr("dropped %1").arg(d.type), QString(), QString(), QString(),
                                                                   QString(), QString::number(d.dropped),
                                                                   d.p99 ? QString::number(*d.p99, 'f', 1) : QStringLiteral("N/A")});
        r.sortValues = {QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QVariant(d.dropped), QVariant(d.p99.value_or(-1))};
        r.toneColumn = 0;
        r.tone = d.dropped > 0 ? Tone::Warning : Tone::Neutral;
        rows.append(r);
    }
    return rows;
}

QList<TableRow> nodetoolRows(NodetoolReport report, const QString &output, QString *error)
{
    const auto fail = [error](const ParseError &e) {
        *error = e.toString();
        return QList<TableRow>();
    };
    switch (report) {
    case NodetoolReport::Info: {
        const auto r = parseInfo(output);
        return r.isOk() ? infoRows(r.value()) : fail(r.error());
    }
    case NodetoolReport::TableStats: {
        const auto r = parseTableStats(output);
        return r.isOk() ? tableStatsRows(r.value()) : fail(r.error());
    }
    case NodetoolReport::CompactionStats: {
        const auto r = parseCompactionStats(output);
        return r.isOk() ? compactionRows(r.value()) : fail(r.error());
    }
    case NodetoolReport::NetStats: {
        const auto r = parseNetStats(output);
        return r.isOk() ? netStatsRows(r.value()) : fail(r.error());
    }
    case NodetoolReport::TpStats:
        break;
    }
    const auto r = parseTpStats(output);
    return r.isOk() ? tpStatsRows(r.value()) : fail(r.error());
}

} // namespace Ringside::Cluster
