#include "validation.h"

#include "schemas.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace Ringside::Sandbox {

QString joinPath(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QString indexPath(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

SchemaValidator::SchemaValidator(const Schemas &schemas, bool customResource)
    : m_schemas(schemas)
    , m_custom(customResource)
{}

void SchemaValidator::run(QJsonObject &object, const QJsonObject &rootSchema)
{
    m_pruneOnly = false;
    walkObject(object, rootSchema, QString(), Schemas::refName(rootSchema).section(u'.', -1));
}

void SchemaValidator::pruneOnly(QJsonObject &object, const QJsonObject &rootSchema)
{
    m_pruneOnly = true;
    walkObject(object, rootSchema, QString(), Schemas::refName(rootSchema).section(u'.', -1));
}

// A number given for a resource.Quantity, in the canonical form the server writes back ("1", "500m").
static QString canonicalQuantity(double n)
{
    if (n == double(qint64(n))) {
        return QString::number(qint64(n));
    }
    const double milli = n * 1000.0;
    if (std::abs(milli - double(qint64(milli))) < 1e-9) {
        return QString::number(qint64(milli)) + u'm';
    }
    return QString::number(n, 'g', 17);
}

static QString jsonTypeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: return QStringLiteral("string");
    case QJsonValue::Double: return QStringLiteral("number");
    case QJsonValue::Bool: return QStringLiteral("bool");
    case QJsonValue::Array: return QStringLiteral("array");
    case QJsonValue::Object: return QStringLiteral("object");
    default: return QStringLiteral("null");
    }
}

static QString goTypeFor(const QJsonObject &s, const Schemas &schemas)
{
    const QString ref = Schemas::refName(s);
    if (!ref.isEmpty()) {
        const QStringList parts = ref.split(u'.');
        return parts.value(parts.size() - 2) + u'.' + parts.last();
    }
    const QString type = s.value(QLatin1String("type")).toString();
    const QString format = s.value(QLatin1String("format")).toString();
    if (type == QLatin1String("integer")) {
        return format == QLatin1String("int32") ? QStringLiteral("int32") : QStringLiteral("int64");
    }
    if (type == QLatin1String("number")) {
        return QStringLiteral("float64");
    }
    if (type == QLatin1String("boolean")) {
        return QStringLiteral("bool");
    }
    if (type == QLatin1String("array")) {
        return QLatin1String("[]") + goTypeFor(s.value(QLatin1String("items")).toObject(), schemas);
    }
    if (type == QLatin1String("object")) {
        return QLatin1String("map[string]")
               + goTypeFor(s.value(QLatin1String("additionalProperties")).toObject(), schemas);
    }
    return QStringLiteral("string");
}

void SchemaValidator::typeError(const QJsonValue &value, const QString &expected, const QString &path,
                                const QString &goType, const QString &goStruct)
{
    if (m_custom) {
        // kube-openapi reports the JSON type it found as the value.
        const QJsonValue found(jsonTypeName(value));
        m_errors.append(FieldError::typeInvalid(path, found,
                                                path + QLatin1String(" in body must be of type ") + expected
                                                    + QLatin1String(": ") + formatFieldValue(found)));
        return;
    }
    if (m_decodeError.isEmpty()) {
        m_decodeError = QStringLiteral("json: cannot unmarshal %1 into Go struct field %2.%3 of type %4")
                            .arg(jsonTypeName(value), goStruct, path, goType);
    }
}

bool SchemaValidator::checkType(const QJsonValue &value, const QJsonObject &s, const QString &path,
                                const QString &goStruct)
{
    if (s.value(QLatin1String("x-kubernetes-int-or-string")).toBool()) {
        if (value.isString() || (value.isDouble() && value.toDouble() == double(qint64(value.toDouble())))) {
            return true;
        }
        typeError(value, QStringLiteral("integer,string"), path, QStringLiteral("intstr.IntOrString"), goStruct);
        return false;
    }
    const QString type = s.value(QLatin1String("type")).toString();
    if (type.isEmpty()) {
        const QJsonArray anyOf = s.value(QLatin1String("anyOf")).toArray();
        if (anyOf.isEmpty()) {
            return true;
        }
        for (const QJsonValue &alt : anyOf) {
            const QString t = alt.toObject().value(QLatin1String("type")).toString();
            if (t.isEmpty() || (t == QLatin1String("string") && value.isString())
                || (t == QLatin1String("integer") && value.isDouble())
                || (t == QLatin1String("number") && value.isDouble())
                || (t == QLatin1String("boolean") && value.isBool())
                || (t == QLatin1String("object") && value.isObject())
                || (t == QLatin1String("array") && value.isArray())) {
                return true;
            }
        }
        typeError(value, anyOf.first().toObject().value(QLatin1String("type")).toString(), path,
                  QStringLiteral("string"), goStruct);
        return false;
    }
    // json.RawMessage fields (cass-operator's CassandraDatacenter spec.config) are typed string/byte with
    // x-kubernetes-preserve-unknown-fields; the kube-apiserver stores any JSON value there unchanged.
    if (type == QLatin1String("string") && s.value(QLatin1String("format")).toString() == QLatin1String("byte")
        && s.value(QLatin1String("x-kubernetes-preserve-unknown-fields")).toBool()) {
        return true;
    }
    bool ok = false;
    if (type == QLatin1String("string")) {
        // resource.Quantity accepts numbers too and keeps them as strings.
        ok = value.isString()
             || (s.value(QLatin1String("format")).toString() == QLatin1String("quantity") && value.isDouble());
    } else if (type == QLatin1String("integer")) {
        ok = value.isDouble() && value.toDouble() == double(qint64(value.toDouble()));
    } else if (type == QLatin1String("number")) {
        ok = value.isDouble();
    } else if (type == QLatin1String("boolean")) {
        ok = value.isBool();
    } else if (type == QLatin1String("object")) {
        ok = value.isObject();
    } else if (type == QLatin1String("array")) {
        ok = value.isArray();
    } else {
        ok = true;
    }
    if (!ok) {
        typeError(value, type, path, goTypeFor(s, m_schemas), goStruct);
    }
    return ok;
}

