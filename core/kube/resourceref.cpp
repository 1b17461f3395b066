#include "kube/resourceref.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace Ringside {

namespace {
QString seg(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s, QByteArrayLiteral(":@")));
}

QString proxyTail(const QString &path)
{
    if (path.isEmpty()) {
        return u"/"_s;
    }
    return path.startsWith(u'/') ? path : u'/' + path;
}
} // namespace

QString ResourceRef::groupVersionPath() const
{
    if (group.isEmpty()) {
        return u"/api/"_s + version;
    }
    return u"/apis/"_s + group + u'/' + version;
}

QString ResourceRef::path() const
{
    QString p = groupVersionPath();
    if (!nameSpace.isEmpty()) {
        p += u"/namespaces/"_s + seg(nameSpace);
    }
    p += u'/' + resource;
    if (!name.isEmpty()) {
        p += u'/' + seg(name);
        if (!subresource.isEmpty()) {
            p += u'/' + subresource;
        }
    }
    return p;
}

QString ResourceRef::qualifiedResource() const
{
    return group.isEmpty() ? resource : resource + u'.' + group;
}

QString ResourceRef::apiVersion() const
{
    return group.isEmpty() ? version : group + u'/' + version;
}

ResourceRef ResourceRef::withNamespace(const QString &ns) const
{
    ResourceRef r = *this;
    r.nameSpace = ns;
    return r;
}

ResourceRef ResourceRef::withName(const QString &n) const
{
    ResourceRef r = *this;
    r.name = n;
    return r;
}

ResourceRef ResourceRef::withSubresource(const QString &s) const
{
    ResourceRef r = *this;
    r.subresource = s;
    return r;
}

ResourceRef ResourceRef::core(const QString &resource, const QString &ns, const QString &name)
{
    ResourceRef r;
    r.version = u"v1"_s;
    r.resource = resource;
    r.nameSpace = ns;
    r.name = name;
    return r;
}

QString ResourceRef::serviceProxyPath(const QString &ns, const QString &service, const QString &port, const QString &path,
                                      const QString &scheme)
{
    QString target = service;
    if (!scheme.isEmpty()) {
        target = scheme + u':' + target;
    }
    if (!port.isEmpty()) {
        target += u':' + port;
    }
    return u"/api/v1/namespaces/"_s + seg(ns) + u"/services/"_s + seg(target) + u"/proxy"_s + proxyTail(path);
}

QString ResourceRef::podProxyPath(const QString &ns, const QString &pod, const QString &port, const QString &path)
{
    QString target = pod;
    if (!port.isEmpty()) {
        target += u':' + port;
    }
    return u"/api/v1/namespaces/"_s + seg(ns) + u"/pods/"_s + seg(target) + u"/proxy"_s + proxyTail(path);
}

} // namespace Ringside
