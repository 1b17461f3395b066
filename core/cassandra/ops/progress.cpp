#include "cassandra/ops/progress.h"

#include "coretr.h"

#include <QJsonArray>

namespace Ringside::Cassandra::Ops {

using Domain::Condition;

namespace {

QJsonObject obj(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}

QStringList names(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &x : a) {
        out << (x.isObject() ? x.toObject().value(QLatin1String("podName")).toString() : x.toString());
    }
    return out;
}

void addPods(Progress *p, const QStringList &pods, const char *state, bool done, bool failed)
{
    for (const QString &pod : pods) {
        p->nodes << NodeProgress{pod, QLatin1String(state), {}, done, failed};
    }
}

/*! Progress of a job with inProgress/finished/failed pod lists and a finishTime. */
Progress podListProgress(const QJsonObject &status)
{
    Progress p;
    const QStringList inProgress = names(status.value(QLatin1String("inProgress")));
    const QStringList finished = names(status.value(QLatin1String("finished")));
    const QStringList failed = names(status.value(QLatin1String("failed")));
    addPods(&p, finished, "COMPLETED", true, false);
    addPods(&p, inProgress, "RUNNING", false, false);
    addPods(&p, failed, "ERROR", false, true);
    p.total = int(p.nodes.size());
    p.done = int(finished.size());
    const bool started = status.contains(QLatin1String("startTime"));
    const bool ended = !status.value(QLatin1String("finishTime")).toString().isEmpty();
    if (!failed.isEmpty() && (ended || inProgress.isEmpty())) {
        p.state = Progress::State::Failed;
        p.message = CoreTr::tr("failed on %1").arg(failed.join(QLatin1String(", ")));
    } else if (ended) {
        p.state = Progress::State::Succeeded;
    } else if (started || !inProgress.isEmpty()) {
        p.state = Progress::State::Running;
    }
    return p;
}

} // namespace

QString Progress::stateName() const
{
    switch (state) {
    case State::Pending:
        return QStringLiteral("Pending");
    case State::Running:
        return QStringLiteral("Running");
    case State::Succeeded:
        return QStringLiteral("Succeeded");
    case State::Failed:
        break;
    }
    return QStringLiteral("Failed");
}

QString Progress::toString() const
{
    QString s = stateName();
    if (total > 0) {
        s += QStringLiteral(" %1/%2").arg(done).arg(total);
    }
    if (!message.isEmpty()) {
        s += QLatin1String(": ") + message;
    }
    return s;
}

Progress taskProgress(const QJsonObject &task)
{
    Progress p;
    const QJsonObject status = obj(task, "status");
    const QList<Condition> conditions = Condition::fromJson(status.value(QLatin1String("conditions")));
    // A K8ssandraTask: the per-datacenter CassandraTask statuses.
    QList<QJsonObject> statuses{status};
    const QJsonObject perDc = obj(status, "datacenters");
    for (auto it = perDc.begin(); it != perDc.end(); ++it) {
        statuses << it.value().toObject();
    }
    for (const QJsonObject &s : std::as_const(statuses)) {
        const QJsonObject pods = obj(s, "podStatuses");
        for (auto it = pods.begin(); it != pods.end(); ++it) {
            const QJsonObject ps = it.value().toObject();
            const QString state = ps.value(QLatin1String("status")).toString();
            p.nodes << NodeProgress{it.key(), state, ps.value(QLatin1String("error")).toString(), state == QLatin1String("COMPLETED"),
                                    state == QLatin1String("ERROR")};
        }
    }
    for (const NodeProgress &n : std::as_const(p.nodes)) {
        p.done += n.done ? 1 : 0;
    }
    p.total = int(p.nodes.size());
    const int succeeded = status.value(QLatin1String("succeeded")).toInt();
    const int failed = status.value(QLatin1String("failed")).toInt();
    const int active = status.value(QLatin1String("active")).toInt();
    if (p.nodes.isEmpty() && succeeded + failed + active > 0) {
        p.done = succeeded;
        p.total = succeeded + failed + active;
    }
    const auto isTrue = [&conditions](const char *type) {
        const auto c = findCondition(conditions, QLatin1String(type));
        return c && c->isTrue();
    };
    if (isTrue("Failed") || isTrue("Invalid")) {
        p.state = Progress::State::Failed;
        const auto c = findCondition(conditions, isTrue("Failed") ? QStringLiteral("Failed") : QStringLiteral("Invalid"));
        p.message = c->message.isEmpty() ? c->reason : c->message;
    } else if (isTrue("Complete") || !status.value(QLatin1String("completionTime")).toString().isEmpty()) {
        p.state = failed > 0 ? Progress::State::Failed : Progress::State::Succeeded;
        if (failed > 0) {
            p.message = CoreTr::tr("%n pod(s) failed", nullptr, failed);
        }
    } else if (isTrue("Running") || status.contains(QLatin1String("startTime")) || active > 0) {
        p.state = Progress::State::Running;
    }
    return p;
}

