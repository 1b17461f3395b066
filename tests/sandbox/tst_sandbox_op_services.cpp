// Scenario: what a cluster brings beside its nodes, through the API only: Endpoints of its Services, the control
// plane's operator pods, and the Data API (enabled on the MissionControlCluster, reached through the service proxy
// with the superuser's token).
#include "tst_sandbox_op_support.h"

#include <QTest>

using namespace Ringside::Test;
using namespace Ringside::Test::Op;

class TestOpServices : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void endpointsFollowReadyPods();
    void controlPlaneRuns();
    void dataApiWithTheSuperusersToken();
    void reaperFromTheClusterSpec();

private:
    SandboxFixture m_fx;
    QByteArray token(const QByteArray &user, const QByteArray &password) const
    {
        return "Cassandra:" + user.toBase64() + ':' + password.toBase64();
    }
};

void TestOpServices::initTestCase()
{
    QString error;
    QVERIFY2(startWorld(m_fx, &error), qPrintable(error));
    QVERIFY(createAndWait(m_fx, mcc(QStringLiteral("svc"), QStringLiteral("4.1.5"), 3, 1)));
}

void TestOpServices::endpointsFollowReadyPods()
{
    // Every Service with a selector has Endpoints; the DC's service lists the three ready pods with their IPs.
    QJsonObject endpoints;
    QVERIFY(QTest::qWaitFor([&] {
        endpoints = getJson(m_fx, QStringLiteral("/api/v1/namespaces/proj/endpoints/svc-dc1-service"));
        return at(endpoints, QStringLiteral("subsets")).toArray().first().toObject().value(QLatin1String("addresses")).toArray().size() == 3;
    }, 10000));
    const QJsonObject subset = at(endpoints, QStringLiteral("subsets")).toArray().first().toObject();
    QStringList pods;
    for (const QJsonValue &a : subset.value(QLatin1String("addresses")).toArray()) {
        const QJsonObject address = a.toObject();
        const QString pod = at(address, QStringLiteral("targetRef.name")).toString();
        pods.append(pod);
        QCOMPARE(address.value(QLatin1String("ip")).toString(), at(getJson(m_fx, podPath(pod)), QStringLiteral("status.podIP")).toString());
    }
    pods.sort();
    QCOMPARE(pods, (QStringList{QStringLiteral("svc-dc1-r1-sts-0"), QStringLiteral("svc-dc1-r2-sts-0"), QStringLiteral("svc-dc1-r3-sts-0")}));
    bool cql = false;
    for (const QJsonValue &p : subset.value(QLatin1String("ports")).toArray()) {
        cql = cql || p.toObject().value(QLatin1String("port")).toInt() == 9042;
    }
    QVERIFY2(cql, qPrintable(QString::fromUtf8(QJsonDocument(subset).toJson())));

    // A killed pod leaves the ready addresses, and comes back when the StatefulSet has recreated it.
    QCOMPARE(m_fx.del(podPath(QStringLiteral("svc-dc1-r2-sts-0"))).status, 200);
    QVERIFY(QTest::qWaitFor([&] {
        const QJsonArray a = at(getJson(m_fx, QStringLiteral("/api/v1/namespaces/proj/endpoints/svc-dc1-service")),
                                QStringLiteral("subsets")).toArray().first().toObject().value(QLatin1String("addresses")).toArray();
        return a.size() == 2;
    }, 10000));
    QVERIFY(QTest::qWaitFor([&] {
        const QJsonArray a = at(getJson(m_fx, QStringLiteral("/api/v1/namespaces/proj/endpoints/svc-dc1-service")),
                                QStringLiteral("subsets")).toArray().first().toObject().value(QLatin1String("addresses")).toArray();
        return a.size() == 3;
    }, 20000));
}

void TestOpServices::controlPlaneRuns()
{
    QVERIFY(QTest::qWaitFor([&] {
        const QList<QJsonObject> pods = items(m_fx, QStringLiteral("/api/v1/namespaces/mission-control/pods"));
        QStringList ready;
        for (const QJsonObject &pod : pods) {
            if (podReady(pod)) {
                ready.append(at(pod, QStringLiteral("metadata.labels")).toObject().value(QLatin1String("app.kubernetes.io/name")).toString());
            }
        }
        ready.sort();
        return ready == QStringList{QStringLiteral("cass-operator"), QStringLiteral("k8ssandra-operator"), QStringLiteral("mission-control")};
    }, 10000));
    for (const char *d : {"mission-control-cass-operator", "mission-control-k8ssandra-operator", "mission-control-operator"}) {
        const QJsonObject deployment = getJson(m_fx, QStringLiteral("/apis/apps/v1/namespaces/mission-control/deployments/") + QLatin1String(d));
        QCOMPARE(at(deployment, QStringLiteral("status.readyReplicas")).toInt(), 1);
    }
}

