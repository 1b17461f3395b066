#include "kindhooks.h"

#include "api/jsonutil.h"
#include "api/resourcetype.h"
#include "builtinkinds.h"

#include <QRegularExpression>

namespace Ringside::Sandbox {

KindHooks::~KindHooks() = default;

void KindHooks::applyDefaults(QJsonObject &) const
{}

void KindHooks::prepareForCreate(QJsonObject &) const
{}

void KindHooks::prepareForUpdate(QJsonObject &, const QJsonObject &) const
{}

QList<FieldError> KindHooks::validate(const QJsonObject &) const
{
    return {};
}

QList<FieldError> KindHooks::validateUpdate(const QJsonObject &, const QJsonObject &) const
{
    return {};
}

bool KindHooks::tracksGeneration() const
{
    return false;
}

bool KindHooks::returnsDeletedObject() const
{
    return false;
}

bool KindHooks::allowCreateOnUpdate() const
{
    return false;
}

bool KindHooks::allowUnconditionalUpdate() const
{
    return true;
}

QString KindHooks::defaultPropagationPolicy() const
{
    return QStringLiteral("Background");
}

QString KindHooks::nameRule() const
{
    return QStringLiteral("subdomain");
}

QStringList KindHooks::selectableFields() const
{
    return {};
}

QString KindHooks::fieldValue(const QJsonObject &object, const QString &field) const
{
    const QJsonValue v = Json::at(object, field);
    if (v.isBool()) {
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    if (v.isDouble()) {
        return QString::number(v.toInteger());
    }
    return v.toString();
}

const KindHooks &KindHooks::forType(const ResourceType &type)
{
    if (type.isCustom()) {
        return customResourceHooks();
    }
    return builtinHooks(type.storageKey());
}

static const QString Subdomain = QStringLiteral("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
static const QString Label = QStringLiteral("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
static const QString Dns1035 = QStringLiteral("[a-z]([-a-z0-9]*[a-z0-9])?");

QString nameRuleError(const QString &rule, const QString &name)
{
    if (rule == QLatin1String("path")) {
        if (name == QLatin1String(".") || name == QLatin1String("..")) {
            return QStringLiteral("may not be '%1'").arg(name);
        }
        if (name.contains(u'/')) {
            return QStringLiteral("may not contain '/'");
        }
        if (name.contains(u'%')) {
            return QStringLiteral("may not contain '%'");
        }
        return {};
    }
    if (rule == QLatin1String("label")) {
        static const QRegularExpression re(u'^' + Label + u'$');
        if (name.size() > 63) {
            return QStringLiteral("must be no more than 63 characters");
        }
        if (!re.match(name).hasMatch()) {
            return QStringLiteral("a lowercase RFC 1123 label must consist of lower case alphanumeric characters or "
                                  "'-', and must start and end with an alphanumeric character (e.g. 'my-name',  or "
                                  "'123-abc', regex used for validation is '%1')")
                .arg(Label);
        }
        return {};
    }
    if (rule == QLatin1String("service")) {
        static const QRegularExpression re(u'^' + Dns1035 + u'$');
        if (name.size() > 63) {
            return QStringLiteral("must be no more than 63 characters");
        }
        if (!re.match(name).hasMatch()) {
            return QStringLiteral("a DNS-1035 label must consist of lower case alphanumeric characters or '-', start "
                                  "with an alphabetic character, and end with an alphanumeric character (e.g. "
                                  "'my-name',  or 'abc-123', regex used for validation is '%1')")
                .arg(Dns1035);
        }
        return {};
    }
    static const QRegularExpression re(u'^' + Subdomain + u'$');
    if (name.size() > 253) {
        return QStringLiteral("must be no more than 253 characters");
    }
    if (!re.match(name).hasMatch()) {
        return QStringLiteral("a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, "
                              "'-' or '.', and must start and end with an alphanumeric character (e.g. "
                              "'example.com', regex used for validation is '%1')")
            .arg(Subdomain);
    }
    return {};
}

QList<FieldError> validateLabels(const QJsonObject &labels, const QString &path)
{
    QList<FieldError> errors;
    static const QRegularExpression name(QStringLiteral("^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$"));
    static const QRegularExpression value(QStringLiteral("^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$"));
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        const QString key = it.key();
        const QString n = key.contains(u'/') ? key.section(u'/', 1) : key;
        const QString prefix = key.contains(u'/') ? key.section(u'/', 0, 0) : QString();
        if (n.isEmpty() || n.size() > 63 || !name.match(n).hasMatch()
            || (!prefix.isEmpty() && !nameRuleError(QStringLiteral("subdomain"), prefix).isEmpty())) {
            errors.append(FieldError::invalid(
                path, key,
                QStringLiteral("name part must consist of alphanumeric characters, '-', '_' or '.', and must start "
                               "and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or "
                               "'123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')")));
        }
        const QString v = it.value().toString();
        if (!it.value().isString() || v.size() > 63 || !value.match(v).hasMatch()) {
            errors.append(FieldError::invalid(
                path, it.value(),
                QStringLiteral("a valid label must be an empty string or consist of alphanumeric characters, '-', "
                               "'_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  "
                               "or 'my_value',  or '12345', regex used for validation is "
                               "'(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')")));
        }
    }
    return errors;
}

QList<FieldError> validateObjectMeta(const QJsonObject &object, const QString &nameRule, bool namespaced)
{
    QList<FieldError> errors;
    const QJsonObject meta = Json::meta(object);
    const QString name = meta.value(QLatin1String("name")).toString();
    if (name.isEmpty()) {
        errors.append(
            FieldError::required(QStringLiteral("metadata.name"), QStringLiteral("name or generateName is required")));
    } else {
        const QString why = nameRuleError(nameRule, name);
        if (!why.isEmpty()) {
            errors.append(FieldError::invalid(QStringLiteral("metadata.name"), name, why));
        }
    }
    if (namespaced && meta.value(QLatin1String("namespace")).toString().isEmpty()) {
        errors.append(FieldError::required(QStringLiteral("metadata.namespace")));
    } else if (!namespaced && meta.contains(QLatin1String("namespace"))
               && !meta.value(QLatin1String("namespace")).toString().isEmpty()) {
        errors.append(
            FieldError::forbidden(QStringLiteral("metadata.namespace"), QStringLiteral("not allowed on this type")));
    }
    errors += validateLabels(meta.value(QLatin1String("labels")).toObject(), QStringLiteral("metadata.labels"));
    qsizetype annotationBytes = 0;
    const QJsonObject annotations = meta.value(QLatin1String("annotations")).toObject();
    for (auto it = annotations.begin(); it != annotations.end(); ++it) {
        annotationBytes += it.key().toUtf8().size() + it.value().toString().toUtf8().size();
    }
    if (annotationBytes > 256 * 1024) {
        errors.append({FieldError::Type::TooLong,
                       QStringLiteral("metadata.annotations"),
                       QJsonValue(),
                       QStringLiteral("may not be more than 262144 bytes"),
                       {},
                       true});
    }
    return errors;
}

} // namespace Ringside::Sandbox
