#include "kube/shellenvironment.h"

#include "coretr.h"
#include "kube/kubelogging.h"

#include <QDir>
#include <QProcess>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Ringside {

namespace {
constexpr QByteArrayView kBegin = "__RINGSIDE_PATH_BEGIN__";
constexpr QByteArrayView kEnd = "__RINGSIDE_PATH_END__";

QStringList splitPath(const QString &path)
{
    QStringList out;
    for (const QString &p : path.split(QDir::listSeparator(), Qt::SkipEmptyParts)) {
        if (!out.contains(p)) {
            out.append(p);
        }
    }
    return out;
}
} // namespace

ShellEnvironment::ShellEnvironment(const QProcessEnvironment &env, QObject *parent)
    : QObject(parent)
    , m_env(env)
{
#ifdef Q_OS_WIN
    m_shell.clear();
#else
    m_shell = env.value(u"SHELL"_s);
    if (m_shell.isEmpty()) {
        m_shell = u"/bin/sh"_s;
    }
#endif
}

ShellEnvironment::~ShellEnvironment()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000); // reaps the killed child; does not run an event loop
    }
}

void ShellEnvironment::setShell(const QString &shell)
{
    m_shell = shell;
}

void ShellEnvironment::resolve(const QObject *context, std::function<void()> ready)
{
    if (m_state == State::Done) {
        ready();
        return;
    }
    m_waiters.append({context, std::move(ready)});
    if (m_state == State::Idle) {
        start();
    }
}

QStringList ShellEnvironment::parseShellOutput(const QByteArray &output)
{
    const qsizetype b = output.lastIndexOf(kBegin);
    if (b < 0) {
        return {};
    }
    const qsizetype start = b + kBegin.size();
    const qsizetype e = output.indexOf(kEnd, start);
    if (e < 0) {
        return {};
    }
    return splitPath(QString::fromLocal8Bit(output.mid(start, e - start)));
}

void ShellEnvironment::start()
{
    m_state = State::Running;
    if (m_shell.isEmpty()) {
        finish();
        return;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProcessEnvironment(m_env);
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->setProgram(m_shell);
    // -l: a login shell reads the profile files; -i: interactive shells read rc files (where many users set PATH).
    const QString script = u"printf '%s%s%s' '"_s + QLatin1StringView(kBegin) + u"' \"$PATH\" '"_s + QLatin1StringView(kEnd) + u'\'';
    m_process->setArguments({u"-l"_s, u"-i"_s, u"-c"_s, script});
    connect(m_process.get(), &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        const QByteArray out = m_process->readAllStandardOutput();
        m_loginPath = parseShellOutput(out);
        if (m_loginPath.isEmpty()) {
            m_error = status == QProcess::CrashExit ? CoreTr::tr("the login shell %1 crashed").arg(m_shell)
                                                    : CoreTr::tr("the login shell %1 did not report a PATH (exit code %2)").arg(m_shell).arg(code);
        }
        finish();
    });
    connect(m_process.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError err) {
        if (err == QProcess::FailedToStart) {
            m_error = CoreTr::tr("cannot start the login shell %1: %2").arg(m_shell, m_process->errorString());
            finish();
        }
    });
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_error = CoreTr::tr("the login shell %1 did not answer within %2 ms").arg(m_shell).arg(m_shellTimeout.count());
        finish();
    });
    m_timer->start(m_shellTimeout);
    qCDebug(lcKubeAuth) << "asking the login shell for its PATH:" << m_shell;
    m_process->start();
}

void ShellEnvironment::finish()
{
    if (m_state == State::Done) {
        return;
    }
    m_state = State::Done;
    if (m_timer) {
        m_timer->stop();
        m_timer->deleteLater();
        m_timer = nullptr;
    }
    if (m_process) {
        QProcess *p = m_process.release();
        p->disconnect(this);
        if (p->state() != QProcess::NotRunning) {
            connect(p, &QProcess::finished, p, &QObject::deleteLater);
            p->kill();
        } else {
            p->deleteLater();
        }
    }
    if (!m_error.isEmpty()) {
        qCWarning(lcKubeAuth).noquote() << m_error << "- using the process PATH only";
    } else {
        qCDebug(lcKubeAuth) << "login shell PATH has" << m_loginPath.size() << "entries";
    }
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &w : waiters) {
        if (w.context) {
            w.ready();
        }
    }
}

QStringList ShellEnvironment::searchPath() const
{
    QStringList out = m_loginPath;
    for (const QString &p : splitPath(m_env.value(u"PATH"_s))) {
        if (!out.contains(p)) {
            out.append(p);
        }
    }
    return out;
}

QProcessEnvironment ShellEnvironment::environment() const
{
    QProcessEnvironment env = m_env;
    env.insert(u"PATH"_s, searchPath().join(QDir::listSeparator()));
    return env;
}

} // namespace Ringside
