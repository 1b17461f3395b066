// The manifests of the walk (raw strings live here, away from moc).
#include "walksupport.h"

namespace Ringside::Test::Walk {

/*! Step 17's backup storage, as a user pastes it into a YAML editor: the bucket's key, a MedusaConfiguration, and
    the cluster's reference to it (server-side apply of only that field). */
QString backupStorageYaml(const QString &ns, const QString &cluster)
{
    return QStringLiteral(R"(apiVersion: v1
kind: Secret
metadata:
  name: walk-bucket-key
  namespace: %1
stringData:
  credentials: |
    [default]
    aws_access_key_id = walk
    aws_secret_access_key = walk-secret
---
apiVersion: medusa.k8ssandra.io/v1alpha1
kind: MedusaConfiguration
metadata:
  name: walk-storage
  namespace: %1
spec:
  storageProperties:
    storageProvider: s3_compatible
    bucketName: walk-backups
    host: minio.%1.svc
    port: 9000
    secure: false
    storageSecretRef:
      name: walk-bucket-key
---
apiVersion: missioncontrol.datastax.com/v1beta2
kind: MissionControlCluster
metadata:
  name: %2
  namespace: %1
spec:
  k8ssandra:
    medusa:
      medusaConfigurationRef:
        name: walk-storage
)")
        .arg(ns, cluster);
}

/*! The Reaper of the cluster's first datacenter (what k8ssandra-operator deploys from spec.reaper). */
QString reaperYaml(const QString &ns, const QString &cluster)
{
    return QStringLiteral(R"(apiVersion: reaper.k8ssandra.io/v1alpha1
kind: Reaper
metadata:
  name: %2-dc1-reaper
  namespace: %1
  labels:
    k8ssandra.io/cluster-name: %2
    k8ssandra.io/cluster-namespace: %1
spec:
  datacenterRef:
    name: %2-dc1
)")
        .arg(ns, cluster);
}

} // namespace Ringside::Test::Walk
