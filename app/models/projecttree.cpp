#include "projecttree.h"

#include "modelstr.h"

#include <QJsonArray>
#include <QMap>
#include <QSet>

#include <algorithm>

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

// A context's pods by namespace and datacenter label, so that each datacenter looks at its own pods only.
using PodIndex = QHash<QString, QList<QJsonObject>>;

PodIndex indexPods(const QList<QJsonObject> &pods)
{
    PodIndex index;
    for (const QJsonObject &pod : pods) {
        index[str(pod, {"metadata", "namespace"}) + u'/' + str(pod, {"metadata", "labels", "cassandra.datastax.com/datacenter"})].append(pod);
    }
    return index;
}

// A datacenter with its racks and nodes, from its CassandraDatacenter object and the pods of its context.
TreeNodeData datacenterWithRacks(const QJsonObject &dc, const PodIndex &pods)
{
    TreeNodeData node = datacenterNode(dc);
    const QString ns = str(dc, {"metadata", "namespace"});
    QList<QJsonObject> own = pods.value(ns + u'/' + node.key);
    if (node.text != node.key) {
        own += pods.value(ns + u'/' + node.text);
    }
    int up = 0;
    int total = 0;
    node.children = rackNodes(dc, node.text, own, &up, &total);
    if (total > 0) {
        node.status += u" · " + ModelsTr::tr("%1/%2 up").arg(up).arg(total);
        if (up < total && node.health == TreeNodeData::Health::Ok) {
            node.health = TreeNodeData::Health::Warning;
        }
    }
    return node;
}

QString clusterNameOf(const QJsonObject &dc)
{
    const QString cluster = str(dc, {"spec", "clusterName"});
    return cluster.isEmpty() ? str(dc, {"metadata", "labels", "cassandra.datastax.com/cluster"}) : cluster;
}

void sortByKey(QList<TreeNodeData> *nodes)
{
    std::sort(nodes->begin(), nodes->end(), [](const TreeNodeData &a, const TreeNodeData &b) { return a.key < b.key; });
}

void setContext(TreeNodeData *node, const QString &context)
{
    node->context = context;
    for (TreeNodeData &child : node->children) {
        setContext(&child, context);
    }
}

// The clusters (and notes about datacenters shown elsewhere) of one context, by namespace.
struct ContextParts
{
    QMap<QString, QList<TreeNodeData>> clusters;
    QMap<QString, QStringList> shownElsewhere; //!< namespace -> "shop (west)" for datacenters shown under another context
};

void finishCluster(TreeNodeData *cluster, const QStringList &contexts)
{
    sortByKey(&cluster->children);
    cluster->health = worst(cluster->children);
    cluster->status = ModelsTr::tr("%n datacenter(s)", nullptr, int(cluster->children.size()));
    if (contexts.size() > 1) {
        cluster->status += u" · " + ModelsTr::tr("%1 contexts").arg(contexts.size());
    }
}

// One context's projects from its namespaces, its standalone CassandraDatacenters (those not \a claimed by a
// cluster object) grouped by Cassandra cluster name, and the clusters built from cluster objects.
QList<TreeNodeData> projectsOf(const QList<QJsonObject> &namespaces, const QList<QJsonObject> &datacenters, const QList<QJsonObject> &pods,
                               const QSet<QString> &claimed, ContextParts parts)
{
    QMap<QString, QMap<QString, QList<TreeNodeData>>> standalone; // namespace -> cluster -> datacenters
    for (const QJsonObject &ns : namespaces) {
        standalone[str(ns, {"metadata", "name"})];
    }
    for (auto it = parts.clusters.cbegin(); it != parts.clusters.cend(); ++it) {
        standalone[it.key()];
    }
    for (auto it = parts.shownElsewhere.cbegin(); it != parts.shownElsewhere.cend(); ++it) {
        standalone[it.key()];
    }
    const PodIndex podIndex = indexPods(pods);
    for (const QJsonObject &dc : datacenters) {
        const QString ns = str(dc, {"metadata", "namespace"});
        if (claimed.contains(ns + u'/' + str(dc, {"metadata", "name"}))) {
            continue;
        }
        standalone[ns][clusterNameOf(dc)].append(datacenterWithRacks(dc, podIndex));
    }
    QList<TreeNodeData> out;
    for (auto ns = standalone.cbegin(); ns != standalone.cend(); ++ns) {
        TreeNodeData project;
        project.kind = ProjectTreeModel::NodeKind::Project;
        project.key = ns.key();
        project.text = ns.key();
        project.nameSpace = ns.key();
        QList<TreeNodeData> clusters = parts.clusters.value(ns.key());
        for (auto cl = ns.value().cbegin(); cl != ns.value().cend(); ++cl) {
            TreeNodeData *existing = nullptr;
            for (TreeNodeData &c : clusters) {
                if (c.key == cl.key()) {
                    existing = &c;
                }
            }
            if (existing) {
                // A CassandraDatacenter of a cluster object that does not list it (yet): shown with the cluster.
                existing->children += cl.value();
                finishCluster(existing, {});
                continue;
            }
            TreeNodeData cluster;
            cluster.kind = ProjectTreeModel::NodeKind::Cluster;
            cluster.key = cl.key();
            cluster.text = cl.key();
            cluster.nameSpace = ns.key();
            cluster.children = cl.value();
            finishCluster(&cluster, {});
            cluster.toolTip = ModelsTr::tr("Cassandra cluster <b>%1</b> in namespace %2").arg(cl.key().toHtmlEscaped(), ns.key().toHtmlEscaped());
            clusters.append(cluster);
        }
        sortByKey(&clusters);
        project.children = clusters;
        project.health = worst(project.children);
        project.status = project.children.isEmpty() ? QString() : ModelsTr::tr("%n cluster(s)", nullptr, int(project.children.size()));
        project.toolTip = ModelsTr::tr("Namespace <b>%1</b>").arg(ns.key().toHtmlEscaped());
        const QStringList elsewhere = parts.shownElsewhere.value(ns.key());
        if (!elsewhere.isEmpty()) {
            if (project.status.isEmpty()) {
                project.status = ModelsTr::tr("datacenters of %1").arg(elsewhere.join(QLatin1String(", ")));
            }
            for (const QString &note : elsewhere) {
                project.toolTip += u"<br>" + ModelsTr::tr("Datacenters here belong to cluster %1 and are shown under it.").arg(note.toHtmlEscaped());
            }
        }
        out.append(project);
    }
    return out;
}

