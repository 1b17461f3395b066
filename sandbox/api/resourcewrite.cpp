#include "resourceservice.h"

#include "apply/managedfields.h"
#include "apply/patches.h"
#include "jsonutil.h"
#include "kinds/kindhooks.h"
#include "negotiation.h"
#include "registry.h"
#include "schemas.h"
#include "store/objectstore.h"
#include "validation.h"
#include "yaml/yamljson.h"

#include <QJsonDocument>

namespace Ringside::Sandbox {

namespace {

ManagedFieldsContext managedContext(const Schemas &schemas, const ResourceType &type, const QString &subresource)
{
    ManagedFieldsContext c;
    c.schemas = &schemas;
    c.schema = schemas.rootSchema(type);
    c.apiVersion = type.apiVersion();
    c.subresource = subresource;
    if (type.hasSubresource(u"status")) {
        c.scope = subresource == QLatin1String("status") ? FieldValues::Scope::StatusSubresource
                                                         : FieldValues::Scope::MainResource;
    }
    return c;
}

std::optional<ApiError> checkTypeMeta(const ResourceType &type, const QJsonObject &body)
{
    const QString apiVersion = body.value(QLatin1String("apiVersion")).toString();
    const QString kind = body.value(QLatin1String("kind")).toString();
    if (type.isCustom() && kind.isEmpty()) {
        return ApiError::badRequest(QStringLiteral("Object 'Kind' is missing in '%1'")
                                        .arg(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact))));
    }
    if (type.isCustom() && apiVersion.isEmpty()) {
        return ApiError::badRequest(QStringLiteral("Object 'apiVersion' is missing in '%1'")
                                        .arg(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact))));
    }
    if (!apiVersion.isEmpty() && apiVersion != type.apiVersion()) {
        return ApiError::badRequest(
            QStringLiteral("the API version in the data (%1) does not match the expected API version (%2)")
                .arg(apiVersion, type.apiVersion()));
    }
    if (!kind.isEmpty() && kind != type.kind) {
        return ApiError::badRequest(QStringLiteral("%1 in version \"%2\" cannot be handled as a %3: no kind \"%1\" is "
                                                   "registered for version \"%4\" in scheme")
                                        .arg(kind, type.version, type.kind, type.apiVersion()));
    }
    return std::nullopt;
}

// Everything but metadata and status: what generation counts.
QJsonObject specPart(QJsonObject o)
{
    o.remove(QLatin1String("metadata"));
    o.remove(QLatin1String("status"));
    return o;
}

QString managerOf(const WriteOptions &options)
{
    return options.fieldManager;
}

} // namespace

std::optional<ApiError> ResourceService::admit(const ResourceType &type, QJsonObject &object, const QJsonObject *old,
                                               const WriteOptions &options, QStringList *warnings,
                                               const QString &subresource) const
{
    Q_UNUSED(subresource)
    SchemaValidator validator(*m_schemas, type.isCustom());
    validator.run(object, m_schemas->rootSchema(type));
    const QStringList unknown = validator.unknownFields();
    if (!unknown.isEmpty()) {
        if (options.fieldValidation == WriteOptions::FieldValidation::Strict) {
            QStringList parts;
            for (const QString &u : unknown) {
                parts.append(QStringLiteral("unknown field \"%1\"").arg(u));
            }
            return ApiError::badRequest(QLatin1String("strict decoding error: ") + parts.join(QLatin1String(", ")));
        }
        if (options.fieldValidation == WriteOptions::FieldValidation::Warn) {
            for (const QString &u : unknown) {
                warnings->append(QStringLiteral("unknown field \"%1\"").arg(u));
            }
        }
    }
    if (!validator.decodeError().isEmpty()) {
        return ApiError::badRequest(QStringLiteral("%1 in version \"%2\" cannot be handled as a %1: %3")
                                        .arg(type.kind, type.version, validator.decodeError()));
    }
    const KindHooks &hooks = KindHooks::forType(type);
    hooks.applyDefaults(object);
    QList<FieldError> errors = validateObjectMeta(object, hooks.nameRule(), type.namespaced);
    errors += validator.errors();
    errors += hooks.validate(object);
    if (old) {
        errors += hooks.validateUpdate(object, *old);
    }
    QList<FieldError> unique;
    QStringList seen;
    for (const FieldError &e : std::as_const(errors)) {
        if (!seen.contains(e.toString())) {
            seen.append(e.toString());
            unique.append(e);
        }
    }
    if (!unique.isEmpty()) {
        return ApiError::invalid(type, Json::name(object), unique);
    }
    return std::nullopt;
}

