// The domain model: detection through discovery, and the topology built from fixture objects.
#include "domainfixtures.h"

#include "cassandra/domain/detection.h"

#include <QJsonArray>
#include <QTest>

using namespace Ringside;
using namespace Ringside::Cassandra::Domain;

namespace {

ApiResource resource(const char *group, const char *version, const char *kind, const char *plural, bool preferred = true)
{
    ApiResource r;
    r.group = QLatin1String(group);
    r.version = QLatin1String(version);
    r.kind = QLatin1String(kind);
    r.resource = QLatin1String(plural);
    r.namespaced = true;
    r.preferredVersion = preferred;
    r.subresources = {QStringLiteral("status")};
    return r;
}

} // namespace

class TestDomainModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void detectMissionControl()
    {
        const QList<ApiResource> resources{
            resource("missioncontrol.datastax.com", "v1beta1", "MissionControlCluster", "missioncontrolclusters", false),
            resource("missioncontrol.datastax.com", "v1beta2", "MissionControlCluster", "missioncontrolclusters"),
            resource("k8ssandra.io", "v1alpha1", "K8ssandraCluster", "k8ssandraclusters"),
            resource("cassandra.datastax.com", "v1beta1", "CassandraDatacenter", "cassandradatacenters"),
            resource("control.k8ssandra.io", "v1alpha1", "CassandraTask", "cassandratasks"),
            resource("medusa.missioncontrol.datastax.com", "v1beta2", "MedusaRestoreJob", "medusarestorejobs"),
            resource("medusa.k8ssandra.io", "v1alpha1", "MedusaBackupJob", "medusabackupjobs"),
            resource("medusa.k8ssandra.io", "v1alpha1", "MedusaRestoreJob", "medusarestorejobs"),
        };
        const Installation i = Installation::detect(QStringLiteral("prod"), resources);
        QVERIFY(i.isValid());
        QCOMPARE(i.flavor(), Flavor::MissionControl);
        QCOMPARE(i.missionControlCluster, QStringLiteral("missioncontrol.datastax.com/v1beta2"));
        QCOMPARE(i.clusterKind(), QStringLiteral("MissionControlCluster"));
        QCOMPARE(i.clusterApiVersion(), QStringLiteral("missioncontrol.datastax.com/v1beta2"));
        QCOMPARE(i.medusaRestoreJob, QStringLiteral("medusa.k8ssandra.io/v1alpha1"));
        QVERIFY(i.hasMedusa());
        QVERIFY(!i.hasReaper());
        const QStringList missing = i.missing();
        QCOMPARE(missing.size(), 1);
        QVERIFY2(missing.constFirst().contains(QLatin1String("Reaper")), qPrintable(missing.constFirst()));
        QVERIFY(i.summary().contains(QLatin1String("Mission Control (missioncontrol.datastax.com/v1beta2)")));
    }

    void detectPlainCassOperator()
    {
        const Installation i = Installation::detect(
            QStringLiteral("dev"), {resource("cassandra.datastax.com", "v1beta1", "CassandraDatacenter", "cassandradatacenters")});
        QCOMPARE(i.flavor(), Flavor::CassOperator);
        QVERIFY(i.clusterKind().isEmpty());
        const QString all = i.missing().join(u'\n');
        QVERIFY(all.contains(QLatin1String("clusters cannot be created")));
        QVERIFY(all.contains(QLatin1String("CassandraTask")));
        QVERIFY(all.contains(QLatin1String("Medusa")));
        const Installation none = Installation::detect(QStringLiteral("x"), {});
        QCOMPARE(none.flavor(), Flavor::None);
        QVERIFY(none.missing().constFirst().contains(QLatin1String("cass-operator is not installed")));
        QVERIFY(!Installation().isValid());
    }

    void singleContextMissionControl()
    {
        const QList<QJsonObject> objects = Test::loadObjects(QStringLiteral("mc-single.yaml"));
        QVERIFY(objects.size() >= 8);
        const ClusterTopology t = ClusterTopology::build({Test::contextObjects(QStringLiteral("ctx"), objects)});
        QCOMPARE(t.clusters.size(), 1); // the owned K8ssandraCluster merges into its MissionControlCluster
        const Cluster &c = t.clusters.constFirst();
        QCOMPARE(c.kind, ClusterKind::MissionControlCluster);
        QCOMPARE(c.name, QStringLiteral("demo"));
        QCOMPARE(c.typeName(), QStringLiteral("HCD"));
        QCOMPARE(c.serverVersion, QStringLiteral("1.2.0"));
        QVERIFY(c.error.isEmpty());
        QCOMPARE(c.datacenters.size(), 1);
        const Datacenter &dc = c.datacenters.constFirst();
        QCOMPARE(dc.name, QStringLiteral("demo-dc1"));
        QCOMPARE(dc.datacenterName, QStringLiteral("dc1"));
        QVERIFY(dc.objectFound);
        QCOMPARE(dc.statusSource, QLatin1String(Source::DcStatus));
        QCOMPARE(dc.size, 3);
        QCOMPARE(dc.readyCount, 2);
        QCOMPARE(dc.nodes.size(), 3); // the other cluster's pod is not counted
        QCOMPARE(dc.racks.size(), 3);
        QCOMPARE(dc.racks.at(1).nodes, QStringList{QStringLiteral("demo-dc1-r2-sts-0")});
        QVERIFY(!dc.isReady());
        QCOMPARE(c.health(), QStringLiteral("degraded"));
        const Node *n0 = dc.node(QStringLiteral("demo-dc1-r1-sts-0"));
        QVERIFY(n0);
        QCOMPARE(n0->hostId, QStringLiteral("11111111-1111-1111-1111-111111111111"));
        QCOMPARE(n0->source(QStringLiteral("hostId")), QLatin1String(Source::NodeStatuses));
        QCOMPARE(n0->source(QStringLiteral("ip")), QLatin1String(Source::PodStatus));
        QCOMPARE(n0->restarts, 2);
        QVERIFY(n0->seed);
        QCOMPARE(n0->statusCode(), QStringLiteral("UN"));
        QCOMPARE(n0->k8sNode, QStringLiteral("worker-1"));
        const Node *n2 = dc.node(QStringLiteral("demo-dc1-r3-sts-0"));
        QCOMPARE(n2->statusCode(), QStringLiteral("DJ"));
        QCOMPARE(t.projects.size(), 2);
        QVERIFY(t.projects.at(0).missionControl);
        QCOMPARE(t.projects.at(0).displayName, QStringLiteral("Project A"));
        QVERIFY(!t.projects.at(1).missionControl);
        QCOMPARE(t.find(QStringLiteral("demo"))->name, QStringLiteral("demo"));
        QVERIFY(!t.find(QStringLiteral("demo"), QStringLiteral("other-ns")));
    }

    void readyWhenAllNodesReady()
    {
        QList<QJsonObject> objects = Test::loadObjects(QStringLiteral("mc-single.yaml"));
        for (QJsonObject &o : objects) {
            if (o.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")) == QLatin1String("demo-dc1-r3-sts-0")) {
                QJsonObject status = o.value(QLatin1String("status")).toObject();
                status.insert(QStringLiteral("conditions"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("Ready")},
                                                                                   {QStringLiteral("status"), QStringLiteral("True")}}});
                status.insert(QStringLiteral("containerStatuses"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("cassandra")},
                                                                                          {QStringLiteral("ready"), true}}});
                o.insert(QStringLiteral("status"), status);
            }
        }
        const ClusterTopology t = ClusterTopology::build({Test::contextObjects(QStringLiteral("ctx"), objects)});
        const Cluster &c = t.clusters.constFirst();
        QVERIFY(c.datacenters.constFirst().isReady());
        QCOMPARE(c.phase(), QStringLiteral("Ready"));
        QCOMPARE(c.health(), QStringLiteral("healthy"));
    }

    void singleContextOverload()
    {
        const QList<QJsonObject> objects = Test::loadObjects(QStringLiteral("mc-single.yaml"));
        const ContextObjects c = Test::contextObjects(QString(), objects);
        const ClusterTopology t = ClusterTopology::build(c.missionControlClusters, c.k8ssandraClusters, c.cassandraDatacenters,
                                                         c.pods, c.clientConfigs);
        QCOMPARE(t.clusters.size(), 1);
        QCOMPARE(t.clusters.constFirst().readyCount(), 2);
    }

    void multiContextMerge()
    {
        const ContextObjects control = Test::contextObjects(QStringLiteral("cp"), Test::loadObjects(QStringLiteral("multi-control.yaml")));
        const ContextObjects east = Test::contextObjects(QStringLiteral("my-east"), Test::loadObjects(QStringLiteral("multi-east.yaml")));
        ContextMapping mapping;
        mapping.localContexts = {QStringLiteral("cp"), QStringLiteral("my-east")};
        mapping.overrides.insert(QStringLiteral("kind-east"), QStringLiteral("my-east"));
        const ClusterTopology t = ClusterTopology::build({control, east}, mapping);
        QVERIFY2(t.problems.isEmpty(), qPrintable(t.problems.join(u'\n')));
        QCOMPARE(t.clusters.size(), 2); // geo (two contexts) and the standalone legacy DC
        const Cluster *geo = t.find(QStringLiteral("geo"));
        QVERIFY(geo);
        QCOMPARE(geo->error, QStringLiteral("reconcile failed: dc2 not reachable"));
        QCOMPARE(geo->datacenters.size(), 2);
        const Datacenter *dc2 = geo->datacenter(QStringLiteral("dc2"));
        QCOMPARE(dc2->context, QStringLiteral("my-east"));
        QCOMPARE(dc2->k8sContext, QStringLiteral("kind-east"));
        QVERIFY(dc2->objectFound);
        QVERIFY(!dc2->upToDate());
        QCOMPARE(dc2->nodes.size(), 2);
        QCOMPARE(dc2->readyCount, 1);
        QCOMPARE(dc2->phase(), QStringLiteral("Scaling up"));
        QCOMPARE(dc2->nodes.constFirst().context, QStringLiteral("my-east"));
        QCOMPARE(dc2->nodes.constFirst().restarts, 1);
        QCOMPARE(geo->datacenter(QStringLiteral("dc1"))->context, QStringLiteral("cp"));
        const Cluster *legacy = t.find(QStringLiteral("legacy"));
        QVERIFY(legacy);
        QCOMPARE(legacy->kind, ClusterKind::CassandraDatacenter);
        QCOMPARE(legacy->typeName(), QStringLiteral("DSE"));
        QCOMPARE(legacy->phase(), QStringLiteral("Stopped"));
    }

    void clientConfigMapping()
    {
        const ContextObjects control = Test::contextObjects(QStringLiteral("cp"), Test::loadObjects(QStringLiteral("multi-control.yaml")));
        const ContextObjects east = Test::contextObjects(QStringLiteral("east"), Test::loadObjects(QStringLiteral("multi-east.yaml")));
        // No override: the ClientConfig object "east" names the local context.
        ContextMapping mapping;
        mapping.localContexts = {QStringLiteral("cp"), QStringLiteral("east")};
        ClusterTopology t = ClusterTopology::build({control, east}, mapping);
        QCOMPARE(t.find(QStringLiteral("geo"))->datacenter(QStringLiteral("dc2"))->context, QStringLiteral("east"));
        // Unmapped: the DC keeps the status from the K8ssandraCluster and the problem is reported.
        mapping.localContexts = {QStringLiteral("cp")};
        t = ClusterTopology::build({control}, mapping);
        const Datacenter *dc2 = t.find(QStringLiteral("geo"))->datacenter(QStringLiteral("dc2"));
        QVERIFY(dc2->context.isEmpty());
        QVERIFY(!dc2->objectFound);
        QCOMPARE(dc2->statusSource, QLatin1String(Source::K8cStatus));
        QCOMPARE(dc2->progress, QStringLiteral("Updating"));
        QCOMPARE(dc2->nodes.size(), 1); // from the K8ssandraCluster's copy of nodeStatuses
        QVERIFY(!dc2->nodes.constFirst().podExists);
        QCOMPARE(dc2->nodes.constFirst().statusCode(), QStringLiteral("DN"));
        QCOMPARE(t.problems.size(), 1);
        QVERIFY2(t.problems.constFirst().contains(QLatin1String("ClientConfig east")), qPrintable(t.problems.constFirst()));
    }
};

QTEST_GUILESS_MAIN(TestDomainModel)
#include "tst_domain_model.moc"
