#include "openapi.h"

#include "api/apiserver.h"
#include "registry.h"
#include "schemas.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace Ringside::Sandbox {

namespace {

const QLatin1String RefPrefix("#/components/schemas/");
const QString ObjectMetaRef = QStringLiteral("io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta");

QJsonObject ref(const QString &name)
{
    return {{QLatin1String("$ref"), QString(RefPrefix + name)}};
}

void collectRefs(const QJsonValue &v, QSet<QString> &out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        const QString r = o.value(QLatin1String("$ref")).toString();
        if (r.startsWith(RefPrefix)) {
            out.insert(r.mid(RefPrefix.size()));
        }
        for (auto it = o.begin(); it != o.end(); ++it) {
            collectRefs(it.value(), out);
        }
    } else if (v.isArray()) {
        for (const QJsonValue &e : v.toArray()) {
            collectRefs(e, out);
        }
    }
}

QJsonValue toV2(const QJsonValue &v)
{
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &e : v.toArray()) {
            out.append(toV2(e));
        }
        return out;
    }
    if (!v.isObject()) {
        return v;
    }
    QJsonObject o = v.toObject();
    const QJsonArray allOf = o.value(QLatin1String("allOf")).toArray();
    if (allOf.size() == 1 && allOf.first().toObject().contains(QLatin1String("$ref"))) {
        o.remove(QLatin1String("allOf"));
        o.insert(QLatin1String("$ref"), allOf.first().toObject().value(QLatin1String("$ref")));
    }
    QJsonObject out;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString &k = it.key();
        if (k == QLatin1String("anyOf") || k == QLatin1String("oneOf") || k == QLatin1String("nullable")
            || k == QLatin1String("x-kubernetes-validations")) {
            continue;
        }
        if (k == QLatin1String("$ref")) {
            QString r = it.value().toString();
            r.replace(RefPrefix, QLatin1String("#/definitions/"));
            // A $ref carries no siblings in swagger 2.0.
            return QJsonObject{{QLatin1String("$ref"), r}};
        }
        out.insert(k, toV2(it.value()));
    }
    return out;
}

QString capitalize(const QString &s)
{
    return s.isEmpty() ? s : s.left(1).toUpper() + s.mid(1);
}

QJsonObject param(const char *name, const char *in, const char *type, const char *description, bool required = false)
{
    QJsonObject p{{QLatin1String("name"), QLatin1String(name)},
                  {QLatin1String("in"), QLatin1String(in)},
                  {QLatin1String("description"), QLatin1String(description)},
                  {QLatin1String("schema"),
                   QJsonObject{{QLatin1String("type"), QLatin1String(type)}, {QLatin1String("uniqueItems"), true}}}};
    if (required) {
        p.insert(QLatin1String("required"), true);
    }
    return p;
}

QJsonObject response(const QString &schemaName, const char *description)
{
    QJsonObject content;
    for (const char *type : {"application/json", "application/yaml"}) {
        content.insert(QLatin1String(type), QJsonObject{{QLatin1String("schema"), ref(schemaName)}});
    }
    return {{QLatin1String("description"), QLatin1String(description)}, {QLatin1String("content"), content}};
}

} // namespace

OpenApi::OpenApi(const Registry *registry, const Schemas *schemas)
    : m_registry(registry)
    , m_schemas(schemas)
{}

QString OpenApi::definitionName(const ResourceType &type)
{
    if (!type.isCustom()) {
        return type.schemaRef;
    }
    QStringList parts = type.group.split(u'.');
    std::reverse(parts.begin(), parts.end());
    return parts.join(u'.') + u'.' + type.version + u'.' + type.kind;
}

