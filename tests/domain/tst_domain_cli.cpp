// ringsidectl cluster/backup/restore/history against the in-process sandbox with the simulated operators: the exact
// objects written, refusals before sending (read-only context, no permission), and the cluster becoming Ready.
#include "sandboxfixture.h"
#include "testsupport.h"

#include "command.h"

#include <QJsonArray>
#include <QStandardPaths>
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

const QString Ns = QStringLiteral("shop");

} // namespace

class TestDomainCli : public QObject
{
    Q_OBJECT
private:
    SandboxFixture m_fx;
    QString m_history;

    Run run(QStringList args, const QStringList &extraEnv = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KUBECONFIG"), m_fx.kubeconfigPath());
        env.insert(QStringLiteral("RINGSIDE_HISTORY_FILE"), m_history);
        for (const QString &e : extraEnv) {
            env.insert(e.section(u'=', 0, 0), e.section(u'=', 1));
        }
        Run r;
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        args << QStringLiteral("-n") << Ns;
        r.code = Cli::run(args, out, err, env);
        out.flush();
        err.flush();
        return r;
    }

    QJsonObject getObject(const QString &path) { return m_fx.get(path).json(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_fx.start(&error, [](Sandbox::Sandbox::Options &o) {
            o.simulation = true;
            o.pace = 50;
            o.seed = 7;
        }), qPrintable(error));
        const HttpResponse r = m_fx.post(QStringLiteral("/api/v1/namespaces"),
                                         QJsonObject{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), Ns}}}});
        QCOMPARE(r.status, 201);
        m_history = m_fx.tempPath(QStringLiteral("history.jsonl"));
    }

    void detect()
    {
        const Run r = run({QStringLiteral("cluster"), QStringLiteral("detect")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("Mission Control (missioncontrol.datastax.com/v1beta2)")), qPrintable(r.out));
    }

    void createValidationFailsBeforeSending()
    {
        const Run r = run({QStringLiteral("cluster"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Bad_Name"),
                           QStringLiteral("--version"), QStringLiteral("4.1.5"), QStringLiteral("--dc"), QStringLiteral("dc1:3"),
                           QStringLiteral("--storage-class"), QStringLiteral("gold")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("storage class \"gold\" does not exist (the cluster has: standard)")), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("DNS-1123")));
    }

    void createDryRunWritesNothing()
    {
        const Run r = run({QStringLiteral("cluster"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("demo"),
                           QStringLiteral("--version"), QStringLiteral("4.1.5"), QStringLiteral("--dc"), QStringLiteral("dc1:3"),
                           QStringLiteral("--storage-class"), QStringLiteral("standard"), QStringLiteral("--dry-run")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("(server dry run)")));
        QCOMPARE(m_fx.get(QStringLiteral("/apis/missioncontrol.datastax.com/v1beta2/namespaces/shop/missioncontrolclusters/demo")).status, 404);
    }

    void readOnlyContextRefuses()
    {
        const Run r = run({QStringLiteral("cluster"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("demo"),
                           QStringLiteral("--version"), QStringLiteral("4.1.5"), QStringLiteral("--dc"), QStringLiteral("dc1:3"),
                           QStringLiteral("--storage-class"), QStringLiteral("standard")},
                          {QStringLiteral("RINGSIDE_READ_ONLY_CONTEXTS=other,ringside-sandbox")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("context ringside-sandbox is marked read-only")), qPrintable(r.err));
        QCOMPARE(m_fx.get(QStringLiteral("/apis/missioncontrol.datastax.com/v1beta2/namespaces/shop/missioncontrolclusters/demo")).status, 404);
    }

    void noPermissionRefusesBeforeSending()
    {
        const Run r = run({QStringLiteral("--context"), QStringLiteral("ringside-sandbox-viewer"), QStringLiteral("cluster"), QStringLiteral("create"),
                           QStringLiteral("--name"), QStringLiteral("demo"), QStringLiteral("--version"), QStringLiteral("4.1.5"),
                           QStringLiteral("--dc"), QStringLiteral("dc1:3"), QStringLiteral("--storage-class"), QStringLiteral("standard")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("you may not create missioncontrolclusters.missioncontrol.datastax.com in namespace shop")),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("nothing was sent")));
    }

    void createAndWaitReady()
    {
        const Run r = run({QStringLiteral("cluster"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("demo"),
                           QStringLiteral("--version"), QStringLiteral("4.1.5"), QStringLiteral("--dc"), QStringLiteral("dc1:3"),
                           QStringLiteral("--storage-class"), QStringLiteral("standard"), QStringLiteral("--wait"), QStringLiteral("--timeout"),
                           QStringLiteral("30s")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QJsonObject mcc = getObject(QStringLiteral("/apis/missioncontrol.datastax.com/v1beta2/namespaces/shop/missioncontrolclusters/demo"));
        const QJsonObject cassandra = mcc.value(QLatin1String("spec")).toObject().value(QLatin1String("k8ssandra")).toObject()
                                          .value(QLatin1String("cassandra")).toObject();
        QCOMPARE(cassandra.value(QLatin1String("serverVersion")).toString(), QStringLiteral("4.1.5"));
        const QJsonObject dc = cassandra.value(QLatin1String("datacenters")).toArray().at(0).toObject();
        QCOMPARE(dc.value(QLatin1String("size")).toInt(), 3);
        QCOMPARE(dc.value(QLatin1String("datacenterName")).toString(), QStringLiteral("dc1"));
        QVERIFY2(r.out.contains(QLatin1String("Succeeded 3/3")), qPrintable(r.out));
        const Run status = run({QStringLiteral("cluster"), QStringLiteral("status"), QStringLiteral("demo")});
        QCOMPARE(status.code, 0);
        QVERIFY2(status.out.contains(QLatin1String("phase Ready")), qPrintable(status.out));
        QCOMPARE(status.out.count(QLatin1String("\nUN ")), 3);
        const Run list = run({QStringLiteral("cluster"), QStringLiteral("list")});
        QVERIFY2(list.out.contains(QLatin1String("3/3")), qPrintable(list.out));
    }

    void scaleWritesTheManifest()
    {
        const Run r = run({QStringLiteral("cluster"), QStringLiteral("scale"), QStringLiteral("demo"), QStringLiteral("--dc"), QStringLiteral("dc1"),
                           QStringLiteral("--size"), QStringLiteral("4"), QStringLiteral("--wait"), QStringLiteral("--timeout"), QStringLiteral("30s")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QJsonObject mcc = getObject(QStringLiteral("/apis/missioncontrol.datastax.com/v1beta2/namespaces/shop/missioncontrolclusters/demo"));
        QCOMPARE(mcc.value(QLatin1String("spec")).toObject().value(QLatin1String("k8ssandra")).toObject().value(QLatin1String("cassandra")).toObject()
                     .value(QLatin1String("datacenters")).toArray().at(0).toObject().value(QLatin1String("size")).toInt(),
                 4);
        QVERIFY2(r.out.contains(QLatin1String("Succeeded 4/4")), qPrintable(r.out));
        // Applying only serverVersion must not drop the datacenters an earlier apply set (one field manager per kind).
        const Run up = run({QStringLiteral("cluster"), QStringLiteral("upgrade"), QStringLiteral("demo"), QStringLiteral("--version"), QStringLiteral("4.1.8")});
        QVERIFY2(up.code == 0, qPrintable(up.out + up.err));
        const QJsonObject after = getObject(QStringLiteral("/apis/missioncontrol.datastax.com/v1beta2/namespaces/shop/missioncontrolclusters/demo"))
                                      .value(QLatin1String("spec")).toObject().value(QLatin1String("k8ssandra")).toObject()
                                      .value(QLatin1String("cassandra")).toObject();
        QCOMPARE(after.value(QLatin1String("serverVersion")).toString(), QStringLiteral("4.1.8"));
        QCOMPARE(after.value(QLatin1String("datacenters")).toArray().at(0).toObject().value(QLatin1String("size")).toInt(), 4);
        QCOMPARE(after.value(QLatin1String("storageConfig")).toObject().value(QLatin1String("cassandraDataVolumeClaimSpec")).toObject()
                     .value(QLatin1String("storageClassName")).toString(), QStringLiteral("standard"));
    }

    void taskAndBackupObjects()
    {
        Run r = run({QStringLiteral("cluster"), QStringLiteral("task"), QStringLiteral("demo"), QStringLiteral("cleanup"), QStringLiteral("--name"),
                     QStringLiteral("cleanup-1")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QJsonObject task = getObject(QStringLiteral("/apis/control.k8ssandra.io/v1alpha1/namespaces/shop/cassandratasks/cleanup-1"));
        QCOMPARE(task.value(QLatin1String("spec")).toObject().value(QLatin1String("jobs")).toArray().at(0).toObject().value(QLatin1String("command")).toString(),
                 QStringLiteral("cleanup"));
        QCOMPARE(task.value(QLatin1String("spec")).toObject().value(QLatin1String("datacenter")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("demo-dc1"));
        r = run({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("demo"), QStringLiteral("--type"), QStringLiteral("full"),
                 QStringLiteral("--name"), QStringLiteral("b1")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QJsonObject job = getObject(QStringLiteral("/apis/medusa.k8ssandra.io/v1alpha1/namespaces/shop/medusabackupjobs/b1"));
        QCOMPARE(job.value(QLatin1String("spec")).toObject().value(QLatin1String("backupType")).toString(), QStringLiteral("full"));
        r = run({QStringLiteral("backup"), QStringLiteral("schedule"), QStringLiteral("demo"), QStringLiteral("--cron"), QStringLiteral("0 2 * * *")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QLatin1String("next run")));
        QCOMPARE(m_fx.get(QStringLiteral("/apis/medusa.k8ssandra.io/v1alpha1/namespaces/shop/medusabackupschedules/demo-backups")).status, 200);
        // Destructive without --yes and without a terminal: not confirmed, nothing sent.
        r = run({QStringLiteral("restore"), QStringLiteral("demo"), QStringLiteral("--backup"), QStringLiteral("b1")});
        QCOMPARE(r.code, 3);
        QCOMPARE(m_fx.get(QStringLiteral("/apis/medusa.k8ssandra.io/v1alpha1/namespaces/shop/medusarestorejobs")).json().value(QLatin1String("items")).toArray().size(), 0);
    }

    void historyRecorded()
    {
        const Run r = run({QStringLiteral("history"), QStringLiteral("-o"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("\"result\": \"refused\"")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("\"result\": \"dry-run\"")));
        QVERIFY(r.out.contains(QLatin1String("\"result\": \"succeeded\"")));
        QVERIFY(r.out.contains(QLatin1String("\"operation\": \"scale\"")));
        QVERIFY(r.out.contains(QLatin1String("\"result\": \"not-confirmed\"")));
    }
};

QTEST_GUILESS_MAIN(TestDomainCli)
#include "tst_domain_cli.moc"
