#include "kubelet.h"
#include "workloads.h"

#include "api/jsonutil.h"
#include "store/objectstore.h"

namespace Ringside::Sandbox {

static const QString DeploymentManager = QStringLiteral("deployment-controller");
static const QString HashLabel = QStringLiteral("pod-template-hash");

DeploymentController::DeploymentController(Kube *kube, QObject *parent)
    : PodOwnerController(kube, Res::Deployments, QStringLiteral("Deployment"), parent)
{}

void DeploymentController::reconcile(const QString &ns, const QString &name)
{
    QJsonObject deployment = m_kube->get(Res::Deployments, ns, name);
    if (deployment.isEmpty() || Op::isDeleting(deployment)) {
        return;
    }
    const QJsonObject spec = deployment.value(QLatin1String("spec")).toObject();
    const int replicas = spec.value(QLatin1String("replicas")).toInt(1);
    const QString hash = Op::hash(spec.value(QLatin1String("template"))).left(10);
    QList<QJsonObject> current;
    QList<QJsonObject> old;
    for (const QJsonObject &pod : m_kube->list(Res::Pods, ns)) {
        if (Op::controllerUid(pod) != Op::uid(deployment) || Op::isDeleting(pod)) {
            continue;
        }
        (Op::labelOf(pod, HashLabel) == hash ? current : old).append(pod);
    }
    int ready = 0;
    for (const QJsonObject &pod : std::as_const(current)) {
        ready += Op::podReady(pod) ? 1 : 0;
    }
    // Scale the current template's pods to the replicas (new pods first: maxSurge, old go once new are Ready).
    for (int i = int(current.size()); i < replicas; ++i) {
        const QJsonObject tmpl = spec.value(QLatin1String("template")).toObject();
        QJsonObject meta = tmpl.value(QLatin1String("metadata")).toObject();
        QJsonObject labels = meta.value(QLatin1String("labels")).toObject();
        labels.insert(HashLabel, hash);
        meta.insert(QLatin1String("labels"), labels);
        const QString suffix = m_kube->uuid(Op::uid(deployment) + u'/' + hash + u'/' + QString::number(i)
                                            + u'/' + QString::number(m_kube->store()->currentResourceVersion()))
                                   .remove(u'-')
                                   .left(5);
        const QString podName = name + u'-' + hash + u'-' + suffix;
        meta.insert(QLatin1String("name"), podName);
        meta.insert(QLatin1String("ownerReferences"),
                    QJsonArray{Op::ownerReference(QStringLiteral("apps/v1"), QStringLiteral("Deployment"), deployment)});
        QJsonObject podSpec = tmpl.value(QLatin1String("spec")).toObject();
        const QString node = Kubelet::chooseNode(m_kube);
        if (!node.isEmpty()) {
            podSpec.insert(QLatin1String("nodeName"), node);
        }
        if (m_kube->create(Res::Pods, ns, QJsonObject{{QLatin1String("metadata"), meta}, {QLatin1String("spec"), podSpec}},
                           DeploymentManager)
                .ok()) {
            m_kube->event(Res::Deployments, deployment, QStringLiteral("Normal"), QStringLiteral("ScalingReplicaSet"),
                          QStringLiteral("Created pod %1").arg(podName), DeploymentManager);
        }
    }
    for (qsizetype i = replicas; i < current.size(); ++i) {
        m_kube->remove(Res::Pods, ns, Json::name(current.at(i)), DeploymentManager);
    }
    if (ready >= replicas) {
        for (const QJsonObject &pod : std::as_const(old)) {
            m_kube->remove(Res::Pods, ns, Json::name(pod), DeploymentManager);
        }
    }
    deployment = m_kube->get(Res::Deployments, ns, name);
    QJsonObject status = deployment.value(QLatin1String("status")).toObject();
    const QJsonObject before = status;
    const int total = int(current.size() + (ready >= replicas ? 0 : old.size()));
    status.insert(QLatin1String("observedGeneration"), Json::meta(deployment).value(QLatin1String("generation")).toInt());
    status.insert(QLatin1String("replicas"), total);
    status.insert(QLatin1String("updatedReplicas"), int(std::min<qsizetype>(current.size(), replicas)));
    status.insert(QLatin1String("readyReplicas"), ready);
    status.insert(QLatin1String("availableReplicas"), ready);
    if (replicas - ready > 0) {
        status.insert(QLatin1String("unavailableReplicas"), replicas - ready);
    } else {
        status.remove(QLatin1String("unavailableReplicas"));
    }
    QJsonArray conditions = status.value(QLatin1String("conditions")).toArray();
    Conditions::set(conditions, QStringLiteral("Available"), ready >= replicas,
                    ready >= replicas ? QStringLiteral("MinimumReplicasAvailable")
                                      : QStringLiteral("MinimumReplicasUnavailable"),
                    ready >= replicas ? QStringLiteral("Deployment has minimum availability.")
                                      : QStringLiteral("Deployment does not have minimum availability."));
    Conditions::set(conditions, QStringLiteral("Progressing"), true,
                    ready >= replicas && old.isEmpty() ? QStringLiteral("NewReplicaSetAvailable")
                                                       : QStringLiteral("ReplicaSetUpdated"),
                    QStringLiteral("Deployment \"%1\" %2.")
                        .arg(name, ready >= replicas && old.isEmpty() ? QStringLiteral("has successfully progressed")
                                                                      : QStringLiteral("is progressing")));
    status.insert(QLatin1String("conditions"), conditions);
    if (status != before) {
        deployment.insert(QLatin1String("status"), status);
        m_kube->updateStatus(Res::Deployments, deployment, DeploymentManager);
    }
}

} // namespace Ringside::Sandbox
