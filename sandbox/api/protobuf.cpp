#include "protobuf.h"

#include "jsonutil.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimeZone>

namespace Ringside::Sandbox::Protobuf {

namespace {

// Message layouts: "number:jsonName:type" with types s (string), b (bool), i (varint integer), by (bytes,
// base64 in JSON), a message name, [T] (repeated), {K,V} (map), and a trailing * for pointer fields whose zero
// value is meaningful. The name "~" inlines the message's fields into the parent (embedded Go structs).
const QHash<QString, QString> &layouts()
{
    static const QHash<QString, QString> l = {
        {QStringLiteral("Unknown"), QStringLiteral("1:typeMeta:TypeMeta 2:raw:by 3:contentEncoding:s 4:contentType:s")},
        {QStringLiteral("TypeMeta"), QStringLiteral("1:apiVersion:s 2:kind:s")},
        {QStringLiteral("ObjectMeta"),
         QStringLiteral(
             "1:name:s 2:generateName:s 3:namespace:s 4:selfLink:s 5:uid:s 6:resourceVersion:s 7:generation:i "
             "8:creationTimestamp:Time 9:deletionTimestamp:Time* 10:deletionGracePeriodSeconds:i* "
             "11:labels:{s,s} 12:annotations:{s,s} 13:ownerReferences:[OwnerReference] 14:finalizers:[s] "
             "17:managedFields:[ManagedFieldsEntry]")},
        {QStringLiteral("OwnerReference"),
         QStringLiteral("1:kind:s 3:name:s 4:uid:s 5:apiVersion:s 6:controller:b* 7:blockOwnerDeletion:b*")},
        {QStringLiteral("ManagedFieldsEntry"), QStringLiteral("1:manager:s 2:operation:s 3:apiVersion:s 4:time:Time* "
                                                              "6:fieldsType:s 7:fieldsV1:FieldsV1* 8:subresource:s")},
        {QStringLiteral("LabelSelector"),
         QStringLiteral("1:matchLabels:{s,s} 2:matchExpressions:[LabelSelectorRequirement]")},
        {QStringLiteral("LabelSelectorRequirement"), QStringLiteral("1:key:s 2:operator:s 3:values:[s]")},
        {QStringLiteral("ConfigMap"),
         QStringLiteral("1:metadata:ObjectMeta 2:data:{s,s} 3:binaryData:{s,by} 4:immutable:b*")},
        {QStringLiteral("Secret"),
         QStringLiteral("1:metadata:ObjectMeta 2:data:{s,by} 3:type:s 4:stringData:{s,s} 5:immutable:b*")},
        {QStringLiteral("Namespace"),
         QStringLiteral("1:metadata:ObjectMeta 2:spec:NamespaceSpec 3:status:NamespaceStatus")},
        {QStringLiteral("NamespaceSpec"), QStringLiteral("1:finalizers:[s]")},
        {QStringLiteral("NamespaceStatus"), QStringLiteral("1:phase:s")},
        {QStringLiteral("ServiceAccount"),
         QStringLiteral("1:metadata:ObjectMeta 2:secrets:[ObjectReference] 3:imagePullSecrets:[LocalObjectReference] "
                        "4:automountServiceAccountToken:b*")},
        {QStringLiteral("ObjectReference"),
         QStringLiteral("1:kind:s 2:namespace:s 3:name:s 4:uid:s 5:apiVersion:s 6:resourceVersion:s 7:fieldPath:s")},
        {QStringLiteral("LocalObjectReference"), QStringLiteral("1:name:s")},
        {QStringLiteral("Service"), QStringLiteral("1:metadata:ObjectMeta 2:spec:ServiceSpec 3:status:ServiceStatus")},
        {QStringLiteral("ServiceStatus"), QStringLiteral("")},
        {QStringLiteral("ServiceSpec"),
         QStringLiteral(
             "1:ports:[ServicePort] 2:selector:{s,s} 3:clusterIP:s 18:clusterIPs:[s] 4:type:s 5:externalIPs:[s] "
             "7:sessionAffinity:s 8:loadBalancerIP:s 9:loadBalancerSourceRanges:[s] 10:externalName:s "
             "11:externalTrafficPolicy:s 12:healthCheckNodePort:i 13:publishNotReadyAddresses:b "
             "19:ipFamilies:[s] 17:ipFamilyPolicy:s* 20:allocateLoadBalancerNodePorts:b* 21:loadBalancerClass:s* "
             "22:internalTrafficPolicy:s* 23:trafficDistribution:s*")},
        {QStringLiteral("ServicePort"),
         QStringLiteral("1:name:s 2:protocol:s 6:appProtocol:s* 3:port:i 4:targetPort:IntOrString 5:nodePort:i")},
        {QStringLiteral("Deployment"), QStringLiteral("1:metadata:ObjectMeta 2:spec:DeploymentSpec 3:status:Empty")},
        {QStringLiteral("DeploymentSpec"),
         QStringLiteral(
             "1:replicas:i* 2:selector:LabelSelector* 3:template:PodTemplateSpec 4:strategy:DeploymentStrategy "
             "5:minReadySeconds:i 6:revisionHistoryLimit:i* 7:paused:b 9:progressDeadlineSeconds:i*")},
        {QStringLiteral("DeploymentStrategy"), QStringLiteral("1:type:s 2:rollingUpdate:RollingUpdateDeployment*")},
        {QStringLiteral("RollingUpdateDeployment"),
         QStringLiteral("1:maxUnavailable:IntOrString* 2:maxSurge:IntOrString*")},
        {QStringLiteral("StatefulSet"), QStringLiteral("1:metadata:ObjectMeta 2:spec:StatefulSetSpec 3:status:Empty")},
        {QStringLiteral("StatefulSetSpec"),
         QStringLiteral("1:replicas:i* 2:selector:LabelSelector* 3:template:PodTemplateSpec 5:serviceName:s "
                        "6:podManagementPolicy:s "
                        "8:revisionHistoryLimit:i* 9:minReadySeconds:i")},
        {QStringLiteral("Empty"), QStringLiteral("")},
        {QStringLiteral("PodTemplateSpec"), QStringLiteral("1:metadata:ObjectMeta 2:spec:PodSpec")},
        {QStringLiteral("Pod"), QStringLiteral("1:metadata:ObjectMeta 2:spec:PodSpec 3:status:Empty")},
        {QStringLiteral("PodSpec"),
         QStringLiteral(
             "1:volumes:[Volume] 20:initContainers:[Container] 2:containers:[Container] 3:restartPolicy:s "
             "4:terminationGracePeriodSeconds:i* 5:activeDeadlineSeconds:i* 6:dnsPolicy:s 7:nodeSelector:{s,s} "
             "8:serviceAccountName:s 9:serviceAccount:s 21:automountServiceAccountToken:b* 10:nodeName:s "
             "11:hostNetwork:b 12:hostPID:b 13:hostIPC:b 27:shareProcessNamespace:b* "
             "15:imagePullSecrets:[LocalObjectReference] "
             "16:hostname:s 17:subdomain:s 19:schedulerName:s 22:tolerations:[Toleration] 24:priorityClassName:s "
             "25:priority:i* 29:runtimeClassName:s* 30:enableServiceLinks:b* 31:preemptionPolicy:s* "
             "35:setHostnameAsFQDN:b* "
             "37:hostUsers:b*")},
        {QStringLiteral("Toleration"),
         QStringLiteral("1:key:s 2:operator:s 3:value:s 4:effect:s 5:tolerationSeconds:i*")},
        {QStringLiteral("Container"),
         QStringLiteral(
             "1:name:s 2:image:s 3:command:[s] 4:args:[s] 5:workingDir:s 6:ports:[ContainerPort] "
             "19:envFrom:[EnvFromSource] "
             "7:env:[EnvVar] 8:resources:ResourceRequirements 24:restartPolicy:s* 9:volumeMounts:[VolumeMount] "
             "13:terminationMessagePath:s 20:terminationMessagePolicy:s 14:imagePullPolicy:s 16:stdin:b 17:stdinOnce:b "
             "18:tty:b")},
        {QStringLiteral("ContainerPort"),
         QStringLiteral("1:name:s 2:hostPort:i 3:containerPort:i 4:protocol:s 5:hostIP:s")},
        {QStringLiteral("EnvVar"), QStringLiteral("1:name:s 2:value:s 3:valueFrom:EnvVarSource*")},
        {QStringLiteral("EnvVarSource"),
         QStringLiteral("1:fieldRef:ObjectFieldSelector* 2:resourceFieldRef:ResourceFieldSelector* "
                        "3:configMapKeyRef:KeySelector* 4:secretKeyRef:KeySelector*")},
        {QStringLiteral("ObjectFieldSelector"), QStringLiteral("1:apiVersion:s 2:fieldPath:s")},
        {QStringLiteral("ResourceFieldSelector"), QStringLiteral("1:containerName:s 2:resource:s 3:divisor:Quantity")},
        {QStringLiteral("KeySelector"), QStringLiteral("1:~:LocalObjectReference 2:key:s 3:optional:b*")},
        {QStringLiteral("EnvFromSource"),
         QStringLiteral("1:prefix:s 2:configMapRef:EnvSource* 3:secretRef:EnvSource*")},
        {QStringLiteral("EnvSource"), QStringLiteral("1:~:LocalObjectReference 2:optional:b*")},
        {QStringLiteral("ResourceRequirements"), QStringLiteral("1:limits:{s,Quantity} 2:requests:{s,Quantity}")},
        {QStringLiteral("VolumeMount"), QStringLiteral("1:name:s 2:readOnly:b 7:recursiveReadOnly:s* 3:mountPath:s "
                                                       "4:subPath:s 5:mountPropagation:s* 6:subPathExpr:s")},
        {QStringLiteral("Volume"), QStringLiteral("1:name:s 2:~:VolumeSource")},
        {QStringLiteral("VolumeSource"),
         QStringLiteral(
             "1:hostPath:HostPathVolumeSource* 2:emptyDir:EmptyDirVolumeSource* 6:secret:SecretVolumeSource* "
             "10:persistentVolumeClaim:PersistentVolumeClaimVolumeSource* 19:configMap:ConfigMapVolumeSource*")},
        {QStringLiteral("HostPathVolumeSource"), QStringLiteral("1:path:s 2:type:s*")},
        {QStringLiteral("EmptyDirVolumeSource"), QStringLiteral("1:medium:s 2:sizeLimit:Quantity*")},
        {QStringLiteral("SecretVolumeSource"),
         QStringLiteral("1:secretName:s 2:items:[KeyToPath] 3:defaultMode:i* 4:optional:b*")},
        {QStringLiteral("ConfigMapVolumeSource"),
         QStringLiteral("1:~:LocalObjectReference 2:items:[KeyToPath] 3:defaultMode:i* 4:optional:b*")},
        {QStringLiteral("PersistentVolumeClaimVolumeSource"), QStringLiteral("1:claimName:s 2:readOnly:b")},
        {QStringLiteral("KeyToPath"), QStringLiteral("1:key:s 2:path:s 3:mode:i*")},
        {QStringLiteral("SelfSubjectAccessReview"),
         QStringLiteral("1:metadata:ObjectMeta 2:spec:SelfSubjectAccessReviewSpec 3:status:Empty")},
        {QStringLiteral("SelfSubjectAccessReviewSpec"),
         QStringLiteral("1:resourceAttributes:ResourceAttributes* 2:nonResourceAttributes:NonResourceAttributes*")},
        {QStringLiteral("ResourceAttributes"),
         QStringLiteral("1:namespace:s 2:verb:s 3:group:s 4:version:s 5:resource:s 6:subresource:s 7:name:s")},
        {QStringLiteral("NonResourceAttributes"), QStringLiteral("1:path:s 2:verb:s")},
        {QStringLiteral("SelfSubjectRulesReview"),
         QStringLiteral("1:metadata:ObjectMeta 2:spec:SelfSubjectRulesReviewSpec 3:status:Empty")},
        {QStringLiteral("SelfSubjectRulesReviewSpec"), QStringLiteral("1:namespace:s")},
        {QStringLiteral("PersistentVolumeClaim"),
         QStringLiteral("1:metadata:ObjectMeta 2:spec:PersistentVolumeClaimSpec 3:status:Empty")},
        {QStringLiteral("PersistentVolumeClaimSpec"),
         QStringLiteral("1:accessModes:[s] 4:selector:LabelSelector* 2:resources:ResourceRequirements 3:volumeName:s "
                        "5:storageClassName:s* 6:volumeMode:s* 9:volumeAttributesClassName:s*")},
        {QStringLiteral("StorageClass"),
         QStringLiteral(
             "1:metadata:ObjectMeta 2:provisioner:s 3:parameters:{s,s} 4:reclaimPolicy:s* 5:mountOptions:[s] "
             "6:allowVolumeExpansion:b* 7:volumeBindingMode:s*")},
    };
    return l;
}

struct Reader
{
    const QByteArray &data;
    qsizetype pos = 0;
    qsizetype end;
    bool ok = true;