void SchemaValidator::checkConstraints(const QJsonValue &value, const QJsonObject &s, const QString &path)
{
    if (m_pruneOnly) {
        return;
    }
    const QJsonArray enumValues = s.value(QLatin1String("enum")).toArray();
    if (!enumValues.isEmpty() && !enumValues.contains(value)) {
        QStringList supported;
        for (const QJsonValue &e : enumValues) {
            supported.append(e.isString() ? e.toString() : formatFieldValue(e));
        }
        m_errors.append(FieldError::notSupported(path, value, supported));
    }
    if (value.isString()) {
        const QString str = value.toString();
        if (s.contains(QLatin1String("maxLength")) && str.size() > s.value(QLatin1String("maxLength")).toInt()) {
            FieldError e{
                FieldError::Type::TooLong,
                path,
                value,
                QStringLiteral("may not be more than %1 bytes").arg(s.value(QLatin1String("maxLength")).toInt()),
                {},
                true};
            m_errors.append(e);
        }
        if (s.contains(QLatin1String("minLength")) && str.size() < s.value(QLatin1String("minLength")).toInt()) {
            m_errors.append(FieldError::invalid(path, value,
                                                path
                                                    + QStringLiteral(" in body should be at least %1 chars long")
                                                          .arg(s.value(QLatin1String("minLength")).toInt())));
        }
        const QString pattern = s.value(QLatin1String("pattern")).toString();
        if (!pattern.isEmpty()) {
            const QRegularExpression re(pattern);
            if (re.isValid() && !re.match(str).hasMatch()) {
                m_errors.append(FieldError::invalid(path, value,
                                                    path + QLatin1String(" in body should match '") + pattern + u'\''));
            }
        }
    }
    if (value.isDouble()) {
        const double n = value.toDouble();
        if (s.contains(QLatin1String("minimum"))) {
            const double min = s.value(QLatin1String("minimum")).toDouble();
            const bool exclusive = s.value(QLatin1String("exclusiveMinimum")).toBool();
            if (exclusive ? n <= min : n < min) {
                m_errors.append(FieldError::invalid(
                    path, value,
                    path
                        + (exclusive ? QStringLiteral(" in body should be greater than %1")
                                     : QStringLiteral(" in body should be greater than or equal to %1"))
                              .arg(formatFieldValue(s.value(QLatin1String("minimum"))))));
            }
        }
        if (s.contains(QLatin1String("maximum"))) {
            const double max = s.value(QLatin1String("maximum")).toDouble();
            const bool exclusive = s.value(QLatin1String("exclusiveMaximum")).toBool();
            if (exclusive ? n >= max : n > max) {
                m_errors.append(FieldError::invalid(
                    path, value,
                    path
                        + (exclusive ? QStringLiteral(" in body should be less than %1")
                                     : QStringLiteral(" in body should be less than or equal to %1"))
                              .arg(formatFieldValue(s.value(QLatin1String("maximum"))))));
            }
        }
    }
    if (value.isArray()) {
        const qsizetype n = value.toArray().size();
        if (s.contains(QLatin1String("maxItems")) && n > s.value(QLatin1String("maxItems")).toInt()) {
            FieldError e{FieldError::Type::TooMany,
                         path,
                         QJsonValue(qint64(n)),
                         QStringLiteral("must have at most %1 items").arg(s.value(QLatin1String("maxItems")).toInt()),
                         {},
                         false};
            m_errors.append(e);
        }
        if (s.contains(QLatin1String("minItems")) && n < s.value(QLatin1String("minItems")).toInt()) {
            m_errors.append(FieldError::invalid(path, value,
                                                path
                                                    + QStringLiteral(" in body should have at least %1 items")
                                                          .arg(s.value(QLatin1String("minItems")).toInt())));
        }
    }
}

