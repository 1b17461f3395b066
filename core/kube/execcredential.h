#pragma once

#include "kube/credentials.h"

#include <QPointer>

#include <memory>

class QProcess;
class QTimer;

namespace Ringside {

class ShellEnvironment;

/*! Runs an exec credential plugin (`client.authentication.k8s.io/v1` or `v1beta1`) and caches what it returns
    until its `expirationTimestamp`.

    The plugin runs asynchronously through QProcess (never blocking the calling thread, no nested event loop),
    only when a request first needs credentials. Requests arriving while it runs wait for the same run. The
    command is looked up in the login shell's PATH merged with the process PATH (ShellEnvironment). Failures are
    specific: the plugin is missing (with the directories searched and the kubeconfig's installHint), it exited
    non-zero (with its stderr), or it printed something that is not an ExecCredential. \since 0.1 */
class ExecCredentialProvider : public CredentialProvider
{
    Q_OBJECT
public:
    ExecCredentialProvider(const RestConfig &config, std::shared_ptr<ShellEnvironment> shell, QObject *parent = nullptr);
    ~ExecCredentialProvider() override;

    void fetch(const QObject *context, Ready ok, Failed err) override;
    bool invalidate(const Credentials &used) override;

    /*! How many times the plugin has been started (for tests and diagnostics). */
    int runCount() const { return m_runs; }

    /*! Parses a plugin's stdout. Returns the credentials, or sets \a error (never quoting the output, which
        holds secrets). Exposed for tests. */
    static std::optional<Credentials> parseOutput(const QByteArray &stdoutBytes, const QString &expectedApiVersion,
                                                  const QString &command, QString *error);

private:
    struct Waiter
    {
        QPointer<const QObject> context;
        Ready ok;
        Failed err;
    };
    bool cacheValid() const;
    void run();
    void onFinished(int exitCode, bool crashed);
    void fail(const QString &message);
    void succeed(const Credentials &c);
    QString findProgram(QStringList *searched) const;

    ExecConfig m_exec;
    QJsonObject m_clusterInfo;
    QString m_user;
    std::shared_ptr<ShellEnvironment> m_shell;
    std::unique_ptr<QProcess> m_process;
    QTimer *m_timer = nullptr;
    bool m_interactive = false;
    std::optional<Credentials> m_cached;
    quint64 m_generation = 0;
    int m_runs = 0;
    QList<Waiter> m_waiters;
};

} // namespace Ringside
