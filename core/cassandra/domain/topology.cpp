#include "cassandra/domain/topology.h"

#include "coretr.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace Ringside::Cassandra::Domain {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonObject obj(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}

QString metaName(const QJsonObject &o)
{
    return str(obj(o, "metadata"), "name");
}

QString metaNamespace(const QJsonObject &o)
{
    return str(obj(o, "metadata"), "namespace");
}

QString label(const QJsonObject &o, const char *key)
{
    return str(obj(obj(o, "metadata"), "labels"), key);
}

/*! Label values as cass-operator cleans them, compared loosely: lower case, letters and digits only. */
QString loose(const QString &s)
{
    QString out;
    for (const QChar c : s) {
        if (c.isLetterOrNumber()) {
            out.append(c.toLower());
        }
    }
    return out;
}

struct Place
{
    QString context;
    QString nameSpace;
    QString name;
    friend bool operator==(const Place &, const Place &) = default;
};

size_t qHash(const Place &p, size_t seed = 0)
{
    return qHashMulti(seed, p.context, p.nameSpace, p.name);
}

class Builder
{
public:
    Builder(const QList<ContextObjects> &contexts, const ContextMapping &mapping)
        : m_contexts(contexts)
        , m_mapping(mapping)
    {}

    ClusterTopology run()
    {
        for (const ContextObjects &c : m_contexts) {
            for (const QJsonObject &ns : c.namespaces) {
                m_out.projects.append(Project::fromNamespace(c.context, ns));
            }
        }
        for (const ContextObjects &c : m_contexts) {
            QSet<QString> claimedK8c;
            for (const QJsonObject &mcc : c.missionControlClusters) {
                const QJsonObject k8c = findObject(c.k8ssandraClusters, metaNamespace(mcc), metaName(mcc));
                claimedK8c.insert(metaNamespace(mcc) + u'/' + metaName(mcc));
                m_out.clusters.append(fromTop(c, mcc, obj(obj(mcc, "spec"), "k8ssandra"), k8c, ClusterKind::MissionControlCluster));
            }
            for (const QJsonObject &k8c : c.k8ssandraClusters) {
                if (claimedK8c.contains(metaNamespace(k8c) + u'/' + metaName(k8c))) {
                    continue;
                }
                m_out.clusters.append(fromTop(c, k8c, obj(k8c, "spec"), k8c, ClusterKind::K8ssandraCluster));
            }
        }
        addStandaloneDatacenters();
        std::sort(m_out.clusters.begin(), m_out.clusters.end(), [](const Cluster &a, const Cluster &b) {
            return std::tie(a.context, a.nameSpace, a.name) < std::tie(b.context, b.nameSpace, b.name);
        });
        return m_out;
    }

private:
    static QJsonObject findObject(const QList<QJsonObject> &list, const QString &ns, const QString &name)
    {
        for (const QJsonObject &o : list) {
            if (metaName(o) == name && metaNamespace(o) == ns) {
                return o;
            }
        }
        return {};
    }

    const ContextObjects *objectsOf(const QString &context) const
    {
        for (const ContextObjects &c : m_contexts) {
            if (c.context == context) {
                return &c;
            }
        }
        return nullptr;
    }

