#pragma once

#include "opkit.h"

#include <QSet>

namespace Ringside::Sandbox {

/*! Labels and annotations the simulated world shares (see sandbox/README.md, "Simulated operators"). */
namespace World {
inline const QString NodeStateLabel = QStringLiteral("cassandra.datastax.com/node-state");
inline const QString FaultAnnotation = QStringLiteral("sandbox.ringside.dev/fault");
inline const QString CassandraContainer = QStringLiteral("cassandra");
/*! True when \a pod runs Cassandra under cass-operator (its cassandra container is ready only once started). */
bool isCassandraPod(const QJsonObject &pod);
/*! The faults recorded on an object ("slow", "disk-full"), from the fault annotation (comma-separated). */
QStringList faults(const QJsonObject &object);
} // namespace World

/*! The simulated kubelets of the sandbox's Nodes: a pod bound to a node (spec.nodeName) goes PodScheduled,
    ContainerCreating, then Running with containerStatuses, podIP, hostIP and startTime. Containers are ready
    at once, except the `cassandra` container of a cass-operator pod: its readiness probe (the management API's
    /api/v0/probes/readiness) passes only once Cassandra finished starting, which takes a paced time after
    cass-operator labelled the pod node-state=Starting (three times longer with the "slow" fault).
    Also binds PersistentVolumeClaims (phase Bound, capacity) as the volume controller would. \since 0.1 */
class Kubelet : public Reconciler
{
    Q_OBJECT
public:
    explicit Kubelet(Kube *kube, QObject *parent = nullptr);

    void resync() override;
    void observe(const StoreEvent &event) override;

    /*! The node a new pod goes to: the Ready node with the fewest pods (the scheduler's spreading). */
    static QString chooseNode(Kube *kube);
    /*! The pod IP the kubelet gives the pod with \a uid (10.244.x.y, derived from the uid). */
    static QString podIp(const QString &uid);

protected:
    void reconcile(const QString &ns, const QString &name) override;

private:
    void bindClaim(const QString &ns, const QString &name);
    QJsonObject runningStatus(const QJsonObject &pod, bool cassandraUp) const;

    QSet<QString> m_creating;  //!< pod uids whose containers are being created
    QSet<QString> m_created;   //!< pod uids whose containers were created
    QSet<QString> m_starting;  //!< pod uids whose Cassandra is starting
    QSet<QString> m_started;   //!< pod uids whose Cassandra finished starting
};

} // namespace Ringside::Sandbox
