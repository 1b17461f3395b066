#include "status.h"

#include "resourcetype.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Ringside::Sandbox {

static QString quoted(const QString &s)
{
    // Go's %q for the strings that appear here: escape backslash and double quote.
    QString out = s;
    out.replace(u'\\', QLatin1String("\\\\")).replace(u'"', QLatin1String("\\\""));
    return u'"' + out + u'"';
}

QString formatFieldValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return quoted(value.toString());
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d))) {
            return QString::number(qint64(d));
        }
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined: return QStringLiteral("null");
    case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

FieldError FieldError::required(const QString &field, const QString &detail)
{
    return {Type::Required, field, QJsonValue(), detail, {}, true, {}};
}

FieldError FieldError::invalid(const QString &field, const QJsonValue &value, const QString &detail)
{
    return {Type::Invalid, field, value, detail, {}, false, {}};
}

FieldError FieldError::notSupported(const QString &field, const QJsonValue &value, const QStringList &supported)
{
    return {Type::NotSupported, field, value, QString(), supported, false, {}};
}

FieldError FieldError::forbidden(const QString &field, const QString &detail)
{
    return {Type::Forbidden, field, QJsonValue(), detail, {}, true, {}};
}

FieldError FieldError::duplicate(const QString &field, const QJsonValue &value)
{
    return {Type::Duplicate, field, value, QString(), {}, false, {}};
}

FieldError FieldError::typeInvalid(const QString &field, const QJsonValue &value, const QString &detail)
{
    return {Type::TypeInvalid, field, value, detail, {}, false, {}};
}

QString FieldError::reason() const
{
    switch (type) {
    case Type::Required: return QStringLiteral("FieldValueRequired");
    case Type::Invalid: return QStringLiteral("FieldValueInvalid");
    case Type::NotSupported: return QStringLiteral("FieldValueNotSupported");
    case Type::Forbidden: return QStringLiteral("FieldValueForbidden");
    case Type::Duplicate: return QStringLiteral("FieldValueDuplicate");
    case Type::TooLong: return QStringLiteral("FieldValueTooLong");
    case Type::TooMany: return QStringLiteral("FieldValueTooMany");
    case Type::TypeInvalid: return QStringLiteral("FieldValueTypeInvalid");
    case Type::NotFound: return QStringLiteral("FieldValueNotFound");
    }
    return {};
}

QString FieldError::body() const
{
    QString s;
    switch (type) {
    case Type::Required: s = QStringLiteral("Required value"); break;
    case Type::Invalid: s = QStringLiteral("Invalid value"); break;
    case Type::NotSupported: s = QStringLiteral("Unsupported value"); break;
    case Type::Forbidden: s = QStringLiteral("Forbidden"); break;
    case Type::Duplicate: s = QStringLiteral("Duplicate value"); break;
    case Type::TooLong: s = QStringLiteral("Too long"); break;
    case Type::TooMany: s = QStringLiteral("Too many"); break;
    case Type::TypeInvalid: s = QStringLiteral("Invalid value"); break;
    case Type::NotFound: s = QStringLiteral("Not found"); break;
    }
    if (!omitValue) {
        s += QLatin1String(": ") + (valueText.isEmpty() ? formatFieldValue(value) : valueText);
    }
    if (type == Type::NotSupported) {
        QStringList q;
        for (const QString &v : supported) {
            q.append(quoted(v));
        }
        if (!q.isEmpty()) {
            s += QLatin1String(": supported values: ") + q.join(QLatin1String(", "));
        }
    } else if (!detail.isEmpty()) {
        s += QLatin1String(": ") + detail;
    }
    return s;
}

QString FieldError::toString() const
{
    return field.isEmpty() ? body() : field + QLatin1String(": ") + body();
}

QJsonObject ApiError::toStatus() const
{
    QJsonObject s{{QLatin1String("kind"), QLatin1String("Status")},
                  {QLatin1String("apiVersion"), QLatin1String("v1")},
                  {QLatin1String("status"), QLatin1String("Failure")},
                  {QLatin1String("message"), message},
                  {QLatin1String("reason"), reason},
                  {QLatin1String("code"), code}};
    QJsonObject meta;
    if (!continueToken.isEmpty()) {
        meta.insert(QLatin1String("continue"), continueToken);
    }
    s.insert(QLatin1String("metadata"), meta);
    if (!details.isEmpty() || detailsPresent) {
        s.insert(QLatin1String("details"), details);
    }
    if (reason.isEmpty()) {
        s.remove(QLatin1String("reason"));
    }
    return s;
}