ObjectResult ResourceService::create(const ResourceType &type, const QString &ns, QJsonObject body,
                                     const WriteOptions &options)
{
    if (auto e = checkTypeMeta(type, body)) {
        return ObjectResult::failure(*e);
    }
    return createImpl(type, ns, std::move(body), options, false);
}

// The create path after the type checks; with presetManagedFields the caller (apply) already set managedFields.
ObjectResult ResourceService::createImpl(const ResourceType &type, const QString &ns, QJsonObject body,
                                         const WriteOptions &options, bool presetManagedFields)
{
    QJsonObject meta = Json::meta(body);
    if (type.namespaced) {
        const QString bodyNs = meta.value(QLatin1String("namespace")).toString();
        if (!bodyNs.isEmpty() && bodyNs != ns) {
            return ObjectResult::failure(ApiError::badRequest(QStringLiteral(
                "the namespace of the provided object does not match the namespace sent on the request")));
        }
        meta.insert(QLatin1String("namespace"), ns);
    } else {
        meta.remove(QLatin1String("namespace"));
    }
    if (!meta.value(QLatin1String("resourceVersion")).toString().isEmpty()) {
        return ObjectResult::failure(
            ApiError::badRequest(QStringLiteral("resourceVersion should not be set on objects to be created")));
    }
    QString name = meta.value(QLatin1String("name")).toString();
    const QString generateName = meta.value(QLatin1String("generateName")).toString();
    if (name.isEmpty() && !generateName.isEmpty()) {
        for (int attempt = 0; attempt < 8; ++attempt) {
            name = generateName.left(58) + Json::randomSuffix();
            if (!m_store->get(type.storageKey(), ObjectStore::objectKey(type.namespaced ? ns : QString(), name))) {
                break;
            }
        }
        meta.insert(QLatin1String("name"), name);
    }
    if (auto e = checkNamespaceWritable(type, ns, name)) {
        return ObjectResult::failure(*e);
    }
    meta.insert(QLatin1String("uid"), Json::newUid());
    meta.insert(QLatin1String("creationTimestamp"), Json::timestamp());
    for (const char *k :
         {"deletionTimestamp", "deletionGracePeriodSeconds", "selfLink", "generation", "resourceVersion"}) {
        meta.remove(QLatin1String(k));
    }
    if (!presetManagedFields) {
        meta.remove(QLatin1String("managedFields"));
    }
    body.insert(QLatin1String("metadata"), meta);
    QJsonObject obj = body;
    obj.remove(QLatin1String("kind"));
    obj.remove(QLatin1String("apiVersion"));
    obj = toStorage(type, obj);

    const KindHooks &hooks = KindHooks::forType(type);
    if (type.isCustom() && type.hasSubresource(u"status")) {
        obj.remove(QLatin1String("status"));
    }
    hooks.prepareForCreate(obj);
    if (hooks.tracksGeneration()) {
        Json::setMeta(obj, QLatin1String("generation"), 1);
    }
    QStringList warnings;
    if (auto e = admit(type, obj, nullptr, options, &warnings, QString())) {
        return ObjectResult::failure(*e);
    }
    const QString key = ObjectStore::objectKey(type.namespaced ? ns : QString(), name);
    if (m_store->get(type.storageKey(), key)) {
        return ObjectResult::failure(ApiError::alreadyExists(type, name));
    }
    if (!presetManagedFields) {
        ManagedFields::recordUpdate(managedContext(*m_schemas, type, QString()), nullptr, obj, managerOf(options));
    }
    ObjectResult r;
    r.status = 201;
    r.warnings = warnings;
    if (options.dryRun) {
        r.object = toServed(type, obj);
        return r;
    }
    m_store->create(type.storageKey(), key, obj);
    r.object = toServed(type, m_store->get(type.storageKey(), key)->object);
    return r;
}

