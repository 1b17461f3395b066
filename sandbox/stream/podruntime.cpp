#include "podruntime.h"

#include <QRegularExpression>
#include <QTimer>

namespace Ringside::Sandbox {

ContainerLog::ContainerLog(QObject *parent)
    : QObject(parent)
{}

void ContainerLog::append(const QByteArray &text, const QDateTime &time)
{
    QList<QByteArray> parts = text.split('\n');
    if (text.endsWith('\n')) {
        parts.removeLast();
    }
    for (const QByteArray &p : std::as_const(parts)) {
        m_lines.push_back({time.toUTC(), p});
        while (int(m_lines.size()) > m_maxLines) {
            m_lines.pop_front();
        }
        Q_EMIT lineAppended(m_lines.back());
    }
}

void ContainerLog::close()
{
    if (!m_closed) {
        m_closed = true;
        Q_EMIT closed();
    }
}

ExecSession::ExecSession(const QString &ns, const QString &pod, const QString &container, const QStringList &command,
                         bool tty, bool hasStdin, QObject *parent)
    : QObject(parent)
    , m_ns(ns)
    , m_pod(pod)
    , m_container(container)
    , m_command(command)
    , m_tty(tty)
    , m_hasStdin(hasStdin)
{}

void ExecSession::writeStdout(const QByteArray &data)
{
    if (!m_finished && !data.isEmpty()) {
        Q_EMIT output(1, data);
    }
}

void ExecSession::writeStderr(const QByteArray &data)
{
    if (!m_finished && !data.isEmpty()) {
        Q_EMIT output(m_tty ? 1 : 2, data);
    }
}

void ExecSession::exit(int exitCode)
{
    if (!m_finished) {
        m_finished = true;
        m_exitCode = exitCode;
        Q_EMIT finished(exitCode);
    }
}

void ExecSession::deliverStdin(const QByteArray &data)
{
    if (!m_stdinClosed) {
        Q_EMIT stdinReceived(data);
    }
}

void ExecSession::closeStdin()
{
    if (!m_stdinClosed) {
        m_stdinClosed = true;
        Q_EMIT stdinEnded();
    }
}

void PortConnection::write(const QByteArray &data)
{
    if (!m_closed) {
        Q_EMIT written(data);
    }
}

void PortConnection::close()
{
    if (!m_closed) {
        m_closed = true;
        Q_EMIT closedByPod();
    }
}

void PortConnection::deliver(const QByteArray &data)
{
    if (!m_closed) {
        Q_EMIT received(data);
    }
}

void PortConnection::clientClosed()
{
    if (!m_closed) {
        m_closed = true;
        Q_EMIT closedByClient();
    }
}

PodRuntime::PodRuntime(QObject *parent)
    : QObject(parent)
{}

PodRuntime::~PodRuntime() = default;

static QString logKey(const QString &ns, const QString &pod, const QString &container, bool previous)
{
    return ns + u'/' + pod + u'/' + container + (previous ? QLatin1String("/previous") : QLatin1String(""));
}

ContainerLog *PodRuntime::log(const QString &ns, const QString &pod, const QString &container, bool previous)
{
    const QString key = logKey(ns, pod, container, previous);
    ContainerLog *&l = m_logs[key];
    if (!l) {
        l = new ContainerLog(this);
    }
    return l;
}

bool PodRuntime::hasLog(const QString &ns, const QString &pod, const QString &container, bool previous) const
{
    return m_logs.contains(logKey(ns, pod, container, previous));
}

void PodRuntime::removePod(const QString &ns, const QString &pod)
{
    const QString prefix = ns + u'/' + pod + u'/';
    for (auto it = m_logs.begin(); it != m_logs.end();) {
        if (it.key().startsWith(prefix)) {
            it.value()->close();
            it.value()->deleteLater();
            it = m_logs.erase(it);
        } else {
            ++it;
        }
    }
}

void PodRuntime::registerCommand(const QString &program, ExecHandler handler)
{
    m_commands.insert(program, std::move(handler));
}

static QString portKey(const QString &ns, const QString &pod, int port)
{
    return ns + u'/' + pod + u'/' + QString::number(port);
}

void PodRuntime::setHttpPort(const QString &ns, const QString &pod, int port, HttpPortHandler handler)
{
    m_httpPorts.insert(portKey(ns, pod, port), std::move(handler));
}

void PodRuntime::setStreamPort(const QString &ns, const QString &pod, int port, StreamPortHandler handler)
{
    m_streamPorts.insert(portKey(ns, pod, port), std::move(handler));
}

PodRuntime::HttpPortHandler PodRuntime::httpPort(const QString &ns, const QString &pod, int port) const
{
    for (const QString &key :
         {portKey(ns, pod, port), portKey(ns, QString(), port), portKey(QString(), QString(), port)}) {
        if (m_httpPorts.contains(key)) {
            return m_httpPorts.value(key);
        }
    }
    return {};
}

PodRuntime::StreamPortHandler PodRuntime::streamPort(const QString &ns, const QString &pod, int port) const
{
    for (const QString &key :
         {portKey(ns, pod, port), portKey(ns, QString(), port), portKey(QString(), QString(), port)}) {
        if (m_streamPorts.contains(key)) {
            return m_streamPorts.value(key);
        }
    }
    return {};
}

void PodRuntime::startExec(ExecSession *session)
{
    const QStringList argv = session->command();
    if (argv.isEmpty()) {
        session->writeStderr("exec: no command given\n");
        session->exit(127);
        return;
    }
    const QString program = argv.first();
    const QString base = program.section(u'/', -1);
    for (const QString &name : {program, base}) {
        const auto it = m_commands.constFind(name);
        if (it != m_commands.cend()) {
            it.value()(session);
            return;
        }
    }
    if (runBuiltin(session, argv)) {
        return;
    }
    session->writeStderr("exec: \"" + program.toUtf8() + "\": executable file not found in $PATH\n");
    session->exit(127);
}

// Runs the built-in commands; returns false when \a argv is not one of them.
bool PodRuntime::runBuiltin(ExecSession *session, const QStringList &argv)
{
    const QString program = argv.first().section(u'/', -1);
    if (program == QLatin1String("echo")) {
        QStringList args = argv.mid(1);
        bool newline = true;
        if (!args.isEmpty() && args.first() == QLatin1String("-n")) {
            newline = false;
            args.removeFirst();
        }
        session->writeStdout(args.join(u' ').toUtf8() + (newline ? "\n" : ""));
        session->exit(0);
        return true;
    }
    if (program == QLatin1String("true") || program == QLatin1String("false")) {
        session->exit(program == QLatin1String("true") ? 0 : 1);
        return true;
    }
    if (program == QLatin1String("hostname")) {
        session->writeStdout(session->pod().toUtf8() + '\n');
        session->exit(0);
        return true;
    }
    if (program == QLatin1String("env") || program == QLatin1String("printenv")) {
        const QHash<QString, QString> env = session->environment();
        if (program == QLatin1String("printenv") && argv.size() > 1) {
            int code = 0;
            for (const QString &name : argv.mid(1)) {
                if (env.contains(name)) {
                    session->writeStdout(env.value(name).toUtf8() + '\n');
                } else {
                    code = 1;
                }
            }
            session->exit(code);
            return true;
        }
        QStringList keys = env.keys();
        keys.sort();
        for (const QString &k : std::as_const(keys)) {
            session->writeStdout((k + u'=' + env.value(k)).toUtf8() + '\n');
        }
        session->exit(0);
        return true;
    }
    if (program == QLatin1String("cat") && argv.size() == 1) {
        // Copies stdin to stdout until stdin ends.
        if (!session->hasStdin() || session->stdinClosed()) {
            session->exit(0);
            return true;
        }
        connect(session, &ExecSession::stdinReceived, session, &ExecSession::writeStdout);
        connect(session, &ExecSession::stdinEnded, session, [session] { session->exit(0); });
        return true;
    }
    if (program == QLatin1String("sleep") && argv.size() == 2) {
        bool ok = false;
        const double seconds = argv.at(1).toDouble(&ok);
        if (!ok || seconds < 0) {
            session->writeStderr("sleep: invalid time interval '" + argv.at(1).toUtf8() + "'\n");
            session->exit(1);
            return true;
        }
        QTimer::singleShot(int(seconds * 1000), session, [session] { session->exit(0); });
        return true;
    }
    if ((program == QLatin1String("sh") || program == QLatin1String("bash")) && argv.size() >= 3
        && argv.at(1) == QLatin1String("-c")) {
        bool async = false;
        const int code = runScript(session, argv.at(2), &async);
        if (!async) {
            session->exit(code);
        }
        return true;
    }
    return false;
}

// A tiny shell: "a; b && c", "exit N", and the built-in commands with whitespace-separated arguments.
int PodRuntime::runScript(ExecSession *session, const QString &script, bool *async)
{
    int code = 0;
    QString rest = script;
    bool skipNext = false;
    while (!rest.trimmed().isEmpty()) {
        const qsizetype semi = rest.indexOf(u';');
        const qsizetype andAnd = rest.indexOf(QLatin1String("&&"));
        qsizetype cut = -1;
        bool isAnd = false;
        if (semi >= 0 && (andAnd < 0 || semi < andAnd)) {
            cut = semi;
        } else if (andAnd >= 0) {
            cut = andAnd;
            isAnd = true;
        }
        const QString part = (cut < 0 ? rest : rest.left(cut)).trimmed();
        rest = cut < 0 ? QString() : rest.mid(cut + (isAnd ? 2 : 1));
        if (skipNext) {
            skipNext = isAnd;
            continue;
        }
        QStringList argv = part.split(u' ', Qt::SkipEmptyParts);
        const QHash<QString, QString> env = session->environment();
        static const QRegularExpression variable(QStringLiteral("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)\\}?"));
        for (QString &a : argv) {
            const bool single = a.startsWith(u'\'') && a.endsWith(u'\'') && a.size() > 1;
            if (single || (a.startsWith(u'"') && a.endsWith(u'"') && a.size() > 1)) {
                a = a.mid(1, a.size() - 2);
            }
            if (!single) {
                QString expanded;
                qsizetype last = 0;
                for (auto it = variable.globalMatch(a); it.hasNext();) {
                    const QRegularExpressionMatch m = it.next();
                    expanded += a.mid(last, m.capturedStart() - last) + env.value(m.captured(1));
                    last = m.capturedEnd();
                }
                a = expanded + a.mid(last);
            }
        }
        if (argv.isEmpty()) {
            continue;
        }
        if (argv.first() == QLatin1String("exit")) {
            return argv.value(1, QStringLiteral("0")).toInt();
        }
        // Run each command in a child session that forwards its output.
        auto *child = new ExecSession(session->ns(), session->pod(), session->container(), argv, session->tty(), false,
                                      session);
        child->setEnvironment(session->environment());
        connect(child, &ExecSession::output, session, [session](int stream, const QByteArray &data) {
            if (stream == 1) {
                session->writeStdout(data);
            } else {
                session->writeStderr(data);
            }
        });
        startExec(child);
        const int childCode = child->isFinished() ? child->exitCode() : -1;
        child->deleteLater();
        if (childCode < 0) {
            session->writeStderr("sh: only commands that finish at once are supported in this sandbox shell\n");
            *async = false;
            return 2;
        }
        code = childCode;
        skipNext = isAnd && code != 0;
    }
    return code;
}

} // namespace Ringside::Sandbox
