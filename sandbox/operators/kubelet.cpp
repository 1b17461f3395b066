#include "kubelet.h"

#include "api/jsonutil.h"
#include "store/objectstore.h"

#include <QCryptographicHash>
#include <QTimer>

namespace Ringside::Sandbox {

static const QString KubeletManager = QStringLiteral("kubelet");
static const QString ClaimPrefix = QStringLiteral("pvc:");
// Base durations at pace 1.
static constexpr int ContainerCreatingMs = 1500;
static constexpr int CassandraStartMs = 4500;

bool World::isCassandraPod(const QJsonObject &pod)
{
    return Op::labelOf(pod, QStringLiteral("app.kubernetes.io/managed-by")) == QLatin1String("cass-operator")
           && !Op::labelOf(pod, NodeStateLabel).isEmpty();
}

QStringList World::faults(const QJsonObject &object)
{
    QStringList out;
    for (const QString &f : Op::annotationOf(object, FaultAnnotation).split(u',', Qt::SkipEmptyParts)) {
        out.append(f.trimmed());
    }
    return out;
}

Kubelet::Kubelet(Kube *kube, QObject *parent)
    : Reconciler(kube, parent)
{}

void Kubelet::resync()
{
    for (const QJsonObject &pod : m_kube->list(Res::Pods)) {
        enqueue(Json::ns(pod), Json::name(pod));
    }
    for (const QJsonObject &pvc : m_kube->list(Res::Pvcs)) {
        enqueue(Json::ns(pvc), ClaimPrefix + Json::name(pvc));
    }
}

void Kubelet::observe(const StoreEvent &event)
{
    if (event.type == StoreEvent::Type::Deleted) {
        const QString uid = Op::uid(event.previous);
        m_creating.remove(uid);
        m_created.remove(uid);
        m_starting.remove(uid);
        m_started.remove(uid);
        return;
    }
    if (event.storageKey == Res::key(Res::Pods)) {
        enqueue(Json::ns(event.object), Json::name(event.object));
    } else if (event.storageKey == Res::key(Res::Pvcs)) {
        enqueue(Json::ns(event.object), ClaimPrefix + Json::name(event.object));
    }
}

QString Kubelet::chooseNode(Kube *kube)
{
    QHash<QString, int> load;
    QStringList nodes;
    for (const QJsonObject &node : kube->list(Res::Nodes)) {
        if (Conditions::isTrue(Json::at(node, u"status.conditions").toArray(), QStringLiteral("Ready"))
            && !Json::at(node, u"spec.unschedulable").toBool()) {
            nodes.append(Json::name(node));
            load.insert(Json::name(node), 0);
        }
    }
    for (const QJsonObject &pod : kube->list(Res::Pods)) {
        const QString node = Json::at(pod, u"spec.nodeName").toString();
        if (load.contains(node)) {
            ++load[node];
        }
    }
    QString best;
    for (const QString &n : std::as_const(nodes)) {
        if (best.isEmpty() || load.value(n) < load.value(best)) {
            best = n;
        }
    }
    return best;
}

QString Kubelet::podIp(const QString &uid)
{
    const QByteArray d = QCryptographicHash::hash(uid.toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("10.244.%1.%2").arg(quint8(d.at(0))).arg(1 + quint8(d.at(1)) % 254);
}

static QString nodeAddress(Kube *kube, const QString &node)
{
    for (const QJsonValue &a : Json::at(kube->get(Res::Nodes, QString(), node), u"status.addresses").toArray()) {
        if (a.toObject().value(QLatin1String("type")).toString() == QLatin1String("InternalIP")) {
            return a.toObject().value(QLatin1String("address")).toString();
        }
    }
    return QStringLiteral("10.0.0.2");
}

static QJsonObject containerStatus(const QJsonObject &container, const QString &podUid, bool ready,
                                   const QString &startedAt)
{
    const QString image = container.value(QLatin1String("image")).toString();
    const QString name = container.value(QLatin1String("name")).toString();
    const QString id = QString::fromLatin1(
        QCryptographicHash::hash((podUid + u'/' + name).toUtf8(), QCryptographicHash::Sha256).toHex());
    const QString digest = QString::fromLatin1(
        QCryptographicHash::hash(image.toUtf8(), QCryptographicHash::Sha256).toHex());
    return {{QLatin1String("name"), name},
            {QLatin1String("image"), image},
            {QLatin1String("imageID"), QString(image.section(u':', 0, 0) + QLatin1String("@sha256:") + digest)},
            {QLatin1String("containerID"), QString(QLatin1String("containerd://") + id)},
            {QLatin1String("ready"), ready},
            {QLatin1String("started"), true},
            {QLatin1String("restartCount"), 0},
            {QLatin1String("lastState"), QJsonObject()},
            {QLatin1String("state"),
             QJsonObject{{QLatin1String("running"), QJsonObject{{QLatin1String("startedAt"), startedAt}}}}}};
}

QJsonObject Kubelet::runningStatus(const QJsonObject &pod, bool cassandraUp) const
{
    QJsonObject status = pod.value(QLatin1String("status")).toObject();
    const QString now = Json::timestamp();
    const QString started = status.value(QLatin1String("startTime")).toString(now);
    const QJsonObject spec = pod.value(QLatin1String("spec")).toObject();
    const QString uid = Op::uid(pod);
    const bool cassandraPod = World::isCassandraPod(pod);
    // Keep the running containers' start times.
    QHash<QString, QString> startedAt;
    for (const QJsonValue &v : status.value(QLatin1String("containerStatuses")).toArray()) {
        const QString at = Json::at(v.toObject(), u"state.running.startedAt").toString();
        if (!at.isEmpty()) {
            startedAt.insert(v.toObject().value(QLatin1String("name")).toString(), at);
        }
    }
    QJsonArray containers;
    bool allReady = true;
    for (const QJsonValue &v : spec.value(QLatin1String("containers")).toArray()) {
        const QString name = v.toObject().value(QLatin1String("name")).toString();
        const bool ready = !(cassandraPod && name == World::CassandraContainer) || cassandraUp;
        allReady = allReady && ready;
        containers.append(containerStatus(v.toObject(), uid, ready, startedAt.value(name, now)));
    }
    QJsonArray inits;
    for (const QJsonValue &v : spec.value(QLatin1String("initContainers")).toArray()) {
        QJsonObject c = containerStatus(v.toObject(), uid, true, started);
        c.insert(QLatin1String("started"), false);
        c.insert(QLatin1String("state"),
                 QJsonObject{{QLatin1String("terminated"), QJsonObject{{QLatin1String("exitCode"), 0},
                                                                       {QLatin1String("reason"), QLatin1String("Completed")},
                                                                       {QLatin1String("startedAt"), started},
                                                                       {QLatin1String("finishedAt"), started}}}});
        inits.append(c);
    }
    status.insert(QLatin1String("phase"), QLatin1String("Running"));
    status.insert(QLatin1String("startTime"), started);
    status.insert(QLatin1String("containerStatuses"), containers);
    if (!inits.isEmpty()) {
        status.insert(QLatin1String("initContainerStatuses"), inits);
    }
    const QString ip = podIp(uid);
    status.insert(QLatin1String("podIP"), ip);
    status.insert(QLatin1String("podIPs"), QJsonArray{QJsonObject{{QLatin1String("ip"), ip}}});
    QJsonArray conditions = status.value(QLatin1String("conditions")).toArray();
    Conditions::set(conditions, QStringLiteral("PodReadyToStartContainers"), true);
    Conditions::set(conditions, QStringLiteral("Initialized"), true);
    const QString notReady = allReady ? QString() : QStringLiteral("ContainersNotReady");
    const QString message
        = allReady ? QString() : QStringLiteral("containers with unready status: [%1]").arg(World::CassandraContainer);
    Conditions::set(conditions, QStringLiteral("ContainersReady"), allReady, notReady, message);
    Conditions::set(conditions, QStringLiteral("Ready"), allReady, notReady, message);
    status.insert(QLatin1String("conditions"), conditions);
    return status;
}

void Kubelet::reconcile(const QString &ns, const QString &name)
{
    if (name.startsWith(ClaimPrefix)) {
        bindClaim(ns, name.mid(ClaimPrefix.size()));
        return;
    }
    QJsonObject pod = m_kube->get(Res::Pods, ns, name);
    const QString node = Json::at(pod, u"spec.nodeName").toString();
    if (pod.isEmpty() || Op::isDeleting(pod) || node.isEmpty()) {
        return; // no binding subresource here: pods without spec.nodeName stay Pending
    }
    const QString uid = Op::uid(pod);
    QJsonObject status = pod.value(QLatin1String("status")).toObject();
    const QString phase = status.value(QLatin1String("phase")).toString();
    if (phase == QLatin1String("Pending")) {
        QJsonArray conditions = status.value(QLatin1String("conditions")).toArray();
        if (!Conditions::find(conditions, QStringLiteral("PodScheduled")).isEmpty()) {
            if (m_created.contains(uid)) {
                m_created.remove(uid);
                pod.insert(QLatin1String("status"), runningStatus(pod, false));
                m_kube->updateStatus(Res::Pods, pod, KubeletManager);
            } else if (!m_creating.contains(uid)) {
                // Pull images, run the init containers, create the containers: a paced step.
                m_creating.insert(uid);
                QTimer::singleShot(m_kube->paced(ContainerCreatingMs, uid + QLatin1String("/create")), this,
                                   [this, uid, ns, name] {
                                       m_creating.remove(uid);
                                       if (Op::uid(m_kube->get(Res::Pods, ns, name)) == uid) {
                                           m_created.insert(uid);
                                           enqueue(ns, name);
                                       }
                                   });
            }
            return;
        }
        Conditions::set(conditions, QStringLiteral("PodScheduled"), true);
        Conditions::set(conditions, QStringLiteral("PodReadyToStartContainers"), false);
        Conditions::set(conditions, QStringLiteral("Initialized"), false, QStringLiteral("ContainersNotInitialized"),
                        QStringLiteral("containers with incomplete status: [server-config-init]"));
        Conditions::set(conditions, QStringLiteral("ContainersReady"), false, QStringLiteral("ContainersNotReady"),
                        QStringLiteral("containers with unready status"));
        Conditions::set(conditions, QStringLiteral("Ready"), false, QStringLiteral("ContainersNotReady"),
                        QStringLiteral("containers with unready status"));
        status.insert(QLatin1String("conditions"), conditions);
        status.insert(QLatin1String("hostIP"), nodeAddress(m_kube, node));
        status.insert(QLatin1String("hostIPs"),
                      QJsonArray{QJsonObject{{QLatin1String("ip"), nodeAddress(m_kube, node)}}});
        QJsonArray waiting;
        for (const QJsonValue &v : Json::at(pod, u"spec.containers").toArray()) {
            waiting.append(QJsonObject{
                {QLatin1String("name"), v.toObject().value(QLatin1String("name"))},
                {QLatin1String("image"), v.toObject().value(QLatin1String("image"))},
                {QLatin1String("imageID"), QString()},
                {QLatin1String("ready"), false},
                {QLatin1String("started"), false},
                {QLatin1String("restartCount"), 0},
                {QLatin1String("lastState"), QJsonObject()},
                {QLatin1String("state"),
                 QJsonObject{{QLatin1String("waiting"),
                              QJsonObject{{QLatin1String("reason"), QLatin1String("ContainerCreating")}}}}}});
        }
        status.insert(QLatin1String("containerStatuses"), waiting);
        pod.insert(QLatin1String("status"), status);
        m_kube->updateStatus(Res::Pods, pod, KubeletManager);
        return;
    }
    if (phase != QLatin1String("Running")) {
        return;
    }
    // Running: only the cassandra container's readiness changes.
    if (!World::isCassandraPod(pod)) {
        return;
    }
    const QString state = Op::labelOf(pod, World::NodeStateLabel);
    bool up = false;
    for (const QJsonValue &v : status.value(QLatin1String("containerStatuses")).toArray()) {
        if (v.toObject().value(QLatin1String("name")).toString() == World::CassandraContainer) {
            up = v.toObject().value(QLatin1String("ready")).toBool();
        }
    }
    if (state == QLatin1String("Ready-to-Start")) {
        up = false;
        m_started.remove(uid);
    } else if (state == QLatin1String("Starting") && !up) {
        if (m_started.contains(uid)) {
            up = true;
        } else if (!m_starting.contains(uid)) {
            // Cassandra starts (the management API's lifecycle/start); the readiness probe passes when done.
            m_starting.insert(uid);
            const bool slow = World::faults(pod).contains(QLatin1String("slow"));
            const int ms = m_kube->paced(CassandraStartMs * (slow ? 3 : 1), uid + QLatin1String("/start"));
            QTimer::singleShot(ms, this, [this, uid, ns, name] {
                m_starting.remove(uid);
                const QJsonObject now = m_kube->get(Res::Pods, ns, name);
                if (Op::uid(now) == uid && Op::labelOf(now, World::NodeStateLabel) == QLatin1String("Starting")) {
                    m_started.insert(uid);
                    enqueue(ns, name);
                }
            });
        }
    }
    const QJsonObject wanted = runningStatus(pod, up);
    if (wanted != status) {
        pod.insert(QLatin1String("status"), wanted);
        m_kube->updateStatus(Res::Pods, pod, KubeletManager);
    }
}

void Kubelet::bindClaim(const QString &ns, const QString &name)
{
    QJsonObject pvc = m_kube->get(Res::Pvcs, ns, name);
    if (pvc.isEmpty() || Op::isDeleting(pvc)
        || Json::at(pvc, u"status.phase").toString() == QLatin1String("Bound")) {
        return;
    }
    const QJsonObject spec = pvc.value(QLatin1String("spec")).toObject();
    QJsonObject status;
    status.insert(QLatin1String("phase"), QLatin1String("Bound"));
    status.insert(QLatin1String("accessModes"),
                  spec.value(QLatin1String("accessModes")).toArray().isEmpty()
                      ? QJsonArray{QLatin1String("ReadWriteOnce")}
                      : spec.value(QLatin1String("accessModes")).toArray());
    const QString size = Json::at(spec, u"resources.requests.storage").toString(QStringLiteral("1Gi"));
    status.insert(QLatin1String("capacity"), QJsonObject{{QLatin1String("storage"), size}});
    pvc.insert(QLatin1String("status"), status);
    m_kube->updateStatus(Res::Pvcs, pvc, QStringLiteral("kube-controller-manager"));
}

} // namespace Ringside::Sandbox
