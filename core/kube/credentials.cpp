#include "kube/credentials.h"

#include "coretr.h"
#include "kube/execcredential.h"
#include "kube/kubelogging.h"
#include "kube/oidcprovider.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Ringside {

CredentialProvider::CredentialProvider(QObject *parent)
    : QObject(parent)
{
}

bool CredentialProvider::invalidate(const Credentials &)
{
    return false;
}

std::unique_ptr<CredentialProvider> CredentialProvider::create(const RestConfig &config, std::shared_ptr<ShellEnvironment> shell,
                                                               QObject *parent)
{
    Credentials c;
    c.generation = 1;
    switch (config.authMethod) {
    case AuthMethod::Exec:
        return std::make_unique<ExecCredentialProvider>(config, std::move(shell), parent);
    case AuthMethod::Oidc:
        return std::make_unique<OidcCredentialProvider>(config, parent);
    case AuthMethod::TokenFile:
        return std::make_unique<TokenFileCredentialProvider>(config.tokenFile, parent);
    case AuthMethod::Token:
        c.authorization = "Bearer " + config.token.toUtf8();
        break;
    case AuthMethod::Basic:
        c.authorization = "Basic " + (config.username + u':' + config.password).toUtf8().toBase64();
        break;
    case AuthMethod::ClientCertificate:
    case AuthMethod::None:
        break;
    }
    return std::make_unique<StaticCredentialProvider>(c, parent);
}

StaticCredentialProvider::StaticCredentialProvider(const Credentials &credentials, QObject *parent)
    : CredentialProvider(parent)
    , m_credentials(credentials)
{
}

void StaticCredentialProvider::fetch(const QObject *, Ready ok, Failed)
{
    ok(m_credentials);
}

TokenFileCredentialProvider::TokenFileCredentialProvider(const QString &fileName, QObject *parent)
    : CredentialProvider(parent)
    , m_fileName(fileName)
{
}

void TokenFileCredentialProvider::fetch(const QObject *, Ready ok, Failed err)
{
    const QFileInfo info(m_fileName);
    const QDateTime mtime = info.exists() ? info.lastModified() : QDateTime();
    const qint64 size = info.exists() ? info.size() : -1;
    if (!m_credentials.authorization.isEmpty() && mtime == m_mtime && size == m_size) {
        ok(m_credentials);
        return;
    }
    QFile f(m_fileName);
    QString problem;
    if (!f.open(QIODevice::ReadOnly)) {
        problem = CoreTr::tr("cannot read token file %1: %2").arg(m_fileName, f.errorString());
    } else {
        const QByteArray token = f.readAll().trimmed();
        if (token.isEmpty()) {
            problem = CoreTr::tr("token file %1 is empty").arg(m_fileName);
        } else {
            const bool changed = m_credentials.authorization != "Bearer " + token;
            m_credentials.authorization = "Bearer " + token;
            m_mtime = mtime;
            m_size = size;
            if (changed) {
                ++m_credentials.generation;
                qCDebug(lcKubeAuth) << "token file re-read:" << m_fileName;
            }
        }
    }
    if (!problem.isEmpty()) {
        if (!m_credentials.authorization.isEmpty()) {
            qCWarning(lcKubeAuth).noquote() << problem << "- keeping the last token read";
            ok(m_credentials);
            return;
        }
        err(KubeError::make(KubeError::Kind::Auth, problem));
        return;
    }
    ok(m_credentials);
}

bool TokenFileCredentialProvider::invalidate(const Credentials &used)
{
    // Re-read now (cheap and synchronous): a retry only helps when the token changed.
    m_mtime = QDateTime();
    m_size = -1;
    bool changed = false;
    fetch(this, [&changed, &used](const Credentials &c) { changed = c.generation != used.generation; }, [](const KubeError &) {});
    return changed;
}

} // namespace Ringside
