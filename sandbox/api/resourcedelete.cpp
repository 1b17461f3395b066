#include "resourceservice.h"

#include "jsonutil.h"
#include "kinds/kindhooks.h"
#include "store/objectstore.h"

#include <QJsonArray>

namespace Ringside::Sandbox {

ObjectResult ResourceService::remove(const ResourceType &type, const QString &ns, const QString &name,
                                     const DeleteOptions &deleteOptions, const WriteOptions &options)
{
    const QString key = ObjectStore::objectKey(type.namespaced ? ns : QString(), name);
    const StoredObject *stored = m_store->get(type.storageKey(), key);
    if (!stored) {
        return ObjectResult::failure(ApiError::notFound(type, name));
    }
    QJsonObject obj = stored->object;
    QJsonObject meta = Json::meta(obj);
    const QString uid = meta.value(QLatin1String("uid")).toString();
    if (!deleteOptions.preconditionUid.isEmpty() && deleteOptions.preconditionUid != uid) {
        return ObjectResult::failure(
            ApiError::conflict(type, name,
                               QStringLiteral("Precondition failed: UID in precondition: %1, UID in object meta: %2")
                                   .arg(deleteOptions.preconditionUid, uid)));
    }
    const QString rv = meta.value(QLatin1String("resourceVersion")).toString();
    if (!deleteOptions.preconditionResourceVersion.isEmpty() && deleteOptions.preconditionResourceVersion != rv) {
        return ObjectResult::failure(ApiError::conflict(
            type, name,
            QStringLiteral(
                "Precondition failed: ResourceVersion in precondition: %1, ResourceVersion in object meta: %2")
                .arg(deleteOptions.preconditionResourceVersion, rv)));
    }
    const KindHooks &hooks = KindHooks::forType(type);
    QString policy = deleteOptions.propagationPolicy;
    if (policy.isEmpty() && deleteOptions.orphanDependents) {
        policy = *deleteOptions.orphanDependents ? QStringLiteral("Orphan") : QStringLiteral("Background");
    }
    if (policy.isEmpty()) {
        policy = hooks.defaultPropagationPolicy();
    }
    static const QStringList policies
        = {QStringLiteral("Foreground"), QStringLiteral("Background"), QStringLiteral("Orphan")};
    if (!policies.contains(policy)) {
        return ObjectResult::failure(
            ApiError::invalid(QStringLiteral("meta.k8s.io"), QStringLiteral("DeleteOptions"), QString(),
                              {FieldError::notSupported(QStringLiteral("propagationPolicy"), policy,
                                                        policies + QStringList{QStringLiteral("nil")})}));
    }
    if (deleteOptions.orphanDependents && !deleteOptions.propagationPolicy.isEmpty()) {
        return ObjectResult::failure(ApiError::invalid(
            QStringLiteral("meta.k8s.io"), QStringLiteral("DeleteOptions"), QString(),
            {FieldError::invalid(QStringLiteral("propagationPolicy"), policy,
                                 QStringLiteral("orphanDependents and deletionPropagation cannot be both set"))}));
    }

    ObjectResult r;
    const bool deleting = !meta.value(QLatin1String("deletionTimestamp")).toString().isEmpty();
    QJsonArray finalizers = meta.value(QLatin1String("finalizers")).toArray();
    if (!deleting) {
        if (policy == QLatin1String("Foreground")
            && !finalizers.contains(QJsonValue(QLatin1String("foregroundDeletion")))) {
            finalizers.append(QLatin1String("foregroundDeletion"));
        }
        if (policy == QLatin1String("Orphan") && !finalizers.contains(QJsonValue(QLatin1String("orphan")))) {
            finalizers.append(QLatin1String("orphan"));
        }
    }
    const bool isNamespace = type.storageKey() == QLatin1String("/namespaces");
    if (deleting) {
        r.object = toServed(type, obj);
        return r;
    }
    if (!finalizers.isEmpty() || isNamespace) {
        meta.insert(QLatin1String("deletionTimestamp"), Json::timestamp());
        meta.insert(QLatin1String("deletionGracePeriodSeconds"), 0);
        if (!finalizers.isEmpty()) {
            meta.insert(QLatin1String("finalizers"), finalizers);
        }
        if (hooks.tracksGeneration()) {
            meta.insert(QLatin1String("generation"), meta.value(QLatin1String("generation")).toInteger() + 1);
        }
        obj.insert(QLatin1String("metadata"), meta);
        if (isNamespace) {
            QJsonObject status = obj.value(QLatin1String("status")).toObject();
            status.insert(QLatin1String("phase"), QLatin1String("Terminating"));
            obj.insert(QLatin1String("status"), status);
        }
        if (!options.dryRun) {
            m_store->update(type.storageKey(), key, obj);
            obj = m_store->get(type.storageKey(), key)->object;
        }
        r.object = toServed(type, obj);
        if (deleteOptions.orphanDependents && !*deleteOptions.orphanDependents) {
            r.status = 202;
        }
        return r;
    }
    return finishDelete(type, key, obj, options);
}

ObjectResult ResourceService::finishDelete(const ResourceType &type, const QString &key, const QJsonObject &stored,
                                           const WriteOptions &options)
{
    ObjectResult r;
    if (!options.dryRun) {
        m_store->remove(type.storageKey(), key);
    }
    if (KindHooks::forType(type).returnsDeletedObject()) {
        r.object = toServed(type, stored);
        return r;
    }
    QJsonObject details{{QLatin1String("name"), Json::name(stored)},
                        {QLatin1String("kind"), type.resource},
                        {QLatin1String("uid"), Json::metaString(stored, QLatin1String("uid"))}};
    if (!type.group.isEmpty()) {
        details.insert(QLatin1String("group"), type.group);
    }
    r.object = QJsonObject{{QLatin1String("kind"), QLatin1String("Status")},
                           {QLatin1String("apiVersion"), QLatin1String("v1")},
                           {QLatin1String("metadata"), QJsonObject()},
                           {QLatin1String("status"), QLatin1String("Success")},
                           {QLatin1String("details"), details}};
    return r;
}

ObjectResult ResourceService::removeCollection(const ResourceType &type, const QString &ns,
                                               const ListOptions &listOptions, const DeleteOptions &deleteOptions,
                                               const WriteOptions &options)
{
    ListOptions all = listOptions;
    all.limit = 0;
    all.continueToken.clear();
    const ListResult listed = list(type, ns, all);
    if (!listed.ok()) {
        return ObjectResult::failure(*listed.error);
    }
    QList<std::pair<QString, QString>> targets;
    for (const ListItem &item : listed.items) {
        targets.append({Json::ns(item.value()), Json::name(item.value())});
    }
    QJsonArray items;
    for (const auto &[itemNs, itemName] : std::as_const(targets)) {
        const QString key = ObjectStore::objectKey(itemNs, itemName);
        const StoredObject *stored = m_store->get(type.storageKey(), key);
        if (!stored) {
            continue;
        }
        const QJsonObject before = toServed(type, stored->object);
        const ObjectResult r = remove(type, itemNs, itemName, deleteOptions, options);
        if (!r.ok()) {
            if (r.error->code == 404) {
                continue;
            }
            return r;
        }
        QJsonObject item
            = r.object.value(QLatin1String("kind")).toString() == QLatin1String("Status") ? before : r.object;
        item.remove(QLatin1String("kind"));
        item.remove(QLatin1String("apiVersion"));
        items.append(item);
    }
    ObjectResult r;
    r.object = QJsonObject{
        {QLatin1String("kind"), type.listKind},
        {QLatin1String("apiVersion"), type.apiVersion()},
        {QLatin1String("metadata"),
         QJsonObject{{QLatin1String("resourceVersion"), QString::number(m_store->currentResourceVersion())}}},
        {QLatin1String("items"), items}};
    return r;
}

} // namespace Ringside::Sandbox
