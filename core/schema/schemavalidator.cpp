#include "schema/schemavalidator.h"

#include "coretr.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Ringside::Schema {

QString Finding::toString() const
{
    return path.isEmpty() ? message : path + u": "_s + message;
}

bool isValid(const QList<Finding> &findings)
{
    return std::none_of(findings.begin(), findings.end(),
                        [](const Finding &f) { return f.severity == Severity::Error; });
}

namespace {

QString jsonTypeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return u"null"_s;
    case QJsonValue::Bool: return u"boolean"_s;
    case QJsonValue::Double: return v.toDouble() == std::floor(v.toDouble()) ? u"integer"_s : u"number"_s;
    case QJsonValue::String: return u"string"_s;
    case QJsonValue::Array: return u"array"_s;
    case QJsonValue::Object: return u"object"_s;
    case QJsonValue::Undefined: break;
    }
    return u"undefined"_s;
}

QString shown(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: return u'"' + v.toString() + u'"';
    case QJsonValue::Double: return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::Bool: return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Null: return u"null"_s;
    case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined: break;
    }
    return {};
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j) {
        previous[j] = int(j);
    }
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1).toLower() == b.at(j - 1).toLower() ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

QString closestName(const QString &name, const QJsonObject &properties)
{
    QString best;
    int bestDistance = std::max(1, std::min(2, int(name.size()) / 3)) + 1;
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const int d = editDistance(name, it.key());
        if (d < bestDistance) {
            bestDistance = d;
            best = it.key();
        }
    }
    return best;
}

bool isRfc3339(const QString &s)
{
    static const QRegularExpression re(
        u"^(\\d{4})-(\\d{2})-(\\d{2})[Tt ](\\d{2}):(\\d{2}):(\\d{2})(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})$"_s);
    const QRegularExpressionMatch m = re.match(s);
    if (!m.hasMatch()) {
        return false;
    }
    const int month = m.captured(2).toInt();
    const int day = m.captured(3).toInt();
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 && m.captured(4).toInt() < 24
           && m.captured(5).toInt() < 60 && m.captured(6).toInt() < 61;
}

bool isBase64(const QString &s)
{
    static const QRegularExpression re(u"^[A-Za-z0-9+/]*={0,2}$"_s);
    return s.size() % 4 == 0 && re.match(s).hasMatch();
}

class Validator
{
public:
    QList<Finding> findings;

    void value(const QJsonValue &v, const QJsonObject &s, const QString &path, bool isRoot)
    {
        const QString type = s.value("type"_L1).toString();
        const bool preserve = s.value("x-kubernetes-preserve-unknown-fields"_L1).toBool();
        if (s.isEmpty()) {
            if (!v.isNull() && !isEmptyContainer(v)) {
                add(path, Severity::NotChecked, CoreTr::tr("not checked: the schema does not describe this"));
            }
            return;
        }
        if (v.isNull()) {
            if (!s.value("nullable"_L1).toBool()) {
                add(path, Severity::Warning,
                    s.contains("default"_L1)
                        ? CoreTr::tr("null is not allowed here: the API server replaces it with the default %1")
                              .arg(shown(s.value("default"_L1)))
                        : CoreTr::tr("null is not allowed here: the API server drops the field"));
            }
            return;
        }
        // controller-gen writes json.RawMessage fields (cass-operator's spec.config) as a byte string that keeps
        // unknown fields; clients put any JSON there.
        if (preserve && (type.isEmpty() || (type == "string"_L1 && s.value("format"_L1).toString() == "byte"_L1))) {
            if (!isEmptyContainer(v)) {
                add(path, Severity::NotChecked, CoreTr::tr("not checked: the schema keeps this as is"));
            }
            return;
        }
        if (s.value("x-kubernetes-int-or-string"_L1).toBool()) {
            if (!v.isString() && jsonTypeName(v) != "integer"_L1) {
                add(path, Severity::Error, CoreTr::tr("must be an integer or a string, not %1").arg(jsonTypeName(v)));
                return;
            }
        } else if (!type.isEmpty() && !hasType(v, type)) {
            add(path, Severity::Error,
                CoreTr::tr("must be of type %1, not %2 (%3)").arg(type, jsonTypeName(v), shown(v)));
            return;
        }
        if (s.contains("enum"_L1) && !s.value("enum"_L1).toArray().contains(v)) {
            QStringList allowed;
            for (const QJsonValue &e : s.value("enum"_L1).toArray()) {
                allowed.append(shown(e));
            }
            add(path, Severity::Error,
                CoreTr::tr("unsupported value %1: must be one of %2").arg(shown(v), allowed.join(u", "_s)));
        }
        if (v.isString()) {
            string(v.toString(), s, path);
        } else if (v.isDouble()) {
            number(v.toDouble(), s, path);
        } else if (v.isArray()) {
            array(v.toArray(), s, path);
        } else if (v.isObject()) {
            object(v.toObject(), s, path, isRoot, preserve);
        }
    }

private:
    QHash<QString, QRegularExpression> m_patterns;