void TestOpServices::dataApiWithTheSuperusersToken()
{
    const QString proxy = QStringLiteral("/api/v1/namespaces/proj/services/svc-dc1-data-api:8181/proxy/v1/");
    // Not enabled: no such service.
    QCOMPARE(m_fx.get(QStringLiteral("/api/v1/namespaces/proj/services/svc-dc1-data-api")).status, 404);
    QCOMPARE(m_fx.patch(mccPath(QStringLiteral("svc")), "{\"spec\":{\"dataApi\":{\"enabled\":true}}}", "application/merge-patch+json").status, 200);
    QVERIFY(QTest::qWaitFor([&] {
        return at(getJson(m_fx, QStringLiteral("/apis/apps/v1/namespaces/proj/deployments/svc-dc1-data-api")),
                  QStringLiteral("status.readyReplicas")).toInt() == 1;
    }, 10000));
    const QJsonObject secret = getJson(m_fx, QStringLiteral("/api/v1/namespaces/proj/secrets/svc-superuser"));
    const QByteArray user = QByteArray::fromBase64(at(secret, QStringLiteral("data.username")).toString().toLatin1());
    const QByteArray password = QByteArray::fromBase64(at(secret, QStringLiteral("data.password")).toString().toLatin1());
    QVERIFY(!user.isEmpty() && !password.isEmpty());
    const QByteArray create = "{\"createKeyspace\": {\"name\": \"lab_ks\"}}";

    HttpResponse r;
    // The pod answers once the node simulation serves it (after the Deployment's pod is Ready).
    QVERIFY(QTest::qWaitFor([&] {
        r = m_fx.request("POST", proxy, create, "application/json", Auth::AdminCert,
                         {{QByteArray("Token"), token(user, password)}});
        return r.status == 200;
    }, 10000));
    QCOMPARE(r.json(), (QJsonObject{{QLatin1String("status"), QJsonObject{{QLatin1String("ok"), 1}}}}));

    // A wrong password or no token is refused.
    r = m_fx.request("POST", proxy, create, "application/json", Auth::AdminCert,
                     {{QByteArray("Token"), token(user, "wrong")}});
    QCOMPARE(r.status, 401);
    QCOMPARE(at(r.json(), QStringLiteral("errors")).toArray().first().toObject().value(QLatin1String("errorCode")).toString(),
             QStringLiteral("UNAUTHENTICATED_REQUEST"));
    QCOMPARE(m_fx.request("POST", proxy, create).status, 401);

    // The keyspace is in the cluster's schema (what cqlsh and nodetool read) and findKeyspaces lists it.
    QVERIFY(QTest::qWaitFor([&] {
        return getJson(m_fx, QStringLiteral("/api/v1/namespaces/proj/configmaps/ringside-sandbox-schema-svc"))
            .value(QLatin1String("data")).toObject().value(QLatin1String("schema.json")).toString().contains(QLatin1String("\"lab_ks\""));
    }, 5000));
    r = m_fx.request("POST", proxy, "{\"findKeyspaces\": {}}", "application/json", Auth::AdminCert,
                     {{QByteArray("Token"), token(user, password)}});
    QCOMPARE(r.status, 200);
    QVERIFY2(at(r.json(), QStringLiteral("status.keyspaces")).toArray().contains(QJsonValue(QStringLiteral("lab_ks"))), r.body.constData());
    // A collection in it, and an unknown command answered as the Data API does.
    r = m_fx.request("POST", proxy + QStringLiteral("lab_ks"), "{\"createCollection\": {\"name\": \"orders\"}}", "application/json",
                     Auth::AdminCert, {{QByteArray("Token"), token(user, password)}});
    QCOMPARE(r.json(), (QJsonObject{{QLatin1String("status"), QJsonObject{{QLatin1String("ok"), 1}}}}));
    r = m_fx.request("POST", proxy, "{\"frobnicate\": {}}", "application/json", Auth::AdminCert,
                     {{QByteArray("Token"), token(user, password)}});
    QCOMPARE(at(r.json(), QStringLiteral("errors")).toArray().first().toObject().value(QLatin1String("errorCode")).toString(),
             QStringLiteral("NO_COMMAND_MATCHED"));

    // Disabled again: the Deployment and Service go.
    QCOMPARE(m_fx.patch(mccPath(QStringLiteral("svc")), "{\"spec\":{\"dataApi\":{\"enabled\":false}}}", "application/merge-patch+json").status, 200);
    QVERIFY(QTest::qWaitFor([&] {
        return m_fx.get(QStringLiteral("/api/v1/namespaces/proj/services/svc-dc1-data-api")).status == 404;
    }, 10000));
}

void TestOpServices::reaperFromTheClusterSpec()
{
    const QString reaperPath = QStringLiteral("/apis/reaper.k8ssandra.io/v1alpha1/namespaces/proj/reapers/svc-dc1-reaper");
    QCOMPARE(m_fx.get(reaperPath).status, 404);
    // spec.reaper on the cluster: k8ssandra-operator makes a Reaper per ready datacenter, which the Reaper
    // controller deploys; removing spec.reaper removes it.
    QCOMPARE(m_fx.patch(mccPath(QStringLiteral("svc")), "{\"spec\":{\"k8ssandra\":{\"reaper\":{\"heapSize\":\"256Mi\"}}}}",
                        "application/merge-patch+json").status, 200);
    QJsonObject reaper;
    QVERIFY(QTest::qWaitFor([&] {
        reaper = getJson(m_fx, reaperPath);
        return !reaper.isEmpty();
    }, 10000));
    QCOMPARE(at(reaper, QStringLiteral("spec.datacenterRef.name")).toString(), QStringLiteral("svc-dc1"));
    QCOMPARE(at(reaper, QStringLiteral("spec.heapSize")).toString(), QStringLiteral("256Mi"));
    QCOMPARE(at(reaper, QStringLiteral("metadata.ownerReferences")).toArray().first().toObject().value(QLatin1String("kind")).toString(),
             QStringLiteral("K8ssandraCluster"));
    QVERIFY(QTest::qWaitFor([&] { return conditionTrue(at(getJson(m_fx, reaperPath), QStringLiteral("status.conditions")), QStringLiteral("Ready")); },
                            20000));
    QCOMPARE(m_fx.patch(mccPath(QStringLiteral("svc")), "{\"spec\":{\"k8ssandra\":{\"reaper\":null}}}", "application/merge-patch+json").status, 200);
    QVERIFY(QTest::qWaitFor([&] { return m_fx.get(reaperPath).status == 404; }, 10000));
}

QTEST_MAIN(TestOpServices)
#include "tst_sandbox_op_services.moc"
