#include "medusacontroller.h"

#include "api/jsonutil.h"
#include "cron.h"
#include "sandboxtr.h"
#include "store/objectstore.h"

#include <QCryptographicHash>

#include <algorithm>
#include <cmath>

namespace Ringside::Sandbox::Backup {

static const QString Manager = QStringLiteral("k8ssandra-operator");
static const QString MedusaApiVersion = QStringLiteral("medusa.k8ssandra.io/v1alpha1");

MedusaController::MedusaController(Client *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_configurations = new WorkQueue([this](const QString &ns, const QString &n) { reconcileConfiguration(ns, n); }, this);
    m_backupJobs = new WorkQueue([this](const QString &ns, const QString &n) { reconcileBackupJob(ns, n); }, this);
    m_schedules = new WorkQueue([this](const QString &ns, const QString &n) { reconcileSchedule(ns, n); }, this);
    m_restores = new WorkQueue([this](const QString &ns, const QString &n) { reconcileRestore(ns, n); }, this);
    m_tasks = new WorkQueue([this](const QString &ns, const QString &n) { reconcileTask(ns, n); }, this);
}

void MedusaController::resync()
{
    const std::pair<Ref, WorkQueue *> kinds[] = {{Refs::MedusaConfigurations, m_configurations},
                                                 {Refs::MedusaBackupJobs, m_backupJobs},
                                                 {Refs::MedusaBackupSchedules, m_schedules},
                                                 {Refs::MedusaRestoreJobs, m_restores},
                                                 {Refs::MedusaTasks, m_tasks}};
    for (const auto &[ref, queue] : kinds) {
        for (const QJsonObject &o : m_client->list(ref)) {
            queue->enqueue(Json::ns(o), Json::name(o));
        }
    }
}

void MedusaController::requeueUnfinished(const Ref &ref, WorkQueue *queue, const QString &ns)
{
    for (const QJsonObject &o : m_client->list(ref, ns)) {
        if (Json::at(o, u"status.finishTime").toString().isEmpty()) {
            queue->enqueue(ns, Json::name(o));
        }
    }
}

void MedusaController::observe(const StoreEvent &event)
{
    if (event.type == StoreEvent::Type::Deleted) {
        return;
    }
    const QString ns = Json::ns(event.object);
    const QString name = Json::name(event.object);
    const QString key = event.storageKey;
    if (key == Refs::storageKey(Refs::MedusaConfigurations)) {
        m_configurations->enqueue(ns, name);
    } else if (key == Refs::storageKey(Refs::Secrets)) {
        for (const QJsonObject &c : m_client->list(Refs::MedusaConfigurations, ns)) {
            m_configurations->enqueue(ns, Json::name(c));
        }
    } else if (key == Refs::storageKey(Refs::MedusaBackupJobs)) {
        m_backupJobs->enqueue(ns, name);
    } else if (key == Refs::storageKey(Refs::MedusaBackupSchedules)) {
        m_schedules->enqueue(ns, name);
    } else if (key == Refs::storageKey(Refs::MedusaRestoreJobs)) {
        m_restores->enqueue(ns, name);
    } else if (key == Refs::storageKey(Refs::MedusaTasks)) {
        m_tasks->enqueue(ns, name);
    } else if (key == Refs::storageKey(Refs::CassDcs)) {
        requeueUnfinished(Refs::MedusaRestoreJobs, m_restores, ns);
        requeueUnfinished(Refs::MedusaBackupJobs, m_backupJobs, ns);
    } else if (key == Refs::storageKey(Refs::Pods)) {
        if (!Util::label(event.object, QStringLiteral("cassandra.datastax.com/cluster")).isEmpty()) {
            requeueUnfinished(Refs::MedusaRestoreJobs, m_restores, ns);
        }
    }
}

MedusaStorage MedusaController::storage(const StorageConfig &config) const
{
    return MedusaStorage(m_client->settings().storageDirectory, config);
}

static void applyStorageProperties(StorageConfig *c, const QJsonObject &p)
{
    const auto text = [&](const char *key, QString *out) {
        const QString v = p.value(QLatin1String(key)).toString();
        if (!v.isEmpty()) {
            *out = v;
        }
    };
    const auto number = [&](const char *key, int *out) {
        if (p.contains(QLatin1String(key))) {
            *out = p.value(QLatin1String(key)).toInt();
        }
    };
    text("storageProvider", &c->provider);
    text("bucketName", &c->bucket);
    text("prefix", &c->prefix);
    text("host", &c->host);
    c->secretName = p.value(QLatin1String("storageSecretRef")).toObject().value(QLatin1String("name")).toString(c->secretName);
    number("port", &c->port);
    number("maxBackupAge", &c->maxBackupAge);
    number("maxBackupCount", &c->maxBackupCount);
    number("backupGracePeriodInDays", &c->backupGracePeriodInDays);
}

std::optional<StorageConfig> MedusaController::storageFor(const QJsonObject &dc, QString *error) const
{
    const QString clusterName = Json::at(dc, u"spec.clusterName").toString();
    const QString k8cName = Util::label(dc, QStringLiteral("k8ssandra.io/cluster-name"));
    if (!k8cName.isEmpty()) {
        QString k8cNs = Util::label(dc, QStringLiteral("k8ssandra.io/cluster-namespace"));
        k8cNs = k8cNs.isEmpty() ? Json::ns(dc) : k8cNs;
        const QJsonObject k8c = m_client->get(Refs::K8cs, k8cNs, k8cName);
        const QJsonObject medusa = Json::at(k8c, u"spec.medusa").toObject();
        if (!k8c.isEmpty()) {
            if (medusa.isEmpty()) {
                *error = SandboxTr::tr("medusa is not deployed: K8ssandraCluster %1/%2 has no spec.medusa").arg(k8cNs, k8cName);
                return std::nullopt;
            }
            StorageConfig c;
            c.source = QStringLiteral("K8ssandraCluster %1/%2").arg(k8cNs, k8cName);
            c.prefix = Json::at(k8c, u"spec.cassandra.clusterName").toString(k8cName);
            const QString ref = medusa.value(QLatin1String("medusaConfigurationRef")).toObject().value(QLatin1String("name")).toString();
            if (!ref.isEmpty()) {
                const QJsonObject shared = m_client->get(Refs::MedusaConfigurations, k8cNs, ref);
                if (shared.isEmpty()) {
                    *error = SandboxTr::tr("MedusaConfiguration %1/%2 referenced by %3 does not exist").arg(k8cNs, ref, c.source);
                    return std::nullopt;
                }
                applyStorageProperties(&c, Json::at(shared, u"spec.storageProperties").toObject());
            }
            applyStorageProperties(&c, medusa.value(QLatin1String("storageProperties")).toObject());
            if (c.bucket.isEmpty()) {
                *error = SandboxTr::tr("%1 has no medusa storageProperties.bucketName").arg(c.source);
                return std::nullopt;
            }
            return c;
        }
    }
    const QString cmName = Util::clean(clusterName) + QLatin1String("-medusa");
    const QJsonObject cm = m_client->get(Refs::ConfigMaps, Json::ns(dc), cmName);
    const QString ini = Json::at(cm, u"data").toObject().value(QLatin1String("medusa.ini")).toString();
    if (ini.isEmpty()) {
        *error = SandboxTr::tr("medusa is not deployed for CassandraDatacenter %1/%2: no K8ssandraCluster with spec.medusa "
                               "and no ConfigMap %3 with a medusa.ini")
                     .arg(Json::ns(dc), Json::name(dc), cmName);
        return std::nullopt;
    }
    StorageConfig c;
    c.source = QStringLiteral("ConfigMap %1/%2").arg(Json::ns(dc), cmName);
    c.prefix = clusterName;
    QString section;
    for (const QString &raw : ini.split(u'\n')) {
        const QString line = raw.trimmed();
        if (line.startsWith(u'[')) {
            section = line.mid(1, line.indexOf(u']') - 1).trimmed();
            continue;
        }
        const qsizetype eq = line.indexOf(u'=');
        if (section != QLatin1String("storage") || eq < 0 || line.startsWith(u'#') || line.startsWith(u';')) {
            continue;
        }
        const QString k = line.left(eq).trimmed();
        const QString v = line.mid(eq + 1).trimmed();
        if (k == QLatin1String("storage_provider")) {
            c.provider = v;
        } else if (k == QLatin1String("bucket_name")) {
            c.bucket = v;
        } else if (k == QLatin1String("prefix")) {
            c.prefix = v;
        } else if (k == QLatin1String("host")) {
            c.host = v;
        } else if (k == QLatin1String("port")) {
            c.port = v.toInt();
        } else if (k == QLatin1String("max_backup_age")) {
            c.maxBackupAge = v.toInt();
        } else if (k == QLatin1String("max_backup_count")) {
            c.maxBackupCount = v.toInt();
        } else if (k == QLatin1String("backup_grace_period_in_days")) {
            c.backupGracePeriodInDays = v.toInt();
        }
    }
    if (c.bucket.isEmpty()) {
        *error = SandboxTr::tr("%1: medusa.ini has no bucket_name in [storage]").arg(c.source);
        return std::nullopt;
    }
    return c;
}

NodeRecord MedusaController::nodeRecord(const QJsonObject &dc, const QJsonObject &pod) const
{
    const QString cluster = Util::clean(Json::at(dc, u"spec.clusterName").toString());
    NodeRecord r;
    r.fqdn = Json::name(pod) + u'.' + cluster + u'-' + Util::clean(Util::datacenterName(dc))
             + QLatin1String("-all-pods-service.") + Json::ns(pod) + QLatin1String(".svc.cluster.local");
    r.hostId = Util::hostId(*m_client, dc, pod);
    r.datacenter = Util::datacenterName(dc);
    r.rack = Util::rackOf(pod);
    for (qint64 t : Util::nodeTokens(*m_client, r.hostId, Util::numTokens(dc))) {
        r.tokens.append(QString::number(t));
    }
    return r;
}

QList<DataFile> MedusaController::dataFiles(const QJsonObject &dc, const QString &hostId, const QDateTime &time) const
{
    struct Table
    {
        const char *keyspace;
        const char *table;
        double replicaMiB;
        bool replicated;
    };
    static const Table tables[] = {
        {"system_auth", "roles", 0.02, true},
        {"system_auth", "role_members", 0.01, true},
        {"system_auth", "role_permissions", 0.01, true},
        {"system_schema", "keyspaces", 0.01, false},
        {"system_schema", "tables", 0.08, false},
        {"system_schema", "columns", 0.15, false},
        {"system_distributed", "repair_history", 12, true},
        {"demo_ks", "users", 1460, true},
        {"demo_ks", "events", 5210, true},
        {"inventory", "products", 410, true},
        {"inventory", "stock_by_store", 172, true},
    };
    static const std::pair<const char *, double> components[] = {
        {"Data.db", 0.955}, {"Index.db", 0.03},       {"Filter.db", 0.006}, {"Summary.db", 0.002},
        {"Statistics.db", 0.004}, {"CompressionInfo.db", 0.003}, {"Digest.crc32", 0.0}, {"TOC.txt", 0.0}};
    const int size = std::max(1, Json::at(dc, u"spec.size").toInt(1));
    const double share = double(std::min(3, size)) / double(size);
    const qint64 compactionEpoch = time.toSecsSinceEpoch() / (6 * 3600);
    const qint64 flushEpoch = time.toSecsSinceEpoch() / 600;
    QList<DataFile> out;
    for (const Table &t : tables) {
        const QString tableKey = QLatin1String(t.keyspace) + u'.' + QLatin1String(t.table);
        const QString dir = QLatin1String(t.keyspace) + u'/' + QLatin1String(t.table) + u'-'
                            + m_client->uuid(QStringLiteral("table/") + tableKey).remove(u'-');
        const double jitter = 0.92 + 0.16 * m_client->unit(hostId + tableKey);
        const double bytes = t.replicaMiB * 1024 * 1024 * (t.replicated ? share : 1.0) * jitter;
        // Two compacted SSTables (replaced every six hours) and the latest flush (every ten minutes).
        const std::pair<qint64, double> sstables[] = {
            {compactionEpoch * 10 + 1, 0.6}, {compactionEpoch * 10 + 2, 0.3}, {flushEpoch, 0.1}};
        for (const auto &[generation, fraction] : sstables) {
            for (const auto &[component, part] : components) {
                qint64 s = qint64(bytes * fraction * part);
                if (QLatin1String(component) == QLatin1String("Digest.crc32")) {
                    s = 10;
                } else if (QLatin1String(component) == QLatin1String("TOC.txt")) {
                    s = 92;
                }
                out.append({dir + QLatin1String("/nb-") + QString::number(generation) + QLatin1String("-big-")
                                + QLatin1String(component),
                            std::max<qint64>(s, 16)});
            }
        }
    }
    return out;
}

bool MedusaController::ensureOwner(const Ref &ref, QJsonObject &object, const QJsonObject &dc)
{
    if (!Json::meta(object).value(QLatin1String("ownerReferences")).toArray().isEmpty()) {
        return true;
    }
    Json::setMeta(object, QLatin1String("ownerReferences"),
                  QJsonArray{Util::ownerReference(QStringLiteral("cassandra.datastax.com/v1beta1"),
                                                  QStringLiteral("CassandraDatacenter"), dc)});
    const ObjectResult r = m_client->update(ref, object, Manager);
    if (r.ok()) {
        object = m_client->get(ref, Json::ns(object), Json::name(object));
    }
    return r.ok();
}

void MedusaController::reconcileConfiguration(const QString &ns, const QString &name)
{
    QJsonObject config = m_client->get(Refs::MedusaConfigurations, ns, name);
    if (config.isEmpty()) {
        return;
    }
    const QJsonObject props = Json::at(config, u"spec.storageProperties").toObject();
    QJsonArray conditions = Json::at(config, u"status.conditions").toArray();
    const QString secret = props.value(QLatin1String("storageSecretRef")).toObject().value(QLatin1String("name")).toString();
    const bool roleBased = props.value(QLatin1String("credentialsType")).toString() == QLatin1String("role-based");
    bool secretOk = roleBased;
    QString secretMessage = roleBased ? QStringLiteral("role-based credentials need no secret") : QString();
    if (!roleBased) {
        if (secret.isEmpty()) {
            secretMessage = QStringLiteral("spec.storageProperties.storageSecretRef.name is not set");
        } else if (m_client->get(Refs::Secrets, ns, secret).isEmpty()) {
            secretMessage = QStringLiteral("secret %1 does not exist in namespace %2").arg(secret, ns);
        } else {
            secretOk = true;
            secretMessage = QStringLiteral("secret %1 is available").arg(secret);
        }
    }
    bool changed = Conditions::set(conditions, QStringLiteral("SecretAvailable"), secretOk,
                                   secretOk ? QStringLiteral("SecretFound") : QStringLiteral("SecretNotFound"),
                                   secretMessage);
    StorageConfig c;
    applyStorageProperties(&c, props);
    QString error;
    const bool bucketOk = secretOk && storage(c).ensureBucket(&error);
    changed |= Conditions::set(conditions, QStringLiteral("Ready"), bucketOk,
                               bucketOk ? QStringLiteral("Ready") : QStringLiteral("NotReady"),
                               bucketOk ? QStringLiteral("bucket %1 is reachable").arg(c.bucket)
                                        : (secretOk ? error : secretMessage));
    if (changed) {
        Json::setAt(config, u"status.conditions", conditions);
        m_client->updateStatus(Refs::MedusaConfigurations, config, Manager);
    }
}

void MedusaController::reconcileBackupJob(const QString &ns, const QString &name)
{
    QJsonObject job = m_client->get(Refs::MedusaBackupJobs, ns, name);
    if (job.isEmpty() || !Json::at(job, u"status.finishTime").toString().isEmpty()) {
        return;
    }
    const QString dcName = Json::at(job, u"spec.cassandraDatacenter").toString();
    const QJsonObject dc = m_client->get(Refs::CassDcs, ns, dcName);
    if (dc.isEmpty()) {
        m_client->event(Refs::MedusaBackupJobs, job, QStringLiteral("Warning"), QStringLiteral("DatacenterNotFound"),
                        QStringLiteral("CassandraDatacenter %1 not found").arg(dcName), Manager);
        m_backupJobs->requeueAfter(ns, name, m_client->paced(5000, name));
        return;
    }
    if (!ensureOwner(Refs::MedusaBackupJobs, job, dc)) {
        m_backupJobs->requeueAfter(ns, name, m_client->paced(500, name));
        return;
    }
    QString error;
    const auto config = storageFor(dc, &error);
    if (!config) {
        m_client->event(Refs::MedusaBackupJobs, job, QStringLiteral("Warning"), QStringLiteral("MedusaNotDeployed"), error,
                        Manager);
        m_backupJobs->requeueAfter(ns, name, m_client->paced(15000, name));
        return;
    }
    const MedusaStorage store = storage(*config);
    const QString type = Json::at(job, u"spec.backupType").toString(QStringLiteral("differential"));
    const QList<QJsonObject> pods = Util::datacenterPods(*m_client, dc);
    QList<NodeRecord> topology;
    for (const QJsonObject &pod : pods) {
        topology.append(nodeRecord(dc, pod));
    }
    QJsonObject status = job.value(QLatin1String("status")).toObject();
    const QDateTime now = QDateTime::currentDateTimeUtc();

    if (status.value(QLatin1String("startTime")).toString().isEmpty()) {
        if (pods.isEmpty()) {
            m_client->event(Refs::MedusaBackupJobs, job, QStringLiteral("Warning"), QStringLiteral("NoPods"),
                            QStringLiteral("CassandraDatacenter %1 has no pods").arg(dcName), Manager);
            m_backupJobs->requeueAfter(ns, name, m_client->paced(5000, name));
            return;
        }
        QJsonArray inProgress;
        for (qsizetype i = 0; i < pods.size(); ++i) {
            inProgress.append(Json::name(pods.at(i)));
            // The medusa container of a node that is not ready cannot take the request; the status check fails it.
            if (Util::podReady(pods.at(i)) && !store.startNode(name, type, topology.at(i), topology, now, &error)) {
                qCWarning(lcSandboxBackup) << "backup" << name << ":" << error;
            }
        }
        status.insert(QLatin1String("startTime"), Json::timestamp(now));
        status.insert(QLatin1String("inProgress"), inProgress);
        job.insert(QLatin1String("status"), status);
        if (m_client->updateStatus(Refs::MedusaBackupJobs, job, Manager).ok()) {
            m_client->event(Refs::MedusaBackupJobs, job, QStringLiteral("Normal"), QStringLiteral("BackupStarted"),
                            QStringLiteral("started %1 backup %2 on %3 nodes").arg(type, name).arg(pods.size()), Manager);
        }
        m_backupJobs->requeueAfter(ns, name, m_client->paced(800, name + QLatin1String("/poll")));
        return;
    }

    const QJsonArray inProgress = status.value(QLatin1String("inProgress")).toArray();
    if (!inProgress.isEmpty()) {
        QJsonArray still, finished = status.value(QLatin1String("finished")).toArray(),
                          failed = status.value(QLatin1String("failed")).toArray();
        int nextCheck = INT_MAX;
        for (const QJsonValue &v : inProgress) {
            const QString podName = v.toString();
            const auto podIt = std::find_if(pods.begin(), pods.end(),
                                            [&](const QJsonObject &p) { return Json::name(p) == podName; });
            const NodeRecord node = podIt != pods.end() ? nodeRecord(dc, *podIt) : NodeRecord{};
            const auto started = podIt != pods.end() ? store.nodeStarted(name, node.fqdn) : std::nullopt;
            if (podIt == pods.end() || !Util::podReady(*podIt) || !started) {
                if (podIt != pods.end()) {
                    store.failNode(name, node, topology, now, &error);
                }
                failed.append(podName);
                m_client->event(Refs::MedusaBackupJobs, job, QStringLiteral("Warning"), QStringLiteral("BackupFailed"),
                                QStringLiteral("backup of %1 failed: the node is not ready (medusa gRPC unavailable)")
                                    .arg(podName),
                                Manager);
                continue;
            }
            const int duration = m_client->paced(type == QLatin1String("full") ? 6000 : 3000,
                                                 name + u'/' + podName, 0.35);
            const qint64 elapsed = started->msecsTo(now);
            if (elapsed < duration) {
                still.append(podName);
                nextCheck = std::min<int>(nextCheck, int(duration - elapsed));
                continue;
            }
            if (store.finishNode(name, type, node, dataFiles(dc, node.hostId, *started), now, &error) < 0) {
                failed.append(podName);
                m_client->event(Refs::MedusaBackupJobs, job, QStringLiteral("Warning"), QStringLiteral("BackupFailed"),
                                error, Manager);
            } else {
                finished.append(podName);
            }
        }
        status.insert(QLatin1String("inProgress"), still);
        status.insert(QLatin1String("finished"), finished);
        status.insert(QLatin1String("failed"), failed);
        if (still.size() != inProgress.size()) {
            job.insert(QLatin1String("status"), status);
            m_client->updateStatus(Refs::MedusaBackupJobs, job, Manager);
        }
        m_backupJobs->requeueAfter(ns, name, still.isEmpty() ? 0 : std::max(5, std::min(nextCheck, 2000)));
        return;
    }

    // Every node answered: record the MedusaBackup (same name), then the finish time.
    const auto summary = store.backup(name);
    if (m_client->get(Refs::MedusaBackups, ns, name).isEmpty() && summary) {
        QJsonObject backup{{QLatin1String("metadata"),
                            QJsonObject{{QLatin1String("name"), name}, {QLatin1String("namespace"), ns}}},
                           {QLatin1String("spec"), QJsonObject{{QLatin1String("cassandraDatacenter"), dcName},
                                                               {QLatin1String("backupType"), type}}}};
        const ObjectResult created = m_client->create(Refs::MedusaBackups, ns, backup, Manager);
        if (created.ok()) {
            QJsonObject stored = m_client->get(Refs::MedusaBackups, ns, name);
            QJsonObject s = backupStatusFromSummary(*summary);
            s.insert(QLatin1String("startTime"), status.value(QLatin1String("startTime")));
            s.insert(QLatin1String("finishTime"), Json::timestamp(now));
            stored.insert(QLatin1String("status"), s);
            m_client->updateStatus(Refs::MedusaBackups, stored, Manager);
        }
    }
    status.insert(QLatin1String("finishTime"), Json::timestamp(now));
    job.insert(QLatin1String("status"), status);
    if (m_client->updateStatus(Refs::MedusaBackupJobs, job, Manager).ok()) {
        const bool ok = status.value(QLatin1String("failed")).toArray().isEmpty();
        m_client->event(Refs::MedusaBackupJobs, job, ok ? QStringLiteral("Normal") : QStringLiteral("Warning"),
                        ok ? QStringLiteral("BackupFinished") : QStringLiteral("BackupFailed"),
                        ok ? QStringLiteral("backup %1 finished on every node").arg(name)
                           : QStringLiteral("backup %1 failed on %2 of %3 nodes")
                                 .arg(name)
                                 .arg(status.value(QLatin1String("failed")).toArray().size())
                                 .arg(pods.size()),
                        Manager);
    }
}

QJsonObject MedusaController::backupStatusFromSummary(const BackupSummary &summary) const
{
    QJsonArray nodes;
    for (const NodeRecord &n : summary.nodes) {
        QJsonArray tokens; // int64, as the CRD types them (QJsonValue keeps qint64 exact)
        for (const QString &t : n.tokens) {
            tokens.append(QJsonValue(t.toLongLong()));
        }
        nodes.append(QJsonObject{{QLatin1String("host"), n.fqdn},
                                 {QLatin1String("tokens"), tokens},
                                 {QLatin1String("datacenter"), n.datacenter},
                                 {QLatin1String("rack"), n.rack}});
    }
    QJsonObject s{{QLatin1String("totalNodes"), int(summary.nodes.size())},
                  {QLatin1String("finishedNodes"), int(summary.finishedNodes.size())},
                  {QLatin1String("nodes"), nodes},
                  {QLatin1String("totalFiles"), summary.totalFiles},
                  {QLatin1String("totalSize"), Util::humanSize(summary.totalSize)},
                  {QLatin1String("status"), summary.status()}};
    if (summary.started.isValid()) {
        s.insert(QLatin1String("startTime"), Json::timestamp(summary.started));
    }
    if (summary.finished.isValid()) {
        s.insert(QLatin1String("finishTime"), Json::timestamp(summary.finished));
    }
    return s;
}

void MedusaController::reconcileSchedule(const QString &ns, const QString &name)
{
    QJsonObject schedule = m_client->get(Refs::MedusaBackupSchedules, ns, name);
    if (schedule.isEmpty()) {
        return;
    }
    QString error;
    const QString expression = Json::at(schedule, u"spec.cronSchedule").toString();
    const auto cron = CronSchedule::parse(expression, &error);
    if (!cron) {
        m_client->event(Refs::MedusaBackupSchedules, schedule, QStringLiteral("Warning"), QStringLiteral("InvalidSchedule"),
                        QStringLiteral("cannot parse cronSchedule \"%1\": %2").arg(expression, error), Manager);
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonObject status = schedule.value(QLatin1String("status")).toObject();
    const QDateTime next = Json::parseTimestamp(status.value(QLatin1String("nextSchedule")).toString());
    if (!next.isValid()) {
        status.insert(QLatin1String("nextSchedule"), Json::timestamp(cron->next(now)));
        schedule.insert(QLatin1String("status"), status);
        m_client->updateStatus(Refs::MedusaBackupSchedules, schedule, Manager);
        m_schedules->requeueAfter(ns, name, int(std::clamp<qint64>(now.msecsTo(cron->next(now)), 0, 3600000)));
        return;
    }
    if (next > now) {
        m_schedules->requeueAfter(ns, name, int(std::clamp<qint64>(now.msecsTo(next) + 5, 0, 3600000)));
        return;
    }
    const QString dcName = Json::at(schedule, u"spec.backupSpec.cassandraDatacenter").toString();
    const QJsonObject dc = m_client->get(Refs::CassDcs, ns, dcName);
    const bool disabled = Json::at(schedule, u"spec.disabled").toBool();
    const bool purge = Json::at(schedule, u"spec.operationType").toString() == QLatin1String("purge");
    bool create = !disabled && !dc.isEmpty() && Util::datacenterReady(dc);
    if (create && Json::at(schedule, u"spec.concurrencyPolicy").toString() != QLatin1String("Allow")) {
        const Ref active = purge ? Refs::MedusaTasks : Refs::MedusaBackupJobs;
        for (const QJsonObject &o : m_client->list(active, ns)) {
            if (Json::at(o, u"status.finishTime").toString().isEmpty()
                && Json::at(o, u"spec.cassandraDatacenter").toString() == dcName) {
                // Forbid: wait for the running one, then try again.
                m_schedules->requeueAfter(ns, name, m_client->paced(1000, name));
                return;
            }
        }
    }
    if (create) {
        const QString objectName = name + u'-' + QString::number(now.toSecsSinceEpoch());
        QJsonObject spec = purge ? QJsonObject{{QLatin1String("cassandraDatacenter"), dcName},
                                               {QLatin1String("operation"), QLatin1String("purge")}}
                                 : Json::at(schedule, u"spec.backupSpec").toObject();
        const QJsonObject object{
            {QLatin1String("metadata"),
             QJsonObject{{QLatin1String("name"), objectName},
                         {QLatin1String("namespace"), ns},
                         {QLatin1String("ownerReferences"),
                          QJsonArray{Util::ownerReference(MedusaApiVersion, QStringLiteral("MedusaBackupSchedule"), schedule)}}}},
            {QLatin1String("spec"), spec}};
        m_client->create(purge ? Refs::MedusaTasks : Refs::MedusaBackupJobs, ns, object, Manager);
        status.insert(QLatin1String("lastExecution"), Json::timestamp(now));
    }
    const QDateTime following = cron->next(now);
    status.insert(QLatin1String("nextSchedule"), Json::timestamp(following));
    schedule.insert(QLatin1String("status"), status);
    m_client->updateStatus(Refs::MedusaBackupSchedules, schedule, Manager);
    m_schedules->requeueAfter(ns, name, int(std::clamp<qint64>(now.msecsTo(following) + 5, 0, 3600000)));
}

} // namespace Ringside::Sandbox::Backup
