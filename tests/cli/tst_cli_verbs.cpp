// ringsidectl's cluster verbs against an in-process ringside-sandbox, byte for byte against kubectl 1.32 on the
// same kubeconfig and the same objects (ages masked). Both programs run at the same time on the same server.
#include "crudhelpers.h"
#include "sandboxfixture.h"
#include "testsupport.h"

#include "stream/podruntime.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QtTest>

using namespace Ringside;
using namespace Ringside::Test;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

/*! "get cm -n x" as arguments; '|' stands for a space inside one argument. */
QStringList words(const char *line)
{
    QStringList list = QString::fromUtf8(line).split(u' ', Qt::SkipEmptyParts);
    for (QString &w : list) {
        w.replace(u'|', u' ');
    }
    return list;
}

/*! Ages as the server writes them (5s, 3m10s, 2d) become AGE; widths stay equal while the test runs (< 100 s). */
QByteArray masked(const QByteArray &text)
{
    static const QRegularExpression age(QStringLiteral("\\b(\\d+[smhdy])+\\b"));
    static const QRegularExpression stamp(QStringLiteral("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z"));
    static const QRegularExpression uid(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    QString s = QString::fromUtf8(text);
    s.replace(age, QStringLiteral("AGE"));
    s.replace(stamp, QStringLiteral("TIME"));
    s.replace(uid, QStringLiteral("UID"));
    return s.toUtf8();
}

} // namespace

