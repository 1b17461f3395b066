// Operations as values: validation, the exact objects written, diffs, progress, guards and the history log.
#include "domainfixtures.h"

#include "cassandra/ops/clusterops.h"
#include "cassandra/ops/clusterspec.h"
#include "cassandra/ops/guard.h"
#include "cassandra/ops/history.h"
#include "cassandra/ops/progress.h"
#include "cassandra/ops/taskops.h"
#include "cassandra/ops/validation.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

using namespace Ringside;
using namespace Ringside::Cassandra;
using namespace Ringside::Cassandra::Ops;
using Domain::Cluster;

namespace {

Domain::Installation fullInstall(bool mc)
{
    Domain::Installation i;
    i.context = QStringLiteral("ctx");
    i.discovered = true;
    if (mc) {
        i.missionControlCluster = QStringLiteral("missioncontrol.datastax.com/v1beta2");
    }
    i.k8ssandraCluster = QStringLiteral("k8ssandra.io/v1alpha1");
    i.cassandraDatacenter = QStringLiteral("cassandra.datastax.com/v1beta1");
    i.cassandraTask = QStringLiteral("control.k8ssandra.io/v1alpha1");
    i.k8ssandraTask = QStringLiteral("control.k8ssandra.io/v1alpha1");
    i.medusaBackupJob = QStringLiteral("medusa.k8ssandra.io/v1alpha1");
    i.medusaBackupSchedule = i.medusaBackupJob;
    i.medusaRestoreJob = i.medusaBackupJob;
    i.medusaTask = i.medusaBackupJob;
    return i;
}

Cluster demo()
{
    const Domain::ClusterTopology t = Domain::ClusterTopology::build({Test::contextObjects(QStringLiteral("ctx"), Test::loadObjects(QStringLiteral("mc-single.yaml")))});
    return t.clusters.value(0);
}

Cluster geo()
{
    const Domain::ContextObjects control = Test::contextObjects(QStringLiteral("cp"), Test::loadObjects(QStringLiteral("multi-control.yaml")));
    const Domain::ContextObjects east = Test::contextObjects(QStringLiteral("kind-east"), Test::loadObjects(QStringLiteral("multi-east.yaml")));
    return *Domain::ClusterTopology::build({control, east}).find(QStringLiteral("geo"));
}

QJsonValue at(const QJsonObject &o, const QString &path)
{
    QJsonValue v = o;
    for (const QString &k : path.split(u'.')) {
        bool isIndex = false;
        const int i = k.toInt(&isIndex);
        v = isIndex ? v.toArray().at(i) : v.toObject().value(k);
    }
    return v;
}

} // namespace

