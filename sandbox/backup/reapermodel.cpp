#include "reapermodel.h"

#include "api/jsonutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace Ringside::Sandbox::Backup {

QJsonValue reaperTime(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(Json::timestamp(time)) : QJsonValue(QJsonValue::Null);
}

static QJsonValue storeTime(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toMSecsSinceEpoch()) : QJsonValue();
}

static QDateTime loadTime(const QJsonValue &v)
{
    return v.isDouble() ? QDateTime::fromMSecsSinceEpoch(qint64(v.toDouble()), QTimeZone::UTC) : QDateTime();
}

static QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray()) {
        out.append(s.toString());
    }
    return out;
}

int RepairRun::segmentsRepaired() const
{
    return int(std::count_if(segments.begin(), segments.end(),
                             [](const RepairSegment &s) { return s.state == QLatin1String("DONE"); }));
}

bool RepairRun::isTerminal() const
{
    return state == QLatin1String("DONE") || state == QLatin1String("ABORTED") || state == QLatin1String("ERROR")
           || state == QLatin1String("DELETED");
}

QJsonObject RepairRun::toStorage() const
{
    QJsonArray segs;
    for (const RepairSegment &s : segments) {
        segs.append(QJsonObject{{QLatin1String("i"), s.id},
                                {QLatin1String("s"), QString::number(s.start)},
                                {QLatin1String("e"), QString::number(s.end)},
                                {QLatin1String("r"), QJsonArray::fromStringList(s.replicas)},
                                {QLatin1String("c"), s.coordinator},
                                {QLatin1String("st"), s.state},
                                {QLatin1String("f"), s.failCount},
                                {QLatin1String("t0"), storeTime(s.startTime)},
                                {QLatin1String("t1"), storeTime(s.endTime)}});
    }
    return {{QLatin1String("id"), id},
            {QLatin1String("unit"), unitId},
            {QLatin1String("cluster"), cluster},
            {QLatin1String("keyspace"), keyspace},
            {QLatin1String("tables"), QJsonArray::fromStringList(tables)},
            {QLatin1String("owner"), owner},
            {QLatin1String("cause"), cause},
            {QLatin1String("nodes"), QJsonArray::fromStringList(nodes)},
            {QLatin1String("datacenters"), QJsonArray::fromStringList(datacenters)},
            {QLatin1String("blacklisted"), QJsonArray::fromStringList(blacklistedTables)},
            {QLatin1String("intensity"), intensity},
            {QLatin1String("incremental"), incremental},
            {QLatin1String("subrangeIncremental"), subrangeIncremental},
            {QLatin1String("parallelism"), parallelism},
            {QLatin1String("threads"), threadCount},
            {QLatin1String("segmentsPerNode"), segmentCountPerNode},
            {QLatin1String("state"), state},
            {QLatin1String("created"), storeTime(creationTime)},
            {QLatin1String("started"), storeTime(startTime)},
            {QLatin1String("ended"), storeTime(endTime)},
            {QLatin1String("paused"), storeTime(pauseTime)},
            {QLatin1String("lastEvent"), lastEvent},
            {QLatin1String("schedule"), scheduleId},
            {QLatin1String("segments"), segs}};
}

