// Scenarios: CassandraTask and K8ssandraTask jobs, through the API only.
#include "tst_sandbox_op_support.h"

#include <QTest>

using namespace Ringside::Test;
using namespace Ringside::Test::Op;

class TestOpTasks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void rollingRestartWithProgress();
    void cleanupRunsOnePodAtATime();
    void replaceNodeGetsNewHostId();
    void jobOnADownNodeFails();
    void invalidTasksFail();
    void k8ssandraTaskFansOut();

private:
    std::unique_ptr<SandboxFixture> m_fx;
    QJsonObject task(const QString &name, const QString &command, const QJsonObject &args = {})
    {
        return {{QLatin1String("apiVersion"), QLatin1String("control.k8ssandra.io/v1alpha1")},
                {QLatin1String("kind"), QLatin1String("CassandraTask")},
                {QLatin1String("metadata"), QJsonObject{{QLatin1String("name"), name}}},
                {QLatin1String("spec"),
                 QJsonObject{{QLatin1String("datacenter"), QJsonObject{{QLatin1String("name"), QLatin1String("t1-dc1")},
                                                                       {QLatin1String("namespace"), Ns}}},
                             {QLatin1String("jobs"), QJsonArray{QJsonObject{{QLatin1String("name"), QString(name + QLatin1String("-job"))},
                                                                            {QLatin1String("command"), command},
                                                                            {QLatin1String("args"), args}}}}}}};
    }
    QJsonObject waitFinished(const QString &name, int ms = 15000)
    {
        QJsonObject result;
        const bool finished = QTest::qWaitFor([&] {
            result = getJson(*m_fx, taskPath(name));
            return conditionTrue(at(result, QStringLiteral("status.conditions")), QStringLiteral("Complete"))
                   || conditionTrue(at(result, QStringLiteral("status.conditions")), QStringLiteral("Failed"));
        }, ms);
        if (!finished) {
            qWarning().noquote() << "task" << name << "did not finish:" << QJsonDocument(result).toJson(QJsonDocument::Compact);
        }
        return result;
    }
};

void TestOpTasks::init()
{
    m_fx = std::make_unique<SandboxFixture>();
    QString error;
    QVERIFY2(startWorld(*m_fx, &error), qPrintable(error));
    QVERIFY(createAndWait(*m_fx, mcc(QStringLiteral("t1"), QStringLiteral("4.1.5"), 3, 1)));
}

void TestOpTasks::cleanup()
{
    m_fx.reset();
}

void TestOpTasks::rollingRestartWithProgress()
{
    SandboxFixture &fx = *m_fx;
    QMap<QString, QString> uidsBefore;
    for (const QJsonObject &pod : items(fx, podPath())) {
        uidsBefore.insert(at(pod, QStringLiteral("metadata.name")).toString(), at(pod, QStringLiteral("metadata.uid")).toString());
    }
    PodWatch watch(fx);
    QCOMPARE(fx.post(taskPath(), task(QStringLiteral("restart"), QStringLiteral("restart"))).status, 201);
    // Progress: at some point some pods are done and others not yet.
    bool sawPartial = false;
    bool sawRollingRestart = false;
    QJsonObject done;
    QVERIFY(QTest::qWaitFor([&] {
        watch.poll(3);
        done = getJson(fx, taskPath(QStringLiteral("restart")));
        const QJsonObject podStatuses = at(done, QStringLiteral("status.podStatuses")).toObject();
        int completed = 0;
        for (auto it = podStatuses.begin(); it != podStatuses.end(); ++it) {
            completed += it.value().toObject().value(QLatin1String("status")).toString() == QLatin1String("COMPLETED") ? 1 : 0;
        }
        sawPartial = sawPartial || (completed > 0 && completed < 3);
        sawRollingRestart = sawRollingRestart
                            || conditionTrue(at(getJson(fx, dcPath(QStringLiteral("t1-dc1"))), QStringLiteral("status.conditions")),
                                             QStringLiteral("RollingRestart"));
        return conditionTrue(at(done, QStringLiteral("status.conditions")), QStringLiteral("Complete"));
    }, 15000));
    watch.poll(3);
    QVERIFY(sawPartial);
    QVERIFY(sawRollingRestart);
    QCOMPARE(watch.maxDown(), 1);
    QVERIFY(!at(done, QStringLiteral("status.startTime")).toString().isEmpty());
    QVERIFY(!at(done, QStringLiteral("status.completionTime")).toString().isEmpty());
    QCOMPARE(at(done, QStringLiteral("status.succeeded")).toInt(), 3);
    QCOMPARE(at(done, QStringLiteral("status.active")).toInt(), 0);
    QVERIFY(!conditionTrue(at(done, QStringLiteral("status.conditions")), QStringLiteral("Running")));
    for (const QJsonObject &pod : items(fx, podPath())) {
        const QString name = at(pod, QStringLiteral("metadata.name")).toString();
        QVERIFY2(at(pod, QStringLiteral("metadata.uid")).toString() != uidsBefore.value(name), qPrintable(name));
        QVERIFY(at(pod, QStringLiteral("metadata.annotations")).toObject().contains(QLatin1String("control.k8ssandra.io/restartedAt")));
    }
    QVERIFY(QTest::qWaitFor([&] { return dcReady(fx, QStringLiteral("t1-dc1")); }, 5000));
}