    Cluster fromTop(const ContextObjects &c, const QJsonObject &top, const QJsonObject &k8cSpec, const QJsonObject &k8c,
                    ClusterKind kind)
    {
        Cluster cl;
        cl.name = metaName(top);
        cl.nameSpace = metaNamespace(top);
        cl.context = c.context;
        cl.kind = kind;
        cl.apiVersion = str(top, "apiVersion");
        cl.object = top;
        const QJsonObject cassandra = obj(k8cSpec, "cassandra");
        cl.cassandraName = str(cassandra, "clusterName").isEmpty() ? cl.name : str(cassandra, "clusterName");
        cl.serverType = str(cassandra, "serverType").isEmpty() ? QStringLiteral("cassandra") : str(cassandra, "serverType");
        cl.serverVersion = str(cassandra, "serverVersion");
        const QJsonObject status = obj(k8c, "status");
        const QString error = str(status, "error");
        cl.error = error == QLatin1String("None") ? QString() : error;
        cl.conditions = Condition::fromJson(status.value(QLatin1String("conditions")));
        if (kind == ClusterKind::MissionControlCluster) {
            cl.conditions += Condition::fromJson(obj(top, "status").value(QLatin1String("conditions")));
        }
        const QJsonObject dcStatuses = obj(status, "datacenters");
        const QJsonArray dcs = cassandra.value(QLatin1String("datacenters")).toArray();
        for (const QJsonValue &v : dcs) {
            const QJsonObject spec = v.toObject();
            Datacenter dc;
            dc.name = metaName(spec);
            dc.nameSpace = metaNamespace(spec).isEmpty() ? cl.nameSpace : metaNamespace(spec);
            dc.k8sContext = str(spec, "k8sContext");
            dc.datacenterName = str(spec, "datacenterName").isEmpty() ? dc.name : str(spec, "datacenterName");
            dc.size = spec.value(QLatin1String("size")).toInt();
            dc.stopped = spec.value(QLatin1String("stopped")).toBool();
            dc.serverType = cl.serverType;
            dc.serverVersion = str(spec, "serverVersion").isEmpty() ? cl.serverVersion : str(spec, "serverVersion");
            QJsonArray racks = spec.value(QLatin1String("racks")).toArray();
            if (racks.isEmpty()) {
                racks = cassandra.value(QLatin1String("racks")).toArray();
            }
            for (const QJsonValue &r : std::as_const(racks)) {
                dc.racks.append(Rack{str(r.toObject(), "name"), {}});
            }
            const QJsonObject dcStatus = obj(obj(dcStatuses, dc.name.toUtf8().constData()), "cassandra");
            QJsonObject nodeStatuses;
            if (!dcStatus.isEmpty()) {
                applyStatus(&dc, dcStatus, Source::K8cStatus);
                nodeStatuses = obj(dcStatus, "nodeStatuses");
            }
            QString problem;
            dc.context = m_mapping.resolve(dc.k8sContext, c.context, c.clientConfigs, &problem);
            dc.problem = problem;
            if (!problem.isEmpty()) {
                m_out.problems.append(problem);
            }
            if (const ContextObjects *local = dc.context.isEmpty() ? nullptr : objectsOf(dc.context)) {
                const QJsonObject cassdc = findObject(local->cassandraDatacenters, dc.nameSpace, dc.name);
                if (!cassdc.isEmpty()) {
                    m_claimed.insert(Place{dc.context, dc.nameSpace, dc.name});
                    applyDatacenterObject(&dc, cassdc);
                    nodeStatuses = obj(obj(cassdc, "status"), "nodeStatuses");
                }
                addNodes(&dc, cl.cassandraName, local->pods, nodeStatuses);
            } else if (!dc.context.isEmpty()) {
                const QString p = CoreTr::tr("Datacenter %1 of cluster %2 lives in context %3, whose objects were not read.")
                                      .arg(dc.name, cl.name, dc.context);
                dc.problem = p;
                m_out.problems.append(p);
                addNodes(&dc, cl.cassandraName, {}, nodeStatuses);
            } else {
                addNodes(&dc, cl.cassandraName, {}, nodeStatuses);
            }
            cl.datacenters.append(dc);
        }
        return cl;
    }

    static void applyStatus(Datacenter *dc, const QJsonObject &status, const char *source)
    {
        dc->progress = str(status, "cassandraOperatorProgress");
        dc->conditions = Condition::fromJson(status.value(QLatin1String("conditions")));
        dc->observedGeneration = status.value(QLatin1String("observedGeneration")).toInteger();
        dc->statusSource = QLatin1String(source);
        if (!str(status, "datacenterName").isEmpty()) {
            dc->datacenterName = str(status, "datacenterName");
        }
    }