bool SchemaValidator::walk(QJsonValue &value, const QJsonObject &schemaIn, const QString &path, const QString &goStruct)
{
    const QJsonObject s = m_schemas.resolve(schemaIn);
    if (value.isNull()) {
        return s.value(QLatin1String("nullable")).toBool();
    }
    if (s.isEmpty()) {
        return true;
    }
    if (!checkType(value, s, path, goStruct)) {
        return true;
    }
    if (value.isDouble() && s.value(QLatin1String("format")).toString() == QLatin1String("quantity")) {
        value = canonicalQuantity(value.toDouble());
    }
    checkConstraints(value, s, path);
    const QString ref = Schemas::refName(schemaIn);
    const QString innerStruct = ref.isEmpty() ? goStruct : ref.section(u'.', -1);
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        walkObject(o, schemaIn, path, innerStruct);
        value = o;
    } else if (value.isArray()) {
        QJsonArray a = value.toArray();
        walkArray(a, s, path, innerStruct);
        value = a;
    }
    return true;
}

void SchemaValidator::walkObject(QJsonObject &object, const QJsonObject &schemaIn, const QString &path,
                                 const QString &goStruct)
{
    const QJsonObject s = m_schemas.resolve(schemaIn);
    const QJsonObject props = s.value(QLatin1String("properties")).toObject();
    const QJsonValue additional = s.value(QLatin1String("additionalProperties"));
    const bool preserve = s.value(QLatin1String("x-kubernetes-preserve-unknown-fields")).toBool();
    const bool embedded = s.value(QLatin1String("x-kubernetes-embedded-resource")).toBool();
    // Defaults of CRD schemas apply to absent properties.
    if (m_custom) {
        for (auto it = props.begin(); it != props.end(); ++it) {
            const QJsonObject ps = it.value().toObject();
            if (!object.contains(it.key()) && ps.contains(QLatin1String("default"))) {
                object.insert(it.key(), ps.value(QLatin1String("default")));
            }
        }
    }
    QStringList keys = object.keys();
    for (const QString &key : std::as_const(keys)) {
        const QString childPath
            = additional.isObject() && !props.contains(key) ? path + u'[' + key + u']' : joinPath(path, key);
        QJsonObject childSchema;
        if (props.contains(key)) {
            childSchema = props.value(key).toObject();
        } else if (additional.isObject()) {
            childSchema = additional.toObject();
        } else if (embedded && (key == QLatin1String("apiVersion") || key == QLatin1String("kind"))) {
            childSchema = {{QLatin1String("type"), QLatin1String("string")}};
        } else if (embedded && key == QLatin1String("metadata")) {
            childSchema = {{QLatin1String("$ref"),
                            QLatin1String("#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta")}};
        } else if (preserve || additional.toBool(false) || (props.isEmpty() && !s.contains(QLatin1String("type")))) {
            continue;
        } else {
            m_unknown.append(joinPath(path, key));
            object.remove(key);
            continue;
        }
        QJsonValue child = object.value(key);
        if (!walk(child, childSchema, childPath, goStruct)) {
            object.remove(key);
        } else {
            object.insert(key, child);
        }
    }
    if (!m_pruneOnly) {
        for (const QJsonValue &r : s.value(QLatin1String("required")).toArray()) {
            if (!object.contains(r.toString())) {
                m_errors.append(FieldError::required(joinPath(path, r.toString())));
            }
        }
    }
}

void SchemaValidator::walkArray(QJsonArray &array, const QJsonObject &s, const QString &path, const QString &goStruct)
{
    const QJsonObject itemSchema = s.value(QLatin1String("items")).toObject();
    const QString listType = s.value(QLatin1String("x-kubernetes-list-type")).toString();
    QStringList mapKeys;
    for (const QJsonValue &k : s.value(QLatin1String("x-kubernetes-list-map-keys")).toArray()) {
        mapKeys.append(k.toString());
    }
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        QJsonValue item = array.at(i);
        const QString itemPath = indexPath(path, i);
        if (!itemSchema.isEmpty() && !walk(item, itemSchema, itemPath, goStruct)) {
            array.removeAt(i);
            --i;
            continue;
        }
        array.replace(i, item);
        if (m_pruneOnly) {
            continue;
        }
        if (listType == QLatin1String("map") && item.isObject()) {
            QJsonObject key;
            for (const QString &k : std::as_const(mapKeys)) {
                key.insert(k, item.toObject().value(k));
            }
            const QString id = formatFieldValue(key);
            if (seen.contains(id)) {
                m_errors.append(FieldError::duplicate(itemPath, key));
            }
            seen.insert(id);
        } else if (listType == QLatin1String("set")) {
            const QString id = formatFieldValue(item);
            if (seen.contains(id)) {
                m_errors.append(FieldError::duplicate(itemPath, item));
            }
            seen.insert(id);
        }
    }
}

} // namespace Ringside::Sandbox
