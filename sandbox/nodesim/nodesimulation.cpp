#include "nodesim/nodesimulation.h"

#include "api/jsonutil.h"
#include "api/registry.h"
#include "api/resourceservice.h"
#include "nodesim/metrics.h"
#include "nodesim/nodelogs.h"
#include "nodesim/promfiles.h"
#include "store/objectstore.h"
#include "stream/podruntime.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcNodeSim, "ringside.sandbox.nodes", QtWarningMsg)

namespace Ringside::Sandbox {

using namespace NodeSim;

namespace {
const QString SchemaPrefix = QStringLiteral("ringside-sandbox-schema-");
const QString SchemaKey = QStringLiteral("schema.json");
const QStringList Containers{QStringLiteral("cassandra"), QStringLiteral("server-system-logger"),
                             QStringLiteral("server-config-init")};

QString schemaName(const QString &cluster)
{
    QString out;
    for (const QChar c : cluster.toLower()) {
        out += (c.isLetterOrNumber() && c.unicode() < 128) ? c : u'-';
    }
    return SchemaPrefix + out;
}

double secondsOf(const QDateTime &t)
{
    return double(t.toMSecsSinceEpoch()) / 1000.0;
}
} // namespace

NodeSimulation::NodeSimulation(ObjectStore *store, ResourceService *service, PodRuntime *runtime, Config config,
                               QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_service(service)
    , m_runtime(runtime)
    , m_config(std::move(config))
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &NodeSimulation::refresh);
    m_activityTimer.setInterval(m_config.activityIntervalMs);
    connect(&m_activityTimer, &QTimer::timeout, this, &NodeSimulation::onActivity);
    connect(m_store, &ObjectStore::changed, this, &NodeSimulation::onStoreChanged);
}

NodeSimulation::~NodeSimulation() = default;

QString NodeSimulation::prometheusDirectory() const
{
    return m_config.stateDirectory.isEmpty() ? QString() : QDir(m_config.stateDirectory).filePath(QStringLiteral("prometheus"));
}

void NodeSimulation::start()
{
    m_runtime->registerCommand(QStringLiteral("nodetool"), [this](ExecSession *s) { handleNodetool(s); });
    m_runtime->registerCommand(QStringLiteral("cqlsh"), [this](ExecSession *s) { handleCqlsh(s); });
    const QString dir = prometheusDirectory();
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        const QString record = QDir(dir).filePath(QStringLiteral("backfill.json"));
        QFile f(record);
        if (f.open(QIODevice::ReadOnly)) {
            for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("clusters")).toArray()) {
                m_backfilled.insert(v.toString());
            }
        } else {
            m_backfillAllowed = m_config.autoBackfill; // first run
        }
        QString error;
        if (!PromFiles::writeFile(QDir(dir).filePath(QStringLiteral("prometheus.yml")),
                                  PromFiles::config(m_config.stateDirectory), &error)) {
            qCWarning(lcNodeSim) << "cannot write the Prometheus config:" << error;
        }
    }
    refresh();
    m_activityTimer.start();
}

void NodeSimulation::onStoreChanged(const StoreEvent &event)
{
    const QString &k = event.storageKey;
    if (k == QLatin1String("/pods") || k == QLatin1String("cassandra.datastax.com/cassandradatacenters")
        || k == QLatin1String("/persistentvolumeclaims") || k == QLatin1String("control.k8ssandra.io/cassandratasks")) {
        scheduleRefresh();
    } else if (k == QLatin1String("/configmaps")) {
        const QString name = event.objectKey.section(u'/', 1);
        if (name.startsWith(SchemaPrefix) || name == QLatin1String("reaper-runs")) {
            scheduleRefresh();
        }
    }
}

void NodeSimulation::scheduleRefresh()
{
    m_dirty = true;
    if (!m_refreshTimer.isActive()) {
        m_refreshTimer.start();
    }
}

const QList<SimCluster> &NodeSimulation::clusters()
{
    if (m_dirty) {
        refresh();
    }
    return m_clusters;
}

