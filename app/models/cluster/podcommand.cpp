#include "podcommand.h"

#include "clustertr.h"

#include "kube/execsession.h"
#include "kube/kubeclient.h"

namespace Ringside::Cluster {

QString CommandResult::problem() const
{
    if (!failure.isEmpty()) {
        return failure;
    }
    if (exitCode == 0) {
        return {};
    }
    const QString text = (err.trimmed().isEmpty() ? out : err).trimmed();
    const QString first = text.section(u'\n', 0, 0);
    return ClusterTr::tr("%1 on %2 exited with %3: %4").arg(command.value(0), pod).arg(exitCode).arg(first);
}

PodCommand *PodCommand::run(KubeClient *client, const QString &nameSpace, const QString &pod, const QString &container,
                            const QStringList &command, const QObject *context, Handler done, int timeoutMs)
{
    return new PodCommand(client, nameSpace, pod, container, command, context, std::move(done), timeoutMs);
}

PodCommand::PodCommand(KubeClient *client, const QString &nameSpace, const QString &pod, const QString &container,
                       const QStringList &command, const QObject *context, Handler done, int timeoutMs)
    : m_context(context)
    , m_done(std::move(done))
{
    m_result.pod = pod;
    m_result.command = QStringList{command.value(0)}; // never the arguments: cqlsh gets the password there
    if (context) {
        connect(context, &QObject::destroyed, this, [this] {
            m_done = nullptr;
            deleteLater();
        });
    }
    if (!client) {
        m_result.failure = ClusterTr::tr("Not connected.");
        QMetaObject::invokeMethod(this, &PodCommand::finish, Qt::QueuedConnection);
        return;
    }
    ExecOptions options;
    options.container = container;
    options.command = command;
    m_session = new ExecSession(client, nameSpace, pod, options, this);
    connect(m_session, &ExecSession::stdoutReceived, this, [this](const QByteArray &data) { m_out += data; });
    connect(m_session, &ExecSession::stderrReceived, this, [this](const QByteArray &data) { m_err += data; });
    connect(m_session, &ExecSession::finished, this, [this](int exitCode, const std::optional<KubeError> &error) {
        m_result.exitCode = exitCode;
        if (error) {
            m_result.failure = ClusterTr::tr("Cannot run %1 in %2: %3").arg(m_result.command.value(0), m_result.pod, error->toString());
        }
        finish();
    });
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this, timeoutMs] {
        m_result.failure = ClusterTr::tr("%1 in %2 did not answer within %3 s.").arg(m_result.command.value(0), m_result.pod).arg(timeoutMs / 1000);
        m_session->terminate();
        finish();
    });
    m_timeout.start(timeoutMs);
    m_session->start();
}

PodCommand::~PodCommand() = default;

void PodCommand::finish()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_timeout.stop();
    m_result.out = QString::fromUtf8(m_out);
    m_result.err = QString::fromUtf8(m_err);
    if (m_done && m_context) {
        m_done(m_result);
    }
    deleteLater();
}

} // namespace Ringside::Cluster
