// The alert rule engine: pending -> firing -> resolved with `for` durations on a fake clock, scoping by cluster,
// PromQL results and failures, rule files.

#include "faketransport.h"
#include "metrics/alertengine.h"
#include "promfixtures.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace Ringside::Metrics;
using Ringside::Metrics::Test::FakeTransport;
using namespace std::chrono_literals;

namespace {

struct FakeClock
{
    QDateTime now = QDateTime(QDate(2025, 1, 1), QTime(12, 0), QTimeZone::UTC);
    void advance(std::chrono::seconds s) { now = now.addSecs(s.count()); }
};

AlertRule builtIn(const QString &id)
{
    for (const AlertRule &r : builtInAlertRules()) {
        if (r.id == id) {
            return r;
        }
    }
    return {};
}

ClusterStatusSnapshot snapshot(const QString &cluster, QList<NodeStatus> nodes)
{
    ClusterStatusSnapshot s;
    s.context = QStringLiteral("kind-ringside");
    s.cluster = cluster;
    s.nodes = std::move(nodes);
    return s;
}

NodeStatus node(const QString &name, bool up = true)
{
    NodeStatus n;
    n.name = name;
    n.datacenter = QStringLiteral("dc1");
    n.rack = QStringLiteral("r1");
    n.up = up;
    return n;
}

Series series(Labels labels, double value)
{
    return Series{std::move(labels), {QPointF(1.7e9, value)}, false};
}

AlertRule promRule(const QString &id, const QString &expr, double threshold, std::chrono::milliseconds forDuration)
{
    AlertRule r;
    r.id = id;
    r.expr = expr;
    r.threshold = threshold;
    r.forDuration = forDuration;
    r.summary = QStringLiteral("{node} of {cluster}/{dc} at {value} (limit {threshold}, pool {label:pool_name})");
    return r;
}

} // namespace

