// ringsidectl repair, data-api, export, nodetool, cqlsh and backup delete, end to end against the in-process sandbox
// with the simulated operators; every result is checked through the API (Reaper's run state, the MissionControlCluster's
// spec, the exported files, the token against the secret), plus the read-only and permission refusals.
#include "servicesworld.h"

#include "command.h"
#include "yaml/yamljson.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Ringside;
using namespace Ringside::Test;
using namespace Ringside::Test::Services;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};
} // namespace

class TestCliServices : public QObject
{
    Q_OBJECT
private:
    World m_world;
    QString m_history;
    QString m_proxy;

    Run run(QStringList args, const QStringList &extraEnv = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KUBECONFIG"), m_world.fx.kubeconfigPath());
        env.insert(QStringLiteral("RINGSIDE_HISTORY_FILE"), m_history);
        env.remove(QStringLiteral("RINGSIDE_READ_ONLY_CONTEXTS"));
        for (const QString &e : extraEnv) {
            env.insert(e.section(u'=', 0, 0), e.section(u'=', 1));
        }
        Run r;
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        args.prepend(Op::Ns);
        args.prepend(QStringLiteral("-n"));
        r.code = Cli::run(args, out, err, env);
        out.flush();
        err.flush();
        return r;
    }

    QJsonObject reaperRun(const QString &id)
    {
        return m_world.fx.get(m_proxy + QStringLiteral("/repair_run/") + id).json();
    }