class TestCliVerbs : public QObject
{
    Q_OBJECT
private:
    SandboxFixture m_fixture;
    QString m_home;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KUBECONFIG"), m_fixture.kubeconfigPath());
        env.insert(QStringLiteral("HOME"), m_home);
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home + QLatin1String("/.cache"));
        env.insert(QStringLiteral("KUBECACHEDIR"), m_home + QLatin1String("/kubecache"));
        env.remove(QStringLiteral("KUBECTL_KUBERC"));
        return env;
    }

    /*! Starts both programs with \a args (and \a input on stdin), keeps the sandbox serving, waits for both. */
    std::pair<Run, Run> runBoth(const QStringList &args, const QByteArray &input = {}, const QStringList &kubectlOnly = {},
                                int timeoutMs = 30000)
    {
        QProcess theirs;
        QProcess ours;
        for (QProcess *p : {&theirs, &ours}) {
            p->setProcessEnvironment(environment());
        }
        theirs.start(Test::kubectl(), args + kubectlOnly);
        ours.start(Test::binPath(QStringLiteral("ringsidectl")), args);
        for (QProcess *p : {&theirs, &ours}) {
            p->waitForStarted(5000);
            p->write(input);
            p->closeWriteChannel();
        }
        const bool finished = QTest::qWaitFor([&] { return theirs.state() == QProcess::NotRunning && ours.state() == QProcess::NotRunning; }, timeoutMs);
        Q_UNUSED(finished) // a hung program is killed below and fails the comparison
        const auto result = [](QProcess &p) {
            if (p.state() != QProcess::NotRunning) {
                p.kill();
                p.waitForFinished(2000);
            }
            return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
        };
        return {result(theirs), result(ours)};
    }

    Run runOurs(const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(Test::binPath(QStringLiteral("ringsidectl")), args);
        p.waitForStarted(5000);
        p.write(input);
        p.closeWriteChannel();
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 30000)) {
            p.kill();
            p.waitForFinished(2000);
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
    }

    /*! Compares stdout, stderr (when \a compareErr) and the exit code. */
    static void compare(const std::pair<Run, Run> &r, bool compareErr = true)
    {
        const Run &theirs = r.first;
        const Run &ours = r.second;
        QCOMPARE(QString::fromUtf8(masked(ours.out)), QString::fromUtf8(masked(theirs.out)));
        if (compareErr) {
            QCOMPARE(QString::fromUtf8(masked(ours.err)).replace(QLatin1String("ringsidectl"), QLatin1String("kubectl")),
                     QString::fromUtf8(masked(theirs.err)));
        }
        QCOMPARE(ours.code, theirs.code);
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_fixture.tempPath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            f.write(content);
        }
        return path;
    }

    void create(const QString &collection, const QJsonObject &object)
    {
        const HttpResponse r = m_fixture.post(collection, object);
        QVERIFY2(r.status == 201, r.body.constData());
    }

    void runningPod(const QString &ns, const QString &name, const QStringList &containers, const QJsonObject &labels)
    {
        QJsonArray specs;
        QJsonArray statuses;
        for (const QString &c : containers) {
            specs.append(container(c, QStringLiteral("busybox:1.36")));
            statuses.append(QJsonObject{{QStringLiteral("name"), c},
                                        {QStringLiteral("ready"), true},
                                        {QStringLiteral("restartCount"), 0},
                                        {QStringLiteral("image"), QStringLiteral("busybox:1.36")},
                                        {QStringLiteral("imageID"), QString()},
                                        {QStringLiteral("state"), QJsonObject{{QStringLiteral("running"), QJsonObject()}}}});
        }
        create(QStringLiteral("/api/v1/namespaces/") + ns + QLatin1String("/pods"),
               pod(name, specs, {{QStringLiteral("labels"), labels}}, {{QStringLiteral("nodeName"), QStringLiteral("ringside-sandbox")}}));
        const QJsonObject status{{QStringLiteral("status"), QJsonObject{{QStringLiteral("phase"), QStringLiteral("Running")},
                                                                        {QStringLiteral("podIP"), QStringLiteral("10.244.1.7")},
                                                                        {QStringLiteral("containerStatuses"), statuses}}}};
        const HttpResponse r = m_fixture.patch(QStringLiteral("/api/v1/namespaces/") + ns + QLatin1String("/pods/") + name + QLatin1String("/status"),
                                               QJsonDocument(status).toJson(QJsonDocument::Compact), "application/merge-patch+json");
        QVERIFY2(r.status == 200, r.body.constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        RINGSIDE_REQUIRE_KUBECTL();
        QString error;
        QVERIFY2(m_fixture.start(&error), qPrintable(error));
        m_home = m_fixture.tempPath(QStringLiteral("home"));
        QVERIFY(QDir().mkpath(m_home));
        for (const char *ns : {"parity-a", "parity-b", "parity-empty", "apply-k", "apply-r"}) {
            create(QStringLiteral("/api/v1/namespaces"),
                   {{QStringLiteral("apiVersion"), QStringLiteral("v1")}, {QStringLiteral("kind"), QStringLiteral("Namespace")},
                    {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QLatin1String(ns)}}}});
        }
        const QJsonObject db{{QStringLiteral("tier"), QStringLiteral("db")}};
        create(QStringLiteral("/api/v1/namespaces/parity-a/configmaps"),
               configMap(QStringLiteral("one"), {{QStringLiteral("a"), QStringLiteral("1")}, {QStringLiteral("html"), QStringLiteral("<b>&amp;</b>")}},
                         {{QStringLiteral("labels"), db}}));
        create(QStringLiteral("/api/v1/namespaces/parity-a/configmaps"),
               configMap(QStringLiteral("a-rather-long-configmap-name"), {{QStringLiteral("x"), QStringLiteral("multi\nline")}}));
        create(QStringLiteral("/api/v1/namespaces/parity-b/configmaps"), configMap(QStringLiteral("two"), {}, {{QStringLiteral("labels"), db}}));
        create(QStringLiteral("/apis/apps/v1/namespaces/parity-b/deployments"), deployment(QStringLiteral("web"), 2));
        runningPod(QStringLiteral("parity-a"), QStringLiteral("logger"), {QStringLiteral("main")}, {{QStringLiteral("app"), QStringLiteral("logger")}});
        runningPod(QStringLiteral("parity-a"), QStringLiteral("duo"), {QStringLiteral("first"), QStringLiteral("second")},
                   {{QStringLiteral("app"), QStringLiteral("duo")}});
        Sandbox::PodRuntime *runtime = m_fixture.sandbox()->runtime();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Sandbox::ContainerLog *log = runtime->log(QStringLiteral("parity-a"), QStringLiteral("logger"), QStringLiteral("main"));
        log->append("started two hours ago\nstill early\n", now.addSecs(-7200));
        log->append("half an hour ago\n", now.addSecs(-1800));
        for (int i = 1; i <= 15; ++i) {
            log->append("recent line " + QByteArray::number(i) + '\n', now.addSecs(-60 + i));
        }
        runtime->log(QStringLiteral("parity-a"), QStringLiteral("duo"), QStringLiteral("first"))->append("from first\n", now);
        runtime->log(QStringLiteral("parity-a"), QStringLiteral("duo"), QStringLiteral("second"))->append("from second\n", now);
    }

    void get_data()
    {
        QTest::addColumn<QStringList>("args");
        const char *const rows[] = {
            "get cm -n parity-a",
            "get cm -A",
            "get configmaps -A -l tier=db",
            "get cm -A --field-selector metadata.name=two,metadata.namespace=parity-b",
            "get cm,pods -n parity-a",
            "get cm,pods,deploy -A -o wide --show-labels",
            "get pods -n parity-a -o wide",
            "get deploy -A -o wide",
            "get ns parity-a parity-b",
            "get cm -A --no-headers",
            "get cm one -n parity-a",
            "get cm one nope -n parity-a",
            "get cm/one pod/logger -n parity-a",
            "get cm -n parity-empty",
            "get cm -A -l nothing=here",
            "get nonsense",
            "get cassdc -A",
            "get cm -n parity-a -o name",
            "get cm,deploy -A -o name",
            "get cm one nope -n parity-a -o name",
            "get cm one -n parity-a -o json",
            "get cm -A -l tier=db -o json",
            "get cm -n parity-empty -o json",
            "get deploy web -n parity-b -o json",
            "get cm -A -o jsonpath={.items[*].metadata.name}",
            "get cm one -n parity-a -o jsonpath={.data.html}",
            "get pods -A -o jsonpath={range|.items[*]}{.metadata.name}{\"\\t\"}{.status.phase}{\"\\n\"}{end}",
            "get cm -A -o custom-columns=NAME:.metadata.name,NS:metadata.namespace,TIER:.metadata.labels.tier",
            "get cm one -n parity-a -o yaml",
            "get cm -n parity-b -o yaml",
        };
        for (const char *row : rows) {
            QTest::newRow(row) << words(row);
        }
    }
    void get()
    {
        QFETCH(QStringList, args);
        compare(runBoth(args));
    }

    void watch_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("table") << words("get cm -n parity-b -w --request-timeout=2500ms");
        QTest::newRow("all namespaces, labels, names") << words("get cm -A -l tier=db -w -o name --request-timeout=2500ms");
    }
    void watch()
    {
        QFETCH(QStringList, args);
        static int round = 0;
        ++round;
        // A change both watches see: a longer name than any before, so the remembered column widths must grow.
        QTimer::singleShot(1200, [this] {
            m_fixture.post(QStringLiteral("/api/v1/namespaces/parity-b/configmaps"),
                           configMap(QStringLiteral("appeared-with-a-much-longer-name-") + QString::number(round), {},
                                     {{QStringLiteral("labels"), QJsonObject{{QStringLiteral("tier"), QStringLiteral("db")}}}}));
        });
        const auto r = runBoth(args);
        QVERIFY2(r.second.out.contains("appeared-with-a-much-longer-name-"), r.second.out.constData());
        compare(r);
    }

    void apply()
    {
        const QByteArray manifest = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: applied\ndata:\n  level: \"1\"\n---\n"
                                    "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  replicas: 1\n"
                                    "  selector:\n    matchLabels: {app: app}\n  template:\n    metadata:\n      labels: {app: app}\n"
                                    "    spec:\n      containers:\n      - name: c\n        image: busybox:1.36\n";
        const QString file = writeFile(QStringLiteral("apply.yaml"), manifest);
        const QString conflicting = writeFile(QStringLiteral("conflict.yaml"),
                                              "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: applied\ndata:\n  level: \"2\"\n");
        // Each program in its own namespace, with the same manifests: the same outcomes, line for line.
        const auto inBoth = [&](const QStringList &args, const QByteArray &input = {}) {
            QProcess theirs;
            QProcess ours;
            theirs.setProcessEnvironment(environment());
            ours.setProcessEnvironment(environment());
            theirs.start(Test::kubectl(), args + QStringList{QStringLiteral("-n"), QStringLiteral("apply-k")});
            ours.start(Test::binPath(QStringLiteral("ringsidectl")), args + QStringList{QStringLiteral("-n"), QStringLiteral("apply-r")});
            for (QProcess *p : {&theirs, &ours}) {
                p->waitForStarted(5000);
                p->write(input);
                p->closeWriteChannel();
            }
            const bool finished = QTest::qWaitFor([&] { return theirs.state() == QProcess::NotRunning && ours.state() == QProcess::NotRunning; }, 30000);
            Q_UNUSED(finished)
            return std::pair<Run, Run>{Run{theirs.exitCode(), theirs.readAllStandardOutput(), theirs.readAllStandardError()},
                                       Run{ours.exitCode(), ours.readAllStandardOutput(), ours.readAllStandardError()}};
        };
        const QStringList ssa{QStringLiteral("apply"), QStringLiteral("--server-side"), QStringLiteral("--field-manager=first"), QStringLiteral("-f")};
        auto r = inBoth(ssa + QStringList{file});
        QCOMPARE(r.second.out, QByteArray("configmap/applied serverside-applied\ndeployment.apps/app serverside-applied\n"));
        compare(r);
        compare(inBoth(ssa + QStringList{file, QStringLiteral("--dry-run=server")}));
        compare(inBoth(ssa + QStringList{QStringLiteral("-")}, manifest));
        // Another manager changing the same field: kubectl's conflict message, exit 1; then forced.
        const QStringList other{QStringLiteral("apply"), QStringLiteral("--server-side"), QStringLiteral("--field-manager=other"), QStringLiteral("-f"), conflicting};
        r = inBoth(other);
        QVERIFY2(r.second.err.contains("conflict with \"first\": .data.level"), r.second.err.constData());
        compare(r);
        r = inBoth(other + QStringList{QStringLiteral("--force-conflicts")});
        QCOMPARE(r.second.code, 0);
        compare(r);
        QCOMPARE(m_fixture.get(QStringLiteral("/api/v1/namespaces/apply-r/configmaps/applied")).json().value(QLatin1String("data")).toObject().value(QLatin1String("level")).toString(),
                 QStringLiteral("2"));
        // Client-side apply: created, unchanged, configured.
        const QString csa = writeFile(QStringLiteral("csa.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: csa\ndata:\n  x: \"1\"\n  y: \"2\"\n");
        compare(inBoth({QStringLiteral("apply"), QStringLiteral("-f"), csa}));
        compare(inBoth({QStringLiteral("apply"), QStringLiteral("-f"), csa}));
        writeFile(QStringLiteral("csa.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: csa\ndata:\n  x: \"3\"\n");
        r = inBoth({QStringLiteral("apply"), QStringLiteral("-f"), csa});
        QCOMPARE(r.second.out, QByteArray("configmap/csa configured\n"));
        compare(r);
        const QJsonObject data = m_fixture.get(QStringLiteral("/api/v1/namespaces/apply-r/configmaps/csa")).json().value(QLatin1String("data")).toObject();
        QCOMPARE(data, (QJsonObject{{QStringLiteral("x"), QStringLiteral("3")}})); // y was removed: it left the manifest
        // Errors.
        compare(inBoth({QStringLiteral("apply"), QStringLiteral("--server-side"), QStringLiteral("-f"), QStringLiteral("/nonexistent/file.yaml")}));
        compare(inBoth({QStringLiteral("apply"), QStringLiteral("--server-side"), QStringLiteral("--dry-run=client"), QStringLiteral("-f"), csa}));
    }

    void deleteObjects()
    {
        for (const char *ns : {"apply-k", "apply-r"}) {
            create(QStringLiteral("/api/v1/namespaces/") + QLatin1String(ns) + QLatin1String("/configmaps"), configMap(QStringLiteral("doomed")));
        }
        const auto r = [&](const QStringList &args) {
            const KubectlResult kr = m_fixture.kubectl(args + QStringList{QStringLiteral("-n"), QStringLiteral("apply-k")});
            const Run k{kr.exitCode, kr.out, kr.err};
            const Run o = runOurs(args + QStringList{QStringLiteral("-n"), QStringLiteral("apply-r")});
            return std::pair<Run, Run>{k, o};
        };
        compare(r(words("delete cm doomed")));
        QCOMPARE(m_fixture.get(QStringLiteral("/api/v1/namespaces/apply-r/configmaps/doomed")).status, 404);
        compare(r(words("delete cm doomed")));
        compare(r(words("delete configmap/csa --cascade=foreground")));
    }

    void logs_data()
    {
        QTest::addColumn<QStringList>("args");
        const char *const rows[] = {
            "logs logger -n parity-a",
            "logs pod/logger -n parity-a --tail 3",
            "logs logger -n parity-a --tail=0",
            "logs logger -n parity-a --since 1h",
            "logs logger -n parity-a --since=45m --tail 2",
            "logs logger -n parity-a -c main --timestamps --tail 2",
            "logs duo -n parity-a",
            "logs duo -n parity-a -c second",
            "logs duo -n parity-a -c nope",
            "logs missing -n parity-a",
            "logs -l app=duo -n parity-a -c second --prefix --tail 5",
            "logs -l app=logger -n parity-a --prefix --tail 2",
        };
        for (const char *row : rows) {
            QTest::newRow(row) << words(row);
        }
    }
    void logs()
    {
        QFETCH(QStringList, args);
        compare(runBoth(args));
    }

    void logsAreWholeWithASelector()
    {
        // kubectl cuts selector logs to 10 lines unless told; ringsidectl never cuts logs unless --tail asks.
        const Run r = runOurs(words("logs -l app=logger -n parity-a"));
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.count('\n'), 18);
        QVERIFY(r.out.startsWith("started two hours ago\n"));
    }

    void exec_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("echo") << words("exec logger -n parity-a -- echo hello world") << QByteArray();
        QTest::newRow("exit 3") << words("exec logger -n parity-a -- sh -c exit|3") << QByteArray();
        QTest::newRow("stderr and exit") << words("exec duo -n parity-a -c second -- sh -c echo|out;|exit|7") << QByteArray();
        QTest::newRow("stdin") << words("exec -i logger -n parity-a -- cat") << QByteArray("one\ntwo\n");
        QTest::newRow("not found") << words("exec logger -n parity-a -- frobnicate") << QByteArray();
        QTest::newRow("missing pod") << words("exec nope -n parity-a -- echo") << QByteArray();
    }
    void exec()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        const auto r = runBoth(args, input);
        compare(r);
    }

    void apiResources_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("plain") << words("api-resources");
        QTest::newRow("wide") << words("api-resources -o wide");
        QTest::newRow("name") << words("api-resources -o name");
        QTest::newRow("cluster-scoped") << words("api-resources --namespaced=false");
        QTest::newRow("apps") << words("api-resources --api-group=apps --namespaced=true");
        QTest::newRow("verbs") << words("api-resources --verbs=create,list --no-headers");
    }
    void apiResources()
    {
        QFETCH(QStringList, args);
        compare(runBoth(args));
    }

    void authCanI_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("admin list pods") << words("auth can-i list pods");
        QTest::newRow("viewer list pods") << words("auth can-i list pods --context ringside-sandbox-viewer");
        QTest::newRow("viewer create pods") << words("auth can-i create pods -n parity-a --context ringside-sandbox-viewer");
        QTest::newRow("viewer delete cassdc everywhere") << words("auth can-i delete cassdc -A --context ringside-sandbox-viewer");
        QTest::newRow("viewer get one deployment") << words("auth can-i get deployments.apps/web -n parity-b --context ringside-sandbox-viewer");
        QTest::newRow("three arguments") << words("auth can-i get deployments web");
        QTest::newRow("viewer exec") << words("auth can-i create pods/exec --context ringside-sandbox-viewer");
        QTest::newRow("non-resource") << words("auth can-i get /healthz --context ringside-sandbox-viewer");
        QTest::newRow("unknown type") << words("auth can-i list foos");
    }
    void authCanI()
    {
        QFETCH(QStringList, args);
        compare(runBoth(args));
    }
};

QTEST_GUILESS_MAIN(TestCliVerbs)
#include "tst_cli_verbs.moc"
