// ReaperClient against the simulated world: finding a cluster's Reaper, runs created, started, paused, resumed,
// aborted and deleted through the service proxy (checked by reading the run back from Reaper), segments, schedules,
// validation before sending, refused transitions explained, and the port-forward transport (explicit, and as the
// fallback when the proxy is forbidden).
#include "servicesworld.h"

#include "cassandra/services/reaperclient.h"

#include <QTest>

using namespace Ringside;
using namespace Ringside::Cassandra::Services;
using namespace Ringside::Test;
using namespace Ringside::Test::Services;

class TestServicesReaper : public QObject
{
    Q_OBJECT
private:
    World m_world;
    ReaperEndpoint m_endpoint;
    std::unique_ptr<ReaperClient> m_reaper;
    QObject m_context;

    RepairRun runOf(const QString &id)
    {
        Outcome<RepairRun, ReaperError> o;
        m_reaper->run(id, &m_context, o.ok(), o.err());
        if (!o.wait() || o.error) {
            qWarning() << "reading run" << id << (o.error ? o.error->toString() : QStringLiteral("timeout"));
            return {};
        }
        return *o.value;
    }

    RepairRun createRun(const QString &keyspace)
    {
        RepairRunRequest request;
        request.cluster = m_endpoint.reaperCluster;
        request.keyspace = keyspace;
        request.owner = QStringLiteral("alice");
        request.intensity = 1.0;
        request.segmentCountPerNode = 1;
        request.parallelism = RepairParallelism::Parallel;
        Outcome<RepairRun, ReaperError> o;
        m_reaper->createRun(request, &m_context, o.ok(), o.err());
        if (!o.wait() || o.error) {
            qWarning() << "creating a run" << (o.error ? o.error->toString() : QStringLiteral("timeout"));
            return {};
        }
        return *o.value;
    }