ObjectResult ResourceService::update(const ResourceType &type, const QString &ns, const QString &name, QJsonObject body,
                                     const WriteOptions &options, const QString &subresource)
{
    if (auto e = checkTypeMeta(type, body)) {
        return ObjectResult::failure(*e);
    }
    QJsonObject meta = Json::meta(body);
    const QString bodyName = meta.value(QLatin1String("name")).toString();
    if (bodyName != name) {
        return ObjectResult::failure(ApiError::badRequest(
            QStringLiteral("the name of the object (%1) does not match the name on the URL (%2)").arg(bodyName, name)));
    }
    if (type.namespaced) {
        const QString bodyNs = meta.value(QLatin1String("namespace")).toString();
        if (!bodyNs.isEmpty() && bodyNs != ns) {
            return ObjectResult::failure(ApiError::badRequest(QStringLiteral(
                "the namespace of the provided object does not match the namespace sent on the request")));
        }
    }
    const KindHooks &hooks = KindHooks::forType(type);
    const QString key = ObjectStore::objectKey(type.namespaced ? ns : QString(), name);
    const StoredObject *stored = m_store->get(type.storageKey(), key);
    if (!stored) {
        if (hooks.allowCreateOnUpdate() && subresource.isEmpty()) {
            meta.remove(QLatin1String("resourceVersion"));
            body.insert(QLatin1String("metadata"), meta);
            return createImpl(type, ns, body, options, false);
        }
        return ObjectResult::failure(ApiError::notFound(type, name));
    }
    const QString rv = meta.value(QLatin1String("resourceVersion")).toString();
    if (rv.isEmpty() && !hooks.allowUnconditionalUpdate()) {
        FieldError e = FieldError::invalid(QStringLiteral("metadata.resourceVersion"), QJsonValue(),
                                           QStringLiteral("must be specified for an update"));
        e.valueText = QStringLiteral("0x0");
        return ObjectResult::failure(ApiError::invalid(type, name, {e}));
    }
    if (!rv.isEmpty() && rv != Json::metaString(stored->object, QLatin1String("resourceVersion"))) {
        return ObjectResult::failure(ApiError::modifiedConflict(type, name));
    }
    const QString uid = meta.value(QLatin1String("uid")).toString();
    const QString storedUid = Json::metaString(stored->object, QLatin1String("uid"));
    if (!uid.isEmpty() && uid != storedUid) {
        return ObjectResult::failure(
            ApiError::conflict(type, name,
                               QStringLiteral("Precondition failed: UID in precondition: %1, UID in object meta: %2")
                                   .arg(uid, storedUid)));
    }
    if (!meta.contains(QLatin1String("managedFields"))) {
        const QJsonValue mf = Json::meta(stored->object).value(QLatin1String("managedFields"));
        if (!mf.isUndefined()) {
            meta.insert(QLatin1String("managedFields"), mf);
        }
    }
    body.insert(QLatin1String("metadata"), meta);
    return commitUpdate(type, *stored, body, options, subresource, false);
}

