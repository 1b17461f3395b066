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

bool podReady(const QJsonObject &pod)
{
    const QJsonArray conditions = pod.value(QLatin1String("status")).toObject().value(QLatin1String("conditions")).toArray();
    for (const QJsonValue &c : conditions) {
        if (c.toObject().value(QLatin1String("type")).toString() == QLatin1String("Ready")) {
            return c.toObject().value(QLatin1String("status")).toString() == QLatin1String("True");
        }
    }
    return false;
}

int podRestarts(const QJsonObject &pod)
{
    int restarts = 0;
    const QJsonArray statuses = pod.value(QLatin1String("status")).toObject().value(QLatin1String("containerStatuses")).toArray();
    for (const QJsonValue &c : statuses) {
        restarts += c.toObject().value(QLatin1String("restartCount")).toInt();
    }
    return restarts;
}

// One Cassandra node: its pod, with what cass-operator's labels and the datacenter's nodeStatuses say.
TreeNodeData nodeNode(const QJsonObject &pod, const QJsonObject &dc)
{
    TreeNodeData n;
    n.kind = ProjectTreeModel::NodeKind::Node;
    n.key = str(pod, {"metadata", "name"});
    n.text = n.key;
    n.nameSpace = str(pod, {"metadata", "namespace"});
    const QString phase = str(pod, {"status", "phase"});
    const QString nodeState = str(pod, {"metadata", "labels", "cassandra.datastax.com/node-state"});
    const bool deleting = pod.value(QLatin1String("metadata")).toObject().contains(QLatin1String("deletionTimestamp"));
    const int restarts = podRestarts(pod);
    if (deleting) {
        n.status = ModelsTr::tr("terminating");
        n.health = TreeNodeData::Health::Progressing;
    } else if (podReady(pod)) {
        n.status = ModelsTr::tr("Up");
        n.health = TreeNodeData::Health::Ok;
    } else if (phase == QLatin1String("Pending") || nodeState == QLatin1String("Ready-to-Start") || nodeState == QLatin1String("Starting")) {
        n.status = nodeState == QLatin1String("Starting") ? ModelsTr::tr("starting") : ModelsTr::tr("pending");
        n.health = TreeNodeData::Health::Progressing;
    } else {
        n.status = ModelsTr::tr("Down");
        n.health = TreeNodeData::Health::Error;
    }
    if (restarts > 0) {
        n.status += u" · " + ModelsTr::tr("%n restart(s)", nullptr, restarts);
    }
    const QString hostId = dc.value(QLatin1String("status")).toObject().value(QLatin1String("nodeStatuses")).toObject()
                               .value(n.key).toObject().value(QLatin1String("hostID")).toString();
    n.toolTip = ModelsTr::tr("<b>%1</b><br>pod phase %2, Cassandra %3<br>IP %4, host ID %5<br>on Kubernetes node %6")
                    .arg(n.key.toHtmlEscaped(), phase.toHtmlEscaped(), nodeState.isEmpty() ? ModelsTr::tr("state not labelled") : nodeState.toHtmlEscaped(),
                         str(pod, {"status", "podIP"}).toHtmlEscaped(), hostId.isEmpty() ? ModelsTr::tr("not known yet") : hostId.toHtmlEscaped(),
                         str(pod, {"spec", "nodeName"}).toHtmlEscaped());
    return n;
}

// Racks of a datacenter, from spec.racks (a datacenter without racks has one, "default"), each with its pods.
QList<TreeNodeData> rackNodes(const QJsonObject &dc, const QString &dcName, const QList<QJsonObject> &pods, int *up, int *total)
{
    QStringList racks;
    for (const QJsonValue &r : dc.value(QLatin1String("spec")).toObject().value(QLatin1String("racks")).toArray()) {
        racks.append(r.toObject().value(QLatin1String("name")).toString());
    }
    const bool declared = !racks.isEmpty();
    if (!declared) {
        racks.append(QStringLiteral("default"));
    }
    const QString ns = str(dc, {"metadata", "namespace"});
    const QString dcKey = str(dc, {"metadata", "name"});
    QList<TreeNodeData> out;
    for (const QString &rack : std::as_const(racks)) {
        TreeNodeData r;
        r.kind = ProjectTreeModel::NodeKind::Rack;
        r.key = rack;
        r.text = rack;
        r.nameSpace = ns;
        int rackUp = 0;
        for (const QJsonObject &pod : pods) {
            const QString podDc = str(pod, {"metadata", "labels", "cassandra.datastax.com/datacenter"});
            if (str(pod, {"metadata", "namespace"}) != ns || (podDc != dcKey && podDc != dcName)
                || str(pod, {"metadata", "labels", "cassandra.datastax.com/rack"}) != rack) {
                continue;
            }
            r.children.append(nodeNode(pod, dc));
            rackUp += r.children.constLast().health == TreeNodeData::Health::Ok ? 1 : 0;
        }
        if (!declared && r.children.isEmpty()) {
            continue; // no racks declared and no pods yet: nothing to show
        }
        std::sort(r.children.begin(), r.children.end(), [](const TreeNodeData &a, const TreeNodeData &b) { return a.key < b.key; });
        r.health = r.children.isEmpty() ? TreeNodeData::Health::Unknown : worst(r.children);
        r.status = ModelsTr::tr("%1/%2 up").arg(rackUp).arg(r.children.size());
        r.toolTip = ModelsTr::tr("Rack <b>%1</b> of datacenter %2").arg(rack.toHtmlEscaped(), dcName.toHtmlEscaped());
        *up += rackUp;
        *total += int(r.children.size());
        out.append(r);
    }
    return out;
}

} // namespace

QList<TreeNodeData> buildContextTree(const QList<QJsonObject> &namespaces, const QList<QJsonObject> &datacenters,
                                     const QList<QJsonObject> &pods)
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
        TreeNodeData node = datacenterNode(dc);
        int up = 0;
        int total = 0;
        node.children = rackNodes(dc, node.text, pods, &up, &total);
        if (total > 0) {
            node.status += u" · " + ModelsTr::tr("%1/%2 up").arg(up).arg(total);
            if (up < total && node.health == TreeNodeData::Health::Ok) {
                node.health = TreeNodeData::Health::Warning;
            }
        }
        byNamespace[ns][cluster].append(node);
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
