// ringsidectl sandbox start|stop|status: runs ringside-sandbox in the background the way tools/run-session.sh does
// (kubeconfig under XDG_CONFIG_HOME, state, CA and log under XDG_DATA_HOME), with a pid file so that later commands
// find it again. A pid is only ever signalled after /proc/PID/cmdline shows it is really ringside-sandbox (or
// prometheus), so a recycled pid is never killed.
#include "clitr.h"
#include "command.h"
#include "dbasupport.h"
#include "detachedprocess.h"
#include "flags.h"
#include "kubesession.h"
#include "output.h"

#include "kube/kuberequest.h"
#include "util/contextsettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace Ringside::Cli {

namespace {

const QLatin1String SandboxProgram("ringside-sandbox");
const QLatin1String PrometheusProgram("prometheus");
const QLatin1String SandboxContext("ringside-sandbox");

/*! Where one sandbox lives. */
struct SandboxPaths
{
    QString stateDir;
    QString kubeconfig;

    QString pidFile() const { return QDir(stateDir).filePath(QStringLiteral("sandbox.pid")); }
    QString runFile() const { return QDir(stateDir).filePath(QStringLiteral("sandbox-run.json")); }
    QString log() const { return QDir(stateDir).filePath(QStringLiteral("sandbox.log")); }
    QString stdoutFile() const { return QDir(stateDir).filePath(QStringLiteral("sandbox.out")); }
    QString stateFile() const { return QDir(stateDir).filePath(QStringLiteral("state.json")); }
    QString prometheusDir() const { return QDir(stateDir).filePath(QStringLiteral("prometheus")); }
    QString prometheusPidFile() const { return QDir(stateDir).filePath(QStringLiteral("prometheus.pid")); }
    QString lockFile() const { return QDir(stateDir).filePath(QStringLiteral("sandbox.lock")); }
};

/*! $XDG_x_HOME from the invocation's environment, else $HOME/FALLBACK (the XDG spec's defaults). */
QString xdgHome(const Invocation &inv, const char *variable, const char *fallback)
{
    const QString value = inv.env.value(QLatin1String(variable));
    if (!value.isEmpty() && QDir::isAbsolutePath(value)) {
        return value;
    }
    const QString home = inv.env.value(QStringLiteral("HOME"), QDir::homePath());
    return QDir(home).filePath(QLatin1String(fallback));
}

SandboxPaths sandboxPaths(const Invocation &inv, const CommandFlags &flags)
{
    SandboxPaths p;
    p.stateDir = flags.isSet("state-dir")
                     ? QFileInfo(flags.value("state-dir")).absoluteFilePath()
                     : xdgHome(inv, "XDG_DATA_HOME", ".local/share") + QLatin1String("/ringside/sandbox");
    p.kubeconfig = !inv.options.kubeconfig.isEmpty()
                       ? QFileInfo(inv.options.kubeconfig).absoluteFilePath()
                       : xdgHome(inv, "XDG_CONFIG_HOME", ".config") + QLatin1String("/ringside/sandbox/kubeconfig");
    return p;
}

QJsonObject readRunInfo(const SandboxPaths &paths)
{
    QFile f(paths.runFile());
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(f.readAll()).object();
}

/*! The program next to ringsidectl, else on the invocation's PATH; empty when there is none. */
QString findProgram(const Invocation &inv, const QString &name)
{
    const QFileInfo beside(QDir(QCoreApplication::applicationDirPath()).filePath(name));
    if (beside.isFile() && beside.isExecutable()) {
        return beside.absoluteFilePath();
    }
    return QStandardPaths::findExecutable(name, inv.env.value(QStringLiteral("PATH")).split(u':', Qt::SkipEmptyParts));
}

/*! Waits for "ringside-sandbox: serving URL" on the sandbox's stdout; returns the URL, or empty (with \a error). */
QString waitForUrl(qint64 pid, const SandboxPaths &paths, qint64 timeoutMs, QString *error)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        QFile f(paths.stdoutFile());
        if (f.open(QIODevice::ReadOnly)) {
            const QString first = QString::fromUtf8(f.readLine());
            if (first.endsWith(u'\n')) {
                const QString url = first.trimmed().section(u' ', -1);
                if (first.startsWith(QLatin1String("ringside-sandbox: serving "))
                    && url.startsWith(QLatin1String("https://"))) {
                    return url;
                }
                *error = Tr::tr("ringside-sandbox printed \"%1\" instead of the URL it serves").arg(first.trimmed());
                return {};
            }
        }
        if (!processAlive(pid)) {
            *error = Tr::tr("ringside-sandbox exited at start; its log (%1) ends with:%2")
                         .arg(paths.log(), lastLines(paths.log(), 8));
            return {};
        }
        QThread::msleep(50);
    }
    *error = Tr::tr("ringside-sandbox printed no URL within %1 s; see %2").arg(timeoutMs / 1000).arg(paths.log());
    return {};
}