void NodeSimulation::refresh()
{
    m_refreshTimer.stop();
    m_dirty = false;
    // Schemas from their ConfigMaps (edits with kubectl count too).
    m_schemas.clear();
    for (const StoredObject *o : m_store->list(QStringLiteral("/configmaps"))) {
        const QString name = Json::name(o->object);
        if (!name.startsWith(SchemaPrefix)) {
            continue;
        }
        const QJsonObject data = o->object.value(QLatin1String("data")).toObject();
        const auto schema = SimSchema::fromJson(QJsonDocument::fromJson(data.value(SchemaKey).toString().toUtf8()).object());
        const QString cluster = Json::meta(o->object).value(QLatin1String("annotations")).toObject()
                                    .value(QLatin1String("sandbox.ringside.dev/cluster")).toString();
        if (schema && !cluster.isEmpty()) {
            m_schemas.insert(Json::ns(o->object) + u'/' + cluster, *schema);
        }
    }
    // Compaction-heavy tasks and Reaper runs.
    m_stormDcs.clear();
    static const QStringList heavy{QStringLiteral("compact"), QStringLiteral("cleanup"), QStringLiteral("upgradesstables"),
                                   QStringLiteral("garbagecollect"), QStringLiteral("scrub"), QStringLiteral("rebuild")};
    for (const StoredObject *o : m_store->list(QStringLiteral("control.k8ssandra.io/cassandratasks"))) {
        const bool active = !Json::at(o->object, u"status.startTime").toString().isEmpty()
                            && Json::at(o->object, u"status.completionTime").toString().isEmpty();
        bool isHeavy = false;
        for (const QJsonValue &j : Json::at(o->object, u"spec.jobs").toArray()) {
            isHeavy = isHeavy || heavy.contains(j.toObject().value(QLatin1String("command")).toString());
        }
        if (active && isHeavy) {
            m_stormDcs.insert(Json::ns(o->object) + u'/' + Json::at(o->object, u"spec.datacenter.name").toString());
        }
    }
    m_repairClusters.clear();
    for (const StoredObject *o : m_store->list(QStringLiteral("/configmaps"))) {
        if (Json::name(o->object) != QLatin1String("reaper-runs")) {
            continue;
        }
        const QJsonObject data = o->object.value(QLatin1String("data")).toObject();
        for (auto it = data.begin(); it != data.end(); ++it) {
            const QJsonDocument doc = QJsonDocument::fromJson(it.value().toString().toUtf8());
            const QJsonArray runs = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
            for (const QJsonValue &r : runs) {
                const QJsonObject run = r.toObject();
                if (run.value(QLatin1String("state")).toString() == QLatin1String("RUNNING")) {
                    m_repairClusters.insert(Json::ns(o->object) + u'/' + run.value(QLatin1String("cluster_name")).toString());
                }
            }
        }
    }

    ClusterReader reader(m_store);
    reader.setEverNormal(&m_everNormal);
    reader.setKnownAddresses(&m_addresses);
    m_clusters = reader.read(m_schemas);
    ensureSchemas();
    applyTransitions();
    serveDataApis();
    writeTargets();
    maybeAutoBackfill();
}

void NodeSimulation::ensureSchemas()
{
    bool reread = false;
    for (SimCluster &c : m_clusters) {
        const QString key = c.ns + u'/' + c.name;
        const bool known = m_schemas.contains(key);
        SimSchema schema = c.schema;
        const bool followed = schema.followDatacenters(c.datacenterSizes());
        if (!known || followed) {
            if (writeSchema(c.ns, c.name, schema)) {
                m_schemas.insert(key, schema);
                reread = reread || followed;
            }
        }
    }
    if (reread) {
        ClusterReader reader(m_store);
        reader.setEverNormal(&m_everNormal);
        reader.setKnownAddresses(&m_addresses);
        m_clusters = reader.read(m_schemas);
    }
    m_dirty = false;
}