    void add(const QString &path, Severity severity, const QString &message)
    {
        findings.append({path, message, severity});
    }

    static bool isEmptyContainer(const QJsonValue &v)
    {
        return (v.isObject() && v.toObject().isEmpty()) || (v.isArray() && v.toArray().isEmpty());
    }

    static bool hasType(const QJsonValue &v, const QString &type)
    {
        if (type == "number"_L1) {
            return v.isDouble();
        }
        return jsonTypeName(v) == type;
    }

    void string(const QString &text, const QJsonObject &s, const QString &path)
    {
        const qsizetype length = text.toUcs4().size();
        if (s.contains("minLength"_L1) && length < s.value("minLength"_L1).toInteger()) {
            add(path, Severity::Error,
                CoreTr::tr("must be at least %n character(s) long", nullptr, int(s.value("minLength"_L1).toInteger())));
        }
        if (s.contains("maxLength"_L1) && length > s.value("maxLength"_L1).toInteger()) {
            add(path, Severity::Error,
                CoreTr::tr("must be at most %n character(s) long", nullptr, int(s.value("maxLength"_L1).toInteger())));
        }
        if (s.contains("pattern"_L1)) {
            const QString pattern = s.value("pattern"_L1).toString();
            auto it = m_patterns.find(pattern);
            if (it == m_patterns.end()) {
                it = m_patterns.insert(pattern, QRegularExpression(pattern));
            }
            if (it->isValid() && !it->match(text).hasMatch()) {
                add(path, Severity::Error, CoreTr::tr("\"%1\" does not match the pattern %2").arg(text, pattern));
            }
        }
        const QString format = s.value("format"_L1).toString();
        if (format == "date-time"_L1 && !isRfc3339(text)) {
            add(path, Severity::Error,
                CoreTr::tr("\"%1\" is not a date-time (RFC 3339, as 2024-05-01T12:00:00Z)").arg(text));
        } else if (format == "byte"_L1 && !isBase64(text)) {
            add(path, Severity::Error, CoreTr::tr("must be base64-encoded"));
        }
    }

    void number(double d, const QJsonObject &s, const QString &path)
    {
        const QString format = s.value("format"_L1).toString();
        if (format == "int32"_L1 && (d < -2147483648.0 || d > 2147483647.0)) {
            add(path, Severity::Error, CoreTr::tr("%1 does not fit a 32-bit integer").arg(shown(d)));
        }
        if (s.contains("minimum"_L1)) {
            const double min = s.value("minimum"_L1).toDouble();
            const bool exclusive = s.value("exclusiveMinimum"_L1).toBool();
            if (d < min || (exclusive && d == min)) {
                add(path, Severity::Error,
                    exclusive ? CoreTr::tr("must be greater than %1").arg(shown(min))
                              : CoreTr::tr("must be greater than or equal to %1").arg(shown(min)));
            }
        }
        if (s.contains("maximum"_L1)) {
            const double max = s.value("maximum"_L1).toDouble();
            const bool exclusive = s.value("exclusiveMaximum"_L1).toBool();
            if (d > max || (exclusive && d == max)) {
                add(path, Severity::Error,
                    exclusive ? CoreTr::tr("must be less than %1").arg(shown(max))
                              : CoreTr::tr("must be less than or equal to %1").arg(shown(max)));
            }
        }
    }

    void array(const QJsonArray &a, const QJsonObject &s, const QString &path)
    {
        if (s.contains("minItems"_L1) && a.size() < s.value("minItems"_L1).toInteger()) {
            add(path, Severity::Error,
                CoreTr::tr("needs at least %n item(s)", nullptr, int(s.value("minItems"_L1).toInteger())));
        }
        if (s.contains("maxItems"_L1) && a.size() > s.value("maxItems"_L1).toInteger()) {
            add(path, Severity::Error,
                CoreTr::tr("takes at most %n item(s)", nullptr, int(s.value("maxItems"_L1).toInteger())));
        }
        const QJsonObject items = s.value("items"_L1).toObject();
        for (qsizetype i = 0; i < a.size(); ++i) {
            value(a.at(i), items, path + u'[' + QString::number(i) + u']', false);
        }
        duplicates(a, s, path);
    }

