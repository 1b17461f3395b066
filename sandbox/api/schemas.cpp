#include "schemas.h"

#include "resourcetype.h"
#include "sandboxlog.h"
#include "sandboxtr.h"
#include "yaml/yamljson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

namespace Ringside::Sandbox {

static const QLatin1String RefPrefix("#/components/schemas/");

Schemas::Schemas() = default;

// The bundled files write `ref: NAME` for `allOf: [{$ref: "#/components/schemas/NAME"}]` (the v3 form that keeps
// the description next to a reference). Only schema positions are rewritten, never property names.
static QJsonValue expandRefs(const QJsonValue &value)
{
    if (!value.isObject()) {
        return value;
    }
    QJsonObject s = value.toObject();
    if (s.contains(QLatin1String("ref"))) {
        const QString name = s.take(QLatin1String("ref")).toString();
        s.insert(QLatin1String("allOf"), QJsonArray{QJsonObject{{QLatin1String("$ref"), QString(RefPrefix + name)}}});
    }
    if (s.contains(QLatin1String("properties"))) {
        QJsonObject props = s.value(QLatin1String("properties")).toObject();
        for (auto it = props.begin(); it != props.end(); ++it) {
            it.value() = expandRefs(it.value());
        }
        s.insert(QLatin1String("properties"), props);
    }
    for (const char *key : {"items", "additionalProperties"}) {
        if (s.value(QLatin1String(key)).isObject()) {
            s.insert(QLatin1String(key), expandRefs(s.value(QLatin1String(key))));
        }
    }
    for (const char *key : {"allOf", "anyOf", "oneOf"}) {
        if (s.value(QLatin1String(key)).isArray()) {
            QJsonArray list = s.value(QLatin1String(key)).toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                list.replace(i, expandRefs(list.at(i)));
            }
            s.insert(QLatin1String(key), list);
        }
    }
    return s;
}

bool Schemas::load(const QString &resourceDir, QString *error)
{
    const QDir dir(resourceDir);
    const QStringList files = dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        *error = SandboxTr::tr("no schema files in %1").arg(resourceDir);
        return false;
    }
    for (const QString &name : files) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly)) {
            *error = SandboxTr::tr("cannot read %1").arg(f.fileName());
            return false;
        }
        const Yaml::ParseResult r = Yaml::parse(f.readAll());
        if (!r.ok()) {
            *error = name + QLatin1String(": ") + r.error->toString();
            return false;
        }
        const QJsonObject defs = r.documents.value(0).toObject();
        for (auto it = defs.begin(); it != defs.end(); ++it) {
            m_definitions.insert(it.key(), expandRefs(it.value()));
        }
    }
    return true;
}

QString Schemas::refName(const QJsonObject &schema)
{
    QString ref = schema.value(QLatin1String("$ref")).toString();
    if (ref.isEmpty()) {
        const QJsonArray allOf = schema.value(QLatin1String("allOf")).toArray();
        if (allOf.size() == 1) {
            ref = allOf.first().toObject().value(QLatin1String("$ref")).toString();
        }
    }
    if (ref.startsWith(RefPrefix)) {
        return ref.mid(RefPrefix.size());
    }
    if (ref.startsWith(QLatin1String("#/definitions/"))) {
        return ref.mid(14);
    }
    return {};
}

QJsonObject Schemas::resolve(const QJsonObject &schema) const
{
    QJsonObject s = schema;
    for (int depth = 0; depth < 16; ++depth) {
        const QString name = refName(s);
        if (name.isEmpty()) {
            return s;
        }
        QJsonObject target = m_definitions.value(name).toObject();
        // Keep the extensions written next to the reference (patch strategies are on the property).
        for (auto it = s.begin(); it != s.end(); ++it) {
            if (it.key().startsWith(QLatin1String("x-kubernetes-")) && !target.contains(it.key())) {
                target.insert(it.key(), it.value());
            }
        }
        s = target;
    }
    return s;
}

QJsonObject Schemas::rootSchema(const ResourceType &type) const
{
    if (!type.isCustom()) {
        return definition(type.schemaRef);
    }
    QJsonObject schema = type.crdSchema;
    if (schema.isEmpty()) {
        schema = {{QLatin1String("type"), QLatin1String("object")},
                  {QLatin1String("x-kubernetes-preserve-unknown-fields"), true}};
    }
    QJsonObject props = schema.value(QLatin1String("properties")).toObject();
    props.insert(QLatin1String("metadata"),
                 QJsonObject{{QLatin1String("$ref"),
                              QString(RefPrefix + QLatin1String("io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"))}});
    for (const char *key : {"apiVersion", "kind"}) {
        if (!props.contains(QLatin1String(key))) {
            props.insert(QLatin1String(key), QJsonObject{{QLatin1String("type"), QLatin1String("string")}});
        }
    }
    schema.insert(QLatin1String("properties"), props);
    return schema;
}

QJsonObject Schemas::property(const QJsonObject &schema, const QString &key, bool *known) const
{
    const QJsonObject s = resolve(schema);
    const QJsonObject props = s.value(QLatin1String("properties")).toObject();
    if (props.contains(key)) {
        if (known) {
            *known = true;
        }
        return props.value(key).toObject();
    }
    const QJsonValue additional = s.value(QLatin1String("additionalProperties"));
    if (additional.isObject()) {
        if (known) {
            *known = true;
        }
        return additional.toObject();
    }
    if (known) {
        *known = additional.toBool(false) || preservesUnknownFields(s)
                 || (props.isEmpty() && !s.contains(QLatin1String("type")));
    }
    return {};
}

QJsonObject Schemas::items(const QJsonObject &schema) const
{
    return resolve(schema).value(QLatin1String("items")).toObject();
}

bool Schemas::preservesUnknownFields(const QJsonObject &schema) const
{
    return resolve(schema).value(QLatin1String("x-kubernetes-preserve-unknown-fields")).toBool();
}

QString Schemas::listType(const QJsonObject &schema) const
{
    const QString t = resolve(schema).value(QLatin1String("x-kubernetes-list-type")).toString();
    return t.isEmpty() ? QStringLiteral("atomic") : t;
}

QStringList Schemas::listMapKeys(const QJsonObject &schema) const
{
    QStringList keys;
    for (const QJsonValue &v : resolve(schema).value(QLatin1String("x-kubernetes-list-map-keys")).toArray()) {
        keys.append(v.toString());
    }
    return keys;
}

QString Schemas::patchMergeKey(const QJsonObject &schema) const
{
    return resolve(schema).value(QLatin1String("x-kubernetes-patch-merge-key")).toString();
}

QStringList Schemas::patchStrategies(const QJsonObject &schema) const
{
    return resolve(schema)
        .value(QLatin1String("x-kubernetes-patch-strategy"))
        .toString()
        .split(u',', Qt::SkipEmptyParts);
}

bool Schemas::isAtomicMap(const QJsonObject &schema) const
{
    const QJsonObject s = resolve(schema);
    return s.value(QLatin1String("x-kubernetes-map-type")).toString() == QLatin1String("atomic");
}

} // namespace Ringside::Sandbox