bool NodeSimulation::writeSchema(const QString &ns, const QString &cluster, const SimSchema &schema)
{
    const QString name = schemaName(cluster);
    QJsonObject cm{
        {QLatin1String("apiVersion"), QLatin1String("v1")},
        {QLatin1String("kind"), QLatin1String("ConfigMap")},
        {QLatin1String("metadata"),
         QJsonObject{{QLatin1String("name"), name},
                     {QLatin1String("namespace"), ns},
                     {QLatin1String("labels"),
                      QJsonObject{{QLatin1String("app.kubernetes.io/managed-by"), QLatin1String("ringside-sandbox")},
                                  {QLatin1String("cassandra.datastax.com/cluster"), schemaName(cluster).mid(SchemaPrefix.size())}}},
                     {QLatin1String("annotations"), QJsonObject{{QLatin1String("sandbox.ringside.dev/cluster"), cluster}}}}},
        {QLatin1String("data"),
         QJsonObject{{SchemaKey, QString::fromUtf8(QJsonDocument(schema.toJson()).toJson(QJsonDocument::Indented))}}}};
    const StoredObject *existing = m_store->get(QStringLiteral("/configmaps"), ObjectStore::objectKey(ns, name));
    if (!m_service) {
        if (existing) {
            QJsonObject updated = existing->object;
            updated.insert(QLatin1String("data"), cm.value(QLatin1String("data")));
            m_store->update(QStringLiteral("/configmaps"), ObjectStore::objectKey(ns, name), updated);
        } else {
            Json::setMeta(cm, QLatin1String("uid"), Json::newUid());
            Json::setMeta(cm, QLatin1String("creationTimestamp"), Json::timestamp());
            m_store->create(QStringLiteral("/configmaps"), ObjectStore::objectKey(ns, name), cm);
        }
        return true;
    }
    const ResourceType *type = m_service->registry()->find(u"", u"v1", u"configmaps");
    WriteOptions options;
    options.user = {QStringLiteral("system:serviceaccount:ringside-sandbox:nodesim"), QString(),
                    {QStringLiteral("system:masters")}};
    options.fieldManager = QStringLiteral("ringside-sandbox-nodesim");
    ObjectResult r;
    if (existing) {
        QJsonObject updated = m_service->get(*type, ns, name).object;
        updated.insert(QLatin1String("data"), cm.value(QLatin1String("data")));
        r = m_service->update(*type, ns, name, updated, options);
    } else {
        r = m_service->create(*type, ns, cm, options);
    }
    if (!r.ok()) {
        qCWarning(lcNodeSim) << "cannot write the schema of" << cluster << "in" << ns << ":" << r.error->message;
    }
    return r.ok();
}

NodeSimulation::NodeState &NodeSimulation::advance(const SimNode &node, const QDateTime &now)
{
    NodeState &s = m_states[nodeKey(node.ns, node.pod)];
    if (!s.counting) {
        s.counting = true;
        s.counters = {};
        s.counters.time = secondsOf(node.startedAt.isValid() ? node.startedAt : now);
        s.lastGcStats = s.counters;
    }
    LoadModel(node.hostId, node.cluster).advance(s.counters, secondsOf(now), conditionsFor(node));
    return s;
}

LoadConditions NodeSimulation::conditionsFor(const SimNode &node) const
{
    LoadConditions c;
    c.slow = node.hasFault(QLatin1StringView("slow"));
    c.diskFull = node.hasFault(QLatin1StringView("disk-full"));
    c.repair = m_repairClusters.contains(node.ns + u'/' + node.cluster);
    const bool restarted = node.startedAt.isValid() && node.startedAt.secsTo(QDateTime::currentDateTimeUtc()) < 180
                           && node.restartCount > 0;
    c.compactionStorm = m_stormDcs.contains(node.ns + u'/' + node.dcObject) || restarted;
    return c;
}

void NodeSimulation::rotateLogs(const QString &ns, const QString &pod)
{
    // pods/log --previous shows the container's last instance: keep the logs, move cassandra's to "previous".
    QHash<QString, std::deque<ContainerLog::Line>> current, previous;
    for (const QString &c : Containers) {
        if (m_runtime->hasLog(ns, pod, c, false)) {
            current.insert(c, m_runtime->log(ns, pod, c, false)->lines());
        }
        if (m_runtime->hasLog(ns, pod, c, true)) {
            previous.insert(c, m_runtime->log(ns, pod, c, true)->lines());
        }
    }
    m_runtime->removePod(ns, pod);
    for (const QString &c : Containers) {
        const bool restarted = c == QLatin1String("cassandra");
        const auto &prev = restarted ? current.value(c) : previous.value(c);
        if (restarted ? current.contains(c) : previous.contains(c)) {
            ContainerLog *log = m_runtime->log(ns, pod, c, true);
            for (const ContainerLog::Line &l : prev) {
                log->append(l.text, l.time);
            }
            log->close();
        }
        if (!restarted && current.contains(c)) {
            ContainerLog *log = m_runtime->log(ns, pod, c, false);
            for (const ContainerLog::Line &l : current.value(c)) {
                log->append(l.text, l.time);
            }
        }
    }
}

