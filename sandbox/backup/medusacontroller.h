#pragma once

#include "backupkit.h"
#include "medusastorage.h"

#include <QObject>

namespace Ringside::Sandbox::Backup {

/*! The Medusa side of k8ssandra-operator, simulated: MedusaConfiguration (secret and bucket checks),
    MedusaBackupJob (one backup per datacenter pod, concurrently, producing a MedusaBackup of the same name),
    MedusaBackupSchedule (cron), MedusaRestoreJob (prepare, stop the datacenter, set the medusa-restore init
    container, restart, wait for Ready) and MedusaTask (sync, purge, prepare_restore). Backups are kept in
    Medusa's layout under the storage directory; everything else derives from objects. \since 0.1 */
class MedusaController : public QObject
{
    Q_OBJECT
public:
    explicit MedusaController(Client *client, QObject *parent = nullptr);

    /*! Enqueues every Medusa object (start, state loaded). */
    void resync();
    void observe(const StoreEvent &event);

    /*! The storage of a CassandraDatacenter (K8ssandraCluster spec.medusa, else the `<cluster>-medusa` ConfigMap
        with medusa.ini); nullopt with \a error when Medusa is not configured. */
    std::optional<StorageConfig> storageFor(const QJsonObject &dc, QString *error) const;
    /*! The SSTable files of a node at \a time (deterministic under the seed). */
    QList<DataFile> dataFiles(const QJsonObject &dc, const QString &hostId, const QDateTime &time) const;
    /*! Medusa's node record of a datacenter pod. */
    NodeRecord nodeRecord(const QJsonObject &dc, const QJsonObject &pod) const;

private:
    void reconcileConfiguration(const QString &ns, const QString &name);
    void reconcileBackupJob(const QString &ns, const QString &name);
    void reconcileSchedule(const QString &ns, const QString &name);
    void reconcileRestore(const QString &ns, const QString &name);
    void reconcileTask(const QString &ns, const QString &name);

    void requeueUnfinished(const Ref &ref, WorkQueue *queue, const QString &ns);
    bool ensureOwner(const Ref &ref, QJsonObject &object, const QJsonObject &dc);
    QJsonObject backupStatusFromSummary(const BackupSummary &summary) const;
    MedusaStorage storage(const StorageConfig &config) const;
    bool runTaskOnPod(const QJsonObject &task, const QJsonObject &dc, const QJsonObject &pod, QJsonObject *result,
                      QString *error);

    Client *m_client;
    WorkQueue *m_configurations;
    WorkQueue *m_backupJobs;
    WorkQueue *m_schedules;
    WorkQueue *m_restores;
    WorkQueue *m_tasks;
};

} // namespace Ringside::Sandbox::Backup