static QByteArray jsonValue(const QJsonValue &v)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QByteArray ApiError::toJson() const
{
    // kind, apiVersion, metadata, status, message, reason, details, code: the order metav1.Status marshals in.
    QByteArray out = "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":";
    out += continueToken.isEmpty() ? QByteArray("{}") : "{\"continue\":" + jsonValue(continueToken) + '}';
    out += ",\"status\":\"Failure\",\"message\":" + jsonValue(message);
    if (!reason.isEmpty()) {
        out += ",\"reason\":" + jsonValue(reason);
    }
    if (!details.isEmpty() || detailsPresent) {
        // name, group, kind, uid, causes, retryAfterSeconds
        QByteArray d;
        for (const char *key : {"name", "group", "kind", "uid", "causes", "retryAfterSeconds"}) {
            const QJsonValue v = details.value(QLatin1String(key));
            if (v.isUndefined()) {
                continue;
            }
            if (!d.isEmpty()) {
                d += ',';
            }
            if (QLatin1String(key) == QLatin1String("causes")) {
                QByteArray causes;
                for (const QJsonValue &cv : v.toArray()) {
                    const QJsonObject c = cv.toObject();
                    QByteArray one;
                    for (const char *ck : {"reason", "message", "field"}) {
                        if (c.contains(QLatin1String(ck))) {
                            one += (one.isEmpty() ? "" : ",") + jsonValue(QString::fromLatin1(ck)) + ':'
                                   + jsonValue(c.value(QLatin1String(ck)));
                        }
                    }
                    causes += (causes.isEmpty() ? "" : ",") + ('{' + one + '}');
                }
                d += "\"causes\":[" + causes + ']';
            } else {
                d += jsonValue(QString::fromLatin1(key)) + ':' + jsonValue(v);
            }
        }
        out += ",\"details\":{" + d + '}';
    }
    out += ",\"code\":" + QByteArray::number(code) + '}';
    return out;
}

static QJsonObject detailsFor(const QString &group, const QString &kind, const QString &name)
{
    QJsonObject d;
    if (!name.isEmpty()) {
        d.insert(QLatin1String("name"), name);
    }
    if (!group.isEmpty()) {
        d.insert(QLatin1String("group"), group);
    }
    if (!kind.isEmpty()) {
        d.insert(QLatin1String("kind"), kind);
    }
    return d;
}

static QString qualified(const QString &group, const QString &resource)
{
    return group.isEmpty() ? resource : resource + u'.' + group;
}

ApiError ApiError::notFound(const QString &group, const QString &resource, const QString &name)
{
    return {404,
            QStringLiteral("NotFound"),
            qualified(group, resource) + u' ' + quoted(name) + QLatin1String(" not found"),
            detailsFor(group, resource, name),
            {},
            true};
}

ApiError ApiError::notFound(const ResourceType &type, const QString &name)
{
    return notFound(type.group, type.resource, name);
}

ApiError ApiError::alreadyExists(const ResourceType &type, const QString &name)
{
    return {409,
            QStringLiteral("AlreadyExists"),
            type.groupResource() + u' ' + quoted(name) + QLatin1String(" already exists"),
            detailsFor(type.group, type.resource, name),
            {},
            true};
}

ApiError ApiError::conflict(const ResourceType &type, const QString &name, const QString &why)
{
    return {409,
            QStringLiteral("Conflict"),
            QLatin1String("Operation cannot be fulfilled on ") + type.groupResource() + u' ' + quoted(name)
                + QLatin1String(": ") + why,
            detailsFor(type.group, type.resource, name),
            {},
            true};
}

ApiError ApiError::modifiedConflict(const ResourceType &type, const QString &name)
{
    return conflict(
        type, name,
        QStringLiteral("the object has been modified; please apply your changes to the latest version and try again"));
}

ApiError ApiError::invalid(const QString &group, const QString &kind, const QString &name,
                           const QList<FieldError> &errors)
{
    QStringList parts;
    QJsonArray causes;
    for (const FieldError &e : errors) {
        parts.append(e.toString());
        QJsonObject c{{QLatin1String("reason"), e.reason()}, {QLatin1String("message"), e.body()}};
        if (!e.field.isEmpty()) {
            c.insert(QLatin1String("field"), e.field);
        }
        causes.append(c);
    }
    const QString aggregate = parts.size() == 1 ? parts.first() : u'[' + parts.join(QLatin1String(", ")) + u']';
    const QString qualifiedKind = group.isEmpty() ? kind : kind + u'.' + group;
    QJsonObject d = detailsFor(group, kind, name);
    d.insert(QLatin1String("causes"), causes);
    return {422,
            QStringLiteral("Invalid"),
            qualifiedKind + u' ' + quoted(name) + QLatin1String(" is invalid: ") + aggregate,
            d,
            {}};
}

ApiError ApiError::invalid(const ResourceType &type, const QString &name, const QList<FieldError> &errors)
{
    return invalid(type.group, type.kind, name, errors);
}

