// Scenarios: changes to a running datacenter (upgrade, scale up/down, stop/resume, add/remove a DC), through the
// API only.
#include "tst_sandbox_op_support.h"

#include <QTest>

using namespace Ringside::Test;
using namespace Ringside::Test::Op;

class TestOpChanges : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void upgradeRollsOnePodAtATime();
    void scaleUpAndDown();
    void stopAndResume();
    void addAndRemoveDatacenter();

private:
    std::unique_ptr<SandboxFixture> m_fx;
    QString currentVersion() { return getJson(*m_fx, podPath()).value(QLatin1String("metadata")).toObject().value(QLatin1String("resourceVersion")).toString(); }
    QJsonObject nodeStatuses(const QString &dc)
    {
        return at(getJson(*m_fx, dcPath(dc)), QStringLiteral("status.nodeStatuses")).toObject();
    }
};

void TestOpChanges::init()
{
    m_fx = std::make_unique<SandboxFixture>();
    QString error;
    QVERIFY2(startWorld(*m_fx, &error), qPrintable(error));
    QVERIFY(createAndWait(*m_fx, mcc(QStringLiteral("c1"), QStringLiteral("4.0.17"), 3, 1)));
}

void TestOpChanges::cleanup()
{
    m_fx.reset();
}

void TestOpChanges::upgradeRollsOnePodAtATime()
{
    SandboxFixture &fx = *m_fx;
    const QJsonObject hostsBefore = nodeStatuses(QStringLiteral("c1-dc1"));
    PodWatch watch(fx);
    QVERIFY(watch.ok());
    const HttpResponse r = jsonPatch(fx, mccPath(QStringLiteral("c1")),
                                     {replaceOp(QStringLiteral("/spec/k8ssandra/cassandra/serverVersion"), QStringLiteral("4.1.5"))});
    QCOMPARE(r.status, 200);
    bool sawUpdating = false;
    QVERIFY(QTest::qWaitFor([&] {
        watch.poll(3);
        const QJsonObject dc = getJson(fx, dcPath(QStringLiteral("c1-dc1")));
        sawUpdating = sawUpdating || conditionTrue(at(dc, QStringLiteral("status.conditions")), QStringLiteral("Updating"));
        if (!dcReady(fx, QStringLiteral("c1-dc1"))) {
            return false;
        }
        for (const QJsonObject &pod : items(fx, podPath())) {
            if (!at(pod, QStringLiteral("spec.containers")).toArray().first().toObject().value(QLatin1String("image"))
                     .toString().endsWith(QLatin1String(":4.1.5"))) {
                return false;
            }
        }
        return true;
    }, 15000));
    watch.poll(3);
    QVERIFY(sawUpdating);
    QCOMPARE(watch.maxDown(), 1); // never two nodes down at once
    for (const QString &rack : {QStringLiteral("r1"), QStringLiteral("r2"), QStringLiteral("r3")}) {
        QCOMPARE(watch.incarnations(QStringLiteral("c1-dc1-%1-sts-0").arg(rack)), 2); // restarted once: a new uid
    }
    // Same data volumes: same host IDs.
    const QJsonObject hostsAfter = nodeStatuses(QStringLiteral("c1-dc1"));
    for (auto it = hostsBefore.begin(); it != hostsBefore.end(); ++it) {
        QCOMPARE(hostsAfter.value(it.key()).toObject().value(QLatin1String("hostID")),
                 it.value().toObject().value(QLatin1String("hostID")));
    }
    int updatingRack = 0;
    for (const QJsonObject &e : items(fx, path("v1", "events"))) {
        updatingRack += e.value(QLatin1String("reason")).toString() == QLatin1String("UpdatingRack") ? 1 : 0;
    }
    QCOMPARE(updatingRack, 3);
    QCOMPARE(at(getJson(fx, dcPath(QStringLiteral("c1-dc1"))), QStringLiteral("spec.serverVersion")).toString(),
             QStringLiteral("4.1.5"));
}

