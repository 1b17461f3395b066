#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ringside::Sandbox::Backup {

/*! Where a cluster's backups go: MedusaConfiguration/K8ssandraCluster storageProperties resolved. \since 0.1 */
struct StorageConfig
{
    QString provider;   //!< s3, s3_compatible, ... (all kept in the local directory)
    QString bucket;
    QString prefix;     //!< the cluster's folder in the bucket
    QString secretName; //!< storageSecretRef.name
    QString host;
    int port = 0;
    int maxBackupAge = 0;   //!< days; 0 = unlimited
    int maxBackupCount = 0; //!< 0 = unlimited
    int backupGracePeriodInDays = 10;
    QString source; //!< what configured it (for messages)
};

/*! One node of a backup as Medusa records it. \since 0.1 */
struct NodeRecord
{
    QString fqdn;
    QString hostId;
    QString datacenter;
    QString rack;
    QStringList tokens;
};

/*! One object of a node's data directory (an SSTable component) and its simulated size. \since 0.1 */
struct DataFile
{
    QString path; //!< "<keyspace>/<table>-<id>/<file>"
    qint64 size = 0;
};

/*! A backup as read back from storage. \since 0.1 */
struct BackupSummary
{
    QString name;
    QString type; //!< differential | full
    QDateTime started;
    QDateTime finished; //!< invalid until every node finished
    QList<NodeRecord> nodes;
    QStringList finishedNodes; //!< fqdns
    QStringList failedNodes;
    qint64 totalSize = 0;
    qint64 totalFiles = 0;
    /*! SUCCESS, FAILED, IN_PROGRESS (Medusa's gRPC status names). */
    QString status() const;
};

/*! What a purge did on one node. \since 0.1 */
struct PurgeResult
{
    int backupsPurged = 0;
    int objectsPurged = 0;
    qint64 purgedSize = 0;
    int objectsWithinGcGrace = 0;
};

/*! Medusa's storage layout in a local directory: <root>/<bucket>/<prefix>/index/backup_index/<backup>/
    (tokenmap_, manifest_, started_, finished_ files per node) and <root>/<bucket>/<prefix>/<fqdn>/data/...
    (the SSTable objects, shared between differential backups). Objects hold a short text, their simulated size
    is in the manifests. \since 0.1 */
class MedusaStorage
{
public:
    MedusaStorage(const QString &root, const StorageConfig &config);

    QString bucketPath() const;
    QString prefixPath() const;
    bool ensureBucket(QString *error) const;

    /*! Records the start of \a node's backup (tokenmap of \a topology and the started marker). */
    bool startNode(const QString &backup, const QString &type, const NodeRecord &node,
                   const QList<NodeRecord> &topology, const QDateTime &time, QString *error) const;
    /*! When \a node's backup started, if it did. */
    std::optional<QDateTime> nodeStarted(const QString &backup, const QString &fqdn) const;
    /*! Uploads the files not yet stored (differential) or all (full), writes the manifest and the finished marker.
        Returns the number of bytes uploaded, or -1 on error. */
    qint64 finishNode(const QString &backup, const QString &type, const NodeRecord &node,
                      const QList<DataFile> &files, const QDateTime &time, QString *error) const;
    /*! Marks \a node's backup failed (its medusa container could not be reached). */
    bool failNode(const QString &backup, const NodeRecord &node, const QList<NodeRecord> &topology,
                  const QDateTime &time, QString *error) const;

    QStringList backupNames() const;
    std::optional<BackupSummary> backup(const QString &name) const;
    QList<BackupSummary> backups() const;

    /*! Medusa's purge on one node: drops the node's backups beyond maxBackupAge/maxBackupCount (finished ones,
        the newest always kept), then the node's objects no remaining manifest references and older than the
        grace period. */
    PurgeResult purgeNode(const QString &fqdn, const QDateTime &now) const;

private:
    QString indexPath(const QString &backup) const;
    QString objectPath(const QString &backup, const QString &type, const QString &fqdn, const QString &file) const;

    QString m_root;
    StorageConfig m_config;
};

} // namespace Ringside::Sandbox::Backup