void NodeSimulation::applyTransitions()
{
    QSet<QString> present;
    for (const SimCluster &c : std::as_const(m_clusters)) {
        for (const SimNode &n : c.nodes) {
            if (!n.ip.isEmpty()) {
                m_addresses.insert(n.hostId, n.ip);
            }
            if (!n.podExists) {
                continue;
            }
            const QString key = nodeKey(n.ns, n.pod);
            present.insert(key);
            NodeState &s = m_states[key];
            if (s.podUid != n.podUid) {
                s = NodeState();
                s.podUid = n.podUid;
            }
            const bool restarted = n.restartCount > s.restartCount;
            if (restarted && m_runtime->hasLog(n.ns, n.pod, QStringLiteral("cassandra"), false)) {
                rotateLogs(n.ns, n.pod);
            }
            NodeLogWriter writer(m_runtime->log(n.ns, n.pod, QStringLiteral("cassandra")),
                                 m_runtime->log(n.ns, n.pod, QStringLiteral("server-system-logger")));
            if (s.running && (!n.running || restarted)) {
                writer.killed(n);
                s.counting = false;
            }
            if (n.running && (!s.running || restarted)) {
                s.counting = false;
                writer.starting(c, n);
            }
            if (n.up && !s.up) {
                QList<const SimNode *> peers;
                for (const SimNode &p : c.nodes) {
                    if (&p != &n && p.up) {
                        peers.append(&p);
                    }
                }
                writer.started(c, n, peers);
                const bool first = !m_everNormal.contains(n.hostId);
                for (const SimNode *p : std::as_const(peers)) {
                    if (p->podExists && p->running) {
                        NodeLogWriter(nullptr, m_runtime->log(p->ns, p->pod, QStringLiteral("server-system-logger")))
                            .peerUp(n, first);
                    }
                }
            } else if (!n.up && s.up) {
                if (n.running) {
                    writer.drained(n);
                }
                for (const SimNode &p : c.nodes) {
                    if (&p != &n && p.up && p.podExists) {
                        NodeLogWriter(nullptr, m_runtime->log(p.ns, p.pod, QStringLiteral("server-system-logger")))
                            .peerDown(n);
                    }
                }
            }
            if (n.up && n.state == GossipState::Normal) {
                m_everNormal.insert(n.hostId);
            }
            if (n.hasFault(QLatin1StringView("disk-full")) && n.running && !s.diskFullLogged) {
                writer.diskFull(n);
                s.diskFullLogged = true;
            } else if (!n.hasFault(QLatin1StringView("disk-full"))) {
                s.diskFullLogged = false;
            }
            if (n.running != s.serving || restarted) {
                const QString ns = n.ns, pod = n.pod;
                if (n.running) {
                    m_runtime->setHttpPort(ns, pod, 9000, [this, ns, pod](const HttpRequest &request) {
                        PortHttpResponse r;
                        if (request.path != QLatin1String("/metrics")) {
                            r.status = 404;
                            r.body = "404 page not found\n";
                            return r;
                        }
                        r.body = metrics(ns, pod);
                        if (r.body.isEmpty()) {
                            r.status = 503;
                            r.body = "Cassandra is not running\n";
                        }
                        r.headers.append(std::make_pair(QByteArray("Content-Type"),
                                                        QByteArray("text/plain; version=0.0.4; charset=utf-8")));
                        return r;
                    });
                } else {
                    m_runtime->setHttpPort(ns, pod, 9000, {}); // connection refused
                }
                s.serving = n.running;
            }
            s.hostId = n.hostId;
            s.running = n.running;
            s.up = n.up;
            s.restartCount = n.restartCount;
            s.startedAt = n.startedAt;
        }
    }
    for (auto it = m_states.begin(); it != m_states.end();) {
        if (!present.contains(it.key())) {
            m_runtime->setHttpPort(it.key().section(u'/', 0, 0), it.key().section(u'/', 1), 9000, {});
            it = m_states.erase(it);
        } else {
            ++it;
        }
    }
}