    quint64 varint()
    {
        quint64 v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos >= end) {
                ok = false;
                return 0;
            }
            const auto b = quint8(data.at(pos++));
            v |= quint64(b & 0x7F) << shift;
            if (!(b & 0x80)) {
                return v;
            }
        }
        ok = false;
        return 0;
    }
    QByteArray bytes()
    {
        const quint64 n = varint();
        if (!ok || quint64(end - pos) < n) {
            ok = false;
            return {};
        }
        const QByteArray b = data.mid(pos, qsizetype(n));
        pos += qsizetype(n);
        return b;
    }
    void skip(int wireType)
    {
        switch (wireType) {
        case 0: varint(); break;
        case 1: pos += 8; break;
        case 2: bytes(); break;
        case 5: pos += 4; break;
        default: ok = false;
        }
        if (pos > end) {
            ok = false;
        }
    }
};

QJsonValue decodeValue(const QString &type, const QByteArray &bytes, quint64 varintValue, int wireType, bool *ok);
QJsonObject decodeMessage(const QString &type, const QByteArray &bytes, bool *ok);

QString timeFromMessage(const QByteArray &bytes, bool micro, bool *ok)
{
    Reader r{bytes, 0, bytes.size()};
    qint64 seconds = 0;
    qint64 nanos = 0;
    while (r.ok && r.pos < r.end) {
        const quint64 key = r.varint();
        if (key >> 3 == 1 && (key & 7) == 0) {
            seconds = qint64(r.varint());
        } else if (key >> 3 == 2 && (key & 7) == 0) {
            nanos = qint64(r.varint());
        } else {
            r.skip(int(key & 7));
        }
    }
    *ok = *ok && r.ok;
    if (seconds == 0 && nanos == 0) {
        return {}; // the zero time: "not set"
    }
    const QDateTime t = QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::UTC).addMSecs(nanos / 1000000);
    return micro ? Json::microTimestamp(t) : Json::timestamp(t);
}

