#include "schema/schemacheck.h"
#include "schema/schemautil_p.h"

#include "coretr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Ringside::Schema {

namespace Detail {

bool isTrue(const QJsonObject &node, QLatin1StringView key)
{
    return node.value(key).toBool(false);
}

QString compact(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Undefined: return CoreTr::tr("(not set)");
    case QJsonValue::Null: return u"null"_s;
    case QJsonValue::Bool: return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::String: return u'"' + v.toString() + u'"';
    case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &e : a) {
        out.append(e.toString());
    }
    return out;
}

// Does a JSON value have the schema type? int-or-string and typeless nodes accept anything here.
bool valueHasType(const QJsonValue &v, const QString &type)
{
    if (type.isEmpty()) {
        return true;
    }
    if (type == "string"_L1) {
        return v.isString();
    }
    if (type == "boolean"_L1) {
        return v.isBool();
    }
    if (type == "number"_L1) {
        return v.isDouble();
    }
    if (type == "integer"_L1) {
        return v.isDouble() && v.toDouble() == std::floor(v.toDouble());
    }
    if (type == "object"_L1) {
        return v.isObject();
    }
    if (type == "array"_L1) {
        return v.isArray();
    }
    return false;
}
QJsonObject schemaOf(const QJsonObject &version)
{
    return version.value("schema"_L1).toObject().value("openAPIV3Schema"_L1).toObject();
}

} // namespace Detail

using namespace Detail;

QString SchemaIssue::toString() const
{
    return path.isEmpty() ? message : path + u": "_s + message;
}

namespace {

// ---------------------------------------------------------------------------------------------------------------
// Structural schema rules
// ---------------------------------------------------------------------------------------------------------------
class StructuralChecker
{
public:
    QList<SchemaIssue> issues;

    void node(const QJsonObject &s, const QString &path, bool isRoot)
    {
        const QString type = s.value(kType).toString();
        const bool intOrString = isTrue(s, kIntOrString);
        const bool preserve = isTrue(s, kPreserve);
        static const QSet<QString> knownTypes{u"object"_s,  u"array"_s,  u"string"_s,
                                              u"integer"_s, u"number"_s, u"boolean"_s};

        if (s.contains(kType) && !s.value(kType).isString()) {
            add(path, CoreTr::tr("type must be a single string"));
        }
        if (!type.isEmpty() && !knownTypes.contains(type)) {
            add(path, CoreTr::tr("unknown type \"%1\"").arg(type));
        }
        if (type.isEmpty() && !intOrString && !preserve) {
            add(path, CoreTr::tr("no type: every node needs one, unless it is x-kubernetes-int-or-string or "
                                 "x-kubernetes-preserve-unknown-fields"));
        }
        if (intOrString && !type.isEmpty()) {
            add(path, CoreTr::tr("x-kubernetes-int-or-string must not have a type"));
        }
        if (s.contains(kPreserve) && !preserve) {
            add(path, CoreTr::tr("x-kubernetes-preserve-unknown-fields must be true or absent"));
        }
        if (isRoot && type != "object"_L1) {
            add(path, CoreTr::tr("the root must be of type object"));
        }
        for (const auto key : {"$ref"_L1, "additionalItems"_L1}) {
            if (s.contains(key)) {
                add(path, CoreTr::tr("%1 is not allowed in a CustomResourceDefinition schema").arg(key));
            }
        }
        if (isTrue(s, "uniqueItems"_L1)) {
            add(path, CoreTr::tr("uniqueItems: true is not allowed in a CustomResourceDefinition schema"));
        }
        if (s.contains(kProperties) && s.contains(kAdditional)) {
            add(path, CoreTr::tr("properties and additionalProperties must not be used together"));
        }
        if ((s.contains(kProperties) || s.value(kAdditional).isObject()) && !type.isEmpty() && type != "object"_L1) {
            add(path, CoreTr::tr("properties on a node of type %1").arg(type));
        }
        if (type == "array"_L1 && !s.value(kItems).isObject()) {
            add(path, CoreTr::tr("an array needs items, given as one schema"));
        }
        if (s.contains(kItems) && !type.isEmpty() && type != "array"_L1) {
            add(path, CoreTr::tr("items on a node of type %1").arg(type));
        }
        junctors(s, path);
        values(s, path, type);
        listMap(s, path);

        if (s.contains(kRequired)) {
            const QJsonValue req = s.value(kRequired);
            bool ok = req.isArray();
            for (const QJsonValue &r : req.toArray()) {
                ok = ok && r.isString();
            }
            if (!ok) {
                add(path, CoreTr::tr("required must be a list of property names"));
            }
        }

        const QJsonObject props = s.value(kProperties).toObject();
        for (auto it = props.begin(); it != props.end(); ++it) {
            const QString child = path + u'.' + it.key();
            if (!it.value().isObject()) {
                add(child, CoreTr::tr("a property must be a schema object"));
                continue;
            }
            if (isRoot && it.key() == "metadata"_L1) {
                metadata(it.value().toObject(), child);
            }
            node(it.value().toObject(), child, false);
        }
        if (s.value(kAdditional).isObject()) {
            node(s.value(kAdditional).toObject(), path + u".*"_s, false);
        }
        if (s.value(kItems).isObject()) {
            node(s.value(kItems).toObject(), path + u"[]"_s, false);
        }
    }

private:
    void add(const QString &path, const QString &message) { issues.append({path, message}); }

