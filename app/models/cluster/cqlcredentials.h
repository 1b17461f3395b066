#pragma once

#include "cassandra/domain/model.h"

#include <QObject>
#include <QStringList>

#include <functional>

namespace Ringside {
class KubeClient;
}

namespace Ringside::Cluster {

/*! The superuser credentials cqlsh logs in with, read from the cluster's superuser Secret. Never logged and never
    shown; the password only travels in the exec request to the Cassandra container. \since 0.1 */
struct CqlCredentials
{
    QString secretName;
    QString username;
    QString password;
    QString error; //!< why they could not be read (translated), else empty

    bool isValid() const { return error.isEmpty() && !username.isEmpty(); }
};

/*! The superuser Secret of \a cluster: superuserSecretRef (MissionControlCluster, K8ssandraCluster),
    superuserSecretName (CassandraDatacenter), else the operators' default `<cluster name>-superuser`. \since 0.1 */
QString superuserSecretName(const Cassandra::Domain::Cluster &cluster);

/*! Reads the Secret \a secretName of \a nameSpace and calls \a done with its username and password. \since 0.1 */
void readCqlCredentials(KubeClient *client, const QString &nameSpace, const QString &secretName, const QObject *context,
                        std::function<void(const CqlCredentials &)> done);

/*! `cqlsh -u USER -p PASSWORD -e STATEMENT` (without credentials when \a credentials has no user). \since 0.1 */
QStringList cqlshCommand(const CqlCredentials &credentials, const QString &statement);

} // namespace Ringside::Cluster
