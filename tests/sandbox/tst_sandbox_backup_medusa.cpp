// Medusa, simulated: cron parsing, MedusaBackupJob -> MedusaBackup with per-node progress, a backup that fails on a
// node that is not ready, differential uploads, MedusaBackupSchedule, MedusaTask sync and purge, MedusaRestoreJob in
// place (datacenter stopped and resumed) and into another cluster.
#include "backup/cron.h"
#include "tst_sandbox_backup_world.h"

#include <QDir>
#include <QDirIterator>
#include <QTimeZone>
#include <QtTest>

using namespace Ringside;
using namespace Ringside::Test;

static const char *Medusa = "medusa.k8ssandra.io";

class TestSandboxBackupMedusa : public QObject
{
    Q_OBJECT
private:
    BackupWorld m_world;
    const QString ns = QStringLiteral("default");

    QJsonObject medusa(const char *resource, const QString &name, const QString &inNs = QStringLiteral("default"))
    {
        return m_world.get(Medusa, "v1alpha1", resource, inNs, name);
    }
    bool createMedusa(const char *resource, const QString &name, const QJsonObject &spec,
                      const QString &inNs = QStringLiteral("default"))
    {
        return m_world.create(Medusa, "v1alpha1", resource, inNs,
                              QJsonObject{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), name}}},
                                          {QStringLiteral("spec"), spec}});
    }
    static QJsonObject statusOf(const QJsonObject &o) { return o.value(QStringLiteral("status")).toObject(); }
    QString prefixDir(const QString &prefix) const
    {
        return m_world.fixture.tempPath(QStringLiteral("medusa")) + QStringLiteral("/k8ssandra-medusa/") + prefix;
    }
    int countFiles(const QString &dir) const
    {
        int n = 0;
        QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            ++n;
        }
        return n;
    }
    // Runs a backup job to its end and returns the job.
    QJsonObject runBackup(const QString &name, int *maxInProgress = nullptr, const QString &type = QStringLiteral("differential"))
    {
        if (!createMedusa("medusabackupjobs", name, {{QStringLiteral("cassandraDatacenter"), QStringLiteral("dc1")},
                                                     {QStringLiteral("backupType"), type}})) {
            return {};
        }
        int seen = 0;
        BackupWorld::waitFor([&] {
            const QJsonObject s = statusOf(medusa("medusabackupjobs", name));
            seen = std::max(seen, int(s.value(QStringLiteral("inProgress")).toArray().size()));
            return !s.value(QStringLiteral("finishTime")).toString().isEmpty();
        });
        if (maxInProgress) {
            *maxInProgress = seen;
        }
        return medusa("medusabackupjobs", name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_world.start(&error), qPrintable(error));
        m_world.createDatacenter(ns, QStringLiteral("dc1"), QStringLiteral("demo"), 3);
        QCOMPARE(m_world.podsOf(ns, QStringLiteral("dc1")).size(), 3);
    }

    void cronSchedules()
    {
        using Sandbox::Backup::CronSchedule;
        QString error;
        const QDateTime t(QDate(2024, 5, 3), QTime(10, 7, 30), QTimeZone::UTC); // a Friday
        auto c = CronSchedule::parse(QStringLiteral("*/15 2 * * 1-5"), &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->next(t), QDateTime(QDate(2024, 5, 6), QTime(2, 0), QTimeZone::UTC)); // Monday 02:00
        c = CronSchedule::parse(QStringLiteral("0 0 13 * FRI"), &error); // day-of-month OR day-of-week
        QVERIFY(c);
        QCOMPARE(c->next(t), QDateTime(QDate(2024, 5, 10), QTime(0, 0), QTimeZone::UTC));
        c = CronSchedule::parse(QStringLiteral("@daily"), &error);
        QCOMPARE(c->next(t), QDateTime(QDate(2024, 5, 4), QTime(0, 0), QTimeZone::UTC));
        c = CronSchedule::parse(QStringLiteral("@every 1h30m"), &error);
        QCOMPARE(c->next(t), t.addSecs(5400));
        QVERIFY(!CronSchedule::parse(QStringLiteral("* * *"), &error));
        QVERIFY2(error.contains(QStringLiteral("expected exactly 5 fields")), qPrintable(error));
        QVERIFY(!CronSchedule::parse(QStringLiteral("61 * * * *"), &error));
        QVERIFY2(error.contains(QStringLiteral("out of range [0, 59] in the minute field")), qPrintable(error));
        QVERIFY(!CronSchedule::parse(QStringLiteral("@every 5x"), &error));
        QVERIFY(!CronSchedule::parse(QStringLiteral("0 0 * * 1-8"), &error));
    }

    void backupJobProducesMedusaBackup()
    {
        int maxInProgress = 0;
        const QJsonObject job = runBackup(QStringLiteral("bk1"), &maxInProgress);
        const QJsonObject js = statusOf(job);
        QCOMPARE(maxInProgress, 3); // every node backs up concurrently
        QCOMPARE(js.value(QStringLiteral("finished")).toArray().size(), 3);
        QVERIFY(js.value(QStringLiteral("failed")).toArray().isEmpty());
        QVERIFY(!js.value(QStringLiteral("startTime")).toString().isEmpty());
        const QJsonArray owners = Sandbox::Json::meta(job).value(QStringLiteral("ownerReferences")).toArray();
        QCOMPARE(owners.size(), 1);
        QCOMPARE(owners.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("CassandraDatacenter"));

        QVERIFY(BackupWorld::waitFor([&] { return !statusOf(medusa("medusabackups", QStringLiteral("bk1"))).isEmpty(); }));
        const QJsonObject b = statusOf(medusa("medusabackups", QStringLiteral("bk1")));
        QCOMPARE(b.value(QStringLiteral("status")).toString(), QStringLiteral("SUCCESS"));
        QCOMPARE(b.value(QStringLiteral("totalNodes")).toInt(), 3);
        QCOMPARE(b.value(QStringLiteral("finishedNodes")).toInt(), 3);
        // 11 tables x 3 SSTables x 8 components per node.
        QCOMPARE(b.value(QStringLiteral("totalFiles")).toInteger(), 3 * 11 * 3 * 8);
        QVERIFY2(b.value(QStringLiteral("totalSize")).toString().endsWith(QStringLiteral(" GB")),
                 qPrintable(b.value(QStringLiteral("totalSize")).toString()));
        QVERIFY(!b.value(QStringLiteral("finishTime")).toString().isEmpty());
        const QJsonArray nodes = b.value(QStringLiteral("nodes")).toArray();
        QCOMPARE(nodes.size(), 3);
        for (const QJsonValue &n : nodes) {
            QVERIFY(n.toObject().value(QStringLiteral("host")).toString().startsWith(QStringLiteral("demo-dc1-r1-sts-")));
            QCOMPARE(n.toObject().value(QStringLiteral("tokens")).toArray().size(), 16);
            QCOMPARE(n.toObject().value(QStringLiteral("datacenter")).toString(), QStringLiteral("dc1"));
            QCOMPARE(n.toObject().value(QStringLiteral("rack")).toString(), QStringLiteral("r1"));
        }
        QCOMPARE(medusa("medusabackups", QStringLiteral("bk1")).value(QStringLiteral("spec")).toObject().value(QStringLiteral("backupType")).toString(),
                 QStringLiteral("differential"));
        // Medusa's layout in the bucket directory.
        const QDir index(prefixDir(QStringLiteral("demo")) + QStringLiteral("/index/backup_index/bk1"));
        QCOMPARE(index.entryList({QStringLiteral("manifest_*.json")}, QDir::Files).size(), 3);
        QCOMPARE(index.entryList({QStringLiteral("finished_*.timestamp")}, QDir::Files).size(), 3);
    }

    void differentialBackupUploadsOnlyNewFiles()
    {
        const int before = countFiles(prefixDir(QStringLiteral("demo")));
        const QJsonObject job = runBackup(QStringLiteral("bk2"));
        QCOMPARE(statusOf(job).value(QStringLiteral("finished")).toArray().size(), 3);
        const int added = countFiles(prefixDir(QStringLiteral("demo"))) - before;
        // The index files of bk2 (tokenmap, manifest, started, finished, type per node) plus at most the latest flush.
        QVERIFY2(added < 3 * 11 * 3 * 8, qPrintable(QString::number(added)));
        QVERIFY(added >= 15);
    }

    void backupFailsOnNodeNotReady()
    {
        const QString down = QStringLiteral("demo-dc1-r1-sts-2");
        m_world.setPodReady(ns, down, false);
        const QJsonObject job = runBackup(QStringLiteral("bk-down"));
        m_world.setPodReady(ns, down, true);
        const QJsonObject js = statusOf(job);
        QCOMPARE(js.value(QStringLiteral("failed")).toArray(), QJsonArray{down});
        QCOMPARE(js.value(QStringLiteral("finished")).toArray().size(), 2);
        QVERIFY(BackupWorld::waitFor([&] { return !statusOf(medusa("medusabackups", QStringLiteral("bk-down"))).isEmpty(); }));
        const QJsonObject b = statusOf(medusa("medusabackups", QStringLiteral("bk-down")));
        QCOMPARE(b.value(QStringLiteral("status")).toString(), QStringLiteral("FAILED"));
        QCOMPARE(b.value(QStringLiteral("finishedNodes")).toInt(), 2);
        QCOMPARE(b.value(QStringLiteral("totalNodes")).toInt(), 3);
        // Restoring it is refused with k8ssandra-operator's message.
        QVERIFY(createMedusa("medusarestorejobs", QStringLiteral("rs-bad"),
                             {{QStringLiteral("backup"), QStringLiteral("bk-down")}, {QStringLiteral("cassandraDatacenter"), QStringLiteral("dc1")}}));
        QVERIFY(BackupWorld::waitFor([&] { return !statusOf(medusa("medusarestorejobs", QStringLiteral("rs-bad"))).value(QStringLiteral("finishTime")).toString().isEmpty(); }));
        QCOMPARE(statusOf(medusa("medusarestorejobs", QStringLiteral("rs-bad"))).value(QStringLiteral("message")).toString(),
                 QStringLiteral("target backup has not completed successfully"));
        QVERIFY(!m_world.get("cassandra.datastax.com", "v1beta1", "cassandradatacenters", ns, QStringLiteral("dc1"))
                     .value(QStringLiteral("spec")).toObject().value(QStringLiteral("stopped")).toBool());
    }

    void restoreInPlace()
    {
        const int stops = m_world.stops;
        QVERIFY(createMedusa("medusarestorejobs", QStringLiteral("rs1"),
                             {{QStringLiteral("backup"), QStringLiteral("bk1")}, {QStringLiteral("cassandraDatacenter"), QStringLiteral("dc1")}}));
        QVERIFY(BackupWorld::waitFor([&] {
            return !statusOf(medusa("medusarestorejobs", QStringLiteral("rs1"))).value(QStringLiteral("finishTime")).toString().isEmpty();
        }, 8000));
        const QJsonObject s = statusOf(medusa("medusarestorejobs", QStringLiteral("rs1")));
        QVERIFY2(s.value(QStringLiteral("message")).toString().isEmpty(), qPrintable(s.value(QStringLiteral("message")).toString()));
        QCOMPARE(m_world.stops, stops + 1); // the datacenter was stopped (spec.stopped), then resumed
        QVERIFY(m_world.resumes >= 1);
        QVERIFY(s.value(QStringLiteral("restorePrepared")).toBool());
        QVERIFY(!s.value(QStringLiteral("datacenterStopped")).toString().isEmpty());
        QVERIFY(!s.value(QStringLiteral("startTime")).toString().isEmpty());
        const QString key = s.value(QStringLiteral("restoreKey")).toString();
        QCOMPARE(key.size(), 36);
        const QJsonObject mapping = s.value(QStringLiteral("restoreMapping")).toObject();
        QVERIFY(mapping.value(QStringLiteral("in_place")).toBool());
        QCOMPARE(mapping.value(QStringLiteral("host_map")).toObject().size(), 3);
        QCOMPARE(s.value(QStringLiteral("finished")).toArray().size(), 3);
        // The DC runs again, with the medusa-restore init container told what to restore.
        const QJsonObject dc = m_world.get("cassandra.datastax.com", "v1beta1", "cassandradatacenters", ns, QStringLiteral("dc1"));
        QVERIFY(!Sandbox::Json::at(dc, u"spec.stopped").toBool());
        QJsonObject restore;
        for (const QJsonValue &c : Sandbox::Json::at(dc, u"spec.podTemplateSpec.spec.initContainers").toArray()) {
            if (c.toObject().value(QStringLiteral("name")).toString() == QLatin1String("medusa-restore")) {
                restore = c.toObject();
            }
        }
        QHash<QString, QString> env;
        for (const QJsonValue &e : restore.value(QStringLiteral("env")).toArray()) {
            env.insert(e.toObject().value(QStringLiteral("name")).toString(), e.toObject().value(QStringLiteral("value")).toString());
        }
        QCOMPARE(env.value(QStringLiteral("BACKUP_NAME")), QStringLiteral("bk1"));
        QCOMPARE(env.value(QStringLiteral("RESTORE_KEY")), key);
        QVERIFY(env.value(QStringLiteral("RESTORE_MAPPING")).contains(QStringLiteral("\"in_place\":true")));
        QCOMPARE(m_world.podsOf(ns, QStringLiteral("dc1")).size(), 3);
    }

    void scheduleFires()
    {
        QVERIFY(createMedusa("medusabackupschedules", QStringLiteral("often"),
                             {{QStringLiteral("cronSchedule"), QStringLiteral("@every 1s")},
                              {QStringLiteral("backupSpec"), QJsonObject{{QStringLiteral("cassandraDatacenter"), QStringLiteral("dc1")}}}}));
        QString jobName;
        QVERIFY(BackupWorld::waitFor([&] {
            for (const QJsonObject &j : m_world.list(Medusa, "v1alpha1", "medusabackupjobs", ns)) {
                if (Sandbox::Json::name(j).startsWith(QStringLiteral("often-"))
                    && !statusOf(j).value(QStringLiteral("finishTime")).toString().isEmpty()) {
                    jobName = Sandbox::Json::name(j);
                    return true;
                }
            }
            return false;
        }, 6000));
        bool digits = false;
        jobName.mid(6).toLongLong(&digits);
        QVERIFY2(digits, qPrintable(jobName)); // <schedule>-<unix seconds>
        QVERIFY(m_world.mergePatch(Medusa, "v1alpha1", "medusabackupschedules", ns, QStringLiteral("often"),
                                   {{QStringLiteral("spec"), QJsonObject{{QStringLiteral("disabled"), true}}}}));
        const QJsonObject s = statusOf(medusa("medusabackupschedules", QStringLiteral("often")));
        const QDateTime last = Sandbox::Json::parseTimestamp(s.value(QStringLiteral("lastExecution")).toString());
        const QDateTime next = Sandbox::Json::parseTimestamp(s.value(QStringLiteral("nextSchedule")).toString());
        QVERIFY(last.isValid() && next.isValid());
        QVERIFY(next > last);
        QVERIFY(qAbs(last.secsTo(QDateTime::currentDateTimeUtc())) < 30); // real wall-clock timestamps
        QVERIFY(BackupWorld::waitFor([&] { return !statusOf(medusa("medusabackups", jobName)).isEmpty(); }));
        // Wait for anything the schedule started before it was disabled.
        QVERIFY(BackupWorld::waitFor([&] {
            for (const QJsonObject &j : m_world.list(Medusa, "v1alpha1", "medusabackupjobs", ns)) {
                if (statusOf(j).value(QStringLiteral("finishTime")).toString().isEmpty()) {
                    return false;
                }
            }
            return true;
        }));
    }

    void syncAndPurge()
    {
        // sync: MedusaBackup objects come back from the bucket.
        QVERIFY(m_world.remove(Medusa, "v1alpha1", "medusabackups", ns, QStringLiteral("bk1")));
        QVERIFY(createMedusa("medusatasks", QStringLiteral("sync1"),
                             {{QStringLiteral("cassandraDatacenter"), QStringLiteral("dc1")}, {QStringLiteral("operation"), QStringLiteral("sync")}}));
        QVERIFY(BackupWorld::waitFor([&] { return !statusOf(medusa("medusatasks", QStringLiteral("sync1"))).value(QStringLiteral("finishTime")).toString().isEmpty(); }));
        QCOMPARE(statusOf(medusa("medusatasks", QStringLiteral("sync1"))).value(QStringLiteral("finished")).toArray().size(), 1);
        const QJsonObject synced = statusOf(medusa("medusabackups", QStringLiteral("bk1")));
        QCOMPARE(synced.value(QStringLiteral("status")).toString(), QStringLiteral("SUCCESS"));
        QCOMPARE(synced.value(QStringLiteral("totalFiles")).toInteger(), 3 * 11 * 3 * 8);

        // A full backup (its own copy of every file), then a newer one: purging drops the full one's objects.
        QCOMPARE(statusOf(runBackup(QStringLiteral("bk-full"), nullptr, QStringLiteral("full"))).value(QStringLiteral("finished")).toArray().size(), 3);
        QCOMPARE(statusOf(runBackup(QStringLiteral("bk-last"))).value(QStringLiteral("finished")).toArray().size(), 3);
        QVERIFY(QDir(prefixDir(QStringLiteral("demo")) + QStringLiteral("/demo-dc1-r1-sts-0.demo-dc1-all-pods-service.default.svc.cluster.local/bk-full/data")).exists());
        // purge with max_backup_count = 1: every node keeps only its newest backup.
        QJsonObject cm = m_world.get("", "v1", "configmaps", ns, QStringLiteral("demo-medusa"));
        QString ini = Sandbox::Json::at(cm, u"data").toObject().value(QStringLiteral("medusa.ini")).toString();
        ini += QStringLiteral("max_backup_count = 1\n");
        QVERIFY(m_world.mergePatch("", "v1", "configmaps", ns, QStringLiteral("demo-medusa"),
                                   {{QStringLiteral("data"), QJsonObject{{QStringLiteral("medusa.ini"), ini}}}}));
        const int backupsBefore = int(m_world.list(Medusa, "v1alpha1", "medusabackups", ns).size());
        QVERIFY(backupsBefore >= 4);
        const int filesBefore = countFiles(prefixDir(QStringLiteral("demo")));
        QVERIFY(createMedusa("medusatasks", QStringLiteral("purge1"),
                             {{QStringLiteral("cassandraDatacenter"), QStringLiteral("dc1")}, {QStringLiteral("operation"), QStringLiteral("purge")}}));
        QVERIFY(BackupWorld::waitFor([&] { return !statusOf(medusa("medusatasks", QStringLiteral("purge1"))).value(QStringLiteral("finishTime")).toString().isEmpty(); }));
        const QJsonArray finished = statusOf(medusa("medusatasks", QStringLiteral("purge1"))).value(QStringLiteral("finished")).toArray();
        QCOMPARE(finished.size(), 3);
        int purgedObjects = 0;
        for (const QJsonValue &f : finished) {
            QVERIFY(f.toObject().value(QStringLiteral("podName")).toString().startsWith(QStringLiteral("demo-dc1-r1-sts-")));
            QVERIFY(f.toObject().value(QStringLiteral("nbBackupsPurged")).toInt() >= 2);
            purgedObjects += f.toObject().value(QStringLiteral("nbObjectsPurged")).toInt();
        }
        // The full backup's own objects, plus older flushes when a ten-minute flush boundary fell inside the test.
        QVERIFY2(purgedObjects >= 3 * 11 * 3 * 8 && purgedObjects <= 3 * 11 * 3 * 8 + 3 * 11 * 8 * 2,
                 qPrintable(QString::number(purgedObjects)));
        QVERIFY(!QDir(prefixDir(QStringLiteral("demo")) + QStringLiteral("/demo-dc1-r1-sts-0.demo-dc1-all-pods-service.default.svc.cluster.local/bk-full/data")).exists()
                || countFiles(prefixDir(QStringLiteral("demo")) + QStringLiteral("/demo-dc1-r1-sts-0.demo-dc1-all-pods-service.default.svc.cluster.local/bk-full")) == 0);
        QVERIFY(statusOf(medusa("medusabackups", QStringLiteral("bk-last"))).value(QStringLiteral("status")).toString() == QLatin1String("SUCCESS"));
        QVERIFY(countFiles(prefixDir(QStringLiteral("demo"))) < filesBefore);
        // ... then a sync task (<purge>-sync) drops the MedusaBackups the bucket no longer has.
        QVERIFY(BackupWorld::waitFor([&] { return !statusOf(medusa("medusatasks", QStringLiteral("purge1-sync"))).value(QStringLiteral("finishTime")).toString().isEmpty(); }));
        QVERIFY(medusa("medusabackups", QStringLiteral("bk1")).isEmpty());
        QVERIFY(int(m_world.list(Medusa, "v1alpha1", "medusabackups", ns).size()) < backupsBefore);
    }

    void restoreIntoAnotherCluster()
    {
        // A fresh backup to restore, then another namespace with another Cassandra cluster reading the same bucket
        // prefix: sync brings the backup over, the restore maps its nodes onto the new pods (not in place).
        QCOMPARE(statusOf(runBackup(QStringLiteral("bk-src"))).value(QStringLiteral("finished")).toArray().size(), 3);
        const QString target = QStringLiteral("restore-target");
        QVERIFY(m_world.create("", "v1", "namespaces", QString(),
                               QJsonObject{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), target}}}}));
        m_world.createDatacenter(target, QStringLiteral("dc1"), QStringLiteral("copy"), 3, {QStringLiteral("r1")}, QStringLiteral("demo"));
        QVERIFY(createMedusa("medusatasks", QStringLiteral("sync-target"),
                             {{QStringLiteral("cassandraDatacenter"), QStringLiteral("dc1")}, {QStringLiteral("operation"), QStringLiteral("sync")}}, target));
        QVERIFY(BackupWorld::waitFor([&] { return !statusOf(medusa("medusabackups", QStringLiteral("bk-src"), target)).isEmpty(); }));
        QVERIFY(createMedusa("medusarestorejobs", QStringLiteral("rs-remote"),
                             {{QStringLiteral("backup"), QStringLiteral("bk-src")}, {QStringLiteral("cassandraDatacenter"), QStringLiteral("dc1")}}, target));
        QVERIFY(BackupWorld::waitFor([&] {
            return !statusOf(medusa("medusarestorejobs", QStringLiteral("rs-remote"), target)).value(QStringLiteral("finishTime")).toString().isEmpty();
        }, 8000));
        const QJsonObject s = statusOf(medusa("medusarestorejobs", QStringLiteral("rs-remote"), target));
        QVERIFY2(s.value(QStringLiteral("message")).toString().isEmpty(), qPrintable(s.value(QStringLiteral("message")).toString()));
        const QJsonObject mapping = s.value(QStringLiteral("restoreMapping")).toObject();
        QVERIFY(!mapping.value(QStringLiteral("in_place")).toBool());
        const QJsonObject hostMap = mapping.value(QStringLiteral("host_map")).toObject();
        QCOMPARE(hostMap.size(), 3);
        for (auto it = hostMap.begin(); it != hostMap.end(); ++it) {
            QVERIFY(it.key().startsWith(QStringLiteral("copy-dc1-r1-sts-")));
            QVERIFY(it.value().toObject().value(QStringLiteral("source")).toArray().at(0).toString().startsWith(QStringLiteral("demo-dc1-r1-sts-")));
        }
    }

    void medusaConfigurationChecksItsSecret()
    {
        QVERIFY(createMedusa("medusaconfigurations", QStringLiteral("shared"),
                             {{QStringLiteral("storageProperties"),
                               QJsonObject{{QStringLiteral("storageProvider"), QStringLiteral("s3_compatible")},
                                           {QStringLiteral("bucketName"), QStringLiteral("shared-bucket")},
                                           {QStringLiteral("storageSecretRef"), QJsonObject{{QStringLiteral("name"), QStringLiteral("medusa-bucket-key")}}}}}}));
        const auto condition = [&](const char *type) {
            for (const QJsonValue &c : statusOf(medusa("medusaconfigurations", QStringLiteral("shared"))).value(QStringLiteral("conditions")).toArray()) {
                if (c.toObject().value(QStringLiteral("type")).toString() == QLatin1String(type)) {
                    return c.toObject();
                }
            }
            return QJsonObject();
        };
        QVERIFY(BackupWorld::waitFor([&] { return !condition("Ready").isEmpty(); }));
        QCOMPARE(condition("SecretAvailable").value(QStringLiteral("status")).toString(), QStringLiteral("False"));
        QVERIFY(condition("SecretAvailable").value(QStringLiteral("message")).toString().contains(QStringLiteral("medusa-bucket-key")));
        QVERIFY(m_world.create("", "v1", "secrets", ns,
                               QJsonObject{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("medusa-bucket-key")}}},
                                           {QStringLiteral("stringData"), QJsonObject{{QStringLiteral("credentials"), QStringLiteral("[default]\naws_access_key_id = x\n")}}}}));
        QVERIFY(BackupWorld::waitFor([&] { return condition("Ready").value(QStringLiteral("status")).toString() == QLatin1String("True"); }));
        QVERIFY(QDir(m_world.fixture.tempPath(QStringLiteral("medusa")) + QStringLiteral("/shared-bucket")).exists());
    }
};

QTEST_GUILESS_MAIN(TestSandboxBackupMedusa)
#include "tst_sandbox_backup_medusa.moc"
