// Scenario: failure injection through the sandbox's admin endpoint, and the cluster healing itself.
#include "tst_sandbox_op_support.h"

#include <QTest>

using namespace Ringside::Test;
using namespace Ringside::Test::Op;

class TestOpFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void onlyAdminsInjectFaults();
    void killedNodeHeals();
    void slowAndFullDiskAreRecorded();

private:
    std::unique_ptr<SandboxFixture> m_fx;
    static QString faultPath(const QString &pod, const char *action)
    {
        return QLatin1String("/sandbox/v1/namespaces/") + Ns + QLatin1String("/pods/") + pod + u'/' + QLatin1String(action);
    }
};

void TestOpFaults::initTestCase()
{
    m_fx = std::make_unique<SandboxFixture>();
    QString error;
    QVERIFY2(startWorld(*m_fx, &error), qPrintable(error));
    QVERIFY(createAndWait(*m_fx, mcc(QStringLiteral("f1"), QStringLiteral("4.1.5"), 3, 1)));
}

void TestOpFaults::cleanupTestCase()
{
    m_fx.reset();
}

void TestOpFaults::onlyAdminsInjectFaults()
{
    SandboxFixture &fx = *m_fx;
    const QString target = faultPath(QStringLiteral("f1-dc1-r1-sts-0"), "fail");
    const HttpResponse viewer = fx.request("POST", target, {}, "application/json", Auth::ViewerToken);
    QCOMPARE(viewer.status, 403);
    QCOMPARE(viewer.json().value(QLatin1String("reason")).toString(), QStringLiteral("Forbidden"));
    QCOMPARE(fx.request("POST", target, {}, "application/json", Auth::Anonymous).status, 403);
    QCOMPARE(fx.request("POST", target, {}, "application/json", Auth::BadToken).status, 401);
    QCOMPARE(fx.get(target).status, 405);
    QCOMPARE(fx.request("POST", faultPath(QStringLiteral("f1-dc1-r1-sts-0"), "explode")).status, 400);
    QCOMPARE(fx.request("POST", faultPath(QStringLiteral("nope"), "fail")).status, 404);
    // Nothing happened to the pod.
    QVERIFY(podReady(getJson(fx, podPath(QStringLiteral("f1-dc1-r1-sts-0")))));
    QVERIFY(dcReady(fx, QStringLiteral("f1-dc1")));
}

void TestOpFaults::killedNodeHeals()
{
    SandboxFixture &fx = *m_fx;
    const QString pod = QStringLiteral("f1-dc1-r2-sts-0");
    const QJsonObject before = getJson(fx, podPath(pod));
    const QString claimBefore = at(getJson(fx, path("v1", "persistentvolumeclaims", QLatin1String("server-data-") + pod)),
                                   QStringLiteral("metadata.uid")).toString();
    const QString hostBefore = at(getJson(fx, dcPath(QStringLiteral("f1-dc1"))), QStringLiteral("status.nodeStatuses")).toObject()
                                   .value(pod).toObject().value(QLatin1String("hostID")).toString();
    const HttpResponse r = fx.request("POST", faultPath(pod, "fail"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QLatin1String("status")).toString(), QStringLiteral("Success"));
    // The DC notices, then heals: a new pod (new uid) on the same volume, started again.
    bool sawNotReady = false;
    QVERIFY(QTest::qWaitFor([&] {
        sawNotReady = sawNotReady || !dcReady(fx, QStringLiteral("f1-dc1"));
        const QJsonObject now = getJson(fx, podPath(pod));
        return !now.isEmpty() && at(now, QStringLiteral("metadata.uid")) != at(before, QStringLiteral("metadata.uid")) && podReady(now)
               && dcReady(fx, QStringLiteral("f1-dc1"));
    }, 15000));
    QVERIFY(sawNotReady);
    QCOMPARE(at(getJson(fx, path("v1", "persistentvolumeclaims", QLatin1String("server-data-") + pod)), QStringLiteral("metadata.uid")).toString(),
             claimBefore);
    QCOMPARE(at(getJson(fx, dcPath(QStringLiteral("f1-dc1"))), QStringLiteral("status.nodeStatuses")).toObject()
                 .value(pod).toObject().value(QLatin1String("hostID")).toString(),
             hostBefore);
    // The events tell the story.
    QStringList reasons;
    for (const QJsonObject &e : items(fx, path("v1", "events"))) {
        if (e.value(QLatin1String("message")).toString().contains(pod) || at(e, QStringLiteral("involvedObject.name")).toString() == pod) {
            reasons.append(e.value(QLatin1String("reason")).toString());
        }
    }
    QVERIFY2(reasons.contains(QLatin1String("Killing")), qPrintable(reasons.join(u',')));
    QVERIFY2(reasons.contains(QLatin1String("SuccessfulCreate")), qPrintable(reasons.join(u',')));
    QVERIFY2(reasons.contains(QLatin1String("StartedCassandra")), qPrintable(reasons.join(u',')));
    int started = 0;
    for (const QJsonObject &e : items(fx, path("v1", "events"))) {
        if (e.value(QLatin1String("reason")).toString() == QLatin1String("StartedCassandra")
            && e.value(QLatin1String("message")).toString().endsWith(pod)) {
            started = e.value(QLatin1String("count")).toInt();
        }
    }
    QCOMPARE(started, 2); // started at creation, and again after the failure
}

void TestOpFaults::slowAndFullDiskAreRecorded()
{
    SandboxFixture &fx = *m_fx;
    const QString pod = QStringLiteral("f1-dc1-r3-sts-0");
    const QString claim = QLatin1String("server-data-") + pod;
    const auto fault = [&](const QString &target) {
        return at(getJson(fx, target), QStringLiteral("metadata.annotations")).toObject().value(QLatin1String("sandbox.ringside.dev/fault")).toString();
    };
    QCOMPARE(fx.request("POST", faultPath(pod, "slow")).status, 200);
    QCOMPARE(fault(podPath(pod)), QStringLiteral("slow"));
    QCOMPARE(fx.request("POST", faultPath(pod, "fill-disk")).status, 200);
    QCOMPARE(fault(podPath(pod)), QStringLiteral("slow,disk-full"));
    QCOMPARE(fault(path("v1", "persistentvolumeclaims", claim)), QStringLiteral("disk-full"));
    QVERIFY(podReady(getJson(fx, podPath(pod)))); // slow and full, not down
    QCOMPARE(fx.request("POST", faultPath(pod, "heal")).status, 200);
    QCOMPARE(fault(podPath(pod)), QString());
    QCOMPARE(fault(path("v1", "persistentvolumeclaims", claim)), QString());
}

QTEST_GUILESS_MAIN(TestOpFaults)
#include "tst_sandbox_op_faults.moc"
