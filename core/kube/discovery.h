#pragma once

#include "kube/kuberequest.h"
#include "kube/resourceref.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <optional>

namespace Ringside {

class KubeClient;

/*! One resource type the server serves, as discovery describes it. A cheap value type. \since 0.1 */
struct ApiResource
{
    QString group;
    QString version;
    QString kind;
    QString resource; //!< plural, e.g. "cassandradatacenters"
    QString singular;
    bool namespaced = false;
    bool preferredVersion = true; //!< the group's preferred (first listed) version
    QStringList verbs;
    QStringList shortNames;
    QStringList categories;
    QStringList subresources;

    bool isValid() const { return !version.isEmpty() && !resource.isEmpty(); }
    /*! "v1" or "GROUP/VERSION". */
    QString groupVersion() const { return group.isEmpty() ? version : group + u'/' + version; }
    /*! A reference to the collection (in \a ns when namespaced) or an object of it. */
    ResourceRef ref(const QString &ns = {}, const QString &name = {}) const;
    /*! "deployments.apps", as kubectl names it in messages. */
    QString qualifiedName() const { return group.isEmpty() ? resource : resource + u'.' + group; }
    bool supports(const QString &verb) const { return verbs.isEmpty() || verbs.contains(verb); }

    QJsonObject toJson() const;
    static ApiResource fromJson(const QJsonObject &o);
    friend bool operator==(const ApiResource &, const ApiResource &) = default;
};

/*! The API server's resource types, as kubectl discovers them: aggregated discovery (apidiscovery.k8s.io v2,
    then v2beta1) in two requests, falling back to the legacy /api, /apis and one request per group version.
    The result is cached on disk per cluster (CacheLocation/discovery/HOST_PORT/) with a time to live, and is
    fetched again when a name or kind is not found, so that CRDs installed later appear.

    Names resolve like kubectl: plural, singular, short names and kinds, case-insensitively, optionally qualified
    with a group (`deployments.apps`) or version and group (`deployments.v1.apps`); the core group wins a tie,
    then discovery order. \since 0.1 */
class Discovery : public QObject
{
    Q_OBJECT
public:
    using ResourceHandler = std::function<void(const ApiResource &)>;

    explicit Discovery(KubeClient *client, QObject *parent = nullptr);
    ~Discovery() override;

    /*! Where the cache lives; default QStandardPaths::CacheLocation/discovery/HOST_PORT. Empty: no disk cache. */
    void setCacheDirectory(const QString &dir) { m_cacheDir = dir; }
    QString cacheDirectory() const { return m_cacheDir; }
    /*! How long the disk cache is trusted (default 6 hours, as kubectl). */
    void setTtl(std::chrono::seconds ttl) { m_ttl = ttl; }

    /*! Makes the resource list available: from memory, else the disk cache when fresh, else the server. */
    void ensure(const QObject *context, std::function<void()> ok, ErrorHandler err);
    /*! Fetches from the server now, bypassing both caches. */
    void refresh(const QObject *context, std::function<void()> ok, ErrorHandler err);

    /*! Resolves a kubectl-style resource name (`cassdc`, `k8c`, `po`, `sts`, `Pod`, `deployments.apps`). When
        unknown, discovery is fetched again once before failing with kubectl's message. */
    void resolve(const QString &name, const QObject *context, ResourceHandler ok, ErrorHandler err);
    /*! Resolves `apiVersion` + `kind` of a manifest, fetching again once when unknown. */
    void resolveKind(const QString &apiVersion, const QString &kind, const QObject *context, ResourceHandler ok, ErrorHandler err);

    /*! Resolves from what is loaded, without any request. */
    std::optional<ApiResource> lookup(const QString &name) const;
    std::optional<ApiResource> lookupKind(const QString &apiVersion, const QString &kind) const;

    bool isLoaded() const { return m_loaded; }
    QList<ApiResource> resources() const { return m_resources; }
    /*! "aggregated/v2", "aggregated/v2beta1", "legacy" or "disk cache". */
    QString source() const { return m_source; }
    QDateTime fetchedAt() const { return m_fetchedAt; }
    /*! Group versions that failed during the last legacy discovery (e.g. an unavailable metrics API). */
    QStringList partialFailures() const { return m_failures; }

    /*! Parses an APIGroupDiscoveryList (v2 or v2beta1). Exposed for tests. */
    static QList<ApiResource> parseAggregated(const QJsonObject &list);
    /*! Parses a legacy APIResourceList. */
    static QList<ApiResource> parseResourceList(const QJsonObject &list, bool preferred);

Q_SIGNALS:
    /*! The resource list changed (fetched or loaded). */
    void refreshed();

private:
    struct Waiter
    {
        QPointer<const QObject> context;
        std::function<void()> ok;
        ErrorHandler err;
    };
    void fetch();
    void onRootAnswered();
    void fetchLegacyGroupVersions();
    void finishFetch(const QList<ApiResource> &resources, const QString &source);
    void failFetch(const KubeError &error);
    bool loadDiskCache();
    void saveDiskCache() const;
    QString cacheFile() const;

    QPointer<KubeClient> m_client;
    QString m_cacheDir;
    std::chrono::seconds m_ttl{6 * 3600};
    QList<ApiResource> m_resources;
    bool m_loaded = false;
    QString m_source;
    QDateTime m_fetchedAt;
    QStringList m_failures;
    QList<Waiter> m_waiters;
    bool m_fetching = false;

    // State of one fetch.
    std::optional<KubeResponse> m_core;
    std::optional<KubeResponse> m_groups;
    int m_pendingLegacy = 0;
    QList<QList<ApiResource>> m_legacyParts;
    QList<RequestHandle> m_requests;
};

} // namespace Ringside
