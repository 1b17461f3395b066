#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Ringside::Sandbox {

class Kube;

/*! The names and shape cass-operator derives from one CassandraDatacenter (CO construct_*.go). \since 0.1 */
struct DcView
{
    QJsonObject dc;
    QString ns;
    QString name;        //!< metadata.name
    QString clusterName; //!< spec.clusterName as given (Cassandra's cluster_name)
    QString cluster;     //!< cleaned cluster name (labels, object names)
    QString dcLabel;     //!< cleaned datacenterName or metadata.name
    QString cassandraDc; //!< the datacenter's name inside Cassandra
    QStringList racks;
    QList<int> rackSizes; //!< desired nodes per rack (0 when stopped)
    int size = 0;
    bool stopped = false;

    explicit DcView(const QJsonObject &dc);
    QString stsName(const QString &rack) const { return cluster + u'-' + dcLabel + u'-' + rack + QLatin1String("-sts"); }
    QString allPodsService() const { return cluster + u'-' + dcLabel + QLatin1String("-all-pods-service"); }
    QString superuserSecret() const;
    /*! The labels every pod of the datacenter carries (cluster, datacenter). */
    QJsonObject dcSelector() const;
    QJsonObject commonLabels() const;
    /*! The container image for the server type and version (or spec.serverImage). */
    QString image() const;
};

namespace CassBuild {
inline const QString ResourceHashAnnotation = QStringLiteral("cassandra.datastax.com/resource-hash");
inline const QString ConfigHashAnnotation = QStringLiteral("cassandra.datastax.com/config-hash");
inline const QString RestartedAtAnnotation = QStringLiteral("control.k8ssandra.io/restartedAt");
inline const QString SeedLabel = QStringLiteral("cassandra.datastax.com/seed-node");
inline const QString RackLabel = QStringLiteral("cassandra.datastax.com/rack");

/*! The StatefulSet of one rack; \a restartedAt is kept from the live template (set by restart tasks). Its
    metadata carries the resource-hash annotation of the desired spec. */
QJsonObject statefulSet(const DcView &view, int rackIndex, int replicas, const QString &restartedAt);
/*! The four services: dc service, seed service, additional seed service, all-pods service. */
QList<QJsonObject> services(const DcView &view);
/*! The superuser Secret (username <cluster>-superuser, a seeded password). */
QJsonObject superuserSecret(const DcView &view, Kube *kube);
/*! An error for specs cass-operator's webhook refuses, or "". */
QString validate(const DcView &view);
} // namespace CassBuild

} // namespace Ringside::Sandbox
