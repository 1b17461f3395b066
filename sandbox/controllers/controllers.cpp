#include "controllers.h"

#include "api/jsonutil.h"
#include "api/registry.h"
#include "sandboxlog.h"
#include "store/objectstore.h"

#include <QJsonArray>
#include <QTimer>

namespace Ringside::Sandbox {

static const QString CrdKey = QStringLiteral("apiextensions.k8s.io/customresourcedefinitions");
static const QString NamespaceKey = QStringLiteral("/namespaces");
static const QString CrdFinalizer = QStringLiteral("customresourcecleanup.apiextensions.k8s.io");

Controllers::Controllers(ResourceService *service, const QByteArray &caCertificatePem, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_caPem(caCertificatePem)
{
    connect(service->store(), &ObjectStore::changed, this, &Controllers::onStoreChanged);
}

WriteOptions Controllers::systemWrite(const QString &manager) const
{
    WriteOptions o;
    o.user = {QStringLiteral("system:kube-controller-manager"), QString(), {QStringLiteral("system:authenticated")}};
    o.fieldManager = manager;
    o.fieldValidation = WriteOptions::FieldValidation::Ignore;
    return o;
}

const ResourceType *Controllers::typeFor(const QString &storageKey) const
{
    const ResourceType *fallback = nullptr;
    for (const ResourceType *t : m_service->registry()->all()) {
        if (t->storageKey() == storageKey && t->group != QLatin1String("events.k8s.io")) {
            if (t->storageVersion) {
                return t;
            }
            fallback = t;
        }
    }
    return fallback;
}

void Controllers::index(const QString &storageKey, const QString &objectKey, const QJsonObject &object, bool remove)
{
    const QString id = storageKey + u'\n' + objectKey;
    for (const QJsonValue &ref : Json::meta(object).value(QLatin1String("ownerReferences")).toArray()) {
        const QString uid = ref.toObject().value(QLatin1String("uid")).toString();
        if (remove) {
            auto it = m_dependents.find(uid);
            if (it != m_dependents.end()) {
                it->remove(id);
                if (it->isEmpty()) {
                    m_dependents.erase(it);
                }
            }
        } else {
            m_dependents[uid].insert(id);
        }
    }
}

void Controllers::resync()
{
    m_dependents.clear();
    m_liveUids.clear();
    const auto contents = m_service->store()->contents();
    for (auto it = contents.cbegin(); it != contents.cend(); ++it) {
        for (auto o = it.value().cbegin(); o != it.value().cend(); ++o) {
            index(it.key(), o.key(), o.value().object, false);
            m_liveUids.insert(Json::metaString(o.value().object, QLatin1String("uid")));
            if (!Json::metaString(o.value().object, QLatin1String("deletionTimestamp")).isEmpty()) {
                m_deletingOwners.insert(it.key() + u'\n' + o.key());
            }
        }
    }
    for (const StoredObject *crd : m_service->store()->list(CrdKey)) {
        m_service->registry()->applyCrd(crd->object);
        m_crds.insert(Json::name(crd->object));
    }
    for (const StoredObject *ns : m_service->store()->list(NamespaceKey)) {
        if (!Json::metaString(ns->object, QLatin1String("deletionTimestamp")).isEmpty()) {
            m_namespaces.insert(Json::name(ns->object));
        }
    }
    // Dependents whose owners are gone (e.g. deleted while the server was down).
    for (auto it = m_dependents.cbegin(); it != m_dependents.cend(); ++it) {
        if (!m_liveUids.contains(it.key())) {
            m_goneOwners.insert(it.key());
        }
    }
    schedule();
}

void Controllers::onStoreChanged(const StoreEvent &event)
{
    const QString uid = Json::metaString(event.type == StoreEvent::Type::Deleted ? event.previous : event.object,
                                         QLatin1String("uid"));
    if (event.type != StoreEvent::Type::Added) {
        index(event.storageKey, event.objectKey, event.previous, true);
    }
    if (event.type == StoreEvent::Type::Deleted) {
        m_liveUids.remove(uid);
        if (m_dependents.contains(uid)) {
            m_goneOwners.insert(uid);
        }
    } else {
        index(event.storageKey, event.objectKey, event.object, false);
        m_liveUids.insert(uid);
        if (!Json::metaString(event.object, QLatin1String("deletionTimestamp")).isEmpty()) {
            m_deletingOwners.insert(event.storageKey + u'\n' + event.objectKey);
        }
    }
    if (event.storageKey == NamespaceKey) {
        if (event.type == StoreEvent::Type::Added) {
            m_newNamespaces.insert(event.objectKey);
        }
        if (event.type != StoreEvent::Type::Deleted
            && !Json::metaString(event.object, QLatin1String("deletionTimestamp")).isEmpty()) {
            m_namespaces.insert(event.objectKey);
        }
    } else if (event.storageKey == CrdKey) {
        if (event.type == StoreEvent::Type::Deleted) {
            m_service->registry()->removeCrd(event.objectKey);
        } else {
            m_crds.insert(event.objectKey);
        }
    }
    // Content of a terminating namespace changed: look again.
    const QString ns = Json::ns(event.type == StoreEvent::Type::Deleted ? event.previous : event.object);
    if (!ns.isEmpty() && m_namespaces.isEmpty() == false) {
        for (const QString &n : std::as_const(m_namespaces)) {
            if (n == ns) {
                schedule();
            }
        }
    }
    if (!m_goneOwners.isEmpty() || !m_deletingOwners.isEmpty() || !m_namespaces.isEmpty() || !m_newNamespaces.isEmpty()
        || !m_crds.isEmpty()) {
        schedule();
    }
}

void Controllers::schedule()
{
    if (m_scheduled) {
        return;
    }
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        run();
    });
}