Progress backupJobProgress(const QJsonObject &job, const QJsonObject &backup)
{
    Progress p = podListProgress(obj(job, "status"));
    const QJsonObject b = obj(backup, "status");
    if (!b.isEmpty()) {
        const QString st = b.value(QLatin1String("status")).toString();
        const int total = b.value(QLatin1String("totalNodes")).toInt();
        const int finished = b.value(QLatin1String("finishedNodes")).toInt();
        if (total > 0) {
            p.total = std::max(p.total, total);
            p.done = std::max(p.done, finished);
        }
        p.message = CoreTr::tr("%1 files, %2").arg(b.value(QLatin1String("totalFiles")).toInteger()).arg(b.value(QLatin1String("totalSize")).toString());
        if (st == QLatin1String("FAILED")) {
            p.state = Progress::State::Failed;
        } else if (st == QLatin1String("SUCCESS") && finished >= total) {
            p.state = Progress::State::Succeeded;
        }
    }
    return p;
}

Progress restoreJobProgress(const QJsonObject &job)
{
    const QJsonObject status = obj(job, "status");
    Progress p = podListProgress(status);
    const QString message = status.value(QLatin1String("message")).toString();
    if (!message.isEmpty()) {
        p.state = Progress::State::Failed;
        p.message = message;
    } else if (p.state != Progress::State::Succeeded && status.value(QLatin1String("datacenterStopped")).toString().isEmpty()
               && status.value(QLatin1String("restorePrepared")).toBool()) {
        p.message = CoreTr::tr("prepared; stopping the datacenter");
    } else if (p.state != Progress::State::Succeeded && !status.value(QLatin1String("datacenterStopped")).toString().isEmpty()) {
        p.state = Progress::State::Running;
        p.message = CoreTr::tr("datacenter stopped; restoring");
    }
    return p;
}

Progress medusaTaskProgress(const QJsonObject &task)
{
    return podListProgress(obj(task, "status"));
}