    void metadata(const QJsonObject &m, const QString &path)
    {
        const QJsonObject props = m.value(kProperties).toObject();
        for (auto it = props.begin(); it != props.end(); ++it) {
            if (it.key() != "name"_L1 && it.key() != "generateName"_L1) {
                add(path + u'.' + it.key(), CoreTr::tr("metadata may only restrict name and generateName"));
            }
        }
        for (const auto key :
             {"default"_L1, "required"_L1, "additionalProperties"_L1, "x-kubernetes-preserve-unknown-fields"_L1}) {
            if (m.contains(key)) {
                add(path, CoreTr::tr("metadata may not set %1").arg(key));
            }
        }
    }

    void junctors(const QJsonObject &s, const QString &path)
    {
        // Inside anyOf/allOf/oneOf/not only value restrictions may appear; the single exception is the
        // int-or-string pattern anyOf: [{type: integer}, {type: string}].
        for (const auto key : {"anyOf"_L1, "allOf"_L1, "oneOf"_L1, "not"_L1}) {
            if (!s.contains(key)) {
                continue;
            }
            QList<QJsonObject> parts;
            if (s.value(key).isArray()) {
                for (const QJsonValue &p : s.value(key).toArray()) {
                    parts.append(p.toObject());
                }
            } else {
                parts.append(s.value(key).toObject());
            }
            for (const QJsonObject &p : std::as_const(parts)) {
                for (const auto banned : {"description"_L1, "default"_L1, "additionalProperties"_L1, "nullable"_L1}) {
                    if (p.contains(banned)) {
                        add(path, CoreTr::tr("%1 inside %2 is not allowed").arg(banned, key));
                    }
                }
                if (p.contains(kType) && !(isTrue(s, kIntOrString) && key == "anyOf"_L1)) {
                    add(path, CoreTr::tr("type inside %1 is only allowed for x-kubernetes-int-or-string").arg(key));
                }
            }
        }
    }

