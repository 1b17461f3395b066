#include "tasks.h"

#include "cassbuild.h"
#include "cassoperator.h"
#include "kubelet.h"

#include "api/jsonutil.h"
#include "store/objectstore.h"

#include <QTimer>

namespace Ringside::Sandbox {

static const QString Component = QStringLiteral("cass-operator");

static int jobMs(const QString &command)
{
    static const QHash<QString, int> durations{
        {QStringLiteral("flush"), 1000},          {QStringLiteral("cleanup"), 3000},
        {QStringLiteral("upgradesstables"), 4000}, {QStringLiteral("compact"), 4000},
        {QStringLiteral("scrub"), 3000},          {QStringLiteral("garbagecollect"), 3000},
        {QStringLiteral("rebuild"), 5000},        {QStringLiteral("refresh"), 500},
        {QStringLiteral("tsreload"), 500},        {QStringLiteral("move"), 3000}};
    return durations.value(command, 0);
}

bool Tasks::finished(Kube *kube, const Res::Ref &ref, const QJsonObject &task, const QString &manager, int *requeueMs)
{
    *requeueMs = 0;
    const QJsonObject status = task.value(QLatin1String("status")).toObject();
    const QJsonArray conditions = status.value(QLatin1String("conditions")).toArray();
    QString end = status.value(QLatin1String("completionTime")).toString();
    if (end.isEmpty() && Conditions::isTrue(conditions, QStringLiteral("Failed"))) {
        end = Conditions::find(conditions, QStringLiteral("Failed")).value(QLatin1String("lastTransitionTime")).toString();
    }
    if (end.isEmpty()) {
        return false;
    }
    const QJsonValue ttlValue = Json::at(task, u"spec.ttlSecondsAfterFinished");
    const qint64 ttl = ttlValue.isDouble() ? ttlValue.toInteger() : 86400;
    if (ttl <= 0) {
        return true;
    }
    const qint64 left = QDateTime::currentDateTimeUtc().msecsTo(Json::parseTimestamp(end).addSecs(ttl));
    if (left <= 0) {
        kube->remove(ref, Json::ns(task), Json::name(task), manager, Op::uid(task));
    } else {
        *requeueMs = int(std::min<qint64>(left + 10, 3600 * 1000));
    }
    return true;
}

CassandraTaskController::CassandraTaskController(Kube *kube, QObject *parent)
    : Reconciler(kube, parent)
{}

void CassandraTaskController::resync()
{
    for (const QJsonObject &t : m_kube->list(Res::CassTasks)) {
        enqueue(Json::ns(t), Json::name(t));
    }
}

void CassandraTaskController::observe(const StoreEvent &event)
{
    const QJsonObject &object = event.type == StoreEvent::Type::Deleted ? event.previous : event.object;
    if (event.storageKey == Res::key(Res::CassTasks)) {
        if (event.type != StoreEvent::Type::Deleted) {
            enqueue(Json::ns(object), Json::name(object));
        } else {
            m_active.remove(Json::ns(object) + u'/' + Json::name(object));
        }
        return;
    }
    if (m_active.isEmpty()
        || (event.storageKey != Res::key(Res::Pods) && event.storageKey != Res::key(Res::StatefulSets)
            && event.storageKey != Res::key(Res::CassDcs))) {
        return;
    }
    const QString prefix = Json::ns(object) + u'/';
    for (const QString &key : std::as_const(m_active)) {
        if (key.startsWith(prefix)) {
            enqueueKey(key);
        }
    }
}

static QList<QJsonObject> targetPods(Kube *kube, const DcView &view, const QJsonObject &args)
{
    const QString onlyPod = args.value(QLatin1String("pod_name")).toString();
    const QString onlyRack = args.value(QLatin1String("rack")).toString();
    QList<std::pair<int, QJsonObject>> ranked;
    for (const QJsonObject &pod : kube->listLabelled(Res::Pods, view.ns, view.dcSelector())) {
        const QString rack = Op::labelOf(pod, CassBuild::RackLabel);
        if ((!onlyPod.isEmpty() && Json::name(pod) != onlyPod) || (!onlyRack.isEmpty() && rack != onlyRack)) {
            continue;
        }
        ranked.append({int(view.racks.indexOf(rack)) * 10000 + Op::ordinal(Json::name(pod)), pod});
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<QJsonObject> out;
    for (const auto &r : std::as_const(ranked)) {
        out.append(r.second);
    }
    return out;
}

static bool nodeUp(const QJsonObject &pod)
{
    return !pod.isEmpty() && Op::podReady(pod)
           && Op::labelOf(pod, World::NodeStateLabel) == QLatin1String("Started");
}

QString CassandraTaskController::runPerPod(const QJsonObject &task, const DcView &view, const QString &command,
                                           QJsonObject &status)
{
    const QJsonObject args = Json::at(task, u"spec.jobs").toArray().first().toObject().value(QLatin1String("args")).toObject();
    if (command == QLatin1String("rebuild") && args.value(QLatin1String("source_datacenter")).toString().isEmpty()) {
        return QStringLiteral("rebuild needs args.source_datacenter");
    }
    const QList<QJsonObject> pods = targetPods(m_kube, view, args);
    if (pods.isEmpty()) {
        return QStringLiteral("no pod of datacenter %1 matches the job's arguments").arg(view.name);
    }
    const QString uid = Op::uid(task);
    QJsonObject podStatuses = status.value(QLatin1String("podStatuses")).toObject();
    int succeeded = 0;
    int active = 0;
    QString error;
    for (const QJsonObject &pod : pods) {
        const QString podName = Json::name(pod);
        QJsonObject ps = podStatuses.value(podName).toObject();
        const QString state = ps.value(QLatin1String("status")).toString();
        const QString jobKey = uid + u'/' + podName;
        if (state == QLatin1String("COMPLETED")) {
            ++succeeded;
            continue;
        }
        if (state == QLatin1String("RUNNING")) {
            if (m_done.contains(jobKey)) {
                m_done.remove(jobKey);
                ps.insert(QLatin1String("status"), QLatin1String("COMPLETED"));
                ps.insert(QLatin1String("completionTime"), Json::timestamp());
                podStatuses.insert(podName, ps);
                ++succeeded;
                continue;
            }
            if (!nodeUp(pod)) {
                error = QStringLiteral("pod %1 went down while running %2").arg(podName, command);
            } else if (!m_running.contains(jobKey)) {
                // The sandbox restarted while the job ran: the management API job is gone.
                error = QStringLiteral("the %1 job on pod %2 was lost").arg(command, podName);
            } else {
                ++active;
                break;
            }
            ps.insert(QLatin1String("status"), QLatin1String("ERROR"));
            ps.insert(QLatin1String("error"), error);
            podStatuses.insert(podName, ps);
            break;
        }
        if (!nodeUp(pod)) {
            error = QStringLiteral("pod %1 is not ready: Cassandra is not running there, so %2 cannot run")
                        .arg(podName, command);
            podStatuses.insert(podName, QJsonObject{{QLatin1String("status"), QLatin1String("ERROR")},
                                                    {QLatin1String("error"), error},
                                                    {QLatin1String("startTime"), Json::timestamp()}});
            break;
        }
        podStatuses.insert(podName, QJsonObject{{QLatin1String("status"), QLatin1String("RUNNING")},
                                                {QLatin1String("jobId"), m_kube->uuid(jobKey)},
                                                {QLatin1String("startTime"), Json::timestamp()}});
        m_running.insert(jobKey);
        const bool slow = World::faults(pod).contains(QLatin1String("slow"));
        const QString ns = Json::ns(task);
        const QString name = Json::name(task);
        QTimer::singleShot(m_kube->paced(jobMs(command) * (slow ? 3 : 1), jobKey), this, [this, jobKey, ns, name] {
            m_running.remove(jobKey);
            m_done.insert(jobKey);
            enqueue(ns, name);
        });
        ++active;
        break;
    }
    for (const QJsonObject &pod : pods) {
        if (!podStatuses.contains(Json::name(pod))) {
            podStatuses.insert(Json::name(pod), QJsonObject{{QLatin1String("status"), QLatin1String("WAITING")}});
        }
    }
    status.insert(QLatin1String("podStatuses"), podStatuses);
    status.insert(QLatin1String("active"), active);
    status.insert(QLatin1String("succeeded"), succeeded);
    status.insert(QLatin1String("failed"), error.isEmpty() ? 0 : 1);
    if (error.isEmpty() && succeeded == int(pods.size())) {
        status.insert(QLatin1String("completionTime"), Json::timestamp());
    }
    return error;
}

static bool rackRolledOut(const QJsonObject &sts)
{
    const QJsonObject status = sts.value(QLatin1String("status")).toObject();
    const int replicas = Json::at(sts, u"spec.replicas").toInt(1);
    return status.value(QLatin1String("observedGeneration")).toInt()
               == Json::meta(sts).value(QLatin1String("generation")).toInt()
           && status.value(QLatin1String("updatedReplicas")).toInt() == replicas
           && status.value(QLatin1String("readyReplicas")).toInt() == replicas;
}

QString CassandraTaskController::runRestart(const QJsonObject &task, const DcView &view, QJsonObject &status)
{
    const QJsonObject args = Json::at(task, u"spec.jobs").toArray().first().toObject().value(QLatin1String("args")).toObject();
    const QString stamp = status.value(QLatin1String("startTime")).toString();
    const QList<QJsonObject> pods = targetPods(m_kube, view, QJsonObject{{QLatin1String("rack"), args.value(QLatin1String("rack"))}});
    QJsonObject podStatuses = status.value(QLatin1String("podStatuses")).toObject();
    const bool starting = podStatuses.isEmpty();
    if (starting) {
        for (const QJsonObject &pod : pods) {
            if (!nodeUp(pod) && !args.value(QLatin1String("force")).toBool()) {
                return QStringLiteral("pod %1 is not ready: a rolling restart needs every node up").arg(Json::name(pod));
            }
        }
    }
    // Rack by rack: stamp the rack's template, wait for its rollout.
    bool racksDone = true;
    for (const QString &rack : view.racks) {
        if (!args.value(QLatin1String("rack")).toString().isEmpty() && rack != args.value(QLatin1String("rack")).toString()) {
            continue;
        }
        QJsonObject sts = m_kube->get(Res::StatefulSets, view.ns, view.stsName(rack));
        if (sts.isEmpty()) {
            continue;
        }
        if (Json::at(sts, u"spec.template.metadata.annotations").toObject().value(CassBuild::RestartedAtAnnotation).toString()
            != stamp) {
            racksDone = false;
            QJsonObject annotations = Json::at(sts, u"spec.template.metadata.annotations").toObject();
            annotations.insert(CassBuild::RestartedAtAnnotation, stamp);
            Json::setAt(sts, u"spec.template.metadata.annotations", annotations);
            m_kube->update(Res::StatefulSets, sts, Component);
            break;
        }
        if (!rackRolledOut(sts)) {
            racksDone = false;
            break;
        }
    }
    int succeeded = 0;
    int active = 0;
    for (const QJsonObject &pod : pods) {
        const QString podName = Json::name(pod);
        QJsonObject ps = podStatuses.value(podName).toObject();
        const bool restarted = Op::annotationOf(pod, CassBuild::RestartedAtAnnotation) == stamp;
        QString state = QStringLiteral("WAITING");
        if (restarted && nodeUp(pod)) {
            state = QStringLiteral("COMPLETED");
            ++succeeded;
        } else if (restarted || ps.value(QLatin1String("status")).toString() == QLatin1String("RUNNING")
                   || !nodeUp(pod)) {
            state = QStringLiteral("RUNNING");
            ++active;
        }
        if (ps.value(QLatin1String("status")).toString() != state) {
            ps.insert(QLatin1String("status"), state);
            if (state == QLatin1String("RUNNING")) {
                ps.insert(QLatin1String("startTime"), Json::timestamp());
            } else if (state == QLatin1String("COMPLETED")) {
                ps.insert(QLatin1String("completionTime"), Json::timestamp());
            }
            podStatuses.insert(podName, ps);
        }
    }
    status.insert(QLatin1String("podStatuses"), podStatuses);
    status.insert(QLatin1String("active"), active);
    status.insert(QLatin1String("succeeded"), succeeded);
    status.insert(QLatin1String("failed"), 0);
    if (racksDone && succeeded == int(pods.size())) {
        status.insert(QLatin1String("completionTime"), Json::timestamp());
    }
    return {};
}

QString CassandraTaskController::runReplace(const QJsonObject &task, const DcView &view, QJsonObject &status)
{
    const QJsonObject args = Json::at(task, u"spec.jobs").toArray().first().toObject().value(QLatin1String("args")).toObject();
    const QString podName = args.value(QLatin1String("pod_name")).toString();
    if (podName.isEmpty()) {
        return QStringLiteral("replacenode needs args.pod_name");
    }
    const QJsonObject pod = m_kube->get(Res::Pods, view.ns, podName);
    QJsonObject podStatuses = status.value(QLatin1String("podStatuses")).toObject();
    QJsonObject ps = podStatuses.value(podName).toObject();
    const QString state = ps.value(QLatin1String("status")).toString();
    if (state.isEmpty()) {
        if (pod.isEmpty() || Op::labelOf(pod, QStringLiteral("cassandra.datastax.com/datacenter")) != view.dcLabel) {
            return QStringLiteral("pod %1 is not part of datacenter %2").arg(podName, view.name);
        }
        // Tell cass-operator to start the new pod as a replacement, then drop the pod and its data.
        QJsonObject dc = m_kube->get(Res::CassDcs, view.ns, view.name);
        QJsonArray replacements = Json::at(dc, u"status.nodeReplacements").toArray();
        if (!replacements.contains(QJsonValue(podName))) {
            replacements.append(podName);
        }
        Json::setAt(dc, u"status.nodeReplacements", replacements);
        if (!m_kube->updateStatus(Res::CassDcs, dc, Component).ok()) {
            return {}; // try again on the next change
        }
        m_kube->remove(Res::Pvcs, view.ns, QLatin1String("server-data-") + podName, Component);
        m_kube->remove(Res::Pods, view.ns, podName, Component, Op::uid(pod));
        m_kube->event(Res::CassDcs, dc, QStringLiteral("Normal"), QStringLiteral("ReplacingNode"),
                      QStringLiteral("Replacing node %1: its pod and data volume were deleted").arg(podName), Component);
        ps = QJsonObject{{QLatin1String("status"), QLatin1String("RUNNING")},
                         {QLatin1String("jobId"), m_kube->uuid(Op::uid(task) + u'/' + podName)},
                         {QLatin1String("startTime"), Json::timestamp()}};
        status.insert(QLatin1String("active"), 1);
    } else if (state == QLatin1String("RUNNING")) {
        const QJsonObject dc = m_kube->get(Res::CassDcs, view.ns, view.name);
        const bool pending = Json::at(dc, u"status.nodeReplacements").toArray().contains(QJsonValue(podName));
        if (!pending && nodeUp(pod)) {
            ps.insert(QLatin1String("status"), QLatin1String("COMPLETED"));
            ps.insert(QLatin1String("completionTime"), Json::timestamp());
            status.insert(QLatin1String("active"), 0);
            status.insert(QLatin1String("succeeded"), 1);
            status.insert(QLatin1String("completionTime"), Json::timestamp());
        }
    }
    podStatuses.insert(podName, ps);
    status.insert(QLatin1String("podStatuses"), podStatuses);
    return {};
}

void CassandraTaskController::reconcile(const QString &ns, const QString &name)
{
    QJsonObject task = m_kube->get(Res::CassTasks, ns, name);
    const QString key = ns + u'/' + name;
    if (task.isEmpty()) {
        m_active.remove(key);
        return;
    }
    int requeue = 0;
    if (Tasks::finished(m_kube, Res::CassTasks, task, Component, &requeue)) {
        m_active.remove(key);
        if (requeue > 0) {
            requeueAfter(ns, name, requeue);
        }
        return;
    }
    const QString scheduled = Json::at(task, u"spec.scheduledTime").toString();
    if (!scheduled.isEmpty()) {
        const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(Json::parseTimestamp(scheduled));
        if (wait > 0) {
            requeueAfter(ns, name, int(std::min<qint64>(wait + 10, 3600 * 1000)));
            return;
        }
    }
    QJsonObject status = task.value(QLatin1String("status")).toObject();
    const QJsonObject before = status;
    QJsonArray conditions = status.value(QLatin1String("conditions")).toArray();
    if (status.value(QLatin1String("startTime")).toString().isEmpty()) {
        status.insert(QLatin1String("startTime"), Json::timestamp());
    }
    m_active.insert(key);
    QString error;
    const QJsonArray jobs = Json::at(task, u"spec.jobs").toArray();
    const QString dcName = Json::at(task, u"spec.datacenter.name").toString();
    QString dcNs = Json::at(task, u"spec.datacenter.namespace").toString();
    if (dcNs.isEmpty()) {
        dcNs = ns;
    }
    const QJsonObject dc = m_kube->get(Res::CassDcs, dcNs, dcName);
    const QString command = jobs.isEmpty() ? QString() : jobs.first().toObject().value(QLatin1String("command")).toString();
    if (jobs.size() != 1) {
        error = QStringLiteral("only a single job can be defined");
    } else if (dc.isEmpty()) {
        error = QStringLiteral("CassandraDatacenter %1 not found in namespace %2").arg(dcName, dcNs);
    } else if (command == QLatin1String("restart")) {
        error = runRestart(task, DcView(dc), status);
    } else if (command == QLatin1String("replacenode")) {
        error = runReplace(task, DcView(dc), status);
    } else if (jobMs(command) > 0) {
        error = runPerPod(task, DcView(dc), command, status);
    } else {
        error = QStringLiteral("unknown command %1").arg(command);
    }
    const bool complete = !status.value(QLatin1String("completionTime")).toString().isEmpty();
    Conditions::set(conditions, QStringLiteral("Running"), error.isEmpty() && !complete);
    if (complete) {
        Conditions::set(conditions, QStringLiteral("Complete"), true, QStringLiteral("Completed"),
                        QStringLiteral("%1 finished on every pod").arg(command));
    }
    if (!error.isEmpty()) {
        Conditions::set(conditions, QStringLiteral("Failed"), true, QStringLiteral("JobFailed"), error);
        status.insert(QLatin1String("failed"), std::max(1, status.value(QLatin1String("failed")).toInt()));
        status.insert(QLatin1String("active"), 0);
        m_kube->event(Res::CassTasks, task, QStringLiteral("Warning"), QStringLiteral("TaskFailed"), error, Component);
        m_active.remove(key);
    }
    status.insert(QLatin1String("conditions"), conditions);
    if (status != before) {
        task.insert(QLatin1String("status"), status);
        m_kube->updateStatus(Res::CassTasks, task, Component);
    }
}

} // namespace Ringside::Sandbox