class TestDomainOps : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(demo().isValid()); }

    void names()
    {
        QVERIFY(checkDns1123Label(QStringLiteral("dc-1"), QStringLiteral("x")).isEmpty());
        QVERIFY(!checkDns1123Label(QStringLiteral("DC1"), QStringLiteral("x")).isEmpty());
        QVERIFY(!checkDns1123Label(QStringLiteral("-a"), QStringLiteral("x")).isEmpty());
        QVERIFY(!checkDns1123Label(QString(64, u'a'), QStringLiteral("x")).isEmpty());
        QVERIFY(checkDns1123Subdomain(QStringLiteral("a.b-c"), QStringLiteral("x")).isEmpty());
        QVERIFY(checkServerVersion(QStringLiteral("cassandra"), QStringLiteral("4.1.5")).isEmpty());
        QVERIFY(!checkServerVersion(QStringLiteral("cassandra"), QStringLiteral("6.8.1")).isEmpty());
        QVERIFY(checkServerVersion(QStringLiteral("dse"), QStringLiteral("6.9.4")).isEmpty());
        QVERIFY(checkServerVersion(QStringLiteral("hcd"), QStringLiteral("1.2.0")).isEmpty());
        QVERIFY(!checkServerVersion(QStringLiteral("hcd"), QStringLiteral("4.1.0")).isEmpty());
        QVERIFY(!checkServerVersion(QStringLiteral("cassandra"), QStringLiteral("4.1")).isEmpty());
        QVERIFY(!checkServerVersion(QStringLiteral("mysql"), QStringLiteral("4.1.0")).isEmpty());
        QVERIFY(checkUpgrade(QStringLiteral("cassandra"), QStringLiteral("4.1.5"), QStringLiteral("4.1.8")).isEmpty());
        QVERIFY(checkUpgrade(QStringLiteral("cassandra"), QStringLiteral("4.1.5"), QStringLiteral("4.1.10")).isEmpty());
        QVERIFY(checkUpgrade(QStringLiteral("cassandra"), QStringLiteral("4.1.5"), QStringLiteral("4.0.9")).contains(QLatin1String("downgrade")));
        QVERIFY(checkQuantity(QStringLiteral("10Gi"), QStringLiteral("s")).isEmpty());
        QVERIFY(!checkQuantity(QStringLiteral("10GB"), QStringLiteral("s")).isEmpty());
    }

    void cron()
    {
        QString e;
        const auto daily2am = CronSchedule::parse(QStringLiteral("0 2 * * *"), &e);
        QVERIFY2(daily2am, qPrintable(e));
        const QDateTime t0(QDate(2025, 3, 10), QTime(14, 30), QTimeZone::UTC);
        QCOMPARE(daily2am->next(t0), QDateTime(QDate(2025, 3, 11), QTime(2, 0), QTimeZone::UTC));
        const auto weekly = CronSchedule::parse(QStringLiteral("30 1 * * SUN"), &e);
        QCOMPARE(weekly->next(t0), QDateTime(QDate(2025, 3, 16), QTime(1, 30), QTimeZone::UTC));
        const auto steps = CronSchedule::parse(QStringLiteral("*/15 * * * *"), &e);
        QCOMPARE(steps->next(t0), QDateTime(QDate(2025, 3, 10), QTime(14, 45), QTimeZone::UTC));
        const auto monthly = CronSchedule::parse(QStringLiteral("@monthly"), &e);
        QCOMPARE(monthly->next(t0), QDateTime(QDate(2025, 4, 1), QTime(0, 0), QTimeZone::UTC));
        const auto feb29 = CronSchedule::parse(QStringLiteral("0 0 29 2 *"), &e);
        QCOMPARE(feb29->next(t0), QDateTime(QDate(2028, 2, 29), QTime(0, 0), QTimeZone::UTC));
        QVERIFY(!CronSchedule::parse(QStringLiteral("0 25 * * *"), &e));
        QVERIFY2(e.contains(QLatin1String("hour")), qPrintable(e));
        QVERIFY(!CronSchedule::parse(QStringLiteral("0 2 * *"), &e));
        QVERIFY(e.contains(QLatin1String("5 fields")));
    }

    void datacenterArgs()
    {
        QString e;
        auto dc = DatacenterSpec::parse(QStringLiteral("dc1:3"), &e);
        QCOMPARE(dc->size, 3);
        QCOMPARE(dc->racks, QStringList{QStringLiteral("r1")});
        dc = DatacenterSpec::parse(QStringLiteral("dc2:6x3@east"), &e);
        QCOMPARE(dc->racks.size(), 3);
        QCOMPARE(dc->k8sContext, QStringLiteral("east"));
        dc = DatacenterSpec::parse(QStringLiteral("dc2:6:2"), &e);
        QCOMPARE(dc->racks.size(), 2);
        QVERIFY(!DatacenterSpec::parse(QStringLiteral("dc1"), &e));
        QVERIFY(e.contains(QLatin1String("NAME:SIZE")));
    }

    void createClusterManifests()
    {
        ClusterSpec s;
        s.name = QStringLiteral("demo");
        s.nameSpace = QStringLiteral("proj");
        s.serverType = QStringLiteral("hcd");
        s.serverVersion = QStringLiteral("1.2.0");
        s.storageClass = QStringLiteral("standard");
        s.heap = QStringLiteral("1Gi");
        s.dataApi = true;
        QString e;
        s.datacenters << *DatacenterSpec::parse(QStringLiteral("dc1:3x3"), &e);
        Operation op = createCluster(s, fullInstall(true), {QStringLiteral("standard")});
        QVERIFY2(op.isValid(), qPrintable(op.errors.join(u'\n')));
        QCOMPARE(op.changes.size(), 1);
        const ObjectChange &c = op.changes.constFirst();
        QCOMPARE(c.action, ObjectChange::Action::Apply);
        QCOMPARE(c.kind, QStringLiteral("MissionControlCluster"));
        QCOMPARE(at(c.manifest, QStringLiteral("spec.k8ssandra.cassandra.serverType")).toString(), QStringLiteral("hcd"));
        QCOMPARE(at(c.manifest, QStringLiteral("spec.k8ssandra.cassandra.datacenters.0.metadata.name")).toString(), QStringLiteral("demo-dc1"));
        QCOMPARE(at(c.manifest, QStringLiteral("spec.k8ssandra.cassandra.datacenters.0.datacenterName")).toString(), QStringLiteral("dc1"));
        QCOMPARE(at(c.manifest, QStringLiteral("spec.k8ssandra.cassandra.datacenters.0.racks")).toArray().size(), 3);
        QCOMPARE(at(c.manifest, QStringLiteral("spec.k8ssandra.cassandra.config.jvmOptions.heapSize")).toString(), QStringLiteral("1Gi"));
        QCOMPARE(at(c.manifest, QStringLiteral("spec.k8ssandra.cassandra.storageConfig.cassandraDataVolumeClaimSpec.storageClassName")).toString(),
                 QStringLiteral("standard"));
        QVERIFY(at(c.manifest, QStringLiteral("spec.dataApi.enabled")).toBool());
        QVERIFY(op.diff().contains(QLatin1String("+  cassandra:")));
        // Without Mission Control: a K8ssandraCluster with unprefixed DC names.
        op = createCluster(s, fullInstall(false), {QStringLiteral("standard")});
        QCOMPARE(op.changes.constFirst().kind, QStringLiteral("K8ssandraCluster"));
        QCOMPARE(at(op.changes.constFirst().manifest, QStringLiteral("spec.cassandra.datacenters.0.metadata.name")).toString(), QStringLiteral("dc1"));
        QVERIFY(!op.warnings.isEmpty()); // no Data API without Mission Control
    }

    void createClusterValidation()
    {
        ClusterSpec s;
        s.name = QStringLiteral("Bad_Name");
        s.serverType = QStringLiteral("cassandra");
        s.serverVersion = QStringLiteral("6.8.1");
        s.storageClass = QStringLiteral("fast");
        s.datacenters << DatacenterSpec{QStringLiteral("dc1"), 2, {QStringLiteral("r1"), QStringLiteral("r2"), QStringLiteral("r3")}, {}};
        Domain::Installation none;
        none.context = QStringLiteral("plain");
        none.discovered = true;
        const Operation op = createCluster(s, none, {QStringLiteral("standard")});
        QVERIFY(!op.isValid());
        const QString all = op.errors.join(u'\n');
        QVERIFY2(all.contains(QLatin1String("\"Bad_Name\" is not a valid DNS-1123 label")), qPrintable(all));
        QVERIFY(all.contains(QLatin1String("Cassandra 6.8.1 is not supported")));
        QVERIFY(all.contains(QLatin1String("every rack needs at least one node")));
        QVERIFY(all.contains(QLatin1String("storage class \"fast\" does not exist")));
        QVERIFY(all.contains(QLatin1String("Neither Mission Control nor k8ssandra-operator")) || all.contains(QLatin1String("neither Mission Control")));
    }

    void specFile()
    {
        QString e;
        auto s = ClusterSpec::fromYaml("name: demo\ntype: HCD\nversion: 1.2.0\nstorageClass: standard\ncassandraYaml: {num_tokens: 16}\n"
                                       "datacenters:\n- dc1:3\n- {name: dc2, size: 2, racks: [a, b]}\n", &e);
        QVERIFY2(s, qPrintable(e));
        QCOMPARE(s->serverType, QStringLiteral("hcd"));
        QCOMPARE(s->datacenters.size(), 2);
        QCOMPARE(s->datacenters.at(1).racks, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(s->k8ssandraSpec(false).value(QLatin1String("cassandra")).toObject().value(QLatin1String("config")).toObject()
                     .value(QLatin1String("cassandraYaml")).toObject().value(QLatin1String("num_tokens")).toInt(), 16);
        QVERIFY(!ClusterSpec::fromYaml("name: x\nversoin: 4.1.5\n", &e));
        QVERIFY2(e.contains(QLatin1String("unknown field \"versoin\"")), qPrintable(e));
        s = ClusterSpec::fromYaml("apiVersion: k8ssandra.io/v1alpha1\nkind: K8ssandraCluster\nmetadata: {name: k}\nspec:\n  cassandra:\n"
                                  "    serverVersion: 4.1.5\n    datacenters: [{metadata: {name: dc1}, size: 3}]\n", &e);
        QVERIFY2(s, qPrintable(e));
        QCOMPARE(s->datacenters.constFirst().size, 3);
        QCOMPARE(s->toManifest(fullInstall(true)).value(QLatin1String("kind")).toString(), QStringLiteral("K8ssandraCluster"));
    }

    void upgrade()
    {
        const Cluster c = demo();
        Operation op = upgradeCluster(c, QStringLiteral("1.2.3"));
        QVERIFY2(op.isValid(), qPrintable(op.errors.join(u'\n')));
        const ObjectChange &ch = op.changes.constFirst();
        QCOMPARE(ch.kind, QStringLiteral("MissionControlCluster"));
        QVERIFY(ch.force);
        // The manifest carries only the field Ringside manages.
        const QJsonObject expected{{QStringLiteral("k8ssandra"), QJsonObject{{QStringLiteral("cassandra"), QJsonObject{{QStringLiteral("serverVersion"), QStringLiteral("1.2.3")}}}}}};
        QCOMPARE(ch.manifest.value(QLatin1String("spec")).toObject(), expected);
        const QString diff = op.diff();
        QVERIFY2(diff.contains(QLatin1String("-    serverVersion: 1.2.0\n+    serverVersion: 1.2.3")), qPrintable(diff));
        QVERIFY(op.followUps.isEmpty());
        op = upgradeCluster(c, QStringLiteral("1.1.0"));
        QVERIFY(!op.isValid());
        op = upgradeCluster(geo(), QStringLiteral("5.0.2"));
        QVERIFY(op.isValid());
        QCOMPARE(op.followUps.size(), 1);
        QVERIFY(op.followUps.constFirst().contains(QLatin1String("upgradesstables")));
    }

    void configChange()
    {
        const Cluster c = demo();
        Operation op = changeConfig(c, {QStringLiteral("cassandraYaml.concurrent_compactors=4"), QStringLiteral("cassandraYaml.num_tokens-"),
                                        QStringLiteral("jvmOptions.gc=G1GC")});
        QVERIFY2(op.isValid(), qPrintable(op.errors.join(u'\n')));
        // A removal: a merge patch with null for the removed key.
        QCOMPARE(op.changes.constFirst().action, ObjectChange::Action::MergePatch);
        QJsonObject config = at(op.changes.constFirst().manifest, QStringLiteral("spec.k8ssandra.cassandra.config")).toObject();
        QCOMPARE(config.value(QLatin1String("cassandraYaml")).toObject(),
                 (QJsonObject{{QStringLiteral("concurrent_compactors"), 4}, {QStringLiteral("num_tokens"), QJsonValue()}}));
        QCOMPARE(config.value(QLatin1String("jvmOptions")).toObject().value(QLatin1String("gc")).toString(), QStringLiteral("G1GC"));
        const Operation applyOnly = changeConfig(c, {QStringLiteral("cassandraYaml.concurrent_compactors=4")});
        QCOMPARE(applyOnly.changes.constFirst().action, ObjectChange::Action::Apply);
        config = at(applyOnly.changes.constFirst().manifest, QStringLiteral("spec.k8ssandra.cassandra.config")).toObject();
        QCOMPARE(config.value(QLatin1String("cassandraYaml")).toObject(),
                 (QJsonObject{{QStringLiteral("concurrent_compactors"), 4}, {QStringLiteral("num_tokens"), 16}}));
        const QString diff = op.diff();
        QVERIFY2(diff.contains(QLatin1String("+        concurrent_compactors: 4")), qPrintable(diff));
        QVERIFY(diff.contains(QLatin1String("-        num_tokens: 16")));
        QVERIFY(!changeConfig(c, {QStringLiteral("cassandra.num_tokens=4")}).isValid());
        QVERIFY(!changeConfig(c, {QStringLiteral("cassandraYaml.num_tokens=16")}).isValid()); // nothing changes
        QVERIFY(changeConfig(c, {QStringLiteral("dseYaml.x=1")}).errors.constFirst().contains(QLatin1String("DSE")));
    }

    void scaleAndStop()
    {
        const Cluster c = demo();
        Operation op = scaleDatacenter(c, QStringLiteral("dc1"), 4);
        QVERIFY2(op.isValid(), qPrintable(op.errors.join(u'\n')));
        QVERIFY(!op.destructive);
        const QJsonArray dcs = at(op.changes.constFirst().manifest, QStringLiteral("spec.k8ssandra.cassandra.datacenters")).toArray();
        QCOMPARE(dcs.size(), 1);
        QCOMPARE(dcs.at(0).toObject().value(QLatin1String("size")).toInt(), 4);
        QCOMPARE(dcs.at(0).toObject().value(QLatin1String("racks")).toArray().size(), 3); // the whole entry is kept
        QVERIFY(op.diff().contains(QLatin1String("+      size: 4")));
        op = scaleDatacenter(c, QStringLiteral("demo-dc1"), 2);
        QVERIFY(!op.isValid()); // 3 racks
        QVERIFY(op.errors.constFirst().contains(QLatin1String("rack")));
        QVERIFY(op.destructive);
        QVERIFY(!scaleDatacenter(c, QStringLiteral("dc9"), 4).isValid());
        op = stopDatacenter(c, QStringLiteral("dc1"), true);
        QVERIFY(op.isValid());
        QVERIFY(op.destructive);
        QVERIFY(at(op.changes.constFirst().manifest, QStringLiteral("spec.k8ssandra.cassandra.datacenters.0.stopped")).toBool());
        QVERIFY(!stopDatacenter(c, QStringLiteral("dc1"), false).isValid()); // not stopped
        // A standalone datacenter: the CassandraDatacenter itself is applied.
        const Domain::ContextObjects east = Test::contextObjects(QStringLiteral("e"), Test::loadObjects(QStringLiteral("multi-east.yaml")));
        const Cluster legacy = *Domain::ClusterTopology::build({east}).find(QStringLiteral("legacy"));
        op = stopDatacenter(legacy, QString(), false);
        QVERIFY2(op.isValid(), qPrintable(op.errors.join(u'\n')));
        QCOMPARE(op.changes.constFirst().kind, QStringLiteral("CassandraDatacenter"));
        QCOMPARE(op.changes.constFirst().manifest.value(QLatin1String("spec")).toObject(), (QJsonObject{{QStringLiteral("stopped"), false}}));
    }

    void addAndRemoveDatacenter()
    {
        const Cluster c = demo();
        QMap<QString, ReplicationSettings> keyspaces;
        keyspaces.insert(QStringLiteral("shop"), ReplicationSettings::fromCqlMap(u"{'class': 'NetworkTopologyStrategy', 'dc1': '3'}").value());
        keyspaces.insert(QStringLiteral("system"), ReplicationSettings::fromCqlMap(u"{'class': 'org.apache.cassandra.locator.LocalStrategy'}").value());
        QString e;
        Operation op = addDatacenter(c, *DatacenterSpec::parse(QStringLiteral("dc2:3x3"), &e), keyspaces);
        QVERIFY2(op.isValid(), qPrintable(op.errors.join(u'\n')));
        const QJsonArray dcs = at(op.changes.constFirst().manifest, QStringLiteral("spec.k8ssandra.cassandra.datacenters")).toArray();
        QCOMPARE(dcs.size(), 2);
        QCOMPARE(dcs.at(1).toObject().value(QLatin1String("datacenterName")).toString(), QStringLiteral("dc2"));
        QCOMPARE(at(dcs.at(1).toObject(), QStringLiteral("metadata.name")).toString(), QStringLiteral("demo-dc2")); // follows MC naming
        const QString follow = op.followUps.join(u'\n');
        QVERIFY2(follow.contains(QLatin1String("ALTER KEYSPACE shop WITH replication = {'class': 'NetworkTopologyStrategy', 'dc1': '3', 'dc2': '3'}")),
                 qPrintable(follow));
        QVERIFY(follow.contains(QLatin1String("rebuild --dc dc2 --source dc1")));
        QVERIFY(!addDatacenter(c, *DatacenterSpec::parse(QStringLiteral("dc1:3"), &e)).isValid());

        const Cluster g = geo();
        op = removeDatacenter(g, QStringLiteral("dc2"), std::nullopt);
        QVERIFY(op.isValid());
        QVERIFY(op.destructive);
        QCOMPARE(op.warnings.size(), 1);
        QCOMPARE(at(op.changes.constFirst().manifest, QStringLiteral("spec.cassandra.datacenters")).toArray().size(), 1);
        QMap<QString, ReplicationSettings> geoKs;
        geoKs.insert(QStringLiteral("shop"), ReplicationSettings::fromCqlMap(u"{'class': 'NetworkTopologyStrategy', 'dc1': '1', 'dc2': '2'}").value());
        op = removeDatacenter(g, QStringLiteral("dc2"), geoKs);
        QVERIFY(!op.isValid());
        QVERIFY2(op.errors.constFirst().contains(QLatin1String("keyspaces still replicate to dc2: shop")), qPrintable(op.errors.constFirst()));
        QVERIFY(!removeDatacenter(c, QStringLiteral("dc1"), std::nullopt).isValid()); // the only DC
    }

    void tasks()
    {
        const QDateTime now(QDate(2025, 1, 2), QTime(3, 4, 5), QTimeZone::UTC);
        const Cluster c = demo();
        TaskOptions o;
        o.command = QStringLiteral("restart");
        Operation op = nodeTask(c, o, fullInstall(true), now);
        QVERIFY2(op.isValid(), qPrintable(op.errors.join(u'\n')));
        QCOMPARE(op.changes.size(), 1);
        const ObjectChange &ch = op.changes.constFirst();
        QCOMPARE(ch.action, ObjectChange::Action::Create);
        QCOMPARE(ch.kind, QStringLiteral("CassandraTask")); // one DC: a CassandraTask
        QCOMPARE(ch.name, QStringLiteral("demo-restart-20250102030405"));
        QCOMPARE(at(ch.manifest, QStringLiteral("spec.datacenter.name")).toString(), QStringLiteral("demo-dc1"));
        QCOMPARE(at(ch.manifest, QStringLiteral("spec.jobs.0.command")).toString(), QStringLiteral("restart"));
        // Two DCs in two contexts, no --dc: a K8ssandraTask in the control plane.
        op = nodeTask(geo(), o, fullInstall(false), now);
        QCOMPARE(op.changes.size(), 1);
        QCOMPARE(op.changes.constFirst().kind, QStringLiteral("K8ssandraTask"));
        QCOMPARE(at(op.changes.constFirst().manifest, QStringLiteral("spec.cluster.name")).toString(), QStringLiteral("geo"));
        QCOMPARE(at(op.changes.constFirst().manifest, QStringLiteral("spec.template.jobs.0.command")).toString(), QStringLiteral("restart"));
        // Without K8ssandraTask: one CassandraTask per DC, each in its DC's context.
        Domain::Installation noK8sTask = fullInstall(false);
        noK8sTask.k8ssandraTask.clear();
        op = nodeTask(geo(), o, noK8sTask, now);
        QCOMPARE(op.changes.size(), 2);
        QCOMPARE(op.changes.at(1).context, QStringLiteral("kind-east"));
        QCOMPARE(op.changes.at(1).name, QStringLiteral("geo-restart-20250102030405-dc2"));
        // replacenode: pod required and must exist; its DC is found.
        o.command = QStringLiteral("replacenode");
        QVERIFY(!nodeTask(c, o, fullInstall(true), now).isValid());
        o.pod = QStringLiteral("demo-dc1-r2-sts-0");
        op = nodeTask(c, o, fullInstall(true), now);
        QVERIFY2(op.isValid(), qPrintable(op.errors.join(u'\n')));
        QVERIFY(op.destructive);
        QCOMPARE(at(op.changes.constFirst().manifest, QStringLiteral("spec.jobs.0.args.pod_name")).toString(), o.pod);
        o.command = QStringLiteral("cleanup");
        QVERIFY(nodeTask(c, o, fullInstall(true), now).errors.constFirst().contains(QLatin1String("only replacenode and compact")));
        o.pod.clear();
        o.command = QStringLiteral("rebuild");
        o.datacenter = QStringLiteral("dc2");
        o.sourceDatacenter = QStringLiteral("dc1");
        op = nodeTask(geo(), o, fullInstall(false), now);
        QVERIFY2(op.isValid(), qPrintable(op.errors.join(u'\n')));
        QCOMPARE(at(op.changes.constFirst().manifest, QStringLiteral("spec.jobs.0.args.source_datacenter")).toString(), QStringLiteral("dc1"));
        o.command = QStringLiteral("compaction");
        QVERIFY(nodeTask(c, o, fullInstall(true), now).errors.constFirst().contains(QLatin1String("unknown task")));
    }

    void backups()
    {
        const QDateTime now(QDate(2025, 1, 2), QTime(3, 4, 5), QTimeZone::UTC);
        const Cluster c = demo();
        Operation op = backupNow(c, QString(), QStringLiteral("full"), QString(), fullInstall(true), now);
        QVERIFY2(op.isValid(), qPrintable(op.errors.join(u'\n')));
        QCOMPARE(op.changes.constFirst().kind, QStringLiteral("MedusaBackupJob"));
        QCOMPARE(op.changes.constFirst().manifest.value(QLatin1String("spec")).toObject(),
                 (QJsonObject{{QStringLiteral("cassandraDatacenter"), QStringLiteral("demo-dc1")}, {QStringLiteral("backupType"), QStringLiteral("full")}}));
        QCOMPARE(op.warnings.size(), 1); // no spec.medusa
        QVERIFY(!backupNow(c, QString(), QStringLiteral("incremental"), QString(), fullInstall(true), now).isValid());
        Domain::Installation noMedusa = fullInstall(true);
        noMedusa.medusaBackupJob.clear();
        QVERIFY(backupNow(c, QString(), QStringLiteral("full"), QString(), noMedusa, now).errors.constFirst().contains(QLatin1String("Medusa")));
        op = backupSchedule(c, QString(), QStringLiteral("0 2 * * *"), QStringLiteral("differential"), QString(), fullInstall(true), now);
        QVERIFY(op.isValid());
        QVERIFY2(op.summary.contains(QLatin1String("2025-01-03T02:00:00")), qPrintable(op.summary));
        QCOMPARE(at(op.changes.constFirst().manifest, QStringLiteral("spec.cronSchedule")).toString(), QStringLiteral("0 2 * * *"));
        QVERIFY(!backupSchedule(c, QString(), QStringLiteral("0 26 * * *"), QStringLiteral("full"), QString(), fullInstall(true), now).isValid());
        op = restoreBackup(c, QString(), QStringLiteral("demo-backup-1"), fullInstall(true), now);
        QVERIFY(op.isValid());
        QVERIFY(op.destructive);
        QCOMPARE(at(op.changes.constFirst().manifest, QStringLiteral("spec.backup")).toString(), QStringLiteral("demo-backup-1"));
        QVERIFY(!restoreBackup(geo(), QString(), QStringLiteral("b"), fullInstall(false), now).isValid()); // several DCs
        op = purgeBackups(c, QString(), fullInstall(true), now);
        QCOMPARE(at(op.changes.constFirst().manifest, QStringLiteral("spec.operation")).toString(), QStringLiteral("purge"));
    }

    void progressModels()
    {
        const Yaml::ParseResult y = Yaml::parse("status:\n  startTime: '2025-01-01T00:00:00Z'\n  active: 1\n  conditions: [{type: Running, status: 'True'}]\n"
                                                "  podStatuses:\n    p0: {status: COMPLETED}\n    p1: {status: RUNNING}\n    p2: {status: WAITING}\n");
        Progress p = taskProgress(y.documents.constFirst().toObject());
        QCOMPARE(p.state, Progress::State::Running);
        QCOMPARE(p.done, 1);
        QCOMPARE(p.total, 3);
        QCOMPARE(p.nodes.at(1).state, QStringLiteral("RUNNING"));
        const Yaml::ParseResult failed = Yaml::parse("status:\n  conditions: [{type: Failed, status: 'True', message: 'pod p1 failed'}]\n");
        p = taskProgress(failed.documents.constFirst().toObject());
        QCOMPARE(p.state, Progress::State::Failed);
        QCOMPARE(p.message, QStringLiteral("pod p1 failed"));
        const Yaml::ParseResult job = Yaml::parse("status: {startTime: x, finishTime: y, finished: [p0, p1]}\n");
        const Yaml::ParseResult backup = Yaml::parse("status: {status: SUCCESS, totalNodes: 2, finishedNodes: 2, totalFiles: 12, totalSize: 1.2 MB}\n");
        p = backupJobProgress(job.documents.constFirst().toObject(), backup.documents.constFirst().toObject());
        QCOMPARE(p.state, Progress::State::Succeeded);
        QCOMPARE(p.toString(), QStringLiteral("Succeeded 2/2: 12 files, 1.2 MB"));
        const Yaml::ParseResult restore = Yaml::parse("status: {startTime: x, message: 'backup not found'}\n");
        QCOMPARE(restoreJobProgress(restore.documents.constFirst().toObject()).state, Progress::State::Failed);

        // Rollouts: the fixture DC (generation 4) after a scale to 3 that the operator has applied.
        const Cluster c = demo();
        RolloutGoal goal;
        goal.datacenters.insert(QStringLiteral("demo-dc1"), RolloutGoal::Dc{3, 3, std::nullopt, QStringLiteral("1.2.0"), false});
        p = rolloutProgress(c, goal);
        QCOMPARE(p.state, Progress::State::Running); // one node not ready
        QCOMPARE(p.done, 2);
        QCOMPARE(p.total, 3);
        QVERIFY2(p.message.contains(QLatin1String("dc1: 2/3 nodes ready")), qPrintable(p.message));
        goal.datacenters[QStringLiteral("demo-dc1")].startGeneration = 4; // not applied yet
        QVERIFY(rolloutProgress(c, goal).message.contains(QLatin1String("has not applied")));
    }

    void guards()
    {
        const Operation op = scaleDatacenter(demo(), QStringLiteral("dc1"), 6);
        WriteGuard guard({QStringLiteral("ctx")});
        QVERIFY2(guard.refusal(op).contains(QLatin1String("context ctx is marked read-only")), qPrintable(guard.refusal(op)));
        guard.setReadOnly(QStringLiteral("ctx"), false);
        QVERIFY(guard.refusal(op).isEmpty());
        const QList<AccessCheck> checks = requiredAccess(op);
        QCOMPARE(checks.size(), 1);
        QCOMPARE(checks.constFirst().verb, QStringLiteral("patch"));
        QCOMPARE(checks.constFirst().group, QStringLiteral("missioncontrol.datastax.com"));
        QCOMPARE(checks.constFirst().resource, QStringLiteral("missioncontrolclusters"));
        QCOMPARE(checks.constFirst().name, QStringLiteral("demo"));
        QCOMPARE(at(checks.constFirst().reviewObject(), QStringLiteral("spec.resourceAttributes.namespace")).toString(), QStringLiteral("proj-a"));
        const Yaml::ParseResult denied = Yaml::parse("status: {allowed: false, reason: 'no RBAC policy matched'}\n");
        const AccessDecision d = AccessDecision::fromReview(denied.documents.constFirst().toObject());
        QVERIFY(!d.allowed);
        QVERIFY(permissionRefusal(checks.constFirst(), d).contains(QLatin1String("you may not patch missioncontrolclusters.missioncontrol.datastax.com in namespace proj-a (context ctx); nothing was sent: no RBAC policy matched")));
    }

    void history()
    {
        QTemporaryDir dir;
        OperationHistory h(dir.filePath(QStringLiteral("sub/history.jsonl")));
        HistoryEntry e;
        e.context = QStringLiteral("ctx");
        e.operation = QStringLiteral("scale");
        e.target = QStringLiteral("proj/demo dc=dc1");
        e.result = QStringLiteral("sent");
        QString error;
        QVERIFY2(h.append(e, &error), qPrintable(error));
        e.result = QStringLiteral("succeeded");
        QVERIFY(h.append(e));
        QFile f(h.path());
        QVERIFY(f.open(QIODevice::Append));
        f.write("not json\n");
        f.close();
        int skipped = 0;
        const QList<HistoryEntry> all = h.read(&skipped);
        QCOMPARE(all.size(), 2);
        QCOMPARE(skipped, 1);
        QCOMPARE(all.at(1).result, QStringLiteral("succeeded"));
        QVERIFY(all.at(0).when.isValid());
        QCOMPARE(all.at(0).user, OperationHistory::currentUser());
    }

    void diffFormat()
    {
        const QString d = unifiedDiff(QStringLiteral("a\nb\nc\n"), QStringLiteral("a\nB\nc\n"), QStringLiteral("x"), QStringLiteral("y"));
        QCOMPARE(d, QStringLiteral("--- x\n+++ y\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n"));
        QVERIFY(unifiedDiff(QStringLiteral("same"), QStringLiteral("same"), {}, {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDomainOps)
#include "tst_domain_ops.moc"