QJsonValue decodeValue(const QString &type, const QByteArray &bytes, quint64 varintValue, int wireType, bool *ok)
{
    if (type == QLatin1String("s")) {
        return QString::fromUtf8(bytes);
    }
    if (type == QLatin1String("b")) {
        return varintValue != 0;
    }
    if (type == QLatin1String("i")) {
        return qint64(varintValue);
    }
    if (type == QLatin1String("by")) {
        return QString::fromLatin1(bytes.toBase64());
    }
    if (wireType != 2) {
        *ok = false;
        return {};
    }
    if (type == QLatin1String("Time") || type == QLatin1String("MicroTime")) {
        return timeFromMessage(bytes, type == QLatin1String("MicroTime"), ok);
    }
    if (type == QLatin1String("Quantity")) {
        return decodeMessage(QStringLiteral("Quantity"), bytes, ok).value(QLatin1String("string"));
    }
    if (type == QLatin1String("FieldsV1")) {
        Reader r{bytes, 0, bytes.size()};
        QByteArray raw;
        while (r.ok && r.pos < r.end) {
            const quint64 key = r.varint();
            if (key >> 3 == 1 && (key & 7) == 2) {
                raw = r.bytes();
            } else {
                r.skip(int(key & 7));
            }
        }
        return QJsonDocument::fromJson(raw).object();
    }
    if (type == QLatin1String("IntOrString")) {
        Reader r{bytes, 0, bytes.size()};
        qint64 kind = 0;
        qint64 intValue = 0;
        QString strValue;
        while (r.ok && r.pos < r.end) {
            const quint64 key = r.varint();
            const quint64 field = key >> 3;
            if (field == 1) {
                kind = qint64(r.varint());
            } else if (field == 2) {
                intValue = qint64(r.varint());
            } else if (field == 3) {
                strValue = QString::fromUtf8(r.bytes());
            } else {
                r.skip(int(key & 7));
            }
        }
        *ok = *ok && r.ok;
        return kind == 1 ? QJsonValue(strValue) : QJsonValue(intValue);
    }
    return decodeMessage(type, bytes, ok);
}

