// ringsidectl's DBA commands against the in-process sandbox's demo cluster: every write refused in a read-only
// context (nothing reaches the server), a write the user may not do refused before sending, the completion scripts
// (bash runs the generated script with COMP_WORDS), `help exit-codes`, the man page, logs CLUSTER vs logs POD, and
// `alerts` reading the disk usage from the kubelet's volume stats in a real Prometheus (the sandbox's fill-disk fault).
#include "sandboxfixture.h"
#include "testsupport.h"
#include "nodesim/nodesimulation.h"

#include "command.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QScopeGuard>
#include <QTcpServer>
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

const QString Ns = QStringLiteral("ringside-demo");
const QString MccPath = QStringLiteral("/apis/missioncontrol.datastax.com/v1beta2/namespaces/ringside-demo/missioncontrolclusters/demo");

} // namespace

class TestCliDba : public QObject
{
    Q_OBJECT
private:
    SandboxFixture m_fx;
    QString m_history;

    Run run(QStringList args, const QStringList &extraEnv = {}, bool withNamespace = true)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KUBECONFIG"), m_fx.kubeconfigPath());
        env.insert(QStringLiteral("RINGSIDE_HISTORY_FILE"), m_history);
        env.remove(QStringLiteral("RINGSIDE_READ_ONLY_CONTEXTS"));
        for (const QString &e : extraEnv) {
            env.insert(e.section(u'=', 0, 0), e.section(u'=', 1));
        }
        Run r;
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        if (withNamespace) {
            args << QStringLiteral("-n") << Ns;
        }
        r.code = Cli::run(args, out, err, env);
        out.flush();
        err.flush();
        return r;
    }

    /*! Runs the generated bash completion with COMP_WORDS = \a words (the last one being completed). */
    QStringList bashComplete(const QStringList &words)
    {
        const Run script = run({QStringLiteral("completion"), QStringLiteral("bash")});
        QString quoted;
        for (const QString &w : words) {
            quoted += QLatin1String(" '") + w + QLatin1String("'");
        }
        const QString program = script.out + QStringLiteral("\nCOMP_WORDS=(ringsidectl%1)\nCOMP_CWORD=%2\n_ringsidectl\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n")
                                                 .arg(quoted)
                                                 .arg(words.size());
        QProcess bash;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KUBECONFIG"), m_fx.kubeconfigPath());
        env.insert(QStringLiteral("RINGSIDECTL"), binPath(QStringLiteral("ringsidectl")));
        bash.setProcessEnvironment(env);
        bash.start(QStringLiteral("bash"), {QStringLiteral("-c"), program});
        bash.closeWriteChannel();
        if (!QTest::qWaitFor([&] { return bash.state() == QProcess::NotRunning; }, 20000)) {
            bash.kill();
            bash.waitForFinished();
        }
        return QString::fromUtf8(bash.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_fx.start(&error, [](Sandbox::Sandbox::Options &o) {
            o.simulation = true;
            o.pace = 50;
            o.seed = 5;
            o.demo = true;
        }), qPrintable(error));
        m_history = m_fx.tempPath(QStringLiteral("history.jsonl"));
        QVERIFY(QTest::qWaitFor([&] { return run({QStringLiteral("status"), QStringLiteral("demo")}).out.count(QLatin1String("\nUN ")) == 3; }, 30000));
    }

    void readOnlyContextRefusesEveryWrite()
    {
        const QByteArray before = m_fx.get(MccPath).body;
        const QString rv = m_fx.get(MccPath).json().value(QLatin1String("metadata")).toObject().value(QLatin1String("resourceVersion")).toString();
        const QList<QStringList> writes{
            {QStringLiteral("create"), QStringLiteral("cluster"), QStringLiteral("other"), QStringLiteral("--version"), QStringLiteral("4.1.5"),
             QStringLiteral("--dc"), QStringLiteral("dc1:3"), QStringLiteral("--storage-class"), QStringLiteral("standard")},
            {QStringLiteral("upgrade"), QStringLiteral("demo"), QStringLiteral("--version"), QStringLiteral("4.1.8")},
            {QStringLiteral("scale"), QStringLiteral("demo"), QStringLiteral("--dc"), QStringLiteral("dc1"), QStringLiteral("--size"), QStringLiteral("4")},
            {QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("demo"), QStringLiteral("concurrent_reads=64")},
            {QStringLiteral("dc"), QStringLiteral("add"), QStringLiteral("demo"), QStringLiteral("dc2:3")},
            {QStringLiteral("dc"), QStringLiteral("stop"), QStringLiteral("demo"), QStringLiteral("dc1"), QStringLiteral("--yes")},
            {QStringLiteral("restart"), QStringLiteral("demo")},
            {QStringLiteral("cleanup"), QStringLiteral("demo")},
            {QStringLiteral("replace-node"), QStringLiteral("demo"), QStringLiteral("demo-dc1-r1-sts-0"), QStringLiteral("--yes")},
            {QStringLiteral("backup"), QStringLiteral("now"), QStringLiteral("demo")},
            {QStringLiteral("backup"), QStringLiteral("schedule"), QStringLiteral("demo"), QStringLiteral("--cron"), QStringLiteral("0 2 * * *")},
            {QStringLiteral("restore"), QStringLiteral("demo"), QStringLiteral("--backup"), QStringLiteral("b1"), QStringLiteral("--yes")},
        };
        for (const QStringList &w : writes) {
            const Run r = run(w, {QStringLiteral("RINGSIDE_READ_ONLY_CONTEXTS=ringside-sandbox")});
            QVERIFY2(r.code == 1, qPrintable(w.join(u' ') + QStringLiteral(": ") + r.out + r.err));
            QVERIFY2(r.err.contains(QLatin1String("context ringside-sandbox is marked read-only")), qPrintable(w.join(u' ') + QStringLiteral(": ") + r.err));
        }
        // Nothing reached the server.
        QCOMPARE(m_fx.get(MccPath).json().value(QLatin1String("metadata")).toObject().value(QLatin1String("resourceVersion")).toString(), rv);
        QCOMPARE(m_fx.get(MccPath).body, before);
        QCOMPARE(m_fx.get(QStringLiteral("/apis/control.k8ssandra.io/v1alpha1/namespaces/ringside-demo/cassandratasks")).json()
                     .value(QLatin1String("items")).toArray().size(),
                 0);
        QCOMPARE(m_fx.get(QStringLiteral("/apis/missioncontrol.datastax.com/v1beta2/namespaces/ringside-demo/missioncontrolclusters/other")).status, 404);
    }

    void forbiddenWriteRefusedBeforeSending()
    {
        const Run r = run({QStringLiteral("--context"), QStringLiteral("ringside-sandbox-viewer"), QStringLiteral("scale"), QStringLiteral("demo"),
                           QStringLiteral("--dc"), QStringLiteral("dc1"), QStringLiteral("--size"), QStringLiteral("5")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("you may not")), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("nothing was sent")));
        QCOMPARE(m_fx.get(MccPath).json().value(QLatin1String("spec")).toObject().value(QLatin1String("k8ssandra")).toObject()
                     .value(QLatin1String("cassandra")).toObject().value(QLatin1String("datacenters")).toArray().at(0).toObject()
                     .value(QLatin1String("size")).toInt(),
                 3);
    }

    void aliasesMatchTheClusterCommands()
    {
        const Run a = run({QStringLiteral("status"), QStringLiteral("demo"), QStringLiteral("-o"), QStringLiteral("json")});
        const Run b = run({QStringLiteral("cluster"), QStringLiteral("status"), QStringLiteral("demo"), QStringLiteral("-o"), QStringLiteral("json")});
        QCOMPARE(a.code, 0);
        QCOMPARE(a.out, b.out);
        // config diff: the diff, a server dry run, nothing written.
        const QByteArray before = m_fx.get(MccPath).body;
        const Run diff = run({QStringLiteral("config"), QStringLiteral("diff"), QStringLiteral("demo"), QStringLiteral("concurrent_reads=48")});
        QVERIFY2(diff.code == 0, qPrintable(diff.err));
        QVERIFY(diff.out.contains(QLatin1String("concurrent_reads")));
        QVERIFY(diff.out.contains(QLatin1String("(server dry run)")));
        QCOMPARE(m_fx.get(MccPath).body, before);
        const Run bad = run({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("demo"), QStringLiteral("concurrent_reads")});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains(QLatin1String("expected KEY=VALUE")));
        // `config get-contexts` still means the kubeconfig's.
        const Run contexts = run({QStringLiteral("config"), QStringLiteral("get-contexts"), QStringLiteral("-o"), QStringLiteral("name")});
        QVERIFY(contexts.out.contains(QLatin1String("ringside-sandbox-viewer")));
    }

    void logsClusterAndPod()
    {
        // A cluster name: system.log of every node, WARN and above only, each line prefixed with its pod.
        const Run cluster = run({QStringLiteral("logs"), QStringLiteral("demo"), QStringLiteral("--level"), QStringLiteral("WARN")});
        QVERIFY2(cluster.code == 0, qPrintable(cluster.err));
        QVERIFY(!cluster.out.isEmpty());
        const QRegularExpression header(QStringLiteral("^\\[[^]]+\\] (TRACE|DEBUG|INFO|WARN|ERROR|FATAL) "));
        for (const QString &line : cluster.out.split(u'\n', Qt::SkipEmptyParts)) {
            const QRegularExpressionMatch m = header.match(line);
            if (m.hasMatch()) {
                QVERIFY2(m.captured(1) == QLatin1String("WARN") || m.captured(1) == QLatin1String("ERROR") || m.captured(1) == QLatin1String("FATAL"),
                         qPrintable(line));
            }
        }
        // A pod name keeps kubectl's meaning: the raw container log.
        const Run pod = run({QStringLiteral("logs"), QStringLiteral("demo-dc1-r1-sts-0"), QStringLiteral("-c"), QStringLiteral("server-system-logger")});
        QVERIFY2(pod.code == 0, qPrintable(pod.err));
        QVERIFY(pod.out.contains(QLatin1String("INFO ")));
        QVERIFY(!pod.out.startsWith(u'['));
        // Bad input: a clear error.
        const Run level = run({QStringLiteral("logs"), QStringLiteral("demo"), QStringLiteral("--level"), QStringLiteral("LOUD")});
        QCOMPARE(level.code, 1);
        QVERIFY2(level.err.contains(QLatin1String("LOUD")), qPrintable(level.err));
        const Run none = run({QStringLiteral("logs"), QStringLiteral("nope"), QStringLiteral("--cluster")});
        QCOMPARE(none.code, 1);
        QVERIFY2(none.err.contains(QLatin1String("cluster \"nope\" has no pods")), qPrintable(none.err));
    }

    void metricsErrorsAreClear()
    {
        Run r = run({QStringLiteral("metrics"), QStringLiteral("nope"), QStringLiteral("demo"), QStringLiteral("--prometheus"), QStringLiteral("http://127.0.0.1:1")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("unknown panel \"nope\"")) && r.err.contains(QLatin1String("disk_used")), qPrintable(r.err));
        r = run({QStringLiteral("metrics"), QStringLiteral("disk_used"), QStringLiteral("demo")}, {QStringLiteral("RINGSIDE_SETTINGS=") + m_fx.tempPath(QStringLiteral("none.ini"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("no Prometheus is set for context ringside-sandbox")), qPrintable(r.err));
        // The per-context setting the GUI writes is read (here: a server that refuses connections, named in the error).
        const QString ini = m_fx.tempPath(QStringLiteral("ringside.ini"));
        QFile f(ini);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[contexts]\nringside-sandbox\\prometheusUrl=http://127.0.0.1:1\n");
        f.close();
        r = run({QStringLiteral("metrics"), QStringLiteral("disk_used"), QStringLiteral("demo")}, {QStringLiteral("RINGSIDE_SETTINGS=") + ini});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("http://127.0.0.1:1")), qPrintable(r.err));
        // Alerts without Prometheus: the status rules only, said so.
        r = run({QStringLiteral("alerts"), QStringLiteral("demo")}, {QStringLiteral("RINGSIDE_SETTINGS=") + m_fx.tempPath(QStringLiteral("none.ini"))});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains(QLatin1String("only the status rules")), qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("No active alerts")));
    }

    void helpExitCodesAndManPage()
    {
        Run r = run({QStringLiteral("help"), QStringLiteral("exit-codes")});
        QCOMPARE(r.code, 0);
        for (const char *code : {"  0  ", "  1  ", "  2  ", "  3  "}) {
            QVERIFY2(r.out.contains(QLatin1String(code)), code);
        }
        r = run({QStringLiteral("help"), QStringLiteral("--man")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QLatin1String(".\\\" Generated")));
        QVERIFY(r.out.contains(QLatin1String(".TH RINGSIDECTL 1")));
        QVERIFY(r.out.contains(QLatin1String(".SH EXIT STATUS")));
        for (const Cli::CommandInfo &c : Cli::commandTable()) {
            QVERIFY2(r.out.contains(QLatin1String(".B ") + QString::fromLatin1(c.usage).replace(u'-', QLatin1String("\\-"))), c.usage);
        }
        r = run({QStringLiteral("help"), QStringLiteral("nonsense")});
        QCOMPARE(r.code, 2);
    }

    void bashCompletion()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("bash")).isEmpty()) {
            QSKIP("bash is not installed");
        }
        QStringList words = bashComplete({QStringLiteral("clu")});
        QVERIFY2(words.contains(QLatin1String("cluster")) && words.contains(QLatin1String("clusters")), qPrintable(words.join(u' ')));
        QVERIFY(!words.contains(QLatin1String("get")));
        words = bashComplete({QStringLiteral("dc"), QString()});
        words.sort();
        QCOMPARE(words, (QStringList{QStringLiteral("add"), QStringLiteral("remove"), QStringLiteral("resume"), QStringLiteral("stop")}));
        words = bashComplete({QStringLiteral("get"), QStringLiteral("--context"), QString()});
        QVERIFY2(words.contains(QLatin1String("ringside-sandbox")) && words.contains(QLatin1String("ringside-sandbox-viewer")), qPrintable(words.join(u' ')));
        words = bashComplete({QStringLiteral("scale"), QStringLiteral("demo"), QStringLiteral("--s")});
        QVERIFY2(words.contains(QLatin1String("--size")), qPrintable(words.join(u' ')));
        // Cluster names come from the context (and the namespace on the line).
        words = bashComplete({QStringLiteral("status"), QStringLiteral("-n"), Ns, QString()});
        QVERIFY2(words.contains(QLatin1String("demo")), qPrintable(words.join(u' ')));
        words = bashComplete({QStringLiteral("metrics"), QStringLiteral("disk_used"), QStringLiteral("-n"), Ns, QStringLiteral("d")});
        QCOMPARE(words, QStringList{QStringLiteral("demo")});
    }

    void zshAndFishScripts()
    {
        Run r = run({QStringLiteral("completion"), QStringLiteral("zsh")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QLatin1String("#compdef ringsidectl")));
        QVERIFY(r.out.contains(QLatin1String("__complete")));
        r = run({QStringLiteral("completion"), QStringLiteral("fish")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("complete -c ringsidectl")));
        for (const char *shell : {"zsh", "fish"}) {
            const QString exe = QStandardPaths::findExecutable(QLatin1String(shell));
            if (exe.isEmpty()) {
                continue;
            }
            QProcess p;
            p.start(exe, {QStringLiteral("-n")});
            p.write(run({QStringLiteral("completion"), QLatin1String(shell)}).out.toUtf8());
            p.closeWriteChannel();
            QVERIFY(p.waitForFinished(10000));
            QCOMPARE(p.exitCode(), 0);
        }
        r = run({QStringLiteral("completion"), QStringLiteral("tcsh")});
        QCOMPARE(r.code, 1);
        // The same candidates for every shell (the scripts only forward the words).
        r = run({QStringLiteral("__complete"), QStringLiteral("backup"), QString()}, {}, false);
        QStringList words = r.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(words.contains(QLatin1String("now")) && words.contains(QLatin1String("schedule")), qPrintable(r.out));
    }
    void alertsSeeTheDiskFilledOnANode()
    {
        // The same disk numbers as the GUI's alerts panel (core/metrics/nodemetrics.h): the kubelet's volume stats of
        // the server-data-POD claim, which the sandbox's fill-disk fault changes (and nothing else).
        const QString prometheus = QStringLiteral("/usr/bin/prometheus");
        if (!QFile::exists(prometheus)) {
            QSKIP("/usr/bin/prometheus is missing");
        }
        QElapsedTimer timer;
        timer.start();
        const QString dir = m_fx.sandbox()->nodes()->prometheusDirectory();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QFile targets(dir + QStringLiteral("/targets.json"));
                return targets.open(QIODevice::ReadOnly) && QJsonDocument::fromJson(targets.readAll()).array().size() == 3;
            }(),
            20000);
        QFile config(dir + QStringLiteral("/prometheus.yml"));
        QVERIFY(config.open(QIODevice::ReadOnly));
        QByteArray yaml = config.readAll();
        QVERIFY2(yaml.contains("scrape_interval: 15s") && yaml.contains("refresh_interval: 10s"), yaml.constData());
        yaml.replace("scrape_interval: 15s", "scrape_interval: 1s").replace("refresh_interval: 10s", "refresh_interval: 1s");
        QFile fast(m_fx.tempPath(QStringLiteral("prometheus-alerts.yml")));
        QVERIFY(fast.open(QIODevice::WriteOnly));
        fast.write(yaml);
        fast.close();
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        QProcess server;
        server.setProcessChannelMode(QProcess::MergedChannels);
        server.start(prometheus, {QStringLiteral("--config.file=") + fast.fileName(),
                                  QStringLiteral("--storage.tsdb.path=") + m_fx.tempPath(QStringLiteral("prometheus-alerts-data")),
                                  QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(port)});
        QVERIFY(server.waitForStarted());
        const auto stop = qScopeGuard([&server] {
            server.terminate();
            if (!server.waitForFinished(10000)) {
                server.kill();
                server.waitForFinished();
            }
        });
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(port);
        const QString pod = QStringLiteral("demo-dc1-r2-sts-0");
        const QStringList args{QStringLiteral("alerts"), QStringLiteral("demo"), QStringLiteral("--prometheus"), url, QStringLiteral("-o"),
                               QStringLiteral("json")};
        // The disk alerts of the JSON output: node -> value.
        const auto diskAlerts = [](const Run &r) {
            QHash<QString, double> out;
            for (const QJsonValue &a : QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("alerts")).toArray()) {
                const QJsonObject o = a.toObject();
                if (o.value(QLatin1String("rule")).toString() == QLatin1String("disk_usage_high")) {
                    out.insert(o.value(QLatin1String("labels")).toObject().value(QLatin1String("node")).toString(), o.value(QLatin1String("value")).toDouble());
                }
            }
            return out;
        };
        // Until Prometheus has scraped every node, alerts warns that the node metrics are missing.
        Run r;
        QTRY_VERIFY2_WITH_TIMEOUT((r = run(args), r.code == 0 && !r.err.contains(QLatin1String("metrics for the alert rules"))),
                                  qPrintable(r.err + QString::fromUtf8(server.readAll().right(2000))), 30000);
        QVERIFY2(diskAlerts(r).isEmpty(), qPrintable(r.out)); // healthy volumes stay below 80 %
        const qint64 ready = timer.restart();

        const QString base = QLatin1String("/sandbox/v1/namespaces/") + Ns + QLatin1String("/pods/") + pod;
        QCOMPARE(m_fx.request("POST", base + QLatin1String("/fill-disk")).status, 200);
        const auto heal = qScopeGuard([&] { m_fx.request("POST", base + QLatin1String("/heal")); });
        QTRY_VERIFY2_WITH_TIMEOUT((r = run(args), diskAlerts(r).contains(pod)), qPrintable(r.out + r.err), 20000);
        const QHash<QString, double> disk = diskAlerts(r);
        QCOMPARE(disk.size(), 1); // only the filled node
        QVERIFY2(disk.value(pod) > 98 && disk.value(pod) < 99, qPrintable(r.out)); // fill-disk reports 98.5 %
        // The table names the node too.
        r = run({QStringLiteral("alerts"), QStringLiteral("demo"), QStringLiteral("--prometheus"), url});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("disk_usage_high")) && r.out.contains(pod), qPrintable(r.out + r.err));
        qInfo() << "alerts: Prometheus scraping every node after" << ready << "ms; disk alert" << timer.elapsed() << "ms after fill-disk";
    }
};

QTEST_GUILESS_MAIN(TestCliDba)
#include "tst_cli_dba.moc"
