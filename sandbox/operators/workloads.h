#pragma once

#include "opkit.h"

namespace Ringside::Sandbox {

/*! A controller of pods (StatefulSet, Deployment): reconciles every object of its resource at resync, an object
    when it changes, and the owner of a pod (its controller ownerReference of kind \a kind) when the pod changes.
    \since 0.1 */
class PodOwnerController : public Reconciler
{
    Q_OBJECT
public:
    PodOwnerController(Kube *kube, const Res::Ref &resource, const QString &kind, QObject *parent = nullptr);

    void resync() override;
    void observe(const StoreEvent &event) override;

private:
    Res::Ref m_resource;
    QString m_kind;
};

/*! The StatefulSet controller of kube-controller-manager: pods `<sts>-N` with stable names and claims from
    volumeClaimTemplates (kept when pods go), OrderedReady (pod N only once N-1 is Running and Ready; scale down
    highest ordinal first) or Parallel pod management, RollingUpdate from the highest ordinal down to the
    partition, one pod at a time and only while every pod is Ready, with controller-revision-hash labels and
    currentRevision/updateRevision. A deleted pod is recreated (new uid, same claim). \since 0.1 */
class StatefulSetController : public PodOwnerController
{
    Q_OBJECT
public:
    explicit StatefulSetController(Kube *kube, QObject *parent = nullptr);

    /*! The revision name of a StatefulSet's current template ("<sts>-<hash>"). */
    static QString revisionOf(const QJsonObject &statefulSet);

protected:
    void reconcile(const QString &ns, const QString &name) override;

private:
    bool createPod(const QJsonObject &sts, int ordinal, const QString &revision);
    void updateStatus(QJsonObject sts, const QMap<int, QJsonObject> &pods, const QString &revision);
};

/*! A Deployment controller without ReplicaSets (a simplification): pods `<deployment>-<hash>-<suffix>` owned by
    the Deployment; on a template change new pods are created first and old ones deleted once the new are
    Ready; status replicas/readyReplicas/availableReplicas/updatedReplicas and the Available and Progressing
    conditions. \since 0.1 */
class DeploymentController : public PodOwnerController
{
    Q_OBJECT
public:
    explicit DeploymentController(Kube *kube, QObject *parent = nullptr);

protected:
    void reconcile(const QString &ns, const QString &name) override;
};

/*! The endpoints controller of kube-controller-manager: for every Service with a selector, an Endpoints object of
    the same name whose addresses are the selected pods' IPs (ready ones in addresses, the others in
    notReadyAddresses unless the Service publishes not-ready addresses), with targetRefs, and the Service's ports
    (a named targetPort resolved against each pod's container ports). \since 0.1 */
class EndpointsController : public Reconciler
{
    Q_OBJECT
public:
    explicit EndpointsController(Kube *kube, QObject *parent = nullptr);

    void resync() override;
    void observe(const StoreEvent &event) override;

protected:
    void reconcile(const QString &ns, const QString &name) override;
};

} // namespace Ringside::Sandbox
