#include "kube/execcredential.h"

#include "coretr.h"
#include "kube/kubelogging.h"
#include "kube/shellenvironment.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Ringside {

namespace {
QString clippedStderr(const QByteArray &bytes)
{
    QString text = QString::fromLocal8Bit(bytes).trimmed();
    if (text.size() > 4000) {
        text = u"…"_s + text.right(4000);
    }
    return text;
}
} // namespace

ExecCredentialProvider::ExecCredentialProvider(const RestConfig &config, std::shared_ptr<ShellEnvironment> shell, QObject *parent)
    : CredentialProvider(parent)
    , m_exec(config.exec)
    , m_clusterInfo(config.execClusterInfo)
    , m_user(config.userName)
    , m_shell(std::move(shell))
{
    if (!m_shell) {
        m_shell = std::make_shared<ShellEnvironment>();
    }
}

ExecCredentialProvider::~ExecCredentialProvider()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000); // reaps the killed child; no event loop runs
    }
}

bool ExecCredentialProvider::cacheValid() const
{
    return m_cached && (!m_cached->expiry.isValid() || QDateTime::currentDateTimeUtc() < m_cached->expiry);
}

void ExecCredentialProvider::fetch(const QObject *context, Ready ok, Failed err)
{
    if (cacheValid()) {
        ok(*m_cached);
        return;
    }
    if (m_cached) {
        qCDebug(lcKubeAuth) << "exec credential for user" << m_user << "expired at" << m_cached->expiry;
        m_cached.reset();
    }
    const bool idle = m_waiters.isEmpty();
    m_waiters.append({context, std::move(ok), std::move(err)});
    if (idle) {
        m_shell->resolve(this, [this] { run(); });
    }
}

bool ExecCredentialProvider::invalidate(const Credentials &used)
{
    if (m_cached && m_cached->generation == used.generation) {
        qCDebug(lcKubeAuth) << "exec credential for user" << m_user << "rejected by the server (401): running the plugin again";
        m_cached.reset();
    }
    return true;
}

QString ExecCredentialProvider::findProgram(QStringList *searched) const
{
    const QString cmd = m_exec.command;
    if (cmd.contains(u'/')) {
        searched->append(QFileInfo(cmd).absolutePath());
        const QFileInfo info(cmd);
        return info.isFile() && info.isExecutable() ? info.absoluteFilePath() : QString();
    }
    *searched = m_shell->searchPath();
    return QStandardPaths::findExecutable(cmd, *searched);
}

void ExecCredentialProvider::run()
{
    if (m_waiters.isEmpty()) {
        return;
    }
    QStringList searched;
    const QString program = findProgram(&searched);
    if (program.isEmpty()) {
        QString msg = CoreTr::tr("exec plugin \"%1\" for user \"%2\" was not found. Searched: %3")
                          .arg(m_exec.command, m_user, searched.isEmpty() ? CoreTr::tr("(no directories)") : searched.join(u", "_s));
        if (!m_shell->loginShellError().isEmpty()) {
            msg += u'\n' + CoreTr::tr("(the login shell's PATH is unknown: %1)").arg(m_shell->loginShellError());
        }
        msg += u'\n' + CoreTr::tr("It looks like you are trying to use a client-go credential plugin that is not installed.");
        if (!m_exec.installHint.isEmpty()) {
            msg += u'\n' + m_exec.installHint.trimmed();
        }
        fail(msg);
        return;
    }

    const QString mode = m_exec.interactiveMode.isEmpty() ? u"IfAvailable"_s : m_exec.interactiveMode;
    m_interactive = mode != u"Never"_s && m_shell->isInteractive();
    if (mode == u"Always"_s && !m_shell->isInteractive()) {
        fail(CoreTr::tr("exec plugin \"%1\" for user \"%2\" needs a terminal (interactiveMode: Always), and none is available here; "
                        "run a command with this context once in a terminal, or set interactiveMode to IfAvailable or Never")
                 .arg(m_exec.command, m_user));
        return;
    }

    QJsonObject spec{{u"interactive"_s, m_interactive}};
    if (m_exec.provideClusterInfo) {
        spec.insert(u"cluster"_s, m_clusterInfo);
    }
    const QJsonObject info{{u"apiVersion"_s, m_exec.apiVersion}, {u"kind"_s, u"ExecCredential"_s}, {u"spec"_s, spec}};
    QProcessEnvironment env = m_shell->environment();
    for (const ExecEnvVar &v : m_exec.env) {
        env.insert(v.name, v.value);
    }
    env.insert(u"KUBERNETES_EXEC_INFO"_s, QString::fromUtf8(QJsonDocument(info).toJson(QJsonDocument::Compact)));

    m_process = std::make_unique<QProcess>();
    m_process->setProcessEnvironment(env);
    m_process->setProgram(program);
    m_process->setArguments(m_exec.args);
    if (m_interactive) {
        m_process->setInputChannelMode(QProcess::ForwardedInputChannel);
    } else {
        m_process->setStandardInputFile(QProcess::nullDevice());
    }
    connect(m_process.get(), &QProcess::finished, this,
            [this](int code, QProcess::ExitStatus status) { onFinished(code, status == QProcess::CrashExit); });
    connect(m_process.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            fail(CoreTr::tr("exec plugin \"%1\" could not be started: %2").arg(m_exec.command, m_process->errorString()));
        }
    });
    if (!m_interactive) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, [this] {
            fail(CoreTr::tr("exec plugin \"%1\" did not finish within %2 seconds")
                     .arg(m_exec.command)
                     .arg(std::chrono::duration_cast<std::chrono::seconds>(m_shell->execTimeout()).count()));
        });
        m_timer->start(m_shell->execTimeout());
    }
    ++m_runs;
    qCDebug(lcKubeAuth) << "running exec plugin" << program << "for user" << m_user << "interactive" << m_interactive;
    m_process->start();
}

