#pragma once

#include "http/httprequest.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <deque>
#include <functional>
#include <memory>

namespace Ringside::Sandbox {

/*! What one container (or its previous instance) has logged: timestamped lines, appended over time. Simulated
    workloads append; pods/log reads, tails and follows it. \since 0.1 */
class ContainerLog : public QObject
{
    Q_OBJECT
public:
    struct Line
    {
        QDateTime time;
        QByteArray text; //!< without the newline
    };
    explicit ContainerLog(QObject *parent = nullptr);

    /*! Appends \a text, one line per '\n' (a trailing newline ends the last line). */
    void append(const QByteArray &text, const QDateTime &time = QDateTime::currentDateTimeUtc());
    const std::deque<Line> &lines() const { return m_lines; }
    /*! The container stopped: followers end their streams. */
    void close();
    bool isClosed() const { return m_closed; }
    /*! Keeps at most this many lines (the oldest go first); default 100000. */
    void setMaxLines(int lines) { m_maxLines = lines; }

Q_SIGNALS:
    void lineAppended(const Ringside::Sandbox::ContainerLog::Line &line);
    void closed();

private:
    std::deque<Line> m_lines;
    int m_maxLines = 100000;
    bool m_closed = false;
};

/*! One exec: the command, its input and its output. A handler writes output and must call exit() once.
    \since 0.1 */
class ExecSession : public QObject
{
    Q_OBJECT
public:
    ExecSession(const QString &ns, const QString &pod, const QString &container, const QStringList &command, bool tty,
                bool hasStdin, QObject *parent = nullptr);

    QString ns() const { return m_ns; }
    QString pod() const { return m_pod; }
    QString container() const { return m_container; }
    QStringList command() const { return m_command; }
    bool tty() const { return m_tty; }
    bool hasStdin() const { return m_hasStdin; }
    bool stdinClosed() const { return m_stdinClosed; }
    /*! Environment of the container (from the pod spec's literal env values). */
    QHash<QString, QString> environment() const { return m_environment; }
    void setEnvironment(const QHash<QString, QString> &env) { m_environment = env; }

    void writeStdout(const QByteArray &data);
    void writeStderr(const QByteArray &data);
    /*! Ends the command with \a exitCode. */
    void exit(int exitCode);
    bool isFinished() const { return m_finished; }
    int exitCode() const { return m_exitCode; }

    // Called by the transport.
    void deliverStdin(const QByteArray &data);
    void closeStdin();

Q_SIGNALS:
    void stdinReceived(const QByteArray &data);
    void stdinEnded();
    void resized(int width, int height);
    void output(int stream, const QByteArray &data); //!< 1 stdout, 2 stderr
    void finished(int exitCode);

private:
    QString m_ns, m_pod, m_container;
    QStringList m_command;
    bool m_tty, m_hasStdin;
    bool m_stdinClosed = false;
    bool m_finished = false;
    int m_exitCode = -1;
    QHash<QString, QString> m_environment;
};

/*! One forwarded connection to a pod port, as a byte stream. \since 0.1 */
class PortConnection : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    /*! Bytes from the pod to the client. */
    void write(const QByteArray &data);
    /*! The pod side closes the connection. */
    void close();
    bool isClosed() const { return m_closed; }
    void deliver(const QByteArray &data); //!< transport: bytes from the client
    void clientClosed();                  //!< transport: the client went away

Q_SIGNALS:
    void received(const QByteArray &data); //!< bytes from the client
    void written(const QByteArray &data);  //!< bytes for the client (transport listens)
    void closedByPod();
    void closedByClient();

private:
    bool m_closed = false;
};

/*! A simple HTTP response a port's HTTP handler returns. \since 0.1 */
struct PortHttpResponse
{
    int status = 200;
    HeaderList headers;
    QByteArray body;
};

/*! The hooks of the simulated container runtime: what containers log, what exec runs, what ports serve.
    Built in: exec of echo, cat, true, false, hostname, env, printenv, sleep and a small `sh -c` (commands
    separated by ';' or '&&', and exit N); anything else is "executable file not found" with exit code 127.
    Ports serve nothing until a handler is registered (connection refused). \since 0.1 */
class PodRuntime : public QObject
{
    Q_OBJECT
public:
    using ExecHandler = std::function<void(ExecSession *session)>;
    using HttpPortHandler = std::function<PortHttpResponse(const HttpRequest &request)>;
    using StreamPortHandler = std::function<void(PortConnection *connection)>;

    explicit PodRuntime(QObject *parent = nullptr);
    ~PodRuntime() override;

    /*! The log of a container; created empty on first use. */
    ContainerLog *log(const QString &ns, const QString &pod, const QString &container, bool previous = false);
    /*! True when something was ever logged (or the log was created) for that container. */
    bool hasLog(const QString &ns, const QString &pod, const QString &container, bool previous) const;
    /*! Forgets everything about a pod (deleted pods). */
    void removePod(const QString &ns, const QString &pod);

    /*! Runs \a handler for commands whose argv[0] (or basename) is \a program, in every container. */
    void registerCommand(const QString &program, ExecHandler handler);
    /*! Starts \a session: a registered command, a built-in one, or "not found" (127). */
    void startExec(ExecSession *session);

    /*! Serves HTTP on a pod port (pod "" = every pod of the namespace, ns "" = every namespace). */
    void setHttpPort(const QString &ns, const QString &pod, int port, HttpPortHandler handler);
    /*! Serves a byte stream on a pod port. */
    void setStreamPort(const QString &ns, const QString &pod, int port, StreamPortHandler handler);
    HttpPortHandler httpPort(const QString &ns, const QString &pod, int port) const;
    StreamPortHandler streamPort(const QString &ns, const QString &pod, int port) const;

private:
    bool runBuiltin(ExecSession *session, const QStringList &argv);
    int runScript(ExecSession *session, const QString &script, bool *async);

    QHash<QString, ContainerLog *> m_logs;
    QHash<QString, ExecHandler> m_commands;
    QHash<QString, HttpPortHandler> m_httpPorts;
    QHash<QString, StreamPortHandler> m_streamPorts;
};

} // namespace Ringside::Sandbox