RepairRun RepairRun::fromStorage(const QJsonObject &o)
{
    RepairRun r;
    r.id = o.value(QLatin1String("id")).toString();
    r.unitId = o.value(QLatin1String("unit")).toString();
    r.cluster = o.value(QLatin1String("cluster")).toString();
    r.keyspace = o.value(QLatin1String("keyspace")).toString();
    r.tables = strings(o.value(QLatin1String("tables")));
    r.owner = o.value(QLatin1String("owner")).toString();
    r.cause = o.value(QLatin1String("cause")).toString();
    r.nodes = strings(o.value(QLatin1String("nodes")));
    r.datacenters = strings(o.value(QLatin1String("datacenters")));
    r.blacklistedTables = strings(o.value(QLatin1String("blacklisted")));
    r.intensity = o.value(QLatin1String("intensity")).toDouble(0.9);
    r.incremental = o.value(QLatin1String("incremental")).toBool();
    r.subrangeIncremental = o.value(QLatin1String("subrangeIncremental")).toBool();
    r.parallelism = o.value(QLatin1String("parallelism")).toString(r.parallelism);
    r.threadCount = o.value(QLatin1String("threads")).toInt(1);
    r.segmentCountPerNode = o.value(QLatin1String("segmentsPerNode")).toInt(64);
    r.state = o.value(QLatin1String("state")).toString(r.state);
    r.creationTime = loadTime(o.value(QLatin1String("created")));
    r.startTime = loadTime(o.value(QLatin1String("started")));
    r.endTime = loadTime(o.value(QLatin1String("ended")));
    r.pauseTime = loadTime(o.value(QLatin1String("paused")));
    r.lastEvent = o.value(QLatin1String("lastEvent")).toString();
    r.scheduleId = o.value(QLatin1String("schedule")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("segments")).toArray()) {
        const QJsonObject s = v.toObject();
        RepairSegment seg;
        seg.id = s.value(QLatin1String("i")).toString();
        seg.start = s.value(QLatin1String("s")).toString().toLongLong();
        seg.end = s.value(QLatin1String("e")).toString().toLongLong();
        seg.replicas = strings(s.value(QLatin1String("r")));
        seg.coordinator = s.value(QLatin1String("c")).toString();
        seg.state = s.value(QLatin1String("st")).toString(seg.state);
        seg.failCount = s.value(QLatin1String("f")).toInt();
        seg.startTime = loadTime(s.value(QLatin1String("t0")));
        seg.endTime = loadTime(s.value(QLatin1String("t1")));
        r.segments.append(seg);
    }
    return r;
}

static QString formatDuration(qint64 ms)
{
    qint64 s = ms / 1000;
    const qint64 d = s / 86400;
    s %= 86400;
    const qint64 h = s / 3600;
    s %= 3600;
    const qint64 m = s / 60;
    s %= 60;
    return QStringLiteral("%1 days %2 hours %3 minutes %4 seconds").arg(d).arg(h).arg(m).arg(s);
}

QJsonObject RepairRun::toApi(const QDateTime &now) const
{
    const int repaired = segmentsRepaired();
    QJsonValue eta = QJsonValue::Null;
    if (state == QLatin1String("RUNNING") && repaired > 0 && startTime.isValid()) {
        const qint64 elapsed = startTime.msecsTo(now);
        eta = Json::timestamp(now.addMSecs(elapsed * (segments.size() - repaired) / repaired));
    }
    QJsonValue duration = QJsonValue::Null;
    if (startTime.isValid()) {
        const QDateTime until = endTime.isValid() ? endTime : (pauseTime.isValid() && state == QLatin1String("PAUSED") ? pauseTime : now);
        duration = formatDuration(startTime.msecsTo(until));
    }
    return {{QLatin1String("id"), id},
            {QLatin1String("cause"), cause},
            {QLatin1String("owner"), owner},
            {QLatin1String("cluster_name"), cluster},
            {QLatin1String("column_families"), QJsonArray::fromStringList(tables)},
            {QLatin1String("keyspace_name"), keyspace},
            {QLatin1String("state"), state},
            {QLatin1String("creation_time"), reaperTime(creationTime)},
            {QLatin1String("start_time"), reaperTime(startTime)},
            {QLatin1String("end_time"), reaperTime(endTime)},
            {QLatin1String("pause_time"), reaperTime(pauseTime)},
            {QLatin1String("current_time"), Json::timestamp(now)},
            {QLatin1String("intensity"), std::round(intensity * 10000) / 10000},
            {QLatin1String("incremental_repair"), incremental},
            {QLatin1String("subrange_incremental_repair"), subrangeIncremental},
            {QLatin1String("total_segments"), int(segments.size())},
            {QLatin1String("repair_parallelism"), parallelism},
            {QLatin1String("segments_repaired"), repaired},
            {QLatin1String("last_event"), lastEvent},
            {QLatin1String("duration"), duration},
            {QLatin1String("estimated_time_of_arrival"), eta},
            {QLatin1String("nodes"), QJsonArray::fromStringList(nodes)},
            {QLatin1String("datacenters"), QJsonArray::fromStringList(datacenters)},
            {QLatin1String("blacklisted_tables"), QJsonArray::fromStringList(blacklistedTables)},
            {QLatin1String("repair_thread_count"), threadCount},
            {QLatin1String("repair_unit_id"), unitId},
            {QLatin1String("adaptive_schedule"), false}};
}