    void values(const QJsonObject &s, const QString &path, const QString &type)
    {
        if (s.contains(kEnum)) {
            if (!s.value(kEnum).isArray()) {
                add(path, CoreTr::tr("enum must be a list"));
            } else {
                for (const QJsonValue &e : s.value(kEnum).toArray()) {
                    if (!valueHasType(e, type) && !(e.isNull() && isTrue(s, "nullable"_L1))) {
                        add(path, CoreTr::tr("enum value %1 is not of type %2").arg(compact(e), type));
                    }
                }
            }
        }
        if (s.contains(kDefault)) {
            const QJsonValue d = s.value(kDefault);
            const bool intOrStringOk = isTrue(s, kIntOrString) && (d.isString() || valueHasType(d, u"integer"_s));
            if (!intOrStringOk && !valueHasType(d, type) && !(d.isNull() && isTrue(s, "nullable"_L1))) {
                add(path, CoreTr::tr("default %1 is not of type %2").arg(compact(d), type));
            }
        }
        if (s.contains("pattern"_L1)) {
            // Go's RE2 and PCRE2 agree on the patterns CRDs use; a pattern PCRE2 rejects is worth a finding.
            const QRegularExpression re(s.value("pattern"_L1).toString());
            if (!re.isValid()) {
                add(path, CoreTr::tr("pattern does not compile: %1").arg(re.errorString()));
            }
        }
    }

    void listMap(const QJsonObject &s, const QString &path)
    {
        const QString listType = s.value(kListType).toString();
        if (s.contains(kListType)) {
            static const QSet<QString> allowed{u"atomic"_s, u"set"_s, u"map"_s};
            if (!allowed.contains(listType)) {
                add(path, CoreTr::tr("x-kubernetes-list-type must be atomic, set or map"));
            }
            if (s.value(kType).toString() != "array"_L1) {
                add(path, CoreTr::tr("x-kubernetes-list-type is only for arrays"));
            }
        }
        if (s.contains(kMapType)) {
            const QString mapType = s.value(kMapType).toString();
            if (mapType != "atomic"_L1 && mapType != "granular"_L1) {
                add(path, CoreTr::tr("x-kubernetes-map-type must be atomic or granular"));
            }
        }
        if (s.contains(kListMapKeys) && listType != "map"_L1) {
            add(path, CoreTr::tr("x-kubernetes-list-map-keys needs x-kubernetes-list-type: map"));
        }
        if (listType != "map"_L1) {
            return;
        }
        const QStringList keys = stringList(s.value(kListMapKeys));
        if (keys.isEmpty()) {
            add(path, CoreTr::tr("x-kubernetes-list-type: map needs x-kubernetes-list-map-keys"));
        }
        const QJsonObject items = s.value(kItems).toObject();
        if (items.value(kType).toString() != "object"_L1) {
            add(path, CoreTr::tr("x-kubernetes-list-type: map needs items of type object"));
            return;
        }
        const QJsonObject props = items.value(kProperties).toObject();
        const QStringList required = stringList(items.value(kRequired));
        for (const QString &key : keys) {
            const QJsonObject keySchema = props.value(key).toObject();
            if (!props.contains(key)) {
                add(path, CoreTr::tr("list map key \"%1\" is not a property of the items").arg(key));
            } else if (!required.contains(key) && !keySchema.contains(kDefault)) {
                add(path, CoreTr::tr("list map key \"%1\" must be required or have a default").arg(key));
            }
        }
    }
};

} // namespace

QList<SchemaIssue> structuralProblems(const QJsonObject &openApiV3Schema)
{
    StructuralChecker checker;
    checker.node(openApiV3Schema, QString(), true);
    return checker.issues;
}

