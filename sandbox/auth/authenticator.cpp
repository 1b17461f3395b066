#include "authenticator.h"

#include "sandboxlog.h"
#include "tls/pki.h"

namespace Ringside::Sandbox {

Authenticator::Authenticator(const QByteArray &caPem)
    : m_verifier(std::make_unique<ClientCertificateVerifier>(caPem))
{}

Authenticator::~Authenticator() = default;

void Authenticator::addToken(const QString &token, const UserInfo &user)
{
    m_tokens.insert(token, user);
}

static void addAuthenticatedGroup(UserInfo *user)
{
    if (!user->groups.contains(QLatin1String("system:authenticated"))) {
        user->groups.append(QStringLiteral("system:authenticated"));
    }
}

Authenticator::Result Authenticator::authenticate(const QList<QSslCertificate> &peerChain,
                                                  const QByteArray &authorizationHeader, UserInfo *user) const
{
    bool presented = false;
    if (!peerChain.isEmpty() && !peerChain.first().isNull()) {
        presented = true;
        QString reason;
        if (m_verifier->verify(peerChain, &reason)) {
            const QSslCertificate &leaf = peerChain.first();
            user->name = leaf.subjectInfo(QSslCertificate::CommonName).value(0);
            user->groups = leaf.subjectInfo(QSslCertificate::Organization);
            user->uid.clear();
            addAuthenticatedGroup(user);
            return Result::Authenticated;
        }
        qCInfo(lcSandboxApi) << "client certificate rejected:" << reason;
    }
    if (!authorizationHeader.isEmpty()) {
        presented = true;
        const QByteArray value = authorizationHeader.trimmed();
        if (value.size() > 7 && value.first(7).compare("bearer ", Qt::CaseInsensitive) == 0) {
            const QString token = QString::fromLatin1(value.sliced(7).trimmed());
            const auto it = m_tokens.constFind(token);
            if (it != m_tokens.cend()) {
                *user = it.value();
                addAuthenticatedGroup(user);
                return Result::Authenticated;
            }
        }
    }
    if (presented) {
        return Result::Failed;
    }
    *user = UserInfo::anonymous();
    return Result::Anonymous;
}

static bool isPublicPath(const QString &path)
{
    static const QStringList publicPaths
        = {QStringLiteral("/version"), QStringLiteral("/version/"), QStringLiteral("/healthz"),
           QStringLiteral("/livez"), QStringLiteral("/readyz")};
    for (const QString &p : publicPaths) {
        if (path == p || (p != QLatin1String("/version/") && path.startsWith(p + u'/'))) {
            return true;
        }
    }
    return false;
}

Authorizer::Decision Authorizer::authorize(const RequestAttributes &a) const
{
    if (!a.resourceRequest && isPublicPath(a.path) && a.verb == QLatin1String("get")) {
        return {true, QString()};
    }
    if (a.user.isAnonymous()) {
        return {false, QString()};
    }
    if (a.user.groups.contains(QLatin1String("system:masters"))) {
        return {true, QString()};
    }
    if (!a.resourceRequest) {
        static const QStringList discovery
            = {QStringLiteral("/api"), QStringLiteral("/apis"), QStringLiteral("/openapi")};
        for (const QString &p : discovery) {
            if ((a.path == p || a.path.startsWith(p + u'/')) && a.verb == QLatin1String("get")) {
                return {true, QString()};
            }
        }
        return {false, QString()};
    }
    if (a.apiGroup == QLatin1String("authorization.k8s.io") && a.verb == QLatin1String("create")
        && (a.resource == QLatin1String("selfsubjectaccessreviews")
            || a.resource == QLatin1String("selfsubjectrulesreviews"))) {
        return {true, QString()};
    }
    if (a.user.groups.contains(QLatin1String("ringside:viewers"))) {
        static const QStringList readVerbs = {QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("watch")};
        const bool secret = a.apiGroup.isEmpty() && a.resource == QLatin1String("secrets");
        const bool readableSub = a.subresource.isEmpty() || a.subresource == QLatin1String("status")
                                 || a.subresource == QLatin1String("log") || a.subresource == QLatin1String("scale");
        if (readVerbs.contains(a.verb) && !secret && readableSub) {
            return {true, QString()};
        }
    }
    return {false, QString()};
}

QString Authorizer::forbiddenMessage(const RequestAttributes &a)
{
    const QString user = u'"' + a.user.name + u'"';
    if (!a.resourceRequest) {
        return QStringLiteral("User %1 cannot %2 path \"%3\"").arg(user, a.verb, a.path);
    }
    QString resource = a.resource;
    if (!a.subresource.isEmpty()) {
        resource += u'/' + a.subresource;
    }
    if (!a.ns.isEmpty()) {
        return QStringLiteral("User %1 cannot %2 resource \"%3\" in API group \"%4\" in the namespace \"%5\"")
            .arg(user, a.verb, resource, a.apiGroup, a.ns);
    }
    return QStringLiteral("User %1 cannot %2 resource \"%3\" in API group \"%4\" at the cluster scope")
        .arg(user, a.verb, resource, a.apiGroup);
}

} // namespace Ringside::Sandbox
