// The workshop (../shared/reference/000_1e75b75dfa37f63f.txt), lab by lab, with ringsidectl run as a process against
// an in-process ringside-sandbox with the simulated operators, and the real Prometheus scraping it. The walk takes
// a kubeconfig context as its only input: every step is a command that would run unchanged on a real cluster with
// Mission Control (node failure is `delete pod`, not the sandbox's fault injection). Each step checks its result
// from the API (`ringsidectl get ... -o json` or the API server directly), not from the command's own words alone.
// The transcript (commands and outputs) goes to the test output directory: cli/workshop-walk.txt.
#include "sandboxfixture.h"
#include "testsupport.h"

#include "nodesim/nodesimulation.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTest>

using namespace Ringside;
using namespace Ringside::Test;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

const QString Ns = QStringLiteral("workshop");
const QString Cluster = QStringLiteral("demo-cluster");
const QString ClusterSelector = QStringLiteral("cassandra.datastax.com/cluster=demo-cluster");

QJsonValue at(const QJsonValue &root, const QString &path)
{
    QJsonValue v = root;
    for (const QString &part : path.split(u'.')) {
        bool index = false;
        const int i = part.toInt(&index);
        v = index ? v.toArray().at(i) : v.toObject().value(part);
    }
    return v;
}

bool podReady(const QJsonObject &pod)
{
    for (const QJsonValue &c : at(pod, QStringLiteral("status.conditions")).toArray()) {
        if (c.toObject().value(QLatin1String("type")).toString() == QLatin1String("Ready")) {
            return c.toObject().value(QLatin1String("status")).toString() == QLatin1String("True");
        }
    }
    return false;
}

QString podName(const QJsonObject &pod)
{
    return at(pod, QStringLiteral("metadata.name")).toString();
}

} // namespace

class TestCliWorkshop : public QObject
{
    Q_OBJECT
private:
    SandboxFixture m_fx;
    QTemporaryDir m_home;
    QFile m_transcript;
    QElapsedTimer m_clock;
    QProcess m_prometheus;
    QString m_promUrl;

