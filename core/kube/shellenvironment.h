#pragma once

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QStringList>

#include <chrono>
#include <functional>
#include <memory>

class QProcess;
class QTimer;

namespace Ringside {

/*! The environment exec credential plugins run in, and where they are looked up.

    A GUI started from a desktop menu inherits a minimal PATH, not the one the user's login shell sets up
    (~/.profile, ~/.zprofile, Homebrew, asdf, ~/go/bin...), so plugins such as `aws`, `gke-gcloud-auth-plugin` or
    `kubelogin` are "not found" (the most common complaint against Lens). This object asks the login shell for its
    PATH once, asynchronously and with a timeout, caches it, and merges it with the process PATH.

    One instance is shared by all clients of an application (pass it in; it is not a singleton). \since 0.1 */
class ShellEnvironment : public QObject
{
    Q_OBJECT
public:
    explicit ShellEnvironment(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(), QObject *parent = nullptr);
    ~ShellEnvironment() override;

    /*! The shell to ask; by default $SHELL, else /bin/sh. An empty string disables the login-shell lookup. */
    void setShell(const QString &shell);
    QString shell() const { return m_shell; }

    /*! How long the login shell may take before it is killed and the process PATH is used alone (default 5 s). */
    void setLoginShellTimeout(std::chrono::milliseconds timeout) { m_shellTimeout = timeout; }

    /*! Whether plugins may interact with the user through a terminal (true in the CLI when stdin is a terminal;
        never in the GUI). Default false. */
    void setInteractive(bool interactive) { m_interactive = interactive; }
    bool isInteractive() const { return m_interactive; }

    /*! How long a non-interactive exec plugin may run (default 5 minutes: browser-based logins take a while). */
    void setExecTimeout(std::chrono::milliseconds timeout) { m_execTimeout = timeout; }
    std::chrono::milliseconds execTimeout() const { return m_execTimeout; }

    /*! Calls \a ready once the login shell's PATH is known (or failed, or timed out); at once if it already is.
        Never blocks. \a ready is dropped if \a context is destroyed first. */
    void resolve(const QObject *context, std::function<void()> ready);

    bool isResolved() const { return m_state == State::Done; }

    /*! Where executables are searched: the login shell's PATH, then process PATH entries it lacks. */
    QStringList searchPath() const;

    /*! The PATH the login shell reported (empty until resolved or when the lookup failed). */
    QStringList loginShellPath() const { return m_loginPath; }

    /*! Why the login-shell lookup failed, or an empty string. */
    QString loginShellError() const { return m_error; }

    /*! The process environment with PATH set to searchPath(). */
    QProcessEnvironment environment() const;

    /*! Extracts the PATH printed between the markers from a shell's output (exposed for tests). */
    static QStringList parseShellOutput(const QByteArray &output);

private:
    enum class State { Idle, Running, Done };
    struct Waiter
    {
        QPointer<const QObject> context;
        std::function<void()> ready;
    };
    void start();
    void finish();

    QProcessEnvironment m_env;
    QString m_shell;
    std::chrono::milliseconds m_shellTimeout{5000};
    std::chrono::milliseconds m_execTimeout{300000};
    bool m_interactive = false;
    State m_state = State::Idle;
    QStringList m_loginPath;
    QString m_error;
    std::unique_ptr<QProcess> m_process;
    QTimer *m_timer = nullptr;
    QList<Waiter> m_waiters;
};

} // namespace Ringside
