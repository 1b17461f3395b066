// Scenario: create a cluster (MissionControlCluster → K8ssandraCluster → CassandraDatacenter → StatefulSets → pods)
// and see it Running, through the API only.
#include "tst_sandbox_op_support.h"

#include <QRegularExpression>
#include <QTest>

using namespace Ringside::Test;
using namespace Ringside::Test::Op;

class TestOpCreate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createsALivingCluster();
    void k8ssandraClusterWithoutMissionControl();
    void invalidVersionIsReported();
    void demoClusterOnFirstStart();
};

void TestOpCreate::createsALivingCluster()
{
    SandboxFixture fx;
    QString error;
    QVERIFY2(startWorld(fx, &error), qPrintable(error));
    PodWatch watch(fx);
    QVERIFY(watch.ok());
    QVERIFY(createAndWait(fx, mcc(QStringLiteral("demo"), QStringLiteral("4.1.5"), 3, 1)));
    watch.poll(3);
    QCOMPARE(watch.maxStarting(), 1); // one node at a time

    // The K8ssandraCluster is owned by the MissionControlCluster and mirrors the DC status.
    const QJsonObject k8c = getJson(fx, k8cPath(QStringLiteral("demo")));
    QCOMPARE(at(k8c, QStringLiteral("metadata.ownerReferences")).toArray().first().toObject().value(QLatin1String("kind")).toString(),
             QStringLiteral("MissionControlCluster"));
    QVERIFY(QTest::qWaitFor([&] {
        const QJsonObject k = getJson(fx, k8cPath(QStringLiteral("demo")));
        return at(k, QStringLiteral("status.datacenters.demo-dc1.cassandra.cassandraOperatorProgress")).toString()
                   == QLatin1String("Ready")
               && conditionTrue(at(k, QStringLiteral("status.conditions")), QStringLiteral("CassandraInitialized"));
    }, 5000));
    QVERIFY(QTest::qWaitFor([&] {
        return conditionTrue(at(getJson(fx, mccPath(QStringLiteral("demo"))), QStringLiteral("status.conditions")),
                             QStringLiteral("Ready"));
    }, 5000));

    // The CassandraDatacenter: merged spec, conditions, host IDs.
    const QJsonObject dc = getJson(fx, dcPath(QStringLiteral("demo-dc1")));
    QCOMPARE(at(dc, QStringLiteral("spec.clusterName")).toString(), QStringLiteral("demo"));
    QCOMPARE(at(dc, QStringLiteral("metadata.labels")).toObject().value(QLatin1String("k8ssandra.io/cluster-name")).toString(),
             QStringLiteral("demo"));
    for (const char *c : {"Ready", "Initialized", "Valid", "Healthy"}) {
        QVERIFY2(conditionTrue(at(dc, QStringLiteral("status.conditions")), QLatin1String(c)), c);
    }
    for (const char *c : {"ScalingUp", "Updating", "Stopped", "RollingRestart"}) {
        QVERIFY2(!conditionTrue(at(dc, QStringLiteral("status.conditions")), QLatin1String(c)), c);
    }
    QVERIFY(!at(dc, QStringLiteral("status.lastServerNodeStarted")).toString().isEmpty());
    QVERIFY(!at(dc, QStringLiteral("status.usersUpserted")).toString().isEmpty());
    const QJsonObject nodeStatuses = at(dc, QStringLiteral("status.nodeStatuses")).toObject();
    QCOMPARE(nodeStatuses.size(), 3);
    const QRegularExpression uuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    QSet<QString> hostIds;
    for (const QString &rack : {QStringLiteral("r1"), QStringLiteral("r2"), QStringLiteral("r3")}) {
        const QString pod = QStringLiteral("demo-dc1-%1-sts-0").arg(rack);
        const QJsonObject node = nodeStatuses.value(pod).toObject();
        QVERIFY2(uuid.match(node.value(QLatin1String("hostID")).toString()).hasMatch(), qPrintable(pod));
        QCOMPARE(node.value(QLatin1String("rack")).toString(), rack);
        hostIds.insert(node.value(QLatin1String("hostID")).toString());
    }
    QCOMPARE(hostIds.size(), 3);

    // Pods: Running, Ready, labelled, with container statuses and addresses.
    const QList<QJsonObject> pods = items(fx, podPath() + QLatin1String("?labelSelector=cassandra.datastax.com/datacenter%3Ddc1"));
    QCOMPARE(pods.size(), 3);
    for (const QJsonObject &pod : pods) {
        const QString name = at(pod, QStringLiteral("metadata.name")).toString();
        QVERIFY2(podReady(pod), qPrintable(name));
        const QJsonObject labels = at(pod, QStringLiteral("metadata.labels")).toObject();
        QCOMPARE(labels.value(QLatin1String("cassandra.datastax.com/node-state")).toString(), QStringLiteral("Started"));
        QCOMPARE(labels.value(QLatin1String("cassandra.datastax.com/cluster")).toString(), QStringLiteral("demo"));
        QCOMPARE(labels.value(QLatin1String("cassandra.datastax.com/seed-node")).toString(), QStringLiteral("true"));
        QCOMPARE(labels.value(QLatin1String("app.kubernetes.io/managed-by")).toString(), QStringLiteral("cass-operator"));
        QVERIFY(at(pod, QStringLiteral("status.podIP")).toString().startsWith(QLatin1String("10.244.")));
        QCOMPARE(at(pod, QStringLiteral("status.podIP")).toString(), nodeStatuses.value(name).toObject().value(QLatin1String("ip")).toString());
        QVERIFY(!at(pod, QStringLiteral("status.hostIP")).toString().isEmpty());
        QVERIFY(!at(pod, QStringLiteral("status.startTime")).toString().isEmpty());
        QVERIFY(!at(pod, QStringLiteral("spec.nodeName")).toString().isEmpty());
        for (const char *c : {"PodScheduled", "Initialized", "ContainersReady", "Ready"}) {
            QVERIFY2(conditionTrue(at(pod, QStringLiteral("status.conditions")), QLatin1String(c)), c);
        }
        const QJsonArray containers = at(pod, QStringLiteral("status.containerStatuses")).toArray();
        QCOMPARE(containers.size(), 2);
        for (const QJsonValue &c : containers) {
            QVERIFY(c.toObject().value(QLatin1String("ready")).toBool());
            QVERIFY(c.toObject().value(QLatin1String("started")).toBool());
            QCOMPARE(c.toObject().value(QLatin1String("restartCount")).toInt(-1), 0);
            QVERIFY(c.toObject().value(QLatin1String("state")).toObject().contains(QLatin1String("running")));
        }
        QCOMPARE(at(pod, QStringLiteral("spec.containers")).toArray().first().toObject().value(QLatin1String("image")).toString(),
                 QStringLiteral("cr.k8ssandra.io/k8ssandra/cass-management-api:4.1.5"));
        // The claim from the volumeClaimTemplate, bound.
        const QJsonObject pvc = getJson(fx, path("v1", "persistentvolumeclaims", QLatin1String("server-data-") + name));
        QCOMPARE(at(pvc, QStringLiteral("status.phase")).toString(), QStringLiteral("Bound"));
        QCOMPARE(at(pvc, QStringLiteral("status.capacity.storage")).toString(), QStringLiteral("5Gi"));
    }
    // StatefulSets, one per rack.
    for (const QString &rack : {QStringLiteral("r1"), QStringLiteral("r2"), QStringLiteral("r3")}) {
        const QJsonObject sts = getJson(fx, path("apps/v1", "statefulsets", QStringLiteral("demo-dc1-%1-sts").arg(rack)));
        QCOMPARE(at(sts, QStringLiteral("status.readyReplicas")).toInt(), 1);
        QCOMPARE(at(sts, QStringLiteral("status.currentRevision")).toString(), at(sts, QStringLiteral("status.updateRevision")).toString());
        QCOMPARE(at(sts, QStringLiteral("status.observedGeneration")).toInt(), at(sts, QStringLiteral("metadata.generation")).toInt());
    }
    // Services.
    for (const char *service : {"demo-dc1-service", "demo-seed-service", "demo-dc1-additional-seed-service",
                                "demo-dc1-all-pods-service"}) {
        QVERIFY2(!getJson(fx, path("v1", "services", QLatin1String(service))).isEmpty(), service);
    }
    QVERIFY(!getJson(fx, path("v1", "secrets", QStringLiteral("demo-superuser"))).isEmpty());
    // Events: real core/v1 Events from cass-operator about the datacenter.
    int started = 0;
    for (const QJsonObject &e : items(fx, path("v1", "events"))) {
        if (e.value(QLatin1String("reason")).toString() == QLatin1String("StartedCassandra")) {
            ++started;
            QCOMPARE(at(e, QStringLiteral("source.component")).toString(), QStringLiteral("cass-operator"));
            QCOMPARE(at(e, QStringLiteral("involvedObject.kind")).toString(), QStringLiteral("CassandraDatacenter"));
            QCOMPARE(e.value(QLatin1String("type")).toString(), QStringLiteral("Normal"));
            QVERIFY(e.value(QLatin1String("count")).toInt() >= 1);
            QVERIFY(!e.value(QLatin1String("firstTimestamp")).toString().isEmpty());
        }
    }
    QCOMPARE(started, 3);
}