    QString historyText()
    {
        QFile f(m_history);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_world.start(&error), qPrintable(error));
        QVERIFY2(m_world.createCluster(QStringLiteral("demo"), false, &error), qPrintable(error));
        QVERIFY2(m_world.createReaper(QStringLiteral("demo"), QStringLiteral("demo-dc1"), &error), qPrintable(error));
        m_history = m_world.fx.tempPath(QStringLiteral("history.jsonl"));
        m_proxy = QStringLiteral("/api/v1/namespaces/proj/services/demo-dc1-reaper-service:8080/proxy");
    }

    void repairStartWaitShowsProgress()
    {
        const Run r = run({QStringLiteral("repair"), QStringLiteral("start"), QStringLiteral("demo"), QStringLiteral("--keyspace"),
                           QStringLiteral("demo_ks"), QStringLiteral("--intensity"), QStringLiteral("1"), QStringLiteral("--parallelism"),
                           QStringLiteral("parallel"), QStringLiteral("--segments-per-node"), QStringLiteral("1"), QStringLiteral("--wait"),
                           QStringLiteral("--timeout"), QStringLiteral("60s")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QLatin1String("DONE:")), qPrintable(r.out));
        QVERIFY2(r.out.count(QLatin1String("segments repaired")) >= 3, qPrintable(r.out)); // progress lines as it went
        const QString id = r.out.section(QLatin1String("repair run "), 1, 1).section(u' ', 0, 0);
        const QJsonObject live = reaperRun(id);
        QCOMPARE(live.value(QLatin1String("state")).toString(), QStringLiteral("DONE"));
        QCOMPARE(live.value(QLatin1String("repair_parallelism")).toString(), QStringLiteral("PARALLEL"));
        QCOMPARE(live.value(QLatin1String("segments_repaired")).toInt(), live.value(QLatin1String("total_segments")).toInt());
        QVERIFY(historyText().contains(QLatin1String("\"succeeded\"")));
    }

    void repairPauseResumeAbortCheckedInReaper()
    {
        Run r = run({QStringLiteral("repair"), QStringLiteral("start"), QStringLiteral("demo"), QStringLiteral("-k"), QStringLiteral("inventory"),
                     QStringLiteral("--tables"), QStringLiteral("products"), QStringLiteral("--intensity"), QStringLiteral("0.2")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QString id = r.out.section(QLatin1String("repair run "), 1, 1).section(u' ', 0, 0);
        QVERIFY(!id.isEmpty());
        QCOMPARE(reaperRun(id).value(QLatin1String("state")).toString(), QStringLiteral("RUNNING"));
        QCOMPARE(reaperRun(id).value(QLatin1String("column_families")).toArray(), QJsonArray{QStringLiteral("products")});

        r = run({QStringLiteral("repair"), QStringLiteral("pause"), QStringLiteral("demo"), id});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(reaperRun(id).value(QLatin1String("state")).toString(), QStringLiteral("PAUSED"));
        r = run({QStringLiteral("repair"), QStringLiteral("resume"), QStringLiteral("demo"), id});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(reaperRun(id).value(QLatin1String("state")).toString(), QStringLiteral("RUNNING"));

        // Abort asks first: without a terminal and without --yes, nothing is sent.
        r = run({QStringLiteral("repair"), QStringLiteral("abort"), QStringLiteral("demo"), id});
        QCOMPARE(r.code, 3);
        QCOMPARE(reaperRun(id).value(QLatin1String("state")).toString(), QStringLiteral("RUNNING"));
        r = run({QStringLiteral("repair"), QStringLiteral("abort"), QStringLiteral("demo"), id, QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(reaperRun(id).value(QLatin1String("state")).toString(), QStringLiteral("ABORTED"));

        // Resuming an aborted run is refused, with the reason.
        r = run({QStringLiteral("repair"), QStringLiteral("resume"), QStringLiteral("demo"), id});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("is ABORTED and cannot be set RUNNING")), qPrintable(r.err));

        r = run({QStringLiteral("repair"), QStringLiteral("list"), QStringLiteral("demo"), QStringLiteral("--state"), QStringLiteral("ABORTED"),
                 QStringLiteral("-o"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QJsonArray items = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("items")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).toObject().value(QLatin1String("id")).toString(), id);
        r = run({QStringLiteral("repair"), QStringLiteral("list"), QStringLiteral("demo")});
        QVERIFY2(r.out.contains(QLatin1String("KEYSPACE")) && r.out.contains(id), qPrintable(r.out));
        r = run({QStringLiteral("repair"), QStringLiteral("status"), QStringLiteral("demo"), id, QStringLiteral("--segments")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("State:")) && r.out.contains(QLatin1String("ABORTED")) && r.out.contains(QLatin1String("SEGMENT")),
                 qPrintable(r.out));
    }

    void repairBadInputAndRefusals()
    {
        Run r = run({QStringLiteral("repair"), QStringLiteral("start"), QStringLiteral("demo"), QStringLiteral("-k"), QStringLiteral("demo_ks"),
                     QStringLiteral("--parallelism"), QStringLiteral("sideways")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("invalid --parallelism \"sideways\"")), qPrintable(r.err));
        r = run({QStringLiteral("repair"), QStringLiteral("start"), QStringLiteral("demo"), QStringLiteral("-k"), QStringLiteral("demo_ks"),
                 QStringLiteral("--intensity"), QStringLiteral("2")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("invalid intensity 2")), qPrintable(r.err));
        const int before = QJsonDocument::fromJson(m_world.fx.get(m_proxy + QStringLiteral("/repair_run")).body).array().size();
        r = run({QStringLiteral("repair"), QStringLiteral("start"), QStringLiteral("demo"), QStringLiteral("-k"), QStringLiteral("demo_ks")},
                {QStringLiteral("RINGSIDE_READ_ONLY_CONTEXTS=ringside-sandbox")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("context ringside-sandbox is marked read-only")), qPrintable(r.err));
        r = run({QStringLiteral("--context"), QStringLiteral("ringside-sandbox-viewer"), QStringLiteral("repair"), QStringLiteral("start"),
                 QStringLiteral("demo"), QStringLiteral("-k"), QStringLiteral("demo_ks")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("services/proxy")) && r.err.contains(QLatin1String("nothing was sent")), qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(m_world.fx.get(m_proxy + QStringLiteral("/repair_run")).body).array().size(), before);
        QVERIFY(historyText().contains(QLatin1String("\"refused\"")));
        r = run({QStringLiteral("repair"), QStringLiteral("list"), QStringLiteral("nope")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("cluster nope")), qPrintable(r.err));
    }

    void repairSchedules()
    {
        Run r = run({QStringLiteral("repair"), QStringLiteral("schedule"), QStringLiteral("demo"), QStringLiteral("-k"), QStringLiteral("demo_ks"),
                     QStringLiteral("--days"), QStringLiteral("3"), QStringLiteral("-o"), QStringLiteral("json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject created = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QString id = created.value(QLatin1String("id")).toString();
        QCOMPARE(created.value(QLatin1String("daysBetween")).toInt(), 3);
        const QJsonObject live = m_world.fx.get(m_proxy + QStringLiteral("/repair_schedule/") + id).json();
        QCOMPARE(live.value(QLatin1String("state")).toString(), QStringLiteral("ACTIVE"));
        QCOMPARE(live.value(QLatin1String("scheduled_days_between")).toInt(), 3);
        r = run({QStringLiteral("repair"), QStringLiteral("schedule"), QStringLiteral("demo"), QStringLiteral("--pause"), id});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(m_world.fx.get(m_proxy + QStringLiteral("/repair_schedule/") + id).json().value(QLatin1String("state")).toString(),
                 QStringLiteral("PAUSED"));
        r = run({QStringLiteral("repair"), QStringLiteral("schedule"), QStringLiteral("demo")});
        QVERIFY2(r.out.contains(id) && r.out.contains(QLatin1String("3 day")), qPrintable(r.out));
        r = run({QStringLiteral("repair"), QStringLiteral("schedule"), QStringLiteral("demo"), QStringLiteral("--delete"), id, QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(m_world.fx.get(m_proxy + QStringLiteral("/repair_schedule/") + id).status, 404);
    }

    void dataApiTokenPrintsOnlyTheToken()
    {
        const Run r = run({QStringLiteral("data-api"), QStringLiteral("token"), QStringLiteral("demo")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject data = Op::getJson(m_world.fx, Op::path("v1", "secrets", QStringLiteral("demo-superuser"))).value(QLatin1String("data")).toObject();
        const QByteArray user = QByteArray::fromBase64(data.value(QLatin1String("username")).toString().toLatin1());
        const QByteArray password = QByteArray::fromBase64(data.value(QLatin1String("password")).toString().toLatin1());
        QCOMPARE(r.out, QStringLiteral("Cassandra:%1:%2\n").arg(QString::fromLatin1(user.toBase64()), QString::fromLatin1(password.toBase64())));
        QVERIFY(!r.out.contains(QString::fromUtf8(password)));
        QVERIFY(r.err.isEmpty());
        const Run denied = run({QStringLiteral("--context"), QStringLiteral("ringside-sandbox-viewer"), QStringLiteral("data-api"), QStringLiteral("token"),
                                QStringLiteral("demo")});
        QCOMPARE(denied.code, 1);
        QVERIFY(denied.out.isEmpty());
    }

    void dataApiEnableAndForward()
    {
        Run r = run({QStringLiteral("data-api"), QStringLiteral("enable"), QStringLiteral("demo")}, {QStringLiteral("RINGSIDE_READ_ONLY_CONTEXTS=ringside-sandbox")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("read-only")), qPrintable(r.err));
        QVERIFY(!Op::at(Op::getJson(m_world.fx, Op::mccPath(QStringLiteral("demo"))), QStringLiteral("spec.dataApi.enabled")).toBool());
        r = run({QStringLiteral("data-api"), QStringLiteral("enable"), QStringLiteral("demo"), QStringLiteral("--wait"), QStringLiteral("--timeout"),
                 QStringLiteral("30s")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QLatin1String("Data API ready: service demo-dc1-data-api")), qPrintable(r.out));
        QVERIFY(Op::at(Op::getJson(m_world.fx, Op::mccPath(QStringLiteral("demo"))), QStringLiteral("spec.dataApi.enabled")).toBool());

        // Forward to a free port, and call the Data API through it with the token while it runs.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        const QString token = run({QStringLiteral("data-api"), QStringLiteral("token"), QStringLiteral("demo")}).out.trimmed();
        QNetworkAccessManager nam;
        QByteArray answer;
        int status = 0;
        QTimer::singleShot(500, &nam, [&] {
            QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port)));
            request.setRawHeader("Token", token.toUtf8());
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            QNetworkReply *reply = nam.post(request, QByteArray("{\"findKeyspaces\":{}}"));
            QObject::connect(reply, &QNetworkReply::finished, &nam, [&, reply] {
                status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                answer = reply->readAll();
                reply->deleteLater();
            });
        });
        r = run({QStringLiteral("data-api"), QStringLiteral("forward"), QStringLiteral("demo"), QStringLiteral("--port"), QString::number(port),
                 QStringLiteral("--timeout"), QStringLiteral("3s")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Forwarding from 127.0.0.1:%1").arg(port)), qPrintable(r.out));
        QCOMPARE(status, 200);
        QVERIFY2(answer.contains("keyspaces"), answer.constData());
    }

    void exportWritesCleanFiles()
    {
        QTemporaryDir dir;
        const Run r = run({QStringLiteral("export"), QStringLiteral("demo"), QStringLiteral("--dir"), dir.path()});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QStringList files = QDir(dir.path()).entryList(QDir::Files);
        files.sort();
        QCOMPARE(files, (QStringList{QStringLiteral("kustomization.yaml"), QStringLiteral("missioncontrolcluster-demo.yaml"),
                                     QStringLiteral("reaper-demo-dc1-reaper.yaml"), QStringLiteral("secrets.yaml")}));
        for (const QString &name : files) {
            QFile f(QDir(dir.path()).filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const Yaml::ParseResult parsed = Yaml::parse(f.readAll());
            QVERIFY2(parsed.ok(), qPrintable(name));
            const QJsonObject doc = parsed.documents.value(0).toObject();
            QVERIFY2(!doc.contains(QLatin1String("status")), qPrintable(name));
            QVERIFY2(!doc.value(QLatin1String("metadata")).toObject().contains(QLatin1String("uid")), qPrintable(name));
        }
        const Run stdoutExport = run({QStringLiteral("export"), QStringLiteral("demo")});
        QCOMPARE(stdoutExport.code, 0);
        QCOMPARE(Yaml::parse(stdoutExport.out.toUtf8()).documents.size(), 2);
        QVERIFY2(stdoutExport.err.contains(QLatin1String("Secret demo-superuser is referenced")), qPrintable(stdoutExport.err));
    }

    void nodetoolTypedAndRaw()
    {
        Run r = run({QStringLiteral("nodetool"), QStringLiteral("demo"), QStringLiteral("demo-dc1-r1-sts-0"), QStringLiteral("-o"), QStringLiteral("json"),
                     QStringLiteral("--"), QStringLiteral("status")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QJsonObject status = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(status.value(QLatin1String("datacenters")).toArray().at(0).toObject().value(QLatin1String("nodes")).toArray().size(), 3);
        QCOMPARE(status.value(QLatin1String("source")).toString(), QStringLiteral("nodetool status on demo-dc1-r1-sts-0"));
        r = run({QStringLiteral("nodetool"), QStringLiteral("demo"), QStringLiteral("demo-dc1-r1-sts-0"), QStringLiteral("-o"), QStringLiteral("yaml"),
                 QStringLiteral("--"), QStringLiteral("describecluster")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(Yaml::parse(r.out.toUtf8()).ok());
        r = run({QStringLiteral("nodetool"), QStringLiteral("demo"), QStringLiteral("demo-dc1-r1-sts-0"), QStringLiteral("--"), QStringLiteral("status")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("Datacenter: dc1")) && r.out.count(QLatin1String("\nUN ")) == 3, qPrintable(r.out));
        r = run({QStringLiteral("nodetool"), QStringLiteral("demo"), QStringLiteral("nope-0"), QStringLiteral("--"), QStringLiteral("status")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("nope-0 is not a node of cluster demo")), qPrintable(r.err));
        r = run({QStringLiteral("nodetool"), QStringLiteral("demo"), QStringLiteral("demo-dc1-r1-sts-0"), QStringLiteral("-o"), QStringLiteral("json"),
                 QStringLiteral("--"), QStringLiteral("tpstats")});
        QCOMPARE(r.code, 1);
    }

    void cqlshAsSuperuser()
    {
        const QString alter = QStringLiteral("ALTER KEYSPACE system_auth WITH replication = {'class': 'NetworkTopologyStrategy', 'dc1': 3};");
        Run r = run({QStringLiteral("cqlsh"), QStringLiteral("demo"), QStringLiteral("-e"), alter});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        r = run({QStringLiteral("cqlsh"), QStringLiteral("demo"), QStringLiteral("--node"), QStringLiteral("demo-dc1-r2-sts-0"), QStringLiteral("-e"),
                 QStringLiteral("DESCRIBE KEYSPACE system_auth")});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("'dc1': '3'")), qPrintable(r.out + r.err));
        // A read-only context reads, and refuses to write before anything runs.
        r = run({QStringLiteral("cqlsh"), QStringLiteral("demo"), QStringLiteral("-e"), QStringLiteral("DESCRIBE KEYSPACES")},
                {QStringLiteral("RINGSIDE_READ_ONLY_CONTEXTS=ringside-sandbox")});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("system_auth")), qPrintable(r.out + r.err));
        r = run({QStringLiteral("cqlsh"), QStringLiteral("demo"), QStringLiteral("-e"),
                 QStringLiteral("SELECT * FROM system_schema.keyspaces; ALTER KEYSPACE system_auth WITH replication = {'class': 'NetworkTopologyStrategy', 'dc1': 1}")},
                {QStringLiteral("RINGSIDE_READ_ONLY_CONTEXTS=ringside-sandbox")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("ALTER refused")), qPrintable(r.err));
        r = run({QStringLiteral("cqlsh"), QStringLiteral("demo"), QStringLiteral("-e"), QStringLiteral("DESCRIBE KEYSPACE system_auth")});
        QVERIFY2(r.out.contains(QLatin1String("'dc1': '3'")), qPrintable(r.out)); // unchanged
    }

    void backupDelete()
    {
        const QString path = Op::path("medusa.k8ssandra.io/v1alpha1", "medusabackups");
        const HttpResponse created = m_world.fx.post(
            path, QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("medusa.k8ssandra.io/v1alpha1")},
                              {QStringLiteral("kind"), QStringLiteral("MedusaBackup")},
                              {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("old-backup")}}},
                              {QStringLiteral("spec"), QJsonObject{{QStringLiteral("cassandraDatacenter"), QStringLiteral("demo-dc1")},
                                                                   {QStringLiteral("backupType"), QStringLiteral("full")}}}});
        QVERIFY2(created.status == 201, created.body.constData());
        Run r = run({QStringLiteral("backup"), QStringLiteral("delete"), QStringLiteral("demo"), QStringLiteral("nope")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("cluster demo has no backup nope (its backups: old-backup)")), qPrintable(r.err));
        r = run({QStringLiteral("backup"), QStringLiteral("delete"), QStringLiteral("demo"), QStringLiteral("old-backup")});
        QCOMPARE(r.code, 3); // not confirmed
        QCOMPARE(m_world.fx.get(path + QStringLiteral("/old-backup")).status, 200);
        r = run({QStringLiteral("backup"), QStringLiteral("delete"), QStringLiteral("demo"), QStringLiteral("old-backup")},
                {QStringLiteral("RINGSIDE_READ_ONLY_CONTEXTS=ringside-sandbox")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("read-only")));
        r = run({QStringLiteral("backup"), QStringLiteral("delete"), QStringLiteral("demo"), QStringLiteral("old-backup"), QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(QTest::qWaitFor([&] { return m_world.fx.get(path + QStringLiteral("/old-backup")).status == 404; }, 5000));
        QVERIFY(historyText().contains(QLatin1String("Delete backup old-backup of cluster demo")));
    }
};

QTEST_GUILESS_MAIN(TestCliServices)
#include "tst_cli_services.moc"
