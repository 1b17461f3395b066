// Mission Control's Data API: its services, switching it on, and the token built from the superuser secret.
#include "cassandra/services/dataapi.h"

#include "cassandra/services/serviceslogging.h"
#include "coretr.h"
#include "kube/kubeclient.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace Ringside::Cassandra::Services {

namespace {

const ResourceRef Mccs{u"missioncontrol.datastax.com"_s, u"v1beta2"_s, u"missioncontrolclusters"_s, {}, {}, {}};
const ResourceRef K8cs{u"k8ssandra.io"_s, u"v1alpha1"_s, u"k8ssandraclusters"_s, {}, {}, {}};
const ResourceRef Dcs{u"cassandra.datastax.com"_s, u"v1beta1"_s, u"cassandradatacenters"_s, {}, {}, {}};

QJsonValue at(const QJsonObject &o, const QString &dotted)
{
    QJsonValue v = o;
    for (const QString &part : dotted.split(u'.')) {
        v = v.toObject().value(part);
    }
    return v;
}

QString labelOf(const QJsonObject &o, const QString &key)
{
    return at(o, u"metadata.labels"_s).toObject().value(key).toString();
}

// cass-operator's sanitised cluster name (lower case, anything but [a-z0-9-] replaced), as in the secret's name.
QString sanitize(const QString &name)
{
    QString out = name.toLower();
    for (QChar &c : out) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-')) {
            c = u'-';
        }
    }
    return out;
}

struct TokenLookup
{
    KubeClient *client = nullptr;
    QString ns;
    QString cluster;
    std::function<void(const DataApiToken &)> ok;
    ErrorHandler err;
};

void readSecret(const std::shared_ptr<TokenLookup> &l, const QString &secretName, const QObject *context)
{
    l->client->get(
        ResourceRef::core(u"secrets"_s, l->ns, secretName), context,
        [l, secretName](const KubeResponse &r) {
            const QJsonObject data = r.object.value("data"_L1).toObject();
            const QByteArray user = QByteArray::fromBase64(data.value("username"_L1).toString().toLatin1());
            const QByteArray password = QByteArray::fromBase64(data.value("password"_L1).toString().toLatin1());
            if (user.isEmpty() || password.isEmpty()) {
                l->err(KubeError::make(KubeError::Kind::Config,
                                       CoreTr::tr("secret %1 has no username and password keys: it is not a superuser secret").arg(secretName)));
                return;
            }
            DataApiToken t;
            t.username = QString::fromUtf8(user);
            t.secretName = secretName;
            t.token = dataApiToken(user, password);
            qCDebug(lcDataApi) << "built the Data API token of" << t.username << "from secret" << secretName; // never the values
            l->ok(t);
        },
        [l, secretName](const KubeError &e) {
            if (e.isForbidden()) {
                l->err(KubeError::make(KubeError::Kind::Http,
                                       CoreTr::tr("you may not read secret %1 in namespace %2, which the token is built from: %3")
                                           .arg(secretName, l->ns, e.message)));
                return;
            }
            l->err(e);
        });
}

} // namespace

QString dataApiToken(const QByteArray &username, const QByteArray &password)
{
    return u"Cassandra:"_s + QString::fromLatin1(username.toBase64()) + u':' + QString::fromLatin1(password.toBase64());
}

QByteArray dataApiPatch(bool enabled, std::optional<int> port)
{
    QJsonObject dataApi{{u"enabled"_s, enabled}};
    if (port) {
        dataApi.insert(u"port"_s, *port);
    }
    return QJsonDocument(QJsonObject{{u"spec"_s, QJsonObject{{u"dataApi"_s, dataApi}}}}).toJson(QJsonDocument::Compact);
}