void Controllers::drain()
{
    for (int round = 0; round < 100
                        && (m_scheduled || !m_goneOwners.isEmpty() || !m_deletingOwners.isEmpty()
                            || !m_newNamespaces.isEmpty() || !m_crds.isEmpty());
         ++round) {
        m_scheduled = false;
        run();
    }
}

void Controllers::run()
{
    if (m_running) {
        schedule();
        return;
    }
    m_running = true;
    const QSet<QString> crds = std::exchange(m_crds, {});
    for (const QString &name : crds) {
        establishCrd(name);
    }
    const QSet<QString> fresh = std::exchange(m_newNamespaces, {});
    for (const QString &ns : fresh) {
        createNamespaceDefaults(ns);
    }
    const QSet<QString> gone = std::exchange(m_goneOwners, {});
    for (const QString &uid : gone) {
        collectGarbage(uid);
    }
    const QSet<QString> deleting = std::exchange(m_deletingOwners, {});
    for (const QString &id : deleting) {
        processDeletingOwner(id.section(u'\n', 0, 0), id.section(u'\n', 1));
    }
    const QSet<QString> namespaces = m_namespaces;
    for (const QString &ns : namespaces) {
        processNamespace(ns);
    }
    m_running = false;
}

void Controllers::removeFinalizer(const ResourceType &type, const QJsonObject &stored, const QString &finalizer)
{
    QJsonArray finalizers = Json::meta(stored).value(QLatin1String("finalizers")).toArray();
    for (qsizetype i = finalizers.size() - 1; i >= 0; --i) {
        if (finalizers.at(i).toString() == finalizer) {
            finalizers.removeAt(i);
        }
    }
    QJsonObject updated = m_service->toServed(type, stored);
    Json::setMeta(updated, QLatin1String("finalizers"), finalizers);
    const ObjectResult r = m_service->update(type, Json::ns(stored), Json::name(stored), updated,
                                             systemWrite(QStringLiteral("kube-controller-manager")));
    if (!r.ok()) {
        qCWarning(lcSandboxStore) << "removing finalizer" << finalizer << "failed:" << r.error->message;
    }
}

} // namespace Ringside::Sandbox
