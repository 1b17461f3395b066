// Reaper's REST API (cassandra-reaper's resources: ping, cluster, repair_run, repair_schedule), served on the
// Reaper pod's port 8080. Errors are plain text with the status codes Reaper uses.
#include "api/jsonutil.h"
#include "reapercontroller.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace Ringside::Sandbox::Backup {

namespace {

PortHttpResponse text(int status, const QString &message)
{
    PortHttpResponse r;
    r.status = status;
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArray("text/plain; charset=utf-8")});
    r.body = message.toUtf8();
    return r;
}

PortHttpResponse json(int status, const QJsonValue &value)
{
    PortHttpResponse r;
    r.status = status;
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArray("application/json")});
    r.body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return r;
}

QJsonObject queryObject(const HttpRequest &request)
{
    QJsonObject o;
    for (const auto &[k, v] : request.query) {
        if (!o.contains(k)) {
            o.insert(k, v);
        }
    }
    // Reaper's UI also posts forms; accept url-encoded bodies the same way.
    if (request.header("content-type").startsWith("application/x-www-form-urlencoded")) {
        for (const auto &[k, v] : parseQuery(request.body)) {
            if (!o.contains(k)) {
                o.insert(k, v);
            }
        }
    }
    return o;
}

QStringList splitList(const QString &value)
{
    QStringList out;
    for (const QString &s : value.split(u',', Qt::SkipEmptyParts)) {
        out.append(s.trimmed());
    }
    return out;
}

} // namespace