/*! GET /version through \a kubeconfig's ringside-sandbox context until it answers; false with \a error on timeout. */
bool waitForApi(Invocation &inv, const QString &kubeconfig, qint64 timeoutMs, QString *error)
{
    QString sink;
    QTextStream quiet(&sink);
    Invocation probe{inv.options, {}, quiet, quiet, inv.env};
    probe.options.kubeconfig = kubeconfig;
    probe.options.context = SandboxContext;
    probe.options.nameSpace.clear();
    probe.options.timeout = QStringLiteral("5s");
    QElapsedTimer clock;
    clock.start();
    QString last;
    do {
        KubeSession session(probe);
        if (session.open()) {
            KubeRequest request;
            request.method = "GET";
            request.path = QStringLiteral("/version");
            const BlockingClient::Result r = session.blocking().send(request);
            if (r.ok() && r.response->httpStatus == 200 && r.response->object.contains(QLatin1String("gitVersion"))) {
                return true;
            }
            last = r.ok() ? Tr::tr("HTTP %1").arg(r.response->httpStatus) : r.error->message;
        } else {
            last = sink.trimmed();
            sink.clear();
        }
        QThread::msleep(100);
    } while (clock.elapsed() < timeoutMs);
    *error = Tr::tr("the sandbox's API did not answer GET /version through %1 within %2 s: %3")
                 .arg(kubeconfig)
                 .arg(timeoutMs / 1000)
                 .arg(last);
    return false;
}

quint16 freeLocalPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0)) {
        return 0;
    }
    return probe.serverPort();
}

/*! Starts Prometheus on the sandbox's scrape configuration; returns its URL or empty (with \a error). */
QString startPrometheus(Invocation &inv, const SandboxPaths &paths, QString *error)
{
    const QString program = findProgram(inv, PrometheusProgram);
    if (program.isEmpty()) {
        *error = Tr::tr("prometheus is not on PATH");
        return {};
    }
    const QString config = QDir(paths.prometheusDir()).filePath(QStringLiteral("prometheus.yml"));
    QElapsedTimer clock;
    clock.start();
    while (!QFileInfo::exists(config) && clock.elapsed() < 5000) {
        QThread::msleep(100);
    }
    if (!QFileInfo::exists(config)) {
        *error = Tr::tr("the sandbox wrote no Prometheus configuration (%1)").arg(config);
        return {};
    }
    const quint16 port = freeLocalPort();
    if (port == 0) {
        *error = Tr::tr("no free local port for Prometheus");
        return {};
    }
    const QString log = QDir(paths.prometheusDir()).filePath(QStringLiteral("prometheus.log"));
    const qint64 pid = startDetached(
        inv.env, program,
        {QLatin1String("--config.file=") + config,
         QLatin1String("--storage.tsdb.path=") + QDir(paths.prometheusDir()).filePath(QStringLiteral("data")),
         QStringLiteral("--storage.tsdb.retention.time=15d"),
         QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(port)},
        log, log, paths.prometheusDir(), error);
    if (pid == 0) {
        return {};
    }
    if (!writePrivateFile(paths.prometheusPidFile(), QByteArray::number(pid) + '\n', error)) {
        return {};
    }
    clock.restart();
    while (clock.elapsed() < 15000) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(200)) {
            return QStringLiteral("http://127.0.0.1:%1").arg(port);
        }
        if (!processAlive(pid)) {
            *error = Tr::tr("prometheus exited at start; its log (%1) ends with:%2").arg(log, lastLines(log, 5));
            return {};
        }
        QThread::msleep(100);
    }
    *error = Tr::tr("prometheus does not listen on 127.0.0.1:%1 after 15 s; see %2").arg(port).arg(log);
    return {};
}

void stopPrometheus(const SandboxPaths &paths, QTextStream &out)
{
    const qint64 pid = readPid(paths.prometheusPidFile());
    if (pid != 0 && isProgram(pid, PrometheusProgram)) {
        bool killed = false;
        terminate(pid, 10000, &killed);
        out << Tr::tr("Prometheus (pid %1) stopped").arg(pid) << '\n';
    }
    QFile::remove(paths.prometheusPidFile());
}

