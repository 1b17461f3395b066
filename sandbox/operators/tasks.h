#pragma once

#include "opkit.h"

#include <QSet>

namespace Ringside::Sandbox {

struct DcView;

/*! cass-operator's CassandraTask controller (control.k8ssandra.io/v1alpha1). One job per task:
    - restart: a rolling restart, rack by rack (the control.k8ssandra.io/restartedAt annotation on the rack's
      StatefulSet template; the StatefulSet restarts its pods one at a time);
    - replacenode (args.pod_name): the pod's data volume and pod are deleted, cass-operator starts the new pod
      as a replacement (status.nodeReplacements) and it comes back with a new host ID;
    - cleanup, rebuild (args.source_datacenter), upgradesstables, compact, scrub, flush, garbagecollect, refresh,
      tsreload, move: a management-API job on one pod at a time (args.pod_name / args.rack narrow it).
    Status: startTime, completionTime, active/succeeded/failed, conditions Running/Complete/Failed and
    podStatuses (WAITING, RUNNING, COMPLETED, ERROR). A job on a pod that is not Ready fails the task with the
    reason. scheduledTime delays the start; ttlSecondsAfterFinished deletes finished tasks. \since 0.1 */
class CassandraTaskController : public Reconciler
{
    Q_OBJECT
public:
    explicit CassandraTaskController(Kube *kube, QObject *parent = nullptr);

    void resync() override;
    void observe(const StoreEvent &event) override;

protected:
    void reconcile(const QString &ns, const QString &name) override;

private:
    /*! Returns an error message to fail the task with, or "". */
    QString runPerPod(const QJsonObject &task, const DcView &view, const QString &command, QJsonObject &status);
    QString runRestart(const QJsonObject &task, const DcView &view, QJsonObject &status);
    QString runReplace(const QJsonObject &task, const DcView &view, QJsonObject &status);

    QSet<QString> m_active;  //!< "ns/name" of running tasks
    QSet<QString> m_running; //!< "taskUid/pod" jobs in progress
    QSet<QString> m_done;    //!< "taskUid/pod" jobs finished
};

/*! k8ssandra-operator's K8ssandraTask controller: one CassandraTask `<task>-<dc>` per datacenter of the cluster
    (spec.datacenters or all), one after the other (dcConcurrencyPolicy Forbid, the default) or together
    (Allow), with status.datacenters mirroring them, the summed counts, and conditions Running, Complete,
    Failed and Invalid (unknown cluster). \since 0.1 */
class K8ssandraTaskController : public Reconciler
{
    Q_OBJECT
public:
    explicit K8ssandraTaskController(Kube *kube, QObject *parent = nullptr);

    void resync() override;
    void observe(const StoreEvent &event) override;

protected:
    void reconcile(const QString &ns, const QString &name) override;
};

namespace Tasks {
/*! True when a task has finished (completionTime or a Failed condition); deletes it once its TTL passed and
    otherwise asks for a requeue (\a requeueMs, 0 = none). */
bool finished(Kube *kube, const Res::Ref &ref, const QJsonObject &task, const QString &manager, int *requeueMs);
} // namespace Tasks

} // namespace Ringside::Sandbox