QJsonObject OpenApi::definitionsFor(const QList<const ResourceType *> &types) const
{
    QJsonObject defs;
    QSet<QString> pending = {ObjectMetaRef,
                             QStringLiteral("io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"),
                             QStringLiteral("io.k8s.apimachinery.pkg.apis.meta.v1.Status"),
                             QStringLiteral("io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions"),
                             QStringLiteral("io.k8s.apimachinery.pkg.apis.meta.v1.Patch"),
                             QStringLiteral("io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent")};
    for (const ResourceType *t : types) {
        if (t->verbs == QStringList{QStringLiteral("create")} && t->isCustom()) {
            continue;
        }
        const QString name = definitionName(*t);
        QJsonObject schema = t->isCustom() ? m_schemas->rootSchema(*t) : m_schemas->definition(name);
        if (schema.isEmpty()) {
            continue;
        }
        const QJsonArray gvk{QJsonObject{{QLatin1String("group"), t->group},
                                         {QLatin1String("version"), t->version},
                                         {QLatin1String("kind"), t->kind}}};
        if (t->isCustom()) {
            QJsonObject props = schema.value(QLatin1String("properties")).toObject();
            props.insert(QLatin1String("metadata"),
                         QJsonObject{{QLatin1String("allOf"), QJsonArray{ref(ObjectMetaRef)}},
                                     {QLatin1String("description"),
                                      QLatin1String("Standard object's metadata. More info: "
                                                    "https://git.k8s.io/community/contributors/devel/sig-architecture/"
                                                    "api-conventions.md#metadata")}});
            schema.insert(QLatin1String("properties"), props);
        }
        schema.insert(QLatin1String("x-kubernetes-group-version-kind"), gvk);
        defs.insert(name, schema);
        collectRefs(schema, pending);
        // The list kind.
        const QString listName = name + QLatin1String("List");
        defs.insert(
            listName,
            QJsonObject{
                {QLatin1String("description"), QString(t->listKind + QLatin1String(" is a list of ") + t->kind)},
                {QLatin1String("type"), QLatin1String("object")},
                {QLatin1String("required"), QJsonArray{QLatin1String("items")}},
                {QLatin1String("properties"),
                 QJsonObject{
                     {QLatin1String("apiVersion"),
                      QJsonObject{
                          {QLatin1String("type"), QLatin1String("string")},
                          {QLatin1String("description"),
                           QLatin1String(
                               "APIVersion defines the versioned schema of this representation of an object.")}}},
                     {QLatin1String("kind"),
                      QJsonObject{
                          {QLatin1String("type"), QLatin1String("string")},
                          {QLatin1String("description"),
                           QLatin1String(
                               "Kind is a string value representing the REST resource this object represents.")}}},
                     {QLatin1String("items"),
                      QJsonObject{{QLatin1String("type"), QLatin1String("array")},
                                  {QLatin1String("items"), QJsonObject{{QLatin1String("allOf"), QJsonArray{ref(name)}},
                                                                       {QLatin1String("default"), QJsonObject()}}}}},
                     {QLatin1String("metadata"),
                      QJsonObject{{QLatin1String("allOf"),
                                   QJsonArray{ref(QStringLiteral("io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"))}},
                                  {QLatin1String("default"), QJsonObject()}}}}},
                {QLatin1String("x-kubernetes-group-version-kind"),
                 QJsonArray{QJsonObject{{QLatin1String("group"), t->group},
                                        {QLatin1String("version"), t->version},
                                        {QLatin1String("kind"), t->listKind}}}}});
    }
    // The closure of referenced definitions.
    QSet<QString> done;
    while (!pending.isEmpty()) {
        const QString name = *pending.begin();
        pending.erase(pending.begin());
        if (done.contains(name)) {
            continue;
        }
        done.insert(name);
        if (!defs.contains(name)) {
            const QJsonObject d = m_schemas->definition(name);
            if (d.isEmpty()) {
                continue;
            }
            defs.insert(name, d);
        }
        QSet<QString> refs;
        collectRefs(defs.value(name), refs);
        for (const QString &r : std::as_const(refs)) {
            if (!done.contains(r)) {
                pending.insert(r);
            }
        }
    }
    return defs;
}

