#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Ringside {

/*! Names one Kubernetes resource collection or object: group/version/resource, and optionally namespace, name and
    subresource. A cheap value type. \since 0.1 */
struct ResourceRef
{
    QString group;    //!< empty for the core group
    QString version;  //!< e.g. "v1"
    QString resource; //!< the plural, e.g. "pods"
    QString nameSpace; //!< empty for cluster-scoped resources or all namespaces
    QString name;
    QString subresource; //!< e.g. "status", "log", "scale"

    /*! True when group/version/resource are set. */
    bool isValid() const { return !version.isEmpty() && !resource.isEmpty(); }

    /*! "/api/v1" or "/apis/GROUP/VERSION". */
    QString groupVersionPath() const;

    /*! The API path: the collection (no name) or the object, with the subresource when set. */
    QString path() const;

    /*! "pods", "deployments.apps": the name kubectl prints. */
    QString qualifiedResource() const;

    /*! "v1" or "GROUP/VERSION". */
    QString apiVersion() const;

    ResourceRef withNamespace(const QString &ns) const;
    ResourceRef withName(const QString &n) const;
    ResourceRef withSubresource(const QString &s) const;

    /*! A core/v1 reference, e.g. core(u"pods", ns, name). */
    static ResourceRef core(const QString &resource, const QString &ns = {}, const QString &name = {});

    /*! The service proxy path `/api/v1/namespaces/NS/services/[SCHEME:]NAME[:PORT]/proxy/PATH`. \a port may be a
        number or a port name; \a scheme ("https" or empty) is the scheme the API server uses to reach the service. */
    static QString serviceProxyPath(const QString &ns, const QString &service, const QString &port, const QString &path,
                                    const QString &scheme = {});

    /*! The pod proxy path `/api/v1/namespaces/NS/pods/NAME[:PORT]/proxy/PATH`. */
    static QString podProxyPath(const QString &ns, const QString &pod, const QString &port, const QString &path);

    friend bool operator==(const ResourceRef &, const ResourceRef &) = default;
};

} // namespace Ringside

Q_DECLARE_METATYPE(Ringside::ResourceRef)