Progress rolloutProgress(const Domain::Cluster &cluster, const RolloutGoal &goal)
{
    Progress p;
    bool allDone = true;
    QStringList waiting;
    for (auto it = goal.datacenters.begin(); it != goal.datacenters.end(); ++it) {
        const Domain::Datacenter *dc = cluster.datacenter(it.key());
        const RolloutGoal::Dc &g = it.value();
        if (g.removed) {
            const bool gone = !dc || (!dc->objectFound && dc->nodes.isEmpty());
            allDone = allDone && gone;
            if (!gone) {
                waiting << CoreTr::tr("%1 still has %n node(s)", nullptr, int(dc->nodes.size())).arg(it.key());
            }
            continue;
        }
        if (!dc) {
            allDone = false;
            waiting << CoreTr::tr("%1 not created yet").arg(it.key());
            continue;
        }
        const bool stopped = g.stopped.value_or(dc->stopped);
        const int size = stopped ? 0 : g.size.value_or(dc->size);
        bool dcDone = dc->objectFound && dc->generation > g.startGeneration && dc->upToDate();
        if (!dcDone) {
            waiting << CoreTr::tr("%1: the operator has not applied the change yet").arg(dc->displayName());
        }
        if (g.size && dc->size != *g.size) {
            dcDone = false;
        }
        if (g.stopped && dc->stopped != *g.stopped) {
            dcDone = false;
        }
        int ready = 0;
        for (const Domain::Node &n : dc->nodes) {
            const bool versionOk = g.serverVersion.isEmpty() || n.serverVersion == g.serverVersion;
            const bool nodeDone = n.isUp() && n.ready && versionOk;
            ready += nodeDone ? 1 : 0;
            QString state = n.statusCode();
            if (!n.serverVersion.isEmpty()) {
                state += u' ' + n.serverVersion;
            }
            state += n.ready ? QLatin1String(" ready") : QLatin1String(" not-ready");
            p.nodes << NodeProgress{n.name, state, n.podExists ? n.podPhase : CoreTr::tr("no pod"), nodeDone, false};
        }
        p.total += size;
        p.done += std::min(ready, size);
        if (stopped) {
            for (const Domain::Node &n : dc->nodes) {
                dcDone = dcDone && !n.podExists;
            }
        } else {
            dcDone = dcDone && ready == size && int(dc->nodes.size()) == size && dc->progress == QLatin1String("Ready");
        }
        if (!dcDone && !stopped && ready < size) {
            waiting << CoreTr::tr("%1: %2/%3 nodes ready").arg(dc->displayName()).arg(ready).arg(size);
        }
        allDone = allDone && dcDone;
    }
    if (allDone) {
        p.state = Progress::State::Succeeded;
    } else {
        p.state = Progress::State::Running;
        p.message = waiting.join(QLatin1String("; "));
    }
    return p;
}

RolloutGoal rolloutGoal(const Domain::Cluster &cluster, const Operation &op, const QString &version, std::optional<int> size,
                        std::optional<bool> stopped, const QString &newDc)
{
    RolloutGoal goal;
    for (const Domain::Datacenter &d : cluster.datacenters) {
        if (!op.target.datacenter.isEmpty() && d.name != op.target.datacenter && d.datacenterName != op.target.datacenter) {
            continue;
        }
        RolloutGoal::Dc g;
        g.startGeneration = d.generation;
        g.size = size;
        g.stopped = stopped;
        g.serverVersion = version;
        g.removed = op.kind == OperationKind::RemoveDatacenter;
        goal.datacenters.insert(d.name, g);
    }
    if (!newDc.isEmpty()) {
        goal.datacenters.insert(newDc, RolloutGoal::Dc{0, size, std::nullopt, {}, false});
    }
    return goal;
}

Progress createdObjectProgress(const QString &kind, const QJsonObject &object, const QJsonObject &backup)
{
    if (kind == QLatin1String("MedusaBackupJob")) {
        return backupJobProgress(object, backup);
    }
    if (kind == QLatin1String("MedusaRestoreJob")) {
        return restoreJobProgress(object);
    }
    if (kind == QLatin1String("MedusaTask")) {
        return medusaTaskProgress(object);
    }
    return taskProgress(object);
}

Progress combineProgress(const QList<Progress> &parts)
{
    Progress all;
    all.state = Progress::State::Succeeded;
    QStringList messages;
    for (const Progress &p : parts) {
        all.nodes += p.nodes;
        all.done += p.done;
        all.total += p.total;
        if (!p.message.isEmpty()) {
            messages << p.message;
        }
        if (p.state == Progress::State::Failed) {
            all.state = Progress::State::Failed;
        } else if (!p.isFinished() && all.state != Progress::State::Failed) {
            all.state = p.state == Progress::State::Pending && all.state == Progress::State::Succeeded ? Progress::State::Pending
                                                                                                                  : Progress::State::Running;
        }
    }
    if (parts.isEmpty()) {
        all.state = Progress::State::Pending;
    }
    all.message = messages.join(QLatin1String("; "));
    return all;
}

} // namespace Ringside::Cassandra::Ops
