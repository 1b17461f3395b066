// ringsidectl sandbox start|status|stop with the real ringside-sandbox binary, in temporary XDG directories: the pid
// file, the written kubeconfig answering, "already running", a stale or recycled pid never being signalled, and a
// start that fails (port taken) leaving nothing behind.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrl>

#include <array>
#include <csignal>

using namespace Ringside;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

qint64 readPid(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        return 0;
    }
    return f.readLine().trimmed().toLongLong();
}

bool alive(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 1 || !f.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QByteArray stat = f.readAll();
    const qsizetype close = stat.lastIndexOf(')');
    return close > 0 && close + 2 < stat.size() && stat.at(close + 2) != 'Z';
}

QString argv0(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QFileInfo(QString::fromLocal8Bit(f.readAll().split('\0').value(0))).fileName();
}

} // namespace

class TestCliSandboxLifecycle : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home;
    QList<qint64> m_started; // killed at the end whatever happens

    QString dataDir() const { return m_home.filePath(QStringLiteral("data/ringside/sandbox")); }
    QString configKubeconfig() const { return m_home.filePath(QStringLiteral("config/ringside/sandbox/kubeconfig")); }

    Run ctl(const QStringList &args, int timeoutMs = 90000)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("RINGSIDE_SETTINGS"), m_home.filePath(QStringLiteral("ringside.ini")));
        env.remove(QStringLiteral("KUBECONFIG"));
        p.setProcessEnvironment(env);
        p.start(Test::binPath(QStringLiteral("ringsidectl")), args);
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished(2000);
            return {};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(QFileInfo(Test::binPath(QStringLiteral("ringside-sandbox"))).isExecutable(),
                 "ringside-sandbox is not built next to ringsidectl");
    }

    void cleanupTestCase()
    {
        for (const qint64 pid : std::as_const(m_started)) {
            if (alive(pid) && argv0(pid) == QLatin1String("ringside-sandbox")) {
                ::kill(pid_t(pid), SIGKILL);
            }
        }
    }

    void notRunningAtFirst()
    {
        Run r = ctl({QStringLiteral("sandbox"), QStringLiteral("status")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("not running")), qPrintable(r.out));
        r = ctl({QStringLiteral("sandbox"), QStringLiteral("stop")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("not running")), qPrintable(r.out));
    }

    void startStatusStopInXdgDirectories()
    {
        Run r = ctl({QStringLiteral("sandbox"), QStringLiteral("start"), QStringLiteral("--no-demo")});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        const QString pidFile = dataDir() + QLatin1String("/sandbox.pid");
        const qint64 pid = readPid(pidFile);
        m_started << pid;
        QVERIFY2(alive(pid), qPrintable(r.out));
        QCOMPARE(argv0(pid), QStringLiteral("ringside-sandbox"));
        QCOMPARE(QFile::permissions(pidFile),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                     | QFileDevice::WriteUser); // 0600
        static const QRegularExpression urlRe(QStringLiteral("serving (https://127\\.0\\.0\\.1:[0-9]+)"));
        const QRegularExpressionMatch m = urlRe.match(r.out);
        QVERIFY2(m.hasMatch(), qPrintable(r.out));
        const QString url = m.captured(1);
        QVERIFY2(r.out.contains(QLatin1String("export KUBECONFIG=") + configKubeconfig() + u'\n'), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("pid %1").arg(pid)), qPrintable(r.out));
        QVERIFY(QFileInfo::exists(configKubeconfig()));

        // The written kubeconfig reaches the sandbox, through ringsidectl itself.
        Run get = ctl({QStringLiteral("--kubeconfig"), configKubeconfig(), QStringLiteral("get"),
                       QStringLiteral("namespaces"), QStringLiteral("-o"), QStringLiteral("name")});
        QVERIFY2(get.code == 0, qPrintable(get.err));
        QVERIFY2(get.out.contains(QLatin1String("namespace/default")), qPrintable(get.out));

        // Started again: it says so, and the same process keeps running.
        r = ctl({QStringLiteral("sandbox"), QStringLiteral("start")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("already running")) && r.out.contains(url), qPrintable(r.out));
        QCOMPARE(readPid(pidFile), pid);

        r = ctl({QStringLiteral("sandbox"), QStringLiteral("status")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("is running")) && r.out.contains(QString::number(pid))
                     && r.out.contains(url) && r.out.contains(QLatin1String("uptime:"))
                     && r.out.contains(QLatin1String("answering")),
                 qPrintable(r.out));
        r = ctl({QStringLiteral("sandbox"), QStringLiteral("status"), QStringLiteral("-o"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QJsonObject status = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(status.value(QLatin1String("running")).toBool(), true);
        QCOMPARE(status.value(QLatin1String("pid")).toInteger(), pid);
        QCOMPARE(status.value(QLatin1String("url")).toString(), url);
        QCOMPARE(status.value(QLatin1String("apiAnswering")).toBool(), true);
        QVERIFY(status.value(QLatin1String("uptimeSeconds")).toInteger() >= 0);

        r = ctl({QStringLiteral("sandbox"), QStringLiteral("stop")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("(pid %1) stopped").arg(pid)), qPrintable(r.out));
        QVERIFY(!alive(pid));
        QVERIFY(!QFile::exists(pidFile));
        // It stopped cleanly (SIGTERM): the sandbox saved its state and said so in its stdout.
        QVERIFY(QFileInfo::exists(dataDir() + QLatin1String("/state.json")));
        r = ctl({QStringLiteral("sandbox"), QStringLiteral("status")});
        QVERIFY2(r.out.contains(QLatin1String("not running")), qPrintable(r.out));
    }

    void explicitStateDirAndKubeconfig()
    {
        const QString stateDir = m_home.filePath(QStringLiteral("elsewhere/state"));
        const QString kubeconfig = m_home.filePath(QStringLiteral("elsewhere/kc.yaml"));
        const QStringList where{QStringLiteral("--state-dir"), stateDir};
        Run r = ctl(QStringList{QStringLiteral("sandbox"), QStringLiteral("start"), QStringLiteral("--no-demo"),
                                QStringLiteral("--kubeconfig"), kubeconfig}
                    + where);
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        const qint64 pid = readPid(stateDir + QLatin1String("/sandbox.pid"));
        m_started << pid;
        QVERIFY(alive(pid));
        QVERIFY2(r.out.contains(QLatin1String("export KUBECONFIG=") + kubeconfig), qPrintable(r.out));
        QVERIFY(QFileInfo::exists(kubeconfig));
        QVERIFY(QFileInfo::exists(stateDir + QLatin1String("/sandbox.log")));
        // The default directories know nothing of it.
        r = ctl({QStringLiteral("sandbox"), QStringLiteral("status")});
        QVERIFY2(r.out.contains(QLatin1String("not running")), qPrintable(r.out));
        r = ctl(QStringList{QStringLiteral("sandbox"), QStringLiteral("status")} + where);
        QVERIFY2(r.out.contains(QLatin1String("is running")), qPrintable(r.out));
        r = ctl(QStringList{QStringLiteral("sandbox"), QStringLiteral("stop")} + where);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!alive(pid));
    }

    void withPrometheus()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("prometheus")).isEmpty()) {
            QSKIP("prometheus is not on PATH (the build root has it)");
        }
        const QString stateDir = m_home.filePath(QStringLiteral("with-prometheus"));
        const QStringList where{QStringLiteral("--state-dir"), stateDir};
        Run r = ctl(QStringList{QStringLiteral("sandbox"), QStringLiteral("start"), QStringLiteral("--no-demo"),
                                QStringLiteral("--prometheus"), QStringLiteral("--kubeconfig"),
                                m_home.filePath(QStringLiteral("prom-kc"))}
                    + where);
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        const qint64 pid = readPid(stateDir + QLatin1String("/sandbox.pid"));
        m_started << pid;
        const qint64 promPid = readPid(stateDir + QLatin1String("/prometheus.pid"));
        QVERIFY2(alive(promPid) && argv0(promPid) == QLatin1String("prometheus"), qPrintable(r.out + r.err));
        // The URL is the sandbox context's Prometheus setting, where metrics and alerts look.
        r = ctl({QStringLiteral("config"), QStringLiteral("get-prometheus"), QStringLiteral("ringside-sandbox")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QUrl url(r.out.trimmed());
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(url.port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /-/ready HTTP/1.0\r\n\r\n");
        QVERIFY(socket.waitForReadyRead(10000));
        QVERIFY(socket.readAll().startsWith("HTTP/1.")); // Prometheus itself answers
        r = ctl(QStringList{QStringLiteral("sandbox"), QStringLiteral("status")} + where);
        QVERIFY2(r.out.contains(QLatin1String("Prometheus: ") + url.toString()), qPrintable(r.out));
        r = ctl(QStringList{QStringLiteral("sandbox"), QStringLiteral("stop")} + where);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Prometheus (pid %1) stopped").arg(promPid)), qPrintable(r.out));
        QVERIFY(!alive(promPid));
        QVERIFY(!alive(pid));
    }

    void concurrentStartsMakeOneSandbox()
    {
        const QString stateDir = m_home.filePath(QStringLiteral("concurrent"));
        const QStringList args{QStringLiteral("sandbox"),
                               QStringLiteral("start"),
                               QStringLiteral("--no-demo"),
                               QStringLiteral("--state-dir"),
                               stateDir,
                               QStringLiteral("--kubeconfig"),
                               m_home.filePath(QStringLiteral("concurrent-kc"))};
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        std::array<QProcess, 2> starts;
        for (QProcess &p : starts) {
            p.setProcessEnvironment(env);
            p.start(Test::binPath(QStringLiteral("ringsidectl")), args);
        }
        QStringList outs;
        for (QProcess &p : starts) {
            QVERIFY(p.waitForFinished(90000));
            QCOMPARE(p.exitCode(), 0);
            outs << QString::fromUtf8(p.readAllStandardOutput());
        }
        const qint64 pid = readPid(stateDir + QLatin1String("/sandbox.pid"));
        m_started << pid;
        QVERIFY(alive(pid));
        // One started it, the other waited for the lock and found it running, with its URL.
        QCOMPARE(outs.filter(QStringLiteral("ringside-sandbox started (pid %1)").arg(pid)).size(), 1);
        QCOMPARE(outs.filter(QStringLiteral("already running (pid %1)").arg(pid)).size(), 1);
        QCOMPARE(outs.filter(QStringLiteral("serving https://127.0.0.1:")).size(), 2);
        const Run r = ctl({QStringLiteral("sandbox"), QStringLiteral("stop"), QStringLiteral("--state-dir"), stateDir});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!alive(pid));
    }

    void recycledPidIsNeverSignalled()
    {
        // A pid file naming a live process that is not ringside-sandbox (as after a reboot or pid reuse).
        QProcess sleeper;
        sleeper.start(QStringLiteral("sleep"), {QStringLiteral("30")});
        QVERIFY(sleeper.waitForStarted());
        const qint64 pid = sleeper.processId();
        const QString stateDir = m_home.filePath(QStringLiteral("recycled"));
        QVERIFY(QDir().mkpath(stateDir));
        QFile f(stateDir + QLatin1String("/sandbox.pid"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::number(pid) + '\n');
        f.close();
        const QStringList where{QStringLiteral("--state-dir"), stateDir};
        Run r = ctl(QStringList{QStringLiteral("sandbox"), QStringLiteral("stop")} + where);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains(QLatin1String("stale pid file")) && r.err.contains(QString::number(pid)),
                 qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("not running")), qPrintable(r.out));
        QVERIFY(!sleeper.waitForFinished(300)); // still running: never signalled
        QCOMPARE(sleeper.state(), QProcess::Running);
        QVERIFY(!QFile::exists(stateDir + QLatin1String("/sandbox.pid")));
        sleeper.kill();
        sleeper.waitForFinished();
    }

    void failedStartLeavesNothing()
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        const QString stateDir = m_home.filePath(QStringLiteral("failing"));
        Run r = ctl({QStringLiteral("sandbox"), QStringLiteral("start"), QStringLiteral("--no-demo"),
                     QStringLiteral("--state-dir"), stateDir, QStringLiteral("--kubeconfig"),
                     m_home.filePath(QStringLiteral("failing-kc")), QStringLiteral("--port"),
                     QString::number(taken.serverPort())});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("exited at start")) && r.err.contains(QLatin1String("sandbox.log")),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(stateDir + QLatin1String("/sandbox.pid")));
        // Bad flags are refused before anything starts.
        r = ctl({QStringLiteral("sandbox"), QStringLiteral("start"), QStringLiteral("--port"), QStringLiteral("70000"),
                 QStringLiteral("--state-dir"), stateDir});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("--port")), qPrintable(r.err));
        r = ctl({QStringLiteral("sandbox"), QStringLiteral("start"), QStringLiteral("--bogus")});
        QCOMPARE(r.code, 2);
        r = ctl({QStringLiteral("sandbox"), QStringLiteral("stop"), QStringLiteral("extra")});
        QCOMPARE(r.code, 2);
    }

    void inHelpCompletionAndManPage()
    {
        Run r = ctl({QStringLiteral("help")});
        QVERIFY(r.out.contains(QLatin1String("sandbox start")) && r.out.contains(QLatin1String("sandbox stop"))
                && r.out.contains(QLatin1String("sandbox status"))
                && r.out.contains(QLatin1String("config set-prometheus")));
        r = ctl({QStringLiteral("__complete"), QStringLiteral("sandbox"), QString()});
        QVERIFY2(r.out.split(u'\n').contains(QStringLiteral("start"))
                     && r.out.split(u'\n').contains(QStringLiteral("status")),
                 qPrintable(r.out));
        r = ctl(
            {QStringLiteral("__complete"), QStringLiteral("sandbox"), QStringLiteral("start"), QStringLiteral("--")});
        QVERIFY2(r.out.split(u'\n').contains(QStringLiteral("--state-dir"))
                     && r.out.split(u'\n').contains(QStringLiteral("--no-demo")),
                 qPrintable(r.out));
        r = ctl({QStringLiteral("help"), QStringLiteral("--man")});
        QVERIFY(r.out.contains(QLatin1String("sandbox start")));
    }
};

QTEST_GUILESS_MAIN(TestCliSandboxLifecycle)
#include "tst_cli_sandbox_lifecycle.moc"