void ExecCredentialProvider::onFinished(int exitCode, bool crashed)
{
    const QByteArray out = m_process->readAllStandardOutput();
    const QByteArray errBytes = m_process->readAllStandardError();
    if (crashed || exitCode != 0) {
        QString msg = crashed ? CoreTr::tr("exec plugin \"%1\" for user \"%2\" crashed").arg(m_exec.command, m_user)
                              : CoreTr::tr("exec plugin \"%1\" for user \"%2\" failed with exit code %3").arg(m_exec.command, m_user).arg(exitCode);
        const QString text = clippedStderr(errBytes);
        if (!text.isEmpty()) {
            msg += u":\n"_s + text;
        }
        fail(msg);
        return;
    }
    QString error;
    auto creds = parseOutput(out, m_exec.apiVersion, m_exec.command, &error);
    if (!creds) {
        fail(error);
        return;
    }
    creds->generation = ++m_generation;
    succeed(*creds);
}

std::optional<Credentials> ExecCredentialProvider::parseOutput(const QByteArray &bytes, const QString &expectedApiVersion,
                                                               const QString &command, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error = CoreTr::tr("exec plugin \"%1\" printed invalid JSON (%2 at byte %3); it must print an ExecCredential object")
                     .arg(command, pe.errorString())
                     .arg(pe.offset);
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    if (!doc.isObject() || o.value(u"kind"_s).toString() != u"ExecCredential"_s) {
        *error = CoreTr::tr("exec plugin \"%1\" did not print an ExecCredential (kind \"%2\")").arg(command, o.value(u"kind"_s).toString());
        return std::nullopt;
    }
    const QString apiVersion = o.value(u"apiVersion"_s).toString();
    if (apiVersion != expectedApiVersion) {
        *error = CoreTr::tr("exec plugin \"%1\" is configured to use API version %2, but it returned version %3")
                     .arg(command, expectedApiVersion, apiVersion.isEmpty() ? CoreTr::tr("(none)") : apiVersion);
        return std::nullopt;
    }
    const QJsonObject status = o.value(u"status"_s).toObject();
    if (status.isEmpty()) {
        *error = CoreTr::tr("exec plugin \"%1\" returned an ExecCredential without a status").arg(command);
        return std::nullopt;
    }
    Credentials c;
    const QString expiry = status.value(u"expirationTimestamp"_s).toString();
    if (!expiry.isEmpty()) {
        c.expiry = QDateTime::fromString(expiry, Qt::ISODateWithMs);
        if (!c.expiry.isValid()) {
            *error = CoreTr::tr("exec plugin \"%1\" returned an invalid expirationTimestamp \"%2\"").arg(command, expiry);
            return std::nullopt;
        }
    }
    const QString token = status.value(u"token"_s).toString();
    const QByteArray certPem = status.value(u"clientCertificateData"_s).toString().toUtf8();
    const QByteArray keyPem = status.value(u"clientKeyData"_s).toString().toUtf8();
    if (certPem.isEmpty() != keyPem.isEmpty()) {
        *error = certPem.isEmpty() ? CoreTr::tr("exec plugin \"%1\" returned clientKeyData without clientCertificateData").arg(command)
                                   : CoreTr::tr("exec plugin \"%1\" returned clientCertificateData without clientKeyData").arg(command);
        return std::nullopt;
    }
    if (token.isEmpty() && certPem.isEmpty()) {
        *error = CoreTr::tr("exec plugin \"%1\" returned neither a token nor a client certificate and key").arg(command);
        return std::nullopt;
    }
    if (!token.isEmpty()) {
        c.authorization = "Bearer " + token.toUtf8();
    }
    if (!certPem.isEmpty()) {
        const QList<QSslCertificate> chain = QSslCertificate::fromData(certPem, QSsl::Pem);
        if (chain.isEmpty()) {
            *error = CoreTr::tr("exec plugin \"%1\" returned clientCertificateData that is not a PEM certificate").arg(command);
            return std::nullopt;
        }
        c.clientCertificate = chain.first();
        c.clientCertificateChain = chain.mid(1);
        c.clientKey = RestConfig::parsePrivateKey(keyPem);
        if (c.clientKey.isNull()) {
            *error = CoreTr::tr("exec plugin \"%1\" returned clientKeyData that is not a PEM RSA or EC key").arg(command);
            return std::nullopt;
        }
    }
    return c;
}

void ExecCredentialProvider::fail(const QString &message)
{
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
    qCWarning(lcKubeAuth).noquote() << "exec plugin" << m_exec.command << "for user" << m_user << "failed";
    const KubeError e = KubeError::make(KubeError::Kind::Auth, message);
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &w : waiters) {
        if (w.context) {
            w.err(e);
        }
    }
}

void ExecCredentialProvider::succeed(const Credentials &c)
{
    if (m_timer) {
        m_timer->stop();
        m_timer->deleteLater();
        m_timer = nullptr;
    }
    if (m_process) {
        m_process.release()->deleteLater();
    }
    m_cached = c;
    qCDebug(lcKubeAuth) << "exec plugin" << m_exec.command << "gave credentials for user" << m_user << "expiring" << c.expiry;
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &w : waiters) {
        if (w.context) {
            w.ok(c);
        }
    }
}

} // namespace Ringside
