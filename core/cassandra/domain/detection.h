#pragma once

#include "kube/discovery.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Ringside::Cassandra::Domain {

/*! Which layer of the Cassandra-on-Kubernetes stack manages clusters in a context. \since 0.1 */
enum class Flavor {
    None,           //!< no Cassandra operator API is served
    CassOperator,   //!< plain cass-operator: CassandraDatacenter only
    K8ssandra,      //!< k8ssandra-operator: K8ssandraCluster
    MissionControl, //!< DataStax Mission Control: MissionControlCluster
};

/*! What one kubeconfig context serves, found through API discovery: the Cassandra-related kinds and the API version
    of each (the group's preferred one). Empty strings mean "not served". A cheap value type. \since 0.1 */
struct Installation
{
    QString context;
    bool discovered = false; //!< set by detect(); false for a default-constructed value
    QString missionControlCluster; //!< e.g. "missioncontrol.datastax.com/v1beta2"
    QString k8ssandraCluster;      //!< "k8ssandra.io/v1alpha1"
    QString cassandraDatacenter;   //!< "cassandra.datastax.com/v1beta1"
    QString cassandraTask;         //!< "control.k8ssandra.io/v1alpha1"
    QString k8ssandraTask;
    QString scheduledTask;
    QString clientConfig;          //!< "config.k8ssandra.io/v1beta1"
    QString medusaBackupJob;       //!< medusa.k8ssandra.io or Mission Control's medusa group, whichever is served
    QString medusaBackup;
    QString medusaBackupSchedule;
    QString medusaRestoreJob;
    QString medusaTask;
    QString reaper;                //!< "reaper.k8ssandra.io/v1alpha1"

    bool isValid() const { return discovered; }
    bool hasMissionControl() const { return !missionControlCluster.isEmpty(); }
    bool hasK8ssandra() const { return !k8ssandraCluster.isEmpty(); }
    bool hasCassOperator() const { return !cassandraDatacenter.isEmpty(); }
    bool hasMedusa() const { return !medusaBackupJob.isEmpty(); }
    bool hasReaper() const { return !reaper.isEmpty(); }
    /*! The highest layer served. */
    Flavor flavor() const;
    /*! The kind a new cluster is written as: MissionControlCluster, K8ssandraCluster, or empty when neither. */
    QString clusterKind() const;
    /*! The apiVersion for clusterKind(). */
    QString clusterApiVersion() const;
    /*! One translated sentence per missing piece that limits what can be done (e.g. "Medusa is not installed:
        backups and restores are not available."). Empty when everything is there. */
    QStringList missing() const;
    /*! One translated line: "Mission Control (missioncontrol.datastax.com/v1beta2), k8ssandra-operator (...), ...". */
    QString summary() const;

    /*! Reads the served resources of \a context. Pure: \a resources comes from Discovery::resources(). */
    static Installation detect(const QString &context, const QList<ApiResource> &resources);
};

/*! "Mission Control", "k8ssandra-operator", "cass-operator" or "none", translated. \since 0.1 */
QString flavorName(Flavor flavor);

} // namespace Ringside::Cassandra::Domain

Q_DECLARE_METATYPE(Ringside::Cassandra::Domain::Installation)