QJsonObject RepairRun::segmentToApi(const RepairSegment &s, const QHash<QString, ReaperNode> &nodes) const
{
    QJsonObject replicas;
    for (const QString &pod : s.replicas) {
        const ReaperNode n = nodes.value(pod);
        replicas.insert(n.address.isEmpty() ? pod : n.address, n.datacenter);
    }
    const QJsonObject range{{QLatin1String("start"), QString::number(s.start)}, {QLatin1String("end"), QString::number(s.end)}};
    const ReaperNode coordinator = nodes.value(s.coordinator);
    return {{QLatin1String("id"), s.id},
            {QLatin1String("runId"), id},
            {QLatin1String("repairUnitId"), unitId},
            {QLatin1String("tokenRange"), QJsonObject{{QLatin1String("baseRange"), range},
                                                      {QLatin1String("tokenRanges"), QJsonArray{range}},
                                                      {QLatin1String("replicas"), replicas}}},
            {QLatin1String("failCount"), s.failCount},
            {QLatin1String("state"), s.state},
            {QLatin1String("coordinatorHost"), s.coordinator.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                        : QJsonValue(coordinator.address.isEmpty() ? s.coordinator : coordinator.address)},
            {QLatin1String("startTime"), s.startTime.isValid() ? QJsonValue(s.startTime.toMSecsSinceEpoch()) : QJsonValue(QJsonValue::Null)},
            {QLatin1String("endTime"), s.endTime.isValid() ? QJsonValue(s.endTime.toMSecsSinceEpoch()) : QJsonValue(QJsonValue::Null)},
            {QLatin1String("replicas"), replicas},
            {QLatin1String("hostID"), coordinator.hostId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(coordinator.hostId)}};
}

QJsonObject RepairSchedule::toStorage() const
{
    return {{QLatin1String("id"), id},
            {QLatin1String("unit"), unitId},
            {QLatin1String("cluster"), cluster},
            {QLatin1String("keyspace"), keyspace},
            {QLatin1String("tables"), QJsonArray::fromStringList(tables)},
            {QLatin1String("owner"), owner},
            {QLatin1String("state"), state},
            {QLatin1String("intensity"), intensity},
            {QLatin1String("incremental"), incremental},
            {QLatin1String("parallelism"), parallelism},
            {QLatin1String("days"), daysBetween},
            {QLatin1String("segmentsPerNode"), segmentCountPerNode},
            {QLatin1String("threads"), threadCount},
            {QLatin1String("created"), storeTime(creationTime)},
            {QLatin1String("next"), storeTime(nextActivation)},
            {QLatin1String("paused"), storeTime(pauseTime)},
            {QLatin1String("history"), QJsonArray::fromStringList(runHistory)}};
}