void TestOpCreate::k8ssandraClusterWithoutMissionControl()
{
    SandboxFixture fx;
    QString error;
    QVERIFY2(startWorld(fx, &error), qPrintable(error));
    QJsonObject k8c = mcc(QStringLiteral("kc"), QStringLiteral("4.0.17"), 1, 2).value(QLatin1String("spec")).toObject()
                          .value(QLatin1String("k8ssandra")).toObject();
    // A second DC in another Kubernetes context is not reconciled in the sandbox, and says so.
    QJsonObject cassandra = k8c.value(QLatin1String("cassandra")).toObject();
    QJsonArray dcs = cassandra.value(QLatin1String("datacenters")).toArray();
    dcs.append(QJsonObject{{QLatin1String("metadata"), QJsonObject{{QLatin1String("name"), QLatin1String("remote")}}},
                           {QLatin1String("k8sContext"), QLatin1String("kind-other")},
                           {QLatin1String("size"), 1}});
    cassandra.insert(QLatin1String("datacenters"), dcs);
    cassandra.insert(QLatin1String("config"),
                     QJsonObject{{QLatin1String("cassandraYaml"), QJsonObject{{QLatin1String("num_tokens"), 16}}}});
    k8c.insert(QLatin1String("cassandra"), cassandra);
    const HttpResponse r = fx.post(k8cPath(), QJsonObject{{QLatin1String("apiVersion"), QLatin1String("k8ssandra.io/v1alpha1")},
                                                         {QLatin1String("kind"), QLatin1String("K8ssandraCluster")},
                                                         {QLatin1String("metadata"), QJsonObject{{QLatin1String("name"), QLatin1String("kc")}}},
                                                         {QLatin1String("spec"), k8c}});
    QCOMPARE(r.status, 201);
    QVERIFY(QTest::qWaitFor([&] { return dcReady(fx, QStringLiteral("kc-dc1")); }, 15000));
    QCOMPARE(items(fx, podPath()).size(), 2);
    // spec.config is written as the JSON object k8ssandra-operator writes (the CRD's json.RawMessage).
    const QJsonValue config = at(getJson(fx, dcPath(QStringLiteral("kc-dc1"))), QStringLiteral("spec.config"));
    QVERIFY2(config.isObject(), qPrintable(QString::number(int(config.type()))));
    QCOMPARE(at(config.toObject(), QStringLiteral("cassandra-yaml.num_tokens")).toInt(), 16);
    QVERIFY(!getJson(fx, path("v1", "pods", QStringLiteral("kc-dc1-r1-sts-1"))).isEmpty());
    QVERIFY(getJson(fx, dcPath(QStringLiteral("remote"))).isEmpty());
    QVERIFY(QTest::qWaitFor([&] {
        return at(getJson(fx, k8cPath(QStringLiteral("kc"))), QStringLiteral("status.error")).toString().contains(QLatin1String("kind-other"));
    }, 5000));
    const QJsonObject status = getJson(fx, k8cPath(QStringLiteral("kc"))).value(QLatin1String("status")).toObject();
    QCOMPARE(at(status, QStringLiteral("datacenters.remote.contextName")).toString(), QStringLiteral("kind-other"));
    QCOMPARE(at(status, QStringLiteral("datacenters.kc-dc1.cassandra.cassandraOperatorProgress")).toString(), QStringLiteral("Ready"));

    // Deleting the K8ssandraCluster removes the datacenter, its pods and its volumes.
    QCOMPARE(fx.del(k8cPath(QStringLiteral("kc"))).status, 200);
    QVERIFY(QTest::qWaitFor([&] {
        return getJson(fx, k8cPath(QStringLiteral("kc"))).isEmpty() && getJson(fx, dcPath(QStringLiteral("kc-dc1"))).isEmpty()
               && items(fx, podPath()).isEmpty() && items(fx, path("v1", "persistentvolumeclaims")).isEmpty();
    }, 10000));
}