void TestOpChanges::scaleUpAndDown()
{
    SandboxFixture &fx = *m_fx;
    QCOMPARE(jsonPatch(fx, mccPath(QStringLiteral("c1")),
                       {replaceOp(QStringLiteral("/spec/k8ssandra/cassandra/datacenters/0/size"), 4)})
                 .status,
             200);
    QVERIFY(QTest::qWaitFor([&] { return dcReady(fx, QStringLiteral("c1-dc1")) && nodeStatuses(QStringLiteral("c1-dc1")).size() == 4; },
                            15000));
    const QJsonObject added = getJson(fx, podPath(QStringLiteral("c1-dc1-r1-sts-1")));
    QVERIFY(podReady(added));
    QCOMPARE(items(fx, podPath()).size(), 4);

    // Scale down: the node is decommissioned first, then its pod and volume go.
    const QString rv = currentVersion();
    QCOMPARE(jsonPatch(fx, mccPath(QStringLiteral("c1")),
                       {replaceOp(QStringLiteral("/spec/k8ssandra/cassandra/datacenters/0/size"), 3)})
                 .status,
             200);
    bool sawScalingDown = false;
    QVERIFY(QTest::qWaitFor([&] {
        sawScalingDown = sawScalingDown
                         || conditionTrue(at(getJson(fx, dcPath(QStringLiteral("c1-dc1"))), QStringLiteral("status.conditions")),
                                          QStringLiteral("ScalingDown"));
        return dcReady(fx, QStringLiteral("c1-dc1")) && items(fx, podPath()).size() == 3
               && nodeStatuses(QStringLiteral("c1-dc1")).size() == 3;
    }, 15000));
    QVERIFY(sawScalingDown);
    QVERIFY(!nodeStatuses(QStringLiteral("c1-dc1")).contains(QLatin1String("c1-dc1-r1-sts-1")));
    // The watch from before the change saw the pod labelled Decommissioning before it went.
    auto connection = fx.open("GET", podPath() + QLatin1String("?watch=1&resourceVersion=") + rv);
    StreamReader reader(connection.get());
    QVERIFY(reader.readHead());
    QVERIFY(reader.waitForText("\"cassandra.datastax.com/node-state\":\"Decommissioning\""));
    QVERIFY(reader.waitForText("\"type\":\"DELETED\""));
}

void TestOpChanges::stopAndResume()
{
    SandboxFixture &fx = *m_fx;
    const QJsonObject hostsBefore = nodeStatuses(QStringLiteral("c1-dc1"));
    QCOMPARE(jsonPatch(fx, mccPath(QStringLiteral("c1")),
                       {QJsonObject{{QLatin1String("op"), QLatin1String("add")},
                                    {QLatin1String("path"), QLatin1String("/spec/k8ssandra/cassandra/datacenters/0/stopped")},
                                    {QLatin1String("value"), true}}})
                 .status,
             200);
    QVERIFY(QTest::qWaitFor([&] {
        const QJsonObject dc = getJson(fx, dcPath(QStringLiteral("c1-dc1")));
        return items(fx, podPath()).isEmpty() && conditionTrue(at(dc, QStringLiteral("status.conditions")), QStringLiteral("Stopped"))
               && at(dc, QStringLiteral("status.cassandraOperatorProgress")).toString() == QLatin1String("Ready");
    }, 10000));
    QCOMPARE(items(fx, path("v1", "persistentvolumeclaims")).size(), 3); // data is kept
    QCOMPARE(jsonPatch(fx, mccPath(QStringLiteral("c1")),
                       {replaceOp(QStringLiteral("/spec/k8ssandra/cassandra/datacenters/0/stopped"), false)})
                 .status,
             200);
    bool sawResuming = false;
    QVERIFY(QTest::qWaitFor([&] {
        sawResuming = sawResuming
                      || conditionTrue(at(getJson(fx, dcPath(QStringLiteral("c1-dc1"))), QStringLiteral("status.conditions")),
                                       QStringLiteral("Resuming"));
        return dcReady(fx, QStringLiteral("c1-dc1")) && items(fx, podPath()).size() == 3;
    }, 15000));
    QVERIFY(sawResuming);
    const QJsonObject dc = getJson(fx, dcPath(QStringLiteral("c1-dc1")));
    QVERIFY(!conditionTrue(at(dc, QStringLiteral("status.conditions")), QStringLiteral("Stopped")));
    QVERIFY(!conditionTrue(at(dc, QStringLiteral("status.conditions")), QStringLiteral("Resuming")));
    const QJsonObject hostsAfter = nodeStatuses(QStringLiteral("c1-dc1"));
    QCOMPARE(hostsAfter.keys(), hostsBefore.keys());
    for (auto it = hostsBefore.begin(); it != hostsBefore.end(); ++it) {
        QCOMPARE(hostsAfter.value(it.key()).toObject().value(QLatin1String("hostID")),
                 it.value().toObject().value(QLatin1String("hostID")));
    }
}

