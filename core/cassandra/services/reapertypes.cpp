// Reaper's JSON (snake case for runs and schedules, camel case for segments) to value types, and back for output.
#include "cassandra/services/reaperclient.h"

#include "coretr.h"

#include <QJsonArray>
#include <QSet>
#include <QTimeZone>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Ringside::Cassandra::Services {

namespace {

QDateTime parseTime(const QJsonValue &v)
{
    if (v.isDouble()) { // some Reaper versions send epoch milliseconds
        return QDateTime::fromMSecsSinceEpoch(qint64(v.toDouble()), QTimeZone::UTC);
    }
    const QString s = v.toString();
    if (s.isEmpty()) {
        return {};
    }
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid()) {
        t = QDateTime::fromString(s, Qt::ISODate);
    }
    if (t.isValid() && t.timeSpec() == Qt::LocalTime) {
        t = QDateTime(t.date(), t.time(), QTimeZone::UTC); // Reaper's times without an offset are UTC
    }
    return t.isValid() ? t.toUTC() : QDateTime();
}

QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray()) {
        out.append(s.toString());
    }
    return out;
}

QString tokenText(const QJsonValue &v)
{
    // Tokens are 64-bit (Murmur3) or 127-bit (Random): sent as strings, or as numbers that lose precision.
    return v.isString() ? v.toString() : QString::number(qint64(v.toDouble()));
}

} // namespace

QString parallelismName(RepairParallelism parallelism)
{
    switch (parallelism) {
    case RepairParallelism::Sequential: return u"SEQUENTIAL"_s;
    case RepairParallelism::Parallel: return u"PARALLEL"_s;
    case RepairParallelism::DatacenterAware: return u"DATACENTER_AWARE"_s;
    }
    return {};
}

std::optional<RepairParallelism> parseParallelism(const QString &text)
{
    QString t = text.trimmed().toUpper();
    t.replace(u'-', u'_');
    if (t == "SEQUENTIAL"_L1) {
        return RepairParallelism::Sequential;
    }
    if (t == "PARALLEL"_L1) {
        return RepairParallelism::Parallel;
    }
    if (t == "DATACENTER_AWARE"_L1 || t == "DC_AWARE"_L1) {
        return RepairParallelism::DatacenterAware;
    }
    return std::nullopt;
}

QString runStateName(RepairRunState state)
{
    switch (state) {
    case RepairRunState::NotStarted: return u"NOT_STARTED"_s;
    case RepairRunState::Running: return u"RUNNING"_s;
    case RepairRunState::Paused: return u"PAUSED"_s;
    case RepairRunState::Done: return u"DONE"_s;
    case RepairRunState::Aborted: return u"ABORTED"_s;
    case RepairRunState::Error: return u"ERROR"_s;
    case RepairRunState::Deleted: return u"DELETED"_s;
    case RepairRunState::Unknown: break;
    }
    return u"UNKNOWN"_s;
}

RepairRunState parseRunState(const QString &text)
{
    const QString t = text.trimmed().toUpper();
    for (RepairRunState s : {RepairRunState::NotStarted, RepairRunState::Running, RepairRunState::Paused, RepairRunState::Done,
                             RepairRunState::Aborted, RepairRunState::Error, RepairRunState::Deleted}) {
        if (runStateName(s) == t) {
            return s;
        }
    }
    return RepairRunState::Unknown;
}

ReaperCluster ReaperCluster::fromJson(const QJsonObject &o)
{
    ReaperCluster c;
    c.name = o.value("name"_L1).toString();
    c.seedHosts = strings(o.value("seed_hosts"_L1));
    c.jmxUsername = o.value("jmx_username"_L1).toString();
    QSet<QString> dcs;
    for (const QJsonValue &state : o.value("nodes_status"_L1).toObject().value("endpointStates"_L1).toArray()) {
        const QJsonObject s = state.toObject();
        for (const QString &n : strings(s.value("endpointNames"_L1))) {
            if (!c.nodes.contains(n)) {
                c.nodes.append(n);
            }
        }
        const QJsonObject byDc = s.value("endpoints"_L1).toObject();
        for (auto it = byDc.begin(); it != byDc.end(); ++it) {
            dcs.insert(it.key());
        }
    }
    c.datacenters = QStringList(dcs.begin(), dcs.end());
    c.datacenters.sort();
    return c;
}