RepairSchedule RepairSchedule::fromStorage(const QJsonObject &o)
{
    RepairSchedule s;
    s.id = o.value(QLatin1String("id")).toString();
    s.unitId = o.value(QLatin1String("unit")).toString();
    s.cluster = o.value(QLatin1String("cluster")).toString();
    s.keyspace = o.value(QLatin1String("keyspace")).toString();
    s.tables = strings(o.value(QLatin1String("tables")));
    s.owner = o.value(QLatin1String("owner")).toString();
    s.state = o.value(QLatin1String("state")).toString(s.state);
    s.intensity = o.value(QLatin1String("intensity")).toDouble(0.9);
    s.incremental = o.value(QLatin1String("incremental")).toBool();
    s.parallelism = o.value(QLatin1String("parallelism")).toString(s.parallelism);
    s.daysBetween = o.value(QLatin1String("days")).toInt(7);
    s.segmentCountPerNode = o.value(QLatin1String("segmentsPerNode")).toInt(64);
    s.threadCount = o.value(QLatin1String("threads")).toInt(1);
    s.creationTime = loadTime(o.value(QLatin1String("created")));
    s.nextActivation = loadTime(o.value(QLatin1String("next")));
    s.pauseTime = loadTime(o.value(QLatin1String("paused")));
    s.runHistory = strings(o.value(QLatin1String("history")));
    return s;
}

QJsonObject RepairSchedule::toApi() const
{
    return {{QLatin1String("id"), id},
            {QLatin1String("owner"), owner},
            {QLatin1String("state"), state},
            {QLatin1String("intensity"), std::round(intensity * 10000) / 10000},
            {QLatin1String("cluster_name"), cluster},
            {QLatin1String("keyspace_name"), keyspace},
            {QLatin1String("column_families"), QJsonArray::fromStringList(tables)},
            {QLatin1String("incremental_repair"), incremental},
            {QLatin1String("segment_count"), 0},
            {QLatin1String("repair_parallelism"), parallelism},
            {QLatin1String("scheduled_days_between"), daysBetween},
            {QLatin1String("nodes"), QJsonArray()},
            {QLatin1String("datacenters"), QJsonArray()},
            {QLatin1String("blacklisted_tables"), QJsonArray()},
            {QLatin1String("segment_count_per_node"), segmentCountPerNode},
            {QLatin1String("repair_thread_count"), threadCount},
            {QLatin1String("repair_unit_id"), unitId},
            {QLatin1String("creation_time"), reaperTime(creationTime)},
            {QLatin1String("pause_time"), reaperTime(pauseTime)},
            {QLatin1String("next_activation"), reaperTime(nextActivation)},
            {QLatin1String("run_history"), QJsonArray::fromStringList(runHistory)}};
}

ReaperState ReaperState::fromConfigMapData(const QJsonObject &data)
{
    ReaperState s;
    const auto parse = [&](const char *key) {
        return QJsonDocument::fromJson(data.value(QLatin1String(key)).toString().toUtf8());
    };
    s.clusters = strings(parse("clusters").array());
    for (const QJsonValue &v : parse("runs").array()) {
        s.runs.append(RepairRun::fromStorage(v.toObject()));
    }
    for (const QJsonValue &v : parse("schedules").array()) {
        s.schedules.append(RepairSchedule::fromStorage(v.toObject()));
    }
    s.counter = data.value(QLatin1String("counter")).toString().toLongLong();
    return s;
}

QJsonObject ReaperState::toConfigMapData() const
{
    QJsonArray runsJson, schedulesJson;
    for (const RepairRun &r : runs) {
        runsJson.append(r.toStorage());
    }
    for (const RepairSchedule &s : schedules) {
        schedulesJson.append(s.toStorage());
    }
    const auto text = [](const QJsonArray &a) { return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact)); };
    return {{QLatin1String("clusters"), text(QJsonArray::fromStringList(clusters))},
            {QLatin1String("runs"), text(runsJson)},
            {QLatin1String("schedules"), text(schedulesJson)},
            {QLatin1String("counter"), QString::number(counter)}};
}

RepairRun *ReaperState::run(const QString &id)
{
    for (RepairRun &r : runs) {
        if (r.id == id) {
            return &r;
        }
    }
    return nullptr;
}