std::optional<RepairRun> ReaperController::createRun(ReaperState &state, const QString &ns, const QJsonObject &params,
                                                     int *status, QString *error)
{
    const auto param = [&](const char *key) { return params.value(QLatin1String(key)).toString().trimmed(); };
    *status = 400;
    for (const char *required : {"clusterName", "keyspace", "owner"}) {
        if (param(required).isEmpty()) {
            *error = QStringLiteral("missing %1 argument").arg(QLatin1String(required));
            return std::nullopt;
        }
    }
    RepairRun run;
    run.cluster = Util::clean(param("clusterName"));
    if (!state.clusters.contains(run.cluster)) {
        *status = 404;
        *error = QStringLiteral("No cluster found with name \"%1\"").arg(param("clusterName"));
        return std::nullopt;
    }
    run.keyspace = param("keyspace");
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z0-9_]{1,48}$"));
    if (!identifier.match(run.keyspace).hasMatch()) {
        *error = QStringLiteral("invalid keyspace name \"%1\"").arg(run.keyspace);
        return std::nullopt;
    }
    static const QStringList local{QStringLiteral("system"), QStringLiteral("system_schema"),
                                   QStringLiteral("system_views"), QStringLiteral("system_virtual_schema")};
    if (local.contains(run.keyspace)) {
        *error = QStringLiteral("keyspace %1 uses LocalStrategy and cannot be repaired").arg(run.keyspace);
        return std::nullopt;
    }
    run.owner = param("owner");
    run.cause = param("cause").isEmpty() ? QStringLiteral("manual spreaper run") : param("cause");
    run.tables = splitList(param("tables"));
    run.blacklistedTables = splitList(param("blacklistedTables"));
    if (!param("intensity").isEmpty()) {
        bool ok = false;
        run.intensity = param("intensity").toDouble(&ok);
        if (!ok || run.intensity <= 0.0 || run.intensity > 1.0) {
            *error = QStringLiteral("invalid value for query parameter 'intensity': %1 (must be > 0.0 and <= 1.0)")
                         .arg(param("intensity"));
            return std::nullopt;
        }
    }
    const QString incremental = param("incrementalRepair").toLower();
    if (!incremental.isEmpty() && incremental != QLatin1String("true") && incremental != QLatin1String("false")) {
        *error = QStringLiteral("invalid value for query parameter 'incrementalRepair': %1").arg(param("incrementalRepair"));
        return std::nullopt;
    }
    run.incremental = incremental == QLatin1String("true");
    run.subrangeIncremental = param("subrangeIncrementalRepair").toLower() == QLatin1String("true");
    const QString parallelism = param("repairParallelism").toUpper();
    if (!parallelism.isEmpty()) {
        if (parallelism != QLatin1String("SEQUENTIAL") && parallelism != QLatin1String("PARALLEL")
            && parallelism != QLatin1String("DATACENTER_AWARE")) {
            *error = QStringLiteral("invalid repair parallelism \"%1\" (sequential, parallel or datacenter_aware)")
                         .arg(param("repairParallelism"));
            return std::nullopt;
        }
        run.parallelism = parallelism;
    }
    if (run.incremental) {
        run.parallelism = QStringLiteral("PARALLEL"); // Reaper forces it for incremental repairs
    }
    if (!param("segmentCountPerNode").isEmpty()) {
        bool ok = false;
        run.segmentCountPerNode = param("segmentCountPerNode").toInt(&ok);
        if (!ok || run.segmentCountPerNode < 1 || run.segmentCountPerNode > 1000) {
            *error = QStringLiteral("invalid segmentCountPerNode: %1 (1 to 1000)").arg(param("segmentCountPerNode"));
            return std::nullopt;
        }
    }
    if (!param("repairThreadCount").isEmpty()) {
        bool ok = false;
        run.threadCount = param("repairThreadCount").toInt(&ok);
        if (!ok || run.threadCount < 1 || run.threadCount > 4) {
            *error = QStringLiteral("repairThreadCount must be between 1 and 4");
            return std::nullopt;
        }
    }
    run.datacenters = splitList(param("datacenters"));
    run.nodes = splitList(param("nodes"));
    QList<ReaperNode> nodes = clusterNodes(ns, run.cluster);
    if (!run.datacenters.isEmpty()) {
        nodes.erase(std::remove_if(nodes.begin(), nodes.end(),
                                   [&](const ReaperNode &n) { return !run.datacenters.contains(n.datacenter); }),
                    nodes.end());
    }
    if (nodes.isEmpty()) {
        *status = 500;
        *error = QStringLiteral("Cluster %1 has no nodes to repair").arg(run.cluster);
        return std::nullopt;
    }
    QList<RepairSegment> segments = makeSegments(nodes, run.incremental, run.segmentCountPerNode);
    if (!run.nodes.isEmpty()) {
        QStringList pods;
        for (const ReaperNode &n : std::as_const(nodes)) {
            if (run.nodes.contains(n.address) || run.nodes.contains(n.pod)) {
                pods.append(n.pod);
            }
        }
        if (pods.isEmpty()) {
            *error = QStringLiteral("none of the nodes %1 belongs to cluster %2").arg(run.nodes.join(u','), run.cluster);
            return std::nullopt;
        }
        segments.erase(std::remove_if(segments.begin(), segments.end(),
                                      [&](const RepairSegment &s) {
                                          return std::none_of(s.replicas.begin(), s.replicas.end(),
                                                              [&](const QString &r) { return pods.contains(r); });
                                      }),
                       segments.end());
    }
    const QString key = QStringLiteral("reaper/") + ns + u'/' + QString::number(state.counter++);
    run.id = m_client->uuid(key);
    run.unitId = m_client->uuid(QStringLiteral("unit/") + run.cluster + u'/' + run.keyspace + u'/' + run.tables.join(u',')
                                + (run.incremental ? QLatin1String("/inc") : QLatin1String("/full")));
    for (qsizetype i = 0; i < segments.size(); ++i) {
        segments[i].id = m_client->uuid(run.id + u'/' + QString::number(i));
    }
    run.segments = segments;
    run.creationTime = QDateTime::currentDateTimeUtc();
    run.lastEvent = QStringLiteral("Repair run created with %1 segments").arg(segments.size());
    return run;
}

