#pragma once

#include <QString>
#include <QStringList>

namespace Ringside::Sandbox {

/*! Who made a request (user.Info). \since 0.1 */
struct UserInfo
{
    QString name;
    QString uid;
    QStringList groups;
    bool isAnonymous() const { return name == QLatin1String("system:anonymous"); }
    static UserInfo anonymous()
    {
        return {QStringLiteral("system:anonymous"), QString(), {QStringLiteral("system:unauthenticated")}};
    }
};

/*! What a request wants to do (authorizer.Attributes). \since 0.1 */
struct RequestAttributes
{
    UserInfo user;
    QString verb;
    bool resourceRequest = false;
    QString path;
    QString apiGroup;
    QString apiVersion;
    QString resource;
    QString subresource;
    QString ns;
    QString name;
};

} // namespace Ringside::Sandbox
