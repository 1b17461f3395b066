#include "cqlcredentials.h"

#include "clustertr.h"

#include "kube/kubeclient.h"

namespace Ringside::Cluster {

namespace {
QString at(const QJsonObject &o, QStringView dotted)
{
    QJsonValue v = o;
    for (QStringView part : dotted.split(u'.')) {
        v = v.toObject().value(part);
    }
    return v.toString();
}
} // namespace

QString superuserSecretName(const Cassandra::Domain::Cluster &cluster)
{
    QString name;
    switch (cluster.kind) {
    case Cassandra::Domain::ClusterKind::MissionControlCluster:
        name = at(cluster.object, u"spec.k8ssandra.cassandra.superuserSecretRef.name");
        break;
    case Cassandra::Domain::ClusterKind::K8ssandraCluster:
        name = at(cluster.object, u"spec.cassandra.superuserSecretRef.name");
        break;
    case Cassandra::Domain::ClusterKind::CassandraDatacenter:
        name = at(cluster.object, u"spec.superuserSecretName");
        break;
    }
    if (name.isEmpty()) {
        // cass-operator and k8ssandra-operator: <cluster name>-superuser, lower case, without spaces.
        name = QString(cluster.cassandraName.isEmpty() ? cluster.name : cluster.cassandraName).toLower().remove(u' ') + QStringLiteral("-superuser");
    }
    return name;
}

void readCqlCredentials(KubeClient *client, const QString &nameSpace, const QString &secretName, const QObject *context,
                        std::function<void(const CqlCredentials &)> done)
{
    CqlCredentials base;
    base.secretName = secretName;
    if (!client) {
        base.error = ClusterTr::tr("Not connected.");
        done(base);
        return;
    }
    client->get(
        ResourceRef::core(QStringLiteral("secrets"), nameSpace, secretName), context,
        [base, done](const KubeResponse &response) {
            CqlCredentials c = base;
            const QJsonObject data = response.object.value(QLatin1String("data")).toObject();
            c.username = QString::fromUtf8(QByteArray::fromBase64(data.value(QLatin1String("username")).toString().toLatin1()));
            c.password = QString::fromUtf8(QByteArray::fromBase64(data.value(QLatin1String("password")).toString().toLatin1()));
            if (c.username.isEmpty()) {
                c.error = ClusterTr::tr("The Secret %1 has no username.").arg(c.secretName);
            }
            done(c);
        },
        [base, done](const KubeError &error) {
            CqlCredentials c = base;
            c.error = ClusterTr::tr("Cannot read the superuser Secret %1: %2").arg(c.secretName, error.toString());
            done(c);
        });
}

QStringList cqlshCommand(const CqlCredentials &credentials, const QString &statement)
{
    QStringList command{QStringLiteral("cqlsh")};
    if (!credentials.username.isEmpty()) {
        command << QStringLiteral("-u") << credentials.username << QStringLiteral("-p") << credentials.password;
    }
    command << QStringLiteral("-e") << statement;
    return command;
}

} // namespace Ringside::Cluster