RequestHandle findDataApi(KubeClient *client, const QString &nameSpace, const QString &cluster, const QObject *context,
                          std::function<void(const QList<DataApiEndpoint> &)> ok, ErrorHandler err)
{
    ListOptions options;
    options.labelSelector = u"app.kubernetes.io/component=data-api,missioncontrol.datastax.com/cluster="_s + cluster;
    return client->list(
        ResourceRef::core(u"services"_s, nameSpace), options, context,
        [nameSpace, cluster, ok](const KubeResponse &r) {
            QList<DataApiEndpoint> out;
            for (const QJsonValue &v : r.object.value("items"_L1).toArray()) {
                const QJsonObject svc = v.toObject();
                DataApiEndpoint e;
                e.nameSpace = nameSpace;
                e.cluster = cluster;
                e.service = at(svc, u"metadata.name"_s).toString();
                e.datacenter = labelOf(svc, u"cassandra.datastax.com/datacenter"_s);
                const QJsonArray ports = at(svc, u"spec.ports"_s).toArray();
                for (const QJsonValue &p : ports) {
                    const QJsonObject po = p.toObject();
                    if (ports.size() == 1 || po.value("name"_L1).toString() == "http"_L1) {
                        e.portName = po.value("name"_L1).toString();
                        e.port = po.value("port"_L1).toInt(8181);
                        const QJsonValue target = po.value("targetPort"_L1);
                        e.targetPort = target.isDouble() ? target.toInt() : e.port;
                    }
                }
                out.append(e);
            }
            std::sort(out.begin(), out.end(), [](const DataApiEndpoint &a, const DataApiEndpoint &b) { return a.datacenter < b.datacenter; });
            ok(out);
        },
        std::move(err));
}

RequestHandle setDataApiEnabled(KubeClient *client, const QString &nameSpace, const QString &cluster, bool enabled,
                                std::optional<int> port, const QObject *context, ResponseHandler ok, ErrorHandler err)
{
    if (port && (*port < 1 || *port > 65535)) {
        const KubeError e = KubeError::make(KubeError::Kind::Config, CoreTr::tr("invalid Data API port %1 (1 to 65535)").arg(*port));
        auto *job = new QObject(const_cast<QObject *>(context));
        QMetaObject::invokeMethod(job, [job, err, e] { err(e); job->deleteLater(); }, Qt::QueuedConnection);
        return {};
    }
    const QByteArray patch = dataApiPatch(enabled, port);
    return client->patch(
        Mccs.withNamespace(nameSpace).withName(cluster), PatchType::Merge, patch, {}, context, std::move(ok),
        [client, nameSpace, cluster, context, err](const KubeError &e) {
            if (!e.isNotFound()) {
                err(e);
                return;
            }
            // Say what the cluster is instead, when it is not a MissionControlCluster.
            client->get(
                K8cs.withNamespace(nameSpace).withName(cluster), context,
                [err, cluster](const KubeResponse &) {
                    err(KubeError::make(KubeError::Kind::Config,
                                        CoreTr::tr("%1 is a K8ssandraCluster: the Data API comes with Mission Control (a MissionControlCluster's "
                                                   "spec.dataApi), k8ssandra-operator has no Data API")
                                            .arg(cluster)));
                },
                [err, e, cluster, nameSpace](const KubeError &) {
                    KubeError notFound = e;
                    notFound.message = CoreTr::tr("no MissionControlCluster %1 in namespace %2").arg(cluster, nameSpace);
                    err(notFound);
                });
        });
}

RequestHandle readDataApiToken(KubeClient *client, const QString &nameSpace, const QString &cluster, const QObject *context,
                               std::function<void(const DataApiToken &)> ok, ErrorHandler err)
{
    auto l = std::make_shared<TokenLookup>();
    l->client = client;
    l->ns = nameSpace;
    l->cluster = cluster;
    l->ok = std::move(ok);
    l->err = std::move(err);
    const auto fromTop = [](const QJsonObject &cassandra, const QString &name) -> QString {
        const QString ref = at(cassandra, u"superuserSecretRef.name"_s).toString();
        if (!ref.isEmpty()) {
            return ref;
        }
        const QString clusterName = cassandra.value("clusterName"_L1).toString();
        return sanitize(clusterName.isEmpty() ? name : clusterName) + u"-superuser"_s;
    };
    return client->get(
        Mccs.withNamespace(nameSpace).withName(cluster), context,
        [l, context, fromTop](const KubeResponse &r) {
            readSecret(l, fromTop(at(r.object, u"spec.k8ssandra.cassandra"_s).toObject(), l->cluster), context);
        },
        [l, context, fromTop](const KubeError &) {
            l->client->get(
                K8cs.withNamespace(l->ns).withName(l->cluster), context,
                [l, context, fromTop](const KubeResponse &r) {
                    readSecret(l, fromTop(at(r.object, u"spec.cassandra"_s).toObject(), l->cluster), context);
                },
                [l, context](const KubeError &) {
                    // Plain cass-operator: the datacenters of that Cassandra cluster name.
                    l->client->list(
                        Dcs.withNamespace(l->ns), {}, context,
                        [l, context](const KubeResponse &list) {
                            for (const QJsonValue &v : list.object.value("items"_L1).toArray()) {
                                const QJsonObject dc = v.toObject();
                                if (at(dc, u"spec.clusterName"_s).toString() == l->cluster) {
                                    const QString configured = at(dc, u"spec.superuserSecretName"_s).toString();
                                    readSecret(l, configured.isEmpty() ? sanitize(l->cluster) + u"-superuser"_s : configured, context);
                                    return;
                                }
                            }
                            l->err(KubeError::make(KubeError::Kind::Config,
                                                   CoreTr::tr("no cluster %1 in namespace %2").arg(l->cluster, l->ns)));
                        },
                        l->err);
                });
        });
}

