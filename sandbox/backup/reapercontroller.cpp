#include "reapercontroller.h"

#include "api/jsonutil.h"
#include "store/objectstore.h"

#include <algorithm>

namespace Ringside::Sandbox::Backup {

static const QString Manager = QStringLiteral("k8ssandra-operator");
static const QString ReaperManager = QStringLiteral("reaper");
static const QString ReaperLabel = QStringLiteral("k8ssandra.io/reaper");
static const QString DefaultImage = QStringLiteral("docker.io/thelastpickle/cassandra-reaper:3.8.0");

ReaperController::ReaperController(Client *client, PodRuntime *runtime, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_runtime(runtime)
{
    m_queue = new WorkQueue([this](const QString &ns, const QString &n) { reconcile(ns, n); }, this);
    m_ticker.setSingleShot(false);
    connect(&m_ticker, &QTimer::timeout, this, &ReaperController::tick);
}

ReaperController::~ReaperController()
{
    if (!m_runtime) {
        return;
    }
    for (const QString &key : std::as_const(m_served)) {
        const qsizetype slash = key.indexOf(u'/');
        m_runtime->setHttpPort(key.left(slash), key.mid(slash + 1), 8080, {});
        m_runtime->setHttpPort(key.left(slash), key.mid(slash + 1), 8081, {});
    }
}

void ReaperController::resync()
{
    for (const QJsonObject &r : m_client->list(Refs::Reapers)) {
        m_queue->enqueue(Json::ns(r), Json::name(r));
    }
    m_ticker.start(m_client->paced(100, QStringLiteral("reaper-tick"), 0));
}

void ReaperController::observe(const StoreEvent &event)
{
    const QJsonObject &o = event.type == StoreEvent::Type::Deleted ? event.previous : event.object;
    const QString ns = Json::ns(o);
    if (event.storageKey == Refs::storageKey(Refs::Reapers)) {
        if (event.type != StoreEvent::Type::Deleted) {
            m_queue->enqueue(ns, Json::name(o));
        }
        return;
    }
    const QString reaper = Util::label(o, ReaperLabel);
    if (!reaper.isEmpty()) {
        if (event.storageKey == Refs::storageKey(Refs::Pods) && event.type == StoreEvent::Type::Deleted) {
            servePod(ns, reaper, Json::name(o), false);
        }
        m_queue->enqueue(ns, reaper);
    } else if (event.storageKey == Refs::storageKey(Refs::CassDcs)) {
        for (const QJsonObject &r : m_client->list(Refs::Reapers, ns)) {
            m_queue->enqueue(ns, Json::name(r));
        }
    }
}

static QJsonObject reaperLabels(const QJsonObject &reaper)
{
    QJsonObject labels{{QLatin1String("app.kubernetes.io/name"), QLatin1String("k8ssandra-operator")},
                       {QLatin1String("app.kubernetes.io/part-of"), QLatin1String("k8ssandra")},
                       {QLatin1String("app.kubernetes.io/component"), QLatin1String("reaper")},
                       {QLatin1String("app.kubernetes.io/managed-by"), QLatin1String("k8ssandra-operator")},
                       {QLatin1String("app.kubernetes.io/created-by"), QLatin1String("reaper-controller")},
                       {ReaperLabel, Json::name(reaper)}};
    for (const char *key : {"k8ssandra.io/cluster-name", "k8ssandra.io/cluster-namespace"}) {
        const QString v = Util::label(reaper, QLatin1String(key));
        if (!v.isEmpty()) {
            labels.insert(QLatin1String(key), v);
        }
    }
    return labels;
}

QJsonObject ReaperController::reaperPod(const QString &ns, const QString &name) const
{
    for (const QJsonObject &pod : m_client->list(Refs::Pods, ns)) {
        if (Util::label(pod, ReaperLabel) == name && Json::metaString(pod, QLatin1String("deletionTimestamp")).isEmpty()) {
            return pod;
        }
    }
    return {};
}

QString ReaperController::clusterOf(const QJsonObject &reaper) const
{
    const QString dcNs = Json::at(reaper, u"spec.datacenterRef.namespace").toString(Json::ns(reaper));
    const QJsonObject dc = m_client->get(Refs::CassDcs, dcNs.isEmpty() ? Json::ns(reaper) : dcNs,
                                         Json::at(reaper, u"spec.datacenterRef.name").toString());
    return dc.isEmpty() ? QString() : Util::clean(Json::at(dc, u"spec.clusterName").toString());
}

void ReaperController::servePod(const QString &ns, const QString &reaper, const QString &pod, bool serve)
{
    const QString key = ns + u'/' + pod;
    if (!m_runtime || serve == m_served.contains(key)) {
        return;
    }
    if (serve) {
        m_served.insert(key);
        m_runtime->setHttpPort(ns, pod, 8080, [this, ns, reaper](const HttpRequest &request) {
            return handle(ns, reaper, request);
        });
        m_runtime->setHttpPort(ns, pod, 8081, [](const HttpRequest &request) {
            PortHttpResponse r;
            r.headers.append({QByteArrayLiteral("Content-Type"), QByteArray("application/json")});
            r.status = request.path.startsWith(QLatin1String("/healthcheck")) ? 200 : 404;
            r.body = r.status == 200 ? QByteArray(R"({"reaper":{"healthy":true},"deadlocks":{"healthy":true}})")
                                     : QByteArray(R"({"code":404,"message":"HTTP 404 Not Found"})");
            return r;
        });
    } else {
        m_served.remove(key);
        m_runtime->setHttpPort(ns, pod, 8080, {});
        m_runtime->setHttpPort(ns, pod, 8081, {});
    }
}

void ReaperController::reconcile(const QString &ns, const QString &name)
{
    QJsonObject reaper = m_client->get(Refs::Reapers, ns, name);
    if (reaper.isEmpty() || !Json::metaString(reaper, QLatin1String("deletionTimestamp")).isEmpty()) {
        return;
    }
    const QJsonObject labels = reaperLabels(reaper);
    const QJsonArray owner{Util::ownerReference(QStringLiteral("reaper.k8ssandra.io/v1alpha1"), QStringLiteral("Reaper"), reaper)};
    QJsonObject status = reaper.value(QLatin1String("status")).toObject();
    const auto setStatus = [&](const QString &progress, bool ready) {
        QJsonArray conditions = status.value(QLatin1String("conditions")).toArray();
        bool changed = Conditions::set(conditions, QStringLiteral("Ready"), ready);
        changed |= status.value(QLatin1String("progress")).toString() != progress;
        if (changed) {
            // The CRD's condition has no reason/message: keep only what it defines.
            QJsonArray pruned;
            for (const QJsonValue &c : conditions) {
                QJsonObject o = c.toObject();
                o.remove(QLatin1String("reason"));
                o.remove(QLatin1String("message"));
                pruned.append(o);
            }
            status.insert(QLatin1String("conditions"), pruned);
            status.insert(QLatin1String("progress"), progress);
            reaper.insert(QLatin1String("status"), status);
            m_client->updateStatus(Refs::Reapers, reaper, Manager);
            reaper = m_client->get(Refs::Reapers, ns, name);
        }
    };
    const QString dcName = Json::at(reaper, u"spec.datacenterRef.name").toString();
    QString dcNs = Json::at(reaper, u"spec.datacenterRef.namespace").toString();
    dcNs = dcNs.isEmpty() ? ns : dcNs;
    const QJsonObject dc = m_client->get(Refs::CassDcs, dcNs, dcName);
    if (dc.isEmpty() || !Util::datacenterReady(dc)) {
        setStatus(QStringLiteral("Pending"), false);
        return; // a change of the datacenter requeues
    }
    // Service <name>-service.
    if (m_client->get(Refs::Services, ns, name + QLatin1String("-service")).isEmpty()) {
        const QJsonObject svc{
            {QLatin1String("metadata"), QJsonObject{{QLatin1String("name"), QString(name + QLatin1String("-service"))},
                                                    {QLatin1String("namespace"), ns},
                                                    {QLatin1String("labels"), labels},
                                                    {QLatin1String("ownerReferences"), owner}}},
            {QLatin1String("spec"),
             QJsonObject{{QLatin1String("type"), QLatin1String("ClusterIP")},
                         {QLatin1String("selector"), labels},
                         {QLatin1String("ports"),
                          QJsonArray{QJsonObject{{QLatin1String("name"), QLatin1String("app")}, {QLatin1String("port"), 8080},
                                                 {QLatin1String("protocol"), QLatin1String("TCP")}, {QLatin1String("targetPort"), QLatin1String("app")}},
                                     QJsonObject{{QLatin1String("name"), QLatin1String("admin")}, {QLatin1String("port"), 8081},
                                                 {QLatin1String("protocol"), QLatin1String("TCP")}, {QLatin1String("targetPort"), QLatin1String("admin")}}}}}}};
        m_client->create(Refs::Services, ns, svc, Manager);
    }
    // Deployment <name>, its ReplicaSet and pod (what the Deployment and ReplicaSet controllers would make).
    const QJsonObject container{
        {QLatin1String("name"), QLatin1String("reaper")},
        {QLatin1String("image"), Json::at(reaper, u"spec.containerImage.repository").toString().isEmpty()
                                     ? DefaultImage
                                     : Json::at(reaper, u"spec.containerImage.repository").toString()},
        {QLatin1String("ports"), QJsonArray{QJsonObject{{QLatin1String("name"), QLatin1String("app")}, {QLatin1String("containerPort"), 8080},
                                                        {QLatin1String("protocol"), QLatin1String("TCP")}},
                                            QJsonObject{{QLatin1String("name"), QLatin1String("admin")}, {QLatin1String("containerPort"), 8081},
                                                        {QLatin1String("protocol"), QLatin1String("TCP")}}}},
        {QLatin1String("env"), QJsonArray{QJsonObject{{QLatin1String("name"), QLatin1String("REAPER_STORAGE_TYPE")},
                                                      {QLatin1String("value"), Json::at(reaper, u"spec.storageType").toString(QStringLiteral("cassandra"))}},
                                          QJsonObject{{QLatin1String("name"), QLatin1String("REAPER_CASS_KEYSPACE")},
                                                      {QLatin1String("value"), Json::at(reaper, u"spec.keyspace").toString(QStringLiteral("reaper_db"))}},
                                          QJsonObject{{QLatin1String("name"), QLatin1String("REAPER_DATACENTER_AVAILABILITY")},
                                                      {QLatin1String("value"), Json::at(reaper, u"spec.datacenterAvailability").toString(QStringLiteral("ALL"))}}}},
        {QLatin1String("readinessProbe"), QJsonObject{{QLatin1String("httpGet"), QJsonObject{{QLatin1String("path"), QLatin1String("/healthcheck")},
                                                                                             {QLatin1String("port"), QLatin1String("admin")}}},
                                                      {QLatin1String("initialDelaySeconds"), 45},
                                                      {QLatin1String("periodSeconds"), 15}}}};
    const QJsonObject podTemplate{{QLatin1String("metadata"), QJsonObject{{QLatin1String("labels"), labels}}},
                                  {QLatin1String("spec"), QJsonObject{{QLatin1String("containers"), QJsonArray{container}}}}};
    QJsonObject deployment = m_client->get(Refs::Deployments, ns, name);
    if (deployment.isEmpty()) {
        const QJsonObject d{{QLatin1String("metadata"), QJsonObject{{QLatin1String("name"), name}, {QLatin1String("namespace"), ns},
                                                                    {QLatin1String("labels"), labels}, {QLatin1String("ownerReferences"), owner}}},
                            {QLatin1String("spec"), QJsonObject{{QLatin1String("replicas"), 1},
                                                                {QLatin1String("selector"), QJsonObject{{QLatin1String("matchLabels"), labels}}},
                                                                {QLatin1String("template"), podTemplate}}}};
        m_client->create(Refs::Deployments, ns, d, Manager);
        deployment = m_client->get(Refs::Deployments, ns, name);
    }
    if (deployment.isEmpty()) {
        return;
    }
    const QString hash = m_client->uuid(QStringLiteral("rs/") + Json::metaString(deployment, QLatin1String("uid"))).left(8).remove(u'-');
    const QString rsName = name + u'-' + hash.left(10);
    // The sandbox may not serve ReplicaSets: then the pod belongs to the Deployment directly.
    const bool haveReplicaSets = m_client->type(Refs::ReplicaSets) != nullptr;
    QJsonObject rs = haveReplicaSets ? m_client->get(Refs::ReplicaSets, ns, rsName) : QJsonObject();
    if (rs.isEmpty() && haveReplicaSets) {
        QJsonObject rsLabels = labels;
        rsLabels.insert(QLatin1String("pod-template-hash"), hash);
        QJsonObject tmpl = podTemplate;
        Json::setAt(tmpl, u"metadata.labels", rsLabels);
        const QJsonObject r{{QLatin1String("metadata"),
                             QJsonObject{{QLatin1String("name"), rsName}, {QLatin1String("namespace"), ns}, {QLatin1String("labels"), rsLabels},
                                         {QLatin1String("ownerReferences"), QJsonArray{Util::ownerReference(QStringLiteral("apps/v1"), QStringLiteral("Deployment"), deployment)}}}},
                            {QLatin1String("spec"), QJsonObject{{QLatin1String("replicas"), 1},
                                                                {QLatin1String("selector"), QJsonObject{{QLatin1String("matchLabels"), rsLabels}}},
                                                                {QLatin1String("template"), tmpl}}}};
        m_client->create(Refs::ReplicaSets, ns, r, Manager);
        rs = m_client->get(Refs::ReplicaSets, ns, rsName);
    }
    QJsonObject pod = reaperPod(ns, name);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int startup = m_client->paced(4000, QStringLiteral("reaper-start/") + ns + u'/' + name);
    const QJsonObject podOwner = rs.isEmpty() ? deployment : rs;
    if (pod.isEmpty()) {
        QJsonObject podLabels = labels;
        podLabels.insert(QLatin1String("pod-template-hash"), hash);
        const QString podName = rsName + u'-'
                                + m_client->uuid(QStringLiteral("pod/") + Json::metaString(podOwner, QLatin1String("uid"))
                                                 + QString::number(now.toMSecsSinceEpoch()))
                                      .remove(u'-')
                                      .left(5);
        const QJsonObject p{{QLatin1String("metadata"),
                             QJsonObject{{QLatin1String("name"), podName}, {QLatin1String("namespace"), ns}, {QLatin1String("labels"), podLabels},
                                         {QLatin1String("ownerReferences"), QJsonArray{Util::ownerReference(QStringLiteral("apps/v1"), rs.isEmpty() ? QStringLiteral("Deployment") : QStringLiteral("ReplicaSet"), podOwner)}}}},
                            {QLatin1String("spec"), QJsonObject{{QLatin1String("containers"), QJsonArray{container}}}}};
        if (m_client->create(Refs::Pods, ns, p, ReaperManager).ok()) {
            pod = m_client->get(Refs::Pods, ns, podName);
            m_podCreated.insert(Json::metaString(pod, QLatin1String("uid")), now.toMSecsSinceEpoch());
            Json::setAt(pod, u"status.phase", QStringLiteral("Pending"));
            m_client->updateStatus(Refs::Pods, pod, QStringLiteral("kubelet"));
            pod = m_client->get(Refs::Pods, ns, podName);
        }
        setStatus(QStringLiteral("Deploying"), false);
        m_queue->requeueAfter(ns, name, startup);
        return;
    }
    if (pod.isEmpty()) {
        return;
    }
    if (Json::at(pod, u"status.phase").toString() != QLatin1String("Running")) {
        const QString uid = Json::metaString(pod, QLatin1String("uid"));
        const qint64 created = m_podCreated.value(
            uid, Json::parseTimestamp(Json::metaString(pod, QLatin1String("creationTimestamp"))).toMSecsSinceEpoch());
        const qint64 elapsed = now.toMSecsSinceEpoch() - created;
        if (elapsed < startup) {
            setStatus(QStringLiteral("Deploying"), false);
            m_queue->requeueAfter(ns, name, int(startup - elapsed));
            return;
        }
        const QString ip = QStringLiteral("10.244.%1.%2")
                               .arg(int(m_client->unit(Json::metaString(pod, QLatin1String("uid")) + QLatin1String("/a")) * 250) + 1)
                               .arg(int(m_client->unit(Json::metaString(pod, QLatin1String("uid")) + QLatin1String("/b")) * 250) + 2);
        const QString t = Json::timestamp(now);
        QJsonObject s{{QLatin1String("phase"), QLatin1String("Running")},
                      {QLatin1String("podIP"), ip},
                      {QLatin1String("podIPs"), QJsonArray{QJsonObject{{QLatin1String("ip"), ip}}}},
                      {QLatin1String("hostIP"), QLatin1String("172.18.0.2")},
                      {QLatin1String("startTime"), Json::metaString(pod, QLatin1String("creationTimestamp"))},
                      {QLatin1String("conditions"),
                       QJsonArray{QJsonObject{{QLatin1String("type"), QLatin1String("Initialized")}, {QLatin1String("status"), QLatin1String("True")}, {QLatin1String("lastTransitionTime"), t}},
                                  QJsonObject{{QLatin1String("type"), QLatin1String("Ready")}, {QLatin1String("status"), QLatin1String("True")}, {QLatin1String("lastTransitionTime"), t}},
                                  QJsonObject{{QLatin1String("type"), QLatin1String("ContainersReady")}, {QLatin1String("status"), QLatin1String("True")}, {QLatin1String("lastTransitionTime"), t}},
                                  QJsonObject{{QLatin1String("type"), QLatin1String("PodScheduled")}, {QLatin1String("status"), QLatin1String("True")}, {QLatin1String("lastTransitionTime"), t}}}},
                      {QLatin1String("containerStatuses"),
                       QJsonArray{QJsonObject{{QLatin1String("name"), QLatin1String("reaper")}, {QLatin1String("ready"), true}, {QLatin1String("started"), true},
                                              {QLatin1String("restartCount"), 0}, {QLatin1String("image"), container.value(QLatin1String("image"))},
                                              {QLatin1String("imageID"), container.value(QLatin1String("image"))},
                                              {QLatin1String("state"), QJsonObject{{QLatin1String("running"), QJsonObject{{QLatin1String("startedAt"), t}}}}}}}}};
        pod.insert(QLatin1String("status"), s);
        m_podCreated.remove(uid);
        m_client->updateStatus(Refs::Pods, pod, QStringLiteral("kubelet"));
        pod = m_client->get(Refs::Pods, ns, Json::name(pod));
    }
    const bool ready = Util::podReady(pod);
    servePod(ns, name, Json::name(pod), Util::podRunning(pod));
    // Workload status, as the Deployment and ReplicaSet controllers report it.
    const int readyCount = ready ? 1 : 0;
    for (const auto &[ref, object] : {std::pair<Ref, QJsonObject>{Refs::ReplicaSets, rs}, {Refs::Deployments, deployment}}) {
        if (object.isEmpty()) {
            continue;
        }
        QJsonObject o = m_client->get(ref, ns, Json::name(object));
        QJsonObject s{{QLatin1String("observedGeneration"), Json::meta(o).value(QLatin1String("generation")).toInt(1)},
                      {QLatin1String("replicas"), 1},
                      {QLatin1String("readyReplicas"), readyCount},
                      {QLatin1String("availableReplicas"), readyCount}};
        if (ref.resource == Refs::Deployments.resource) {
            s.insert(QLatin1String("updatedReplicas"), 1);
            if (!ready) {
                s.insert(QLatin1String("unavailableReplicas"), 1);
            }
            QJsonArray conditions = Json::at(o, u"status.conditions").toArray();
            Conditions::set(conditions, QStringLiteral("Available"), ready,
                            ready ? QStringLiteral("MinimumReplicasAvailable") : QStringLiteral("MinimumReplicasUnavailable"),
                            ready ? QStringLiteral("Deployment has minimum availability.")
                                  : QStringLiteral("Deployment does not have minimum availability."));
            Conditions::set(conditions, QStringLiteral("Progressing"), true, QStringLiteral("NewReplicaSetAvailable"),
                            QStringLiteral("ReplicaSet \"%1\" has successfully progressed.").arg(rsName));
            s.insert(QLatin1String("conditions"), conditions);
        } else {
            s.insert(QLatin1String("fullyLabeledReplicas"), 1);
        }
        if (!Json::equal(o.value(QLatin1String("status")), s)) {
            o.insert(QLatin1String("status"), s);
            m_client->updateStatus(ref, o, Manager);
        }
    }
    if (!ready) {
        setStatus(QStringLiteral("Deploying"), false);
        return;
    }
    ReaperState state = loadState(ns, name);
    const QString cluster = clusterOf(reaper);
    if (!state.clusters.contains(cluster)) {
        setStatus(QStringLiteral("Configuring"), false);
        state.clusters.append(cluster);
        if (!saveState(reaper, state)) {
            m_queue->requeueAfter(ns, name, m_client->paced(1000, name));
            return;
        }
    }
    setStatus(QStringLiteral("Running"), true);
}

QList<ReaperNode> ReaperController::clusterNodes(const QString &ns, const QString &cluster) const
{
    const QList<QJsonObject> dcs = m_client->list(Refs::CassDcs, ns);
    QList<ReaperNode> out;
    for (const QJsonObject &pod : Util::clusterPods(*m_client, ns, cluster)) {
        const QString dcLabel = Util::label(pod, QStringLiteral("cassandra.datastax.com/datacenter"));
        const auto dc = std::find_if(dcs.begin(), dcs.end(), [&](const QJsonObject &d) {
            return Util::datacenterName(d) == dcLabel || Json::name(d) == dcLabel;
        });
        if (dc == dcs.end()) {
            continue;
        }
        ReaperNode n;
        n.pod = Json::name(pod);
        n.address = Json::at(pod, u"status.podIP").toString(n.pod);
        n.address = n.address.isEmpty() ? n.pod : n.address;
        n.datacenter = Util::datacenterName(*dc);
        n.rack = Util::rackOf(pod);
        n.hostId = Util::hostId(*m_client, *dc, pod);
        n.tokens = Util::nodeTokens(*m_client, n.hostId, Util::numTokens(*dc));
        const QString nodeState = Util::label(pod, QStringLiteral("cassandra.datastax.com/node-state"));
        n.up = Util::podReady(pod) && (nodeState.isEmpty() || nodeState == QLatin1String("Started"));
        out.append(n);
    }
    return out;
}

ReaperState ReaperController::loadState(const QString &ns, const QString &name) const
{
    return ReaperState::fromConfigMapData(
        m_client->get(Refs::ConfigMaps, ns, stateConfigMap(name)).value(QLatin1String("data")).toObject());
}

bool ReaperController::saveState(const QJsonObject &reaper, ReaperState &state)
{
    state.trimHistory(100);
    const QString ns = Json::ns(reaper);
    const QString cmName = stateConfigMap(Json::name(reaper));
    QJsonObject data = state.toConfigMapData();
    // When the ticker must look again: now while a run is running, else the next schedule activation.
    qint64 wake = -1;
    for (const RepairRun &r : std::as_const(state.runs)) {
        if (r.state == QLatin1String("RUNNING")) {
            wake = 0;
        }
    }
    for (const RepairSchedule &s : std::as_const(state.schedules)) {
        if (s.state == QLatin1String("ACTIVE") && s.nextActivation.isValid() && wake != 0) {
            wake = wake < 0 ? s.nextActivation.toMSecsSinceEpoch() : std::min(wake, s.nextActivation.toMSecsSinceEpoch());
        }
    }
    data.insert(QLatin1String("wake"), QString::number(wake));
    QJsonObject cm = m_client->get(Refs::ConfigMaps, ns, cmName);
    if (cm.isEmpty()) {
        QJsonObject labels = reaperLabels(reaper);
        labels.insert(QLatin1String("sandbox.ringside.dev/reaper-state"), QLatin1String("true"));
        const QJsonObject object{{QLatin1String("metadata"),
                                  QJsonObject{{QLatin1String("name"), cmName}, {QLatin1String("namespace"), ns},
                                              {QLatin1String("labels"), labels},
                                              {QLatin1String("ownerReferences"),
                                               QJsonArray{Util::ownerReference(QStringLiteral("reaper.k8ssandra.io/v1alpha1"), QStringLiteral("Reaper"), reaper)}}}},
                                 {QLatin1String("data"), data}};
        return m_client->create(Refs::ConfigMaps, ns, object, ReaperManager).ok();
    }
    if (Json::equal(cm.value(QLatin1String("data")), data)) {
        return true;
    }
    cm.insert(QLatin1String("data"), data);
    return m_client->update(Refs::ConfigMaps, cm, ReaperManager).ok();
}

void ReaperController::startRun(RepairRun &run, const QDateTime &now)
{
    if (!run.startTime.isValid()) {
        run.startTime = now;
    }
    run.pauseTime = {};
    run.state = QStringLiteral("RUNNING");
    run.lastEvent = QStringLiteral("Repair run started");
}

static int segmentDuration(const Client *client, const RepairRun &run, const RepairSegment &segment)
{
    double base = run.parallelism == QLatin1String("SEQUENTIAL") ? 600 : (run.parallelism == QLatin1String("PARALLEL") ? 350 : 450);
    if (run.incremental) {
        base *= 4;
    }
    return client->paced(base, run.id + u'/' + segment.id, 0.4);
}

bool ReaperController::advance(const QString &ns, const QJsonObject &, ReaperState &state)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool changed = false;
    // Schedules due: a new run, unless one of the schedule is still going.
    for (RepairSchedule &s : state.schedules) {
        if (s.state != QLatin1String("ACTIVE") || !s.nextActivation.isValid() || s.nextActivation > now) {
            continue;
        }
        const bool busy = std::any_of(state.runs.begin(), state.runs.end(), [&](const RepairRun &r) {
            return r.scheduleId == s.id && (r.state == QLatin1String("RUNNING") || r.state == QLatin1String("PAUSED"));
        });
        while (s.nextActivation <= now) {
            s.nextActivation = s.nextActivation.addDays(std::max(1, s.daysBetween));
        }
        changed = true;
        if (busy) {
            continue;
        }
        QJsonObject params{{QLatin1String("clusterName"), s.cluster},        {QLatin1String("keyspace"), s.keyspace},
                           {QLatin1String("owner"), s.owner},                {QLatin1String("tables"), s.tables.join(u',')},
                           {QLatin1String("intensity"), QString::number(s.intensity)},
                           {QLatin1String("incrementalRepair"), s.incremental ? QLatin1String("true") : QLatin1String("false")},
                           {QLatin1String("repairParallelism"), s.parallelism},
                           {QLatin1String("segmentCountPerNode"), QString::number(s.segmentCountPerNode)},
                           {QLatin1String("cause"), QStringLiteral("scheduled run (schedule id %1)").arg(s.id)}};
        int status = 0;
        QString error;
        if (auto run = createRun(state, ns, params, &status, &error)) {
            run->scheduleId = s.id;
            startRun(*run, now);
            s.runHistory.prepend(run->id);
            state.runs.append(*run);
        }
    }
    for (RepairRun &run : state.runs) {
        if (run.state != QLatin1String("RUNNING")) {
            continue;
        }
        QHash<QString, ReaperNode> nodes;
        for (const ReaperNode &n : clusterNodes(ns, run.cluster)) {
            nodes.insert(n.pod, n);
        }
        for (int step = 0; step < 16; ++step) {
            auto running = std::find_if(run.segments.begin(), run.segments.end(),
                                        [](const RepairSegment &s) { return s.state == QLatin1String("RUNNING"); });
            if (running != run.segments.end()) {
                QString down;
                for (const QString &r : std::as_const(running->replicas)) {
                    if (!nodes.value(r).up) {
                        down = r;
                        break;
                    }
                }
                if (!down.isEmpty()) {
                    running->state = QStringLiteral("NOT_STARTED");
                    running->failCount += 1;
                    running->startTime = {};
                    run.lastEvent = QStringLiteral("Segment %1 failed: replica %2 is down; it will be retried")
                                        .arg(running->id, nodes.value(down).address.isEmpty() ? down : nodes.value(down).address);
                    changed = true;
                    break;
                }
                if (running->startTime.msecsTo(now) < segmentDuration(m_client, run, *running)) {
                    break;
                }
                running->state = QStringLiteral("DONE");
                running->endTime = now;
                run.lastEvent = QStringLiteral("Segment %1 repaired (%2 of %3)")
                                    .arg(running->id)
                                    .arg(run.segmentsRepaired())
                                    .arg(run.segments.size());
                changed = true;
            }
            if (run.segmentsRepaired() == run.segments.size()) {
                run.state = QStringLiteral("DONE");
                run.endTime = now;
                run.lastEvent = QStringLiteral("Repair run finished: %1 segments repaired").arg(run.segments.size());
                changed = true;
                break;
            }
            // Intensity: after a segment, Reaper waits (1/intensity - 1) times its duration.
            QDateTime lastEnd;
            int lastDuration = 0;
            for (const RepairSegment &s : std::as_const(run.segments)) {
                if (s.endTime.isValid() && (!lastEnd.isValid() || s.endTime > lastEnd)) {
                    lastEnd = s.endTime;
                    lastDuration = int(s.startTime.msecsTo(s.endTime));
                }
            }
            if (lastEnd.isValid() && lastEnd.msecsTo(now) < intensityPause(lastDuration, run.intensity)) {
                break;
            }
            auto next = std::find_if(run.segments.begin(), run.segments.end(), [&](const RepairSegment &s) {
                return s.state == QLatin1String("NOT_STARTED")
                       && std::all_of(s.replicas.begin(), s.replicas.end(), [&](const QString &r) { return nodes.value(r).up; });
            });
            if (next == run.segments.end()) {
                QStringList downNodes;
                for (const ReaperNode &n : std::as_const(nodes)) {
                    if (!n.up) {
                        downNodes.append(n.address);
                    }
                }
                downNodes.sort();
                const QString event = QStringLiteral("Postponed %1 segments: replicas down (%2)")
                                          .arg(run.segments.size() - run.segmentsRepaired())
                                          .arg(downNodes.join(QLatin1String(", ")));
                changed |= run.lastEvent != event;
                run.lastEvent = event;
                break;
            }
            next->state = QStringLiteral("RUNNING");
            next->startTime = now;
            next->endTime = {};
            run.lastEvent = QStringLiteral("Triggered repair of segment %1 via host %2")
                                .arg(next->id, nodes.value(next->coordinator).address);
            changed = true;
            if (segmentDuration(m_client, run, *next) > 0) {
                break;
            }
        }
    }
    return changed;
}

void ReaperController::tick()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const int interval = m_client->paced(100, QStringLiteral("reaper-tick"), 0);
    if (m_ticker.interval() != interval) {
        m_ticker.setInterval(interval);
    }
    for (const QJsonObject &reaper : m_client->list(Refs::Reapers)) {
        const QString ns = Json::ns(reaper);
        const QJsonObject cm = m_client->get(Refs::ConfigMaps, ns, stateConfigMap(Json::name(reaper)));
        const qint64 wake = Json::at(cm, u"data.wake").toString(QStringLiteral("-1")).toLongLong();
        if (cm.isEmpty() || wake < 0 || wake > now || !Util::podReady(reaperPod(ns, Json::name(reaper)))) {
            continue;
        }
        ReaperState state = loadState(ns, Json::name(reaper));
        if (advance(ns, reaper, state)) {
            saveState(reaper, state);
        }
    }
}

} // namespace Ringside::Sandbox::Backup