PortHttpResponse ReaperController::handle(const QString &ns, const QString &name, const HttpRequest &request)
{
    const QJsonObject reaper = m_client->get(Refs::Reapers, ns, name);
    if (reaper.isEmpty() || !Util::podReady(reaperPod(ns, name))) {
        return text(503, QStringLiteral("Reaper is not ready"));
    }
    const QStringList parts = request.path.split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty()) {
        return text(404, QStringLiteral("HTTP 404 Not Found"));
    }
    if (parts.first() == QLatin1String("ping") && parts.size() == 1) {
        if (request.method != "GET" && request.method != "HEAD") {
            return text(405, QStringLiteral("HTTP 405 Method Not Allowed"));
        }
        PortHttpResponse r;
        r.status = 204;
        return r;
    }
    if (parts.first() == QLatin1String("cluster")) {
        return clusterRoutes(ns, reaper, request, parts);
    }
    if (parts.first() == QLatin1String("repair_run")) {
        return runRoutes(ns, reaper, request, parts);
    }
    if (parts.first() == QLatin1String("repair_schedule")) {
        return scheduleRoutes(ns, reaper, request, parts);
    }
    return text(404, QStringLiteral("HTTP 404 Not Found"));
}

PortHttpResponse ReaperController::clusterRoutes(const QString &ns, const QJsonObject &reaper, const HttpRequest &request,
                                                 const QStringList &parts)
{
    ReaperState state = loadState(ns, Json::name(reaper));
    if (parts.size() == 1 && request.method == "GET") {
        QStringList names = state.clusters;
        names.sort();
        return json(200, QJsonArray::fromStringList(names));
    }
    if (parts.size() == 1 && request.method == "POST") {
        const QString seed = queryObject(request).value(QLatin1String("seedHost")).toString();
        if (seed.isEmpty()) {
            return text(400, QStringLiteral("query parameter \"seedHost\" cannot be empty"));
        }
        for (const QJsonObject &pod : m_client->list(Refs::Pods, ns)) {
            if (Json::name(pod) == seed || Json::at(pod, u"status.podIP").toString() == seed) {
                const QString cluster = Util::label(pod, QStringLiteral("cassandra.datastax.com/cluster"));
                if (!cluster.isEmpty()) {
                    if (!state.clusters.contains(cluster)) {
                        state.clusters.append(cluster);
                        saveState(reaper, state);
                    }
                    PortHttpResponse r = json(201, QJsonObject{{QLatin1String("name"), cluster}});
                    r.headers.append({QByteArrayLiteral("Location"), QByteArray("/cluster/" + cluster.toUtf8())});
                    return r;
                }
            }
        }
        return text(400, QStringLiteral("failed to create cluster with seed host %1: no reachable Cassandra node").arg(seed));
    }
    if (parts.size() < 2) {
        return text(405, QStringLiteral("HTTP 405 Method Not Allowed"));
    }
    const QString cluster = parts.at(1);
    if (!state.clusters.contains(cluster)) {
        return text(404, QStringLiteral("cluster with name \"%1\" not found").arg(cluster));
    }
    if (request.method == "DELETE" && parts.size() == 2) {
        const bool force = queryObject(request).value(QLatin1String("force")).toString() == QLatin1String("true");
        const bool hasRuns = std::any_of(state.runs.begin(), state.runs.end(), [&](const RepairRun &r) { return r.cluster == cluster; });
        if (hasRuns && !force) {
            return text(409, QStringLiteral("cluster \"%1\" cannot be deleted, as it has repair runs (use force=true)").arg(cluster));
        }
        state.clusters.removeAll(cluster);
        state.runs.erase(std::remove_if(state.runs.begin(), state.runs.end(), [&](const RepairRun &r) { return r.cluster == cluster; }),
                         state.runs.end());
        saveState(reaper, state);
        return text(202, QString());
    }
    if (request.method != "GET") {
        return text(405, QStringLiteral("HTTP 405 Method Not Allowed"));
    }
    const QList<ReaperNode> nodes = clusterNodes(ns, cluster);
    if (parts.size() == 3 && parts.at(2) == QLatin1String("tables")) {
        static const std::pair<const char *, QStringList> tables[] = {
            {"system_auth", {QStringLiteral("roles"), QStringLiteral("role_members"), QStringLiteral("role_permissions")}},
            {"system_distributed", {QStringLiteral("repair_history"), QStringLiteral("parent_repair_history")}},
            {"system_traces", {QStringLiteral("sessions"), QStringLiteral("events")}},
            {"demo_ks", {QStringLiteral("users"), QStringLiteral("events")}},
            {"inventory", {QStringLiteral("products"), QStringLiteral("stock_by_store")}}};
        QJsonObject out;
        for (const auto &[ks, list] : tables) {
            out.insert(QLatin1String(ks), QJsonArray::fromStringList(list));
        }
        return json(200, out);
    }
    if (parts.size() != 2) {
        return text(404, QStringLiteral("HTTP 404 Not Found"));
    }
    QJsonObject byDc;
    QJsonArray names, seeds;
    for (const ReaperNode &n : nodes) {
        names.append(n.address);
        if (seeds.size() < 3) {
            seeds.append(n.address);
        }
        QJsonObject racks = byDc.value(n.datacenter).toObject();
        QJsonArray endpoints = racks.value(n.rack).toArray();
        QStringList tokens;
        for (qint64 t : n.tokens) {
            tokens.append(QString::number(t));
        }
        endpoints.append(QJsonObject{{QLatin1String("endpoint"), n.address},
                                     {QLatin1String("hostId"), n.hostId},
                                     {QLatin1String("dc"), n.datacenter},
                                     {QLatin1String("rack"), n.rack},
                                     {QLatin1String("status"), n.up ? QLatin1String("NORMAL") : QLatin1String("DOWN")},
                                     {QLatin1String("severity"), 0.0},
                                     {QLatin1String("releaseVersion"), QLatin1String("4.1")},
                                     {QLatin1String("tokens"), tokens.join(u',')},
                                     {QLatin1String("load"), 0.0},
                                     {QLatin1String("type"), QLatin1String("CASSANDRA")}});
        racks.insert(n.rack, endpoints);
        byDc.insert(n.datacenter, racks);
    }
    const QJsonObject body{
        {QLatin1String("name"), cluster},
        {QLatin1String("jmx_username"), QJsonValue::Null},
        {QLatin1String("jmx_password_is_set"), false},
        {QLatin1String("seed_hosts"), seeds},
        {QLatin1String("nodes_status"),
         QJsonObject{{QLatin1String("endpointStates"),
                      QJsonArray{QJsonObject{{QLatin1String("sourceNode"), seeds.isEmpty() ? QJsonValue(QJsonValue::Null) : seeds.at(0)},
                                             {QLatin1String("endpointNames"), names},
                                             {QLatin1String("totalLoad"), 0.0},
                                             {QLatin1String("endpoints"), byDc}}}}}}};
    return json(200, body);
}

