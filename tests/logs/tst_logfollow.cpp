// Following the server-system-logger containers of two Cassandra pods on the in-process sandbox: the history
// merged by time, new lines arriving as they are appended, and a pod deleted and recreated (as its StatefulSet
// would) re-attached with a visible marker row.
#include "crudhelpers.h"
#include "logfixtures.h"
#include "sandboxfixture.h"

#include "kube/kubeclient.h"
#include "kubeconfig/kubeconfigloader.h"
#include "kube/restconfig.h"
#include "models/logs/logfollower.h"
#include "models/logs/logmodel.h"
#include "models/logs/logviewmodel.h"
#include "stream/podruntime.h"

#include <QAbstractItemModelTester>
#include <QTimeZone>
#include <QtTest>

using namespace Ringside;
using namespace Ringside::Logs;
using namespace Ringside::Test;

class TestLogFollow : public QObject
{
    Q_OBJECT
private:
    SandboxFixture m_fixture;
    std::unique_ptr<KubeClient> m_client;
    const QString m_ns = QStringLiteral("default");
    const QString m_logger = QStringLiteral("server-system-logger");

    Sandbox::ContainerLog *log(const QString &pod)
    {
        return m_fixture.sandbox()->runtime()->log(m_ns, pod, m_logger);
    }

    void runningPod(const QString &name)
    {
        const QJsonArray specs{container(QStringLiteral("cassandra"), QStringLiteral("cassandra:4.1")),
                               container(m_logger, QStringLiteral("k8ssandra/system-logger:v1.19"))};
        QJsonArray statuses;
        for (const QString &c : {QStringLiteral("cassandra"), m_logger}) {
            statuses.append(QJsonObject{{QStringLiteral("name"), c},
                                        {QStringLiteral("ready"), true},
                                        {QStringLiteral("restartCount"), 0},
                                        {QStringLiteral("image"), QStringLiteral("img")},
                                        {QStringLiteral("imageID"), QString()},
                                        {QStringLiteral("containerID"), QString(QStringLiteral("containerd://") + name + c)},
                                        {QStringLiteral("state"), QJsonObject{{QStringLiteral("running"), QJsonObject()}}}});
        }
        QCOMPARE(m_fixture
                     .post(QStringLiteral("/api/v1/namespaces/default/pods"),
                           pod(name, specs, {}, {{QStringLiteral("nodeName"), QStringLiteral("ringside-sandbox")}}))
                     .status,
                 201);
        const QJsonObject status{{QStringLiteral("status"),
                                  QJsonObject{{QStringLiteral("phase"), QStringLiteral("Running")},
                                              {QStringLiteral("containerStatuses"), statuses}}}};
        QCOMPARE(m_fixture
                     .patch(QStringLiteral("/api/v1/namespaces/default/pods/") + name + QLatin1String("/status"),
                            QJsonDocument(status).toJson(QJsonDocument::Compact), "application/merge-patch+json")
                     .status,
                 200);
    }

    static QStringList messages(const LogModel &model)
    {
        QStringList out;
        for (int r = 0; r < model.rowCount(); ++r) {
            out.append(model.index(r, LogModel::PodColumn).data().toString() + u": "
                       + model.index(r, LogModel::MessageColumn).data().toString());
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.start(&error), qPrintable(error));
        const Kubeconfig config = KubeconfigLoader::load(KubeconfigLoadingRules::fromEnvironment(m_fixture.kubeconfigPath()));
        const auto rest = RestConfig::fromKubeconfig(config, QStringLiteral("ringside-sandbox"), &error);
        QVERIFY2(rest, qPrintable(error));
        m_client = std::make_unique<KubeClient>(*rest);
        runningPod(QStringLiteral("demo-dc1-r1-sts-0"));
        runningPod(QStringLiteral("demo-dc1-r2-sts-0"));
    }