ObjectResult ResourceService::commitUpdate(const ResourceType &type, const StoredObject &old, QJsonObject candidate,
                                           const WriteOptions &options, const QString &subresource, bool applyOperation)
{
    const QJsonObject oldObj = old.object;
    QJsonObject obj = toStorage(type, candidate);
    // System metadata is the server's.
    QJsonObject meta = Json::meta(obj);
    const QJsonObject oldMeta = Json::meta(oldObj);
    for (const char *k : {"name", "namespace", "uid", "creationTimestamp", "deletionTimestamp",
                          "deletionGracePeriodSeconds", "generation", "resourceVersion"}) {
        const QLatin1String key(k);
        if (oldMeta.contains(key)) {
            meta.insert(key, oldMeta.value(key));
        } else {
            meta.remove(key);
        }
    }
    meta.remove(QLatin1String("selfLink"));
    obj.insert(QLatin1String("metadata"), meta);
    const bool hasStatus = type.hasSubresource(u"status");
    if (subresource == QLatin1String("status")) {
        // A status write changes status only (and managedFields).
        QJsonObject next = oldObj;
        if (obj.contains(QLatin1String("status"))) {
            next.insert(QLatin1String("status"), obj.value(QLatin1String("status")));
        } else {
            next.remove(QLatin1String("status"));
        }
        QJsonObject nextMeta = Json::meta(next);
        if (meta.contains(QLatin1String("managedFields"))) {
            nextMeta.insert(QLatin1String("managedFields"), meta.value(QLatin1String("managedFields")));
        }
        next.insert(QLatin1String("metadata"), nextMeta);
        obj = next;
    } else if (subresource == QLatin1String("finalize")) {
        // Namespace finalization changes spec.finalizers only.
        QJsonObject next = oldObj;
        QJsonObject spec = next.value(QLatin1String("spec")).toObject();
        spec.insert(QLatin1String("finalizers"), Json::at(obj, u"spec.finalizers").toArray());
        next.insert(QLatin1String("spec"), spec);
        obj = next;
    } else if (hasStatus) {
        if (oldObj.contains(QLatin1String("status"))) {
            obj.insert(QLatin1String("status"), oldObj.value(QLatin1String("status")));
        } else {
            obj.remove(QLatin1String("status"));
        }
    }
    const KindHooks &hooks = KindHooks::forType(type);
    if (subresource.isEmpty()) {
        hooks.prepareForUpdate(obj, oldObj);
    } else if (type.storageKey() == QLatin1String("/namespaces") && subresource == QLatin1String("status")) {
        // The namespace lifecycle owns the phase while terminating.
        if (!oldMeta.value(QLatin1String("deletionTimestamp")).toString().isEmpty()) {
            Json::setAt(obj, u"status.phase", QStringLiteral("Terminating"));
        }
    }
    QStringList warnings;
    if (auto e = admit(type, obj, &oldObj, options, &warnings, subresource)) {
        return ObjectResult::failure(*e);
    }
    const QString name = Json::name(oldObj);
    if (!oldMeta.value(QLatin1String("deletionTimestamp")).toString().isEmpty()) {
        const QJsonArray before = oldMeta.value(QLatin1String("finalizers")).toArray();
        QStringList added;
        for (const QJsonValue &f : Json::meta(obj).value(QLatin1String("finalizers")).toArray()) {
            if (!before.contains(f)) {
                added.append(u'"' + f.toString() + u'"');
            }
        }
        if (!added.isEmpty()) {
            return ObjectResult::failure(ApiError::invalid(
                type, name,
                {FieldError::forbidden(
                    QStringLiteral("metadata.finalizers"),
                    QLatin1String(
                        "no new finalizers can be added if the object is being deleted, found new finalizers []string{")
                        + added.join(QLatin1String(", ")) + u'}')}));
        }
    }
    if (hooks.tracksGeneration() && specPart(obj) != specPart(oldObj)) {
        Json::setMeta(obj, QLatin1String("generation"), oldMeta.value(QLatin1String("generation")).toInteger() + 1);
    }
    if (!applyOperation) {
        ManagedFields::recordUpdate(managedContext(*m_schemas, type, subresource), &oldObj, obj, managerOf(options));
    }
    ObjectResult r;
    r.warnings = warnings;
    if (obj == oldObj) {
        r.object = toServed(type, oldObj);
        return r;
    }
    const QString key = ObjectStore::objectKey(Json::ns(oldObj), name);
    const bool deleting = !oldMeta.value(QLatin1String("deletionTimestamp")).toString().isEmpty();
    if (deleting && Json::meta(obj).value(QLatin1String("finalizers")).toArray().isEmpty()
        && !(type.storageKey() == QLatin1String("/namespaces")
             && !Json::at(obj, u"spec.finalizers").toArray().isEmpty())) {
        if (!options.dryRun) {
            m_store->update(type.storageKey(), key, obj);
            m_store->remove(type.storageKey(), key);
        }
        r.object = toServed(type, obj);
        return r;
    }
    if (options.dryRun) {
        r.object = toServed(type, obj);
        return r;
    }
    m_store->update(type.storageKey(), key, obj);
    r.object = toServed(type, m_store->get(type.storageKey(), key)->object);
    return r;
}