bool isZero(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: return v.toString().isEmpty();
    case QJsonValue::Double: return v.toDouble() == 0;
    case QJsonValue::Bool: return !v.toBool();
    case QJsonValue::Array: return v.toArray().isEmpty();
    case QJsonValue::Object: return v.toObject().isEmpty();
    default: return true;
    }
}

QJsonObject decodeMessage(const QString &type, const QByteArray &bytes, bool *ok)
{
    QJsonObject out;
    if (type == QLatin1String("Quantity")) {
        Reader r{bytes, 0, bytes.size()};
        while (r.ok && r.pos < r.end) {
            const quint64 key = r.varint();
            if (key >> 3 == 1 && (key & 7) == 2) {
                out.insert(QLatin1String("string"), QString::fromUtf8(r.bytes()));
            } else {
                r.skip(int(key & 7));
            }
        }
        *ok = *ok && r.ok;
        return out;
    }
    struct Field
    {
        QString name;
        QString type;
        bool pointer = false;
    };
    QHash<quint64, Field> fields;
    for (const QString &spec : layouts().value(type).split(u' ', Qt::SkipEmptyParts)) {
        const QStringList parts = spec.split(u':');
        Field f{parts.value(1), parts.value(2), false};
        if (f.type.endsWith(u'*')) {
            f.pointer = true;
            f.type.chop(1);
        }
        fields.insert(parts.value(0).toULongLong(), f);
    }
    QSet<QString> explicitFields;
    Reader r{bytes, 0, bytes.size()};
    while (r.ok && r.pos < r.end) {
        const quint64 key = r.varint();
        const int wire = int(key & 7);
        const auto it = fields.constFind(key >> 3);
        if (it == fields.cend()) {
            r.skip(wire);
            continue;
        }
        const Field &f = it.value();
        quint64 v = 0;
        QByteArray b;
        if (wire == 0) {
            v = r.varint();
        } else if (wire == 2) {
            b = r.bytes();
        } else {
            r.skip(wire);
            continue;
        }
        if (f.type.startsWith(u'[')) {
            const QString itemType = f.type.mid(1, f.type.size() - 2);
            QJsonArray list = out.value(f.name).toArray();
            list.append(decodeValue(itemType, b, v, wire, ok));
            out.insert(f.name, list);
            explicitFields.insert(f.name);
        } else if (f.type.startsWith(u'{')) {
            const QStringList kv = f.type.mid(1, f.type.size() - 2).split(u',');
            Reader entry{b, 0, b.size()};
            QString mapKey;
            QJsonValue mapValue = kv.value(1) == QLatin1String("s") || kv.value(1) == QLatin1String("by")
                                      ? QJsonValue(QString())
                                      : QJsonValue();
            while (entry.ok && entry.pos < entry.end) {
                const quint64 ek = entry.varint();
                const int ew = int(ek & 7);
                quint64 ev = 0;
                QByteArray eb;
                if (ew == 0) {
                    ev = entry.varint();
                } else if (ew == 2) {
                    eb = entry.bytes();
                } else {
                    entry.skip(ew);
                    continue;
                }
                if (ek >> 3 == 1) {
                    mapKey = QString::fromUtf8(eb);
                } else if (ek >> 3 == 2) {
                    mapValue = decodeValue(kv.value(1), eb, ev, ew, ok);
                }
            }
            *ok = *ok && entry.ok;
            QJsonObject map = out.value(f.name).toObject();
            map.insert(mapKey, mapValue);
            out.insert(f.name, map);
            explicitFields.insert(f.name);
        } else if (f.name == QLatin1String("~")) {
            const QJsonObject inlined = decodeMessage(f.type, b, ok);
            for (auto i = inlined.begin(); i != inlined.end(); ++i) {
                out.insert(i.key(), i.value());
            }
        } else {
            const QJsonValue value = decodeValue(f.type, b, v, wire, ok);
            // Value (non-pointer) fields are always on the wire; their zero value means "not set" in JSON.
            if (!f.pointer && isZero(value)) {
                out.remove(f.name);
            } else {
                out.insert(f.name, value);
            }
        }
    }
    *ok = *ok && r.ok;
    return out;
}

