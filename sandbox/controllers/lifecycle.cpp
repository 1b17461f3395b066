// Garbage collection, namespace lifecycle and CRD establishment (see controllers.h).
#include "controllers.h"

#include "api/jsonutil.h"
#include "api/registry.h"
#include "sandboxlog.h"
#include "store/objectstore.h"

#include <QJsonArray>

namespace Ringside::Sandbox {

static const QString CrdKey = QStringLiteral("apiextensions.k8s.io/customresourcedefinitions");
static const QString CrdFinalizer = QStringLiteral("customresourcecleanup.apiextensions.k8s.io");

void Controllers::collectGarbage(const QString &ownerUid)
{
    if (m_liveUids.contains(ownerUid)) {
        return;
    }
    const QSet<QString> dependents = m_dependents.value(ownerUid);
    for (const QString &id : dependents) {
        const QString storageKey = id.section(u'\n', 0, 0);
        const QString objectKey = id.section(u'\n', 1);
        const StoredObject *stored = m_service->store()->get(storageKey, objectKey);
        const ResourceType *type = typeFor(storageKey);
        if (!stored || !type) {
            continue;
        }
        const QJsonArray refs = Json::meta(stored->object).value(QLatin1String("ownerReferences")).toArray();
        QJsonArray remaining;
        for (const QJsonValue &r : refs) {
            if (m_liveUids.contains(r.toObject().value(QLatin1String("uid")).toString())) {
                remaining.append(r);
            }
        }
        if (remaining.isEmpty()) {
            if (Json::metaString(stored->object, QLatin1String("deletionTimestamp")).isEmpty()) {
                DeleteOptions d;
                d.propagationPolicy = QStringLiteral("Background");
                d.preconditionUid = Json::metaString(stored->object, QLatin1String("uid"));
                m_service->remove(*type, Json::ns(stored->object), Json::name(stored->object), d,
                                  systemWrite(QStringLiteral("kube-controller-manager")));
            }
        } else if (remaining.size() != refs.size()) {
            QJsonObject updated = m_service->toServed(*type, stored->object);
            Json::setMeta(updated, QLatin1String("ownerReferences"), remaining);
            m_service->update(*type, Json::ns(stored->object), Json::name(stored->object), updated,
                              systemWrite(QStringLiteral("kube-controller-manager")));
        }
    }
}

void Controllers::processDeletingOwner(const QString &storageKey, const QString &objectKey)
{
    const StoredObject *stored = m_service->store()->get(storageKey, objectKey);
    const ResourceType *type = typeFor(storageKey);
    if (!stored || !type) {
        return;
    }
    const QJsonArray finalizers = Json::meta(stored->object).value(QLatin1String("finalizers")).toArray();
    const QString uid = Json::metaString(stored->object, QLatin1String("uid"));
    const QSet<QString> dependents = m_dependents.value(uid);
    if (finalizers.contains(QJsonValue(QLatin1String("orphan")))) {
        for (const QString &id : dependents) {
            const StoredObject *dep = m_service->store()->get(id.section(u'\n', 0, 0), id.section(u'\n', 1));
            const ResourceType *depType = typeFor(id.section(u'\n', 0, 0));
            if (!dep || !depType) {
                continue;
            }
            QJsonArray refs;
            for (const QJsonValue &r : Json::meta(dep->object).value(QLatin1String("ownerReferences")).toArray()) {
                if (r.toObject().value(QLatin1String("uid")).toString() != uid) {
                    refs.append(r);
                }
            }
            QJsonObject updated = m_service->toServed(*depType, dep->object);
            if (refs.isEmpty()) {
                Json::removeMeta(updated, QLatin1String("ownerReferences"));
            } else {
                Json::setMeta(updated, QLatin1String("ownerReferences"), refs);
            }
            m_service->update(*depType, Json::ns(dep->object), Json::name(dep->object), updated,
                              systemWrite(QStringLiteral("kube-controller-manager")));
        }
        if (const StoredObject *again = m_service->store()->get(storageKey, objectKey)) {
            removeFinalizer(*type, again->object, QStringLiteral("orphan"));
        }
        return;
    }
    if (finalizers.contains(QJsonValue(QLatin1String("foregroundDeletion")))) {
        bool pending = false;
        for (const QString &id : dependents) {
            const StoredObject *dep = m_service->store()->get(id.section(u'\n', 0, 0), id.section(u'\n', 1));
            const ResourceType *depType = typeFor(id.section(u'\n', 0, 0));
            if (!dep || !depType) {
                continue;
            }
            pending = true;
            if (Json::metaString(dep->object, QLatin1String("deletionTimestamp")).isEmpty()) {
                DeleteOptions d;
                d.propagationPolicy = QStringLiteral("Foreground");
                m_service->remove(*depType, Json::ns(dep->object), Json::name(dep->object), d,
                                  systemWrite(QStringLiteral("kube-controller-manager")));
            }
        }
        if (!pending) {
            removeFinalizer(*type, stored->object, QStringLiteral("foregroundDeletion"));
        } else {
            m_deletingOwners.insert(storageKey + u'\n' + objectKey);
        }
        return;
    }
    if (storageKey == CrdKey && finalizers.contains(QJsonValue(CrdFinalizer))) {
        cleanupCrd(objectKey);
    }
}

void Controllers::createNamespaceDefaults(const QString &ns)
{
    const StoredObject *nsObject = m_service->store()->get(QStringLiteral("/namespaces"), ns);
    if (!nsObject || !Json::metaString(nsObject->object, QLatin1String("deletionTimestamp")).isEmpty()) {
        return;
    }
    const Registry *registry = m_service->registry();
    const WriteOptions options = systemWrite(QStringLiteral("kube-controller-manager"));
    if (!m_service->store()->get(QStringLiteral("/serviceaccounts"),
                                 ObjectStore::objectKey(ns, QStringLiteral("default")))) {
        m_service->create(
            *registry->find(u"", u"v1", u"serviceaccounts"), ns,
            QJsonObject{{QLatin1String("metadata"), QJsonObject{{QLatin1String("name"), QLatin1String("default")}}}},
            options);
    }
    if (!m_service->store()->get(QStringLiteral("/configmaps"),
                                 ObjectStore::objectKey(ns, QStringLiteral("kube-root-ca.crt")))) {
        const QJsonObject cm{
            {QLatin1String("metadata"),
             QJsonObject{
                 {QLatin1String("name"), QLatin1String("kube-root-ca.crt")},
                 {QLatin1String("annotations"),
                  QJsonObject{
                      {QLatin1String("kubernetes.io/description"),
                       QLatin1String("Contains a CA bundle that can be used to verify the kube-apiserver when using "
                                     "internal endpoints such as the internal service IP or kubernetes.default.svc. No "
                                     "other usage is guaranteed across distributions of Kubernetes clusters.")}}}}},
            {QLatin1String("data"), QJsonObject{{QLatin1String("ca.crt"), QString::fromLatin1(m_caPem)}}}};
        m_service->create(*registry->find(u"", u"v1", u"configmaps"), ns, cm,
                          systemWrite(QStringLiteral("kube-controller-manager")));
    }
}

void Controllers::processNamespace(const QString &name)
{
    const StoredObject *ns = m_service->store()->get(QStringLiteral("/namespaces"), name);
    if (!ns || Json::metaString(ns->object, QLatin1String("deletionTimestamp")).isEmpty()) {
        m_namespaces.remove(name);
        return;
    }
    // Delete everything in the namespace; the namespace goes when nothing is left.
    bool remaining = false;
    const WriteOptions options = systemWrite(QStringLiteral("kube-controller-manager"));
    QSet<QString> seen;
    for (const ResourceType *t : m_service->registry()->all()) {
        if (!t->namespaced || seen.contains(t->storageKey()) || t->verbs == QStringList{QStringLiteral("create")}) {
            continue;
        }
        seen.insert(t->storageKey());
        const ResourceType *type = typeFor(t->storageKey());
        for (const StoredObject *o : m_service->store()->list(t->storageKey(), name)) {
            remaining = true;
            if (Json::metaString(o->object, QLatin1String("deletionTimestamp")).isEmpty()) {
                DeleteOptions d;
                d.propagationPolicy = QStringLiteral("Background");
                m_service->remove(*type, name, Json::name(o->object), d, options);
            }
        }
    }
    bool stillThere = false;
    for (const QString &key : std::as_const(seen)) {
        if (!m_service->store()->list(key, name).isEmpty()) {
            stillThere = true;
        }
    }
    if (remaining && stillThere) {
        return; // objects with finalizers: try again when they change
    }
    const ResourceType *nsType = m_service->registry()->find(u"", u"v1", u"namespaces");
    QJsonObject finalized = m_service->toServed(*nsType, ns->object);
    Json::setAt(finalized, u"spec.finalizers", QJsonArray());
    m_namespaces.remove(name);
    const ObjectResult r = m_service->update(*nsType, QString(), name, finalized, options, QStringLiteral("finalize"));
    if (!r.ok()) {
        qCWarning(lcSandboxStore) << "finalizing namespace" << name << "failed:" << r.error->message;
    }
}

void Controllers::establishCrd(const QString &name)
{
    const StoredObject *stored = m_service->store()->get(CrdKey, name);
    if (!stored || !Json::metaString(stored->object, QLatin1String("deletionTimestamp")).isEmpty()) {
        return;
    }
    const QJsonObject crd = stored->object;
    // Serve it (again when the spec changed).
    const QList<ResourceType> wanted = Registry::typesFromCrd(crd);
    bool same = !wanted.isEmpty();
    for (const ResourceType &t : wanted) {
        const ResourceType *served = m_service->registry()->find(t.group, t.version, t.resource);
        if (!served || served->crdSchema != t.crdSchema || served->subresources != t.subresources
            || served->shortNames != t.shortNames || served->columns.size() != t.columns.size()) {
            same = false;
        }
    }
    if (!same) {
        m_service->registry()->applyCrd(crd);
    }
    const QJsonObject spec = crd.value(QLatin1String("spec")).toObject();
    QJsonObject status = crd.value(QLatin1String("status")).toObject();
    const QJsonObject before = status;
    QString storage;
    for (const QJsonValue &v : spec.value(QLatin1String("versions")).toArray()) {
        if (v.toObject().value(QLatin1String("storage")).toBool()) {
            storage = v.toObject().value(QLatin1String("name")).toString();
        }
    }
    QJsonArray stored2 = status.value(QLatin1String("storedVersions")).toArray();
    if (!storage.isEmpty() && !stored2.contains(QJsonValue(storage))) {
        stored2.append(storage);
    }
    status.insert(QLatin1String("storedVersions"), stored2);
    status.insert(QLatin1String("acceptedNames"), spec.value(QLatin1String("names")));
    QJsonArray conditions = status.value(QLatin1String("conditions")).toArray();
    for (const char *type : {"NamesAccepted", "Established"}) {
        bool found = false;
        for (const QJsonValue &c : std::as_const(conditions)) {
            if (c.toObject().value(QLatin1String("type")).toString() == QLatin1String(type)
                && c.toObject().value(QLatin1String("status")).toString() == QLatin1String("True")) {
                found = true;
            }
        }
        if (!found) {
            const bool names = QByteArray(type) == "NamesAccepted";
            conditions.append(QJsonObject{
                {QLatin1String("type"), QLatin1String(type)},
                {QLatin1String("status"), QLatin1String("True")},
                {QLatin1String("lastTransitionTime"), Json::timestamp()},
                {QLatin1String("reason"), names ? QLatin1String("NoConflicts") : QLatin1String("InitialNamesAccepted")},
                {QLatin1String("message"),
                 names ? QLatin1String("no conflicts found") : QLatin1String("the initial names have been accepted")}});
        }
    }
    status.insert(QLatin1String("conditions"), conditions);
    if (status == before) {
        return;
    }
    const ResourceType *crdType
        = m_service->registry()->find(u"apiextensions.k8s.io", u"v1", u"customresourcedefinitions");
    QJsonObject updated = m_service->toServed(*crdType, crd);
    updated.insert(QLatin1String("status"), status);
    const ObjectResult r = m_service->update(*crdType, QString(), name, updated,
                                             systemWrite(QStringLiteral("kube-apiserver")), QStringLiteral("status"));
    if (!r.ok()) {
        qCWarning(lcSandboxStore) << "establishing CRD" << name << "failed:" << r.error->message;
    }
}

void Controllers::cleanupCrd(const QString &name)
{
    const StoredObject *stored = m_service->store()->get(CrdKey, name);
    if (!stored) {
        return;
    }
    const QJsonObject crd = stored->object;
    const QString group = Json::at(crd, u"spec.group").toString();
    const QString plural = Json::at(crd, u"spec.names.plural").toString();
    const QString storageKey = group + u'/' + plural;
    const ResourceType *type = typeFor(storageKey);
    if (type) {
        for (const StoredObject *o : m_service->store()->list(storageKey)) {
            if (Json::metaString(o->object, QLatin1String("deletionTimestamp")).isEmpty()) {
                DeleteOptions d;
                d.propagationPolicy = QStringLiteral("Background");
                m_service->remove(*type, Json::ns(o->object), Json::name(o->object), d,
                                  systemWrite(QStringLiteral("kube-apiserver")));
            }
        }
        if (m_service->store()->count(storageKey) > 0) {
            m_deletingOwners.insert(CrdKey + u'\n' + name);
            return; // custom resources with finalizers are still there
        }
    }
    m_service->registry()->removeCrd(name);
    const ResourceType *crdType
        = m_service->registry()->find(u"apiextensions.k8s.io", u"v1", u"customresourcedefinitions");
    if (const StoredObject *again = m_service->store()->get(CrdKey, name)) {
        removeFinalizer(*crdType, again->object, CrdFinalizer);
    }
}

} // namespace Ringside::Sandbox
