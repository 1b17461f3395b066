#pragma once

#include "identity.h"

#include <QHash>
#include <QSslCertificate>

#include <memory>

namespace Ringside::Sandbox {

class ClientCertificateVerifier;

/*! Authenticates requests like a kube-apiserver with anonymous auth on: a client certificate signed by the CA
    (user = CN, groups = O), else a known bearer token; a presented but bad credential fails (401); no credential
    at all is system:anonymous. \since 0.1 */
class Authenticator
{
public:
    enum class Result { Authenticated, Anonymous, Failed };

    explicit Authenticator(const QByteArray &caPem);
    ~Authenticator();

    /*! Accepts \a token for \a user. */
    void addToken(const QString &token, const UserInfo &user);
    Result authenticate(const QList<QSslCertificate> &peerChain, const QByteArray &authorizationHeader,
                        UserInfo *user) const;

private:
    std::unique_ptr<ClientCertificateVerifier> m_verifier;
    QHash<QString, UserInfo> m_tokens;
};

/*! The sandbox's fixed policy: group system:masters may do everything; group ringside:viewers may get, list and
    watch everything but Secrets; every authenticated user may use discovery, OpenAPI and the self-review APIs;
    anonymous users may only read /version and the health endpoints. \since 0.1 */
class Authorizer
{
public:
    struct Decision
    {
        bool allowed = false;
        QString reason;
    };
    Decision authorize(const RequestAttributes &attributes) const;

    /*! The forbidden message the kube-apiserver writes for \a attributes. */
    static QString forbiddenMessage(const RequestAttributes &attributes);
};

} // namespace Ringside::Sandbox