void TestOpTasks::cleanupRunsOnePodAtATime()
{
    SandboxFixture &fx = *m_fx;
    QCOMPARE(fx.post(taskPath(), task(QStringLiteral("clean"), QStringLiteral("cleanup"),
                                      QJsonObject{{QLatin1String("keyspace_name"), QLatin1String("ks1")}}))
                 .status,
             201);
    int maxRunning = 0;
    QJsonObject done;
    QVERIFY(QTest::qWaitFor([&] {
        done = getJson(fx, taskPath(QStringLiteral("clean")));
        int running = 0;
        const QJsonObject podStatuses = at(done, QStringLiteral("status.podStatuses")).toObject();
        for (auto it = podStatuses.begin(); it != podStatuses.end(); ++it) {
            running += it.value().toObject().value(QLatin1String("status")).toString() == QLatin1String("RUNNING") ? 1 : 0;
        }
        maxRunning = std::max(maxRunning, running);
        return conditionTrue(at(done, QStringLiteral("status.conditions")), QStringLiteral("Complete"));
    }, 15000));
    QCOMPARE(maxRunning, 1);
    const QJsonObject podStatuses = at(done, QStringLiteral("status.podStatuses")).toObject();
    QCOMPARE(podStatuses.size(), 3);
    QSet<QString> jobIds;
    for (auto it = podStatuses.begin(); it != podStatuses.end(); ++it) {
        const QJsonObject ps = it.value().toObject();
        QCOMPARE(ps.value(QLatin1String("status")).toString(), QStringLiteral("COMPLETED"));
        QVERIFY(!ps.value(QLatin1String("startTime")).toString().isEmpty());
        QVERIFY(!ps.value(QLatin1String("completionTime")).toString().isEmpty());
        jobIds.insert(ps.value(QLatin1String("jobId")).toString());
    }
    QCOMPARE(jobIds.size(), 3);
    QCOMPARE(at(done, QStringLiteral("status.succeeded")).toInt(), 3);
}

void TestOpTasks::replaceNodeGetsNewHostId()
{
    SandboxFixture &fx = *m_fx;
    const QString pod = QStringLiteral("t1-dc1-r2-sts-0");
    const auto hostOf = [&] {
        return at(getJson(fx, dcPath(QStringLiteral("t1-dc1"))), QStringLiteral("status.nodeStatuses")).toObject()
            .value(pod).toObject().value(QLatin1String("hostID")).toString();
    };
    const QString oldHost = hostOf();
    const QString oldClaim = at(getJson(fx, path("v1", "persistentvolumeclaims", QLatin1String("server-data-") + pod)),
                                QStringLiteral("metadata.uid")).toString();
    QVERIFY(!oldHost.isEmpty());
    QCOMPARE(fx.post(taskPath(), task(QStringLiteral("replace"), QStringLiteral("replacenode"),
                                      QJsonObject{{QLatin1String("pod_name"), pod}}))
                 .status,
             201);
    bool sawReplacing = false;
    QVERIFY(QTest::qWaitFor([&] {
        sawReplacing = sawReplacing
                       || conditionTrue(at(getJson(fx, dcPath(QStringLiteral("t1-dc1"))), QStringLiteral("status.conditions")),
                                        QStringLiteral("ReplacingNodes"));
        return conditionTrue(at(getJson(fx, taskPath(QStringLiteral("replace"))), QStringLiteral("status.conditions")),
                             QStringLiteral("Complete"));
    }, 15000));
    QVERIFY(sawReplacing);
    const QString newHost = hostOf();
    QVERIFY(!newHost.isEmpty());
    QVERIFY(newHost != oldHost);
    const QString newClaim = at(getJson(fx, path("v1", "persistentvolumeclaims", QLatin1String("server-data-") + pod)),
                                QStringLiteral("metadata.uid")).toString();
    QVERIFY(!newClaim.isEmpty());
    QVERIFY(newClaim != oldClaim);
    QVERIFY(at(getJson(fx, dcPath(QStringLiteral("t1-dc1"))), QStringLiteral("status.nodeReplacements")).toArray().isEmpty());
    QVERIFY(QTest::qWaitFor([&] { return dcReady(fx, QStringLiteral("t1-dc1")); }, 5000));
}