    static void applyDatacenterObject(Datacenter *dc, const QJsonObject &cassdc)
    {
        const QJsonObject spec = obj(cassdc, "spec");
        dc->objectFound = true;
        dc->object = cassdc;
        dc->size = spec.value(QLatin1String("size")).toInt(dc->size);
        dc->stopped = spec.value(QLatin1String("stopped")).toBool();
        if (!str(spec, "serverVersion").isEmpty()) {
            dc->serverVersion = str(spec, "serverVersion");
        }
        if (!str(spec, "serverType").isEmpty()) {
            dc->serverType = str(spec, "serverType");
        }
        if (!str(spec, "datacenterName").isEmpty()) {
            dc->datacenterName = str(spec, "datacenterName");
        }
        const QJsonArray racks = spec.value(QLatin1String("racks")).toArray();
        if (!racks.isEmpty()) {
            dc->racks.clear();
            for (const QJsonValue &r : racks) {
                dc->racks.append(Rack{str(r.toObject(), "name"), {}});
            }
        }
        dc->generation = obj(cassdc, "metadata").value(QLatin1String("generation")).toInteger();
        dc->progress.clear();
        dc->conditions.clear();
        dc->statusSource.clear();
        dc->observedGeneration = 0;
        const QJsonObject status = obj(cassdc, "status");
        if (!status.isEmpty()) {
            applyStatus(dc, status, Source::DcStatus);
        }
    }

    static void addNodes(Datacenter *dc, const QString &clusterName, const QList<QJsonObject> &pods, const QJsonObject &nodeStatuses)
    {
        QSet<QString> seen;
        const QString dcName = loose(dc->name);
        const QString dcCassName = loose(dc->datacenterName);
        const QString cluster = loose(clusterName);
        for (const QJsonObject &pod : pods) {
            if (metaNamespace(pod) != dc->nameSpace) {
                continue;
            }
            const QString podDc = loose(label(pod, "cassandra.datastax.com/datacenter"));
            const QString podCluster = loose(label(pod, "cassandra.datastax.com/cluster"));
            if ((podDc != dcName && podDc != dcCassName) || podDc.isEmpty() || (!cluster.isEmpty() && podCluster != cluster)) {
                continue;
            }
            const QString name = metaName(pod);
            seen.insert(name);
            Node n = nodeFromPod(pod, obj(nodeStatuses, name.toUtf8().constData()));
            n.datacenter = dc->name;
            dc->readyCount += n.ready ? 1 : 0;
            dc->nodes.append(n);
        }
        for (auto it = nodeStatuses.begin(); it != nodeStatuses.end(); ++it) {
            if (seen.contains(it.key())) {
                continue;
            }
            Node n = nodeFromPod(QJsonObject{{QLatin1String("metadata"), QJsonObject{{QLatin1String("name"), it.key()},
                                                                                    {QLatin1String("namespace"), dc->nameSpace}}}},
                                 it.value().toObject());
            n.datacenter = dc->name;
            dc->nodes.append(n);
        }
        std::sort(dc->nodes.begin(), dc->nodes.end(), [](const Node &a, const Node &b) { return a.name < b.name; });
        for (Node &n : dc->nodes) {
            n.context = dc->context;
            bool placed = false;
            for (Rack &r : dc->racks) {
                if (loose(r.name) == loose(n.rack)) {
                    r.nodes.append(n.name);
                    placed = true;
                }
            }
            if (!placed && !n.rack.isEmpty()) {
                dc->racks.append(Rack{n.rack, {n.name}});
            }
        }
        if (dc->racks.isEmpty()) {
            dc->racks.append(Rack{QStringLiteral("default"), {}});
        }
    }