bool RepairRun::isTerminal() const
{
    return state == RepairRunState::Done || state == RepairRunState::Aborted || state == RepairRunState::Error
           || state == RepairRunState::Deleted;
}

RepairRun RepairRun::fromJson(const QJsonObject &o)
{
    RepairRun r;
    r.id = o.value("id"_L1).toString();
    r.cluster = o.value("cluster_name"_L1).toString();
    r.keyspace = o.value("keyspace_name"_L1).toString();
    r.tables = strings(o.value("column_families"_L1));
    r.stateText = o.value("state"_L1).toString();
    r.state = parseRunState(r.stateText);
    r.intensity = o.value("intensity"_L1).toDouble(0.9);
    r.parallelism = parseParallelism(o.value("repair_parallelism"_L1).toString()).value_or(RepairParallelism::DatacenterAware);
    r.incremental = o.value("incremental_repair"_L1).toBool();
    r.segmentsRepaired = o.value("segments_repaired"_L1).toInt();
    r.totalSegments = o.value("total_segments"_L1).toInt();
    r.creationTime = parseTime(o.value("creation_time"_L1));
    r.startTime = parseTime(o.value("start_time"_L1));
    r.endTime = parseTime(o.value("end_time"_L1));
    r.pauseTime = parseTime(o.value("pause_time"_L1));
    r.estimatedEnd = parseTime(o.value("estimated_time_of_arrival"_L1));
    r.cause = o.value("cause"_L1).toString();
    r.owner = o.value("owner"_L1).toString();
    r.lastEvent = o.value("last_event"_L1).toString();
    r.duration = o.value("duration"_L1).toString();
    r.datacenters = strings(o.value("datacenters"_L1));
    r.nodes = strings(o.value("nodes"_L1));
    return r;
}

QJsonObject RepairRun::toJson() const
{
    return {{u"id"_s, id},
            {u"cluster"_s, cluster},
            {u"keyspace"_s, keyspace},
            {u"tables"_s, QJsonArray::fromStringList(tables)},
            {u"state"_s, stateText.isEmpty() ? runStateName(state) : stateText},
            {u"intensity"_s, intensity},
            {u"parallelism"_s, parallelismName(parallelism)},
            {u"incremental"_s, incremental},
            {u"segmentsRepaired"_s, segmentsRepaired},
            {u"totalSegments"_s, totalSegments},
            {u"creationTime"_s, timeJson(creationTime)},
            {u"startTime"_s, timeJson(startTime)},
            {u"endTime"_s, timeJson(endTime)},
            {u"pauseTime"_s, timeJson(pauseTime)},
            {u"estimatedEnd"_s, timeJson(estimatedEnd)},
            {u"cause"_s, cause},
            {u"owner"_s, owner},
            {u"lastEvent"_s, lastEvent},
            {u"datacenters"_s, QJsonArray::fromStringList(datacenters)},
            {u"nodes"_s, QJsonArray::fromStringList(nodes)}};
}

RepairSegment RepairSegment::fromJson(const QJsonObject &o)
{
    RepairSegment s;
    s.id = o.value("id"_L1).toString();
    s.runId = o.value("runId"_L1).toString();
    s.state = o.value("state"_L1).toString();
    const QJsonObject base = o.value("tokenRange"_L1).toObject().value("baseRange"_L1).toObject();
    s.startToken = tokenText(base.value("start"_L1));
    s.endToken = tokenText(base.value("end"_L1));
    s.coordinator = o.value("coordinatorHost"_L1).toString();
    const QJsonObject replicas = o.value("replicas"_L1).toObject();
    s.replicas = replicas.keys();
    s.failCount = o.value("failCount"_L1).toInt();
    s.startTime = parseTime(o.value("startTime"_L1));
    s.endTime = parseTime(o.value("endTime"_L1));
    return s;
}