PortHttpResponse ReaperController::runRoutes(const QString &ns, const QJsonObject &reaper, const HttpRequest &request,
                                             const QStringList &parts)
{
    ReaperState state = loadState(ns, Json::name(reaper));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonObject query = queryObject(request);
    const auto listRuns = [&](const QString &cluster) {
        const QStringList states = splitList(query.value(QLatin1String("state")).toString());
        const QString keyspace = query.value(QLatin1String("keyspace_name")).toString();
        const int limit = query.value(QLatin1String("limit")).toString().toInt();
        QList<const RepairRun *> selected;
        for (const RepairRun &r : std::as_const(state.runs)) {
            if ((states.isEmpty() || states.contains(r.state)) && (cluster.isEmpty() || r.cluster == cluster)
                && (keyspace.isEmpty() || r.keyspace == keyspace)) {
                selected.append(&r);
            }
        }
        std::sort(selected.begin(), selected.end(), [](const RepairRun *a, const RepairRun *b) { return a->creationTime > b->creationTime; });
        QJsonArray out;
        for (const RepairRun *r : std::as_const(selected)) {
            if (limit > 0 && out.size() >= limit) {
                break;
            }
            out.append(r->toApi(now));
        }
        return json(200, out);
    };
    if (parts.size() == 1 && request.method == "GET") {
        return listRuns(query.value(QLatin1String("cluster_name")).toString());
    }
    if (parts.size() == 1 && request.method == "POST") {
        int status = 0;
        QString error;
        auto run = createRun(state, ns, query, &status, &error);
        if (!run) {
            return text(status, error);
        }
        state.runs.append(*run);
        if (!saveState(reaper, state)) {
            return text(500, QStringLiteral("failed to store the repair run"));
        }
        PortHttpResponse r = json(201, run->toApi(now));
        r.headers.append({QByteArrayLiteral("Location"), QByteArray("/repair_run/" + run->id.toUtf8())});
        return r;
    }
    if (parts.size() == 3 && parts.at(1) == QLatin1String("cluster") && request.method == "GET") {
        return listRuns(parts.at(2));
    }
    if (parts.size() == 2 && parts.at(1) == QLatin1String("purge") && request.method == "POST") {
        const qsizetype before = state.runs.size();
        state.runs.erase(std::remove_if(state.runs.begin(), state.runs.end(), [](const RepairRun &r) { return r.isTerminal(); }),
                         state.runs.end());
        saveState(reaper, state);
        return json(200, QJsonObject{{QLatin1String("purged"), int(before - state.runs.size())}});
    }
    RepairRun *run = parts.size() >= 2 ? state.run(parts.at(1)) : nullptr;
    if (!run) {
        return text(404, QStringLiteral("repair run with id %1 doesn't exist").arg(parts.value(1)));
    }
    if (parts.size() == 2 && request.method == "GET") {
        return json(200, run->toApi(now));
    }
    if (parts.size() == 2 && request.method == "DELETE") {
        const QString owner = query.value(QLatin1String("owner")).toString();
        if (owner.isEmpty()) {
            return text(400, QStringLiteral("required parameter \"owner\" is missing"));
        }
        if (run->state == QLatin1String("RUNNING")) {
            return text(409, QStringLiteral("Repair run with id \"%1\" is currently running, and must be stopped before deleting").arg(run->id));
        }
        if (run->owner != owner) {
            return text(409, QStringLiteral("Repair run with id \"%1\" is not owned by the user you defined: %2").arg(run->id, owner));
        }
        const QString id = run->id;
        state.runs.erase(std::remove_if(state.runs.begin(), state.runs.end(), [&](const RepairRun &r) { return r.id == id; }),
                         state.runs.end());
        saveState(reaper, state);
        return text(202, QString());
    }
    if (parts.size() == 3 && parts.at(2) == QLatin1String("segments") && request.method == "GET") {
        QHash<QString, ReaperNode> nodes;
        for (const ReaperNode &n : clusterNodes(ns, run->cluster)) {
            nodes.insert(n.pod, n);
        }
        QJsonArray out;
        for (const RepairSegment &s : std::as_const(run->segments)) {
            out.append(run->segmentToApi(s, nodes));
        }
        return json(200, out);
    }
    if (parts.size() == 5 && parts.at(2) == QLatin1String("segments") && parts.at(3) == QLatin1String("abort")
        && request.method == "POST") {
        for (RepairSegment &s : run->segments) {
            if (s.id == parts.at(4)) {
                if (s.state == QLatin1String("RUNNING")) {
                    s.state = QStringLiteral("NOT_STARTED");
                    s.startTime = {};
                    run->lastEvent = QStringLiteral("Segment %1 aborted by the user").arg(s.id);
                    saveState(reaper, state);
                }
                return json(200, QJsonObject{{QLatin1String("id"), s.id}, {QLatin1String("state"), s.state}});
            }
        }
        return text(404, QStringLiteral("repair segment with id %1 doesn't exist").arg(parts.at(4)));
    }
    if (parts.size() == 4 && parts.at(2) == QLatin1String("intensity") && request.method == "PUT") {
        bool ok = false;
        const double intensity = parts.at(3).toDouble(&ok);
        if (!ok || intensity <= 0 || intensity > 1) {
            return text(400, QStringLiteral("invalid intensity %1 (must be > 0.0 and <= 1.0)").arg(parts.at(3)));
        }
        if (run->state != QLatin1String("PAUSED") && run->state != QLatin1String("NOT_STARTED")) {
            return text(409, QStringLiteral("repair run %1 must be paused (or not started) to change its intensity").arg(run->id));
        }
        run->intensity = intensity;
        saveState(reaper, state);
        return json(200, run->toApi(now));
    }
    if (parts.size() == 4 && parts.at(2) == QLatin1String("state") && request.method == "PUT") {
        const QString target = parts.at(3).toUpper();
        if (target != QLatin1String("RUNNING") && target != QLatin1String("PAUSED") && target != QLatin1String("ABORTED")) {
            return text(400, QStringLiteral("invalid state \"%1\" (RUNNING, PAUSED or ABORTED)").arg(parts.at(3)));
        }
        if (run->state == target) {
            PortHttpResponse r;
            r.status = 304;
            return r;
        }
        const QString from = run->state;
        const bool allowed = (target == QLatin1String("RUNNING") && (from == QLatin1String("NOT_STARTED") || from == QLatin1String("PAUSED")))
                             || (target == QLatin1String("PAUSED") && from == QLatin1String("RUNNING"))
                             || (target == QLatin1String("ABORTED") && !run->isTerminal());
        if (!allowed) {
            return text(409, QStringLiteral("Transition %1->%2 not supported.").arg(from, target));
        }
        const auto stopRunningSegment = [&] {
            for (RepairSegment &s : run->segments) {
                if (s.state == QLatin1String("RUNNING")) {
                    s.state = QStringLiteral("NOT_STARTED");
                    s.startTime = {};
                }
            }
        };
        if (target == QLatin1String("RUNNING")) {
            const bool resumed = from == QLatin1String("PAUSED");
            startRun(*run, now);
            run->lastEvent = resumed ? QStringLiteral("Repair run resumed") : QStringLiteral("Repair run started");
        } else if (target == QLatin1String("PAUSED")) {
            stopRunningSegment();
            run->state = target;
            run->pauseTime = now;
            run->lastEvent = QStringLiteral("Repair run paused");
        } else {
            stopRunningSegment();
            run->state = target;
            run->endTime = now;
            run->lastEvent = QStringLiteral("Repair run aborted by the user");
        }
        if (!saveState(reaper, state)) {
            return text(500, QStringLiteral("failed to store the repair run"));
        }
        return json(200, run->toApi(now));
    }
    return text(405, QStringLiteral("HTTP 405 Method Not Allowed"));
}

