#include "workloads.h"

#include "api/jsonutil.h"
#include "store/objectstore.h"

namespace Ringside::Sandbox {

PodOwnerController::PodOwnerController(Kube *kube, const Res::Ref &resource, const QString &kind, QObject *parent)
    : Reconciler(kube, parent)
    , m_resource(resource)
    , m_kind(kind)
{}

void PodOwnerController::resync()
{
    for (const QJsonObject &object : m_kube->list(m_resource)) {
        enqueue(Json::ns(object), Json::name(object));
    }
}

void PodOwnerController::observe(const StoreEvent &event)
{
    if (event.storageKey == Res::key(m_resource)) {
        if (event.type != StoreEvent::Type::Deleted) {
            enqueue(Json::ns(event.object), Json::name(event.object));
        }
        return;
    }
    if (event.storageKey != Res::key(Res::Pods)) {
        return;
    }
    const QJsonObject &pod = event.type == StoreEvent::Type::Deleted ? event.previous : event.object;
    for (const QJsonValue &v : Json::meta(pod).value(QLatin1String("ownerReferences")).toArray()) {
        const QJsonObject ref = v.toObject();
        if (ref.value(QLatin1String("kind")).toString() == m_kind && ref.value(QLatin1String("controller")).toBool()) {
            enqueue(Json::ns(pod), ref.value(QLatin1String("name")).toString());
        }
    }
}

} // namespace Ringside::Sandbox
