#include "cassoperator.h"

#include "cassbuild.h"
#include "kubelet.h"
#include "workloads.h"

#include "api/jsonutil.h"
#include "store/objectstore.h"

#include <QTimer>

namespace Ringside::Sandbox {

static const QString Component = QStringLiteral("cass-operator");
static const QString Finalizer = QStringLiteral("finalizer.cassandra.datastax.com");
static constexpr int DecommissionMs = 5000;

CassOperator::CassOperator(Kube *kube, QObject *parent)
    : Reconciler(kube, parent)
{}

QString CassOperator::hostId(Kube *kube, const QString &claimUid)
{
    return kube->uuid(QLatin1String("host-id/") + claimUid);
}

void CassOperator::resync()
{
    for (const QJsonObject &dc : m_kube->list(Res::CassDcs)) {
        enqueue(Json::ns(dc), Json::name(dc));
    }
}

void CassOperator::observe(const StoreEvent &event)
{
    const QJsonObject &object = event.type == StoreEvent::Type::Deleted ? event.previous : event.object;
    if (event.storageKey == Res::key(Res::CassDcs)) {
        if (event.type != StoreEvent::Type::Deleted) {
            enqueue(Json::ns(object), Json::name(object));
        }
        return;
    }
    if (event.storageKey == Res::key(Res::StatefulSets)) {
        for (const QJsonValue &v : Json::meta(object).value(QLatin1String("ownerReferences")).toArray()) {
            if (v.toObject().value(QLatin1String("kind")).toString() == QLatin1String("CassandraDatacenter")) {
                enqueue(Json::ns(object), v.toObject().value(QLatin1String("name")).toString());
            }
        }
        return;
    }
    if (event.storageKey == Res::key(Res::Pods)
        && Op::labelOf(object, QStringLiteral("app.kubernetes.io/managed-by")) == Component) {
        const QString cluster = Op::labelOf(object, QStringLiteral("cassandra.datastax.com/cluster"));
        const QString dcLabel = Op::labelOf(object, QStringLiteral("cassandra.datastax.com/datacenter"));
        for (const QJsonObject &dc : m_kube->list(Res::CassDcs, Json::ns(object))) {
            const DcView view(dc);
            if (view.cluster == cluster && view.dcLabel == dcLabel) {
                enqueue(view.ns, view.name);
            }
        }
    }
}

void CassOperator::finalize(const DcView &view)
{
    if (!Op::hasFinalizer(view.dc, Finalizer)) {
        return;
    }
    if (Op::annotationOf(view.dc, QStringLiteral("cassandra.datastax.com/delete-pvc")) != QLatin1String("false")) {
        for (const QJsonObject &pvc : m_kube->listLabelled(Res::Pvcs, view.ns, view.dcSelector())) {
            if (m_kube->remove(Res::Pvcs, view.ns, Json::name(pvc), Component).ok()) {
                m_kube->event(Res::CassDcs, view.dc, QStringLiteral("Normal"), QStringLiteral("DeletedPvc"),
                              QStringLiteral("Deleted PVC %1").arg(Json::name(pvc)), Component);
            }
        }
    }
    QJsonObject dc = view.dc;
    Op::setFinalizer(dc, Finalizer, false);
    m_kube->update(Res::CassDcs, dc, Component);
}

void CassOperator::ensureSupportObjects(const DcView &view)
{
    for (const QJsonObject &service : CassBuild::services(view)) {
        if (m_kube->get(Res::Services, view.ns, Json::name(service)).isEmpty()
            && m_kube->create(Res::Services, view.ns, service, Component).ok()) {
            m_kube->event(Res::CassDcs, view.dc, QStringLiteral("Normal"), QStringLiteral("CreatedResource"),
                          QStringLiteral("Created service %1").arg(Json::name(service)), Component);
        }
    }
    if (m_kube->get(Res::Secrets, view.ns, view.superuserSecret()).isEmpty()) {
        m_kube->create(Res::Secrets, view.ns, CassBuild::superuserSecret(view, m_kube), Component);
    }
}

static bool rolledOut(const QJsonObject &sts)
{
    const QJsonObject status = sts.value(QLatin1String("status")).toObject();
    const int replicas = Json::at(sts, u"spec.replicas").toInt(1);
    return status.value(QLatin1String("observedGeneration")).toInt()
               == Json::meta(sts).value(QLatin1String("generation")).toInt()
           && status.value(QLatin1String("readyReplicas")).toInt() == replicas
           && status.value(QLatin1String("replicas")).toInt() == replicas
           && status.value(QLatin1String("updatedReplicas")).toInt() == replicas;
}

bool CassOperator::reconcileRacks(const DcView &view, const QList<QJsonObject> &pods, bool *scalingDown)
{
    bool busy = false; // a rack is rolling, a node starting or leaving: template changes wait
    for (const QJsonObject &pod : pods) {
        const QString state = Op::labelOf(pod, World::NodeStateLabel);
        if (state == QLatin1String("Starting") || state == QLatin1String("Decommissioning")) {
            busy = true;
        }
    }
    QList<QJsonObject> existing;
    for (const QString &rack : view.racks) {
        existing.append(m_kube->get(Res::StatefulSets, view.ns, view.stsName(rack)));
        if (!existing.last().isEmpty() && !rolledOut(existing.last())) {
            busy = true;
        }
    }
    bool pending = false;
    for (int i = 0; i < int(view.racks.size()); ++i) {
        QJsonObject sts = existing.at(i);
        const int desired = view.rackSizes.at(i);
        if (sts.isEmpty()) {
            if (m_kube->create(Res::StatefulSets, view.ns, CassBuild::statefulSet(view, i, desired, {}), Component)
                    .ok()) {
                m_kube->event(Res::CassDcs, view.dc, QStringLiteral("Normal"), QStringLiteral("CreatedResource"),
                              QStringLiteral("Created statefulset %1").arg(view.stsName(view.racks.at(i))),
                              Component);
            }
            pending = true;
            continue;
        }
        const int current = Json::at(sts, u"spec.replicas").toInt(1);
        int replicas = current;
        if (desired > current) {
            replicas = desired;
            m_kube->event(Res::CassDcs, view.dc, QStringLiteral("Normal"), QStringLiteral("ScalingUpRack"),
                          QStringLiteral("Scaling up rack %1").arg(view.racks.at(i)), Component);
        } else if (desired < current && view.stopped) {
            replicas = 0;
        } else if (desired < current) {
            // Decommission the highest ordinal first, then shrink the StatefulSet.
            *scalingDown = true;
            const QString podName = view.stsName(view.racks.at(i)) + u'-' + QString::number(current - 1);
            const QJsonObject pod = m_kube->get(Res::Pods, view.ns, podName);
            const QString uid = Op::uid(pod);
            if (pod.isEmpty() || m_decommissioned.contains(uid)) {
                m_decommissioned.remove(uid);
                replicas = current - 1;
                m_kube->event(Res::CassDcs, view.dc, QStringLiteral("Normal"), QStringLiteral("ScalingDownRack"),
                              QStringLiteral("Scaling down rack %1").arg(view.racks.at(i)), Component);
            } else if (Op::labelOf(pod, World::NodeStateLabel) != QLatin1String("Decommissioning")) {
                bool other = false;
                for (const QJsonObject &p : pods) {
                    other = other || Op::labelOf(p, World::NodeStateLabel) == QLatin1String("Decommissioning");
                }
                if (!other) {
                    QJsonObject labelled = pod;
                    QJsonObject labels = Json::meta(pod).value(QLatin1String("labels")).toObject();
                    labels.insert(World::NodeStateLabel, QStringLiteral("Decommissioning"));
                    Json::setMeta(labelled, QLatin1String("labels"), labels);
                    if (m_kube->update(Res::Pods, labelled, Component).ok()) {
                        m_kube->event(Res::CassDcs, view.dc, QStringLiteral("Normal"),
                                      QStringLiteral("LabeledPodAsDecommissioning"),
                                      QStringLiteral("Labeled node as decommissioning %1").arg(podName), Component);
                    }
                }
            } else if (!m_decommissioning.contains(uid)) {
                m_decommissioning.insert(uid);
                const QString ns = view.ns;
                const QString name = view.name;
                QTimer::singleShot(m_kube->paced(DecommissionMs, uid + QLatin1String("/decommission")), this,
                                   [this, uid, ns, name] {
                                       m_decommissioning.remove(uid);
                                       m_decommissioned.insert(uid);
                                       enqueue(ns, name);
                                   });
            }
        }
        const QString restartedAt = Json::at(sts, u"spec.template.metadata.annotations").toObject().value(
            CassBuild::RestartedAtAnnotation).toString();
        const QJsonObject wanted = CassBuild::statefulSet(view, i, replicas, restartedAt);
        const QString wantedHash = Op::annotationOf(wanted, CassBuild::ResourceHashAnnotation);
        const bool templateChange = Op::annotationOf(sts, CassBuild::ResourceHashAnnotation) != wantedHash;
        bool write = replicas != current;
        if (templateChange && (!busy || view.stopped)) {
            Json::setAt(sts, u"spec.template", Json::at(wanted, u"spec.template"));
            QJsonObject annotations = Json::meta(sts).value(QLatin1String("annotations")).toObject();
            annotations.insert(CassBuild::ResourceHashAnnotation, wantedHash);
            Json::setMeta(sts, QLatin1String("annotations"), annotations);
            Json::setMeta(sts, QLatin1String("labels"), Json::meta(wanted).value(QLatin1String("labels")));
            m_kube->event(Res::CassDcs, view.dc, QStringLiteral("Normal"), QStringLiteral("UpdatingRack"),
                          QStringLiteral("Updating rack %1").arg(view.racks.at(i)), Component);
            busy = true;
            write = true;
        }
        pending = pending || templateChange || !rolledOut(sts);
        // Claims of decommissioned nodes go (a stopped DC keeps its data).
        if (!view.stopped) {
            const QString prefix = QLatin1String("server-data-") + view.stsName(view.racks.at(i)) + u'-';
            for (const QJsonObject &pvc : m_kube->listLabelled(Res::Pvcs, view.ns, view.dcSelector())) {
                const QString claim = Json::name(pvc);
                if (claim.startsWith(prefix) && Op::ordinal(claim) >= replicas && !Op::isDeleting(pvc)
                    && m_kube->get(Res::Pods, view.ns, claim.mid(12)).isEmpty()
                    && m_kube->remove(Res::Pvcs, view.ns, claim, Component).ok()) {
                    m_kube->event(Res::CassDcs, view.dc, QStringLiteral("Normal"), QStringLiteral("DeletedPvc"),
                                  QStringLiteral("Deleted PVC %1").arg(claim), Component);
                }
            }
        }
        if (write) {
            Json::setAt(sts, u"spec.replicas", replicas);
            m_kube->update(Res::StatefulSets, sts, Component);
        }
    }
    return pending;
}

static QStringList seedsOf(const DcView &view)
{
    QStringList seeds;
    const int wanted = std::min(3, view.size);
    for (int ordinal = 0; seeds.size() < wanted && ordinal < view.size; ++ordinal) {
        for (int r = 0; r < int(view.racks.size()) && seeds.size() < wanted; ++r) {
            if (ordinal < view.rackSizes.at(r)) {
                seeds.append(view.stsName(view.racks.at(r)) + u'-' + QString::number(ordinal));
            }
        }
    }
    return seeds;
}

bool CassOperator::startNodes(const DcView &view, QList<QJsonObject> &pods, QJsonObject &status)
{
    QJsonObject nodeStatuses = status.value(QLatin1String("nodeStatuses")).toObject();
    QJsonArray replacements = status.value(QLatin1String("nodeReplacements")).toArray();
    bool busy = false;
    const auto relabel = [&](QJsonObject &pod, const QString &state, bool seed) {
        QJsonObject labels = Json::meta(pod).value(QLatin1String("labels")).toObject();
        labels.insert(World::NodeStateLabel, state);
        if (seed) {
            labels.insert(CassBuild::SeedLabel, QStringLiteral("true"));
        }
        Json::setMeta(pod, QLatin1String("labels"), labels);
        const ObjectResult r = m_kube->update(Res::Pods, pod, Component);
        if (r.ok()) {
            pod = r.object;
        }
        return r.ok();
    };
    for (QJsonObject &pod : pods) {
        const QString state = Op::labelOf(pod, World::NodeStateLabel);
        if (state == QLatin1String("Decommissioning")) {
            busy = true;
        }
        if (state != QLatin1String("Starting")) {
            continue;
        }
        if (!Op::podReady(pod)) {
            busy = true;
            continue;
        }
        const QString podName = Json::name(pod);
        if (!relabel(pod, QStringLiteral("Started"), false)) {
            busy = true;
            continue;
        }
        const QString claimUid = Op::uid(m_kube->get(Res::Pvcs, view.ns, QLatin1String("server-data-") + podName));
        nodeStatuses.insert(podName,
                            QJsonObject{{QLatin1String("hostID"), hostId(m_kube, claimUid)},
                                        {QLatin1String("ip"), Json::at(pod, u"status.podIP").toString()},
                                        {QLatin1String("rack"), Op::labelOf(pod, CassBuild::RackLabel)}});
        status.insert(QLatin1String("lastServerNodeStarted"), Json::timestamp());
        for (qsizetype i = replacements.size() - 1; i >= 0; --i) {
            if (replacements.at(i).toString() == podName) {
                replacements.removeAt(i);
            }
        }
        m_kube->event(Res::CassDcs, view.dc, QStringLiteral("Normal"), QStringLiteral("StartedCassandra"),
                      QStringLiteral("Started Cassandra for pod %1").arg(podName), Component);
    }
    status.insert(QLatin1String("nodeStatuses"), nodeStatuses);
    status.insert(QLatin1String("nodeReplacements"), replacements);
    if (busy || view.stopped) {
        return busy;
    }
    // One node at a time, seeds first.
    const QStringList seeds = seedsOf(view);
    QJsonObject *next = nullptr;
    int best = std::numeric_limits<int>::max();
    for (QJsonObject &pod : pods) {
        if (Op::labelOf(pod, World::NodeStateLabel) != QLatin1String("Ready-to-Start") || !Op::podRunning(pod)) {
            continue;
        }
        const int seedIndex = int(seeds.indexOf(Json::name(pod)));
        const int rank = seedIndex >= 0 ? seedIndex : 1000 + Op::ordinal(Json::name(pod)) * 100
                                                          + int(view.racks.indexOf(Op::labelOf(pod, CassBuild::RackLabel)));
        if (rank < best) {
            best = rank;
            next = &pod;
        }
    }
    if (!next) {
        return false;
    }
    const QString podName = Json::name(*next);
    const bool seed = seeds.contains(podName);
    if (relabel(*next, QStringLiteral("Starting"), seed)) {
        if (seed) {
            m_kube->event(Res::CassDcs, view.dc, QStringLiteral("Normal"), QStringLiteral("LabeledPodAsSeed"),
                          QStringLiteral("Labeled pod a seed node %1").arg(podName), Component);
        }
        if (replacements.contains(QJsonValue(podName))) {
            m_kube->event(Res::CassDcs, view.dc, QStringLiteral("Normal"),
                          QStringLiteral("StartingCassandraAndReplacingNode"),
                          QStringLiteral("Starting Cassandra for pod %1 to replace a node").arg(podName), Component);
        } else {
            m_kube->event(Res::CassDcs, view.dc, QStringLiteral("Normal"), QStringLiteral("StartingCassandra"),
                          QStringLiteral("Starting Cassandra for pod %1").arg(podName), Component);
        }
    }
    return true;
}

void CassOperator::reconcile(const QString &ns, const QString &name)
{
    QJsonObject dc = m_kube->get(Res::CassDcs, ns, name);
    if (dc.isEmpty()) {
        return;
    }
    const DcView view(dc);
    if (Op::isDeleting(dc)) {
        finalize(view);
        return;
    }
    if (!Op::hasFinalizer(dc, Finalizer)) {
        Op::setFinalizer(dc, Finalizer, true);
        m_kube->update(Res::CassDcs, dc, Component);
        return; // the update comes back as an event
    }
    QJsonObject status = dc.value(QLatin1String("status")).toObject();
    const QString invalid = CassBuild::validate(view);
    if (!invalid.isEmpty()) {
        updateStatus(view, {}, status, false, false, invalid);
        return;
    }
    ensureSupportObjects(view);
    bool scalingDown = false;
    const bool rolling
        = reconcileRacks(view, m_kube->listLabelled(Res::Pods, ns, view.dcSelector()), &scalingDown);
    QList<QJsonObject> pods;
    for (const QJsonObject &pod : m_kube->listLabelled(Res::Pods, ns, view.dcSelector())) {
        if (!Op::isDeleting(pod)) {
            pods.append(pod);
        }
    }
    startNodes(view, pods, status);
    updateStatus(view, pods, status, rolling, scalingDown, {});
}

} // namespace Ringside::Sandbox
