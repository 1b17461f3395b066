// Mission Control's Data API: with spec.dataApi.enabled, one Deployment and Service per datacenter, owned by the
// MissionControlCluster. What the Data API answers on its port is served by the node simulation (nodesim/dataapi).
#include "k8ssandra.h"

#include "api/jsonutil.h"

namespace Ringside::Sandbox {

static const QString DataApiImage = QStringLiteral("stargateio/data-api:v1.0.18");

static QJsonObject dataApiLabels(const QString &cluster, const QString &dc)
{
    return {{QLatin1String("app.kubernetes.io/name"), QLatin1String("data-api")},
            {QLatin1String("app.kubernetes.io/component"), QLatin1String("data-api")},
            {QLatin1String("app.kubernetes.io/part-of"), QLatin1String("missioncontrol")},
            {QLatin1String("app.kubernetes.io/managed-by"), QLatin1String("mission-control-operator")},
            {QLatin1String("missioncontrol.datastax.com/cluster"), cluster},
            {QLatin1String("cassandra.datastax.com/datacenter"), dc}};
}

void MissionControlOperator::reconcileDataApi(const QJsonObject &mcc, const QString &component)
{
    const QString ns = Json::ns(mcc);
    const QString cluster = Json::name(mcc);
    const QJsonObject dataApi = Json::at(mcc, u"spec.dataApi").toObject();
    const bool enabled = dataApi.value(QLatin1String("enabled")).toBool();
    const int port = dataApi.value(QLatin1String("port")).toInt(8181);
    QMap<QString, QString> wanted; // Cassandra DC name -> object name prefix
    if (enabled) {
        for (const QJsonValue &v : Json::at(mcc, u"spec.k8ssandra.cassandra.datacenters").toArray()) {
            const QString object = Json::name(v.toObject());
            const QString dc = v.toObject().value(QLatin1String("datacenterName")).toString(object);
            wanted.insert(dc, object.startsWith(cluster + u'-') ? object : QString(cluster + u'-' + object));
        }
    }
    // Remove what is no longer wanted (disabled, or its DC removed).
    for (const Res::Ref &ref : {Res::Deployments, Res::Services}) {
        for (const QJsonObject &o : m_kube->listLabelled(ref, ns, {{QLatin1String("app.kubernetes.io/component"), QLatin1String("data-api")},
                                                                    {QLatin1String("missioncontrol.datastax.com/cluster"), cluster}})) {
            if (!wanted.contains(Op::labelOf(o, QStringLiteral("cassandra.datastax.com/datacenter")))) {
                m_kube->remove(ref, ns, Json::name(o), component);
            }
        }
    }
    const QString superuser = Json::at(mcc, u"spec.k8ssandra.cassandra.superuserSecretRef.name").toString(cluster + QLatin1String("-superuser"));
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        const QString &dc = it.key();
        const QString name = it.value() + QLatin1String("-data-api");
        const QJsonObject labels = dataApiLabels(cluster, dc);
        const QJsonArray owner{Op::ownerReference(QStringLiteral("missioncontrol.datastax.com/v1beta2"),
                                                  QStringLiteral("MissionControlCluster"), mcc)};
        if (m_kube->get(Res::Deployments, ns, name).isEmpty()) {
            const QJsonObject container{
                {QLatin1String("name"), QLatin1String("data-api")},
                {QLatin1String("image"), DataApiImage},
                {QLatin1String("ports"), QJsonArray{QJsonObject{{QLatin1String("name"), QLatin1String("http")},
                                                                {QLatin1String("containerPort"), port}}}},
                {QLatin1String("env"),
                 QJsonArray{QJsonObject{{QLatin1String("name"), QLatin1String("STARGATE_JSONAPI_OPERATIONS_DATABASE_CONFIG_CASSANDRA_END_POINTS")},
                                        {QLatin1String("value"), QString(cluster + u'-' + dc + QLatin1String("-service"))}},
                            QJsonObject{{QLatin1String("name"), QLatin1String("SUPERUSER_SECRET")}, {QLatin1String("value"), superuser}}}}};
            const QJsonObject deployment{
                {QLatin1String("metadata"), QJsonObject{{QLatin1String("name"), name}, {QLatin1String("labels"), labels},
                                                        {QLatin1String("ownerReferences"), owner}}},
                {QLatin1String("spec"),
                 QJsonObject{{QLatin1String("replicas"), 1},
                             {QLatin1String("selector"), QJsonObject{{QLatin1String("matchLabels"), labels}}},
                             {QLatin1String("template"),
                              QJsonObject{{QLatin1String("metadata"), QJsonObject{{QLatin1String("labels"), labels}}},
                                          {QLatin1String("spec"), QJsonObject{{QLatin1String("containers"), QJsonArray{container}}}}}}}}};
            if (m_kube->create(Res::Deployments, ns, deployment, component).ok()) {
                m_kube->event(Res::Mccs, mcc, QStringLiteral("Normal"), QStringLiteral("CreatedResource"),
                              QStringLiteral("Created Data API deployment %1").arg(name), component);
            }
        }
        if (m_kube->get(Res::Services, ns, name).isEmpty()) {
            const QJsonObject service{
                {QLatin1String("metadata"), QJsonObject{{QLatin1String("name"), name}, {QLatin1String("labels"), labels},
                                                        {QLatin1String("ownerReferences"), owner}}},
                {QLatin1String("spec"),
                 QJsonObject{{QLatin1String("selector"), labels},
                             {QLatin1String("ports"), QJsonArray{QJsonObject{{QLatin1String("name"), QLatin1String("http")},
                                                                             {QLatin1String("port"), port},
                                                                             {QLatin1String("targetPort"), QLatin1String("http")},
                                                                             {QLatin1String("protocol"), QLatin1String("TCP")}}}}}}};
            m_kube->create(Res::Services, ns, service, component);
        }
    }
}

} // namespace Ringside::Sandbox
