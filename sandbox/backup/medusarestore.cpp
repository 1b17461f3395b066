#include "api/jsonutil.h"
#include "medusacontroller.h"
#include "sandboxtr.h"

#include <QJsonDocument>

#include <algorithm>

namespace Ringside::Sandbox::Backup {

static const QString Manager = QStringLiteral("k8ssandra-operator");

namespace {

// k8ssandra-operator's validateBackupForRestore, message for message.
QString validateBackup(const QJsonObject &backup, const QJsonObject &dc)
{
    const QJsonObject s = backup.value(QLatin1String("status")).toObject();
    const int total = s.value(QLatin1String("totalNodes")).toInt();
    const int finished = s.value(QLatin1String("finishedNodes")).toInt();
    if (total == 0 && finished == 0) {
        return {};
    }
    if (s.value(QLatin1String("finishTime")).toString().isEmpty()) {
        return QStringLiteral("target backup has not finished");
    }
    if (finished != total) {
        return QStringLiteral("target backup has not completed successfully");
    }
    if (total != Json::at(dc, u"spec.size").toInt()) {
        return QStringLiteral("node counts differ for source backup and destination datacenter");
    }
    QMap<QString, int> racks;
    for (const QJsonValue &n : s.value(QLatin1String("nodes")).toArray()) {
        if (n.toObject().value(QLatin1String("datacenter")).toString() != Util::datacenterName(dc)) {
            return QStringLiteral("target datacenter has different name than backup");
        }
        racks[n.toObject().value(QLatin1String("rack")).toString()] += 1;
    }
    const QJsonArray specRacks = Json::at(dc, u"spec.racks").toArray();
    if (!specRacks.isEmpty()) {
        if (racks.size() != specRacks.size()) {
            return QStringLiteral("amount of racks must match in backup and target datacenter");
        }
        for (const QJsonValue &r : specRacks) {
            if (!racks.contains(r.toObject().value(QLatin1String("name")).toString())) {
                return QStringLiteral("rack names must match in backup and target datacenter");
            }
        }
    } else {
        if (racks.size() > 1) {
            return QStringLiteral("amount of racks must match in backup and target datacenter");
        }
        if (racks.firstKey() != QLatin1String("default")) {
            return QStringLiteral("rack names must match in backup and target datacenter");
        }
    }
    return {};
}

// The medusa-restore init container of the datacenter's pod template (index into initContainers, or -1).
int restoreContainerIndex(const QJsonObject &dc)
{
    const QJsonArray init = Json::at(dc, u"spec.podTemplateSpec.spec.initContainers").toArray();
    for (qsizetype i = 0; i < init.size(); ++i) {
        if (init.at(i).toObject().value(QLatin1String("name")).toString() == QLatin1String("medusa-restore")) {
            return int(i);
        }
    }
    return -1;
}

QJsonArray withEnv(QJsonArray env, const QString &name, const QString &value)
{
    for (qsizetype i = 0; i < env.size(); ++i) {
        if (env.at(i).toObject().value(QLatin1String("name")).toString() == name) {
            env.replace(i, QJsonObject{{QLatin1String("name"), name}, {QLatin1String("value"), value}});
            return env;
        }
    }
    env.append(QJsonObject{{QLatin1String("name"), name}, {QLatin1String("value"), value}});
    return env;
}

bool hasEnv(const QJsonObject &container, const QString &name, const QString &value)
{
    for (const QJsonValue &e : container.value(QLatin1String("env")).toArray()) {
        if (e.toObject().value(QLatin1String("name")).toString() == name) {
            return e.toObject().value(QLatin1String("value")).toString() == value;
        }
    }
    return false;
}

} // namespace

void MedusaController::reconcileRestore(const QString &ns, const QString &name)
{
    QJsonObject job = m_client->get(Refs::MedusaRestoreJobs, ns, name);
    if (job.isEmpty() || !Json::at(job, u"status.finishTime").toString().isEmpty()) {
        return;
    }
    QJsonObject status = job.value(QLatin1String("status")).toObject();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto saveStatus = [&] {
        job.insert(QLatin1String("status"), status);
        const bool ok = m_client->updateStatus(Refs::MedusaRestoreJobs, job, Manager).ok();
        job = m_client->get(Refs::MedusaRestoreJobs, ns, name);
        return ok;
    };
    const auto fail = [&](const QString &message) {
        status.insert(QLatin1String("finishTime"), Json::timestamp(now));
        status.insert(QLatin1String("message"), message);
        saveStatus();
        m_client->event(Refs::MedusaRestoreJobs, job, QStringLiteral("Warning"), QStringLiteral("RestoreFailed"), message,
                        Manager);
    };
    const int delay = m_client->paced(600, name + QLatin1String("/step"));
    if (status.value(QLatin1String("startTime")).toString().isEmpty()) {
        status.insert(QLatin1String("startTime"), Json::timestamp(now));
        status.insert(QLatin1String("restoreKey"), m_client->uuid(QStringLiteral("restore/") + ns + u'/' + name + u'/'
                                                                  + Json::metaString(job, QLatin1String("uid"))));
        status.insert(QLatin1String("restorePrepared"), false);
        saveStatus();
    }
    const QString dcName = Json::at(job, u"spec.cassandraDatacenter").toString();
    QJsonObject dc = m_client->get(Refs::CassDcs, ns, dcName);
    if (dc.isEmpty()) {
        status.insert(QLatin1String("message"), QStringLiteral("CassandraDatacenter %1 not found").arg(dcName));
        saveStatus();
        m_restores->requeueAfter(ns, name, m_client->paced(5000, name));
        return;
    }
    if (!ensureOwner(Refs::MedusaRestoreJobs, job, dc)) {
        m_restores->requeueAfter(ns, name, delay);
        return;
    }
    const QString backupName = Json::at(job, u"spec.backup").toString();
    const QJsonObject backup = m_client->get(Refs::MedusaBackups, ns, backupName);
    if (backup.isEmpty()) {
        status.insert(QLatin1String("message"), QStringLiteral("MedusaBackup %1 not found in namespace %2").arg(backupName, ns));
        saveStatus();
        m_restores->requeueAfter(ns, name, m_client->paced(5000, name));
        return;
    }
    if (const QString invalid = validateBackup(backup, dc); !invalid.isEmpty()) {
        fail(invalid);
        return;
    }
    if (!status.value(QLatin1String("restorePrepared")).toBool()) {
        // The restore mapping: target node <- source node, rack by rack in order (Medusa's host map).
        QMap<QString, QStringList> sources; // rack -> source hosts
        for (const QJsonValue &n : Json::at(backup, u"status.nodes").toArray()) {
            sources[n.toObject().value(QLatin1String("rack")).toString()].append(
                n.toObject().value(QLatin1String("host")).toString());
        }
        QMap<QString, QList<QJsonObject>> targets;
        for (const QJsonObject &pod : Util::datacenterPods(*m_client, dc)) {
            targets[Util::rackOf(pod)].append(pod);
        }
        QJsonObject hostMap;
        bool inPlace = true;
        int mapped = 0;
        for (auto it = sources.begin(); it != sources.end(); ++it) {
            QStringList hosts = it.value();
            hosts.sort();
            QList<QJsonObject> pods = targets.value(it.key());
            for (qsizetype i = 0; i < hosts.size() && i < pods.size(); ++i) {
                const QString target = nodeRecord(dc, pods.at(i)).fqdn;
                inPlace = inPlace && target == hosts.at(i);
                hostMap.insert(target, QJsonObject{{QLatin1String("source"), QJsonArray{hosts.at(i)}},
                                                   {QLatin1String("seed"), Util::label(pods.at(i), QStringLiteral("cassandra.datastax.com/seed-node")) == QLatin1String("true")}});
                ++mapped;
            }
        }
        if (mapped != Json::at(backup, u"status.totalNodes").toInt()) {
            // Nodes are not all there yet (a stopped DC has no pods): map once they are, as Medusa needs them.
            if (!Util::datacenterStopped(dc)) {
                m_restores->requeueAfter(ns, name, delay);
                return;
            }
            fail(QStringLiteral("cannot map the %1 nodes of backup %2 onto the pods of datacenter %3")
                     .arg(Json::at(backup, u"status.totalNodes").toInt())
                     .arg(backupName, dcName));
            return;
        }
        status.insert(QLatin1String("restoreMapping"),
                      QJsonObject{{QLatin1String("in_place"), inPlace}, {QLatin1String("host_map"), hostMap}});
        status.insert(QLatin1String("restorePrepared"), true);
        status.remove(QLatin1String("message"));
        saveStatus();
        m_client->event(Refs::MedusaRestoreJobs, job, QStringLiteral("Normal"), QStringLiteral("RestorePrepared"),
                        QStringLiteral("restore of %1 prepared (%2)").arg(backupName, inPlace ? QStringLiteral("in place") : QStringLiteral("remote")),
                        Manager);
        m_restores->requeueAfter(ns, name, delay);
        return;
    }
    if (status.value(QLatin1String("datacenterStopped")).toString().isEmpty()) {
        if (Util::datacenterStopped(dc) && Util::datacenterPods(*m_client, dc).isEmpty()) {
            status.insert(QLatin1String("datacenterStopped"), Json::timestamp(now));
            saveStatus();
        } else if (!Json::at(dc, u"spec.stopped").toBool()) {
            m_client->mergePatch(Refs::CassDcs, ns, dcName,
                                 QJsonObject{{QLatin1String("spec"), QJsonObject{{QLatin1String("stopped"), true}}}}, Manager);
            m_client->event(Refs::MedusaRestoreJobs, job, QStringLiteral("Normal"), QStringLiteral("StoppingDatacenter"),
                            QStringLiteral("stopping datacenter %1 to restore %2").arg(dcName, backupName), Manager);
        }
        m_restores->requeueAfter(ns, name, delay);
        return;
    }
    const int index = restoreContainerIndex(dc);
    if (index < 0) {
        fail(QStringLiteral("the datacenter is not properly configured for backup/restore: no medusa-restore init "
                            "container in CassandraDatacenter %1 spec.podTemplateSpec")
                 .arg(dcName));
        return;
    }
    QJsonArray init = Json::at(dc, u"spec.podTemplateSpec.spec.initContainers").toArray();
    QJsonObject container = init.at(index).toObject();
    const QString restoreKey = status.value(QLatin1String("restoreKey")).toString();
    const QString mapping
        = QString::fromUtf8(QJsonDocument(status.value(QLatin1String("restoreMapping")).toObject()).toJson(QJsonDocument::Compact));
    if (!hasEnv(container, QStringLiteral("BACKUP_NAME"), backupName)
        || !hasEnv(container, QStringLiteral("RESTORE_KEY"), restoreKey)
        || !hasEnv(container, QStringLiteral("RESTORE_MAPPING"), mapping)) {
        QJsonArray env = container.value(QLatin1String("env")).toArray();
        env = withEnv(env, QStringLiteral("BACKUP_NAME"), backupName);
        env = withEnv(env, QStringLiteral("RESTORE_MAPPING"), mapping);
        env = withEnv(env, QStringLiteral("RESTORE_KEY"), restoreKey);
        container.insert(QLatin1String("env"), env);
        init.replace(index, container);
        Json::setAt(dc, u"spec.podTemplateSpec.spec.initContainers", init);
        m_client->update(Refs::CassDcs, dc, Manager);
        m_restores->requeueAfter(ns, name, delay);
        return;
    }
    // The StatefulSets (when a StatefulSet controller runs) must carry the new template before the restart.
    for (const QJsonObject &sts : m_client->list(Refs::StatefulSets, ns)) {
        if (Util::label(sts, QStringLiteral("cassandra.datastax.com/datacenter")) != Util::datacenterName(dc)
            && Util::label(sts, QStringLiteral("cassandra.datastax.com/datacenter")) != dcName) {
            continue;
        }
        bool carries = false;
        for (const QJsonValue &c : Json::at(sts, u"spec.template.spec.initContainers").toArray()) {
            carries = carries
                      || (c.toObject().value(QLatin1String("name")).toString() == QLatin1String("medusa-restore")
                          && hasEnv(c.toObject(), QStringLiteral("RESTORE_KEY"), restoreKey));
        }
        if (!carries) {
            m_restores->requeueAfter(ns, name, delay);
            return;
        }
    }
    if (Json::at(dc, u"spec.stopped").toBool()) {
        m_client->mergePatch(Refs::CassDcs, ns, dcName,
                             QJsonObject{{QLatin1String("spec"), QJsonObject{{QLatin1String("stopped"), false}}}}, Manager);
        m_client->event(Refs::MedusaRestoreJobs, job, QStringLiteral("Normal"), QStringLiteral("StartingDatacenter"),
                        QStringLiteral("starting datacenter %1; medusa-restore restores %2 on every node").arg(dcName, backupName),
                        Manager);
        m_restores->requeueAfter(ns, name, delay);
        return;
    }
    // Per-node progress: a node is restored once its pod (created after the stop, so through medusa-restore) is
    // ready.
    const QDateTime stoppedAt = Json::parseTimestamp(status.value(QLatin1String("datacenterStopped")).toString());
    QJsonArray inProgress, finished;
    for (const QJsonObject &pod : Util::datacenterPods(*m_client, dc)) {
        const QDateTime created = Json::parseTimestamp(Json::metaString(pod, QLatin1String("creationTimestamp")));
        (Util::podReady(pod) && created >= stoppedAt ? finished : inProgress).append(Json::name(pod));
    }
    const bool ready = Util::datacenterReady(dc) && inProgress.isEmpty()
                       && finished.size() == Json::at(backup, u"status.totalNodes").toInt();
    if (status.value(QLatin1String("inProgress")).toArray() != inProgress
        || status.value(QLatin1String("finished")).toArray() != finished || ready) {
        status.insert(QLatin1String("inProgress"), inProgress);
        status.insert(QLatin1String("finished"), finished);
        if (ready) {
            status.insert(QLatin1String("finishTime"), Json::timestamp(now));
        }
        saveStatus();
        if (ready) {
            m_client->event(Refs::MedusaRestoreJobs, job, QStringLiteral("Normal"), QStringLiteral("RestoreFinished"),
                            QStringLiteral("datacenter %1 restored from %2 and Ready").arg(dcName, backupName), Manager);
            return;
        }
    }
    m_restores->requeueAfter(ns, name, delay);
}

bool MedusaController::runTaskOnPod(const QJsonObject &task, const QJsonObject &dc, const QJsonObject &pod,
                                    QJsonObject *result, QString *error)
{
    const QString operation = Json::at(task, u"spec.operation").toString();
    const auto config = storageFor(dc, error);
    if (!config) {
        return false;
    }
    const MedusaStorage store = storage(*config);
    if (!store.ensureBucket(error)) {
        return false;
    }
    *result = QJsonObject{{QLatin1String("podName"), Json::name(pod)}};
    const QString ns = Json::ns(task);
    if (operation == QLatin1String("purge")) {
        const PurgeResult p = store.purgeNode(nodeRecord(dc, pod).fqdn, QDateTime::currentDateTimeUtc());
        result->insert(QLatin1String("nbBackupsPurged"), p.backupsPurged);
        result->insert(QLatin1String("nbObjectsPurged"), p.objectsPurged);
        result->insert(QLatin1String("totalPurgedSize"), p.purgedSize);
        result->insert(QLatin1String("totalObjectsWithinGcGrace"), p.objectsWithinGcGrace);
        return true;
    }
    if (operation == QLatin1String("sync")) {
        const QString dcName = Util::datacenterName(dc);
        QSet<QString> remote;
        for (const BackupSummary &b : store.backups()) {
            const bool ours = std::any_of(b.nodes.begin(), b.nodes.end(),
                                          [&](const NodeRecord &n) { return n.datacenter == dcName; });
            if (!ours || !b.finished.isValid()) {
                continue;
            }
            remote.insert(b.name);
            if (!m_client->get(Refs::MedusaBackups, ns, b.name).isEmpty()) {
                continue;
            }
            const QJsonObject object{
                {QLatin1String("metadata"), QJsonObject{{QLatin1String("name"), b.name}, {QLatin1String("namespace"), ns}}},
                {QLatin1String("spec"), QJsonObject{{QLatin1String("cassandraDatacenter"), Json::name(dc)},
                                                    {QLatin1String("backupType"), b.type}}}};
            if (m_client->create(Refs::MedusaBackups, ns, object, Manager).ok()) {
                QJsonObject stored = m_client->get(Refs::MedusaBackups, ns, b.name);
                stored.insert(QLatin1String("status"), backupStatusFromSummary(b));
                m_client->updateStatus(Refs::MedusaBackups, stored, Manager);
            }
        }
        // Backups of this datacenter that storage no longer has go too.
        for (const QJsonObject &b : m_client->list(Refs::MedusaBackups, ns)) {
            if (Json::at(b, u"spec.cassandraDatacenter").toString() == Json::name(dc) && !remote.contains(Json::name(b))) {
                m_client->remove(Refs::MedusaBackups, ns, Json::name(b), Manager);
            }
        }
        return true;
    }
    if (operation == QLatin1String("prepare_restore")) {
        const QString backupName = Json::at(task, u"spec.backupName").toString();
        if (!store.backup(backupName)) {
            *error = SandboxTr::tr("backup %1 not found in bucket %2").arg(backupName, config->bucket);
            return false;
        }
        return true;
    }
    *error = SandboxTr::tr("unknown operation \"%1\"").arg(operation);
    return false;
}

void MedusaController::reconcileTask(const QString &ns, const QString &name)
{
    QJsonObject task = m_client->get(Refs::MedusaTasks, ns, name);
    if (task.isEmpty() || !Json::at(task, u"status.finishTime").toString().isEmpty()) {
        return;
    }
    const QString operation = Json::at(task, u"spec.operation").toString();
    const QString dcName = Json::at(task, u"spec.cassandraDatacenter").toString();
    const QJsonObject dc = m_client->get(Refs::CassDcs, ns, dcName);
    if (dc.isEmpty()) {
        m_client->event(Refs::MedusaTasks, task, QStringLiteral("Warning"), QStringLiteral("DatacenterNotFound"),
                        QStringLiteral("CassandraDatacenter %1 not found").arg(dcName), Manager);
        m_tasks->requeueAfter(ns, name, m_client->paced(5000, name));
        return;
    }
    if (!ensureOwner(Refs::MedusaTasks, task, dc)) {
        m_tasks->requeueAfter(ns, name, m_client->paced(500, name));
        return;
    }
    QJsonObject status = task.value(QLatin1String("status")).toObject();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<QJsonObject> pods = Util::datacenterPods(*m_client, dc);
    if (status.value(QLatin1String("startTime")).toString().isEmpty()) {
        QJsonArray inProgress;
        for (const QJsonObject &pod : pods) {
            // Sync reads the bucket once, through the first pod; purge and prepare_restore run on every node.
            if (operation != QLatin1String("sync") || (inProgress.isEmpty() && Util::podReady(pod))) {
                inProgress.append(Json::name(pod));
            }
        }
        if (inProgress.isEmpty() && !pods.isEmpty()) {
            inProgress.append(Json::name(pods.first()));
        }
        status.insert(QLatin1String("startTime"), Json::timestamp(now));
        status.insert(QLatin1String("inProgress"), inProgress);
        task.insert(QLatin1String("status"), status);
        m_client->updateStatus(Refs::MedusaTasks, task, Manager);
        m_tasks->requeueAfter(ns, name, m_client->paced(operation == QLatin1String("purge") ? 1500 : 700, name));
        return;
    }
    QJsonArray finished = status.value(QLatin1String("finished")).toArray();
    QJsonArray failed = status.value(QLatin1String("failed")).toArray();
    for (const QJsonValue &v : status.value(QLatin1String("inProgress")).toArray()) {
        const auto pod = std::find_if(pods.begin(), pods.end(), [&](const QJsonObject &p) { return Json::name(p) == v.toString(); });
        QJsonObject result;
        QString error;
        if (pod == pods.end() || !Util::podReady(*pod)) {
            error = QStringLiteral("pod %1 is not ready").arg(v.toString());
        }
        if (error.isEmpty() && runTaskOnPod(task, dc, *pod, &result, &error)) {
            finished.append(result);
        } else {
            failed.append(v.toString());
            m_client->event(Refs::MedusaTasks, task, QStringLiteral("Warning"), QStringLiteral("TaskFailed"),
                            QStringLiteral("%1 on %2 failed: %3").arg(operation, v.toString(), error), Manager);
        }
    }
    status.insert(QLatin1String("inProgress"), QJsonArray());
    status.insert(QLatin1String("finished"), finished);
    status.insert(QLatin1String("failed"), failed);
    status.insert(QLatin1String("finishTime"), Json::timestamp(QDateTime::currentDateTimeUtc()));
    task.insert(QLatin1String("status"), status);
    m_client->updateStatus(Refs::MedusaTasks, task, Manager);
    if (operation == QLatin1String("purge")) {
        // As k8ssandra-operator does: a sync task brings the MedusaBackup objects in line with the bucket.
        const QJsonObject sync{
            {QLatin1String("metadata"),
             QJsonObject{{QLatin1String("name"), QString(name + QLatin1String("-sync"))},
                         {QLatin1String("namespace"), ns},
                         {QLatin1String("ownerReferences"),
                          QJsonArray{Util::ownerReference(QStringLiteral("medusa.k8ssandra.io/v1alpha1"), QStringLiteral("MedusaTask"), task)}}}},
            {QLatin1String("spec"), QJsonObject{{QLatin1String("cassandraDatacenter"), dcName},
                                                {QLatin1String("operation"), QLatin1String("sync")}}}};
        m_client->create(Refs::MedusaTasks, ns, sync, Manager);
    }
}

} // namespace Ringside::Sandbox::Backup
