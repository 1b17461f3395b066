#pragma once

// Small POSIX process helpers of `ringsidectl sandbox start|stop|status`: starting a program detached, recognising a
// pid from /proc before it is signalled, and private (0600) pid files.

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Ringside::Cli {

/*! The first argument of /proc/PID/cmdline without its directory; empty when the process does not exist. \since 0.1 */
QString processProgram(qint64 pid);
/*! True while \a pid exists and has not exited (a zombie nobody reaped yet counts as exited). \since 0.1 */
bool processAlive(qint64 pid);
/*! True when \a pid is alive and its program is \a program (so a recycled pid is never taken for it). \since 0.1 */
bool isProgram(qint64 pid, const QString &program);
/*! Writes \a data to \a file with mode 0600, atomically; false with \a error. \since 0.1 */
bool writePrivateFile(const QString &file, const QByteArray &data, QString *error);
/*! The pid on the first line of \a file, or 0. \since 0.1 */
qint64 readPid(const QString &file);
/*! Starts \a program detached in a session of its own (a closed terminal does not stop it), stdin from /dev/null,
    stdout to \a stdoutFile (truncated) and stderr appended to \a stderrFile; returns its pid, or 0 with \a error.
    \since 0.1 */
qint64 startDetached(const QProcessEnvironment &env, const QString &program, const QStringList &args,
                     const QString &stdoutFile, const QString &stderrFile, const QString &workDir, QString *error);
/*! The last \a n lines of \a file, each on a new indented line, for an error message. \since 0.1 */
QString lastLines(const QString &file, int n);
/*! Sends SIGTERM to \a pid, waits up to \a timeoutMs, then SIGKILL (setting \a killed). True when it is gone.
    \since 0.1 */
bool terminate(qint64 pid, qint64 timeoutMs, bool *killed);

} // namespace Ringside::Cli