    void addStandaloneDatacenters()
    {
        for (const ContextObjects &c : m_contexts) {
            for (const QJsonObject &cassdc : c.cassandraDatacenters) {
                const Place place{c.context, metaNamespace(cassdc), metaName(cassdc)};
                if (m_claimed.contains(place)) {
                    continue;
                }
                const QJsonObject spec = obj(cassdc, "spec");
                // A datacenter a K8ssandraCluster created but whose context was not mapped: attach it by label.
                Cluster *owner = nullptr;
                const QString ownerName = label(cassdc, "k8ssandra.io/cluster-name");
                const QString ownerNs = label(cassdc, "k8ssandra.io/cluster-namespace");
                for (Cluster &cl : m_out.clusters) {
                    if (!ownerName.isEmpty() && cl.kind != ClusterKind::CassandraDatacenter && cl.name == ownerName
                        && (ownerNs.isEmpty() || cl.nameSpace == ownerNs)) {
                        owner = &cl;
                    }
                }
                Datacenter dc;
                dc.name = place.name;
                dc.nameSpace = place.nameSpace;
                dc.context = c.context;
                dc.datacenterName = str(spec, "datacenterName").isEmpty() ? dc.name : str(spec, "datacenterName");
                dc.serverType = str(spec, "serverType");
                applyDatacenterObject(&dc, cassdc);
                const QString clusterName = str(spec, "clusterName");
                addNodes(&dc, clusterName, c.pods, obj(obj(cassdc, "status"), "nodeStatuses"));
                if (owner) {
                    bool replaced = false;
                    for (Datacenter &existing : owner->datacenters) {
                        if (existing.name == dc.name && !existing.objectFound) {
                            dc.k8sContext = existing.k8sContext;
                            existing = dc;
                            replaced = true;
                        }
                    }
                    if (replaced) {
                        continue;
                    }
                }
                Cluster *cluster = nullptr;
                for (Cluster &cl : m_out.clusters) {
                    if (cl.kind == ClusterKind::CassandraDatacenter && cl.context == c.context && cl.nameSpace == place.nameSpace
                        && cl.cassandraName == clusterName) {
                        cluster = &cl;
                    }
                }
                if (!cluster) {
                    Cluster cl;
                    cl.name = clusterName;
                    cl.cassandraName = clusterName;
                    cl.context = c.context;
                    cl.nameSpace = place.nameSpace;
                    cl.kind = ClusterKind::CassandraDatacenter;
                    cl.apiVersion = str(cassdc, "apiVersion");
                    cl.serverType = dc.serverType;
                    cl.serverVersion = dc.serverVersion;
                    cl.object = cassdc;
                    m_out.clusters.append(cl);
                    cluster = &m_out.clusters.last();
                }
                cluster->datacenters.append(dc);
            }
        }
    }

    const QList<ContextObjects> &m_contexts;
    const ContextMapping &m_mapping;
    QSet<Place> m_claimed;
    ClusterTopology m_out;
};

} // namespace

QString ContextMapping::resolve(const QString &k8sContext, const QString &controlPlane, const QList<QJsonObject> &clientConfigs,
                                QString *problem) const
{
    problem->clear();
    if (k8sContext.isEmpty()) {
        return controlPlane;
    }
    if (overrides.contains(k8sContext)) {
        return overrides.value(k8sContext);
    }
    if (localContexts.isEmpty() || localContexts.contains(k8sContext)) {
        return k8sContext;
    }
    QString clientConfigName;
    for (const QJsonObject &cc : clientConfigs) {
        const QString ctx = str(obj(cc, "spec"), "contextName").isEmpty() ? metaName(cc) : str(obj(cc, "spec"), "contextName");
        if (ctx == k8sContext) {
            clientConfigName = metaName(cc);
        }
    }
    if (!clientConfigName.isEmpty() && localContexts.contains(clientConfigName)) {
        return clientConfigName;
    }
    if (clientConfigName.isEmpty()) {
        *problem = CoreTr::tr("Context \"%1\" is named by a datacenter but no ClientConfig provides it, and the kubeconfig "
                              "has no context of that name; map it to a local context in the settings.")
                       .arg(k8sContext);
    } else {
        *problem = CoreTr::tr("Context \"%1\" (ClientConfig %2) is not in the kubeconfig; map it to a local context in the "
                              "settings.")
                       .arg(k8sContext, clientConfigName);
    }
    return {};
}

const Cluster *ClusterTopology::find(const QString &name, const QString &nameSpace) const
{
    const Cluster *byCassandraName = nullptr;
    for (const Cluster &c : clusters) {
        if (!nameSpace.isEmpty() && c.nameSpace != nameSpace) {
            continue;
        }
        if (c.name == name) {
            return &c;
        }
        if (c.cassandraName == name && !byCassandraName) {
            byCassandraName = &c;
        }
    }
    return byCassandraName;
}

