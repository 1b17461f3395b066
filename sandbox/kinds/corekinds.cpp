#include "builtinkinds.h"

#include "api/jsonutil.h"
#include "api/validation.h"

#include <QHash>
#include <QJsonArray>
#include <QRandomGenerator>

namespace Ringside::Sandbox {

const KindHooks &podHooks();
const KindHooks &deploymentHooks();
const KindHooks &statefulSetHooks();
const KindHooks &serviceHooks();

namespace {

void setDefault(QJsonObject &o, const char *key, const QJsonValue &value)
{
    if (!o.contains(QLatin1String(key))) {
        o.insert(QLatin1String(key), value);
    }
}

class GenericHooks : public KindHooks
{
};

class NamespaceHooks : public KindHooks
{
public:
    void applyDefaults(QJsonObject &ns) const override
    {
        QJsonObject meta = Json::meta(ns);
        QJsonObject labels = meta.value(QLatin1String("labels")).toObject();
        if (!meta.value(QLatin1String("name")).toString().isEmpty()) {
            labels.insert(QLatin1String("kubernetes.io/metadata.name"), meta.value(QLatin1String("name")));
            meta.insert(QLatin1String("labels"), labels);
            ns.insert(QLatin1String("metadata"), meta);
        }
    }
    void prepareForCreate(QJsonObject &ns) const override
    {
        ns.insert(QLatin1String("spec"),
                  QJsonObject{{QLatin1String("finalizers"), QJsonArray{QLatin1String("kubernetes")}}});
        ns.insert(QLatin1String("status"), QJsonObject{{QLatin1String("phase"), QLatin1String("Active")}});
    }
    void prepareForUpdate(QJsonObject &ns, const QJsonObject &old) const override
    {
        // spec.finalizers only change through /finalize; the phase is the server's.
        ns.insert(QLatin1String("spec"), old.value(QLatin1String("spec")));
    }
    QString nameRule() const override { return QStringLiteral("label"); }
    bool returnsDeletedObject() const override { return true; }
    QStringList selectableFields() const override { return {QStringLiteral("status.phase")}; }
};

class SecretHooks : public KindHooks
{
public:
    void applyDefaults(QJsonObject &secret) const override
    {
        setDefault(secret, "type", QStringLiteral("Opaque"));
        // stringData is write-only: merged into data (base64) and dropped.
        const QJsonObject stringData = secret.value(QLatin1String("stringData")).toObject();
        if (!stringData.isEmpty()) {
            QJsonObject data = secret.value(QLatin1String("data")).toObject();
            for (auto it = stringData.begin(); it != stringData.end(); ++it) {
                data.insert(it.key(), QString::fromLatin1(it.value().toString().toUtf8().toBase64()));
            }
            secret.insert(QLatin1String("data"), data);
        }
        secret.remove(QLatin1String("stringData"));
    }
    QList<FieldError> validate(const QJsonObject &secret) const override
    {
        QList<FieldError> errors;
        const QJsonObject data = secret.value(QLatin1String("data")).toObject();
        qsizetype total = 0;
        for (auto it = data.begin(); it != data.end(); ++it) {
            const auto decoded = QByteArray::fromBase64Encoding(it.value().toString().toLatin1(),
                                                                QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded) {
                errors.append(FieldError::invalid(QStringLiteral("data[%1]").arg(it.key()),
                                                  QStringLiteral("<secret contents redacted>"),
                                                  QStringLiteral("illegal base64 data")));
            }
            total += decoded.decoded.size();
        }
        if (total > 1024 * 1024) {
            errors.append({FieldError::Type::TooLong,
                           QStringLiteral("data"),
                           QJsonValue(),
                           QStringLiteral("may not be more than 1048576 bytes"),
                           {},
                           true,
                           {}});
        }
        return errors;
    }
    QList<FieldError> validateUpdate(const QJsonObject &secret, const QJsonObject &old) const override
    {
        QList<FieldError> errors;
        if (old.value(QLatin1String("immutable")).toBool()) {
            if (secret.value(QLatin1String("data")) != old.value(QLatin1String("data"))) {
                errors.append(FieldError::forbidden(QStringLiteral("data"),
                                                    QStringLiteral("field is immutable when `immutable` is set")));
            }
            if (!secret.value(QLatin1String("immutable")).toBool()) {
                errors.append(FieldError::forbidden(QStringLiteral("immutable"),
                                                    QStringLiteral("field is immutable when `immutable` is set")));
            }
        }
        if (secret.value(QLatin1String("type")) != old.value(QLatin1String("type"))) {
            errors.append(FieldError::invalid(QStringLiteral("type"), secret.value(QLatin1String("type")),
                                              QStringLiteral("field is immutable")));
        }
        return errors;
    }
    QStringList selectableFields() const override { return {QStringLiteral("type")}; }
};

class ConfigMapHooks : public KindHooks
{
public:
    QList<FieldError> validateUpdate(const QJsonObject &cm, const QJsonObject &old) const override
    {
        QList<FieldError> errors;
        if (old.value(QLatin1String("immutable")).toBool()) {
            for (const char *field : {"data", "binaryData"}) {
                if (cm.value(QLatin1String(field)) != old.value(QLatin1String(field))) {
                    errors.append(FieldError::forbidden(QLatin1String(field),
                                                        QStringLiteral("field is immutable when `immutable` is set")));
                }
            }
        }
        return errors;
    }
};

class EventHooks : public KindHooks
{
public:
    bool allowCreateOnUpdate() const override { return true; }
    QStringList selectableFields() const override
    {
        return {QStringLiteral("involvedObject.kind"),
                QStringLiteral("involvedObject.namespace"),
                QStringLiteral("involvedObject.name"),
                QStringLiteral("involvedObject.uid"),
                QStringLiteral("involvedObject.apiVersion"),
                QStringLiteral("involvedObject.resourceVersion"),
                QStringLiteral("involvedObject.fieldPath"),
                QStringLiteral("reason"),
                QStringLiteral("reportingComponent"),
                QStringLiteral("source"),
                QStringLiteral("type")};
    }
    QString fieldValue(const QJsonObject &e, const QString &field) const override
    {
        if (field == QLatin1String("source")) {
            return Json::at(e, u"source.component").toString();
        }
        return KindHooks::fieldValue(e, field);
    }
};

class EndpointsHooks : public KindHooks
{
public:
    bool allowCreateOnUpdate() const override { return true; }
};

class NodeHooks : public KindHooks
{
public:
    QStringList selectableFields() const override { return {QStringLiteral("spec.unschedulable")}; }
    QString fieldValue(const QJsonObject &node, const QString &field) const override
    {
        return Json::at(node, field).toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
};

class ClaimHooks : public KindHooks
{
public:
    void applyDefaults(QJsonObject &pvc) const override
    {
        QJsonObject spec = pvc.value(QLatin1String("spec")).toObject();
        setDefault(spec, "volumeMode", QStringLiteral("Filesystem"));
        pvc.insert(QLatin1String("spec"), spec);
    }
    void prepareForCreate(QJsonObject &pvc) const override
    {
        pvc.insert(QLatin1String("status"), QJsonObject{{QLatin1String("phase"), QLatin1String("Pending")}});
    }
    QList<FieldError> validate(const QJsonObject &pvc) const override
    {
        QList<FieldError> errors;
        const QJsonObject spec = pvc.value(QLatin1String("spec")).toObject();
        if (spec.value(QLatin1String("accessModes")).toArray().isEmpty()) {
            errors.append(FieldError::required(QStringLiteral("spec.accessModes"),
                                               QStringLiteral("at least 1 access mode is required")));
        }
        if (!Json::at(pvc, u"spec.resources.requests").toObject().contains(QLatin1String("storage"))) {
            errors.append(FieldError::required(QStringLiteral("spec.resources[storage]")));
        }
        return errors;
    }
    QList<FieldError> validateUpdate(const QJsonObject &pvc, const QJsonObject &old) const override
    {
        QJsonObject a = pvc.value(QLatin1String("spec")).toObject();
        QJsonObject b = old.value(QLatin1String("spec")).toObject();
        for (QJsonObject *s : {&a, &b}) {
            s->remove(QLatin1String("resources"));
            s->remove(QLatin1String("volumeAttributesClassName"));
        }
        // volumeName may be set once (binding).
        if (b.value(QLatin1String("volumeName")).toString().isEmpty()) {
            a.remove(QLatin1String("volumeName"));
            b.remove(QLatin1String("volumeName"));
        }
        if (a != b) {
            return {FieldError::forbidden(
                QStringLiteral("spec"), QStringLiteral("spec is immutable after creation except resources.requests and "
                                                       "volumeAttributesClassName for bound claims"))};
        }
        return {};
    }
};

class VolumeHooks : public KindHooks
{
public:
    void applyDefaults(QJsonObject &pv) const override
    {
        QJsonObject spec = pv.value(QLatin1String("spec")).toObject();
        setDefault(spec, "persistentVolumeReclaimPolicy", QStringLiteral("Retain"));
        setDefault(spec, "volumeMode", QStringLiteral("Filesystem"));
        pv.insert(QLatin1String("spec"), spec);
    }
    void prepareForCreate(QJsonObject &pv) const override
    {
        pv.insert(QLatin1String("status"), QJsonObject{{QLatin1String("phase"), QLatin1String("Pending")}});
    }
};

class StorageClassHooks : public KindHooks
{
public:
    void applyDefaults(QJsonObject &sc) const override
    {
        setDefault(sc, "reclaimPolicy", QStringLiteral("Delete"));
        setDefault(sc, "volumeBindingMode", QStringLiteral("Immediate"));
    }
    QList<FieldError> validate(const QJsonObject &sc) const override
    {
        if (sc.value(QLatin1String("provisioner")).toString().isEmpty()) {
            return {FieldError::required(QStringLiteral("provisioner"))};
        }
        return {};
    }
    QList<FieldError> validateUpdate(const QJsonObject &sc, const QJsonObject &old) const override
    {
        QList<FieldError> errors;
        if (sc.value(QLatin1String("parameters")) != old.value(QLatin1String("parameters"))) {
            errors.append(FieldError::forbidden(QStringLiteral("parameters"),
                                                QStringLiteral("updates to parameters are forbidden.")));
        }
        if (sc.value(QLatin1String("provisioner")) != old.value(QLatin1String("provisioner"))) {
            errors.append(FieldError::forbidden(QStringLiteral("provisioner"),
                                                QStringLiteral("updates to provisioner are forbidden.")));
        }
        return errors;
    }
};

class CrdHooks : public KindHooks
{
public:
    void prepareForCreate(QJsonObject &crd) const override
    {
        QJsonArray finalizers = Json::meta(crd).value(QLatin1String("finalizers")).toArray();
        if (!finalizers.contains(QJsonValue(QLatin1String("customresourcecleanup.apiextensions.k8s.io")))) {
            finalizers.append(QLatin1String("customresourcecleanup.apiextensions.k8s.io"));
        }
        Json::setMeta(crd, QLatin1String("finalizers"), finalizers);
        crd.insert(QLatin1String("status"),
                   QJsonObject{{QLatin1String("acceptedNames"),
                                QJsonObject{{QLatin1String("kind"), QString()}, {QLatin1String("plural"), QString()}}},
                               {QLatin1String("storedVersions"), QJsonArray()}});
    }
    void applyDefaults(QJsonObject &crd) const override
    {
        QJsonObject spec = crd.value(QLatin1String("spec")).toObject();
        QJsonObject names = spec.value(QLatin1String("names")).toObject();
        if (!names.contains(QLatin1String("singular")) && names.contains(QLatin1String("kind"))) {
            names.insert(QLatin1String("singular"), names.value(QLatin1String("kind")).toString().toLower());
        }
        if (!names.contains(QLatin1String("listKind")) && names.contains(QLatin1String("kind"))) {
            names.insert(QLatin1String("listKind"),
                         QString(names.value(QLatin1String("kind")).toString() + QLatin1String("List")));
        }
        spec.insert(QLatin1String("names"), names);
        QJsonObject conversion = spec.value(QLatin1String("conversion")).toObject();
        setDefault(conversion, "strategy", QStringLiteral("None"));
        spec.insert(QLatin1String("conversion"), conversion);
        crd.insert(QLatin1String("spec"), spec);
    }
    QList<FieldError> validate(const QJsonObject &crd) const override
    {
        QList<FieldError> errors;
        const QJsonObject spec = crd.value(QLatin1String("spec")).toObject();
        const QString group = spec.value(QLatin1String("group")).toString();
        const QJsonObject names = spec.value(QLatin1String("names")).toObject();
        const QString plural = names.value(QLatin1String("plural")).toString();
        const QString name = Json::name(crd);
        if (name != plural + u'.' + group) {
            errors.append(FieldError::invalid(QStringLiteral("metadata.name"), name,
                                              QStringLiteral("must be spec.names.plural+\".\"+spec.group")));
        }
        if (group.isEmpty()) {
            errors.append(FieldError::required(QStringLiteral("spec.group")));
        } else if (!group.contains(u'.')) {
            errors.append(FieldError::invalid(QStringLiteral("spec.group"), group,
                                              QStringLiteral("should be a domain with at least one dot")));
        }
        const QString scope = spec.value(QLatin1String("scope")).toString();
        if (scope != QLatin1String("Namespaced") && scope != QLatin1String("Cluster")) {
            errors.append(FieldError::notSupported(QStringLiteral("spec.scope"), scope,
                                                   {QStringLiteral("Cluster"), QStringLiteral("Namespaced")}));
        }
        if (names.value(QLatin1String("kind")).toString().isEmpty()) {
            errors.append(FieldError::required(QStringLiteral("spec.names.kind")));
        }
        if (plural.isEmpty()) {
            errors.append(FieldError::required(QStringLiteral("spec.names.plural")));
        } else if (!nameRuleError(QStringLiteral("label"), plural).isEmpty()) {
            errors.append(FieldError::invalid(QStringLiteral("spec.names.plural"), plural,
                                              nameRuleError(QStringLiteral("label"), plural)));
        }
        const QJsonArray versions = spec.value(QLatin1String("versions")).toArray();
        int storage = 0;
        for (const QJsonValue &v : versions) {
            storage += v.toObject().value(QLatin1String("storage")).toBool() ? 1 : 0;
        }
        if (versions.isEmpty()) {
            errors.append(
                FieldError::invalid(QStringLiteral("spec.versions"), QJsonArray(),
                                    QStringLiteral("must have exactly one version marked as storage version")));
        } else if (storage != 1) {
            errors.append(
                FieldError::invalid(QStringLiteral("spec.versions"), versions,
                                    QStringLiteral("must have exactly one version marked as storage version")));
        }
        return errors;
    }
    QList<FieldError> validateUpdate(const QJsonObject &crd, const QJsonObject &old) const override
    {
        QList<FieldError> errors;
        for (const char *path : {"spec.group", "spec.names.plural"}) {
            const QString p = QLatin1String(path);
            if (Json::at(crd, p) != Json::at(old, p)) {
                errors.append(FieldError::invalid(p, Json::at(crd, p), QStringLiteral("field is immutable")));
            }
        }
        return errors;
    }
    bool tracksGeneration() const override { return true; }
};

class CustomHooks : public KindHooks
{
public:
    bool tracksGeneration() const override { return true; }
    bool returnsDeletedObject() const override { return true; }
    bool allowUnconditionalUpdate() const override { return false; }
    QString nameRule() const override { return QStringLiteral("path"); }
};

} // namespace

const KindHooks &customResourceHooks()
{
    static const CustomHooks hooks;
    return hooks;
}

const KindHooks &builtinHooks(const QString &storageKey)
{
    static const GenericHooks generic;
    static const NamespaceHooks namespaces;
    static const SecretHooks secrets;
    static const ConfigMapHooks configMaps;
    static const EventHooks events;
    static const EndpointsHooks endpoints;
    static const NodeHooks nodes;
    static const ClaimHooks claims;
    static const VolumeHooks volumes;
    static const StorageClassHooks storageClasses;
    static const CrdHooks crds;
    static const QHash<QString, const KindHooks *> byKey = {
        {QStringLiteral("/namespaces"), &namespaces},
        {QStringLiteral("/secrets"), &secrets},
        {QStringLiteral("/configmaps"), &configMaps},
        {QStringLiteral("/events"), &events},
        {QStringLiteral("/endpoints"), &endpoints},
        {QStringLiteral("/nodes"), &nodes},
        {QStringLiteral("/persistentvolumeclaims"), &claims},
        {QStringLiteral("/persistentvolumes"), &volumes},
        {QStringLiteral("storage.k8s.io/storageclasses"), &storageClasses},
        {QStringLiteral("apiextensions.k8s.io/customresourcedefinitions"), &crds},
        {QStringLiteral("/pods"), &podHooks()},
        {QStringLiteral("/services"), &serviceHooks()},
        {QStringLiteral("apps/deployments"), &deploymentHooks()},
        {QStringLiteral("apps/statefulsets"), &statefulSetHooks()},
    };
    return *byKey.value(storageKey, &generic);
}

} // namespace Ringside::Sandbox