RepairSchedule *ReaperState::schedule(const QString &id)
{
    for (RepairSchedule &s : schedules) {
        if (s.id == id) {
            return &s;
        }
    }
    return nullptr;
}

void ReaperState::trimHistory(int keep)
{
    while (runs.size() > keep) {
        const auto oldest = std::find_if(runs.begin(), runs.end(), [](const RepairRun &r) { return r.isTerminal(); });
        if (oldest == runs.end()) {
            return;
        }
        runs.erase(oldest);
    }
}

__extension__ typedef unsigned __int128 Wide;

QList<RepairSegment> makeSegments(const QList<ReaperNode> &nodes, bool incremental, int segmentCountPerNode)
{
    QList<RepairSegment> out;
    if (nodes.isEmpty()) {
        return out;
    }
    QList<std::pair<qint64, int>> ring;
    for (int i = 0; i < nodes.size(); ++i) {
        for (qint64 t : nodes.at(i).tokens) {
            ring.append({t, i});
        }
    }
    std::sort(ring.begin(), ring.end());
    QMap<QString, int> dcSizes;
    for (const ReaperNode &n : nodes) {
        dcSizes[n.datacenter] += 1;
    }
    // The replicas of the range ending at ring[k]: walking clockwise, the first min(3, size) nodes of each DC.
    const auto replicasAt = [&](qsizetype k) {
        QStringList replicas;
        QMap<QString, int> taken;
        for (qsizetype step = 0; step < ring.size(); ++step) {
            const ReaperNode &n = nodes.at(ring.at((k + step) % ring.size()).second);
            if (replicas.contains(n.pod) || taken.value(n.datacenter) >= std::min(3, dcSizes.value(n.datacenter))) {
                continue;
            }
            replicas.append(n.pod);
            taken[n.datacenter] += 1;
        }
        return replicas;
    };
    if (incremental) {
        // One segment per node: its primary ranges, coordinated by the node itself.
        for (int index = 0; index < nodes.size(); ++index) {
            const ReaperNode &n = nodes.at(index);
            RepairSegment s;
            s.coordinator = n.pod;
            s.start = n.tokens.isEmpty() ? 0 : n.tokens.first();
            s.end = n.tokens.isEmpty() ? 0 : n.tokens.last();
            QStringList replicas{n.pod};
            for (qsizetype k = 0; k < ring.size(); ++k) {
                if (ring.at(k).second == index) {
                    for (const QString &r : replicasAt(k)) {
                        if (!replicas.contains(r)) {
                            replicas.append(r);
                        }
                    }
                }
            }
            s.replicas = replicas;
            out.append(s);
        }
        return out;
    }
    const qsizetype ranges = ring.size();
    const qsizetype wanted = std::max<qsizetype>(ranges, qsizetype(nodes.size()) * std::max(1, segmentCountPerNode));
    const qsizetype perRange = (wanted + ranges - 1) / ranges;
    for (qsizetype k = 0; k < ranges; ++k) {
        const qint64 from = ring.at((k + ranges - 1) % ranges).first;
        const qint64 to = ring.at(k).first;
        // Width on the unsigned ring (the first range wraps around).
        const quint64 width = quint64(to) - quint64(from);
        const QStringList replicas = replicasAt(k);
        for (qsizetype p = 0; p < perRange; ++p) {
            RepairSegment s;
            s.start = qint64(quint64(from) + quint64(Wide(width) * quint64(p) / quint64(perRange)));
            s.end = p + 1 == perRange ? to
                                      : qint64(quint64(from) + quint64(Wide(width) * quint64(p + 1) / quint64(perRange)));
            s.replicas = replicas;
            s.coordinator = replicas.value(0);
            out.append(s);
        }
    }
    return out;
}

qint64 intensityPause(qint64 segmentMs, double intensity)
{
    if (intensity >= 1.0 || intensity <= 0.0) {
        return 0;
    }
    return qint64(double(segmentMs) * (1.0 / intensity - 1.0));
}

} // namespace Ringside::Sandbox::Backup