QByteArray NodeSimulation::metrics(const QString &ns, const QString &pod)
{
    for (const SimCluster &c : clusters()) {
        if (c.ns != ns) {
            continue;
        }
        const SimNode *n = c.node(pod);
        if (!n || !n->running) {
            continue;
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        NodeState &s = advance(*n, now);
        return Metrics::exposition(c, *n, n->k8sNode, LoadModel(n->hostId, n->cluster), s.counters, secondsOf(now),
                                   conditionsFor(*n));
    }
    return {};
}

void NodeSimulation::writeTargets()
{
    const QString dir = prometheusDirectory();
    if (dir.isEmpty() || m_config.hostPort.isEmpty()) {
        return;
    }
    const QByteArray targets = PromFiles::targetsJson(m_clusters, m_config.hostPort);
    if (targets == m_targets) {
        return;
    }
    QString error;
    if (PromFiles::writeFile(QDir(dir).filePath(QStringLiteral("targets.json")), targets, &error)) {
        m_targets = targets;
    } else {
        qCWarning(lcNodeSim) << "cannot write the Prometheus targets:" << error;
    }
}

void NodeSimulation::onActivity()
{
    ++m_tick;
    for (const SimCluster &c : clusters()) {
        for (const SimNode &n : c.nodes) {
            if (!n.podExists || !n.running || !n.up) {
                continue;
            }
            const LoadConditions cond = conditionsFor(n);
            NodeLogWriter writer(nullptr, m_runtime->log(n.ns, n.pod, QStringLiteral("server-system-logger")));
            writer.activity(c, n, m_tick, cond.slow, cond.repair, cond.compactionStorm);
            if (cond.diskFull && m_tick % 6 == 0) {
                writer.diskFull(n);
            }
        }
    }
}

Backfill *NodeSimulation::backfill(const QStringList &clusterKeys, qint64 spanSeconds, qint64 stepSeconds)
{
    const QString dir = prometheusDirectory();
    if (dir.isEmpty() || m_backfill) {
        return nullptr;
    }
    Backfill::Job job;
    for (const SimCluster &c : clusters()) {
        if (clusterKeys.isEmpty() || clusterKeys.contains(c.ns + u'/' + c.name)) {
            job.clusters.append(c);
        }
    }
    job.endSeconds = QDateTime::currentSecsSinceEpoch() - 60;
    job.spanSeconds = spanSeconds;
    job.stepSeconds = stepSeconds;
    job.dataDirectory = QDir(dir).filePath(QStringLiteral("data"));
    job.workFile = QDir(dir).filePath(QStringLiteral("backfill.om"));
    job.promtool = m_config.promtool;
    QStringList keys;
    for (const SimCluster &c : std::as_const(job.clusters)) {
        keys.append(c.ns + u'/' + c.name);
    }
    m_backfill = std::make_unique<Backfill>(job);
    connect(m_backfill.get(), &Backfill::finished, this, [this, keys, dir](bool ok, const QString &message) {
        if (ok) {
            for (const QString &k : keys) {
                m_backfilled.insert(k);
            }
        } else {
            qCWarning(lcNodeSim).noquote() << "the Prometheus backfill failed:" << message;
        }
        QJsonArray list;
        for (const QString &k : std::as_const(m_backfilled)) {
            list.append(k);
        }
        QString error;
        PromFiles::writeFile(QDir(dir).filePath(QStringLiteral("backfill.json")),
                             QJsonDocument(QJsonObject{{QLatin1String("clusters"), list},
                                                       {QLatin1String("time"), Json::timestamp()}})
                                 .toJson(),
                             &error);
        m_backfill.release()->deleteLater();
        Q_EMIT backfillFinished(ok, message);
    });
    m_backfill->start();
    return m_backfill.get();
}

void NodeSimulation::maybeAutoBackfill()
{
    if (!m_backfillAllowed || m_backfill) {
        return;
    }
    QStringList ready;
    for (const SimCluster &c : std::as_const(m_clusters)) {
        const QString key = c.ns + u'/' + c.name;
        const bool allUp = !c.nodes.isEmpty() && std::all_of(c.nodes.cbegin(), c.nodes.cend(), [](const SimNode &n) {
            return n.up && n.state == GossipState::Normal;
        });
        if (allUp && !m_backfilled.contains(key)) {
            ready.append(key);
        }
    }
    if (!ready.isEmpty()) {
        backfill(ready);
    }
}

} // namespace Ringside::Sandbox
