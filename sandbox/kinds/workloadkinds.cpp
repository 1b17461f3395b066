#include "builtinkinds.h"

#include "api/jsonutil.h"
#include "api/validation.h"
#include "store/selectors.h"

#include <QJsonArray>

namespace Ringside::Sandbox {

namespace {

void setDefault(QJsonObject &o, const char *key, const QJsonValue &value)
{
    if (!o.contains(QLatin1String(key))) {
        o.insert(QLatin1String(key), value);
    }
}

QString goMapLiteral(const QJsonObject &labels)
{
    QStringList parts;
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        parts.append(u'"' + it.key() + QLatin1String("\":\"") + it.value().toString() + u'"');
    }
    return QLatin1String("map[string]string{") + parts.join(QLatin1String(", ")) + u'}';
}

void defaultTemplate(QJsonObject &spec)
{
    QJsonObject tpl = spec.value(QLatin1String("template")).toObject();
    QJsonObject podSpec = tpl.value(QLatin1String("spec")).toObject();
    applyPodSpecDefaults(podSpec);
    tpl.insert(QLatin1String("spec"), podSpec);
    spec.insert(QLatin1String("template"), tpl);
}

// Selector present, template labels matching it, and a valid pod template.
QList<FieldError> validateWorkload(const QJsonObject &object)
{
    QList<FieldError> errors;
    const QJsonObject spec = object.value(QLatin1String("spec")).toObject();
    const QJsonObject tpl = spec.value(QLatin1String("template")).toObject();
    const QJsonObject labels
        = tpl.value(QLatin1String("metadata")).toObject().value(QLatin1String("labels")).toObject();
    if (!spec.contains(QLatin1String("selector"))) {
        errors.append(FieldError::required(QStringLiteral("spec.selector")));
    } else {
        QString why;
        const auto selector = LabelSelector::fromObject(spec.value(QLatin1String("selector")).toObject(), &why);
        if (!selector) {
            errors.append(
                FieldError::invalid(QStringLiteral("spec.selector"), spec.value(QLatin1String("selector")), why));
        } else if (selector->isEmpty()) {
            errors.append(FieldError::invalid(QStringLiteral("spec.selector"), spec.value(QLatin1String("selector")),
                                              QStringLiteral("empty selector is invalid for deployment")));
        } else if (!selector->matches(labels)) {
            FieldError e = FieldError::invalid(QStringLiteral("spec.template.metadata.labels"), QJsonValue(),
                                               QStringLiteral("`selector` does not match template `labels`"));
            e.valueText = goMapLiteral(labels);
            errors.append(e);
        }
    }
    errors += validateLabels(labels, QStringLiteral("spec.template.metadata.labels"));
    if (spec.value(QLatin1String("replicas")).toInteger() < 0) {
        errors.append(FieldError::invalid(QStringLiteral("spec.replicas"), spec.value(QLatin1String("replicas")),
                                          QStringLiteral("must be greater than or equal to 0")));
    }
    errors += validatePodSpec(tpl.value(QLatin1String("spec")).toObject(), QStringLiteral("spec.template.spec"));
    const QString restart
        = tpl.value(QLatin1String("spec")).toObject().value(QLatin1String("restartPolicy")).toString();
    if (!restart.isEmpty() && restart != QLatin1String("Always")) {
        errors.append(FieldError::notSupported(QStringLiteral("spec.template.spec.restartPolicy"), restart,
                                               {QStringLiteral("Always")}));
    }
    return errors;
}

QList<FieldError> selectorImmutable(const QJsonObject &object, const QJsonObject &old)
{
    const QJsonValue a = Json::at(object, u"spec.selector");
    const QJsonValue b = Json::at(old, u"spec.selector");
    if (a != b) {
        return {FieldError::invalid(QStringLiteral("spec.selector"), a, QStringLiteral("field is immutable"))};
    }
    return {};
}

class DeploymentHooks : public KindHooks
{
public:
    void applyDefaults(QJsonObject &d) const override
    {
        QJsonObject spec = d.value(QLatin1String("spec")).toObject();
        setDefault(spec, "replicas", 1);
        QJsonObject strategy = spec.value(QLatin1String("strategy")).toObject();
        setDefault(strategy, "type", QStringLiteral("RollingUpdate"));
        if (strategy.value(QLatin1String("type")).toString() == QLatin1String("RollingUpdate")) {
            QJsonObject ru = strategy.value(QLatin1String("rollingUpdate")).toObject();
            setDefault(ru, "maxUnavailable", QStringLiteral("25%"));
            setDefault(ru, "maxSurge", QStringLiteral("25%"));
            strategy.insert(QLatin1String("rollingUpdate"), ru);
        }
        spec.insert(QLatin1String("strategy"), strategy);
        setDefault(spec, "revisionHistoryLimit", 10);
        setDefault(spec, "progressDeadlineSeconds", 600);
        defaultTemplate(spec);
        d.insert(QLatin1String("spec"), spec);
    }
    void prepareForCreate(QJsonObject &d) const override { d.remove(QLatin1String("status")); }
    QList<FieldError> validate(const QJsonObject &d) const override
    {
        QList<FieldError> errors = validateWorkload(d);
        const QString type = Json::at(d, u"spec.strategy.type").toString();
        if (type != QLatin1String("RollingUpdate") && type != QLatin1String("Recreate")) {
            errors.append(FieldError::notSupported(QStringLiteral("spec.strategy.type"), type,
                                                   {QStringLiteral("Recreate"), QStringLiteral("RollingUpdate")}));
        }
        return errors;
    }
    QList<FieldError> validateUpdate(const QJsonObject &d, const QJsonObject &old) const override
    {
        return selectorImmutable(d, old);
    }
    bool tracksGeneration() const override { return true; }
};

class StatefulSetHooks : public KindHooks
{
public:
    void applyDefaults(QJsonObject &s) const override
    {
        QJsonObject spec = s.value(QLatin1String("spec")).toObject();
        setDefault(spec, "replicas", 1);
        setDefault(spec, "podManagementPolicy", QStringLiteral("OrderedReady"));
        QJsonObject strategy = spec.value(QLatin1String("updateStrategy")).toObject();
        setDefault(strategy, "type", QStringLiteral("RollingUpdate"));
        if (strategy.value(QLatin1String("type")).toString() == QLatin1String("RollingUpdate")) {
            QJsonObject ru = strategy.value(QLatin1String("rollingUpdate")).toObject();
            setDefault(ru, "partition", 0);
            strategy.insert(QLatin1String("rollingUpdate"), ru);
        }
        spec.insert(QLatin1String("updateStrategy"), strategy);
        setDefault(spec, "revisionHistoryLimit", 10);
        QJsonObject retention = spec.value(QLatin1String("persistentVolumeClaimRetentionPolicy")).toObject();
        setDefault(retention, "whenDeleted", QStringLiteral("Retain"));
        setDefault(retention, "whenScaled", QStringLiteral("Retain"));
        spec.insert(QLatin1String("persistentVolumeClaimRetentionPolicy"), retention);
        QJsonArray claims = spec.value(QLatin1String("volumeClaimTemplates")).toArray();
        for (qsizetype i = 0; i < claims.size(); ++i) {
            QJsonObject claim = claims.at(i).toObject();
            setDefault(claim, "apiVersion", QStringLiteral("v1"));
            setDefault(claim, "kind", QStringLiteral("PersistentVolumeClaim"));
            QJsonObject cs = claim.value(QLatin1String("spec")).toObject();
            setDefault(cs, "volumeMode", QStringLiteral("Filesystem"));
            claim.insert(QLatin1String("spec"), cs);
            setDefault(claim, "status", QJsonObject{{QLatin1String("phase"), QLatin1String("Pending")}});
            claims.replace(i, claim);
        }
        if (spec.contains(QLatin1String("volumeClaimTemplates"))) {
            spec.insert(QLatin1String("volumeClaimTemplates"), claims);
        }
        defaultTemplate(spec);
        s.insert(QLatin1String("spec"), spec);
    }
    void prepareForCreate(QJsonObject &s) const override { s.remove(QLatin1String("status")); }
    QList<FieldError> validate(const QJsonObject &s) const override
    {
        QList<FieldError> errors = validateWorkload(s);
        const QString policy = Json::at(s, u"spec.podManagementPolicy").toString();
        if (policy != QLatin1String("OrderedReady") && policy != QLatin1String("Parallel")) {
            errors.append(FieldError::notSupported(QStringLiteral("spec.podManagementPolicy"), policy,
                                                   {QStringLiteral("OrderedReady"), QStringLiteral("Parallel")}));
        }
        return errors;
    }
    QList<FieldError> validateUpdate(const QJsonObject &s, const QJsonObject &old) const override
    {
        QJsonObject a = s.value(QLatin1String("spec")).toObject();
        QJsonObject b = old.value(QLatin1String("spec")).toObject();
        for (QJsonObject *spec : {&a, &b}) {
            for (const char *mutableField : {"replicas", "ordinals", "template", "updateStrategy",
                                             "persistentVolumeClaimRetentionPolicy", "minReadySeconds"}) {
                spec->remove(QLatin1String(mutableField));
            }
        }
        if (a != b) {
            return {FieldError::forbidden(
                QStringLiteral("spec"), QStringLiteral("updates to statefulset spec for fields other than 'replicas', "
                                                       "'ordinals', 'template', 'updateStrategy', "
                                                       "'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' "
                                                       "are forbidden"))};
        }
        return {};
    }
    bool tracksGeneration() const override { return true; }
};

} // namespace

const KindHooks &deploymentHooks()
{
    static const DeploymentHooks hooks;
    return hooks;
}

const KindHooks &statefulSetHooks()
{
    static const StatefulSetHooks hooks;
    return hooks;
}

} // namespace Ringside::Sandbox