const QHash<QString, QString> &kindMessages()
{
    static const QHash<QString, QString> k = {
        {QStringLiteral("ConfigMap"), QStringLiteral("ConfigMap")},
        {QStringLiteral("Secret"), QStringLiteral("Secret")},
        {QStringLiteral("Namespace"), QStringLiteral("Namespace")},
        {QStringLiteral("ServiceAccount"), QStringLiteral("ServiceAccount")},
        {QStringLiteral("Service"), QStringLiteral("Service")},
        {QStringLiteral("Deployment"), QStringLiteral("Deployment")},
        {QStringLiteral("StatefulSet"), QStringLiteral("StatefulSet")},
        {QStringLiteral("Pod"), QStringLiteral("Pod")},
        {QStringLiteral("PersistentVolumeClaim"), QStringLiteral("PersistentVolumeClaim")},
        {QStringLiteral("StorageClass"), QStringLiteral("StorageClass")},
        {QStringLiteral("SelfSubjectAccessReview"), QStringLiteral("SelfSubjectAccessReview")},
        {QStringLiteral("SelfSubjectRulesReview"), QStringLiteral("SelfSubjectRulesReview")},
    };
    return k;
}

} // namespace

bool hasEnvelope(const QByteArray &body)
{
    return body.startsWith(QByteArrayView("k8s\0", 4));
}