    void duplicates(const QJsonArray &a, const QJsonObject &s, const QString &path)
    {
        const QString listType = s.value("x-kubernetes-list-type"_L1).toString();
        if (listType != "map"_L1 && listType != "set"_L1) {
            return;
        }
        QStringList keys;
        for (const QJsonValue &k : s.value("x-kubernetes-list-map-keys"_L1).toArray()) {
            keys.append(k.toString());
        }
        const QJsonObject itemProps = s.value("items"_L1).toObject().value("properties"_L1).toObject();
        QSet<QString> seen;
        for (qsizetype i = 0; i < a.size(); ++i) {
            QString key;
            if (listType == "set"_L1) {
                key = shown(a.at(i));
            } else {
                const QJsonObject item = a.at(i).toObject();
                QStringList parts;
                for (const QString &k : std::as_const(keys)) {
                    const QJsonValue v
                        = item.contains(k) ? item.value(k) : itemProps.value(k).toObject().value("default"_L1);
                    parts.append(k + u'=' + shown(v));
                }
                key = parts.join(u", "_s);
            }
            if (seen.contains(key)) {
                add(path + u'[' + QString::number(i) + u']', Severity::Error,
                    CoreTr::tr("duplicate entry (%1)").arg(key));
            }
            seen.insert(key);
        }
    }

    void object(const QJsonObject &o, const QJsonObject &s, const QString &path, bool isRoot, bool preserve)
    {
        const QJsonObject props = s.value("properties"_L1).toObject();
        const QJsonValue additional = s.value("additionalProperties"_L1);
        QSet<QString> required;
        for (const QJsonValue &r : s.value("required"_L1).toArray()) {
            required.insert(r.toString());
        }
        auto childPath = [&path](const QString &key) { return path.isEmpty() ? key : path + u'.' + key; };
        for (const QString &name : std::as_const(required)) {
            const QJsonObject propSchema = props.value(name).toObject();
            const bool dropped = o.value(name).isNull() && !propSchema.value("nullable"_L1).toBool()
                                 && !propSchema.contains("default"_L1);
            if ((!o.contains(name) && !propSchema.contains("default"_L1)) || (o.contains(name) && dropped)) {
                add(childPath(name), Severity::Error, CoreTr::tr("required field is missing"));
            }
        }
        if (s.contains("minProperties"_L1) && o.size() < s.value("minProperties"_L1).toInteger()) {
            add(path, Severity::Error,
                CoreTr::tr("needs at least %n field(s)", nullptr, int(s.value("minProperties"_L1).toInteger())));
        }
        if (s.contains("maxProperties"_L1) && o.size() > s.value("maxProperties"_L1).toInteger()) {
            add(path, Severity::Error,
                CoreTr::tr("takes at most %n field(s)", nullptr, int(s.value("maxProperties"_L1).toInteger())));
        }
        const bool freeForm = preserve && props.isEmpty() && !additional.isObject();
        if (freeForm) {
            if (!o.isEmpty()) {
                add(path, Severity::NotChecked, CoreTr::tr("not checked: the schema keeps this as is"));
            }
            return;
        }
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString key = it.key();
            if (required.contains(key) && it.value().isNull()
                && !props.value(key).toObject().value("nullable"_L1).toBool()
                && !props.value(key).toObject().contains("default"_L1)) {
                continue; // reported as missing above
            }
            if (isRoot && key == "metadata"_L1) {
                if (!it.value().isObject()) {
                    add(key, Severity::Error,
                        CoreTr::tr("must be of type object, not %1").arg(jsonTypeName(it.value())));
                }
                continue; // ObjectMeta is validated by the API server itself, not by the CRD schema
            }
            if (props.contains(key)) {
                value(it.value(), props.value(key).toObject(), childPath(key), false);
            } else if (additional.isObject()) {
                value(it.value(), additional.toObject(), childPath(key), false);
            } else if (additional.isBool() && additional.toBool()) {
                continue;
            } else {
                unknownField(key, props, childPath(key), preserve);
            }
        }
    }

    void unknownField(const QString &key, const QJsonObject &props, const QString &path, bool preserve)
    {
        const QString suggestion = closestName(key, props);
        if (!preserve) {
            add(path, Severity::Error,
                suggestion.isEmpty() ? CoreTr::tr("unknown field \"%1\"").arg(key)
                                     : CoreTr::tr("unknown field \"%1\" (did you mean \"%2\"?)").arg(key, suggestion));
            return;
        }
        add(path, Severity::NotChecked,
            CoreTr::tr("not checked: \"%1\" is not in the schema, which keeps unknown fields").arg(key));
        if (!suggestion.isEmpty()) {
            add(path, Severity::Warning, CoreTr::tr("\"%1\" looks like a misspelling of \"%2\"").arg(key, suggestion));
        }
    }
};

} // namespace

QList<Finding> validate(const QJsonValue &value, const QJsonObject &openApiSchema)
{
    if (openApiSchema.isEmpty()) {
        return {};
    }
    Validator validator;
    validator.value(value, openApiSchema, QString(), true);
    return validator.findings;
}

} // namespace Ringside::Schema
