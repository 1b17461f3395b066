#include "builtinkinds.h"

#include "api/jsonutil.h"
#include "api/validation.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>

namespace Ringside::Sandbox {

namespace {

void setDefault(QJsonObject &o, const char *key, const QJsonValue &value)
{
    if (!o.contains(QLatin1String(key))) {
        o.insert(QLatin1String(key), value);
    }
}

// A cluster IP from 10.96.0.0/12 (the kube-apiserver's default service CIDR), avoiding .0.1 (kubernetes).
QString allocateClusterIp()
{
    const quint32 offset = 2 + QRandomGenerator::global()->bounded(quint32((1u << 20) - 3));
    const quint32 ip = (10u << 24) | (96u << 16) | offset;
    return QStringLiteral("%1.%2.%3.%4").arg(ip >> 24).arg((ip >> 16) & 0xFF).arg((ip >> 8) & 0xFF).arg(ip & 0xFF);
}

class ServiceHooks : public KindHooks
{
public:
    void applyDefaults(QJsonObject &svc) const override
    {
        QJsonObject spec = svc.value(QLatin1String("spec")).toObject();
        setDefault(spec, "type", QStringLiteral("ClusterIP"));
        setDefault(spec, "sessionAffinity", QStringLiteral("None"));
        const QString type = spec.value(QLatin1String("type")).toString();
        QJsonArray ports = spec.value(QLatin1String("ports")).toArray();
        for (qsizetype i = 0; i < ports.size(); ++i) {
            QJsonObject p = ports.at(i).toObject();
            setDefault(p, "protocol", QStringLiteral("TCP"));
            setDefault(p, "targetPort", p.value(QLatin1String("port")));
            if ((type == QLatin1String("NodePort") || type == QLatin1String("LoadBalancer"))
                && !p.contains(QLatin1String("nodePort"))) {
                p.insert(QLatin1String("nodePort"), 30000 + QRandomGenerator::global()->bounded(2768));
            }
            ports.replace(i, p);
        }
        if (spec.contains(QLatin1String("ports"))) {
            spec.insert(QLatin1String("ports"), ports);
        }
        if (type != QLatin1String("ExternalName")) {
            if (!spec.contains(QLatin1String("clusterIP"))) {
                spec.insert(QLatin1String("clusterIP"), allocateClusterIp());
            }
            setDefault(spec, "clusterIPs", QJsonArray{spec.value(QLatin1String("clusterIP"))});
            setDefault(spec, "ipFamilies", QJsonArray{QLatin1String("IPv4")});
            setDefault(spec, "ipFamilyPolicy", QStringLiteral("SingleStack"));
            setDefault(spec, "internalTrafficPolicy", QStringLiteral("Cluster"));
        }
        if (type == QLatin1String("NodePort") || type == QLatin1String("LoadBalancer")) {
            setDefault(spec, "externalTrafficPolicy", QStringLiteral("Cluster"));
        }
        if (type == QLatin1String("LoadBalancer")) {
            setDefault(spec, "allocateLoadBalancerNodePorts", true);
        }
        svc.insert(QLatin1String("spec"), spec);
    }
    void prepareForCreate(QJsonObject &svc) const override
    {
        svc.insert(QLatin1String("status"), QJsonObject{{QLatin1String("loadBalancer"), QJsonObject()}});
    }
    void prepareForUpdate(QJsonObject &svc, const QJsonObject &old) const override
    {
        // Allocated values carry over when an update leaves them out (kubectl replace of a manifest).
        QJsonObject spec = svc.value(QLatin1String("spec")).toObject();
        const QJsonObject oldSpec = old.value(QLatin1String("spec")).toObject();
        if (spec.value(QLatin1String("type")).toString(QStringLiteral("ClusterIP")) != QLatin1String("ExternalName")) {
            for (const char *field : {"clusterIP", "clusterIPs", "ipFamilies", "ipFamilyPolicy"}) {
                if (!spec.contains(QLatin1String(field)) && oldSpec.contains(QLatin1String(field))) {
                    spec.insert(QLatin1String(field), oldSpec.value(QLatin1String(field)));
                }
            }
        }
        QJsonArray ports = spec.value(QLatin1String("ports")).toArray();
        for (qsizetype i = 0; i < ports.size(); ++i) {
            QJsonObject p = ports.at(i).toObject();
            for (const QJsonValue &ov : oldSpec.value(QLatin1String("ports")).toArray()) {
                const QJsonObject o = ov.toObject();
                if (!p.contains(QLatin1String("nodePort"))
                    && o.value(QLatin1String("port")) == p.value(QLatin1String("port"))
                    && o.contains(QLatin1String("nodePort"))) {
                    p.insert(QLatin1String("nodePort"), o.value(QLatin1String("nodePort")));
                }
            }
            ports.replace(i, p);
        }
        if (spec.contains(QLatin1String("ports"))) {
            spec.insert(QLatin1String("ports"), ports);
        }
        svc.insert(QLatin1String("spec"), spec);
    }
    QList<FieldError> validate(const QJsonObject &svc) const override
    {
        QList<FieldError> errors;
        const QJsonObject spec = svc.value(QLatin1String("spec")).toObject();
        const QString type = spec.value(QLatin1String("type")).toString();
        static const QStringList types = {QStringLiteral("ClusterIP"), QStringLiteral("ExternalName"),
                                          QStringLiteral("LoadBalancer"), QStringLiteral("NodePort")};
        if (!types.contains(type)) {
            errors.append(FieldError::notSupported(QStringLiteral("spec.type"), type, types));
        }
        const QJsonArray ports = spec.value(QLatin1String("ports")).toArray();
        const bool headless = spec.value(QLatin1String("clusterIP")).toString() == QLatin1String("None");
        if (ports.isEmpty() && type != QLatin1String("ExternalName") && !headless) {
            errors.append(FieldError::required(QStringLiteral("spec.ports")));
        }
        QSet<QString> names;
        for (qsizetype i = 0; i < ports.size(); ++i) {
            const QJsonObject p = ports.at(i).toObject();
            const QString pp = indexPath(QStringLiteral("spec.ports"), i);
            const QString name = p.value(QLatin1String("name")).toString();
            if (ports.size() > 1 && name.isEmpty()) {
                errors.append(FieldError::required(joinPath(pp, QStringLiteral("name"))));
            } else if (!name.isEmpty() && names.contains(name)) {
                errors.append(FieldError::duplicate(joinPath(pp, QStringLiteral("name")), name));
            }
            names.insert(name);
            const qint64 port = p.value(QLatin1String("port")).toInteger();
            if (!p.contains(QLatin1String("port"))) {
                errors.append(FieldError::required(joinPath(pp, QStringLiteral("port"))));
            } else if (port < 1 || port > 65535) {
                errors.append(FieldError::invalid(joinPath(pp, QStringLiteral("port")), port,
                                                  QStringLiteral("must be between 1 and 65535, inclusive")));
            }
        }
        return errors;
    }
    QList<FieldError> validateUpdate(const QJsonObject &svc, const QJsonObject &old) const override
    {
        const QJsonValue a = Json::at(svc, u"spec.clusterIPs");
        const QJsonValue b = Json::at(old, u"spec.clusterIPs");
        if (!b.toArray().isEmpty() && a != b) {
            FieldError e = FieldError::invalid(QStringLiteral("spec.clusterIPs[0]"), QJsonValue(),
                                               QStringLiteral("may not change once set"));
            QStringList ips;
            for (const QJsonValue &ip : a.toArray()) {
                ips.append(u'"' + ip.toString() + u'"');
            }
            e.valueText = QLatin1String("[]string{") + ips.join(QLatin1String(", ")) + u'}';
            return {e};
        }
        return {};
    }
    bool returnsDeletedObject() const override { return true; }
    QString nameRule() const override { return QStringLiteral("service"); }
    QStringList selectableFields() const override
    {
        return {QStringLiteral("spec.clusterIP"), QStringLiteral("spec.type")};
    }
};

} // namespace

const KindHooks &serviceHooks()
{
    static const ServiceHooks hooks;
    return hooks;
}

} // namespace Ringside::Sandbox