QList<SchemaIssue> crdProblems(const QJsonObject &crd)
{
    QList<SchemaIssue> out;
    auto add = [&out](const QString &path, const QString &message) { out.append({path, message}); };
    if (crd.value("apiVersion"_L1).toString() != "apiextensions.k8s.io/v1"_L1) {
        add(u".apiVersion"_s,
            CoreTr::tr("must be apiextensions.k8s.io/v1, is %1").arg(compact(crd.value("apiVersion"_L1))));
    }
    if (crd.value("kind"_L1).toString() != "CustomResourceDefinition"_L1) {
        add(u".kind"_s, CoreTr::tr("must be CustomResourceDefinition"));
    }
    const QJsonObject spec = crd.value("spec"_L1).toObject();
    const QJsonObject names = spec.value("names"_L1).toObject();
    const QString group = spec.value("group"_L1).toString();
    const QString plural = names.value("plural"_L1).toString();
    if (group.isEmpty()) {
        add(u".spec.group"_s, CoreTr::tr("missing"));
    }
    if (names.value("kind"_L1).toString().isEmpty()) {
        add(u".spec.names.kind"_s, CoreTr::tr("missing"));
    }
    if (plural.isEmpty() || plural != plural.toLower()) {
        add(u".spec.names.plural"_s, CoreTr::tr("must be set and lowercase"));
    }
    const QString singular = names.value("singular"_L1).toString();
    if (singular != singular.toLower()) {
        add(u".spec.names.singular"_s, CoreTr::tr("must be lowercase"));
    }
    for (const QString &shortName : stringList(names.value("shortNames"_L1))) {
        if (shortName.isEmpty() || shortName != shortName.toLower()) {
            add(u".spec.names.shortNames"_s, CoreTr::tr("\"%1\" must be lowercase").arg(shortName));
        }
    }
    const QString expectedName = plural + u'.' + group;
    if (crd.value("metadata"_L1).toObject().value("name"_L1).toString() != expectedName) {
        add(u".metadata.name"_s, CoreTr::tr("must be %1 (<plural>.<group>)").arg(expectedName));
    }
    const QString scope = spec.value("scope"_L1).toString();
    if (scope != "Namespaced"_L1 && scope != "Cluster"_L1) {
        add(u".spec.scope"_s, CoreTr::tr("must be Namespaced or Cluster"));
    }
    const QJsonArray versions = spec.value("versions"_L1).toArray();
    if (versions.isEmpty()) {
        add(u".spec.versions"_s, CoreTr::tr("at least one version is needed"));
    }
    int storage = 0;
    int served = 0;
    QSet<QString> seen;
    static const QSet<QString> columnTypes{u"integer"_s, u"number"_s, u"string"_s, u"boolean"_s, u"date"_s};
    for (const QJsonValue &value : versions) {
        const QJsonObject version = value.toObject();
        const QString name = version.value("name"_L1).toString();
        if (name.isEmpty() || seen.contains(name)) {
            add(u".spec.versions"_s, CoreTr::tr("version names must be set and unique (\"%1\")").arg(name));
        }
        seen.insert(name);
        storage += version.value("storage"_L1).toBool() ? 1 : 0;
        served += version.value("served"_L1).toBool() ? 1 : 0;
        if (version.contains("subresources"_L1)) {
            const QJsonObject sub = version.value("subresources"_L1).toObject();
            if (sub.contains("status"_L1) && !sub.value("status"_L1).isObject()) {
                add(name, CoreTr::tr("subresources.status must be an object"));
            }
        }
        for (const QJsonValue &c : version.value("additionalPrinterColumns"_L1).toArray()) {
            const QJsonObject col = c.toObject();
            if (col.value("name"_L1).toString().isEmpty() || !col.value("jsonPath"_L1).toString().startsWith(u'.')
                || !columnTypes.contains(col.value("type"_L1).toString())) {
                add(name,
                    CoreTr::tr("printer column %1 needs a name, a type (integer, number, string, boolean or date) "
                               "and a jsonPath starting with \".\"")
                        .arg(compact(col.value("name"_L1))));
            }
        }
        if (!version.value("schema"_L1).toObject().value("openAPIV3Schema"_L1).isObject()) {
            add(name, CoreTr::tr("no schema.openAPIV3Schema"));
            continue;
        }
        for (const SchemaIssue &issue : structuralProblems(schemaOf(version))) {
            add(name + u": "_s + (issue.path.isEmpty() ? u"(root)"_s : issue.path), issue.message);
        }
    }
    if (!versions.isEmpty() && storage != 1) {
        add(u".spec.versions"_s, CoreTr::tr("exactly one version must be the storage version (%1 are)").arg(storage));
    }
    if (!versions.isEmpty() && served == 0) {
        add(u".spec.versions"_s, CoreTr::tr("no version is served"));
    }
    return out;
}

} // namespace Ringside::Schema
