#pragma once

#include "models/projecttreemodel.h"

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
    QList<TreeNodeData> children;

    bool sameContent(const TreeNodeData &o) const
    {
        return kind == o.kind && text == o.text && status == o.status && toolTip == o.toolTip && health == o.health && nameSpace == o.nameSpace;
    }
};

/*! Builds a context's subtree from watched objects: namespaces (projects) > clusters > datacenters > racks >
    nodes, from Namespace, CassandraDatacenter and (cass-operator's) Pod objects. Pure: tested with JSON fixtures. \since 0.1 */
QList<TreeNodeData> buildContextTree(const QList<QJsonObject> &namespaces, const QList<QJsonObject> &datacenters,
                                     const QList<QJsonObject> &pods = {});

} // namespace Ringside