QJsonObject OpenApi::pathsFor(const QList<const ResourceType *> &types) const
{
    QJsonObject paths;
    const QJsonObject pretty = param("pretty", "query", "string", "If 'true', then the output is pretty printed.");
    const QJsonObject dryRun = param("dryRun", "query", "string",
                                     "When present, indicates that modifications should not be persisted. Valid values "
                                     "are: - All: all dry run stages will be processed");
    const QJsonObject fieldManager
        = param("fieldManager", "query", "string",
                "fieldManager is a name associated with the actor or entity that is making these changes.");
    const QJsonObject fieldValidation
        = param("fieldValidation", "query", "string",
                "fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) "
                "containing unknown or duplicate fields. Valid values are: - Ignore - Warn - Strict");
    const QJsonObject force = param("force", "query", "boolean",
                                    "Force is going to \"force\" Apply requests. It means user will re-acquire "
                                    "conflicting fields owned by other people.");
    QJsonArray listParams;
    for (const char *p : {"allowWatchBookmarks", "continue", "fieldSelector", "labelSelector", "limit",
                          "resourceVersion", "resourceVersionMatch", "sendInitialEvents", "timeoutSeconds", "watch"}) {
        const bool boolean = QByteArray(p) == "allowWatchBookmarks" || QByteArray(p) == "sendInitialEvents"
                             || QByteArray(p) == "watch";
        const bool integer = QByteArray(p) == "limit" || QByteArray(p) == "timeoutSeconds";
        listParams.append(param(p, "query", boolean ? "boolean" : integer ? "integer" : "string", ""));
    }
    for (const ResourceType *t : types) {
        const QString prefix = t->group.isEmpty() ? QString(QLatin1String("/api/") + t->version)
                                                  : QString(QLatin1String("/apis/") + t->group + u'/' + t->version);
        const QString collection
            = prefix + (t->namespaced ? QLatin1String("/namespaces/{namespace}/") : QLatin1String("/")) + t->resource;
        const QJsonObject gvk{{QLatin1String("group"), t->group},
                              {QLatin1String("version"), t->version},
                              {QLatin1String("kind"), t->kind}};
        QString groupPart;
        for (const QString &piece : t->group.split(u'.', Qt::SkipEmptyParts)) {
            groupPart += capitalize(piece);
            break;
        }
        const QString idSuffix = (groupPart.isEmpty() ? QStringLiteral("Core") : groupPart) + capitalize(t->version)
                                 + (t->namespaced ? QLatin1String("Namespaced") : QString()) + t->kind;
        const QString def = definitionName(*t);
        const auto op
            = [&](const QString &action, const QString &verb, const QJsonArray &params, const QJsonObject &responses) {
                  QJsonObject o{{QLatin1String("operationId"), QString(verb + idSuffix)},
                                {QLatin1String("x-kubernetes-action"), action},
                                {QLatin1String("x-kubernetes-group-version-kind"), gvk},
                                {QLatin1String("responses"), responses}};
                  if (!params.isEmpty()) {
                      o.insert(QLatin1String("parameters"), params);
                  }
                  return o;
              };
        QJsonArray common{pretty};
        if (t->namespaced) {
            common.prepend(param("namespace", "path", "string",
                                 "object name and auth scope, such as for teams and projects", true));
        }
        const QJsonObject ok{{QLatin1String("200"), response(def, "OK")}};
        const QJsonObject created{{QLatin1String("200"), response(def, "OK")},
                                  {QLatin1String("201"), response(def, "Created")}};
        if (t->verbs == QStringList{QStringLiteral("create")}) {
            paths.insert(prefix + u'/' + t->resource,
                         QJsonObject{{QLatin1String("post"), op(QStringLiteral("post"), QStringLiteral("create"),
                                                                {dryRun, fieldManager, fieldValidation}, created)},
                                     {QLatin1String("parameters"), QJsonArray{pretty}}});
            continue;
        }
        paths.insert(
            collection,
            QJsonObject{
                {QLatin1String("get"),
                 op(QStringLiteral("list"), QStringLiteral("list"), listParams,
                    QJsonObject{{QLatin1String("200"), response(def + QLatin1String("List"), "OK")}})},
                {QLatin1String("post"), op(QStringLiteral("post"), QStringLiteral("create"),
                                           {dryRun, fieldManager, fieldValidation}, created)},
                {QLatin1String("delete"),
                 op(QStringLiteral("deletecollection"), QStringLiteral("deletecollection"), listParams,
                    QJsonObject{{QLatin1String("200"),
                                 response(QStringLiteral("io.k8s.apimachinery.pkg.apis.meta.v1.Status"), "OK")}})},
                {QLatin1String("parameters"), common}});
        QJsonArray itemCommon = common;
        itemCommon.prepend(param("name", "path", "string", "name of the object", true));
        const QJsonObject patchOp = [&] {
            QJsonObject p = op(QStringLiteral("patch"), QStringLiteral("patch"),
                               {dryRun, fieldManager, fieldValidation, force}, created);
            QJsonObject content;
            for (const char *type : {"application/json-patch+json", "application/merge-patch+json",
                                     "application/strategic-merge-patch+json", "application/apply-patch+yaml"}) {
                content.insert(QLatin1String(type),
                               QJsonObject{{QLatin1String("schema"),
                                            ref(QStringLiteral("io.k8s.apimachinery.pkg.apis.meta.v1.Patch"))}});
            }
            p.insert(QLatin1String("requestBody"),
                     QJsonObject{{QLatin1String("content"), content}, {QLatin1String("required"), true}});
            return p;
        }();
        paths.insert(
            collection + QLatin1String("/{name}"),
            QJsonObject{
                {QLatin1String("get"), op(QStringLiteral("get"), QStringLiteral("read"), {}, ok)},
                {QLatin1String("put"), op(QStringLiteral("put"), QStringLiteral("replace"),
                                          {dryRun, fieldManager, fieldValidation}, created)},
                {QLatin1String("patch"), patchOp},
                {QLatin1String("delete"),
                 op(QStringLiteral("delete"), QStringLiteral("delete"),
                    {dryRun, param("gracePeriodSeconds", "query", "integer", ""),
                     param("propagationPolicy", "query", "string", "")},
                    QJsonObject{{QLatin1String("200"),
                                 response(QStringLiteral("io.k8s.apimachinery.pkg.apis.meta.v1.Status"), "OK")}})},
                {QLatin1String("parameters"), itemCommon}});
        if (t->hasSubresource(u"status")) {
            QJsonObject statusPatch = patchOp;
            statusPatch.insert(QLatin1String("operationId"),
                               QString(QLatin1String("patch") + idSuffix + QLatin1String("Status")));
            paths.insert(collection + QLatin1String("/{name}/status"),
                         QJsonObject{{QLatin1String("get"), op(QStringLiteral("get"), QStringLiteral("read"), {}, ok)},
                                     {QLatin1String("put"), op(QStringLiteral("put"), QStringLiteral("replace"),
                                                               {dryRun, fieldManager, fieldValidation}, created)},
                                     {QLatin1String("patch"), statusPatch},
                                     {QLatin1String("parameters"), itemCommon}});
        }
    }
    return paths;
}

