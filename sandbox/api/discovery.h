#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Ringside::Sandbox {

class Registry;
struct ResourceType;

/*! Discovery documents: legacy /api, /apis, /apis/GROUP, /api/v1 and /apis/GROUP/VERSION, and aggregated
    discovery (apidiscovery.k8s.io v2 and v2beta1) for /api and /apis. \since 0.1 */
class Discovery
{
public:
    explicit Discovery(const Registry *registry);

    QJsonObject apiVersions(const QString &serverAddress) const;
    QJsonObject apiGroupList() const;
    /*! Empty when the group is not served. */
    QJsonObject apiGroup(const QString &group) const;
    /*! Empty when the group version is not served. */
    QJsonObject apiResourceList(const QString &group, const QString &version) const;
    /*! The aggregated document for /api (core) or /apis (all other groups), in \a version v2 or v2beta1. */
    QJsonObject aggregated(bool core, const QString &version) const;
    /*! "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList" if \a accept asks for aggregated
        discovery (the version is returned in \a version), else empty. */
    static QByteArray aggregatedContentType(const QByteArray &accept, QString *version);
    /*! base64(sha256("group/version/kind")[:8]), as the kube-apiserver computes storageVersionHash. */
    static QString storageVersionHash(const QString &group, const QString &version, const QString &kind);

private:
    struct Subresource
    {
        QString name;
        QString group;
        QString version;
        QString kind;
        QStringList verbs;
    };
    static QList<Subresource> subresourcesOf(const ResourceType &type);
    const Registry *m_registry;
};

} // namespace Ringside::Sandbox