QJsonObject decode(const QByteArray &body, QString *error, bool *unsupportedKind)
{
    *unsupportedKind = false;
    if (!hasEnvelope(body)) {
        *error
            = QStringLiteral("provided data does not appear to be a protobuf message, expected prefix [107 56 115 0]");
        return {};
    }
    bool ok = true;
    const QJsonObject unknown = decodeMessage(QStringLiteral("Unknown"), body.mid(4), &ok);
    const QJsonObject typeMeta = unknown.value(QLatin1String("typeMeta")).toObject();
    const QString kind = typeMeta.value(QLatin1String("kind")).toString();
    const QString message = kindMessages().value(kind);
    if (!ok) {
        *error = QStringLiteral("unable to decode the protobuf body: the data is truncated or malformed");
        return {};
    }
    if (message.isEmpty()) {
        *unsupportedKind = true;
        *error = QStringLiteral(
                     "the sandbox decodes protobuf only for the kinds kubectl creates; send %1 as application/json")
                     .arg(kind.isEmpty() ? QStringLiteral("this object") : kind);
        return {};
    }
    const QByteArray raw = QByteArray::fromBase64(unknown.value(QLatin1String("raw")).toString().toLatin1());
    QJsonObject object = decodeMessage(message, raw, &ok);
    if (!ok) {
        *error = QStringLiteral("unable to decode the protobuf %1: the data is truncated or malformed").arg(kind);
        return {};
    }
    QJsonObject result{{QLatin1String("kind"), kind},
                       {QLatin1String("apiVersion"), typeMeta.value(QLatin1String("apiVersion"))}};
    for (auto it = object.begin(); it != object.end(); ++it) {
        result.insert(it.key(), it.value());
    }
    return result;
}

} // namespace Ringside::Sandbox::Protobuf
