#pragma once

#include "cassandra/domain/model.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

namespace Ringside::Cassandra::Domain {

/*! The objects read from one kubeconfig context (any may be empty). \since 0.1 */
struct ContextObjects
{
    QString context;
    QList<QJsonObject> namespaces;
    QList<QJsonObject> missionControlClusters;
    QList<QJsonObject> k8ssandraClusters;
    QList<QJsonObject> cassandraDatacenters;
    QList<QJsonObject> pods;
    QList<QJsonObject> clientConfigs;
};

/*! How the `k8sContext` of a datacenter (a ClientConfig context in the control plane) maps to a context of the
    local kubeconfig: an explicit setting first, else a local context of the same name, else a local context named
    like the ClientConfig object. Without a list of local contexts every name maps to itself. \since 0.1 */
struct ContextMapping
{
    QHash<QString, QString> overrides; //!< k8sContext -> local context (from settings)
    QStringList localContexts;         //!< contexts of the kubeconfig; empty: not checked

    /*! The local context for \a k8sContext (empty: \a controlPlane). Empty with \a problem set when unmapped.
        \a clientConfigs are the ClientConfig objects of the control plane. */
    QString resolve(const QString &k8sContext, const QString &controlPlane, const QList<QJsonObject> &clientConfigs,
                    QString *problem) const;
};

/*! Every cluster (and project) found in a set of contexts, merged across contexts: a cluster whose datacenters
    carry `k8sContext` gets those datacenters' CassandraDatacenter objects and pods from the mapped contexts.
    Built by a pure function (no I/O), shared by the GUI and the CLI. \since 0.1 */
struct ClusterTopology
{
    QList<Project> projects;
    QList<Cluster> clusters;
    QStringList problems; //!< translated, e.g. unmapped contexts

    bool isValid() const { return !clusters.isEmpty() || !projects.isEmpty(); }
    /*! The cluster named \a name (top object name or Cassandra cluster name), in \a nameSpace when not empty. */
    const Cluster *find(const QString &name, const QString &nameSpace = {}) const;

    /*! Builds the topology of several contexts. */
    static ClusterTopology build(const QList<ContextObjects> &contexts, const ContextMapping &mapping = {});
    /*! One context's objects (the context name may be empty). */
    static ClusterTopology build(const QList<QJsonObject> &mccs, const QList<QJsonObject> &k8cs,
                                 const QList<QJsonObject> &cassdcs, const QList<QJsonObject> &pods,
                                 const QList<QJsonObject> &clientConfigs, const QString &context = {});
};

/*! Reads the pod \a pod of a datacenter into a Node, completed from the CassandraDatacenter's `nodeStatuses`
    entry \a nodeStatus (may be empty). \since 0.1 */
Node nodeFromPod(const QJsonObject &pod, const QJsonObject &nodeStatus);

} // namespace Ringside::Cassandra::Domain

Q_DECLARE_METATYPE(Ringside::Cassandra::Domain::ClusterTopology)
