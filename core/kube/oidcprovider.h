#pragma once

#include "kube/credentials.h"
#include "kube/replyptr.h"

#include <QPointer>

class QNetworkAccessManager;

namespace Ringside {

/*! The legacy `auth-provider: oidc`: uses the kubeconfig's id-token while it is valid, and when it has expired
    (or the server rejects it) refreshes it with the refresh-token at the issuer's token endpoint (found through
    ISSUER/.well-known/openid-configuration). The new id-token and refresh-token are written back to the kubeconfig
    file that defines the user, as kubectl does (atomically, mode 0600). \since 0.1 */
class OidcCredentialProvider : public CredentialProvider
{
    Q_OBJECT
public:
    OidcCredentialProvider(const RestConfig &config, QObject *parent = nullptr);
    ~OidcCredentialProvider() override;

    void fetch(const QObject *context, Ready ok, Failed err) override;
    bool invalidate(const Credentials &used) override;

    /*! How many refreshes were made (for tests). */
    int refreshCount() const { return m_refreshes; }

    /*! The `exp` claim of a JWT, or an invalid QDateTime when it has none or is not a JWT. */
    static QDateTime jwtExpiry(const QByteArray &jwt);

    /*! Replaces the id-token and refresh-token of user \a userName's oidc auth-provider in kubeconfig \a text.
        Exposed for tests. */
    static QByteArray withTokens(const QByteArray &text, const QString &userName, const QString &idToken, const QString &refreshToken,
                                 QString *error);

private:
    struct Waiter
    {
        QPointer<const QObject> context;
        Ready ok;
        Failed err;
    };
    bool tokenValid() const;
    void startRefresh();
    void requestToken(const QUrl &tokenEndpoint, bool credentialsInBody);
    void onTokenReply(const QUrl &tokenEndpoint, bool credentialsInBody);
    void persist();
    void fail(const QString &message);
    void succeed();
    QSslConfiguration issuerSsl() const;
    QNetworkRequest issuerRequest(const QUrl &url) const;

    QString m_user;
    QString m_sourceFile;
    QString m_issuer;
    QString m_clientId;
    QString m_clientSecret;
    QString m_idToken;
    QString m_refreshToken;
    QList<QSslCertificate> m_issuerCa;
    QString m_setupError;
    bool m_forceRefresh = false;
    quint64 m_generation = 1;
    int m_refreshes = 0;
    QNetworkAccessManager *m_nam = nullptr;
    ReplyPtr m_reply{nullptr, ReplyDeleter{this}};
    QList<Waiter> m_waiters;
};

} // namespace Ringside