QString stateText(ProjectTreeModel::ConnectionState state)
{
    switch (state) {
    case ProjectTreeModel::ConnectionState::NotConnected: return ModelsTr::tr("not connected");
    case ProjectTreeModel::ConnectionState::Connecting: return ModelsTr::tr("connecting…");
    case ProjectTreeModel::ConnectionState::Failed: return ModelsTr::tr("cannot connect");
    case ProjectTreeModel::ConnectionState::Connected: break;
    }
    return {};
}

// A datacenter of a cluster object whose CassandraDatacenter was not read: why, and what the control plane says.
TreeNodeData unreadDatacenter(const Cassandra::Domain::Datacenter &dc, const Cassandra::Domain::Cluster &cluster, const TreeContext *where)
{
    TreeNodeData n;
    n.kind = ProjectTreeModel::NodeKind::Datacenter;
    n.key = dc.name;
    n.nameSpace = dc.nameSpace;
    n.text = dc.displayName();
    QString why;
    if (dc.context.isEmpty()) {
        n.status = ModelsTr::tr("context %1 not mapped").arg(dc.k8sContext);
        n.health = TreeNodeData::Health::Warning;
        why = dc.problem;
    } else if (!where || !where->isRead()) {
        const auto state = where ? where->state : ProjectTreeModel::ConnectionState::NotConnected;
        n.status = stateText(state);
        n.health = state == ProjectTreeModel::ConnectionState::Failed ? TreeNodeData::Health::Error
                   : state == ProjectTreeModel::ConnectionState::Connecting ? TreeNodeData::Health::Progressing
                                                                            : TreeNodeData::Health::Unknown;
        if (!where) {
            why = ModelsTr::tr("Context %1 is not in the kubeconfig.").arg(dc.context);
        } else if (state == ProjectTreeModel::ConnectionState::Failed) {
            why = ModelsTr::tr("Context %1 cannot connect: %2").arg(dc.context, where->error);
        } else if (state == ProjectTreeModel::ConnectionState::Connecting) {
            why = ModelsTr::tr("Connecting to context %1…").arg(dc.context);
        } else {
            why = ModelsTr::tr("Context %1 is not connected: expanding the cluster or opening its page connects it.").arg(dc.context);
        }
    } else {
        n.status = dc.context == cluster.context ? ModelsTr::tr("pending") : ModelsTr::tr("not found");
        n.health = dc.context == cluster.context ? TreeNodeData::Health::Progressing : TreeNodeData::Health::Warning;
        why = ModelsTr::tr("No CassandraDatacenter %1/%2 in context %3 yet.").arg(dc.nameSpace, dc.name, dc.context);
    }
    n.toolTip = u"<b>" + n.text.toHtmlEscaped() + u"</b><br><font color='" + QLatin1String(n.health == TreeNodeData::Health::Error ? "red" : "gray")
                + u"'>" + why.toHtmlEscaped() + u"</font>";
    if (!dc.statusSource.isEmpty()) {
        n.toolTip += u"<br>" + ModelsTr::tr("The control plane reports it %1 (%2).").arg(dc.phase().toHtmlEscaped(), dc.statusSource.toHtmlEscaped());
    }
    return n;
}

} // namespace

