#pragma once

#include "opkit.h"

#include <QSet>

namespace Ringside::Sandbox {

/*! The simulated k8ssandra-operator: one CassandraDatacenter per spec.cassandra.datacenters[] (cluster-level
    settings merged into each, k8ssandra.io/cluster-name and cluster-namespace labels), created one DC at a time
    (the next once the previous is Ready), status.datacenters[dc].cassandra mirroring each DC's status, the
    CassandraInitialized condition and status.error. A DC removed from the spec is decommissioned
    (decommissionProgress UpdatingReplication, then Decommissioning) and deleted. A DC with a k8sContext is not
    reconciled in the sandbox (it has one API server): status.error and the DC's entry say so. \since 0.1 */
class K8ssandraOperator : public Reconciler
{
    Q_OBJECT
public:
    explicit K8ssandraOperator(Kube *kube, QObject *parent = nullptr);

    void resync() override;
    void observe(const StoreEvent &event) override;

    /*! The CassandraDatacenter spec k8ssandra-operator derives from the cluster template and one DC template. */
    static QJsonObject datacenterSpec(const QJsonObject &cassandra, const QJsonObject &dcTemplate,
                                      const QString &clusterName);

protected:
    void reconcile(const QString &ns, const QString &name) override;

private:
    void reconcileReapers(const QJsonObject &k8c, const QString &clusterName, const QMap<QString, QString> &readyDcs,
                          const QStringList &wanted);
    QSet<QString> m_replicationUpdated; //!< "ns/dc" whose replication change (before decommission) finished
    QSet<QString> m_replicationUpdating;
};

/*! The simulated Mission Control operator: a MissionControlCluster owns a K8ssandraCluster of the same name whose
    spec is spec.k8ssandra (DC names prefixed with the cluster name when spec.prefixDcs); direct changes to the
    K8ssandraCluster's spec are reverted; status mirrors the K8ssandraCluster (conditions, datacenters, error)
    plus a Ready condition. \since 0.1 */
class MissionControlOperator : public Reconciler
{
    Q_OBJECT
public:
    explicit MissionControlOperator(Kube *kube, QObject *parent = nullptr);

    void resync() override;
    void observe(const StoreEvent &event) override;

protected:
    void reconcile(const QString &ns, const QString &name) override;

private:
    /*! spec.dataApi: a Data API Deployment and Service per datacenter while enabled (dataapi.cpp). */
    void reconcileDataApi(const QJsonObject &mcc, const QString &component);
    QHash<QString, QString> m_writtenSpec; //!< K8ssandraCluster uid -> hash of the spec as stored after our write
};

} // namespace Ringside::Sandbox
