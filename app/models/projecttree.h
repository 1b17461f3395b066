#pragma once

#include "models/projecttreemodel.h"

#include "cassandra/domain/topology.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

namespace Ringside {

/*! One node below a context in the project tree, as a value (built off the model, then synced into it). \since 0.1 */
struct TreeNodeData
{
    enum class Health { Unknown, Ok, Progressing, Warning, Error };
    ProjectTreeModel::NodeKind kind = ProjectTreeModel::NodeKind::Project;
    QString key;  //!< unique among siblings; children are kept sorted by it
    QString text; //!< the name shown
    QString status;
    QString toolTip;
    Health health = Health::Unknown;
    QString nameSpace;
    /*! The context whose objects this node shows, when it is not the context it is shown under: a datacenter of
        a multi-context cluster (and its racks and nodes) lives in the context its `k8sContext` maps to. */
    QString context;
    QList<TreeNodeData> children;

    bool sameContent(const TreeNodeData &o) const
    {
        return kind == o.kind && text == o.text && status == o.status && toolTip == o.toolTip && health == o.health && nameSpace == o.nameSpace
               && context == o.context;
    }
};

/*! What the project tree knows of one kubeconfig context: its objects once read, else its connection state. \since 0.1 */
struct TreeContext
{
    Cassandra::Domain::ContextObjects objects; //!< objects.context names the context
    ProjectTreeModel::ConnectionState state = ProjectTreeModel::ConnectionState::NotConnected;
    QString error; //!< why it cannot connect (state Failed)

    bool isRead() const { return state == ProjectTreeModel::ConnectionState::Connected; }
};

/*! Builds a context's subtree from watched objects: namespaces (projects) > clusters > datacenters > racks >
    nodes, from Namespace, CassandraDatacenter and (cass-operator's) Pod objects. Pure: tested with JSON fixtures. \since 0.1 */
QList<TreeNodeData> buildContextTree(const QList<QJsonObject> &namespaces, const QList<QJsonObject> &datacenters,
                                     const QList<QJsonObject> &pods = {});

/*! Builds the subtree of every read context of \a contexts at once, so that a cluster whose datacenters live in
    several contexts appears once: under the context that holds its MissionControlCluster or K8ssandraCluster (the
    control plane), with each datacenter under it. A datacenter in another context is marked with it
    ("dc2 · east"), carries it in TreeNodeData::context, and shows its racks and nodes from that context's objects;
    when that context is not read yet, it shows why (not connected, connecting, cannot connect: the error) instead.
    Its CassandraDatacenter is not shown again as a cluster of its own context: that context's project names the
    cluster it belongs to. \a mapping maps `k8sContext` to local contexts (ClusterTopology's rules). Pure. \since 0.1 */
QHash<QString, QList<TreeNodeData>> buildTrees(const QList<TreeContext> &contexts, const Cassandra::Domain::ContextMapping &mapping = {});

} // namespace Ringside