    void followsMergesAndReattaches()
    {
        const QDateTime base = QDateTime::currentDateTimeUtc().addSecs(-600);
        const QString pod0 = QStringLiteral("demo-dc1-r1-sts-0");
        const QString pod1 = QStringLiteral("demo-dc1-r2-sts-0");
        // History, interleaved in time across the pods; the kubelet times are when the lines were "written".
        log(pod0)->append(systemLogLine("INFO", "main", base, "CassandraDaemon.java", 1, "r1 starting") + '\n', base);
        log(pod1)->append(systemLogLine("INFO", "main", base.addMSecs(100), "CassandraDaemon.java", 1, "r2 starting") + '\n',
                          base.addMSecs(100));
        log(pod0)->append(systemLogLine("ERROR", "CompactionExecutor:1", base.addMSecs(200), "CassandraDaemon.java", 581,
                                        "Exception in thread CompactionExecutor:1")
                              + "\njava.lang.RuntimeException: boom\n\tat X.run(X.java:1)\n",
                          base.addMSecs(200));
        log(pod1)->append(systemLogLine("WARN", "main", base.addMSecs(300), "Gossiper.java", 9, "r2 slow gossip") + '\n',
                          base.addMSecs(300));

        LogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        LogViewModel view(&model);
        QAbstractItemModelTester viewTester(&view, QAbstractItemModelTester::FailureReportingMode::QtTest);
        LogFollower follower(&model);
        QSignalSpy notices(&follower, &LogFollower::notice);
        LogFollower::Options options;
        options.pollInterval = std::chrono::milliseconds(50);
        options.podWaitTimeout = std::chrono::milliseconds(10000);
        // A short merge window: a stream whose history answers after it must still be sorted in by time.
        options.mergeDelay = std::chrono::milliseconds(200);
        follower.start(m_client.get(), {LogSource{m_ns, pod0, m_logger}, LogSource{m_ns, pod1, m_logger}}, options);
        QVERIFY(follower.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 4, 10000);
        QCOMPARE(messages(model), (QStringList{pod0 + QStringLiteral(": r1 starting"), pod1 + QStringLiteral(": r2 starting"),
                                               pod0 + QStringLiteral(": Exception in thread CompactionExecutor:1"),
                                               pod1 + QStringLiteral(": r2 slow gossip")}));
        QCOMPARE(model.record(2).lineCount, 3); // the stack trace arrived with its entry
        QCOMPARE(follower.runningCount(), 2);

        // New lines arrive while following.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        log(pod1)->append(systemLogLine("INFO", "main", now, "StorageService.java", 2, "r2 live line") + '\n', now);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 5, 10000);
        QCOMPARE(messages(model).last(), pod1 + QStringLiteral(": r2 live line"));
        QTRY_COMPARE(view.rowCount(), 5);

        // The StatefulSet recreates pod 0: the follower waits for it, re-attaches and says so in a marker row.
        QCOMPARE(m_fixture.del(QStringLiteral("/api/v1/namespaces/default/pods/") + pod0).status, 200);
        QTest::qWait(200);
        runningPod(pod0);
        const QDateTime later = QDateTime::currentDateTimeUtc();
        log(pod0)->append(systemLogLine("INFO", "main", later, "CassandraDaemon.java", 1, "r1 back") + '\n', later);
        QTRY_VERIFY_WITH_TIMEOUT(messages(model).contains(pod0 + QStringLiteral(": r1 back")), 15000);
        const QStringList all = messages(model);
        const qsizetype marker = all.indexOf(pod0 + QStringLiteral(": pod ") + pod0
                                             + QStringLiteral(" was recreated; following the new pod's log"));
        QVERIFY2(marker >= 0, qPrintable(all.join(u'\n')));
        QVERIFY(marker < all.indexOf(pod0 + QStringLiteral(": r1 back")));
        QVERIFY(model.record(int(marker)).isMarker());
        QCOMPARE(model.index(int(marker), LogModel::LevelColumn).data().toString(), QString());
        QVERIFY(notices.size() >= 1);
        QCOMPARE(follower.runningCount(), 2);
        QCOMPARE(model.store().droppedEntries(), 0);
        QVERIFY2(model.completenessText().startsWith(QLatin1String("Complete: 6 entries (8 lines) since")),
                 qPrintable(model.completenessText()));

        // Follow off: the streams stop; what was read stays.
        follower.setFollow(false);
        QVERIFY(!follower.isRunning());
        const int rows = model.rowCount();
        log(pod1)->append(systemLogLine("INFO", "main", later, "StorageService.java", 2, "not read") + '\n', later);
        QTest::qWait(300);
        QCOMPARE(model.rowCount(), rows);
        // Follow on again: resumes after the last entry of each pod, without duplicates.
        follower.setFollow(true);
        QTRY_VERIFY_WITH_TIMEOUT(messages(model).contains(pod1 + QStringLiteral(": not read")), 10000);
        QCOMPARE(messages(model).count(pod1 + QStringLiteral(": r2 live line")), 1);
        QCOMPARE(messages(model).count(pod0 + QStringLiteral(": r1 back")), 1);
        follower.stop();
    }

    // A pod whose log answers long after the merge window still has its older history sorted in by time, not
    // appended after the other pod's entries. For the follower a slow answer is a stream that says nothing at first,
    // then sends lines with older times: here the late pod's log is empty for 1.5 s, then gets its history.
    void lateStreamIsSortedIn()
    {
        const QDateTime base = QDateTime::currentDateTimeUtc().addSecs(-300);
        const QString early = QStringLiteral("demo-dc1-r1-sts-1");
        const QString late = QStringLiteral("demo-dc1-r3-sts-0");
        runningPod(early);
        runningPod(late);
        log(early)->append(systemLogLine("INFO", "main", base.addMSecs(100), "A.java", 1, "early 1") + '\n', base.addMSecs(100));
        log(early)->append(systemLogLine("INFO", "main", base.addMSecs(300), "A.java", 1, "early 2") + '\n', base.addMSecs(300));

        LogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        LogFollower follower(&model);
        LogFollower::Options options;
        options.pollInterval = std::chrono::milliseconds(50);
        options.podWaitTimeout = std::chrono::milliseconds(10000);
        options.mergeDelay = std::chrono::milliseconds(200);
        follower.start(m_client.get(), {LogSource{m_ns, early, m_logger}, LogSource{m_ns, late, m_logger}}, options);
        QTest::qWait(1500);
        QCOMPARE(model.rowCount(), 0); // held back: the other pod has said nothing yet
        log(late)->append(systemLogLine("INFO", "main", base, "B.java", 1, "late 0") + '\n', base);
        log(late)->append(systemLogLine("INFO", "main", base.addMSecs(200), "B.java", 1, "late 1") + '\n', base.addMSecs(200));
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 4, 10000);
        QCOMPARE(messages(model), (QStringList{late + QStringLiteral(": late 0"), early + QStringLiteral(": early 1"),
                                               late + QStringLiteral(": late 1"), early + QStringLiteral(": early 2")}));
        follower.stop();
    }
};

QTEST_MAIN(TestLogFollow)
#include "tst_logfollow.moc"
