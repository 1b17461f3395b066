#include "workloads.h"

#include "api/jsonutil.h"
#include "store/objectstore.h"

namespace Ringside::Sandbox {

static const QString EndpointsManager = QStringLiteral("endpoint-controller");

EndpointsController::EndpointsController(Kube *kube, QObject *parent)
    : Reconciler(kube, parent)
{}

void EndpointsController::resync()
{
    for (const QJsonObject &s : m_kube->list(Res::Services)) {
        enqueue(Json::ns(s), Json::name(s));
    }
}

static bool selects(const QJsonObject &selector, const QJsonObject &pod)
{
    if (selector.isEmpty()) {
        return false;
    }
    const QJsonObject labels = Json::meta(pod).value(QLatin1String("labels")).toObject();
    for (auto it = selector.begin(); it != selector.end(); ++it) {
        if (labels.value(it.key()) != it.value()) {
            return false;
        }
    }
    return true;
}

void EndpointsController::observe(const StoreEvent &event)
{
    const QJsonObject &object = event.type == StoreEvent::Type::Deleted ? event.previous : event.object;
    if (event.storageKey == Res::key(Res::Services)) {
        enqueue(Json::ns(object), Json::name(object));
        return;
    }
    if (event.storageKey != Res::key(Res::Pods)) {
        return;
    }
    // A pod change concerns the services that select it now or selected it before.
    const QString ns = Json::ns(object);
    for (const QJsonObject &service : m_kube->list(Res::Services, ns)) {
        const QJsonObject selector = Json::at(service, u"spec.selector").toObject();
        if (selects(selector, object) || (!event.previous.isEmpty() && selects(selector, event.previous))) {
            enqueue(ns, Json::name(service));
        }
    }
}

// The port number a Service port reaches on \a pod: a number, or a container port of that name.
static int targetPort(const QJsonObject &servicePort, const QJsonObject &pod)
{
    const QJsonValue target = servicePort.value(QLatin1String("targetPort"));
    if (target.isDouble()) {
        return target.toInt();
    }
    if (target.isString() && !target.toString().isEmpty()) {
        bool number = false;
        const int n = target.toString().toInt(&number);
        if (number) {
            return n;
        }
        for (const QJsonValue &c : Json::at(pod, u"spec.containers").toArray()) {
            for (const QJsonValue &p : c.toObject().value(QLatin1String("ports")).toArray()) {
                if (p.toObject().value(QLatin1String("name")).toString() == target.toString()) {
                    return p.toObject().value(QLatin1String("containerPort")).toInt();
                }
            }
        }
        return 0; // the pod does not have the named port: not an endpoint of this port
    }
    return servicePort.value(QLatin1String("port")).toInt();
}

void EndpointsController::reconcile(const QString &ns, const QString &name)
{
    const QJsonObject service = m_kube->get(Res::Services, ns, name);
    const QJsonObject existing = m_kube->get(Res::Endpoints, ns, name);
    const QJsonObject selector = Json::at(service, u"spec.selector").toObject();
    if (service.isEmpty() || Op::isDeleting(service) || selector.isEmpty()) {
        // Endpoints of selector-less services belong to whoever wrote them; ours go with their service.
        if (service.isEmpty() && !existing.isEmpty()
            && Json::meta(existing).value(QLatin1String("labels")).toObject().value(QLatin1String("endpoints.kubernetes.io/managed-by"))
                   == EndpointsManager) {
            m_kube->remove(Res::Endpoints, ns, name, EndpointsManager);
        }
        return;
    }
    const bool publishNotReady = Json::at(service, u"spec.publishNotReadyAddresses").toBool();
    const QJsonArray servicePorts = Json::at(service, u"spec.ports").toArray();
    // One subset per distinct port list (pods agree on ports in practice, as the real controller's repacking ends).
    QMap<QString, QJsonObject> subsets; // port signature -> subset
    for (const QJsonObject &pod : m_kube->list(Res::Pods, ns)) {
        const QString ip = Json::at(pod, u"status.podIP").toString();
        if (!selects(selector, pod) || ip.isEmpty() || Op::isDeleting(pod)) {
            continue;
        }
        QJsonArray ports;
        QStringList signature;
        for (const QJsonValue &v : servicePorts) {
            const QJsonObject sp = v.toObject();
            const int port = targetPort(sp, pod);
            if (port <= 0) {
                continue;
            }
            QJsonObject p{{QLatin1String("port"), port},
                          {QLatin1String("protocol"), sp.value(QLatin1String("protocol")).toString(QStringLiteral("TCP"))}};
            if (sp.contains(QLatin1String("name"))) {
                p.insert(QLatin1String("name"), sp.value(QLatin1String("name")));
            }
            signature.append(p.value(QLatin1String("name")).toString() + u':' + QString::number(port));
            ports.append(p);
        }
        const QJsonObject address{{QLatin1String("ip"), ip},
                                  {QLatin1String("nodeName"), Json::at(pod, u"spec.nodeName").toString()},
                                  {QLatin1String("targetRef"),
                                   QJsonObject{{QLatin1String("kind"), QLatin1String("Pod")},
                                               {QLatin1String("namespace"), ns},
                                               {QLatin1String("name"), Json::name(pod)},
                                               {QLatin1String("uid"), Op::uid(pod)}}}};
        QJsonObject &subset = subsets[signature.join(u',')];
        subset.insert(QLatin1String("ports"), ports);
        const QLatin1String list(publishNotReady || Op::podReady(pod) ? "addresses" : "notReadyAddresses");
        QJsonArray addresses = subset.value(list).toArray();
        addresses.append(address);
        subset.insert(list, addresses);
    }
    QJsonArray subsetArray;
    for (const QJsonObject &s : std::as_const(subsets)) {
        subsetArray.append(s);
    }
    QJsonObject labels = Json::meta(service).value(QLatin1String("labels")).toObject();
    labels.insert(QStringLiteral("endpoints.kubernetes.io/managed-by"), EndpointsManager);
    if (existing.isEmpty()) {
        QJsonObject endpoints{{QLatin1String("metadata"),
                               QJsonObject{{QLatin1String("name"), name}, {QLatin1String("labels"), labels}}}};
        if (!subsetArray.isEmpty()) {
            endpoints.insert(QLatin1String("subsets"), subsetArray);
        }
        m_kube->create(Res::Endpoints, ns, endpoints, EndpointsManager);
        return;
    }
    QJsonObject updated = existing;
    if (subsetArray.isEmpty()) {
        updated.remove(QLatin1String("subsets"));
    } else {
        updated.insert(QLatin1String("subsets"), subsetArray);
    }
    Json::setMeta(updated, QLatin1String("labels"), labels);
    if (updated != existing) {
        m_kube->update(Res::Endpoints, updated, EndpointsManager);
    }
}

} // namespace Ringside::Sandbox
