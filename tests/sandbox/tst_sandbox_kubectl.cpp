// kubectl 1.32 against the in-process sandbox: what a DBA does with it must work as on a real cluster.
#include "crudhelpers.h"
#include "sandboxfixture.h"
#include "testsupport.h"

#include "stream/podruntime.h"

#include <QFile>
#include <QJsonArray>
#include <QTimer>
#include <QtTest>

using namespace Ringside;
using namespace Ringside::Test;

class TestSandboxKubectl : public QObject
{
    Q_OBJECT
private:
    SandboxFixture m_fixture;

    KubectlResult run(const QStringList &args, const QByteArray &input = {}, const QStringList &env = {})
    {
        return m_fixture.kubectl(args, input, 60000, env);
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_fixture.tempPath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly)) {
            f.write(content);
        }
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        RINGSIDE_REQUIRE_KUBECTL();
        QString error;
        QVERIFY2(m_fixture.start(&error), qPrintable(error));
        const KubectlResult version = run({QStringLiteral("version"), QStringLiteral("-o"), QStringLiteral("json")});
        QVERIFY2(version.exitCode == 0, qPrintable(version.describe()));
        QCOMPARE(QJsonDocument::fromJson(version.out)
                     .object()
                     .value(QLatin1String("serverVersion"))
                     .toObject()
                     .value(QLatin1String("gitVersion"))
                     .toString(),
                 QStringLiteral("v1.32.0"));
    }

    void createWithTypedClients()
    {
        // kubectl's typed clients send protobuf bodies.
        for (const QStringList &args :
             {QStringList{QStringLiteral("create"), QStringLiteral("namespace"), QStringLiteral("dbas")},
              QStringList{QStringLiteral("create"), QStringLiteral("configmap"), QStringLiteral("settings"),
                          QStringLiteral("--from-literal=a=1"), QStringLiteral("-n"), QStringLiteral("dbas")},
              QStringList{QStringLiteral("create"), QStringLiteral("secret"), QStringLiteral("generic"),
                          QStringLiteral("creds"), QStringLiteral("--from-literal=password=s3cr3t"),
                          QStringLiteral("-n"), QStringLiteral("dbas")},
              QStringList{QStringLiteral("create"), QStringLiteral("deployment"), QStringLiteral("web"),
                          QStringLiteral("--image=nginx:1.27"), QStringLiteral("--replicas=2"), QStringLiteral("-n"),
                          QStringLiteral("dbas")},
              QStringList{QStringLiteral("create"), QStringLiteral("service"), QStringLiteral("clusterip"),
                          QStringLiteral("web"), QStringLiteral("--tcp=80:8080"), QStringLiteral("-n"),
                          QStringLiteral("dbas")},
              QStringList{QStringLiteral("run"), QStringLiteral("shell"), QStringLiteral("--image=busybox:1.36"),
                          QStringLiteral("-n"), QStringLiteral("dbas"), QStringLiteral("--env=MODE=test")}}) {
            const KubectlResult r = run(args);
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        }
        const QJsonObject secret = m_fixture.get(QStringLiteral("/api/v1/namespaces/dbas/secrets/creds")).json();
        QCOMPARE(
            QByteArray::fromBase64(
                secret.value(QLatin1String("data")).toObject().value(QLatin1String("password")).toString().toLatin1()),
            QByteArray("s3cr3t"));
        const QJsonObject deployment
            = m_fixture.get(QStringLiteral("/apis/apps/v1/namespaces/dbas/deployments/web")).json();
        QCOMPARE(deployment.value(QLatin1String("spec")).toObject().value(QLatin1String("replicas")).toInt(), 2);
        QCOMPARE(deployment.value(QLatin1String("spec"))
                     .toObject()
                     .value(QLatin1String("selector"))
                     .toObject()
                     .value(QLatin1String("matchLabels"))
                     .toObject()
                     .value(QLatin1String("app"))
                     .toString(),
                 QStringLiteral("web"));
        const QJsonObject service = m_fixture.get(QStringLiteral("/api/v1/namespaces/dbas/services/web")).json();
        QCOMPARE(service.value(QLatin1String("spec"))
                     .toObject()
                     .value(QLatin1String("ports"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("targetPort"))
                     .toInt(),
                 8080);
        const QJsonObject pod = m_fixture.get(QStringLiteral("/api/v1/namespaces/dbas/pods/shell")).json();
        QCOMPARE(pod.value(QLatin1String("spec"))
                     .toObject()
                     .value(QLatin1String("containers"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("env"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("value"))
                     .toString(),
                 QStringLiteral("test"));
    }

    void getFormats()
    {
        const KubectlResult wide = run({QStringLiteral("get"), QStringLiteral("deploy"), QStringLiteral("-n"),
                                        QStringLiteral("dbas"), QStringLiteral("-o"), QStringLiteral("wide")});
        QVERIFY2(wide.exitCode == 0, qPrintable(wide.describe()));
        const QList<QByteArray> lines = wide.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).simplified(),
                 QByteArray("NAME READY UP-TO-DATE AVAILABLE AGE CONTAINERS IMAGES SELECTOR"));
        QVERIFY(lines.at(1).simplified().startsWith("web 0/2 0 0 "));
        QVERIFY(lines.at(1).simplified().endsWith(" nginx nginx:1.27 app=web"));

        const KubectlResult yaml
            = run({QStringLiteral("get"), QStringLiteral("cm"), QStringLiteral("settings"), QStringLiteral("-n"),
                   QStringLiteral("dbas"), QStringLiteral("-o"), QStringLiteral("yaml")});
        QVERIFY2(yaml.out.contains("kind: ConfigMap") && yaml.out.contains("  a: \"1\""), qPrintable(yaml.describe()));
        const KubectlResult json = run({QStringLiteral("get"), QStringLiteral("ns"), QStringLiteral("dbas"),
                                        QStringLiteral("-o"), QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(json.out)
                     .object()
                     .value(QLatin1String("status"))
                     .toObject()
                     .value(QLatin1String("phase"))
                     .toString(),
                 QStringLiteral("Active"));
        const KubectlResult all = run({QStringLiteral("get"), QStringLiteral("cm"), QStringLiteral("-A"),
                                       QStringLiteral("-l"), QStringLiteral("!nothing")});
        QVERIFY(all.out.startsWith("NAMESPACE "));
        QVERIFY(all.out.contains("dbas ") && all.out.contains("kube-system "));
        const KubectlResult labelled
            = run({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-A"), QStringLiteral("-l"),
                   QStringLiteral("run=shell"), QStringLiteral("-o"), QStringLiteral("name")});
        QCOMPARE(labelled.out, QByteArray("pod/shell\n"));
        const KubectlResult crds = run({QStringLiteral("get"), QStringLiteral("cassdc"), QStringLiteral("-A")});
        QVERIFY2(crds.exitCode == 0, qPrintable(crds.describe()));
        QCOMPARE(crds.err.trimmed(), QByteArray("No resources found"));
    }

    void watchStreamsChanges()
    {
        QTimer::singleShot(1500, this, [this] {
            m_fixture.post(QStringLiteral("/api/v1/namespaces/dbas/configmaps"), configMap(QStringLiteral("appeared")));
        });
        const KubectlResult r
            = run({QStringLiteral("get"), QStringLiteral("cm"), QStringLiteral("-n"), QStringLiteral("dbas"),
                   QStringLiteral("-w"), QStringLiteral("--request-timeout=4s")});
        QVERIFY2(r.out.contains("settings") && r.out.contains("appeared"), qPrintable(r.describe()));
        QCOMPARE(r.out.count("NAME "), 1);
    }

    void serverSideAndClientSideApply()
    {
        const QString file = writeFile(
            QStringLiteral("app.yaml"),
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: applied\n  namespace: dbas\ndata:\n  level: "
            "\"1\"\n---\n"
            "apiVersion: cassandra.datastax.com/v1beta1\nkind: CassandraDatacenter\nmetadata:\n  name: dc1\n  "
            "namespace: dbas\n"
            "spec:\n  clusterName: demo\n  serverType: cassandra\n  serverVersion: 4.1.5\n  size: 3\n  storageConfig:\n"
            "    cassandraDataVolumeClaimSpec:\n      accessModes: [ReadWriteOnce]\n");
        KubectlResult r = run({QStringLiteral("apply"), QStringLiteral("--server-side"), QStringLiteral("-f"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.out,
                 QByteArray("configmap/applied serverside-applied\ncassandradatacenter.cassandra.datastax.com/dc1 "
                            "serverside-applied\n"));
        const KubectlResult tooMuch
            = run({QStringLiteral("apply"), QStringLiteral("--server-side"), QStringLiteral("--field-manager=other"),
                   QStringLiteral("-f"),
                   writeFile(QStringLiteral("other.yaml"),
                             "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: applied\n  namespace: dbas\n"
                             "data:\n  level: \"2\"\n")});
        QVERIFY(tooMuch.exitCode != 0);
        QVERIFY2(tooMuch.err.contains("conflict with \"kubectl\"") && tooMuch.err.contains(".data.level"),
                 qPrintable(tooMuch.describe()));

        const QString small = writeFile(QStringLiteral("small.yaml"),
                                        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: csa\n  namespace: dbas\n"
                                        "data:\n  x: \"1\"\n  y: \"2\"\n");
        r = run({QStringLiteral("apply"), QStringLiteral("-f"), small});
        QVERIFY2(r.out == "configmap/csa created\n", qPrintable(r.describe()));
        writeFile(QStringLiteral("small.yaml"),
                  "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: csa\n  namespace: dbas\ndata:\n  x: \"3\"\n");
        r = run({QStringLiteral("apply"), QStringLiteral("-f"), small});
        QVERIFY2(r.out == "configmap/csa configured\n", qPrintable(r.describe()));
        QCOMPARE(m_fixture.get(QStringLiteral("/api/v1/namespaces/dbas/configmaps/csa"))
                     .json()
                     .value(QLatin1String("data"))
                     .toObject(),
                 (QJsonObject{{QStringLiteral("x"), QStringLiteral("3")}}));
        r = run({QStringLiteral("apply"), QStringLiteral("-f"), small});
        QCOMPARE(r.out, QByteArray("configmap/csa unchanged\n"));
    }

    void diff()
    {
        const QString file = writeFile(QStringLiteral("diff.yaml"),
                                       "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: csa\n  namespace: dbas\n"
                                       "data:\n  x: \"4\"\n");
        const KubectlResult r = run({QStringLiteral("diff"), QStringLiteral("-f"), file});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("-  x: \"3\"") && r.out.contains("+  x: \"4\""), qPrintable(r.describe()));
        QCOMPARE(m_fixture.get(QStringLiteral("/api/v1/namespaces/dbas/configmaps/csa"))
                     .json()
                     .value(QLatin1String("data"))
                     .toObject()
                     .value(QLatin1String("x"))
                     .toString(),
                 QStringLiteral("3"));
    }

    void editThroughKubeEditor()
    {
        const QString editor
            = writeFile(QStringLiteral("editor.sh"), "#!/bin/sh\nsed -i 's/replicas: 2/replicas: 5/' \"$1\"\n");
        QFile::setPermissions(editor, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const KubectlResult r = run(
            {QStringLiteral("edit"), QStringLiteral("deployment/web"), QStringLiteral("-n"), QStringLiteral("dbas")},
            {}, {QStringLiteral("KUBE_EDITOR=") + editor});
        QVERIFY2(r.exitCode == 0 && r.out.contains("deployment.apps/web edited"), qPrintable(r.describe()));
        const QJsonObject d = m_fixture.get(QStringLiteral("/apis/apps/v1/namespaces/dbas/deployments/web")).json();
        QCOMPARE(d.value(QLatin1String("spec")).toObject().value(QLatin1String("replicas")).toInt(), 5);
        bool editManager = false;
        for (const QJsonValue &e : metaOf(d).value(QLatin1String("managedFields")).toArray()) {
            editManager = editManager || e.toObject().value(QLatin1String("manager")) == QLatin1String("kubectl-edit");
        }
        QVERIFY(editManager);
    }

    void patchKinds()
    {
        KubectlResult r = run({QStringLiteral("patch"), QStringLiteral("deployment"), QStringLiteral("web"),
                               QStringLiteral("-n"), QStringLiteral("dbas"), QStringLiteral("-p"),
                               QStringLiteral("{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"nginx\","
                                              "\"image\":\"nginx:1.28\"}]}}}}")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = run({QStringLiteral("patch"), QStringLiteral("cm"), QStringLiteral("csa"), QStringLiteral("-n"),
                 QStringLiteral("dbas"), QStringLiteral("--type=merge"), QStringLiteral("-p"),
                 QStringLiteral("{\"data\":{\"z\":\"9\"}}")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = run({QStringLiteral("patch"), QStringLiteral("cm"), QStringLiteral("csa"), QStringLiteral("-n"),
                 QStringLiteral("dbas"), QStringLiteral("--type=json"), QStringLiteral("-p"),
                 QStringLiteral("[{\"op\":\"remove\",\"path\":\"/data/x\"}]")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(m_fixture.get(QStringLiteral("/api/v1/namespaces/dbas/configmaps/csa"))
                     .json()
                     .value(QLatin1String("data"))
                     .toObject(),
                 (QJsonObject{{QStringLiteral("z"), QStringLiteral("9")}}));
        const QJsonObject d = m_fixture.get(QStringLiteral("/apis/apps/v1/namespaces/dbas/deployments/web")).json();
        QCOMPARE(d.value(QLatin1String("spec"))
                     .toObject()
                     .value(QLatin1String("template"))
                     .toObject()
                     .value(QLatin1String("spec"))
                     .toObject()
                     .value(QLatin1String("containers"))
                     .toArray()
                     .size(),
                 1);
        r = run({QStringLiteral("patch"), QStringLiteral("cm"), QStringLiteral("csa"), QStringLiteral("-n"),
                 QStringLiteral("dbas"), QStringLiteral("--type=json"), QStringLiteral("-p"),
                 QStringLiteral("[{\"op\":\"test\",\"path\":\"/data/z\",\"value\":\"0\"}]")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("testing value /data/z failed"), qPrintable(r.describe()));
        r = run({QStringLiteral("scale"), QStringLiteral("deployment/web"), QStringLiteral("-n"),
                 QStringLiteral("dbas"), QStringLiteral("--replicas=1")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(m_fixture.get(QStringLiteral("/apis/apps/v1/namespaces/dbas/deployments/web"))
                     .json()
                     .value(QLatin1String("spec"))
                     .toObject()
                     .value(QLatin1String("replicas"))
                     .toInt(),
                 1);
    }

    void deleteCascades()
    {
        for (const char *mode : {"orphan", "foreground", "background"}) {
            const QString name = QStringLiteral("owner-") + QLatin1String(mode);
            QCOMPARE(
                m_fixture.post(QStringLiteral("/apis/apps/v1/namespaces/dbas/deployments"), deployment(name, 1)).status,
                201);
            const QJsonObject owner
                = m_fixture.get(QStringLiteral("/apis/apps/v1/namespaces/dbas/deployments/") + name).json();
            const QJsonObject ref{{QStringLiteral("apiVersion"), QStringLiteral("apps/v1")},
                                  {QStringLiteral("kind"), QStringLiteral("Deployment")},
                                  {QStringLiteral("name"), name},
                                  {QStringLiteral("uid"), metaOf(owner).value(QLatin1String("uid"))}};
            QCOMPARE(m_fixture
                         .post(QStringLiteral("/api/v1/namespaces/dbas/configmaps"),
                               configMap(name + QLatin1String("-part"), {},
                                         {{QStringLiteral("ownerReferences"), QJsonArray{ref}}}))
                         .status,
                     201);
            const KubectlResult r
                = run({QStringLiteral("delete"), QStringLiteral("deployment"), name, QStringLiteral("-n"),
                       QStringLiteral("dbas"), QStringLiteral("--cascade=") + QLatin1String(mode)});
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
            QVERIFY(QTest::qWaitFor(
                [&] {
                    return m_fixture.get(QStringLiteral("/apis/apps/v1/namespaces/dbas/deployments/") + name).status
                           == 404;
                },
                5000));
            const bool survives = QByteArray(mode) == "orphan";
            QVERIFY2(QTest::qWaitFor(
                         [&] {
                             return (m_fixture
                                         .get(QStringLiteral("/api/v1/namespaces/dbas/configmaps/") + name
                                              + QLatin1String("-part"))
                                         .status
                                     == 200)
                                    == survives;
                         },
                         5000),
                     mode);
        }
    }

    void logsFollowAndExec()
    {
        const QString statusPatch = QStringLiteral("{\"spec\":{}}");
        Q_UNUSED(statusPatch)
        QCOMPARE(m_fixture
                     .patch(QStringLiteral("/api/v1/namespaces/dbas/pods/shell"),
                            "[{\"op\":\"add\",\"path\":\"/spec/nodeName\",\"value\":\"ringside-sandbox\"}]",
                            "application/json-patch+json")
                     .status,
                 422);
        // nodeName is immutable on an existing pod; schedule through a fresh pod.
        QCOMPARE(m_fixture
                     .post(QStringLiteral("/api/v1/namespaces/dbas/pods"),
                           pod(QStringLiteral("node1"),
                               {container(QStringLiteral("cassandra"), QStringLiteral("cassandra:4.1"))}, {},
                               {{QStringLiteral("nodeName"), QStringLiteral("ringside-sandbox")}}))
                     .status,
                 201);
        QCOMPARE(m_fixture
                     .patch(QStringLiteral("/api/v1/namespaces/dbas/pods/node1/status"),
                            "{\"status\":{\"phase\":\"Running\",\"containerStatuses\":[{\"name\":\"cassandra\","
                            "\"ready\":true,\"restartCount\":0,"
                            "\"image\":\"cassandra:4.1\",\"imageID\":\"\",\"state\":{\"running\":{}}}]}}",
                            "application/merge-patch+json")
                     .status,
                 200);
        Sandbox::ContainerLog *log = m_fixture.sandbox()->runtime()->log(
            QStringLiteral("dbas"), QStringLiteral("node1"), QStringLiteral("cassandra"));
        log->append("INFO Starting Cassandra\n");
        QTimer::singleShot(1000, this, [log] {
            log->append("INFO Startup complete\n");
            log->close();
        });
        KubectlResult r = run({QStringLiteral("logs"), QStringLiteral("-f"), QStringLiteral("node1"),
                               QStringLiteral("-n"), QStringLiteral("dbas")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.out, QByteArray("INFO Starting Cassandra\nINFO Startup complete\n"));
        r = run({QStringLiteral("exec"), QStringLiteral("node1"), QStringLiteral("-n"), QStringLiteral("dbas"),
                 QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                 QStringLiteral("echo ready && hostname")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.out, QByteArray("ready\nnode1\n"));
        r = run({QStringLiteral("exec"), QStringLiteral("node1"), QStringLiteral("-n"), QStringLiteral("dbas"),
                 QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("exit 7")});
        QCOMPARE(r.exitCode, 7);
        r = run({QStringLiteral("exec"), QStringLiteral("-i"), QStringLiteral("node1"), QStringLiteral("-n"),
                 QStringLiteral("dbas"), QStringLiteral("--"), QStringLiteral("cat")},
                "piped through\n");
        QCOMPARE(r.out, QByteArray("piped through\n"));
    }

    void discoveryCommands()
    {
        KubectlResult r = run({QStringLiteral("api-resources")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.contains("cassandradatacenters") && r.out.contains("cassdc,cassdcs")
                && r.out.contains("missioncontrolclusters"));
        r = run({QStringLiteral("api-resources"), QStringLiteral("--api-group=apps"), QStringLiteral("-o"),
                 QStringLiteral("name")});
        QCOMPARE(r.out, QByteArray("deployments.apps\nstatefulsets.apps\n"));
        r = run({QStringLiteral("explain"), QStringLiteral("deployment.spec.replicas")});
        QVERIFY2(r.exitCode == 0 && r.out.contains("FIELD: replicas <integer>"), qPrintable(r.describe()));
        r = run({QStringLiteral("explain"), QStringLiteral("k8ssandracluster.spec")});
        QVERIFY2(r.exitCode == 0 && r.out.contains("KIND:       K8ssandraCluster"), qPrintable(r.describe()));
        r = run({QStringLiteral("auth"), QStringLiteral("can-i"), QStringLiteral("delete"), QStringLiteral("pods"),
                 QStringLiteral("-n"), QStringLiteral("dbas")});
        QCOMPARE(r.out, QByteArray("yes\n"));
        r = run({QStringLiteral("auth"), QStringLiteral("can-i"), QStringLiteral("delete"), QStringLiteral("pods"),
                 QStringLiteral("--context=ringside-sandbox-viewer")});
        QCOMPARE(r.out, QByteArray("no\n"));
        QCOMPARE(r.exitCode, 1);
        r = run({QStringLiteral("auth"), QStringLiteral("can-i"), QStringLiteral("list"),
                 QStringLiteral("cassandradatacenters"), QStringLiteral("--context=ringside-sandbox-viewer")});
        QCOMPARE(r.out, QByteArray("yes\n"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxKubectl)
#include "tst_sandbox_kubectl.moc"