    QProcessEnvironment environment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KUBECONFIG"), m_fx.kubeconfigPath());
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_STATE_HOME"), m_home.filePath(QStringLiteral("state")));
        env.insert(QStringLiteral("RINGSIDE_HISTORY_FILE"), m_home.filePath(QStringLiteral("history.jsonl")));
        env.remove(QStringLiteral("RINGSIDE_READ_ONLY_CONTEXTS"));
        env.remove(QStringLiteral("RINGSIDE_PROMETHEUS_URL"));
        return env;
    }

    void note(const QString &text)
    {
        m_transcript.write(text.toUtf8());
        m_transcript.flush();
    }

    /*! Starts ringsidectl (in namespace workshop); the caller waits. */
    std::unique_ptr<QProcess> start(QStringList args)
    {
        args << QStringLiteral("-n") << Ns;
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(environment());
        p->start(binPath(QStringLiteral("ringsidectl")), args);
        p->waitForStarted(5000);
        p->closeWriteChannel(); // not a terminal: nothing can confirm by accident
        return p;
    }

    Run finish(QProcess &p, const QStringList &args, int timeoutMs, bool quiet = false)
    {
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, timeoutMs)) {
            p.kill();
            p.waitForFinished(2000);
        }
        Run r{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
              QString::fromUtf8(p.readAllStandardError())};
        if (!quiet) {
            note(QStringLiteral("$ ringsidectl %1 -n %2\n").arg(args.join(u' '), Ns) + r.out + r.err
                 + QStringLiteral("[exit %1, %2 s into the walk]\n\n").arg(r.code).arg(double(m_clock.elapsed()) / 1000.0, 0, 'f', 1));
        }
        return r;
    }

    /*! Runs one ringsidectl command and writes it to the transcript. */
    Run ctl(const QStringList &args, int timeoutMs = 60000, bool quiet = false)
    {
        std::unique_ptr<QProcess> p = start(args);
        return finish(*p, args, timeoutMs, quiet);
    }

    /*! `ringsidectl get ARGS -o json`, not written to the transcript (it is the check, not the step). */
    QJsonObject getJson(const QStringList &args)
    {
        const Run r = ctl(QStringList(args) << QStringLiteral("-o") << QStringLiteral("json"), 30000, true);
        if (r.code != 0) {
            qWarning() << "get" << args << "failed:" << r.err;
            return {};
        }
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    QList<QJsonObject> clusterPods()
    {
        QList<QJsonObject> out;
        const QJsonObject list = getJson({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-l"), ClusterSelector});
        for (const QJsonValue &v : list.value(QLatin1String("items")).toArray()) {
            out << v.toObject();
        }
        return out;
    }

    /*! Pods straight from the API server (fast enough to poll during a rollout). */
    QList<QJsonObject> apiPods()
    {
        const HttpResponse r = m_fx.get(QStringLiteral("/api/v1/namespaces/workshop/pods?labelSelector=cassandra.datastax.com%2Fcluster%3Ddemo-cluster"));
        QList<QJsonObject> out;
        for (const QJsonValue &v : r.json().value(QLatin1String("items")).toArray()) {
            out << v.toObject();
        }
        return out;
    }

    QJsonObject mcc() { return getJson({QStringLiteral("get"), QStringLiteral("missioncontrolclusters"), Cluster}); }

    QJsonObject cassandraSpec() { return at(mcc(), QStringLiteral("spec.k8ssandra.cassandra")).toObject(); }

    /*! The host IDs of the cluster's nodes by pod, from the CassandraDatacenters' status. */
    QHash<QString, QString> hostIds()
    {
        QHash<QString, QString> out;
        const QJsonObject dcs = getJson({QStringLiteral("get"), QStringLiteral("cassandradatacenters")});
        for (const QJsonValue &dc : dcs.value(QLatin1String("items")).toArray()) {
            const QJsonObject statuses = at(dc, QStringLiteral("status.nodeStatuses")).toObject();
            for (auto it = statuses.begin(); it != statuses.end(); ++it) {
                out.insert(it.key(), it.value().toObject().value(QLatin1String("hostID")).toString());
            }
        }
        return out;
    }

    int readyCount(const QList<QJsonObject> &pods)
    {
        return int(std::count_if(pods.begin(), pods.end(), podReady));
    }

    /*! The cluster's tasks whose job runs \a command. */
    QList<QJsonObject> tasks(const QString &command)
    {
        QList<QJsonObject> out;
        const QJsonObject list = getJson({QStringLiteral("get"), QStringLiteral("cassandratasks")});
        for (const QJsonValue &v : list.value(QLatin1String("items")).toArray()) {
            if (at(v, QStringLiteral("spec.jobs.0.command")).toString() == command) {
                out << v.toObject();
            }
        }
        return out;
    }

    void startPrometheus()
    {
        const QString prometheus = QStringLiteral("/usr/bin/prometheus");
        if (!QFile::exists(prometheus)) {
            return;
        }
        // The config the sandbox writes for Prometheus, scraping every second instead of every 15 s.
        const QString dir = m_fx.sandbox()->nodes()->prometheusDirectory();
        QFile config(dir + QStringLiteral("/prometheus.yml"));
        QVERIFY(config.open(QIODevice::ReadOnly));
        QByteArray yaml = config.readAll();
        yaml.replace("scrape_interval: 15s", "scrape_interval: 1s").replace("refresh_interval: 10s", "refresh_interval: 1s");
        const QString fast = m_fx.tempPath(QStringLiteral("prometheus-walk.yml"));
        QFile out(fast);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(yaml);
        out.close();
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        m_prometheus.setProcessChannelMode(QProcess::MergedChannels);
        m_prometheus.start(prometheus, {QStringLiteral("--config.file=") + fast,
                                        QStringLiteral("--storage.tsdb.path=") + m_fx.tempPath(QStringLiteral("prometheus-data")),
                                        QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(port)});
        QVERIFY(m_prometheus.waitForStarted());
        m_promUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        const double pace = qEnvironmentVariableIsSet("RINGSIDE_WALK_PACE") ? qEnvironmentVariable("RINGSIDE_WALK_PACE").toDouble() : 10.0;
        QString error;
        QVERIFY2(m_fx.start(&error, [pace](Sandbox::Sandbox::Options &o) {
            o.simulation = true;
            o.pace = pace;
            o.seed = 11;
        }), qPrintable(error));
        m_transcript.setFileName(outputPath(QStringLiteral("cli/workshop-walk.txt")));
        QVERIFY(m_transcript.open(QIODevice::WriteOnly | QIODevice::Truncate));
        note(QStringLiteral("# The workshop walk: ringsidectl against ringside-sandbox (pace %1), context ringside-sandbox\n\n").arg(pace));
        m_clock.start();
    }

    void cleanupTestCase()
    {
        if (m_prometheus.state() != QProcess::NotRunning) {
            m_prometheus.terminate();
            if (!m_prometheus.waitForFinished(10000)) {
                m_prometheus.kill();
                m_prometheus.waitForFinished();
            }
        }
        note(QStringLiteral("# walk finished after %1 s\n").arg(double(m_clock.elapsed()) / 1000.0, 0, 'f', 1));
        qInfo() << "workshop walk:" << m_clock.elapsed() << "ms; transcript" << m_transcript.fileName();
    }

    void lab2CreateCluster()
    {
        note(QStringLiteral("## Lab 2: create a cluster\n\n"));
        const QString manifest = m_fx.tempPath(QStringLiteral("project.yaml"));
        QFile f(manifest);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: workshop\n  labels:\n    mission-control.datastax.com/is-project: \"true\"\n");
        f.close();
        Run r = ctl({QStringLiteral("apply"), QStringLiteral("-f"), manifest});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = ctl({QStringLiteral("cluster"), QStringLiteral("detect")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = ctl({QStringLiteral("create"), QStringLiteral("cluster"), Cluster, QStringLiteral("--type"), QStringLiteral("hcd"), QStringLiteral("--version"),
                 QStringLiteral("1.1.0"), QStringLiteral("--dc"), QStringLiteral("dc1:3x3"), QStringLiteral("--storage-class"), QStringLiteral("standard"),
                 QStringLiteral("--data-api"), QStringLiteral("--wait"), QStringLiteral("--timeout"), QStringLiteral("90s")},
                100000);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QJsonObject spec = cassandraSpec();
        QCOMPARE(spec.value(QLatin1String("serverType")).toString(), QStringLiteral("hcd"));
        QCOMPARE(spec.value(QLatin1String("serverVersion")).toString(), QStringLiteral("1.1.0"));
        QCOMPARE(at(spec, QStringLiteral("datacenters.0.size")).toInt(), 3);
        const QList<QJsonObject> pods = clusterPods();
        QCOMPARE(pods.size(), 3);
        QCOMPARE(readyCount(pods), 3);
        // Running: the MissionControlCluster's Ready condition, from the API.
        bool ready = false;
        for (const QJsonValue &c : at(mcc(), QStringLiteral("status.conditions")).toArray()) {
            ready = ready || (c.toObject().value(QLatin1String("type")).toString() == QLatin1String("Ready")
                              && c.toObject().value(QLatin1String("status")).toString() == QLatin1String("True"));
        }
        QVERIFY(ready);
    }

    void lab2Status()
    {
        Run r = ctl({QStringLiteral("clusters")});
        QVERIFY2(r.code == 0 && r.out.contains(Cluster), qPrintable(r.out + r.err));
        r = ctl({QStringLiteral("status"), Cluster});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.count(QRegularExpression(QStringLiteral("\\nUN "))), 3);
        // The host IDs shown are the ones cass-operator wrote.
        const QHash<QString, QString> ids = hostIds();
        QCOMPARE(ids.size(), 3);
        for (const QString &id : ids) {
            QVERIFY2(r.out.contains(id), qPrintable(id));
        }
    }

    void lab2DataApi()
    {
        // The token from the superuser secret, never echoing the password.
        Run r = ctl({QStringLiteral("data-api"), QStringLiteral("token"), Cluster});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject data = getJson({QStringLiteral("get"), QStringLiteral("secret"), Cluster + QStringLiteral("-superuser")}).value(QLatin1String("data")).toObject();
        const QByteArray user = QByteArray::fromBase64(data.value(QLatin1String("username")).toString().toLatin1());
        const QByteArray password = QByteArray::fromBase64(data.value(QLatin1String("password")).toString().toLatin1());
        QVERIFY(!user.isEmpty() && !password.isEmpty());
        QCOMPARE(r.out, QStringLiteral("Cassandra:%1:%2\n").arg(QString::fromLatin1(user.toBase64()), QString::fromLatin1(password.toBase64())));
        QVERIFY(!r.out.contains(QString::fromUtf8(password)));
        const QString token = r.out.trimmed();
        // Forward a local port and create a keyspace through it, as in the lab (Step 6).
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        const QStringList args{QStringLiteral("data-api"), QStringLiteral("forward"), Cluster, QStringLiteral("--port"), QString::number(port),
                               QStringLiteral("--timeout"), QStringLiteral("4s")};
        std::unique_ptr<QProcess> forward = start(args);
        QTest::qWait(1500);
        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port)));
        request.setRawHeader("Token", token.toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        std::unique_ptr<QNetworkReply> reply(nam.post(request, QByteArray("{\"createKeyspace\":{\"name\":\"demo\"}}")));
        QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 10000));
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll();
        r = finish(*forward, args, 10000);
        note(QStringLiteral("(POST http://127.0.0.1:%1/v1 {\"createKeyspace\":{\"name\":\"demo\"}} -> HTTP %2 %3)\n\n").arg(port).arg(status).arg(QString::fromUtf8(answer)));
        QVERIFY2(r.out.contains(QStringLiteral("Forwarding from 127.0.0.1:%1").arg(port)), qPrintable(r.out + r.err));
        QCOMPARE(status, 200);
        QVERIFY2(answer.contains("ok"), answer.constData());
    }

    void lab3MetricsAndAlerts()
    {
        note(QStringLiteral("## Lab 3: observability\n\n"));
        startPrometheus();
        if (m_promUrl.isEmpty()) {
            QSKIP("/usr/bin/prometheus is missing");
        }
        Run r = ctl({QStringLiteral("metrics"), QStringLiteral("list")});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("disk_used")), qPrintable(r.out + r.err));
        // Prometheus needs a scrape or two before it has every node.
        QJsonObject doc;
        const QStringList args{QStringLiteral("metrics"), QStringLiteral("disk_used"), Cluster, QStringLiteral("--since"), QStringLiteral("2m"),
                               QStringLiteral("--prometheus"), m_promUrl, QStringLiteral("-o"), QStringLiteral("json")};
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 30000) {
            r = ctl(args, 30000, true);
            doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
            if (r.code == 0 && doc.value(QLatin1String("series")).toArray().size() == 3) {
                break;
            }
            QTest::qWait(500);
        }
        r = ctl(args);
        QVERIFY2(r.code == 0, qPrintable(r.err + QString::fromUtf8(m_prometheus.readAll().right(2000))));
        doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QStringList seen;
        for (const QJsonValue &s : doc.value(QLatin1String("series")).toArray()) {
            seen << at(s, QStringLiteral("labels.pod_name")).toString();
            QVERIFY(at(s, QStringLiteral("last")).toDouble() > 0);
        }
        QStringList pods;
        for (const QJsonObject &p : clusterPods()) {
            pods << podName(p);
        }
        seen.sort();
        pods.sort();
        QCOMPARE(seen, pods);
        r = ctl({QStringLiteral("metrics"), QStringLiteral("disk_used"), Cluster, QStringLiteral("--since"), QStringLiteral("2m"),
                 QStringLiteral("--prometheus"), m_promUrl});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("LAST")), qPrintable(r.out + r.err));
        // A cluster Prometheus has nothing of: a clear error naming the server.
        r = ctl({QStringLiteral("metrics"), QStringLiteral("disk_used"), QStringLiteral("no-such-cluster"), QStringLiteral("--prometheus"), m_promUrl});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(m_promUrl), qPrintable(r.err));
        // Alerts: a healthy cluster has none.
        r = ctl({QStringLiteral("alerts"), Cluster, QStringLiteral("--prometheus"), m_promUrl, QStringLiteral("-o"), QStringLiteral("json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("alerts")).toArray().size(), 0);
        r = ctl({QStringLiteral("alerts"), Cluster, QStringLiteral("--prometheus"), m_promUrl});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("No active alerts")), qPrintable(r.out + r.err));
    }

    void lab3LogsWarn()
    {
        Run r = ctl({QStringLiteral("logs"), Cluster, QStringLiteral("--level"), QStringLiteral("WARN"), QStringLiteral("-o"), QStringLiteral("json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(!lines.isEmpty());
        QSet<QString> podsSeen;
        QHash<QString, int> perPod;
        QString last;
        for (const QString &line : std::as_const(lines)) {
            const QJsonObject e = QJsonDocument::fromJson(line.toUtf8()).object();
            const QString level = e.value(QLatin1String("level")).toString();
            QVERIFY2(level == QLatin1String("WARN") || level == QLatin1String("ERROR") || level == QLatin1String("FATAL"), qPrintable(line));
            const QString time = e.value(QLatin1String("timestamp")).toString();
            QVERIFY2(time >= last, qPrintable(time + QStringLiteral(" after ") + last)); // merged by time
            last = time;
            podsSeen.insert(e.value(QLatin1String("pod")).toString());
            perPod[e.value(QLatin1String("pod")).toString()]++;
        }
        QCOMPARE(podsSeen.size(), 3);
        // The same from each pod's own log (kubectl's `logs POD -c server-system-logger` still works).
        for (auto it = perPod.begin(); it != perPod.end(); ++it) {
            const Run raw = ctl({QStringLiteral("logs"), it.key(), QStringLiteral("-c"), QStringLiteral("server-system-logger")}, 30000, true);
            QVERIFY2(raw.code == 0, qPrintable(raw.err));
            const qsizetype warnings = raw.out.count(QRegularExpression(QStringLiteral("(^|\\n)(WARN|ERROR|FATAL) ")));
            QVERIFY2(warnings >= it.value() && it.value() > 0, qPrintable(it.key()));
        }
        r = ctl({QStringLiteral("logs"), Cluster, QStringLiteral("--level"), QStringLiteral("WARN")});
        QVERIFY2(r.code == 0 && r.out.startsWith(u'['), qPrintable(r.out.left(500) + r.err));
    }

    void lab3NodeFailureAndHealing()
    {
        const QList<QJsonObject> before = clusterPods();
        QCOMPARE(before.size(), 3);
        const QString victim = podName(before.constFirst());
        const QString uid = at(before.constFirst(), QStringLiteral("metadata.uid")).toString();
        const QString hostId = hostIds().value(victim);
        QVERIFY(!hostId.isEmpty());
        // Watch the alerts while the node fails and comes back.
        const QStringList watchArgs{QStringLiteral("alerts"), Cluster, QStringLiteral("--no-prometheus"), QStringLiteral("--watch"), QStringLiteral("60s"),
                                    QStringLiteral("--interval"), QStringLiteral("150ms"), QStringLiteral("-o"), QStringLiteral("json")};
        std::unique_ptr<QProcess> watcher = start(watchArgs);
        QTest::qWait(1500); // its first rounds: nothing active
        // kubectl's way (and a real cluster's): delete the pod; without --wait=false delete waits for the name to be gone,
        // and a StatefulSet brings it straight back.
        Run r = ctl({QStringLiteral("delete"), QStringLiteral("pod"), victim, QStringLiteral("--wait=false")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // Healing: the StatefulSet recreates the pod (new uid), cass-operator starts Cassandra with the same host ID.
        QVERIFY(QTest::qWaitFor([&] {
            const QList<QJsonObject> pods = apiPods();
            for (const QJsonObject &p : pods) {
                if (podName(p) == victim) {
                    return at(p, QStringLiteral("metadata.uid")).toString() != uid && podReady(p) && readyCount(pods) == 3;
                }
            }
            return false;
        }, 30000));
        QTest::qWait(1000);
        watcher->terminate();
        r = finish(*watcher, watchArgs, 5000);
        QCOMPARE(hostIds().value(victim), hostId);
        bool pending = false;
        bool cleared = false;
        for (const QString &line : r.out.split(u'\n', Qt::SkipEmptyParts)) {
            const QJsonObject a = QJsonDocument::fromJson(line.toUtf8()).object();
            if (a.value(QLatin1String("rule")).toString() != QLatin1String("node_down")
                || at(a, QStringLiteral("labels.node")).toString() != victim) {
                continue;
            }
            pending = pending || a.value(QLatin1String("state")).toString() == QLatin1String("pending");
            cleared = cleared || a.value(QLatin1String("state")).toString() == QLatin1String("cleared");
            QCOMPARE(a.value(QLatin1String("severity")).toString(), QStringLiteral("critical"));
        }
        QVERIFY2(pending && cleared, qPrintable(r.out + r.err));
        r = ctl({QStringLiteral("status"), Cluster});
        QCOMPARE(r.out.count(QRegularExpression(QStringLiteral("\\nUN "))), 3);
    }

    void lab4UpgradeOneNodeAtATime()
    {
        note(QStringLiteral("## Lab 4: upgrade and configuration\n\n"));
        const QStringList args{QStringLiteral("upgrade"), Cluster, QStringLiteral("--version"), QStringLiteral("1.2.0"), QStringLiteral("--wait"),
                               QStringLiteral("--timeout"), QStringLiteral("90s")};
        std::unique_ptr<QProcess> p = start(args);
        int maxNotReady = 0;
        int sawNotReady = 0;
        while (p->state() != QProcess::NotRunning) {
            const QList<QJsonObject> pods = apiPods();
            const int notReady = 3 - readyCount(pods);
            maxNotReady = std::max(maxNotReady, notReady);
            sawNotReady += notReady > 0 ? 1 : 0;
            QTest::qWait(25);
        }
        const Run r = finish(*p, args, 1000);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        note(QStringLiteral("(checked from the API during the upgrade: at most %1 pod not ready at any time)\n\n").arg(maxNotReady));
        QVERIFY2(maxNotReady <= 1, qPrintable(QString::number(maxNotReady)));
        QVERIFY(sawNotReady > 0); // the pods did restart
        QCOMPARE(cassandraSpec().value(QLatin1String("serverVersion")).toString(), QStringLiteral("1.2.0"));
        for (const QJsonObject &pod : clusterPods()) {
            bool upgraded = false;
            for (const QJsonValue &c : at(pod, QStringLiteral("spec.containers")).toArray()) {
                if (c.toObject().value(QLatin1String("name")).toString() == QLatin1String("cassandra")) {
                    upgraded = c.toObject().value(QLatin1String("image")).toString().contains(QLatin1String("1.2.0"));
                }
            }
            QVERIFY2(upgraded && podReady(pod), qPrintable(podName(pod)));
        }
    }

    void lab4ConfigChange()
    {
        Run r = ctl({QStringLiteral("config"), QStringLiteral("diff"), Cluster, QStringLiteral("concurrent_writes=64")});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("concurrent_writes")), qPrintable(r.out + r.err));
        QVERIFY(at(cassandraSpec(), QStringLiteral("config.cassandraYaml.concurrent_writes")).isUndefined());
        r = ctl({QStringLiteral("config"), QStringLiteral("set"), Cluster, QStringLiteral("concurrent_writes=64"), QStringLiteral("--wait"),
                 QStringLiteral("--timeout"), QStringLiteral("90s")},
                100000);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QCOMPARE(at(cassandraSpec(), QStringLiteral("config.cassandraYaml.concurrent_writes")).toInt(), 64);
        const QJsonObject dcs = getJson({QStringLiteral("get"), QStringLiteral("cassandradatacenters")});
        QCOMPARE(at(dcs, QStringLiteral("items.0.spec.config.cassandra-yaml.concurrent_writes")).toInt(), 64);
        QCOMPARE(readyCount(clusterPods()), 3);
    }

    void lab5BackupRestoreSchedule()
    {
        note(QStringLiteral("## Lab 5: backup and restore\n\n"));
        // Step 17, the backup storage: a bucket's credentials and a MedusaConfiguration, and the cluster refers to it.
        const QString storage = m_fx.tempPath(QStringLiteral("backup-storage.yaml"));
        QFile f(storage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("apiVersion: v1\nkind: Secret\nmetadata:\n  name: walk-bucket-key\n  namespace: workshop\nstringData:\n"
                "  credentials: |\n    [default]\n    aws_access_key_id = walk\n    aws_secret_access_key = walk-secret\n"
                "---\napiVersion: medusa.k8ssandra.io/v1alpha1\nkind: MedusaConfiguration\nmetadata:\n  name: walk-storage\n"
                "  namespace: workshop\nspec:\n  storageProperties:\n    storageProvider: s3_compatible\n    bucketName: walk-backups\n"
                "    host: minio.workshop.svc\n    port: 9000\n    secure: false\n    storageSecretRef:\n      name: walk-bucket-key\n");
        f.close();
        Run r = ctl({QStringLiteral("apply"), QStringLiteral("-f"), storage});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QString medusa = m_fx.tempPath(QStringLiteral("cluster-medusa.yaml"));
        QFile m(medusa);
        QVERIFY(m.open(QIODevice::WriteOnly));
        m.write("apiVersion: missioncontrol.datastax.com/v1beta2\nkind: MissionControlCluster\nmetadata:\n  name: demo-cluster\n"
                "  namespace: workshop\nspec:\n  k8ssandra:\n    medusa:\n      medusaConfigurationRef:\n        name: walk-storage\n");
        m.close();
        r = ctl({QStringLiteral("apply"), QStringLiteral("--server-side"), QStringLiteral("--field-manager"), QStringLiteral("workshop-backup"),
                 QStringLiteral("-f"), medusa});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QCOMPARE(at(mcc(), QStringLiteral("spec.k8ssandra.medusa.medusaConfigurationRef.name")).toString(), QStringLiteral("walk-storage"));
        QCOMPARE(at(cassandraSpec(), QStringLiteral("datacenters.0.size")).toInt(), 3); // the other fields stay as they were
        // k8ssandra-operator adds Medusa's containers to the pods, which rolls the datacenter: wait until every node
        // runs them and is ready again (a node restarting during a backup fails its part, as on a real cluster).
        QVERIFY(QTest::qWaitFor([&] {
            const QList<QJsonObject> pods = apiPods();
            int withMedusa = 0;
            for (const QJsonObject &pod : pods) {
                for (const QJsonValue &c : at(pod, QStringLiteral("spec.containers")).toArray()) {
                    withMedusa += c.toObject().value(QLatin1String("name")).toString() == QLatin1String("medusa") ? 1 : 0;
                }
            }
            return pods.size() == 3 && withMedusa == 3 && readyCount(pods) == 3;
        }, 60000));
        r = ctl({QStringLiteral("backup"), QStringLiteral("now"), Cluster, QStringLiteral("--type"), QStringLiteral("full"), QStringLiteral("--name"),
                     QStringLiteral("walk-full"), QStringLiteral("--wait"), QStringLiteral("--timeout"), QStringLiteral("90s")},
                    100000);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QJsonObject job = getJson({QStringLiteral("get"), QStringLiteral("medusabackupjobs"), QStringLiteral("walk-full")});
        QVERIFY(!at(job, QStringLiteral("status.finishTime")).toString().isEmpty());
        QCOMPARE(at(job, QStringLiteral("status.finished")).toArray().size(), 3);
        QVERIFY(at(job, QStringLiteral("status.failed")).toArray().isEmpty());
        r = ctl({QStringLiteral("backup"), QStringLiteral("list"), Cluster});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("walk-full")), qPrintable(r.out + r.err));
        // Restore in place: refused without confirmation, done with --yes.
        r = ctl({QStringLiteral("restore"), Cluster, QStringLiteral("--backup"), QStringLiteral("walk-full")});
        QCOMPARE(r.code, 3);
        QCOMPARE(getJson({QStringLiteral("get"), QStringLiteral("medusarestorejobs")}).value(QLatin1String("items")).toArray().size(), 0);
        r = ctl({QStringLiteral("restore"), Cluster, QStringLiteral("--backup"), QStringLiteral("walk-full"), QStringLiteral("--yes"), QStringLiteral("--wait"),
                 QStringLiteral("--timeout"), QStringLiteral("90s")},
                100000);
        const QJsonArray restores = getJson({QStringLiteral("get"), QStringLiteral("medusarestorejobs")}).value(QLatin1String("items")).toArray();
        QCOMPARE(restores.size(), 1);
        QCOMPARE(at(restores.at(0), QStringLiteral("spec.backup")).toString(), QStringLiteral("walk-full"));
        // In place: the datacenter stopped, every node restored by its medusa-restore init container, started again.
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QJsonObject restore = getJson({QStringLiteral("get"), QStringLiteral("medusarestorejob"),
                                             at(restores.at(0), QStringLiteral("metadata.name")).toString()});
        QVERIFY2(!at(restore, QStringLiteral("status.finishTime")).toString().isEmpty(), qPrintable(r.out + r.err));
        // A nightly schedule.
        r = ctl({QStringLiteral("backup"), QStringLiteral("schedule"), Cluster, QStringLiteral("--cron"), QStringLiteral("0 2 * * *")});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("next run")), qPrintable(r.out + r.err));
        const QJsonArray schedules = getJson({QStringLiteral("get"), QStringLiteral("medusabackupschedules")}).value(QLatin1String("items")).toArray();
        QCOMPARE(schedules.size(), 1);
        QCOMPARE(at(schedules.at(0), QStringLiteral("spec.cronSchedule")).toString(), QStringLiteral("0 2 * * *"));
    }

    void lab6ScaleOut()
    {
        note(QStringLiteral("## Lab 6: day-2 operations\n\n"));
        const Run r = ctl({QStringLiteral("scale"), Cluster, QStringLiteral("--dc"), QStringLiteral("dc1"), QStringLiteral("--size"), QStringLiteral("4"),
                           QStringLiteral("--wait"), QStringLiteral("--timeout"), QStringLiteral("90s")},
                          100000);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QCOMPARE(at(cassandraSpec(), QStringLiteral("datacenters.0.size")).toInt(), 4);
        const QList<QJsonObject> pods = clusterPods();
        QCOMPARE(pods.size(), 4);
        QCOMPARE(readyCount(pods), 4);
        QCOMPARE(hostIds().size(), 4);
    }

    void lab6RepairThenAbort()
    {
        // Repairs are Reaper's: deploy one for the cluster's first datacenter (a Reaper object, which the Reaper
        // operator shipped with k8ssandra-operator runs). The sandbox's k8ssandra-operator does not create it from
        // spec.reaper, so the walk applies the object itself, which works the same on a real cluster.
        const QString reaper = m_fx.tempPath(QStringLiteral("reaper.yaml"));
        QFile f(reaper);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("apiVersion: reaper.k8ssandra.io/v1alpha1\nkind: Reaper\nmetadata:\n  name: demo-cluster-dc1-reaper\n  namespace: workshop\n"
                "  labels:\n    k8ssandra.io/cluster-name: demo-cluster\n    k8ssandra.io/cluster-namespace: workshop\n"
                "spec:\n  datacenterRef:\n    name: demo-cluster-dc1\n");
        f.close();
        Run r = ctl({QStringLiteral("apply"), QStringLiteral("-f"), reaper});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QStringList start{QStringLiteral("repair"), QStringLiteral("start"), Cluster, QStringLiteral("--keyspace"), QStringLiteral("system_auth"),
                                QStringLiteral("--intensity"), QStringLiteral("0.1")};
        QElapsedTimer waited;
        waited.start();
        do { // Reaper takes a moment to be deployed and to register the cluster
            r = ctl(start, 30000, true);
        } while (r.code != 0 && waited.elapsed() < 30000 && (QTest::qWait(1000), true));
        r = r.code == 0 ? r : ctl(start);
        note(QStringLiteral("$ ringsidectl %1 -n workshop\n%2%3\n").arg(start.join(u' '), r.out, r.err));
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QString id = r.out.section(QLatin1String("repair run "), 1, 1).section(u' ', 0, 0);
        QVERIFY2(!id.isEmpty(), qPrintable(r.out));
        QTest::qWait(1000);
        r = ctl({QStringLiteral("repair"), QStringLiteral("status"), Cluster, id, QStringLiteral("-o"), QStringLiteral("json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = ctl({QStringLiteral("repair"), QStringLiteral("abort"), Cluster, id, QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        r = ctl({QStringLiteral("repair"), QStringLiteral("list"), Cluster, QStringLiteral("--state"), QStringLiteral("ABORTED"), QStringLiteral("-o"),
                 QStringLiteral("json")});
        QVERIFY2(r.code == 0 && r.out.contains(id), qPrintable(r.out + r.err));
    }

    void lab6ReplaceNode()
    {
        const QList<QJsonObject> pods = clusterPods();
        const QString pod = podName(pods.constFirst());
        const QString before = hostIds().value(pod);
        QVERIFY(!before.isEmpty());
        const Run r = ctl({QStringLiteral("replace-node"), Cluster, pod, QStringLiteral("--yes"), QStringLiteral("--wait"), QStringLiteral("--timeout"), QStringLiteral("90s")},
                          100000);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QList<QJsonObject> replace = tasks(QStringLiteral("replacenode"));
        QCOMPARE(replace.size(), 1);
        QCOMPARE(at(replace.constFirst(), QStringLiteral("spec.jobs.0.args.pod_name")).toString(), pod);
        QVERIFY(!at(replace.constFirst(), QStringLiteral("status.completionTime")).toString().isEmpty());
        QVERIFY(QTest::qWaitFor([&] { return !hostIds().value(pod).isEmpty() && hostIds().value(pod) != before; }, 20000));
        QVERIFY(QTest::qWaitFor([&] { return readyCount(apiPods()) == 4; }, 20000));
    }

    void lab6RestartAndCleanup()
    {
        Run r = ctl({QStringLiteral("restart"), Cluster, QStringLiteral("--wait"), QStringLiteral("--timeout"), QStringLiteral("90s")}, 100000);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QList<QJsonObject> t = tasks(QStringLiteral("restart"));
        QCOMPARE(t.size(), 1);
        QVERIFY(!at(t.constFirst(), QStringLiteral("status.completionTime")).toString().isEmpty());
        QCOMPARE(at(t.constFirst(), QStringLiteral("status.succeeded")).toInt() >= 1, true);
        // Every rack's StatefulSet was restarted (control.k8ssandra.io/restartedAt on the pod template).
        const QJsonObject sts = getJson({QStringLiteral("get"), QStringLiteral("statefulsets"), QStringLiteral("-l"), ClusterSelector});
        for (const QJsonValue &s : sts.value(QLatin1String("items")).toArray()) {
            QVERIFY(!at(s, QStringLiteral("spec.template.metadata.annotations")).toObject().value(QLatin1String("control.k8ssandra.io/restartedAt")).toString().isEmpty());
        }
        r = ctl({QStringLiteral("cleanup"), Cluster, QStringLiteral("--wait"), QStringLiteral("--timeout"), QStringLiteral("90s")}, 100000);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        t = tasks(QStringLiteral("cleanup"));
        QCOMPARE(t.size(), 1);
        const QJsonObject statuses = at(t.constFirst(), QStringLiteral("status.podStatuses")).toObject();
        QCOMPARE(statuses.size(), 4);
        for (auto it = statuses.begin(); it != statuses.end(); ++it) {
            QCOMPARE(it.value().toObject().value(QLatin1String("status")).toString(), QStringLiteral("COMPLETED"));
        }
    }

    void lab6AddDatacenter()
    {
        const Run r = ctl({QStringLiteral("dc"), QStringLiteral("add"), Cluster, QStringLiteral("dc2:3"), QStringLiteral("--wait"), QStringLiteral("--timeout"),
                           QStringLiteral("90s")},
                          100000);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QJsonArray dcs = cassandraSpec().value(QLatin1String("datacenters")).toArray();
        QCOMPARE(dcs.size(), 2);
        QVERIFY(at(dcs.at(1), QStringLiteral("metadata.name")).toString().endsWith(QLatin1String("dc2")));
        QCOMPARE(at(dcs.at(1), QStringLiteral("size")).toInt(), 3);
        int ready = 0;
        for (const QJsonObject &p : clusterPods()) {
            if (at(p, QStringLiteral("metadata.labels")).toObject().value(QLatin1String("cassandra.datastax.com/datacenter")).toString().endsWith(QLatin1String("dc2"))
                && podReady(p)) {
                ++ready;
            }
        }
        QCOMPARE(ready, 3);
        const Run status = ctl({QStringLiteral("status"), Cluster});
        QCOMPARE(status.out.count(QRegularExpression(QStringLiteral("\\nUN "))), 7);
    }

    void exportGitOps()
    {
        const QString dir = m_fx.tempPath(QStringLiteral("gitops"));
        const Run r = ctl({QStringLiteral("export"), Cluster, QStringLiteral("--dir"), dir});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(QFile::exists(dir + QStringLiteral("/kustomization.yaml")));
        QFile f(dir + QStringLiteral("/missioncontrolcluster-demo-cluster.yaml"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray yaml = f.readAll();
        note(QStringLiteral("(%1 files in %2)\n\n").arg(QDir(dir).entryList(QDir::Files).size()).arg(dir));
        QVERIFY(!yaml.contains("managedFields") && !yaml.contains("resourceVersion") && !yaml.contains("\nstatus:"));
        // What was exported is what the API holds now.
        QVERIFY(yaml.contains("serverVersion: 1.2.0"));
        QVERIFY(yaml.contains("concurrent_writes: 64"));
    }

    void history()
    {
        const Run r = ctl({QStringLiteral("history"), QStringLiteral("-o"), QStringLiteral("json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        for (const char *op : {"create", "upgrade", "config", "scale", "add-dc", "backup", "restore"}) {
            QVERIFY2(r.out.contains(QLatin1String("\"operation\": \"") + QLatin1String(op)), op);
        }
    }
};

QTEST_GUILESS_MAIN(TestCliWorkshop)
#include "tst_cli_workshop.moc"
