#pragma once

#include "kube/kubeerror.h"
#include "kube/kuberequest.h"

#include <QJsonObject>
#include <QObject>
#include <QSize>
#include <QPointer>

class QWebSocket;

namespace Ringside {

class KubeClient;

/*! What to run in a container. \since 0.1 */
struct ExecOptions
{
    QString container; //!< required when the pod has several containers
    QStringList command;
    bool stdinEnabled = false;
    bool tty = false;
};

/*! A command running in a container over a WebSocket (`kubectl exec`): the v5.channel.k8s.io protocol, falling
    back to v4.channel.k8s.io when the server does not speak v5. Each message carries a channel byte: 0 stdin,
    1 stdout, 2 stderr, 3 the error channel (a Status saying how the command ended), 4 terminal resize, and in v5
    255 to close a channel (so stdin can end while output continues). \since 0.1 */
class ExecSession : public QObject
{
    Q_OBJECT
public:
    ExecSession(KubeClient *client, const QString &nameSpace, const QString &pod, const ExecOptions &options, QObject *parent = nullptr);
    ~ExecSession() override;

    void start();
    /*! Sends bytes to the command's stdin (buffered until the session is open). */
    void writeStdin(const QByteArray &data);
    /*! Ends stdin (v5 only; with v4 the command sees end of input when the session closes). */
    void closeStdin();
    /*! Tells the terminal size (tty sessions). */
    void resize(int columns, int rows);
    /*! Ends the session from this side. */
    void terminate();

    bool isOpen() const { return m_socket != nullptr; }
    /*! The negotiated protocol ("v5.channel.k8s.io" or "v4.channel.k8s.io"). */
    QString protocol() const { return m_protocol; }

    /*! The exit code a Status from the error channel reports: 0 for Success, the ExitCode cause for
        NonZeroExitCode, nothing for other failures. */
    static std::optional<int> exitCodeFromStatus(const QJsonObject &status);

Q_SIGNALS:
    void started();
    void stdoutReceived(const QByteArray &data);
    void stderrReceived(const QByteArray &data);
    /*! The command ended: \a exitCode is its status (-1 when unknown), \a error set when the exec itself failed. */
    void finished(int exitCode, const std::optional<Ringside::KubeError> &error);

private:
    void onConnected(QWebSocket *socket);
    void onMessage(const QByteArray &message);
    void onDisconnected();
    void send(char channel, const QByteArray &payload);
    void finish(int exitCode, const std::optional<KubeError> &error);

    QPointer<KubeClient> m_client;
    QString m_ns;
    QString m_pod;
    ExecOptions m_options;
    QWebSocket *m_socket = nullptr;
    QString m_protocol;
    RequestHandle m_opening;
    QByteArray m_pendingStdin;
    bool m_stdinClosePending = false;
    std::optional<QSize> m_pendingSize;
    std::optional<QJsonObject> m_status;
    bool m_done = false;
};

} // namespace Ringside