ApiError ApiError::forbidden(const QString &group, const QString &resource, const QString &name, const QString &why)
{
    QString message;
    if (resource.isEmpty()) {
        message = QLatin1String("forbidden: ") + why;
    } else if (name.isEmpty()) {
        message = qualified(group, resource) + QLatin1String(" is forbidden: ") + why;
    } else {
        message = qualified(group, resource) + u' ' + quoted(name) + QLatin1String(" is forbidden: ") + why;
    }
    return {403, QStringLiteral("Forbidden"), message, detailsFor(group, resource, name), {}, true};
}

ApiError ApiError::badRequest(const QString &message)
{
    return {400, QStringLiteral("BadRequest"), message, {}, {}};
}

ApiError ApiError::methodNotSupported(const ResourceType &type, const QString &action)
{
    return {405,
            QStringLiteral("MethodNotAllowed"),
            action + QLatin1String(" is not supported on resources of kind ") + quoted(type.groupResource()),
            detailsFor(type.group, type.resource, QString()),
            {},
            true};
}

ApiError ApiError::expired(const QString &message)
{
    return {410, QStringLiteral("Expired"), message, {}, {}};
}

ApiError ApiError::gone(const QString &message)
{
    return {410, QStringLiteral("Gone"), message, {}, {}};
}

ApiError ApiError::unauthorized()
{
    return {401, QStringLiteral("Unauthorized"), QStringLiteral("Unauthorized"), {}, {}};
}

ApiError ApiError::internal(const QString &message)
{
    QJsonObject d{{QLatin1String("causes"), QJsonArray{QJsonObject{{QLatin1String("message"), message}}}}};
    return {500, QStringLiteral("InternalError"), QLatin1String("Internal error occurred: ") + message, d, {}};
}

ApiError ApiError::timeout(const QString &message, int retryAfterSeconds)
{
    QJsonObject d;
    if (retryAfterSeconds > 0) {
        d.insert(QLatin1String("retryAfterSeconds"), retryAfterSeconds);
    }
    return {504, QStringLiteral("Timeout"), message, d, {}};
}

ApiError ApiError::notAcceptable()
{
    return {406,
            QStringLiteral("NotAcceptable"),
            QStringLiteral("only the following media types are accepted: application/json, application/yaml, "
                           "application/vnd.kubernetes.protobuf"),
            {},
            {}};
}

ApiError ApiError::unsupportedMediaType(const QStringList &accepted)
{
    return {415,
            QStringLiteral("UnsupportedMediaType"),
            QLatin1String("the body of the request was in an unknown format - accepted media types include: ")
                + accepted.join(QLatin1String(", ")),
            {},
            {}};
}

ApiError ApiError::requestEntityTooLarge(qint64 limit)
{
    return {413,
            QStringLiteral("RequestEntityTooLarge"),
            QStringLiteral("Request entity too large: limit is %1").arg(limit),
            {},
            {}};
}

ApiError ApiError::tooLargeResourceVersion(quint64 requested, quint64 current)
{
    QJsonObject d{{QLatin1String("causes"),
                   QJsonArray{QJsonObject{{QLatin1String("reason"), QLatin1String("ResourceVersionTooLarge")},
                                          {QLatin1String("message"), QLatin1String("Too large resource version")}}}},
                  {QLatin1String("retryAfterSeconds"), 1}};
    return {504,
            QStringLiteral("Timeout"),
            QStringLiteral("Too large resource version: %1, current: %2").arg(requested).arg(current),
            d,
            {}};
}

ApiError ApiError::genericResponse(int code, const QString &serverMessage)
{
    QString reason;
    QString message;
    switch (code) {
    case 404:
        reason = QStringLiteral("NotFound");
        message = QStringLiteral("the server could not find the requested resource");
        break;
    case 405:
        reason = QStringLiteral("MethodNotAllowed");
        message = QStringLiteral("the server does not allow this method on the requested resource");
        break;
    case 406:
        reason = QStringLiteral("NotAcceptable");
        message = QStringLiteral("the server was unable to respond with a content type that the client supports");
        break;
    case 422:
        reason = QStringLiteral("Invalid");
        message = QStringLiteral("the server rejected our request due to an error in our request");
        break;
    case 415:
        reason = QStringLiteral("UnsupportedMediaType");
        message = QStringLiteral("the server was unable to process the request's content type");
        break;
    default:
        reason = QStringLiteral("Unknown");
        message = QStringLiteral("the server responded with the status code %1 but did not return more information")
                      .arg(code);
    }
    QJsonObject d;
    if (!serverMessage.isEmpty()) {
        d.insert(QLatin1String("causes"),
                 QJsonArray{QJsonObject{{QLatin1String("reason"), QLatin1String("UnexpectedServerResponse")},
                                        {QLatin1String("message"), serverMessage}}});
    }
    return {code, reason, message, d, {}, true};
}

ApiError ApiError::applyConflict(const QJsonArray &causes, const QString &message)
{
    return {409, QStringLiteral("Conflict"), message, QJsonObject{{QLatin1String("causes"), causes}}, {}};
}

} // namespace Ringside::Sandbox
