#include "detachedprocess.h"

#include "clitr.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QThread>

#include <csignal>
#include <sys/types.h>

namespace Ringside::Cli {

/*! The first argument of /proc/PID/cmdline, without its directory; empty when the process does not exist. */
QString processProgram(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray argv0 = f.readAll().split('\0').value(0);
    return QFileInfo(QString::fromLocal8Bit(argv0)).fileName();
}

/*! True while \a pid exists and has not exited (a zombie nobody reaped yet counts as exited). */
bool processAlive(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QByteArray stat = f.readAll();
    const qsizetype close = stat.lastIndexOf(')'); // the command name may hold spaces and parentheses
    const char state = close >= 0 && close + 2 < stat.size() ? stat.at(close + 2) : '?';
    return state != 'Z' && state != 'X';
}

bool isProgram(qint64 pid, const QString &program)
{
    return pid > 1 && processAlive(pid) && processProgram(pid) == program;
}

/*! Writes \a data to \a file with mode 0600, atomically. */
bool writePrivateFile(const QString &file, const QByteArray &data, QString *error)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = Tr::tr("cannot write %1: %2").arg(file, out.errorString());
        return false;
    }
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(data);
    if (!out.commit()) {
        *error = Tr::tr("cannot write %1: %2").arg(file, out.errorString());
        return false;
    }
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

qint64 readPid(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        return 0;
    }
    bool ok = false;
    const qint64 pid = f.readLine().trimmed().toLongLong(&ok);
    return ok && pid > 1 ? pid : 0;
}

/*! Starts \a program detached in a session of its own (a closed terminal does not stop it), stdin from /dev/null,
    stdout and stderr to files; returns its pid or 0. */
qint64 startDetached(const QProcessEnvironment &env, const QString &program, const QStringList &args,
                     const QString &stdoutFile, const QString &stderrFile, const QString &workDir, QString *error)
{
    QProcess p;
    p.setProgram(program);
    p.setArguments(args);
    p.setWorkingDirectory(workDir);
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    p.setStandardOutputFile(stdoutFile, QIODevice::Truncate);
    p.setStandardErrorFile(stderrFile, QIODevice::Append);
    p.setUnixProcessParameters(QProcess::UnixProcessFlag::CreateNewSession
                               | QProcess::UnixProcessFlag::ResetSignalHandlers
                               | QProcess::UnixProcessFlag::CloseFileDescriptors);
    qint64 pid = 0;
    if (!p.startDetached(&pid) || pid <= 0) {
        *error = Tr::tr("cannot start %1: %2").arg(program, p.errorString());
        return 0;
    }
    return pid;
}

/*! The last \a n lines of \a file, indented, for an error message. */
QString lastLines(const QString &file, int n)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    lines = lines.mid(qMax(qsizetype(0), lines.size() - n));
    QString out;
    for (const QString &l : std::as_const(lines)) {
        out += QLatin1String("\n  ") + l;
    }
    return out;
}

/*! Sends SIGTERM, waits up to \a timeoutMs, then SIGKILL. True when the process is gone. */
bool terminate(qint64 pid, qint64 timeoutMs, bool *killed)
{
    *killed = false;
    ::kill(pid_t(pid), SIGTERM);
    QElapsedTimer clock;
    clock.start();
    while (processAlive(pid)) {
        if (clock.elapsed() > timeoutMs) {
            ::kill(pid_t(pid), SIGKILL);
            *killed = true;
            QElapsedTimer grace;
            grace.start();
            while (processAlive(pid) && grace.elapsed() < 5000) {
                QThread::msleep(50);
            }
            return !processAlive(pid);
        }
        QThread::msleep(50);
    }
    return true;
}

} // namespace Ringside::Cli