QString formatUptime(qint64 seconds)
{
    if (seconds < 0) {
        return QStringLiteral("?");
    }
    const qint64 d = seconds / 86400;
    const qint64 h = (seconds % 86400) / 3600;
    const qint64 m = (seconds % 3600) / 60;
    const qint64 s = seconds % 60;
    QString text = d > 0 ? QStringLiteral("%1d").arg(d) : QString();
    if (d > 0 || h > 0) {
        text += QStringLiteral("%1h").arg(h);
    }
    if (d > 0 || h > 0 || m > 0) {
        text += QStringLiteral("%1m").arg(m);
    }
    return text + QStringLiteral("%1s").arg(s);
}

bool parseFlags(Invocation &inv, CommandFlags &flags, int *code)
{
    if (!flags.parse(inv.args)) {
        inv.err << "error: " << flags.error() << '\n';
        *code = ExitUsage;
        return false;
    }
    if (!flags.positional().isEmpty()) {
        inv.err << "error: " << Tr::tr("unexpected argument \"%1\"").arg(flags.positional().constFirst()) << '\n';
        *code = ExitUsage;
        return false;
    }
    return true;
}

qint64 timeoutMs(const Invocation &inv, qint64 fallback, bool *ok)
{
    *ok = true;
    if (inv.options.timeout.isEmpty()) {
        return fallback;
    }
    const std::optional<qint64> ms = parseDurationMs(inv.options.timeout);
    *ok = ms.has_value() && *ms > 0;
    return ms.value_or(fallback);
}

void printUsage(QTextStream &out, const QString &url, const QString &kubeconfig)
{
    out << Tr::tr("serving %1").arg(url) << '\n'
        << Tr::tr("kubeconfig: %1 (context %2)").arg(kubeconfig, SandboxContext) << '\n'
        << Tr::tr("To use it:") << '\n'
        << "  export KUBECONFIG=" << kubeconfig << '\n';
}

/*! The running sandbox's pid from the pid file, or 0. A pid file of a process that is gone, or that is not
    ringside-sandbox (a recycled pid), is removed. */
qint64 runningSandbox(const SandboxPaths &paths, QString *staleNote)
{
    const qint64 pid = readPid(paths.pidFile());
    if (pid == 0) {
        return 0;
    }
    if (isProgram(pid, SandboxProgram)) {
        return pid;
    }
    *staleNote = Tr::tr("removed a stale pid file (%1): pid %2 is not a running ringside-sandbox")
                     .arg(paths.pidFile())
                     .arg(pid);
    QFile::remove(paths.pidFile());
    QFile::remove(paths.runFile());
    return 0;
}

/*! Takes the state directory's lock (held by a live ringsidectl only: a crashed one's lock is taken over). */
bool lockState(Invocation &inv, QLockFile *lock, qint64 timeoutMs)
{
    lock->setStaleLockTime(0);
    if (lock->tryLock(int(qMin<qint64>(timeoutMs, 600000)))) {
        return true;
    }
    qint64 pid = 0;
    QString host;
    QString app;
    lock->getLockInfo(&pid, &host, &app);
    inv.fail(Tr::tr("another ringsidectl (pid %1) is starting or stopping the sandbox of %2; try again when it is done")
                 .arg(pid)
                 .arg(QFileInfo(lock->fileName()).absolutePath()));
    return false;
}

} // namespace

