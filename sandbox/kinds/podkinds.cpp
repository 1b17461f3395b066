#include "builtinkinds.h"

#include "api/jsonutil.h"
#include "api/validation.h"

#include <QJsonArray>
#include <QSet>

namespace Ringside::Sandbox {

namespace {

QString imagePullPolicyFor(const QString &image)
{
    const QString last = image.section(u'/', -1);
    if (image.contains(u'@')) {
        return QStringLiteral("IfNotPresent");
    }
    const qsizetype colon = last.lastIndexOf(u':');
    if (colon < 0 || last.mid(colon + 1) == QLatin1String("latest")) {
        return QStringLiteral("Always");
    }
    return QStringLiteral("IfNotPresent");
}

void defaultContainers(QJsonObject &spec, QLatin1String field)
{
    if (!spec.contains(field)) {
        return;
    }
    QJsonArray containers = spec.value(field).toArray();
    for (qsizetype i = 0; i < containers.size(); ++i) {
        QJsonObject c = containers.at(i).toObject();
        if (!c.contains(QLatin1String("terminationMessagePath"))) {
            c.insert(QLatin1String("terminationMessagePath"), QLatin1String("/dev/termination-log"));
        }
        if (!c.contains(QLatin1String("terminationMessagePolicy"))) {
            c.insert(QLatin1String("terminationMessagePolicy"), QLatin1String("File"));
        }
        if (!c.contains(QLatin1String("imagePullPolicy"))) {
            c.insert(QLatin1String("imagePullPolicy"), imagePullPolicyFor(c.value(QLatin1String("image")).toString()));
        }
        if (!c.contains(QLatin1String("resources"))) {
            c.insert(QLatin1String("resources"), QJsonObject());
        }
        if (c.contains(QLatin1String("ports"))) {
            QJsonArray ports = c.value(QLatin1String("ports")).toArray();
            for (qsizetype p = 0; p < ports.size(); ++p) {
                QJsonObject port = ports.at(p).toObject();
                if (!port.contains(QLatin1String("protocol"))) {
                    port.insert(QLatin1String("protocol"), QLatin1String("TCP"));
                }
                ports.replace(p, port);
            }
            c.insert(QLatin1String("ports"), ports);
        }
        containers.replace(i, c);
    }
    spec.insert(field, containers);
}

void setDefault(QJsonObject &o, const char *key, const QJsonValue &value)
{
    if (!o.contains(QLatin1String(key))) {
        o.insert(QLatin1String(key), value);
    }
}

QString qosClass(const QJsonObject &spec)
{
    bool any = false;
    bool guaranteed = true;
    for (const char *field : {"initContainers", "containers"}) {
        for (const QJsonValue &cv : spec.value(QLatin1String(field)).toArray()) {
            const QJsonObject res = cv.toObject().value(QLatin1String("resources")).toObject();
            const QJsonObject req = res.value(QLatin1String("requests")).toObject();
            const QJsonObject lim = res.value(QLatin1String("limits")).toObject();
            if (!req.isEmpty() || !lim.isEmpty()) {
                any = true;
            }
            for (const char *r : {"cpu", "memory"}) {
                const QJsonValue l = lim.value(QLatin1String(r));
                const QJsonValue q = req.contains(QLatin1String(r)) ? req.value(QLatin1String(r)) : l;
                if (l.isUndefined() || l != q) {
                    guaranteed = false;
                }
            }
        }
    }
    if (!any) {
        return QStringLiteral("BestEffort");
    }
    return guaranteed ? QStringLiteral("Guaranteed") : QStringLiteral("Burstable");
}

QList<FieldError> validateContainers(const QJsonObject &spec, const QString &field, const QString &path, bool required,
                                     QSet<QString> &names)
{
    QList<FieldError> errors;
    const QString fieldPath = joinPath(path, field);
    const QJsonArray containers = spec.value(field).toArray();
    if (required && containers.isEmpty()) {
        errors.append(FieldError::required(fieldPath));
        return errors;
    }
    for (qsizetype i = 0; i < containers.size(); ++i) {
        const QJsonObject c = containers.at(i).toObject();
        const QString cp = indexPath(fieldPath, i);
        const QString name = c.value(QLatin1String("name")).toString();
        if (name.isEmpty()) {
            errors.append(FieldError::required(joinPath(cp, QStringLiteral("name"))));
        } else {
            const QString why = nameRuleError(QStringLiteral("label"), name);
            if (!why.isEmpty()) {
                errors.append(FieldError::invalid(joinPath(cp, QStringLiteral("name")), name, why));
            } else if (names.contains(name)) {
                errors.append(FieldError::duplicate(joinPath(cp, QStringLiteral("name")), name));
            }
            names.insert(name);
        }
        if (c.value(QLatin1String("image")).toString().trimmed().isEmpty()) {
            errors.append(FieldError::required(joinPath(cp, QStringLiteral("image"))));
        }
        const QString pull = c.value(QLatin1String("imagePullPolicy")).toString();
        if (!pull.isEmpty() && pull != QLatin1String("Always") && pull != QLatin1String("IfNotPresent")
            && pull != QLatin1String("Never")) {
            errors.append(FieldError::notSupported(
                joinPath(cp, QStringLiteral("imagePullPolicy")), pull,
                {QStringLiteral("Always"), QStringLiteral("IfNotPresent"), QStringLiteral("Never")}));
        }
        const QJsonArray ports = c.value(QLatin1String("ports")).toArray();
        for (qsizetype p = 0; p < ports.size(); ++p) {
            const QJsonObject port = ports.at(p).toObject();
            const QString pp = indexPath(joinPath(cp, QStringLiteral("ports")), p);
            const qint64 n = port.value(QLatin1String("containerPort")).toInteger();
            if (n < 1 || n > 65535) {
                errors.append(port.contains(QLatin1String("containerPort"))
                                  ? FieldError::invalid(joinPath(pp, QStringLiteral("containerPort")), n,
                                                        QStringLiteral("must be between 1 and 65535, inclusive"))
                                  : FieldError::required(joinPath(pp, QStringLiteral("containerPort"))));
            }
        }
        QSet<QString> env;
        const QJsonArray envs = c.value(QLatin1String("env")).toArray();
        for (qsizetype e = 0; e < envs.size(); ++e) {
            if (envs.at(e).toObject().value(QLatin1String("name")).toString().isEmpty()) {
                errors.append(FieldError::required(
                    joinPath(indexPath(joinPath(cp, QStringLiteral("env")), e), QStringLiteral("name"))));
            }
        }
    }
    return errors;
}

class PodHooks : public KindHooks
{
public:
    void applyDefaults(QJsonObject &pod) const override
    {
        QJsonObject spec = pod.value(QLatin1String("spec")).toObject();
        applyPodSpecDefaults(spec);
        setDefault(spec, "enableServiceLinks", true);
        setDefault(spec, "priority", 0);
        setDefault(spec, "preemptionPolicy", QStringLiteral("PreemptLowerPriority"));
        if (!spec.contains(QLatin1String("serviceAccountName"))) {
            spec.insert(QLatin1String("serviceAccountName"),
                        spec.value(QLatin1String("serviceAccount")).toString(QStringLiteral("default")));
        }
        setDefault(spec, "serviceAccount", spec.value(QLatin1String("serviceAccountName")));
        if (!spec.contains(QLatin1String("tolerations"))) {
            QJsonArray tolerations;
            for (const char *key : {"node.kubernetes.io/not-ready", "node.kubernetes.io/unreachable"}) {
                tolerations.append(QJsonObject{{QLatin1String("key"), QLatin1String(key)},
                                               {QLatin1String("operator"), QLatin1String("Exists")},
                                               {QLatin1String("effect"), QLatin1String("NoExecute")},
                                               {QLatin1String("tolerationSeconds"), 300}});
            }
            spec.insert(QLatin1String("tolerations"), tolerations);
        }
        pod.insert(QLatin1String("spec"), spec);
    }
    void prepareForCreate(QJsonObject &pod) const override
    {
        const QJsonObject spec = pod.value(QLatin1String("spec")).toObject();
        pod.insert(QLatin1String("status"), QJsonObject{{QLatin1String("phase"), QLatin1String("Pending")},
                                                        {QLatin1String("qosClass"), qosClass(spec)}});
    }
    QList<FieldError> validate(const QJsonObject &pod) const override
    {
        return validatePodSpec(pod.value(QLatin1String("spec")).toObject(), QStringLiteral("spec"));
    }
    QList<FieldError> validateUpdate(const QJsonObject &pod, const QJsonObject &old) const override
    {
        // Only images, activeDeadlineSeconds, added tolerations and terminationGracePeriodSeconds may change.
        QJsonObject a = pod.value(QLatin1String("spec")).toObject();
        QJsonObject b = old.value(QLatin1String("spec")).toObject();
        for (QJsonObject *s : {&a, &b}) {
            for (const char *field : {"containers", "initContainers"}) {
                QJsonArray list = s->value(QLatin1String(field)).toArray();
                for (qsizetype i = 0; i < list.size(); ++i) {
                    QJsonObject c = list.at(i).toObject();
                    c.remove(QLatin1String("image"));
                    list.replace(i, c);
                }
                if (s->contains(QLatin1String(field))) {
                    s->insert(QLatin1String(field), list);
                }
            }
            s->remove(QLatin1String("activeDeadlineSeconds"));
            s->remove(QLatin1String("terminationGracePeriodSeconds"));
            s->remove(QLatin1String("tolerations"));
        }
        QList<FieldError> errors;
        if (a != b) {
            errors.append(FieldError::forbidden(
                QStringLiteral("spec"),
                QStringLiteral("pod updates may not change fields other than `spec.containers[*].image`,"
                               "`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` "
                               "(only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow "
                               "it to be set to 1 if it was previously negative)")));
        }
        const QJsonArray oldTolerations
            = old.value(QLatin1String("spec")).toObject().value(QLatin1String("tolerations")).toArray();
        const QJsonArray newTolerations
            = pod.value(QLatin1String("spec")).toObject().value(QLatin1String("tolerations")).toArray();
        for (const QJsonValue &t : oldTolerations) {
            if (!newTolerations.contains(t)) {
                errors.append(FieldError::forbidden(
                    QStringLiteral("spec.tolerations"),
                    QStringLiteral("existing toleration can not be modified except its tolerationSeconds")));
                break;
            }
        }
        return errors;
    }
    bool returnsDeletedObject() const override { return true; }
    QStringList selectableFields() const override
    {
        return {QStringLiteral("spec.nodeName"),      QStringLiteral("spec.restartPolicy"),
                QStringLiteral("spec.schedulerName"), QStringLiteral("spec.serviceAccountName"),
                QStringLiteral("spec.hostNetwork"),   QStringLiteral("status.phase"),
                QStringLiteral("status.podIP"),       QStringLiteral("status.nominatedNodeName")};
    }
    QString fieldValue(const QJsonObject &pod, const QString &field) const override
    {
        if (field == QLatin1String("spec.hostNetwork")) {
            return Json::at(pod, field).toBool() ? QStringLiteral("true") : QStringLiteral("false");
        }
        return KindHooks::fieldValue(pod, field);
    }
};

} // namespace

void applyPodSpecDefaults(QJsonObject &spec)
{
    setDefault(spec, "restartPolicy", QStringLiteral("Always"));
    setDefault(spec, "terminationGracePeriodSeconds", 30);
    setDefault(spec, "dnsPolicy", QStringLiteral("ClusterFirst"));
    setDefault(spec, "securityContext", QJsonObject());
    setDefault(spec, "schedulerName", QStringLiteral("default-scheduler"));
    defaultContainers(spec, QLatin1String("containers"));
    defaultContainers(spec, QLatin1String("initContainers"));
}

QList<FieldError> validatePodSpec(const QJsonObject &spec, const QString &path)
{
    QSet<QString> names;
    QList<FieldError> errors = validateContainers(spec, QStringLiteral("containers"), path, true, names);
    errors += validateContainers(spec, QStringLiteral("initContainers"), path, false, names);
    const QString restart = spec.value(QLatin1String("restartPolicy")).toString();
    if (!restart.isEmpty() && restart != QLatin1String("Always") && restart != QLatin1String("OnFailure")
        && restart != QLatin1String("Never")) {
        errors.append(
            FieldError::notSupported(joinPath(path, QStringLiteral("restartPolicy")), restart,
                                     {QStringLiteral("Always"), QStringLiteral("OnFailure"), QStringLiteral("Never")}));
    }
    QSet<QString> volumes;
    const QJsonArray vols = spec.value(QLatin1String("volumes")).toArray();
    for (qsizetype i = 0; i < vols.size(); ++i) {
        const QString name = vols.at(i).toObject().value(QLatin1String("name")).toString();
        const QString vp = joinPath(indexPath(joinPath(path, QStringLiteral("volumes")), i), QStringLiteral("name"));
        if (name.isEmpty()) {
            errors.append(FieldError::required(vp));
        } else if (volumes.contains(name)) {
            errors.append(FieldError::duplicate(vp, name));
        }
        volumes.insert(name);
    }
    return errors;
}

const KindHooks &podHooks()
{
    static const PodHooks hooks;
    return hooks;
}

} // namespace Ringside::Sandbox