RequestHandle findServiceBackend(KubeClient *client, const QString &nameSpace, const QString &service, const QString &port,
                                 const QObject *context, std::function<void(const ServiceBackend &)> ok, ErrorHandler err)
{
    return client->get(
        ResourceRef::core(u"services"_s, nameSpace, service), context,
        [client, nameSpace, service, port, context, ok, err](const KubeResponse &r) {
            const QJsonObject selector = at(r.object, u"spec.selector"_s).toObject();
            const QJsonArray ports = at(r.object, u"spec.ports"_s).toArray();
            QJsonObject servicePort;
            for (const QJsonValue &p : ports) {
                const QJsonObject po = p.toObject();
                if (port.isEmpty() ? ports.size() == 1
                                   : (po.value("name"_L1).toString() == port || QString::number(po.value("port"_L1).toInt()) == port)) {
                    servicePort = po;
                }
            }
            if (servicePort.isEmpty()) {
                err(KubeError::make(KubeError::Kind::Config, port.isEmpty() ? CoreTr::tr("service %1 has several ports: name one").arg(service)
                                                                            : CoreTr::tr("service %1 has no port %2").arg(service, port)));
                return;
            }
            if (selector.isEmpty()) {
                err(KubeError::make(KubeError::Kind::Config, CoreTr::tr("service %1 has no selector: no pod to forward to").arg(service)));
                return;
            }
            QStringList terms;
            for (auto it = selector.begin(); it != selector.end(); ++it) {
                terms.append(it.key() + u'=' + it.value().toString());
            }
            ListOptions options;
            options.labelSelector = terms.join(u',');
            client->list(
                ResourceRef::core(u"pods"_s, nameSpace), options, context,
                [service, servicePort, ok, err](const KubeResponse &pods) {
                    const QJsonValue target = servicePort.value("targetPort"_L1);
                    for (const QJsonValue &v : pods.object.value("items"_L1).toArray()) {
                        const QJsonObject pod = v.toObject();
                        if (at(pod, u"status.phase"_s).toString() != "Running"_L1 || at(pod, u"metadata"_s).toObject().contains("deletionTimestamp"_L1)) {
                            continue;
                        }
                        ServiceBackend b;
                        b.pod = at(pod, u"metadata.name"_s).toString();
                        b.targetPort = target.isDouble() ? target.toInt() : servicePort.value("port"_L1).toInt();
                        if (target.isString()) {
                            b.targetPort = 0;
                            for (const QJsonValue &c : at(pod, u"spec.containers"_s).toArray()) {
                                for (const QJsonValue &cp : c.toObject().value("ports"_L1).toArray()) {
                                    if (cp.toObject().value("name"_L1) == target) {
                                        b.targetPort = cp.toObject().value("containerPort"_L1).toInt();
                                    }
                                }
                            }
                            if (b.targetPort == 0) {
                                continue;
                            }
                        }
                        ok(b);
                        return;
                    }
                    err(KubeError::make(KubeError::Kind::Config, CoreTr::tr("no running pod behind service %1").arg(service)));
                },
                err);
        },
        err); // not moved: the success handler above captured it (argument order is unspecified)
}

} // namespace Ringside::Cassandra::Services