    std::optional<RepairRun> setState(const QString &id, RepairRunState state, ReaperError *error = nullptr)
    {
        Outcome<RepairRun, ReaperError> o;
        m_reaper->setRunState(id, state, &m_context, o.ok(), o.err());
        if (!o.wait()) {
            return std::nullopt;
        }
        if (o.error && error) {
            *error = *o.error;
        }
        return o.value;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_world.start(&error), qPrintable(error));
        QVERIFY2(m_world.createCluster(QStringLiteral("demo"), false, &error), qPrintable(error));
    }

    void findReaperSaysWhatIsMissing()
    {
        Outcome<ReaperEndpoint, KubeError> o;
        ReaperClient::findReaper(m_world.admin.get(), Op::Ns, QStringLiteral("demo"), &m_context, o.ok(), o.err());
        QVERIFY(o.wait());
        QVERIFY(o.error);
        QVERIFY2(o.error->message.contains(QLatin1String("no Reaper in namespace proj")), qPrintable(o.error->message));
    }

    void findReaper()
    {
        QString error;
        QVERIFY2(m_world.createReaper(QStringLiteral("demo"), QStringLiteral("demo-dc1"), &error), qPrintable(error));
        Outcome<ReaperEndpoint, KubeError> o;
        ReaperClient::findReaper(m_world.admin.get(), Op::Ns, QStringLiteral("demo"), &m_context, o.ok(), o.err());
        QVERIFY(o.wait());
        QVERIFY2(!o.error, qPrintable(o.error ? o.error->toString() : QString()));
        m_endpoint = *o.value;
        QCOMPARE(m_endpoint.reaper, QStringLiteral("demo-dc1-reaper"));
        QCOMPARE(m_endpoint.service, QStringLiteral("demo-dc1-reaper-service"));
        QCOMPARE(m_endpoint.port, QStringLiteral("app"));
        QCOMPARE(m_endpoint.reaperCluster, QStringLiteral("demo"));
        QVERIFY(m_endpoint.ready);
        m_reaper = std::make_unique<ReaperClient>(m_world.admin.get(), m_endpoint);

        // Another cluster's name finds nothing.
        Outcome<ReaperEndpoint, KubeError> other;
        ReaperClient::findReaper(m_world.admin.get(), Op::Ns, QStringLiteral("other"), &m_context, other.ok(), other.err());
        QVERIFY(other.wait());
        QVERIFY(other.error);
        QVERIFY2(other.error->message.contains(QLatin1String("belongs to cluster other")), qPrintable(other.error->message));
    }

    void clusters()
    {
        Outcome<QStringList, ReaperError> names;
        m_reaper->clusters(&m_context, names.ok(), names.err());
        QVERIFY(names.wait());
        QVERIFY2(!names.error, qPrintable(names.error ? names.error->toString() : QString()));
        QCOMPARE(*names.value, QStringList{QStringLiteral("demo")});
        Outcome<ReaperCluster, ReaperError> cluster;
        m_reaper->cluster(QStringLiteral("demo"), &m_context, cluster.ok(), cluster.err());
        QVERIFY(cluster.wait());
        QVERIFY(cluster.value);
        QCOMPARE(cluster.value->nodes.size(), 3);
        QCOMPARE(cluster.value->datacenters, QStringList{QStringLiteral("dc1")});
        Outcome<ReaperCluster, ReaperError> missing;
        m_reaper->cluster(QStringLiteral("nope"), &m_context, missing.ok(), missing.err());
        QVERIFY(missing.wait());
        QVERIFY(missing.error);
        QCOMPARE(missing.error->httpStatus, 404);
        QVERIFY(!m_reaper->usesPortForward());
    }

    void validationBeforeSending()
    {
        RepairRunRequest request;
        request.cluster = QStringLiteral("demo");
        request.keyspace = QStringLiteral("demo_ks");
        request.owner = QStringLiteral("alice");
        request.intensity = 1.5;
        Outcome<RepairRun, ReaperError> o;
        m_reaper->createRun(request, &m_context, o.ok(), o.err());
        QVERIFY(o.wait());
        QVERIFY(o.error);
        QCOMPARE(o.error->httpStatus, 0); // refused here, not by Reaper
        QVERIFY2(o.error->message.contains(QLatin1String("invalid intensity 1.5")), qPrintable(o.error->message));
        request.intensity.reset();
        request.owner.clear();
        Outcome<RepairRun, ReaperError> noOwner;
        m_reaper->createRun(request, &m_context, noOwner.ok(), noOwner.err());
        QVERIFY(noOwner.wait());
        QVERIFY(noOwner.error && noOwner.error->message.contains(QLatin1String("owner")));
        // Reaper's own refusal (a keyspace using LocalStrategy) comes back as its 400.
        request.owner = QStringLiteral("alice");
        request.keyspace = QStringLiteral("system");
        Outcome<RepairRun, ReaperError> local;
        m_reaper->createRun(request, &m_context, local.ok(), local.err());
        QVERIFY(local.wait());
        QVERIFY(local.error);
        QCOMPARE(local.error->httpStatus, 400);
    }

    void runLifecycle()
    {
        const RepairRun created = createRun(QStringLiteral("demo_ks"));
        QVERIFY(created.isValid());
        QCOMPARE(created.state, RepairRunState::NotStarted);
        QCOMPARE(created.cluster, QStringLiteral("demo"));
        QCOMPARE(created.parallelism, RepairParallelism::Parallel);
        QVERIFY(created.totalSegments > 0);
        QCOMPARE(created.owner, QStringLiteral("alice"));

        Outcome<QList<RepairSegment>, ReaperError> segs;
        m_reaper->segments(created.id, &m_context, segs.ok(), segs.err());
        QVERIFY(segs.wait());
        QVERIFY(segs.value);
        QCOMPARE(segs.value->size(), created.totalSegments);
        QCOMPARE(segs.value->at(0).replicas.size(), 3);
        QVERIFY(!segs.value->at(0).startToken.isEmpty());

        auto r = setState(created.id, RepairRunState::Running);
        QVERIFY(r);
        QCOMPARE(r->state, RepairRunState::Running);
        QVERIFY(QTest::qWaitFor([&] { return runOf(created.id).segmentsRepaired >= 1; }, 10000));
        r = setState(created.id, RepairRunState::Paused);
        QVERIFY(r);
        QCOMPARE(r->state, RepairRunState::Paused);
        QCOMPARE(runOf(created.id).state, RepairRunState::Paused);
        // Pausing again is not an error (Reaper answers 304): the run comes back as it is.
        r = setState(created.id, RepairRunState::Paused);
        QVERIFY(r);
        QCOMPARE(r->state, RepairRunState::Paused);
        r = setState(created.id, RepairRunState::Running);
        QVERIFY(r);
        QCOMPARE(r->state, RepairRunState::Running);
        r = setState(created.id, RepairRunState::Aborted);
        QVERIFY(r);
        const RepairRun aborted = runOf(created.id);
        QCOMPARE(aborted.state, RepairRunState::Aborted);
        QVERIFY(aborted.isTerminal());
        QVERIFY(aborted.endTime.isValid());

        // A refused transition says why, in the run's words.
        ReaperError error;
        QVERIFY(!setState(created.id, RepairRunState::Running, &error));
        QCOMPARE(error.httpStatus, 409);
        QVERIFY2(error.message.contains(QLatin1String("is ABORTED and cannot be set RUNNING")), qPrintable(error.message));
        QVERIFY(!setState(created.id, RepairRunState::Done, &error));
        QVERIFY2(error.message.contains(QLatin1String("only be set RUNNING, PAUSED or ABORTED")), qPrintable(error.message));

        // Listing: by cluster and by state.
        Outcome<QList<RepairRun>, ReaperError> list;
        RepairRunFilter filter;
        filter.cluster = QStringLiteral("demo");
        filter.states = {RepairRunState::Aborted};
        m_reaper->runs(filter, &m_context, list.ok(), list.err());
        QVERIFY(list.wait());
        QVERIFY(list.value);
        QCOMPARE(list.value->size(), 1);
        QCOMPARE(list.value->at(0).id, created.id);
        Outcome<QList<RepairRun>, ReaperError> running;
        filter.states = {RepairRunState::Running};
        m_reaper->runs(filter, &m_context, running.ok(), running.err());
        QVERIFY(running.wait());
        QVERIFY(running.value && running.value->isEmpty());

        // Deleting needs the owner.
        Outcome<bool, ReaperError> wrongOwner;
        m_reaper->deleteRun(created.id, QStringLiteral("bob"), &m_context, [&] { wrongOwner.value = true; }, wrongOwner.err());
        QVERIFY(wrongOwner.wait());
        QVERIFY(wrongOwner.error);
        QCOMPARE(wrongOwner.error->httpStatus, 409);
        Outcome<bool, ReaperError> deleted;
        m_reaper->deleteRun(created.id, QStringLiteral("alice"), &m_context, [&] { deleted.value = true; }, deleted.err());
        QVERIFY(deleted.wait());
        QVERIFY(deleted.value);
        Outcome<RepairRun, ReaperError> gone;
        m_reaper->run(created.id, &m_context, gone.ok(), gone.err());
        QVERIFY(gone.wait());
        QVERIFY(gone.error && gone.error->isNotFound());
    }

    void schedules()
    {
        RepairScheduleRequest request;
        request.run.cluster = QStringLiteral("demo");
        request.run.keyspace = QStringLiteral("inventory");
        request.run.owner = QStringLiteral("alice");
        request.daysBetween = 7;
        request.triggerTime = QDateTime::currentDateTimeUtc().addDays(1);
        Outcome<RepairSchedule, ReaperError> created;
        m_reaper->createSchedule(request, &m_context, created.ok(), created.err());
        QVERIFY(created.wait());
        QVERIFY2(created.value, qPrintable(created.error ? created.error->toString() : QString()));
        QCOMPARE(created.value->state, QStringLiteral("ACTIVE"));
        QCOMPARE(created.value->daysBetween, 7);
        QVERIFY(qAbs(created.value->nextActivation.secsTo(request.triggerTime)) < 2);
        const QString id = created.value->id;

        // The same unit twice is Reaper's conflict.
        Outcome<RepairSchedule, ReaperError> twice;
        m_reaper->createSchedule(request, &m_context, twice.ok(), twice.err());
        QVERIFY(twice.wait());
        QVERIFY(twice.error && twice.error->isConflict());

        request.daysBetween = 0;
        Outcome<RepairSchedule, ReaperError> invalid;
        m_reaper->createSchedule(request, &m_context, invalid.ok(), invalid.err());
        QVERIFY(invalid.wait());
        QVERIFY(invalid.error && invalid.error->message.contains(QLatin1String("at least 1")));

        // An active schedule cannot be deleted; paused, it can.
        Outcome<bool, ReaperError> active;
        m_reaper->deleteSchedule(id, QStringLiteral("alice"), &m_context, [&] { active.value = true; }, active.err());
        QVERIFY(active.wait());
        QVERIFY(active.error && active.error->isConflict());
        Outcome<RepairSchedule, ReaperError> paused;
        m_reaper->setScheduleActive(id, false, &m_context, paused.ok(), paused.err());
        QVERIFY(paused.wait());
        QVERIFY(paused.value);
        QCOMPARE(paused.value->state, QStringLiteral("PAUSED"));
        Outcome<QList<RepairSchedule>, ReaperError> list;
        m_reaper->schedules(QStringLiteral("demo"), &m_context, list.ok(), list.err());
        QVERIFY(list.wait());
        QVERIFY(list.value && list.value->size() == 1);
        QCOMPARE(list.value->at(0).state, QStringLiteral("PAUSED"));
        Outcome<bool, ReaperError> deleted;
        m_reaper->deleteSchedule(id, QStringLiteral("alice"), &m_context, [&] { deleted.value = true; }, deleted.err());
        QVERIFY(deleted.wait());
        QVERIFY(deleted.value);
        Outcome<QList<RepairSchedule>, ReaperError> after;
        m_reaper->schedules(QStringLiteral("demo"), &m_context, after.ok(), after.err());
        QVERIFY(after.wait());
        QVERIFY(after.value && after.value->isEmpty());
    }

    void portForwardTransport()
    {
        ReaperClient forwarded(m_world.admin.get(), m_endpoint);
        forwarded.setTransport(ReaperClient::Transport::PortForward);
        Outcome<QStringList, ReaperError> names;
        forwarded.clusters(&m_context, names.ok(), names.err());
        QVERIFY(names.wait());
        QVERIFY2(names.value, qPrintable(names.error ? names.error->toString() : QString()));
        QCOMPARE(*names.value, QStringList{QStringLiteral("demo")});
        // Reaper's error text comes through whole over the forward.
        Outcome<RepairRun, ReaperError> missing;
        forwarded.run(QStringLiteral("00000000-0000-0000-0000-000000000000"), &m_context, missing.ok(), missing.err());
        QVERIFY(missing.wait());
        QVERIFY(missing.error);
        QCOMPARE(missing.error->httpStatus, 404);
        QVERIFY2(missing.error->message.contains(QLatin1String("doesn't exist")), qPrintable(missing.error->message));
    }

    void proxyForbiddenFallsBackToPortForward()
    {
        // The viewer may not use services/proxy: the client switches to a port-forward (which the viewer may not
        // open either, so the call fails, from the port-forward and not with the proxy's 403).
        ReaperClient client(m_world.viewer.get(), m_endpoint);
        Outcome<QStringList, ReaperError> names;
        client.clusters(&m_context, names.ok(), names.err());
        QVERIFY(names.wait(15000));
        QVERIFY(client.usesPortForward());
        QVERIFY(names.error);
        QCOMPARE(names.error->httpStatus, 0);
        QVERIFY2(names.error->message.contains(QLatin1String("port-forward")), qPrintable(names.error->message));
        qInfo() << "fallback failure:" << names.error->toString();
        // With the proxy only, the 403 is reported as it is.
        ReaperClient proxyOnly(m_world.viewer.get(), m_endpoint);
        proxyOnly.setTransport(ReaperClient::Transport::ServiceProxy);
        Outcome<QStringList, ReaperError> refused;
        proxyOnly.clusters(&m_context, refused.ok(), refused.err());
        QVERIFY(refused.wait());
        QVERIFY(refused.error);
        QCOMPARE(refused.error->httpStatus, 403);
        QVERIFY2(refused.error->message.contains(QLatin1String("services/proxy")), qPrintable(refused.error->message));
    }

    void cancelledCallsNeverCallBack()
    {
        bool called = false;
        RequestHandle h = m_reaper->clusters(&m_context, [&](const QStringList &) { called = true; }, [&](const ReaperError &) { called = true; });
        QVERIFY(h.isActive());
        h.cancel();
        QTest::qWait(300);
        QVERIFY(!called);
        {
            QObject gone;
            m_reaper->clusters(&gone, [&](const QStringList &) { called = true; }, [&](const ReaperError &) { called = true; });
        }
        QTest::qWait(300);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestServicesReaper)
#include "tst_services_reaper.moc"