QJsonObject RepairSegment::toJson() const
{
    return {{u"id"_s, id},
            {u"runId"_s, runId},
            {u"state"_s, state},
            {u"startToken"_s, startToken},
            {u"endToken"_s, endToken},
            {u"coordinator"_s, coordinator},
            {u"replicas"_s, QJsonArray::fromStringList(replicas)},
            {u"failCount"_s, failCount},
            {u"startTime"_s, timeJson(startTime)},
            {u"endTime"_s, timeJson(endTime)}};
}

RepairSchedule RepairSchedule::fromJson(const QJsonObject &o)
{
    RepairSchedule s;
    s.id = o.value("id"_L1).toString();
    s.cluster = o.value("cluster_name"_L1).toString();
    s.keyspace = o.value("keyspace_name"_L1).toString();
    s.tables = strings(o.value("column_families"_L1));
    s.state = o.value("state"_L1).toString();
    s.owner = o.value("owner"_L1).toString();
    s.intensity = o.value("intensity"_L1).toDouble(0.9);
    s.parallelism = parseParallelism(o.value("repair_parallelism"_L1).toString()).value_or(RepairParallelism::DatacenterAware);
    s.incremental = o.value("incremental_repair"_L1).toBool();
    s.daysBetween = o.value("scheduled_days_between"_L1).toInt();
    s.segmentCountPerNode = o.value("segment_count_per_node"_L1).toInt();
    s.nextActivation = parseTime(o.value("next_activation"_L1));
    s.creationTime = parseTime(o.value("creation_time"_L1));
    s.pauseTime = parseTime(o.value("pause_time"_L1));
    return s;
}

QJsonObject RepairSchedule::toJson() const
{
    return {{u"id"_s, id},
            {u"cluster"_s, cluster},
            {u"keyspace"_s, keyspace},
            {u"tables"_s, QJsonArray::fromStringList(tables)},
            {u"state"_s, state},
            {u"owner"_s, owner},
            {u"intensity"_s, intensity},
            {u"parallelism"_s, parallelismName(parallelism)},
            {u"incremental"_s, incremental},
            {u"daysBetween"_s, daysBetween},
            {u"segmentCountPerNode"_s, segmentCountPerNode},
            {u"nextActivation"_s, timeJson(nextActivation)},
            {u"creationTime"_s, timeJson(creationTime)},
            {u"pauseTime"_s, timeJson(pauseTime)}};
}

QString RepairRunRequest::validate() const
{
    if (cluster.trimmed().isEmpty()) {
        return CoreTr::tr("a repair needs the cluster's name in Reaper");
    }
    if (keyspace.trimmed().isEmpty()) {
        return CoreTr::tr("a repair needs a keyspace");
    }
    if (owner.trimmed().isEmpty()) {
        return CoreTr::tr("a repair needs an owner (who asked for it)");
    }
    if (intensity && (!(*intensity > 0.0) || *intensity > 1.0)) {
        return CoreTr::tr("invalid intensity %1: it must be greater than 0 and at most 1").arg(*intensity);
    }
    if (segmentCountPerNode && (*segmentCountPerNode < 1 || *segmentCountPerNode > 1000)) {
        return CoreTr::tr("invalid segment count per node %1: it must be between 1 and 1000").arg(*segmentCountPerNode);
    }
    if (incremental && parallelism && *parallelism != RepairParallelism::Parallel) {
        return CoreTr::tr("an incremental repair runs in parallel; %1 cannot be used with it").arg(parallelismName(*parallelism));
    }
    return {};
}