void TestOpCreate::invalidVersionIsReported()
{
    SandboxFixture fx;
    QString error;
    QVERIFY2(startWorld(fx, &error), qPrintable(error));
    QJsonObject body = mcc(QStringLiteral("bad"), QStringLiteral("9.0.0"), 1, 1);
    QCOMPARE(fx.post(mccPath(), body).status, 201);
    QVERIFY(QTest::qWaitFor([&] {
        const QJsonObject dc = getJson(fx, dcPath(QStringLiteral("bad-dc1")));
        for (const QJsonValue &c : at(dc, QStringLiteral("status.conditions")).toArray()) {
            if (c.toObject().value(QLatin1String("type")).toString() == QLatin1String("Valid")) {
                return c.toObject().value(QLatin1String("status")).toString() == QLatin1String("False")
                       && c.toObject().value(QLatin1String("message")).toString().contains(QLatin1String("9.0.0"));
            }
        }
        return false;
    }, 5000));
    QVERIFY(items(fx, podPath()).isEmpty());
    QVERIFY(items(fx, path("apps/v1", "statefulsets")).isEmpty());
}

void TestOpCreate::demoClusterOnFirstStart()
{
    SandboxFixture fx;
    QString error;
    QVERIFY(fx.start(&error, [](Ringside::Sandbox::Sandbox::Options &o) {
        o.simulation = true;
        o.pace = 50;
        o.demo = true;
    }));
    const QJsonObject ns = getJson(fx, QStringLiteral("/api/v1/namespaces/ringside-demo"));
    QCOMPARE(at(ns, QStringLiteral("metadata.labels")).toObject().value(QLatin1String("mission-control.datastax.com/is-project")).toString(),
             QStringLiteral("true"));
    QVERIFY(QTest::qWaitFor([&] {
        const QJsonObject dc = getJson(fx, QStringLiteral("/apis/cassandra.datastax.com/v1beta1/namespaces/ringside-demo/"
                                                          "cassandradatacenters/demo-dc1"));
        return at(dc, QStringLiteral("status.cassandraOperatorProgress")).toString() == QLatin1String("Ready")
               && at(dc, QStringLiteral("status.nodeStatuses")).toObject().size() == 3;
    }, 15000));
    QVERIFY(!getJson(fx, QStringLiteral("/api/v1/namespaces/ringside-demo/pods/demo-dc1-r3-sts-0")).isEmpty());
}

QTEST_GUILESS_MAIN(TestOpCreate)
#include "tst_sandbox_op_create.moc"