void TestOpChanges::addAndRemoveDatacenter()
{
    SandboxFixture &fx = *m_fx;
    const QJsonObject dc2{{QLatin1String("metadata"), QJsonObject{{QLatin1String("name"), QLatin1String("c1-dc2")}}},
                          {QLatin1String("datacenterName"), QLatin1String("dc2")},
                          {QLatin1String("size"), 2}};
    QCOMPARE(jsonPatch(fx, mccPath(QStringLiteral("c1")),
                       {QJsonObject{{QLatin1String("op"), QLatin1String("add")},
                                    {QLatin1String("path"), QLatin1String("/spec/k8ssandra/cassandra/datacenters/-")},
                                    {QLatin1String("value"), dc2}}})
                 .status,
             200);
    QVERIFY(QTest::qWaitFor([&] { return dcReady(fx, QStringLiteral("c1-dc2")); }, 15000));
    // Same Cassandra cluster, own datacenter label, default rack.
    const QJsonObject pod = getJson(fx, podPath(QStringLiteral("c1-dc2-default-sts-1")));
    QVERIFY(podReady(pod));
    QCOMPARE(at(pod, QStringLiteral("metadata.labels")).toObject().value(QLatin1String("cassandra.datastax.com/cluster")).toString(),
             QStringLiteral("c1"));
    QVERIFY(QTest::qWaitFor([&] {
        const QJsonObject k = getJson(fx, k8cPath(QStringLiteral("c1")));
        return at(k, QStringLiteral("status.datacenters.c1-dc2.cassandra.cassandraOperatorProgress")).toString() == QLatin1String("Ready")
               && conditionTrue(at(getJson(fx, mccPath(QStringLiteral("c1"))), QStringLiteral("status.conditions")), QStringLiteral("Ready"));
    }, 5000));

    // Remove it again: replication moves, then the DC is decommissioned and deleted.
    QCOMPARE(jsonPatch(fx, mccPath(QStringLiteral("c1")),
                       {QJsonObject{{QLatin1String("op"), QLatin1String("remove")},
                                    {QLatin1String("path"), QLatin1String("/spec/k8ssandra/cassandra/datacenters/1")}}})
                 .status,
             200);
    bool sawDecommission = false;
    QVERIFY(QTest::qWaitFor([&] {
        const QJsonObject k = getJson(fx, k8cPath(QStringLiteral("c1")));
        sawDecommission = sawDecommission
                          || !at(k, QStringLiteral("status.datacenters.c1-dc2.decommissionProgress")).toString().isEmpty();
        return getJson(fx, dcPath(QStringLiteral("c1-dc2"))).isEmpty()
               && !at(k, QStringLiteral("status.datacenters")).toObject().contains(QLatin1String("c1-dc2"));
    }, 15000));
    QVERIFY(sawDecommission);
    QVERIFY(QTest::qWaitFor([&] { return items(fx, podPath()).size() == 3; }, 5000));
    QVERIFY(dcReady(fx, QStringLiteral("c1-dc1")));
}

QTEST_GUILESS_MAIN(TestOpChanges)
#include "tst_sandbox_op_changes.moc"