QUrlQuery RepairRunRequest::toQuery() const
{
    QUrlQuery q;
    q.addQueryItem(u"clusterName"_s, cluster.trimmed());
    q.addQueryItem(u"keyspace"_s, keyspace.trimmed());
    q.addQueryItem(u"owner"_s, owner.trimmed());
    if (!tables.isEmpty()) {
        q.addQueryItem(u"tables"_s, tables.join(u','));
    }
    if (!cause.isEmpty()) {
        q.addQueryItem(u"cause"_s, cause);
    }
    if (intensity) {
        q.addQueryItem(u"intensity"_s, QString::number(*intensity));
    }
    if (parallelism) {
        q.addQueryItem(u"repairParallelism"_s, parallelismName(*parallelism));
    }
    q.addQueryItem(u"incrementalRepair"_s, incremental ? u"true"_s : u"false"_s);
    if (segmentCountPerNode) {
        q.addQueryItem(u"segmentCountPerNode"_s, QString::number(*segmentCountPerNode));
    }
    if (!datacenters.isEmpty()) {
        q.addQueryItem(u"datacenters"_s, datacenters.join(u','));
    }
    if (!nodes.isEmpty()) {
        q.addQueryItem(u"nodes"_s, nodes.join(u','));
    }
    return q;
}

QString RepairScheduleRequest::validate() const
{
    const QString e = run.validate();
    if (!e.isEmpty()) {
        return e;
    }
    if (daysBetween < 1) {
        return CoreTr::tr("invalid interval of %1 days between repairs: it must be at least 1").arg(daysBetween);
    }
    if (triggerTime.isValid() && triggerTime.addSecs(60) < QDateTime::currentDateTimeUtc()) {
        return CoreTr::tr("the first repair time %1 is in the past").arg(triggerTime.toUTC().toString(Qt::ISODate));
    }
    return {};
}

QUrlQuery RepairScheduleRequest::toQuery() const
{
    QUrlQuery q = run.toQuery();
    q.addQueryItem(u"scheduleDaysBetween"_s, QString::number(daysBetween));
    if (triggerTime.isValid()) {
        // Reaper reads a local date-time without offset (ISO 8601), taken as UTC.
        q.addQueryItem(u"scheduleTriggerTime"_s, triggerTime.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s));
    }
    return q;
}

QJsonObject subresourceAccessReview(const QString &verb, const QString &resource, const QString &subresource, const QString &nameSpace,
                                    const QString &name)
{
    QJsonObject attrs{{u"verb"_s, verb}, {u"group"_s, QString()}, {u"resource"_s, resource}, {u"subresource"_s, subresource},
                      {u"namespace"_s, nameSpace}};
    if (!name.isEmpty()) {
        attrs.insert(u"name"_s, name);
    }
    return {{u"apiVersion"_s, u"authorization.k8s.io/v1"_s},
            {u"kind"_s, u"SelfSubjectAccessReview"_s},
            {u"spec"_s, QJsonObject{{u"resourceAttributes"_s, attrs}}}};
}

QString proxyVerb(const QByteArray &method)
{
    if (method == "POST") {
        return u"create"_s;
    }
    if (method == "PUT") {
        return u"update"_s;
    }
    if (method == "PATCH") {
        return u"patch"_s;
    }
    if (method == "DELETE") {
        return u"delete"_s;
    }
    return u"get"_s;
}

QString ReaperError::toString() const
{
    if (httpStatus > 0) {
        return request.isEmpty() ? QStringLiteral("%1 %2").arg(httpStatus).arg(message)
                                 : QStringLiteral("%1: %2 %3").arg(request).arg(httpStatus).arg(message);
    }
    return request.isEmpty() ? message : QStringLiteral("%1: %2").arg(request, message);
}

} // namespace Ringside::Cassandra::Services