class TestAlerts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInsAreValid()
    {
        const QStringList expected{QStringLiteral("node_down"),         QStringLiteral("disk_usage_high"), QStringLiteral("pending_compactions_high"),
                                   QStringLiteral("dropped_mutations"), QStringLiteral("heap_pressure"),   QStringLiteral("backup_failed"),
                                   QStringLiteral("repair_failed")};
        QStringList ids;
        for (const AlertRule &r : builtInAlertRules()) {
            QVERIFY2(r.validate().isEmpty(), qPrintable(r.validate()));
            QVERIFY(r.builtIn);
            QCOMPARE(r.source, AlertRule::Source::Status);
            ids.append(r.id);
        }
        QCOMPARE(ids, expected);
        QCOMPARE(builtIn(QStringLiteral("disk_usage_high")).threshold, 90.0);
    }

    void nodeDownLifecycle()
    {
        FakeClock clock;
        AlertEngine engine([&clock] { return clock.now; });
        engine.setRules(builtInAlertRules());
        EvaluationInput in;
        in.snapshots = {snapshot(QStringLiteral("demo"), {node(QStringLiteral("demo-dc1-r1-sts-0")), node(QStringLiteral("demo-dc1-r1-sts-1"), false)})};

        EvaluationResult r = engine.evaluate(in);
        QCOMPARE(r.active.size(), 1);
        const Alert a = r.active.at(0);
        QCOMPARE(a.ruleId, QStringLiteral("node_down"));
        QCOMPARE(a.state, AlertState::Pending);
        QCOMPARE(a.severity, Severity::Critical);
        QCOMPARE(a.labels.value(QStringLiteral("node")), QStringLiteral("demo-dc1-r1-sts-1"));
        QCOMPARE(a.labels.value(QStringLiteral("dc")), QStringLiteral("dc1"));
        QCOMPARE(a.labels.value(QStringLiteral("cluster")), QStringLiteral("demo"));
        QCOMPARE(a.activeSince, clock.now);
        QVERIFY(a.summary.contains(QStringLiteral("demo-dc1-r1-sts-1")));
        QVERIFY(r.newlyFiring.isEmpty());

        clock.advance(20s);
        r = engine.evaluate(in);
        QCOMPARE(r.active.at(0).state, AlertState::Pending); // 20 s < for 30 s
        const QDateTime started = r.active.at(0).activeSince;

        clock.advance(10s);
        r = engine.evaluate(in);
        QCOMPARE(r.active.at(0).state, AlertState::Firing);
        QCOMPARE(r.newlyFiring.size(), 1);
        QCOMPARE(r.active.at(0).firingSince, clock.now);
        QCOMPARE(r.active.at(0).activeSince, started);

        clock.advance(60s);
        r = engine.evaluate(in);
        QCOMPARE(r.active.at(0).state, AlertState::Firing);
        QVERIFY(r.newlyFiring.isEmpty()); // told once

        in.snapshots[0].nodes[1].up = true;
        clock.advance(15s);
        r = engine.evaluate(in);
        QVERIFY(r.active.isEmpty());
        QCOMPARE(r.resolved.size(), 1);
        QCOMPARE(r.resolved.at(0).state, AlertState::Resolved);
        QCOMPARE(r.resolved.at(0).resolvedAt, clock.now);
        QCOMPARE(r.resolved.at(0).activeSince, started);
    }

    void pendingThatClearsIsNotResolved()
    {
        FakeClock clock;
        AlertEngine engine([&clock] { return clock.now; });
        engine.setRules({builtIn(QStringLiteral("node_down"))});
        EvaluationInput in;
        in.snapshots = {snapshot(QStringLiteral("demo"), {node(QStringLiteral("n0"), false)})};
        engine.evaluate(in);
        in.snapshots[0].nodes[0].up = true;
        clock.advance(10s);
        const EvaluationResult r = engine.evaluate(in);
        QVERIFY(r.active.isEmpty());
        QVERIFY(r.resolved.isEmpty());
        // A flap restarts the `for` clock.
        in.snapshots[0].nodes[0].up = false;
        clock.advance(25s);
        QCOMPARE(engine.evaluate(in).active.at(0).state, AlertState::Pending);
        clock.advance(25s);
        QCOMPARE(engine.evaluate(in).active.at(0).state, AlertState::Pending);
        clock.advance(5s);
        QCOMPARE(engine.evaluate(in).active.at(0).state, AlertState::Firing);
    }

    void thresholdsPerNode()
    {
        FakeClock clock;
        AlertEngine engine([&clock] { return clock.now; });
        engine.setRules({builtIn(QStringLiteral("disk_usage_high")), builtIn(QStringLiteral("dropped_mutations"))});
        NodeStatus full = node(QStringLiteral("full"));
        full.diskUsedPercent = 95.5;
        full.droppedMutations = 12;
        NodeStatus fine = node(QStringLiteral("fine"));
        fine.diskUsedPercent = 50;
        fine.droppedMutations = 0;
        NodeStatus unknown = node(QStringLiteral("unknown")); // NaN everywhere: never matches
        EvaluationInput in;
        in.snapshots = {snapshot(QStringLiteral("demo"), {full, fine, unknown})};
        EvaluationResult r = engine.evaluate(in);
        QCOMPARE(r.active.size(), 2);
        // dropped_mutations has for 0: firing at once. disk has for 5m: pending. Critical sorts first.
        QCOMPARE(r.active.at(0).ruleId, QStringLiteral("disk_usage_high"));
        QCOMPARE(r.active.at(0).state, AlertState::Pending);
        QCOMPARE(r.active.at(1).ruleId, QStringLiteral("dropped_mutations"));
        QCOMPARE(r.active.at(1).state, AlertState::Firing);
        QCOMPARE(r.newlyFiring.size(), 1);
        QVERIFY2(r.active.at(0).summary.contains(QStringLiteral("95.5")), qPrintable(r.active.at(0).summary));
        QVERIFY2(r.active.at(0).summary.contains(QStringLiteral("90")), qPrintable(r.active.at(0).summary));
        QVERIFY2(r.active.at(1).summary.contains(QStringLiteral("12")), qPrintable(r.active.at(1).summary));
        clock.advance(5min);
        r = engine.evaluate(in);
        QCOMPARE(r.active.at(0).state, AlertState::Firing);
        QCOMPARE(r.active.at(0).labels.value(QStringLiteral("node")), QStringLiteral("full"));
    }

    void snapshotsOnlySettleTheirCluster()
    {
        FakeClock clock;
        AlertEngine engine([&clock] { return clock.now; });
        engine.setRules({builtIn(QStringLiteral("node_down"))});
        EvaluationInput a;
        a.snapshots = {snapshot(QStringLiteral("alpha"), {node(QStringLiteral("a0"), false)})};
        engine.evaluate(a);
        clock.advance(1min);
        engine.evaluate(a);
        EvaluationInput b;
        b.snapshots = {snapshot(QStringLiteral("beta"), {node(QStringLiteral("b0"))})};
        clock.advance(1min);
        const EvaluationResult r = engine.evaluate(b);
        QCOMPARE(r.active.size(), 1); // alpha's alert is untouched by beta's snapshot
        QCOMPARE(r.active.at(0).labels.value(QStringLiteral("cluster")), QStringLiteral("alpha"));
        QVERIFY(r.resolved.isEmpty());
    }

    void backupAndRepairOutcomes()
    {
        FakeClock clock;
        AlertEngine engine([&clock] { return clock.now; });
        engine.setRules(builtInAlertRules());
        ClusterStatusSnapshot s = snapshot(QStringLiteral("demo"), {node(QStringLiteral("n0"))});
        s.lastBackup.state = OperationOutcome::State::Failed;
        s.lastBackup.name = QStringLiteral("backup-2025-01-01");
        s.lastRepair.state = OperationOutcome::State::Succeeded;
        EvaluationInput in;
        in.snapshots = {s};
        EvaluationResult r = engine.evaluate(in);
        QCOMPARE(r.active.size(), 1);
        QCOMPARE(r.active.at(0).ruleId, QStringLiteral("backup_failed"));
        QCOMPARE(r.active.at(0).state, AlertState::Firing);
        QVERIFY2(r.active.at(0).summary.contains(QStringLiteral("backup-2025-01-01")), qPrintable(r.active.at(0).summary));
        // A new backup succeeds: resolved.
        in.snapshots[0].lastBackup.state = OperationOutcome::State::Succeeded;
        in.snapshots[0].lastBackup.name = QStringLiteral("backup-2025-01-02");
        clock.advance(1h);
        r = engine.evaluate(in);
        QVERIFY(r.active.isEmpty());
        QCOMPARE(r.resolved.size(), 1);
        // Unknown outcomes say nothing.
        QVERIFY(AlertEngine::statusValues(builtIn(QStringLiteral("repair_failed")), snapshot(QStringLiteral("x"), {})).isEmpty());
    }

    void promRules()
    {
        FakeClock clock;
        AlertEngine engine([&clock] { return clock.now; });
        const AlertRule rule = promRule(QStringLiteral("blocked_tasks"), QStringLiteral("sum by (pod_name, pool_name) (x)"), 5, 2min);
        engine.setRules({rule});
        const Labels hot{{QStringLiteral("cluster"), QStringLiteral("demo")},
                         {QStringLiteral("datacenter"), QStringLiteral("dc1")},
                         {QStringLiteral("pod_name"), QStringLiteral("demo-dc1-r1-sts-2")},
                         {QStringLiteral("pool_name"), QStringLiteral("MutationStage")}};
        Labels cold = hot;
        cold.insert(QStringLiteral("pod_name"), QStringLiteral("demo-dc1-r1-sts-0"));
        EvaluationInput in;
        in.promResults.insert(rule.id, {series(hot, 9), series(cold, 1)});
        EvaluationResult r = engine.evaluate(in);
        QCOMPARE(r.active.size(), 1);
        const Alert a = r.active.at(0);
        QCOMPARE(a.labels.value(QStringLiteral("node")), QStringLiteral("demo-dc1-r1-sts-2"));
        QCOMPARE(a.labels.value(QStringLiteral("dc")), QStringLiteral("dc1"));
        QCOMPARE(a.summary, QStringLiteral("demo-dc1-r1-sts-2 of demo/dc1 at 9 (limit 5, pool MutationStage)"));

        // Prometheus fails: the state stays, and the error is reported.
        clock.advance(3min);
        EvaluationInput failed;
        failed.promErrors.insert(rule.id, QStringLiteral("Prometheus query failed: timeout"));
        r = engine.evaluate(failed);
        QCOMPARE(r.active.size(), 1);
        QCOMPARE(r.active.at(0).state, AlertState::Pending);
        QCOMPARE(r.ruleErrors.value(rule.id), QStringLiteral("Prometheus query failed: timeout"));
        // No result at all this round: also kept.
        QCOMPARE(engine.evaluate({}).active.size(), 1);

        // Back: it held for more than 2 minutes -> firing.
        r = engine.evaluate(in);
        QCOMPARE(r.active.at(0).state, AlertState::Firing);
        // The series drops below the threshold: resolved.
        clock.advance(1min);
        in.promResults[rule.id] = {series(hot, 2)};
        r = engine.evaluate(in);
        QVERIFY(r.active.isEmpty());
        QCOMPARE(r.resolved.size(), 1);
    }

    void setRulesKeepsUnchangedState()
    {
        FakeClock clock;
        AlertEngine engine([&clock] { return clock.now; });
        const AlertRule a = promRule(QStringLiteral("a"), QStringLiteral("x"), 0, 0ms);
        const AlertRule b = promRule(QStringLiteral("b"), QStringLiteral("y"), 0, 0ms);
        engine.setRules({a, b});
        EvaluationInput in;
        in.promResults.insert(QStringLiteral("a"), {series({}, 1)});
        in.promResults.insert(QStringLiteral("b"), {series({}, 1)});
        QCOMPARE(engine.evaluate(in).active.size(), 2);
        AlertRule b2 = b;
        b2.threshold = 10;
        engine.setRules({a, b2});
        QCOMPARE(engine.activeAlerts().size(), 1);
        QCOMPARE(engine.activeAlerts().at(0).ruleId, QStringLiteral("a"));
        AlertRule a2 = a;
        a2.enabled = false;
        engine.setRules({a2, b2});
        QVERIFY(engine.activeAlerts().isEmpty());
        QVERIFY(engine.evaluate(in).active.isEmpty()); // disabled rule, threshold 10 not met
    }

    void comparisons()
    {
        QVERIFY(compareValue(5, Comparison::Greater, 4));
        QVERIFY(!compareValue(4, Comparison::Greater, 4));
        QVERIFY(compareValue(4, Comparison::GreaterOrEqual, 4));
        QVERIFY(compareValue(3, Comparison::Less, 4));
        QVERIFY(compareValue(4, Comparison::LessOrEqual, 4));
        QVERIFY(compareValue(4, Comparison::Equal, 4));
        QVERIFY(compareValue(3, Comparison::NotEqual, 4));
        QVERIFY(!compareValue(std::nan(""), Comparison::NotEqual, 4));
    }

    void ruleFileRoundTrip()
    {
        AlertRule user = promRule(QStringLiteral("read_p99_slow"),
                                  QStringLiteral("histogram_quantile(0.99, sum by (le) (rate(x_bucket{cluster=\"demo\"}[5m])))"), 50000, 10min);
        user.severity = Severity::Critical;
        user.comparison = Comparison::GreaterOrEqual;
        AlertRule status = builtIn(QStringLiteral("heap_pressure"));
        status.builtIn = false;
        status.id = QStringLiteral("heap_90");
        status.threshold = 90;
        status.summary = QStringLiteral("heap of {node} at {value}%");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("alerts.json"));
        QString error;
        QVERIFY2(AlertRuleFile::save(path, {user, status}, &error), qPrintable(error));
        const auto loaded = AlertRuleFile::load(path, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->size(), 2);
        QCOMPARE(loaded->at(0).toJson(), user.toJson());
        QCOMPARE(loaded->at(0).forDuration, std::chrono::milliseconds(10min));
        QCOMPARE(loaded->at(0).comparison, Comparison::GreaterOrEqual);
        QCOMPARE(loaded->at(1).source, AlertRule::Source::Status);
        QCOMPARE(loaded->at(1).check, StatusCheck::HeapUsagePercent);
        QCOMPARE(loaded->at(1).toJson(), status.toJson());
    }

    void ruleFileErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expect");
        const QByteArray head = "{\"version\":1,\"rules\":[";
        const QByteArray ok = "\"id\":\"r\",\"summary\":\"s\",\"threshold\":1";
        QTest::newRow("not json") << QByteArray("{") << "not JSON";
        QTest::newRow("no version") << QByteArray("{\"rules\":[]}") << "version";
        QTest::newRow("unknown field") << head + "{" + ok + ",\"expr\":\"up\",\"treshold\":2}]}" << "treshold";
        QTest::newRow("bad for") << head + "{" + ok + ",\"expr\":\"up\",\"for\":\"5 minutes\"}]}" << "5 minutes";
        QTest::newRow("bad comparison") << head + "{" + ok + ",\"expr\":\"up\",\"comparison\":\"=>\"}]}" << ">=";
        QTest::newRow("expr and check") << head + "{" + ok + ",\"expr\":\"up\",\"check\":\"node_down\"}]}" << "exactly one";
        QTest::newRow("unknown check") << head + "{" + ok + ",\"check\":\"cpu\"}]}" << "node_down";
        QTest::newRow("threshold string") << head + "{\"id\":\"r\",\"summary\":\"s\",\"expr\":\"up\",\"threshold\":\"1\"}]}" << "number";
        QTest::newRow("bad id") << head + "{\"id\":\"Bad Id\",\"summary\":\"s\",\"expr\":\"up\",\"threshold\":1}]}" << "Bad Id";
        QTest::newRow("unbalanced") << head + "{" + ok + ",\"expr\":\"sum(rate(x[5m])\"}]}" << "never closed";
        QTest::newRow("duplicate") << head + "{" + ok + ",\"expr\":\"up\"},{" + ok + ",\"expr\":\"up\"}]}" << "#2";
        QTest::newRow("bad severity") << head + "{" + ok + ",\"expr\":\"up\",\"severity\":\"page\"}]}" << "critical";
    }

    void ruleFileErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expect);
        QString error;
        QVERIFY(!AlertRuleFile::parse(json, &error));
        QVERIFY2(error.contains(expect), qPrintable(error));
    }

    void queryPromRulesCollectsOneRound()
    {
        auto transport = std::make_unique<FakeTransport>();
        auto st = transport->state();
        PromConfig c;
        c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9090"));
        PromClient client(c, std::move(transport));
        const QList<AlertRule> rules{promRule(QStringLiteral("one"), QStringLiteral("up == 0"), 0, 0ms),
                                     promRule(QStringLiteral("two"), QStringLiteral("bad((("), 0, 0ms), builtIn(QStringLiteral("node_down"))};
        int calls = 0;
        EvaluationInput got;
        queryPromRules(client, rules, this, [&](const EvaluationInput &in) {
            ++calls;
            got = in;
        });
        QCOMPARE(st->requests.size(), 2); // status rules are not queries
        FakeTransport::respond(st, 0, FakeTransport::json(200, Test::vectorBody()));
        QCOMPARE(calls, 0);
        FakeTransport::respond(st, 1, FakeTransport::json(400, Test::badDataBody()));
        QCOMPARE(calls, 1);
        QCOMPARE(got.promResults.value(QStringLiteral("one")).size(), 2);
        QVERIFY(got.promErrors.value(QStringLiteral("two")).contains(QStringLiteral("bad_data")));

        int emptyCalls = 0;
        queryPromRules(client, {builtIn(QStringLiteral("node_down"))}, this, [&](const EvaluationInput &) { ++emptyCalls; });
        QCOMPARE(emptyCalls, 0);
        QTRY_COMPARE(emptyCalls, 1);
    }
};

QTEST_GUILESS_MAIN(TestAlerts)
#include "tst_alerts.moc"
