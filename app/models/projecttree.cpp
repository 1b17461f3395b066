#include "projecttree.h"

#include "modelstr.h"

#include <QJsonArray>
#include <QMap>

namespace Ringside {

namespace {

QString str(const QJsonObject &o, std::initializer_list<const char *> path)
{
    QJsonValue v = o;
    for (const char *p : path) {
        v = v.toObject().value(QLatin1String(p));
    }
    return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
}

QString conditionStatus(const QJsonObject &dc, const char *type)
{
    const QJsonArray conditions = dc.value(QLatin1String("status")).toObject().value(QLatin1String("conditions")).toArray();
    for (const QJsonValue &c : conditions) {
        if (c.toObject().value(QLatin1String("type")).toString() == QLatin1String(type)) {
            return c.toObject().value(QLatin1String("status")).toString();
        }
    }
    return {};
}

TreeNodeData datacenterNode(const QJsonObject &dc)
{
    TreeNodeData n;
    n.kind = ProjectTreeModel::NodeKind::Datacenter;
    n.key = str(dc, {"metadata", "name"});
    n.nameSpace = str(dc, {"metadata", "namespace"});
    const QString override = str(dc, {"spec", "datacenterName"});
    n.text = override.isEmpty() ? n.key : override;
    const int size = dc.value(QLatin1String("spec")).toObject().value(QLatin1String("size")).toInt();
    const QString progress = str(dc, {"status", "cassandraOperatorProgress"});
    const bool stopped = dc.value(QLatin1String("spec")).toObject().value(QLatin1String("stopped")).toBool();
    const QString ready = conditionStatus(dc, "Ready");
    const int known = int(dc.value(QLatin1String("status")).toObject().value(QLatin1String("nodeStatuses")).toObject().size());
    QStringList busy;
    for (const char *c : {"ScalingUp", "ScalingDown", "Updating", "RollingRestart", "ReplacingNodes", "Resuming", "Decommission"}) {
        if (conditionStatus(dc, c) == QLatin1String("True")) {
            busy.append(QLatin1String(c));
        }
    }
    if (stopped) {
        n.status = ModelsTr::tr("stopped");
        n.health = TreeNodeData::Health::Warning;
    } else if (progress.isEmpty()) {
        n.status = ModelsTr::tr("pending");
        n.health = TreeNodeData::Health::Progressing;
    } else if (!busy.isEmpty()) {
        n.status = busy.join(QLatin1String(", "));
        n.health = TreeNodeData::Health::Progressing;
    } else if (progress == QLatin1String("Ready") && ready == QLatin1String("True")) {
        n.status = ModelsTr::tr("Ready · %n node(s)", nullptr, size);
        n.health = TreeNodeData::Health::Ok;
    } else {
        n.status = progress;
        n.health = progress == QLatin1String("Updating") ? TreeNodeData::Health::Progressing : TreeNodeData::Health::Warning;
    }
    n.toolTip = ModelsTr::tr("<b>%1</b> (CassandraDatacenter %2/%3)<br>%4 %5, size %6, %7 node(s) known<br>Operator progress: %8")
                    .arg(n.text.toHtmlEscaped(), n.nameSpace.toHtmlEscaped(), n.key.toHtmlEscaped(), str(dc, {"spec", "serverType"}).toHtmlEscaped(),
                         str(dc, {"spec", "serverVersion"}).toHtmlEscaped())
                    .arg(size)
                    .arg(known)
                    .arg(progress.isEmpty() ? ModelsTr::tr("not reported yet") : progress.toHtmlEscaped());
    return n;
}

TreeNodeData::Health worst(const QList<TreeNodeData> &nodes)
{
    TreeNodeData::Health h = TreeNodeData::Health::Unknown;
    for (const TreeNodeData &n : nodes) {
        h = std::max(h, n.health);
    }
    return h;
}

} // namespace

QList<TreeNodeData> buildContextTree(const QList<QJsonObject> &namespaces, const QList<QJsonObject> &datacenters)
{
    // namespace -> cluster -> datacenters
    QMap<QString, QMap<QString, QList<TreeNodeData>>> byNamespace;
    for (const QJsonObject &ns : namespaces) {
        byNamespace[str(ns, {"metadata", "name"})];
    }
    for (const QJsonObject &dc : datacenters) {
        const QString ns = str(dc, {"metadata", "namespace"});
        QString cluster = str(dc, {"spec", "clusterName"});
        if (cluster.isEmpty()) {
            cluster = str(dc, {"metadata", "labels", "cassandra.datastax.com/cluster"});
        }
        byNamespace[ns][cluster].append(datacenterNode(dc));
    }
    QList<TreeNodeData> out;
    for (auto ns = byNamespace.cbegin(); ns != byNamespace.cend(); ++ns) {
        TreeNodeData project;
        project.kind = ProjectTreeModel::NodeKind::Project;
        project.key = ns.key();
        project.text = ns.key();
        project.nameSpace = ns.key();
        for (auto cl = ns.value().cbegin(); cl != ns.value().cend(); ++cl) {
            TreeNodeData cluster;
            cluster.kind = ProjectTreeModel::NodeKind::Cluster;
            cluster.key = cl.key();
            cluster.text = cl.key();
            cluster.nameSpace = ns.key();
            cluster.children = cl.value();
            std::sort(cluster.children.begin(), cluster.children.end(), [](const TreeNodeData &a, const TreeNodeData &b) { return a.key < b.key; });
            cluster.health = worst(cluster.children);
            cluster.status = ModelsTr::tr("%n datacenter(s)", nullptr, int(cluster.children.size()));
            cluster.toolTip = ModelsTr::tr("Cassandra cluster <b>%1</b> in namespace %2").arg(cl.key().toHtmlEscaped(), ns.key().toHtmlEscaped());
            project.children.append(cluster);
        }
        project.health = worst(project.children);
        project.status = project.children.isEmpty() ? QString() : ModelsTr::tr("%n cluster(s)", nullptr, int(project.children.size()));
        project.toolTip = ModelsTr::tr("Namespace <b>%1</b>").arg(ns.key().toHtmlEscaped());
        out.append(project);
    }
    return out;
}

} // namespace Ringside
