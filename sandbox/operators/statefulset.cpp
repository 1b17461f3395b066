#include "kubelet.h"
#include "workloads.h"

#include "api/jsonutil.h"
#include "store/objectstore.h"

namespace Ringside::Sandbox {

static const QString StsManager = QStringLiteral("statefulset-controller");
static const QString RevisionLabel = QStringLiteral("controller-revision-hash");

StatefulSetController::StatefulSetController(Kube *kube, QObject *parent)
    : PodOwnerController(kube, Res::StatefulSets, QStringLiteral("StatefulSet"), parent)
{}

QString StatefulSetController::revisionOf(const QJsonObject &statefulSet)
{
    return Json::name(statefulSet) + u'-' + Op::hash(Json::at(statefulSet, u"spec.template"));
}

static QString claimName(const QJsonObject &claimTemplate, const QString &podName)
{
    return Json::name(claimTemplate) + u'-' + podName;
}

bool StatefulSetController::createPod(const QJsonObject &sts, int ordinal, const QString &revision)
{
    const QString ns = Json::ns(sts);
    const QString stsName = Json::name(sts);
    const QString podName = stsName + u'-' + QString::number(ordinal);
    const QJsonObject spec = sts.value(QLatin1String("spec")).toObject();
    const QJsonObject selector = Json::at(spec, u"selector.matchLabels").toObject();
    QJsonArray volumes = Json::at(spec, u"template.spec.volumes").toArray();
    for (const QJsonValue &v : spec.value(QLatin1String("volumeClaimTemplates")).toArray()) {
        const QJsonObject claimTemplate = v.toObject();
        const QString claim = claimName(claimTemplate, podName);
        volumes.append(QJsonObject{
            {QLatin1String("name"), Json::name(claimTemplate)},
            {QLatin1String("persistentVolumeClaim"), QJsonObject{{QLatin1String("claimName"), claim}}}});
        if (!m_kube->get(Res::Pvcs, ns, claim).isEmpty()) {
            continue;
        }
        QJsonObject labels = Json::meta(claimTemplate).value(QLatin1String("labels")).toObject();
        for (auto it = selector.begin(); it != selector.end(); ++it) {
            labels.insert(it.key(), it.value());
        }
        QJsonObject claimSpec = claimTemplate.value(QLatin1String("spec")).toObject();
        if (!claimSpec.contains(QLatin1String("storageClassName"))) {
            claimSpec.insert(QLatin1String("storageClassName"), QLatin1String("standard"));
        }
        const QJsonObject pvc{
            {QLatin1String("metadata"), QJsonObject{{QLatin1String("name"), claim}, {QLatin1String("labels"), labels}}},
            {QLatin1String("spec"), claimSpec}};
        const ObjectResult r = m_kube->create(Res::Pvcs, ns, pvc, StsManager);
        if (!r.ok() && r.status != 409) {
            m_kube->event(Res::StatefulSets, sts, QStringLiteral("Warning"), QStringLiteral("FailedCreate"),
                          QStringLiteral("create Claim %1 for Pod %2 in StatefulSet %3 failed error: %4")
                              .arg(claim, podName, stsName, r.error->message),
                          StsManager);
            return false;
        }
        m_kube->event(Res::StatefulSets, sts, QStringLiteral("Normal"), QStringLiteral("SuccessfulCreate"),
                      QStringLiteral("create Claim %1 Pod %2 in StatefulSet %3 success").arg(claim, podName, stsName),
                      StsManager);
    }
    const QJsonObject tmpl = spec.value(QLatin1String("template")).toObject();
    QJsonObject meta = tmpl.value(QLatin1String("metadata")).toObject();
    QJsonObject labels = meta.value(QLatin1String("labels")).toObject();
    labels.insert(RevisionLabel, revision);
    labels.insert(QStringLiteral("statefulset.kubernetes.io/pod-name"), podName);
    labels.insert(QStringLiteral("apps.kubernetes.io/pod-index"), QString::number(ordinal));
    meta.insert(QLatin1String("labels"), labels);
    meta.insert(QLatin1String("name"), podName);
    meta.remove(QLatin1String("namespace"));
    meta.insert(QLatin1String("ownerReferences"),
                QJsonArray{Op::ownerReference(QStringLiteral("apps/v1"), QStringLiteral("StatefulSet"), sts)});
    QJsonObject podSpec = tmpl.value(QLatin1String("spec")).toObject();
    podSpec.insert(QLatin1String("volumes"), volumes);
    podSpec.insert(QLatin1String("hostname"), podName);
    if (!spec.value(QLatin1String("serviceName")).toString().isEmpty()) {
        podSpec.insert(QLatin1String("subdomain"), spec.value(QLatin1String("serviceName")));
    }
    const QString node = Kubelet::chooseNode(m_kube);
    if (!node.isEmpty()) {
        podSpec.insert(QLatin1String("nodeName"), node);
    }
    const ObjectResult r = m_kube->create(
        Res::Pods, ns, QJsonObject{{QLatin1String("metadata"), meta}, {QLatin1String("spec"), podSpec}}, StsManager);
    if (!r.ok()) {
        if (r.status != 409) {
            m_kube->event(Res::StatefulSets, sts, QStringLiteral("Warning"), QStringLiteral("FailedCreate"),
                          QStringLiteral("create Pod %1 in StatefulSet %2 failed error: %3")
                              .arg(podName, stsName, r.error->message),
                          StsManager);
        }
        return false;
    }
    m_kube->event(Res::StatefulSets, sts, QStringLiteral("Normal"), QStringLiteral("SuccessfulCreate"),
                  QStringLiteral("create Pod %1 in StatefulSet %2 successful").arg(podName, stsName), StsManager);
    return true;
}

void StatefulSetController::reconcile(const QString &ns, const QString &name)
{
    const QJsonObject sts = m_kube->get(Res::StatefulSets, ns, name);
    if (sts.isEmpty() || Op::isDeleting(sts)) {
        return; // the garbage collector removes the pods
    }
    const QJsonObject spec = sts.value(QLatin1String("spec")).toObject();
    const int replicas = spec.value(QLatin1String("replicas")).toInt(1);
    const bool parallel = spec.value(QLatin1String("podManagementPolicy")).toString() == QLatin1String("Parallel");
    const QString revision = revisionOf(sts);
    const QString uid = Op::uid(sts);
    QMap<int, QJsonObject> pods;
    for (const QJsonObject &pod : m_kube->list(Res::Pods, ns)) {
        if (Op::controllerUid(pod) == uid) {
            pods.insert(Op::ordinal(Json::name(pod)), pod);
        }
    }
    bool acted = false;
    // Create missing pods (OrderedReady: one at a time, each once the previous is Running and Ready).
    for (int i = 0; i < replicas; ++i) {
        if (!pods.contains(i)) {
            acted = true;
            createPod(sts, i, revision);
            if (!parallel) {
                break;
            }
        } else if (!parallel && !Op::podReady(pods.value(i))) {
            acted = true; // wait for it
            break;
        }
    }
    // Scale down: the highest ordinal first, only while the others are healthy (OrderedReady).
    QList<int> condemned;
    for (auto it = pods.cbegin(); it != pods.cend(); ++it) {
        if (it.key() >= replicas) {
            condemned.prepend(it.key());
        }
    }
    bool healthy = true;
    for (int i = 0; i < replicas; ++i) {
        healthy = healthy && pods.contains(i) && Op::podReady(pods.value(i));
    }
    for (int ordinal : std::as_const(condemned)) {
        const QJsonObject pod = pods.value(ordinal);
        if (Op::isDeleting(pod)) {
            break;
        }
        if (!parallel && !healthy) {
            break;
        }
        acted = true;
        if (m_kube->remove(Res::Pods, ns, Json::name(pod), StsManager, Op::uid(pod)).ok()) {
            m_kube->event(Res::StatefulSets, sts, QStringLiteral("Normal"), QStringLiteral("SuccessfulDelete"),
                          QStringLiteral("delete Pod %1 in StatefulSet %2 successful").arg(Json::name(pod), name),
                          StsManager);
        }
        if (!parallel) {
            break;
        }
    }
    // Rolling update: highest ordinal first, one at a time, only while every pod is Ready.
    const QString strategy = Json::at(spec, u"updateStrategy.type").toString(QStringLiteral("RollingUpdate"));
    if (!acted && healthy && condemned.isEmpty() && strategy == QLatin1String("RollingUpdate")) {
        const int partition = Json::at(spec, u"updateStrategy.rollingUpdate.partition").toInt(0);
        for (int i = replicas - 1; i >= partition; --i) {
            const QJsonObject pod = pods.value(i);
            if (Op::labelOf(pod, RevisionLabel) != revision) {
                if (m_kube->remove(Res::Pods, ns, Json::name(pod), StsManager, Op::uid(pod)).ok()) {
                    m_kube->event(Res::StatefulSets, sts, QStringLiteral("Normal"), QStringLiteral("SuccessfulDelete"),
                                  QStringLiteral("delete Pod %1 in StatefulSet %2 successful")
                                      .arg(Json::name(pod), name),
                                  StsManager);
                    pods.remove(i);
                }
                break;
            }
        }
    }
    // Pods of the live set as they are now.
    QMap<int, QJsonObject> now;
    for (const QJsonObject &pod : m_kube->list(Res::Pods, ns)) {
        if (Op::controllerUid(pod) == uid) {
            now.insert(Op::ordinal(Json::name(pod)), pod);
        }
    }
    updateStatus(sts, now, revision);
}

void StatefulSetController::updateStatus(QJsonObject sts, const QMap<int, QJsonObject> &pods, const QString &revision)
{
    QJsonObject status = sts.value(QLatin1String("status")).toObject();
    const QJsonObject before = status;
    const int replicas = Json::at(sts, u"spec.replicas").toInt(1);
    QString current = status.value(QLatin1String("currentRevision")).toString();
    if (current.isEmpty()) {
        current = revision;
    }
    int ready = 0;
    int updated = 0;
    int atCurrent = 0;
    int count = 0;
    for (const QJsonObject &pod : pods) {
        if (Op::isDeleting(pod)) {
            continue;
        }
        ++count;
        const QString podRevision = Op::labelOf(pod, RevisionLabel);
        ready += Op::podReady(pod) ? 1 : 0;
        updated += podRevision == revision ? 1 : 0;
        atCurrent += podRevision == current ? 1 : 0;
    }
    if (updated == replicas && count == replicas && ready == replicas) {
        current = revision;
        atCurrent = updated;
    }
    status.insert(QLatin1String("observedGeneration"), Json::meta(sts).value(QLatin1String("generation")).toInt());
    status.insert(QLatin1String("replicas"), count);
    status.insert(QLatin1String("readyReplicas"), ready);
    status.insert(QLatin1String("availableReplicas"), ready);
    status.insert(QLatin1String("currentReplicas"), atCurrent);
    status.insert(QLatin1String("updatedReplicas"), updated);
    status.insert(QLatin1String("currentRevision"), current);
    status.insert(QLatin1String("updateRevision"), revision);
    status.insert(QLatin1String("collisionCount"), 0);
    if (status != before) {
        sts.insert(QLatin1String("status"), status);
        m_kube->updateStatus(Res::StatefulSets, sts, StsManager);
    }
}

} // namespace Ringside::Sandbox
