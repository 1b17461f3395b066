#pragma once

#include "kube/kuberequest.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Ringside {
class KubeClient;
}

namespace Ringside::Cassandra::Services {

/*! One exported object: its file name (`kind-name.yaml`, lower case) and clean YAML. \since 0.1 */
struct ExportedObject
{
    QString kind;
    QString name;
    QString fileName;
    QJsonObject object; //!< already clean
    QByteArray yaml;
};

/*! A Secret the exported objects reference: exported as a reference only (name, type, key names), never its data.
    \since 0.1 */
struct SecretReference
{
    QString name;
    QString nameSpace;    //!< empty: the export's namespace (a ClientConfig's kubeconfig Secret lives in its own)
    QString type;         //!< empty when the secret could not be read (it may not exist yet)
    QStringList keys;     //!< the data keys' names, never their values
    QStringList referencedBy; //!< "MissionControlCluster/demo"
    bool exists = false;
};

/*! A GitOps export of one cluster: the objects a DBA commits to recreate it, clean of everything the server adds.
    \since 0.1 */
struct GitOpsExport
{
    QString nameSpace;
    QString cluster;
    QList<ExportedObject> objects;
    QList<SecretReference> secrets;
    QStringList notes; //!< what was left out and why (generated objects...)

    /*! kustomization.yaml listing every object file (sorted), with the Secrets as a comment. */
    QByteArray kustomization() const;
    /*! secrets.yaml: the referenced Secrets as a list of references (not Kubernetes objects, not applied). */
    QByteArray secretReferences() const;
    /*! Writes every file into \a directory (created when missing). Existing files of the same names are replaced;
        nothing else in the directory is touched. Returns the file names written, or an empty list and \a error. */
    QStringList write(const QString &directory, QString *error) const;
};

/*! \a object without what the server owns: status, metadata.managedFields, uid, resourceVersion,
    creationTimestamp, generation, selfLink, ownerReferences, deletionTimestamp/GracePeriod, finalizers, the
    `kubectl.kubernetes.io/last-applied-configuration` annotation (and empty labels/annotations). \since 0.1 */
QJsonObject cleanObject(const QJsonObject &object);

/*! The file name of an exported object: `kind-name.yaml`, lower case. \since 0.1 */
QString exportFileName(const QString &kind, const QString &name);

/*! The names of the Secrets and ConfigMaps an object's spec refers to (`*SecretRef.name`, `secretName`,
    `*ConfigMapRef.name`, volumes' `configMap.name`, env `secretKeyRef`/`configMapKeyRef`...). \since 0.1 */
void collectReferences(const QJsonValue &spec, QStringList *secrets, QStringList *configMaps);

/*! Reads the objects of \a cluster in \a nameSpace: the MissionControlCluster, else the K8ssandraCluster, else its
    CassandraDatacenters; its MedusaBackupSchedules; its Reaper CR unless an owner generated it; the
    MedusaConfiguration its medusa spec refers to (medusaConfigurationRef); the ClientConfigs providing its
    datacenters' k8sContext; the ConfigMaps its specs reference; and the Secrets they reference, as references.
    \since 0.1 */
RequestHandle collectGitOpsExport(KubeClient *client, const QString &nameSpace, const QString &cluster, const QObject *context,
                                  std::function<void(const GitOpsExport &)> ok, ErrorHandler err);

} // namespace Ringside::Cassandra::Services
