// Scenario: the simulated operators driven with plain kubectl only (apply, wait, patch, exec, delete), as a DBA
// would on a real cluster: create, wait Ready, nodetool status, upgrade, a CassandraTask, scale 3 to 4, a killed
// node healing.
#include "tst_sandbox_op_support.h"

#include "testsupport.h"

#include <QRegularExpression>
#include <QTest>

using namespace Ringside::Test;
using namespace Ringside::Test::Op;

namespace {
const char *clusterYaml = "apiVersion: missioncontrol.datastax.com/v1beta2\n"
                          "kind: MissionControlCluster\n"
                          "metadata:\n"
                          "  name: kc\n"
                          "  namespace: proj\n"
                          "spec:\n"
                          "  k8ssandra:\n"
                          "    cassandra:\n"
                          "      serverVersion: 4.0.13\n"
                          "      storageConfig:\n"
                          "        cassandraDataVolumeClaimSpec:\n"
                          "          storageClassName: standard\n"
                          "          accessModes: [ReadWriteOnce]\n"
                          "          resources: {requests: {storage: 5Gi}}\n"
                          "      datacenters:\n"
                          "      - metadata: {name: kc-dc1}\n"
                          "        datacenterName: dc1\n"
                          "        size: 3\n"
                          "        racks: [{name: r1}, {name: r2}, {name: r3}]\n";
const char *taskYaml = "apiVersion: control.k8ssandra.io/v1alpha1\n"
                       "kind: CassandraTask\n"
                       "metadata: {name: kc-cleanup, namespace: proj}\n"
                       "spec:\n"
                       "  datacenter: {name: kc-dc1, namespace: proj}\n"
                       "  jobs:\n"
                       "  - {name: cleanup-dc1, command: cleanup}\n";
} // namespace

class TestOpKubectl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void labsWithPlainKubectl();

private:
    KubectlResult k(SandboxFixture &fx, const QStringList &args, const QByteArray &input = {})
    {
        return fx.kubectl(QStringList{QStringLiteral("-n"), QStringLiteral("proj")} + args, input, 90000);
    }
};

void TestOpKubectl::labsWithPlainKubectl()
{
    RINGSIDE_REQUIRE_KUBECTL();
    SandboxFixture fx;
    QString error;
    QVERIFY2(startWorld(fx, &error), qPrintable(error));

    // Create, and wait as a DBA would.
    KubectlResult r = k(fx, {QStringLiteral("apply"), QStringLiteral("--server-side"), QStringLiteral("-f"), QStringLiteral("-")}, clusterYaml);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = k(fx, {QStringLiteral("wait"), QStringLiteral("--for=condition=Ready"), QStringLiteral("cassandradatacenter/kc-dc1"),
               QStringLiteral("--timeout=60s")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = k(fx, {QStringLiteral("wait"), QStringLiteral("--for=condition=Ready"), QStringLiteral("missioncontrolcluster/kc"),
               QStringLiteral("--timeout=30s")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = k(fx, {QStringLiteral("exec"), QStringLiteral("kc-dc1-r1-sts-0"), QStringLiteral("-c"), QStringLiteral("cassandra"),
               QStringLiteral("--"), QStringLiteral("nodetool"), QStringLiteral("status")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(QString::fromUtf8(r.out).count(QRegularExpression(QStringLiteral("^UN "), QRegularExpression::MultilineOption)), 3);

    // Upgrade 4.0 to 4.1: patch the cluster, wait until the datacenter has rolled and is Ready again.
    r = k(fx, {QStringLiteral("patch"), QStringLiteral("missioncontrolcluster"), QStringLiteral("kc"), QStringLiteral("--type=merge"),
               QStringLiteral("-p"), QStringLiteral("{\"spec\":{\"k8ssandra\":{\"cassandra\":{\"serverVersion\":\"4.1.5\"}}}}")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(QTest::qWaitFor([&] {
        const QList<QJsonObject> pods = items(fx, podPath());
        int upgraded = 0;
        for (const QJsonObject &pod : pods) {
            for (const QJsonValue &c : at(pod, QStringLiteral("spec.containers")).toArray()) {
                upgraded += c.toObject().value(QLatin1String("name")).toString() == QLatin1String("cassandra")
                                    && c.toObject().value(QLatin1String("image")).toString().contains(QLatin1String("4.1.5")) && podReady(pod)
                                ? 1 : 0;
            }
        }
        return upgraded == 3;
    }, 60000));
    r = k(fx, {QStringLiteral("wait"), QStringLiteral("--for=condition=Ready"), QStringLiteral("cassandradatacenter/kc-dc1"),
               QStringLiteral("--timeout=60s")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

    // A CassandraTask from a manifest, waited for with its Complete condition.
    r = k(fx, {QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")}, taskYaml);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = k(fx, {QStringLiteral("wait"), QStringLiteral("--for=condition=Complete"), QStringLiteral("cassandratask/kc-cleanup"),
               QStringLiteral("--timeout=60s")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = k(fx, {QStringLiteral("get"), QStringLiteral("cassandratask/kc-cleanup"), QStringLiteral("-o"), QStringLiteral("jsonpath={.status.succeeded}")});
    QCOMPARE(r.out, QByteArray("3"));

    // Scale 3 to 4 with a JSON patch, then wait for the fourth pod.
    r = k(fx, {QStringLiteral("patch"), QStringLiteral("missioncontrolcluster"), QStringLiteral("kc"), QStringLiteral("--type=json"),
               QStringLiteral("-p"), QStringLiteral("[{\"op\":\"replace\",\"path\":\"/spec/k8ssandra/cassandra/datacenters/0/size\",\"value\":4}]")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(QTest::qWaitFor([&] {
        return at(getJson(fx, dcPath(QStringLiteral("kc-dc1"))), QStringLiteral("status.nodeStatuses")).toObject().size() == 4
               && dcReady(fx, QStringLiteral("kc-dc1"));
    }, 60000));

    // Kill a node: it comes back (a new pod, the same host ID) and kubectl wait sees it Ready.
    const QString hostId = at(getJson(fx, dcPath(QStringLiteral("kc-dc1"))), QStringLiteral("status.nodeStatuses.kc-dc1-r2-sts-0.hostID")).toString();
    QVERIFY(!hostId.isEmpty());
    const QString uid = at(getJson(fx, podPath(QStringLiteral("kc-dc1-r2-sts-0"))), QStringLiteral("metadata.uid")).toString();
    r = k(fx, {QStringLiteral("delete"), QStringLiteral("pod"), QStringLiteral("kc-dc1-r2-sts-0")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(QTest::qWaitFor([&] {
        const QJsonObject pod = getJson(fx, podPath(QStringLiteral("kc-dc1-r2-sts-0")));
        return !pod.isEmpty() && at(pod, QStringLiteral("metadata.uid")).toString() != uid;
    }, 20000));
    r = k(fx, {QStringLiteral("wait"), QStringLiteral("--for=condition=Ready"), QStringLiteral("pod/kc-dc1-r2-sts-0"),
               QStringLiteral("--timeout=60s")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(at(getJson(fx, dcPath(QStringLiteral("kc-dc1"))), QStringLiteral("status.nodeStatuses.kc-dc1-r2-sts-0.hostID")).toString(), hostId);
}

QTEST_MAIN(TestOpKubectl)
#include "tst_sandbox_op_kubectl.moc"