int sandboxStart(Invocation &inv)
{
    CommandFlags flags({{"state-dir", 0, true}, {"no-demo", 0, false}, {"prometheus", 0, false}, {"port", 0, true}});
    int code = ExitOk;
    if (!parseFlags(inv, flags, &code)) {
        return code;
    }
    bool ok = false;
    const qint64 timeout = timeoutMs(inv, 60000, &ok);
    if (!ok) {
        return inv.fail(Tr::tr("invalid --timeout \"%1\" (use e.g. 30s or 2m)").arg(inv.options.timeout));
    }
    const uint port = flags.value("port", QStringLiteral("0")).toUInt(&ok);
    if (!ok || port > 65535) {
        return inv.fail(Tr::tr("--port must be a number from 0 to 65535, not \"%1\"").arg(flags.value("port")));
    }
    const SandboxPaths paths = sandboxPaths(inv, flags);
    if (!QDir().mkpath(paths.stateDir) || !QDir().mkpath(QFileInfo(paths.kubeconfig).absolutePath())) {
        return inv.fail(Tr::tr("cannot create %1 or the directory of %2").arg(paths.stateDir, paths.kubeconfig));
    }
    QFile::setPermissions(paths.stateDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // One start or stop at a time per state directory: a second start waits, then finds the first one running.
    QLockFile lock(paths.lockFile());
    if (!lockState(inv, &lock, timeout)) {
        return ExitError;
    }
    QString note;
    if (const qint64 pid = runningSandbox(paths, &note)) {
        const QJsonObject run = readRunInfo(paths);
        inv.out << Tr::tr("ringside-sandbox is already running (pid %1)").arg(pid) << '\n';
        printUsage(inv.out, run.value(QLatin1String("url")).toString(),
                   run.value(QLatin1String("kubeconfig")).toString(paths.kubeconfig));
        return ExitOk;
    }
    if (!note.isEmpty()) {
        inv.err << note << '\n';
    }
    const QString program = findProgram(inv, SandboxProgram);
    if (program.isEmpty()) {
        return inv.fail(Tr::tr("ringside-sandbox was found neither next to ringsidectl (%1) nor on PATH")
                            .arg(QCoreApplication::applicationDirPath()));
    }
    QStringList args{
        QStringLiteral("--kubeconfig"), paths.kubeconfig, QStringLiteral("--state"), paths.stateFile(),
        QStringLiteral("--state-dir"),  paths.stateDir,   QStringLiteral("--port"),  QString::number(port)};
    if (flags.on("no-demo")) {
        args << QStringLiteral("--no-demo");
    }
    QString error;
    const qint64 pid = startDetached(inv.env, program, args, paths.stdoutFile(), paths.log(), paths.stateDir, &error);
    if (pid == 0) {
        return inv.fail(error);
    }
    // The pid file first, so that `sandbox stop` finds a sandbox whose start fails below.
    const QDateTime started = QDateTime::currentDateTimeUtc();
    if (!writePrivateFile(paths.pidFile(), QByteArray::number(pid) + '\n', &error)) {
        bool killed = false;
        terminate(pid, 5000, &killed);
        return inv.fail(error);
    }
    const QString url = waitForUrl(pid, paths, timeout, &error);
    if (url.isEmpty() || !waitForApi(inv, paths.kubeconfig, timeout, &error)) {
        bool killed = false;
        if (processAlive(pid) && isProgram(pid, SandboxProgram)) {
            terminate(pid, 5000, &killed);
        }
        QFile::remove(paths.pidFile());
        return inv.fail(error);
    }
    QJsonObject run{{QStringLiteral("pid"), pid},
                    {QStringLiteral("url"), url},
                    {QStringLiteral("kubeconfig"), paths.kubeconfig},
                    {QStringLiteral("startedAt"), started.toString(Qt::ISODate)},
                    {QStringLiteral("log"), paths.log()}};
    if (flags.on("prometheus")) {
        const QString promUrl = startPrometheus(inv, paths, &error);
        if (promUrl.isEmpty()) {
            inv.err << "warning: " << Tr::tr("Prometheus was not started: %1").arg(error) << '\n';
        } else {
            run.insert(QStringLiteral("prometheusUrl"), promUrl);
            if (!storePrometheusUrl(settingsFileOf(inv), SandboxContext, promUrl, &error)) {
                inv.err << "warning: " << error << '\n';
            }
        }
    }
    if (!writePrivateFile(paths.runFile(), QJsonDocument(run).toJson(), &error)) {
        inv.err << "warning: " << error << '\n';
    }
    inv.out << Tr::tr("ringside-sandbox started (pid %1); log: %2").arg(pid).arg(paths.log()) << '\n';
    if (run.contains(QLatin1String("prometheusUrl"))) {
        inv.out << Tr::tr("Prometheus %1, stored as the Prometheus of context %2")
                       .arg(run.value(QLatin1String("prometheusUrl")).toString(), SandboxContext)
                << '\n';
    }
    printUsage(inv.out, url, paths.kubeconfig);
    return ExitOk;
}

int sandboxStop(Invocation &inv)
{
    CommandFlags flags({{"state-dir", 0, true}});
    int code = ExitOk;
    if (!parseFlags(inv, flags, &code)) {
        return code;
    }
    bool ok = false;
    const qint64 timeout = timeoutMs(inv, 15000, &ok);
    if (!ok) {
        return inv.fail(Tr::tr("invalid --timeout \"%1\" (use e.g. 30s or 2m)").arg(inv.options.timeout));
    }
    const SandboxPaths paths = sandboxPaths(inv, flags);
    QLockFile lock(paths.lockFile());
    if (QFileInfo::exists(paths.stateDir) && !lockState(inv, &lock, timeout)) {
        return ExitError;
    }
    QString note;
    const qint64 pid = runningSandbox(paths, &note);
    if (!note.isEmpty()) {
        inv.err << note << '\n';
    }
    stopPrometheus(paths, inv.out);
    if (pid == 0) {
        inv.out << Tr::tr("ringside-sandbox is not running (no live sandbox for %1)").arg(paths.stateDir) << '\n';
        return ExitOk;
    }
    bool killed = false;
    if (!terminate(pid, timeout, &killed)) {
        return inv.fail(Tr::tr("ringside-sandbox (pid %1) did not exit, even after SIGKILL").arg(pid));
    }
    QFile::remove(paths.pidFile());
    QFile::remove(paths.runFile());
    if (killed) {
        inv.out << Tr::tr(
                       "ringside-sandbox (pid %1) did not stop within %2 s and was killed; its last state may not be "
                       "saved")
                       .arg(pid)
                       .arg(timeout / 1000)
                << '\n';
    } else {
        inv.out << Tr::tr("ringside-sandbox (pid %1) stopped").arg(pid) << '\n';
    }
    return ExitOk;
}

int sandboxStatus(Invocation &inv)
{
    CommandFlags flags({{"state-dir", 0, true}});
    int code = ExitOk;
    if (!parseFlags(inv, flags, &code)) {
        return code;
    }
    const QString format = inv.options.output;
    if (!format.isEmpty() && !isStructuredFormat(format)) {
        return inv.fail(Tr::tr("output must be one of '', 'json' or 'yaml'"));
    }
    const SandboxPaths paths = sandboxPaths(inv, flags);
    QString note;
    const qint64 pid = runningSandbox(paths, &note);
    if (!note.isEmpty()) {
        inv.err << note << '\n';
    }
    QJsonObject status{{QStringLiteral("running"), pid != 0}, {QStringLiteral("stateDir"), paths.stateDir}};
    const QJsonObject run = readRunInfo(paths);
    QString error;
    bool answering = false;
    qint64 uptime = -1;
    if (pid != 0) {
        const QString kubeconfig = run.value(QLatin1String("kubeconfig")).toString(paths.kubeconfig);
        const QDateTime started = QDateTime::fromString(run.value(QLatin1String("startedAt")).toString(), Qt::ISODate);
        uptime = started.isValid() ? started.secsTo(QDateTime::currentDateTimeUtc()) : -1;
        answering = waitForApi(inv, kubeconfig, 1, &error);
        status.insert(QStringLiteral("pid"), pid);
        status.insert(QStringLiteral("url"), run.value(QLatin1String("url")).toString());
        status.insert(QStringLiteral("kubeconfig"), kubeconfig);
        status.insert(QStringLiteral("startedAt"), run.value(QLatin1String("startedAt")).toString());
        status.insert(QStringLiteral("uptimeSeconds"), uptime);
        status.insert(QStringLiteral("apiAnswering"), answering);
        const qint64 promPid = readPid(paths.prometheusPidFile());
        if (promPid != 0 && isProgram(promPid, PrometheusProgram)) {
            status.insert(QStringLiteral("prometheusPid"), promPid);
            status.insert(QStringLiteral("prometheusUrl"), run.value(QLatin1String("prometheusUrl")).toString());
        }
    }
    if (isStructuredFormat(format)) {
        if (!printStructured(inv.out, status, format, &error)) {
            return inv.fail(error);
        }
        return ExitOk;
    }
    if (pid == 0) {
        inv.out << Tr::tr("ringside-sandbox is not running (state directory %1)").arg(paths.stateDir) << '\n';
        return ExitOk;
    }
    inv.out << Tr::tr("ringside-sandbox is running") << '\n'
            << "  " << Tr::tr("pid:        %1").arg(pid) << '\n'
            << "  " << Tr::tr("URL:        %1").arg(status.value(QLatin1String("url")).toString()) << '\n'
            << "  " << Tr::tr("uptime:     %1").arg(formatUptime(uptime)) << '\n'
            << "  "
            << Tr::tr("API:        %1").arg(answering ? Tr::tr("answering") : Tr::tr("not answering (%1)").arg(error))
            << '\n'
            << "  "
            << Tr::tr("kubeconfig: %1 (context %2)")
                   .arg(status.value(QLatin1String("kubeconfig")).toString(), SandboxContext)
            << '\n';
    if (status.contains(QLatin1String("prometheusUrl"))) {
        inv.out << "  "
                << Tr::tr("Prometheus: %1 (pid %2)")
                       .arg(status.value(QLatin1String("prometheusUrl")).toString())
                       .arg(status.value(QLatin1String("prometheusPid")).toInteger())
                << '\n';
    }
    return ExitOk;
}

} // namespace Ringside::Cli