void TestOpTasks::jobOnADownNodeFails()
{
    SandboxFixture &fx = *m_fx;
    const QString pod = QStringLiteral("t1-dc1-r1-sts-0");
    const HttpResponse killed = fx.request("POST", QLatin1String("/sandbox/v1/namespaces/") + Ns + QLatin1String("/pods/") + pod
                                                       + QLatin1String("/fail"));
    QCOMPARE(killed.status, 200);
    QCOMPARE(fx.post(taskPath(), task(QStringLiteral("flush"), QStringLiteral("flush"),
                                      QJsonObject{{QLatin1String("pod_name"), pod}}))
                 .status,
             201);
    const QJsonObject result = waitFinished(QStringLiteral("flush"));
    QVERIFY(conditionTrue(at(result, QStringLiteral("status.conditions")), QStringLiteral("Failed")));
    QVERIFY(at(result, QStringLiteral("status.completionTime")).toString().isEmpty());
    QCOMPARE(at(result, QStringLiteral("status.failed")).toInt(), 1);
    QCOMPARE(at(result, QStringLiteral("status.podStatuses")).toObject().value(pod).toObject().value(QLatin1String("status")).toString(),
             QStringLiteral("ERROR"));
    bool explained = false;
    for (const QJsonValue &c : at(result, QStringLiteral("status.conditions")).toArray()) {
        if (c.toObject().value(QLatin1String("type")).toString() == QLatin1String("Failed")) {
            explained = c.toObject().value(QLatin1String("message")).toString().contains(pod + QLatin1String(" is not ready"));
        }
    }
    QVERIFY(explained);
}

void TestOpTasks::invalidTasksFail()
{
    SandboxFixture &fx = *m_fx;
    QJsonObject noDc = task(QStringLiteral("nodc"), QStringLiteral("flush"));
    QJsonObject spec = noDc.value(QLatin1String("spec")).toObject();
    spec.insert(QLatin1String("datacenter"), QJsonObject{{QLatin1String("name"), QLatin1String("missing")}});
    noDc.insert(QLatin1String("spec"), spec);
    QCOMPARE(fx.post(taskPath(), noDc).status, 201);
    QCOMPARE(fx.post(taskPath(), task(QStringLiteral("norebuildsrc"), QStringLiteral("rebuild"))).status, 201);
    QCOMPARE(fx.post(taskPath(), task(QStringLiteral("noreplacepod"), QStringLiteral("replacenode"))).status, 201);
    const QList<std::pair<QString, QString>> expected{{QStringLiteral("nodc"), QStringLiteral("CassandraDatacenter missing not found")},
                                                      {QStringLiteral("norebuildsrc"), QStringLiteral("source_datacenter")},
                                                      {QStringLiteral("noreplacepod"), QStringLiteral("pod_name")}};
    for (const auto &[name, message] : expected) {
        const QJsonObject result = waitFinished(name);
        QString failure;
        for (const QJsonValue &c : at(result, QStringLiteral("status.conditions")).toArray()) {
            if (c.toObject().value(QLatin1String("type")).toString() == QLatin1String("Failed")) {
                failure = c.toObject().value(QLatin1String("message")).toString();
            }
        }
        QVERIFY2(failure.contains(message), qPrintable(name + QLatin1String(": ") + failure));
    }
}

void TestOpTasks::k8ssandraTaskFansOut()
{
    SandboxFixture &fx = *m_fx;
    const QJsonObject kt{
        {QLatin1String("apiVersion"), QLatin1String("control.k8ssandra.io/v1alpha1")},
        {QLatin1String("kind"), QLatin1String("K8ssandraTask")},
        {QLatin1String("metadata"), QJsonObject{{QLatin1String("name"), QLatin1String("gc")}}},
        {QLatin1String("spec"),
         QJsonObject{{QLatin1String("cluster"), QJsonObject{{QLatin1String("name"), QLatin1String("t1")}}},
                     {QLatin1String("template"),
                      QJsonObject{{QLatin1String("jobs"), QJsonArray{QJsonObject{{QLatin1String("name"), QLatin1String("gc")},
                                                                                 {QLatin1String("command"), QLatin1String("garbagecollect")}}}}}}}}};
    const QString ktPath = path("control.k8ssandra.io/v1alpha1", "k8ssandratasks", QStringLiteral("gc"));
    QCOMPARE(fx.post(path("control.k8ssandra.io/v1alpha1", "k8ssandratasks"), kt).status, 201);
    QVERIFY(QTest::qWaitFor([&] {
        return conditionTrue(at(getJson(fx, ktPath), QStringLiteral("status.conditions")), QStringLiteral("Complete"));
    }, 15000));
    const QJsonObject child = getJson(fx, taskPath(QStringLiteral("gc-t1-dc1")));
    QVERIFY(conditionTrue(at(child, QStringLiteral("status.conditions")), QStringLiteral("Complete")));
    QCOMPARE(at(child, QStringLiteral("spec.datacenter.name")).toString(), QStringLiteral("t1-dc1"));
    const QJsonObject status = getJson(fx, ktPath).value(QLatin1String("status")).toObject();
    QCOMPARE(at(status, QStringLiteral("succeeded")).toInt(), 3);
    QCOMPARE(at(status, QStringLiteral("datacenters.t1-dc1.succeeded")).toInt(), 3);
}

QTEST_GUILESS_MAIN(TestOpTasks)
#include "tst_sandbox_op_tasks.moc"
