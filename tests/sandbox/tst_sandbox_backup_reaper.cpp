// Reaper, simulated: the Reaper CR becomes a Service, a Deployment and a Ready pod; Reaper's REST API answers
// through the service proxy; repair runs progress segment by segment, pause, resume and abort; a run cannot
// proceed while a replica is down; schedules start runs; the state survives a new Reaper pod.
#include "tst_sandbox_backup_world.h"

#include <QUrlQuery>
#include <QtTest>

using namespace Ringside;
using namespace Ringside::Test;

class TestSandboxBackupReaper : public QObject
{
    Q_OBJECT
private:
    BackupWorld m_world;
    const QString ns = QStringLiteral("default");
    const QString proxy = QStringLiteral("/api/v1/namespaces/default/services/demo-dc1-reaper-service:8080/proxy");

    HttpResponse call(const QByteArray &method, const QString &path)
    {
        return m_world.fixture.request(method, proxy + path, {}, {});
    }
    QJsonObject run(const QString &id) { return call("GET", QStringLiteral("/repair_run/") + id).json(); }
    QString createRun(const QString &keyspace, const QString &extra = {})
    {
        const HttpResponse r = call("POST", QStringLiteral("/repair_run?clusterName=demo&keyspace=%1&owner=alice&segmentCountPerNode=1%2")
                                                .arg(keyspace, extra));
        if (r.status != 201) {
            qWarning() << r.status << r.body;
            return {};
        }
        return r.json().value(QStringLiteral("id")).toString();
    }
    int repaired(const QString &id) { return run(id).value(QStringLiteral("segments_repaired")).toInt(); }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_world.start(&error), qPrintable(error));
        m_world.createDatacenter(ns, QStringLiteral("dc1"), QStringLiteral("demo"), 3,
                                 {QStringLiteral("r1"), QStringLiteral("r2"), QStringLiteral("r3")});
    }

    void reaperDeploys()
    {
        // Before it is Ready, the API is not there.
        QCOMPARE(call("GET", QStringLiteral("/ping")).status, 404);
        QVERIFY(m_world.create("reaper.k8ssandra.io", "v1alpha1", "reapers", ns,
                               QJsonObject{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("demo-dc1-reaper")}}},
                                           {QStringLiteral("spec"), QJsonObject{{QStringLiteral("datacenterRef"), QJsonObject{{QStringLiteral("name"), QStringLiteral("dc1")}}}}}}));
        QStringList progress;
        QVERIFY2(BackupWorld::waitFor([&] {
            const QString p = Sandbox::Json::at(m_world.get("reaper.k8ssandra.io", "v1alpha1", "reapers", ns, QStringLiteral("demo-dc1-reaper")), u"status.progress").toString();
            if (!p.isEmpty() && progress.value(progress.size() - 1) != p) {
                progress.append(p);
            }
            return p == QLatin1String("Running");
        }), qPrintable(progress.join(u',')));
        QVERIFY2(progress.contains(QStringLiteral("Deploying")), qPrintable(progress.join(u',')));
        const QJsonObject reaper = m_world.get("reaper.k8ssandra.io", "v1alpha1", "reapers", ns, QStringLiteral("demo-dc1-reaper"));
        const QJsonArray conditions = Sandbox::Json::at(reaper, u"status.conditions").toArray();
        QCOMPARE(conditions.at(0).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("Ready"));
        QCOMPARE(conditions.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("True"));
        const QJsonObject svc = m_world.get("", "v1", "services", ns, QStringLiteral("demo-dc1-reaper-service"));
        QCOMPARE(Sandbox::Json::at(svc, u"spec.ports").toArray().at(0).toObject().value(QStringLiteral("port")).toInt(), 8080);
        const QJsonObject deployment = m_world.get("apps", "v1", "deployments", ns, QStringLiteral("demo-dc1-reaper"));
        QCOMPARE(Sandbox::Json::at(deployment, u"status.readyReplicas").toInt(), 1);
        QVERIFY(!m_world.get("", "v1", "configmaps", ns, QStringLiteral("demo-dc1-reaper-runs")).isEmpty());
    }

    void restApiBasics()
    {
        QCOMPARE(call("GET", QStringLiteral("/ping")).status, 204);
        HttpResponse r = call("GET", QStringLiteral("/cluster"));
        QCOMPARE(r.status, 200);
        QCOMPARE(QJsonDocument::fromJson(r.body).array(), QJsonArray{QStringLiteral("demo")});
        r = call("GET", QStringLiteral("/cluster/demo"));
        QCOMPARE(r.status, 200);
        const QJsonObject endpoints = r.json().value(QStringLiteral("nodes_status")).toObject().value(QStringLiteral("endpointStates")).toArray().at(0).toObject().value(QStringLiteral("endpoints")).toObject();
        QCOMPARE(endpoints.value(QStringLiteral("dc1")).toObject().size(), 3); // three racks
        QCOMPARE(call("GET", QStringLiteral("/cluster/nope")).status, 404);
        // Bad input gets Reaper's specific errors.
        r = call("POST", QStringLiteral("/repair_run?clusterName=demo&keyspace=demo_ks"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.body, QByteArray("missing owner argument"));
        r = call("POST", QStringLiteral("/repair_run?clusterName=demo&keyspace=demo_ks&owner=a&intensity=1.5"));
        QCOMPARE(r.status, 400);
        QVERIFY(r.body.contains("must be > 0.0 and <= 1.0"));
        r = call("POST", QStringLiteral("/repair_run?clusterName=other&keyspace=demo_ks&owner=a"));
        QCOMPARE(r.status, 404);
        QCOMPARE(call("GET", QStringLiteral("/repair_run/00000000-0000-0000-0000-000000000000")).status, 404);
    }

    void repairProgressPauseResume()
    {
        const QString id = createRun(QStringLiteral("demo_ks"), QStringLiteral("&intensity=1&repairParallelism=parallel"));
        QVERIFY(!id.isEmpty());
        QJsonObject r = run(id);
        QCOMPARE(r.value(QStringLiteral("state")).toString(), QStringLiteral("NOT_STARTED"));
        QCOMPARE(r.value(QStringLiteral("total_segments")).toInt(), 48); // 3 nodes x 16 tokens
        QCOMPARE(r.value(QStringLiteral("repair_parallelism")).toString(), QStringLiteral("PARALLEL"));
        const QJsonArray segments = QJsonDocument::fromJson(call("GET", QStringLiteral("/repair_run/%1/segments").arg(id)).body).array();
        QCOMPARE(segments.size(), 48);
        QCOMPARE(segments.at(0).toObject().value(QStringLiteral("replicas")).toObject().size(), 3); // RF 3 over 3 racks
        QCOMPARE(call("PUT", QStringLiteral("/repair_run/%1/state/PAUSED").arg(id)).status, 409); // NOT_STARTED -> PAUSED

        QCOMPARE(call("PUT", QStringLiteral("/repair_run/%1/state/RUNNING").arg(id)).status, 200);
        QVERIFY(BackupWorld::waitFor([&] { return repaired(id) >= 5; }));
        r = call("PUT", QStringLiteral("/repair_run/%1/state/PAUSED").arg(id)).json();
        QCOMPARE(r.value(QStringLiteral("state")).toString(), QStringLiteral("PAUSED"));
        const int atPause = r.value(QStringLiteral("segments_repaired")).toInt();
        QVERIFY(atPause < 48);
        QTest::qWait(300);
        QCOMPARE(repaired(id), atPause); // nothing moves while paused
        // The state is in the ConfigMap, for the rest of the sandbox to see.
        const QJsonObject cm = m_world.get("", "v1", "configmaps", ns, QStringLiteral("demo-dc1-reaper-runs"));
        QVERIFY(Sandbox::Json::at(cm, u"data.runs").toString().contains(id));

        QCOMPARE(call("PUT", QStringLiteral("/repair_run/%1/state/RUNNING").arg(id)).status, 200);
        QVERIFY(BackupWorld::waitFor([&] { return run(id).value(QStringLiteral("state")).toString() == QLatin1String("DONE"); }, 10000));
        r = run(id);
        QCOMPARE(r.value(QStringLiteral("segments_repaired")).toInt(), 48);
        QVERIFY(!r.value(QStringLiteral("end_time")).toString().isEmpty());
        QCOMPARE(call("PUT", QStringLiteral("/repair_run/%1/state/RUNNING").arg(id)).status, 409);
        QCOMPARE(call("DELETE", QStringLiteral("/repair_run/%1").arg(id)).status, 400); // owner is required
        QCOMPARE(call("DELETE", QStringLiteral("/repair_run/%1?owner=alice").arg(id)).status, 202);
        QCOMPARE(call("GET", QStringLiteral("/repair_run/%1").arg(id)).status, 404);
    }

    void abort()
    {
        const QString id = createRun(QStringLiteral("inventory"), QStringLiteral("&intensity=0.5"));
        QCOMPARE(call("PUT", QStringLiteral("/repair_run/%1/state/RUNNING").arg(id)).status, 200);
        QVERIFY(BackupWorld::waitFor([&] { return repaired(id) >= 2; }));
        const QJsonObject r = call("PUT", QStringLiteral("/repair_run/%1/state/ABORTED").arg(id)).json();
        QCOMPARE(r.value(QStringLiteral("state")).toString(), QStringLiteral("ABORTED"));
        const int atAbort = r.value(QStringLiteral("segments_repaired")).toInt();
        QTest::qWait(200);
        QCOMPARE(repaired(id), atAbort);
        const HttpResponse again = call("PUT", QStringLiteral("/repair_run/%1/state/RUNNING").arg(id));
        QCOMPARE(again.status, 409);
        QCOMPARE(again.body, QByteArray("Transition ABORTED->RUNNING not supported."));
        const QJsonArray history = QJsonDocument::fromJson(call("GET", QStringLiteral("/repair_run?state=ABORTED")).body).array();
        QCOMPARE(history.size(), 1);
    }

    void repairWaitsForDownNode()
    {
        const QString down = QStringLiteral("demo-dc1-r2-sts-0");
        m_world.setPodReady(ns, down, false);
        const QString id = createRun(QStringLiteral("demo_ks"), QStringLiteral("&intensity=1"));
        QCOMPARE(call("PUT", QStringLiteral("/repair_run/%1/state/RUNNING").arg(id)).status, 200);
        QTest::qWait(400);
        QJsonObject r = run(id);
        QCOMPARE(r.value(QStringLiteral("state")).toString(), QStringLiteral("RUNNING"));
        QCOMPARE(r.value(QStringLiteral("segments_repaired")).toInt(), 0); // every range has a replica on the down node
        QVERIFY2(r.value(QStringLiteral("last_event")).toString().startsWith(QStringLiteral("Postponed 48 segments")),
                 qPrintable(r.value(QStringLiteral("last_event")).toString()));
        const QJsonObject node = call("GET", QStringLiteral("/cluster/demo")).json();
        QVERIFY(QJsonDocument(node).toJson().contains("\"DOWN\""));
        m_world.setPodReady(ns, down, true);
        QVERIFY(BackupWorld::waitFor([&] { return run(id).value(QStringLiteral("state")).toString() == QLatin1String("DONE"); }, 10000));
    }

    void nodeDownMidSegmentFailsIt()
    {
        const QString id = createRun(QStringLiteral("demo_ks"), QStringLiteral("&intensity=1&repairParallelism=sequential"));
        QCOMPARE(call("PUT", QStringLiteral("/repair_run/%1/state/RUNNING").arg(id)).status, 200);
        QVERIFY(BackupWorld::waitFor([&] { return repaired(id) >= 3; }));
        const QString down = QStringLiteral("demo-dc1-r3-sts-0");
        m_world.setPodReady(ns, down, false);
        QVERIFY(BackupWorld::waitFor([&] { return run(id).value(QStringLiteral("last_event")).toString().startsWith(QStringLiteral("Postponed")); }));
        int failed = 0;
        for (const QJsonValue &s : QJsonDocument::fromJson(call("GET", QStringLiteral("/repair_run/%1/segments").arg(id)).body).array()) {
            failed += s.toObject().value(QStringLiteral("failCount")).toInt();
            QVERIFY(s.toObject().value(QStringLiteral("state")).toString() != QLatin1String("RUNNING"));
        }
        QVERIFY(failed <= 1); // the segment that was running when the node went (if one was) failed and waits
        m_world.setPodReady(ns, down, true);
        QVERIFY(BackupWorld::waitFor([&] { return run(id).value(QStringLiteral("state")).toString() == QLatin1String("DONE"); }, 10000));
    }

    void schedules()
    {
        const QString trigger = QDateTime::currentDateTimeUtc().addSecs(1).toString(Qt::ISODate);
        HttpResponse r = call("POST", QStringLiteral("/repair_schedule?clusterName=demo&keyspace=system_auth&owner=bob&scheduleDaysBetween=7&segmentCountPerNode=1&intensity=1&scheduleTriggerTime=") + trigger);
        QCOMPARE(r.status, 201);
        const QString id = r.json().value(QStringLiteral("id")).toString();
        QCOMPARE(r.json().value(QStringLiteral("state")).toString(), QStringLiteral("ACTIVE"));
        QCOMPARE(call("POST", QStringLiteral("/repair_schedule?clusterName=demo&keyspace=system_auth&owner=bob")).status, 409);
        QVERIFY(BackupWorld::waitFor([&] {
            return !call("GET", QStringLiteral("/repair_schedule/") + id).json().value(QStringLiteral("run_history")).toArray().isEmpty();
        }, 5000));
        const QJsonObject s = call("GET", QStringLiteral("/repair_schedule/") + id).json();
        const QString runId = s.value(QStringLiteral("run_history")).toArray().at(0).toString();
        QVERIFY(run(runId).value(QStringLiteral("cause")).toString().contains(id));
        const QDateTime next = Sandbox::Json::parseTimestamp(s.value(QStringLiteral("next_activation")).toString());
        QVERIFY(next > QDateTime::currentDateTimeUtc().addDays(6));
        QVERIFY(BackupWorld::waitFor([&] { return run(runId).value(QStringLiteral("state")).toString() == QLatin1String("DONE"); }, 10000));
        QCOMPARE(call("DELETE", QStringLiteral("/repair_schedule/%1?owner=bob").arg(id)).status, 409); // still active
        QCOMPARE(call("PUT", QStringLiteral("/repair_schedule/%1?state=PAUSED").arg(id)).status, 200);
        QCOMPARE(call("DELETE", QStringLiteral("/repair_schedule/%1?owner=bob").arg(id)).status, 202);
        QCOMPARE(QJsonDocument::fromJson(call("GET", QStringLiteral("/repair_schedule")).body).array().size(), 0);
    }

    void stateSurvivesANewReaperPod()
    {
        const int runs = int(QJsonDocument::fromJson(call("GET", QStringLiteral("/repair_run")).body).array().size());
        QVERIFY(runs >= 3);
        QString old;
        for (const QJsonObject &p : m_world.list("", "v1", "pods", ns)) {
            if (Sandbox::Json::meta(p).value(QStringLiteral("labels")).toObject().value(QStringLiteral("k8ssandra.io/reaper")).toString() == QLatin1String("demo-dc1-reaper")) {
                old = Sandbox::Json::name(p);
            }
        }
        QVERIFY(!old.isEmpty());
        QVERIFY(m_world.remove("", "v1", "pods", ns, old));
        QVERIFY(BackupWorld::waitFor([&] { return call("GET", QStringLiteral("/ping")).status == 204; }));
        QCOMPARE(int(QJsonDocument::fromJson(call("GET", QStringLiteral("/repair_run")).body).array().size()), runs);
        QVERIFY(m_world.get("", "v1", "pods", ns, old).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxBackupReaper)
#include "tst_sandbox_backup_reaper.moc"