QList<TreeNodeData> buildContextTree(const QList<QJsonObject> &namespaces, const QList<QJsonObject> &datacenters,
                                     const QList<QJsonObject> &pods)
{
    return projectsOf(namespaces, datacenters, pods, {}, {});
}

QHash<QString, QList<TreeNodeData>> buildTrees(const QList<TreeContext> &contexts, const Cassandra::Domain::ContextMapping &mapping)
{
    using namespace Cassandra::Domain;
    QList<ContextObjects> read;
    QHash<QString, const TreeContext *> byName;
    QHash<QString, PodIndex> pods;
    for (const TreeContext &c : contexts) {
        byName.insert(c.objects.context, &c);
        if (c.isRead()) {
            // The topology places datacenters; the tree reads their pods itself, from an index.
            ContextObjects objects = c.objects;
            objects.pods.clear();
            read.append(objects);
            pods.insert(c.objects.context, indexPods(c.objects.pods));
        }
    }
    const ClusterTopology topology = ClusterTopology::build(read, mapping);
    QHash<QString, ContextParts> parts;
    QHash<QString, QSet<QString>> claimed; // context -> namespace/name of CassandraDatacenters shown under a cluster object
    for (const Cluster &cl : topology.clusters) {
        if (cl.kind == ClusterKind::CassandraDatacenter) {
            continue;
        }
        TreeNodeData cluster;
        cluster.kind = ProjectTreeModel::NodeKind::Cluster;
        cluster.key = cl.name;
        cluster.text = cl.name;
        cluster.nameSpace = cl.nameSpace;
        QStringList contextsOfCluster{cl.context};
        QStringList placed;
        for (const Datacenter &dc : cl.datacenters) {
            const QString where = dc.context.isEmpty() ? dc.k8sContext : dc.context;
            const bool remote = where != cl.context;
            const TreeContext *context = byName.value(dc.context);
            TreeNodeData node;
            if (dc.objectFound && context) {
                node = datacenterWithRacks(dc.object, pods.value(dc.context));
                claimed[dc.context].insert(dc.nameSpace + u'/' + dc.name);
                if (remote) {
                    parts[dc.context].shownElsewhere[dc.nameSpace].append(QStringLiteral("%1 (%2)").arg(cl.name, cl.context));
                }
            } else {
                node = unreadDatacenter(dc, cl, context);
            }
            node.key = dc.name;
            if (remote) {
                if (!contextsOfCluster.contains(where)) {
                    contextsOfCluster.append(where);
                }
                node.text = dc.displayName() + u" · " + where;
                QString mapped;
                if (!dc.k8sContext.isEmpty() && dc.k8sContext != dc.context && !dc.context.isEmpty()) {
                    mapped = u' ' + ModelsTr::tr("(k8sContext %1)").arg(dc.k8sContext.toHtmlEscaped());
                }
                node.toolTip = ModelsTr::tr("Datacenter of cluster %1, living in context <b>%2</b>%3").arg(cl.name.toHtmlEscaped(), where.toHtmlEscaped(), mapped)
                               + u"<br>" + node.toolTip;
                if (!dc.context.isEmpty()) {
                    setContext(&node, dc.context);
                }
            }
            placed.append(dc.displayName() + (remote ? u" (" + where + u')' : QString()));
            cluster.children.append(node);
        }
        finishCluster(&cluster, contextsOfCluster);
        cluster.toolTip = ModelsTr::tr("%1 <b>%2</b> in namespace %3 of context %4 (Cassandra cluster %5)<br>Datacenters: %6")
                              .arg(cl.kindName(), cl.name.toHtmlEscaped(), cl.nameSpace.toHtmlEscaped(), cl.context.toHtmlEscaped(),
                                   cl.cassandraName.toHtmlEscaped(), placed.join(QLatin1String(", ")).toHtmlEscaped());
        if (!cl.error.isEmpty()) {
            cluster.toolTip += u"<br><font color='red'>" + cl.error.toHtmlEscaped() + u"</font>";
        }
        parts[cl.context].clusters[cl.nameSpace].append(cluster);
    }
    QHash<QString, QList<TreeNodeData>> out;
    for (const TreeContext &c : contexts) {
        if (c.isRead()) {
            out.insert(c.objects.context, projectsOf(c.objects.namespaces, c.objects.cassandraDatacenters, c.objects.pods,
                                                     claimed.value(c.objects.context), parts.value(c.objects.context)));
        }
    }
    return out;
}

} // namespace Ringside