PortHttpResponse ReaperController::scheduleRoutes(const QString &ns, const QJsonObject &reaper, const HttpRequest &request,
                                                  const QStringList &parts)
{
    ReaperState state = loadState(ns, Json::name(reaper));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonObject query = queryObject(request);
    const auto listSchedules = [&](const QString &cluster) {
        const QString keyspace = query.value(QLatin1String("keyspace")).toString();
        QJsonArray out;
        for (const RepairSchedule &s : std::as_const(state.schedules)) {
            if ((cluster.isEmpty() || s.cluster == cluster) && (keyspace.isEmpty() || s.keyspace == keyspace)) {
                out.append(s.toApi());
            }
        }
        return json(200, out);
    };
    if (parts.size() == 1 && request.method == "GET") {
        return listSchedules(Util::clean(query.value(QLatin1String("clusterName")).toString()).isEmpty()
                                 ? QString()
                                 : Util::clean(query.value(QLatin1String("clusterName")).toString()));
    }
    if (parts.size() == 1 && request.method == "POST") {
        int status = 0;
        QString error;
        ReaperState scratch = state; // validation only: the run template is not stored
        auto run = createRun(scratch, ns, query, &status, &error);
        if (!run) {
            return text(status, error);
        }
        RepairSchedule s;
        s.cluster = run->cluster;
        s.keyspace = run->keyspace;
        s.tables = run->tables;
        s.owner = run->owner;
        s.intensity = run->intensity;
        s.incremental = run->incremental;
        s.parallelism = run->parallelism;
        s.segmentCountPerNode = run->segmentCountPerNode;
        s.threadCount = run->threadCount;
        s.unitId = run->unitId;
        const QString days = query.value(QLatin1String("scheduleDaysBetween")).toString();
        if (!days.isEmpty()) {
            bool ok = false;
            s.daysBetween = days.toInt(&ok);
            if (!ok || s.daysBetween < 0) {
                return text(400, QStringLiteral("invalid scheduleDaysBetween: %1").arg(days));
            }
        }
        const QString trigger = query.value(QLatin1String("scheduleTriggerTime")).toString();
        if (trigger.isEmpty()) {
            s.nextActivation = QDateTime(now.date().addDays(1), QTime(0, 0), QTimeZone::UTC);
        } else {
            s.nextActivation = QDateTime::fromString(trigger, Qt::ISODate);
            if (!s.nextActivation.isValid()) {
                return text(400, QStringLiteral("invalid scheduleTriggerTime \"%1\" (ISO 8601, e.g. 2024-05-01T02:00:00)").arg(trigger));
            }
            s.nextActivation = s.nextActivation.timeSpec() == Qt::LocalTime ? QDateTime(s.nextActivation.date(), s.nextActivation.time(), QTimeZone::UTC)
                                                                            : s.nextActivation.toUTC();
            if (s.nextActivation.addSecs(60) < now) {
                return text(400, QStringLiteral("given schedule_trigger_time is in the past: %1").arg(trigger));
            }
        }
        for (const RepairSchedule &other : std::as_const(state.schedules)) {
            if (other.unitId == s.unitId) {
                return text(409, QStringLiteral("A repair schedule already exists for cluster \"%1\", keyspace \"%2\", and column families: [%3]")
                                     .arg(s.cluster, s.keyspace, s.tables.join(u',')));
            }
        }
        s.id = m_client->uuid(QStringLiteral("schedule/") + ns + u'/' + QString::number(state.counter++));
        s.creationTime = now;
        state.schedules.append(s);
        if (!saveState(reaper, state)) {
            return text(500, QStringLiteral("failed to store the repair schedule"));
        }
        PortHttpResponse r = json(201, s.toApi());
        r.headers.append({QByteArrayLiteral("Location"), QByteArray("/repair_schedule/" + s.id.toUtf8())});
        return r;
    }
    if (parts.size() == 3 && parts.at(1) == QLatin1String("cluster") && request.method == "GET") {
        return listSchedules(parts.at(2));
    }
    const bool start = parts.size() == 3 && parts.at(1) == QLatin1String("start");
    RepairSchedule *s = state.schedule(start ? parts.at(2) : parts.value(1));
    if (!s) {
        return text(404, QStringLiteral("repair schedule with id %1 doesn't exist").arg(start ? parts.at(2) : parts.value(1)));
    }
    if (start && request.method == "POST") {
        s->nextActivation = now; // the ticker starts it (and moves the next activation on)
        saveState(reaper, state);
        return json(200, s->toApi());
    }
    if (parts.size() != 2) {
        return text(404, QStringLiteral("HTTP 404 Not Found"));
    }
    if (request.method == "GET") {
        return json(200, s->toApi());
    }
    if (request.method == "PUT") {
        const QString target = query.value(QLatin1String("state")).toString().toUpper();
        if (target != QLatin1String("ACTIVE") && target != QLatin1String("PAUSED")) {
            return text(400, QStringLiteral("invalid state \"%1\" (ACTIVE or PAUSED)").arg(query.value(QLatin1String("state")).toString()));
        }
        if (s->state == target) {
            PortHttpResponse r;
            r.status = 304;
            return r;
        }
        s->state = target;
        s->pauseTime = target == QLatin1String("PAUSED") ? now : QDateTime();
        saveState(reaper, state);
        return json(200, s->toApi());
    }
    if (request.method == "DELETE") {
        const QString owner = query.value(QLatin1String("owner")).toString();
        if (owner.isEmpty()) {
            return text(400, QStringLiteral("required parameter \"owner\" is missing"));
        }
        if (s->state == QLatin1String("ACTIVE")) {
            return text(409, QStringLiteral("Repair schedule with id \"%1\" is currently active, and must be paused before deleting").arg(s->id));
        }
        if (s->owner != owner) {
            return text(409, QStringLiteral("Repair schedule with id \"%1\" is not owned by the user you defined: %2").arg(s->id, owner));
        }
        const QString id = s->id;
        state.schedules.erase(std::remove_if(state.schedules.begin(), state.schedules.end(),
                                             [&](const RepairSchedule &x) { return x.id == id; }),
                              state.schedules.end());
        saveState(reaper, state);
        return text(202, QString());
    }
    return text(405, QStringLiteral("HTTP 405 Method Not Allowed"));
}

} // namespace Ringside::Sandbox::Backup
