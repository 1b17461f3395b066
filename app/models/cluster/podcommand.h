#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <functional>

namespace Ringside {
class ExecSession;
class KubeClient;
} // namespace Ringside

namespace Ringside::Cluster {

/*! What a command run in a container printed, and how it ended. \since 0.1 */
struct CommandResult
{
    QString pod;
    QStringList command;
    int exitCode = -1;
    QString out;
    QString err;
    QString failure; //!< the exec itself failed (connection, timeout, forbidden): translated, else empty

    bool isOk() const { return failure.isEmpty() && exitCode == 0; }
    /*! One translated line saying why the command did not succeed, or an empty string. */
    QString problem() const;
};

/*! Runs one command in a pod's container through exec (as `kubectl exec POD -c cassandra -- nodetool info`),
    collects its output and hands the result to a callback on the thread of \a context; a command that does not end
    within the timeout is terminated. The object deletes itself when done; it ends early, without calling back,
    when \a context goes away. \since 0.1 */
class PodCommand : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const CommandResult &)>;

    /*! Starts \a command in \a container of \a pod. */
    static PodCommand *run(KubeClient *client, const QString &nameSpace, const QString &pod, const QString &container,
                           const QStringList &command, const QObject *context, Handler done, int timeoutMs = 30000);
    ~PodCommand() override;

private:
    PodCommand(KubeClient *client, const QString &nameSpace, const QString &pod, const QString &container,
               const QStringList &command, const QObject *context, Handler done, int timeoutMs);
    void finish();

    ExecSession *m_session = nullptr;
    QPointer<const QObject> m_context;
    Handler m_done;
    CommandResult m_result;
    QByteArray m_out;
    QByteArray m_err;
    QTimer m_timeout;
    bool m_finished = false;
};

} // namespace Ringside::Cluster
