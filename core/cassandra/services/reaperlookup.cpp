// Finding a cluster's Reaper: the Reaper CR (reaper.k8ssandra.io), its Service and the cluster's name inside Reaper.
#include "cassandra/services/reaperclient.h"

#include "cassandra/services/serviceslogging.h"
#include "coretr.h"
#include "kube/kubeclient.h"

#include <QJsonArray>
#include <QSet>

#include <memory>

using namespace Qt::StringLiterals;

namespace Ringside::Cassandra::Services {

namespace {

// Reaper's symbolic cluster name: lower case, anything but [a-z0-9-.] replaced.
QString reaperClusterName(const QString &cassandraName)
{
    QString out = cassandraName.toLower();
    for (QChar &c : out) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'.')) {
            c = u'-';
        }
    }
    return out;
}

QString label(const QJsonObject &o, const QString &key)
{
    return o.value("metadata"_L1).toObject().value("labels"_L1).toObject().value(key).toString();
}

QString nameOf(const QJsonObject &o)
{
    return o.value("metadata"_L1).toObject().value("name"_L1).toString();
}

bool readyCondition(const QJsonObject &o)
{
    for (const QJsonValue &c : o.value("status"_L1).toObject().value("conditions"_L1).toArray()) {
        if (c.toObject().value("type"_L1).toString() == "Ready"_L1) {
            return c.toObject().value("status"_L1).toString() == "True"_L1;
        }
    }
    return false;
}

struct Lookup
{
    KubeClient *client = nullptr;
    QString ns;
    QString cluster;
    std::function<void(const ReaperEndpoint &)> ok;
    ErrorHandler err;
    QJsonArray reapers;
    QHash<QString, QString> dcOwner;   // CassandraDatacenter name -> K8ssandraCluster/MissionControlCluster (or Cassandra cluster) name
    QHash<QString, QString> dcCluster; // CassandraDatacenter name -> Cassandra cluster name (spec.clusterName)
    RequestHandle current;
};

void pickReaper(const std::shared_ptr<Lookup> &l, const QObject *context)
{
    QSet<QString> dcsOfCluster;
    QString cassandraName;
    for (auto it = l->dcOwner.begin(); it != l->dcOwner.end(); ++it) {
        if (it.value() == l->cluster || l->dcCluster.value(it.key()) == l->cluster) {
            dcsOfCluster.insert(it.key());
            cassandraName = l->dcCluster.value(it.key());
        }
    }
    QJsonObject chosen;
    for (const QJsonValue &v : std::as_const(l->reapers)) {
        const QJsonObject r = v.toObject();
        const QString dcRef = r.value("spec"_L1).toObject().value("datacenterRef"_L1).toObject().value("name"_L1).toString();
        const bool byLabel = label(r, u"k8ssandra.io/cluster-name"_s) == l->cluster;
        const bool byDc = dcsOfCluster.contains(dcRef);
        const bool byName = nameOf(r).startsWith(l->cluster + u'-') && nameOf(r).endsWith("-reaper"_L1);
        if (byLabel || byDc || byName) {
            chosen = r;
            if (cassandraName.isEmpty() && l->dcCluster.contains(dcRef)) {
                cassandraName = l->dcCluster.value(dcRef);
            }
            break;
        }
    }
    if (chosen.isEmpty()) {
        l->err(KubeError::make(KubeError::Kind::Config,
                               l->reapers.isEmpty()
                                   ? CoreTr::tr("no Reaper in namespace %1: enable Reaper on cluster %2 (spec.reaper) first").arg(l->ns, l->cluster)
                                   : CoreTr::tr("none of the %n Reaper(s) in namespace %1 belongs to cluster %2", nullptr, int(l->reapers.size()))
                                         .arg(l->ns, l->cluster)));
        return;
    }
    ReaperEndpoint e;
    e.nameSpace = l->ns;
    e.reaper = nameOf(chosen);
    e.service = e.reaper + u"-service"_s;
    e.ready = readyCondition(chosen);
    e.reaperCluster = reaperClusterName(cassandraName.isEmpty() ? l->cluster : cassandraName);
    l->current = l->client->get(
        ResourceRef::core(u"services"_s, l->ns, e.service), context,
        [l, e](const KubeResponse &svc) mutable {
            const QJsonArray ports = svc.object.value("spec"_L1).toObject().value("ports"_L1).toArray();
            for (const QJsonValue &p : ports) {
                const QJsonObject po = p.toObject();
                if (po.value("name"_L1).toString() == "app"_L1 || po.value("port"_L1).toInt() == 8080) {
                    e.port = po.value("name"_L1).toString().isEmpty() ? QString::number(po.value("port"_L1).toInt())
                                                                       : po.value("name"_L1).toString();
                    const QJsonValue target = po.value("targetPort"_L1);
                    e.targetPort = target.isDouble() ? target.toInt() : 8080;
                }
            }
            qCDebug(lcReaper) << "Reaper of" << l->cluster << "is" << e.reaper << "service" << e.service << "port" << e.port;
            l->ok(e);
        },
        [l, e](const KubeError &error) {
            if (error.isNotFound()) {
                l->err(KubeError::make(KubeError::Kind::Config,
                                       CoreTr::tr("Reaper %1 has no service %2 yet: is it still deploying?").arg(e.reaper, e.service)));
                return;
            }
            l->err(error);
        });
}

} // namespace

RequestHandle ReaperClient::findReaper(KubeClient *client, const QString &nameSpace, const QString &cluster, const QObject *context,
                                       std::function<void(const ReaperEndpoint &)> ok, ErrorHandler err)
{
    auto l = std::make_shared<Lookup>();
    l->client = client;
    l->ns = nameSpace;
    l->cluster = cluster;
    l->ok = std::move(ok);
    l->err = std::move(err);
    const ResourceRef reapers{u"reaper.k8ssandra.io"_s, u"v1alpha1"_s, u"reapers"_s, nameSpace, {}, {}};
    return client->list(
        reapers, {}, context,
        [l, context](const KubeResponse &r) {
            l->reapers = r.object.value("items"_L1).toArray();
            const ResourceRef dcs{u"cassandra.datastax.com"_s, u"v1beta1"_s, u"cassandradatacenters"_s, l->ns, {}, {}};
            l->current = l->client->list(
                dcs, {}, context,
                [l, context](const KubeResponse &list) {
                    for (const QJsonValue &v : list.object.value("items"_L1).toArray()) {
                        const QJsonObject dc = v.toObject();
                        const QString cassandraName = dc.value("spec"_L1).toObject().value("clusterName"_L1).toString();
                        const QString owner = label(dc, u"k8ssandra.io/cluster-name"_s);
                        l->dcOwner.insert(nameOf(dc), owner.isEmpty() ? cassandraName : owner);
                        l->dcCluster.insert(nameOf(dc), cassandraName);
                    }
                    pickReaper(l, context);
                },
                [l, context](const KubeError &) { pickReaper(l, context); }); // no cass-operator: match by label/name
        },
        [l](const KubeError &e) {
            if (e.isNotFound()) {
                l->err(KubeError::make(KubeError::Kind::Config,
                                       CoreTr::tr("Reaper is not installed in this cluster (no reaper.k8ssandra.io API)")));
                return;
            }
            l->err(e);
        });
}

} // namespace Ringside::Cassandra::Services