ObjectResult ResourceService::patch(const ResourceType &type, const QString &ns, const QString &name,
                                    PatchType patchType, const QByteArray &patchBytes, const WriteOptions &options,
                                    const QString &subresource, bool force)
{
    const QString key = ObjectStore::objectKey(type.namespaced ? ns : QString(), name);
    const StoredObject *stored = m_store->get(type.storageKey(), key);
    if (patchType == PatchType::Strategic && type.isCustom()) {
        // The patch type is checked before the object is looked up.
        return ObjectResult::failure(ApiError::unsupportedMediaType({QStringLiteral("application/json-patch+json"),
                                                                     QStringLiteral("application/merge-patch+json"),
                                                                     QStringLiteral("application/apply-patch+yaml")}));
    }
    if (patchType == PatchType::Apply) {
        return applyPatch(type, ns, name, patchBytes, options, subresource, force);
    }
    if (!stored) {
        return ObjectResult::failure(ApiError::notFound(type, name));
    }
    const QJsonObject current = toServed(type, stored->object);
    QJsonObject patched;
    if (patchType == PatchType::Json) {
        const PatchOutcome outcome = applyJsonPatch(current, patchBytes);
        if (!outcome.ok()) {
            return ObjectResult::failure(outcome.badRequest ? ApiError::badRequest(outcome.error)
                                                            : ApiError::genericResponse(422, outcome.error));
        }
        patched = outcome.value.toObject();
    } else {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(patchBytes, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            return ObjectResult::failure(
                ApiError::badRequest(QStringLiteral("error decoding patch: %1")
                                         .arg(parseError.error != QJsonParseError::NoError
                                                  ? parseError.errorString()
                                                  : QStringLiteral("the patch is not a JSON object"))));
        }
        if (patchType == PatchType::Merge) {
            patched = applyMergePatch(current, doc.object()).toObject();
        } else {
            if (type.isCustom()) {
                return ObjectResult::failure(ApiError::unsupportedMediaType(
                    {QStringLiteral("application/json-patch+json"), QStringLiteral("application/merge-patch+json"),
                     QStringLiteral("application/apply-patch+yaml")}));
            }
            const PatchOutcome outcome
                = applyStrategicMergePatch(*m_schemas, m_schemas->rootSchema(type), current, doc.object());
            if (!outcome.ok()) {
                return ObjectResult::failure(outcome.badRequest ? ApiError::badRequest(outcome.error)
                                                                : ApiError::genericResponse(422, outcome.error));
            }
            patched = outcome.value.toObject();
        }
    }
    const QString patchedRv = Json::metaString(patched, QLatin1String("resourceVersion"));
    if (!patchedRv.isEmpty() && patchedRv != Json::metaString(stored->object, QLatin1String("resourceVersion"))) {
        return ObjectResult::failure(ApiError::modifiedConflict(type, name));
    }
    if (Json::name(patched) != name) {
        return ObjectResult::failure(
            ApiError::badRequest(QStringLiteral("the name of the object (%1) does not match the name on the URL (%2)")
                                     .arg(Json::name(patched), name)));
    }
    return commitUpdate(type, *stored, patched, options, subresource, false);
}