void OpenApi::rebuild()
{
    if (m_generation == m_registry->generation() && !m_v2.isEmpty()) {
        return;
    }
    m_generation = m_registry->generation();
    const QString version = ApiServer::versionInfo().value(QLatin1String("gitVersion")).toString();
    const QJsonObject info{{QLatin1String("title"), QLatin1String("Kubernetes")}, {QLatin1String("version"), version}};

    const QJsonObject allDefs = definitionsFor(m_registry->all());
    QJsonObject v2Defs;
    for (auto it = allDefs.begin(); it != allDefs.end(); ++it) {
        v2Defs.insert(it.key(), toV2(it.value()));
    }
    m_v2 = QJsonDocument(QJsonObject{{QLatin1String("swagger"), QLatin1String("2.0")},
                                     {QLatin1String("info"), info},
                                     {QLatin1String("paths"), QJsonObject()},
                                     {QLatin1String("definitions"), v2Defs}})
               .toJson(QJsonDocument::Compact);

    m_v3Docs.clear();
    m_v3Hashes.clear();
    QHash<QString, QList<const ResourceType *>> byGv;
    for (const ResourceType *t : m_registry->all()) {
        const QString key = t->group.isEmpty() ? QString(QLatin1String("api/") + t->version)
                                               : QString(QLatin1String("apis/") + t->group + u'/' + t->version);
        byGv[key].append(t);
    }
    QJsonObject index;
    for (auto it = byGv.cbegin(); it != byGv.cend(); ++it) {
        const QJsonObject doc{
            {QLatin1String("openapi"), QLatin1String("3.0.0")},
            {QLatin1String("info"), info},
            {QLatin1String("paths"), pathsFor(it.value())},
            {QLatin1String("components"), QJsonObject{{QLatin1String("schemas"), definitionsFor(it.value())}}}};
        const QByteArray bytes = QJsonDocument(doc).toJson(QJsonDocument::Compact);
        const QString hash
            = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha512).toHex().toUpper());
        m_v3Docs.insert(it.key(), bytes);
        m_v3Hashes.insert(it.key(), hash);
        index.insert(it.key(),
                     QJsonObject{{QLatin1String("serverRelativeURL"),
                                  QString(QLatin1String("/openapi/v3/") + it.key() + QLatin1String("?hash=") + hash)}});
    }
    m_v3Index = QJsonDocument(QJsonObject{{QLatin1String("paths"), index}}).toJson(QJsonDocument::Compact);
}

QByteArray OpenApi::v2()
{
    rebuild();
    return m_v2;
}

QByteArray OpenApi::v3Index()
{
    rebuild();
    return m_v3Index;
}

QByteArray OpenApi::v3Document(const QString &groupVersionPath, QString *hash)
{
    rebuild();
    *hash = m_v3Hashes.value(groupVersionPath);
    return m_v3Docs.value(groupVersionPath);
}

} // namespace Ringside::Sandbox