ClusterTopology ClusterTopology::build(const QList<ContextObjects> &contexts, const ContextMapping &mapping)
{
    return Builder(contexts, mapping).run();
}

ClusterTopology ClusterTopology::build(const QList<QJsonObject> &mccs, const QList<QJsonObject> &k8cs,
                                       const QList<QJsonObject> &cassdcs, const QList<QJsonObject> &pods,
                                       const QList<QJsonObject> &clientConfigs, const QString &context)
{
    ContextObjects c;
    c.context = context;
    c.missionControlClusters = mccs;
    c.k8ssandraClusters = k8cs;
    c.cassandraDatacenters = cassdcs;
    c.pods = pods;
    c.clientConfigs = clientConfigs;
    return build(QList<ContextObjects>{c});
}

Node nodeFromPod(const QJsonObject &pod, const QJsonObject &nodeStatus)
{
    Node n;
    const QJsonObject meta = obj(pod, "metadata");
    const QJsonObject status = obj(pod, "status");
    n.name = str(meta, "name");
    n.nameSpace = str(meta, "namespace");
    n.podExists = pod.contains(QLatin1String("status")) || pod.contains(QLatin1String("spec"));
    n.podPhase = str(status, "phase");
    n.terminating = meta.contains(QLatin1String("deletionTimestamp"));
    n.k8sNode = str(obj(pod, "spec"), "nodeName");
    n.rack = label(pod, "cassandra.datastax.com/rack");
    if (!n.rack.isEmpty()) {
        n.sources.insert(QStringLiteral("rack"), QLatin1String(Source::PodLabels));
    }
    n.nodeState = label(pod, "cassandra.datastax.com/node-state");
    if (!n.nodeState.isEmpty()) {
        n.sources.insert(QStringLiteral("state"), QLatin1String(Source::PodLabels));
    }
    n.serverVersion = label(pod, "app.kubernetes.io/version");
    n.seed = label(pod, "cassandra.datastax.com/seed-node") == QLatin1String("true");
    n.ip = str(status, "podIP");
    if (!n.ip.isEmpty()) {
        n.sources.insert(QStringLiteral("ip"), QLatin1String(Source::PodStatus));
    }
    const QList<Condition> conditions = Condition::fromJson(status.value(QLatin1String("conditions")));
    const auto ready = findCondition(conditions, QStringLiteral("Ready"));
    n.ready = ready && ready->isTrue();
    const QJsonArray containers = status.value(QLatin1String("containerStatuses")).toArray();
    for (const QJsonValue &v : containers) {
        const QJsonObject c = v.toObject();
        if (str(c, "name") == QLatin1String("cassandra")) {
            n.cassandraReady = c.value(QLatin1String("ready")).toBool();
            n.restarts = c.value(QLatin1String("restartCount")).toInt();
        }
    }
    if (containers.isEmpty()) {
        n.cassandraReady = n.ready;
    }
    if (n.podExists) {
        n.sources.insert(QStringLiteral("up"), QLatin1String(Source::PodStatus));
        n.sources.insert(QStringLiteral("restarts"), QLatin1String(Source::PodStatus));
    }
    if (!nodeStatus.isEmpty()) {
        n.hostId = str(nodeStatus, "hostID");
        if (!n.hostId.isEmpty()) {
            n.sources.insert(QStringLiteral("hostId"), QLatin1String(Source::NodeStatuses));
        }
        if (n.ip.isEmpty() && !str(nodeStatus, "ip").isEmpty()) {
            n.ip = str(nodeStatus, "ip");
            n.sources.insert(QStringLiteral("ip"), QLatin1String(Source::NodeStatuses));
        }
        if (n.rack.isEmpty() && !str(nodeStatus, "rack").isEmpty()) {
            n.rack = str(nodeStatus, "rack");
            n.sources.insert(QStringLiteral("rack"), QLatin1String(Source::NodeStatuses));
        }
    }
    return n;
}

} // namespace Ringside::Cassandra::Domain