ObjectResult ResourceService::applyPatch(const ResourceType &type, const QString &ns, const QString &name,
                                         const QByteArray &patchBytes, const WriteOptions &options,
                                         const QString &subresource, bool force)
{
    if (options.fieldManager.isEmpty()) {
        return ObjectResult::failure(ApiError::invalid(
            QStringLiteral("meta.k8s.io"), QStringLiteral("PatchOptions"), QString(),
            {FieldError::required(QStringLiteral("fieldManager"), QStringLiteral("is required for apply patch"))}));
    }
    const Yaml::ParseResult parsed = Yaml::parse(patchBytes);
    if (!parsed.ok() || parsed.documents.size() != 1 || !parsed.documents.first().isObject()) {
        return ObjectResult::failure(ApiError::badRequest(
            QStringLiteral("error decoding YAML: %1")
                .arg(parsed.ok() ? QStringLiteral("expected exactly one object") : parsed.error->toString())));
    }
    QJsonObject applied = parsed.documents.first().toObject();
    if (applied.value(QLatin1String("kind")).toString().isEmpty()
        || applied.value(QLatin1String("apiVersion")).toString().isEmpty()) {
        return ObjectResult::failure(
            ApiError::badRequest(QStringLiteral("error decoding YAML: Object 'Kind' is missing in '%1'")
                                     .arg(QString::fromUtf8(QJsonDocument(applied).toJson(QJsonDocument::Compact)))));
    }
    if (auto e = checkTypeMeta(type, applied)) {
        return ObjectResult::failure(*e);
    }
    const QJsonObject meta = Json::meta(applied);
    if (meta.contains(QLatin1String("managedFields"))) {
        return ObjectResult::failure(ApiError::badRequest(QStringLiteral("metadata.managedFields must be nil")));
    }
    if (meta.value(QLatin1String("name")).toString() != name) {
        return ObjectResult::failure(
            ApiError::badRequest(QStringLiteral("the name of the object (%1) does not match the name on the URL (%2)")
                                     .arg(meta.value(QLatin1String("name")).toString(), name)));
    }
    if (type.namespaced && !meta.value(QLatin1String("namespace")).toString().isEmpty()
        && meta.value(QLatin1String("namespace")).toString() != ns) {
        return ObjectResult::failure(ApiError::badRequest(
            QStringLiteral("the namespace of the provided object does not match the namespace sent on the request")));
    }
    const ManagedFieldsContext context = managedContext(*m_schemas, type, subresource);
    const QString key = ObjectStore::objectKey(type.namespaced ? ns : QString(), name);
    const StoredObject *stored = m_store->get(type.storageKey(), key);
    if (!stored) {
        if (!subresource.isEmpty()) {
            return ObjectResult::failure(ApiError::notFound(type, name));
        }
        ManagedFields::ApplyOutcome outcome
            = ManagedFields::apply(context, QJsonObject(), applied, options.fieldManager, force);
        if (outcome.error) {
            return ObjectResult::failure(*outcome.error);
        }
        return createImpl(type, ns, outcome.object, options, true);
    }
    const QJsonObject live = toServed(type, stored->object);
    ManagedFields::ApplyOutcome outcome = ManagedFields::apply(context, live, applied, options.fieldManager, force);
    if (outcome.error) {
        return ObjectResult::failure(*outcome.error);
    }
    return commitUpdate(type, *stored, outcome.object, options, subresource, true);
}

} // namespace Ringside::Sandbox
