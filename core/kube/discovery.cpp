#include "kube/discovery.h"

#include "coretr.h"
#include "kube/kubeclient.h"
#include "kube/kubelogging.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Ringside {

namespace {
const QByteArray kAggregatedAccept = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,"
                                     "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json";

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray()) {
        out.append(s.toString());
    }
    return out;
}

bool isAggregated(const KubeResponse &r)
{
    return r.contentType.contains("as=APIGroupDiscoveryList") || r.object.value(u"kind"_s).toString() == u"APIGroupDiscoveryList"_s;
}

QString aggregatedVersion(const KubeResponse &r)
{
    return r.contentType.contains("v=v2beta1") || r.object.value(u"apiVersion"_s).toString().endsWith(u"v2beta1"_s) ? u"v2beta1"_s : u"v2"_s;
}

bool matches(const ApiResource &r, const QString &token)
{
    return token == r.resource || token == r.singular || token == r.kind.toLower();
}
} // namespace

ResourceRef ApiResource::ref(const QString &ns, const QString &name) const
{
    ResourceRef r;
    r.group = group;
    r.version = version;
    r.resource = resource;
    r.nameSpace = namespaced ? ns : QString();
    r.name = name;
    return r;
}

QJsonObject ApiResource::toJson() const
{
    return {{u"group"_s, group},
            {u"version"_s, version},
            {u"kind"_s, kind},
            {u"resource"_s, resource},
            {u"singular"_s, singular},
            {u"namespaced"_s, namespaced},
            {u"preferred"_s, preferredVersion},
            {u"verbs"_s, QJsonArray::fromStringList(verbs)},
            {u"shortNames"_s, QJsonArray::fromStringList(shortNames)},
            {u"categories"_s, QJsonArray::fromStringList(categories)},
            {u"subresources"_s, QJsonArray::fromStringList(subresources)}};
}

ApiResource ApiResource::fromJson(const QJsonObject &o)
{
    ApiResource r;
    r.group = o.value(u"group"_s).toString();
    r.version = o.value(u"version"_s).toString();
    r.kind = o.value(u"kind"_s).toString();
    r.resource = o.value(u"resource"_s).toString();
    r.singular = o.value(u"singular"_s).toString();
    r.namespaced = o.value(u"namespaced"_s).toBool();
    r.preferredVersion = o.value(u"preferred"_s).toBool(true);
    r.verbs = strings(o.value(u"verbs"_s));
    r.shortNames = strings(o.value(u"shortNames"_s));
    r.categories = strings(o.value(u"categories"_s));
    r.subresources = strings(o.value(u"subresources"_s));
    return r;
}

Discovery::Discovery(KubeClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_cacheDir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/discovery/"_s + client->config().hostPort();
}

Discovery::~Discovery()
{
    for (RequestHandle &h : m_requests) {
        h.cancel();
    }
}

QList<ApiResource> Discovery::parseAggregated(const QJsonObject &list)
{
    QList<ApiResource> out;
    for (const QJsonValue &item : list.value(u"items"_s).toArray()) {
        const QJsonObject g = item.toObject();
        const QString group = g.value(u"metadata"_s).toObject().value(u"name"_s).toString();
        bool first = true;
        for (const QJsonValue &vv : g.value(u"versions"_s).toArray()) {
            const QJsonObject v = vv.toObject();
            for (const QJsonValue &rv : v.value(u"resources"_s).toArray()) {
                const QJsonObject ro = rv.toObject();
                ApiResource r;
                r.group = group;
                r.version = v.value(u"version"_s).toString();
                r.resource = ro.value(u"resource"_s).toString();
                r.kind = ro.value(u"responseKind"_s).toObject().value(u"kind"_s).toString();
                r.singular = ro.value(u"singularResource"_s).toString();
                r.namespaced = ro.value(u"scope"_s).toString() == u"Namespaced"_s;
                r.preferredVersion = first;
                r.verbs = strings(ro.value(u"verbs"_s));
                r.shortNames = strings(ro.value(u"shortNames"_s));
                r.categories = strings(ro.value(u"categories"_s));
                for (const QJsonValue &sv : ro.value(u"subresources"_s).toArray()) {
                    r.subresources.append(sv.toObject().value(u"subresource"_s).toString());
                }
                if (r.singular.isEmpty()) {
                    r.singular = r.kind.toLower();
                }
                out.append(r);
            }
            first = false;
        }
    }
    return out;
}

QList<ApiResource> Discovery::parseResourceList(const QJsonObject &list, bool preferred)
{
    const QString gv = list.value(u"groupVersion"_s).toString();
    const qsizetype slash = gv.indexOf(u'/');
    const QString group = slash < 0 ? QString() : gv.left(slash);
    const QString version = slash < 0 ? gv : gv.mid(slash + 1);
    QList<ApiResource> out;
    QMap<QString, QStringList> subs;
    for (const QJsonValue &rv : list.value(u"resources"_s).toArray()) {
        const QJsonObject ro = rv.toObject();
        const QString name = ro.value(u"name"_s).toString();
        if (name.contains(u'/')) {
            subs[name.section(u'/', 0, 0)].append(name.section(u'/', 1));
            continue;
        }
        ApiResource r;
        r.group = group;
        r.version = version;
        r.resource = name;
        r.kind = ro.value(u"kind"_s).toString();
        r.singular = ro.value(u"singularName"_s).toString();
        if (r.singular.isEmpty()) {
            r.singular = r.kind.toLower();
        }
        r.namespaced = ro.value(u"namespaced"_s).toBool();
        r.preferredVersion = preferred;
        r.verbs = strings(ro.value(u"verbs"_s));
        r.shortNames = strings(ro.value(u"shortNames"_s));
        r.categories = strings(ro.value(u"categories"_s));
        out.append(r);
    }
    for (ApiResource &r : out) {
        r.subresources = subs.value(r.resource);
    }
    return out;
}

QString Discovery::cacheFile() const
{
    return m_cacheDir.isEmpty() ? QString() : m_cacheDir + u"/resources.json"_s;
}

bool Discovery::loadDiskCache()
{
    const QString file = cacheFile();
    QFile f(file);
    if (file.isEmpty() || !f.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    const QDateTime fetched = QDateTime::fromString(o.value(u"fetched"_s).toString(), Qt::ISODateWithMs);
    const QJsonArray list = o.value(u"resources"_s).toArray();
    if (!fetched.isValid() || list.isEmpty() || o.value(u"server"_s).toString() != m_client->config().server.toString()) {
        return false;
    }
    if (fetched.secsTo(QDateTime::currentDateTimeUtc()) > m_ttl.count() || fetched > QDateTime::currentDateTimeUtc().addSecs(60)) {
        qCDebug(lcKubeDiscovery) << "discovery cache expired:" << file;
        return false;
    }
    m_resources.clear();
    for (const QJsonValue &v : list) {
        m_resources.append(ApiResource::fromJson(v.toObject()));
    }
    m_loaded = true;
    m_source = u"disk cache"_s;
    m_fetchedAt = fetched;
    qCDebug(lcKubeDiscovery) << "discovery loaded from" << file << m_resources.size() << "resources";
    Q_EMIT refreshed();
    return true;
}

void Discovery::saveDiskCache() const
{
    const QString file = cacheFile();
    if (file.isEmpty()) {
        return;
    }
    QDir().mkpath(m_cacheDir);
    QJsonArray list;
    for (const ApiResource &r : m_resources) {
        list.append(r.toJson());
    }
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly)) {
        qCWarning(lcKubeDiscovery) << "cannot write the discovery cache" << file << f.errorString();
        return;
    }
    f.write(QJsonDocument(QJsonObject{{u"fetched"_s, m_fetchedAt.toString(Qt::ISODateWithMs)},
                                      {u"server"_s, m_client->config().server.toString()},
                                      {u"source"_s, m_source},
                                      {u"resources"_s, list}})
                .toJson(QJsonDocument::Compact));
    f.commit();
}

void Discovery::ensure(const QObject *context, std::function<void()> ok, ErrorHandler err)
{
    if (m_loaded || loadDiskCache()) {
        ok();
        return;
    }
    refresh(context, std::move(ok), std::move(err));
}

void Discovery::refresh(const QObject *context, std::function<void()> ok, ErrorHandler err)
{
    m_waiters.append({context, std::move(ok), std::move(err)});
    if (!m_fetching) {
        fetch();
    }
}

void Discovery::fetch()
{
    if (!m_client) {
        return;
    }
    m_fetching = true;
    m_core.reset();
    m_groups.reset();
    m_failures.clear();
    m_requests.clear();
    qCDebug(lcKubeDiscovery) << "discovering" << m_client->config().server.toString();
    for (const QString &path : {u"/api"_s, u"/apis"_s}) {
        KubeRequest req;
        req.path = path;
        req.accept = kAggregatedAccept;
        const bool core = path == u"/api"_s;
        m_requests.append(m_client->send(
            req, this,
            [this, core](const KubeResponse &r) {
                (core ? m_core : m_groups) = r;
                onRootAnswered();
            },
            [this, core](const KubeError &e) {
                if (!core && e.isNotFound()) {
                    m_groups = KubeResponse{};
                    onRootAnswered();
                    return;
                }
                failFetch(e);
            }));
    }
}

void Discovery::onRootAnswered()
{
    if (!m_core || !m_groups || !m_fetching) {
        return;
    }
    if (isAggregated(*m_core) && (isAggregated(*m_groups) || m_groups->object.isEmpty())) {
        finishFetch(parseAggregated(m_core->object) + parseAggregated(m_groups->object), u"aggregated/"_s + aggregatedVersion(*m_core));
        return;
    }
    fetchLegacyGroupVersions();
}

void Discovery::fetchLegacyGroupVersions()
{
    struct GroupVersion
    {
        QString path;
        bool preferred;
    };
    QList<GroupVersion> gvs;
    QList<ApiResource> aggregatedCore;
    if (isAggregated(*m_core)) {
        aggregatedCore = parseAggregated(m_core->object);
    } else {
        bool first = true;
        for (const QString &v : strings(m_core->object.value(u"versions"_s))) {
            gvs.append({u"/api/"_s + v, first});
            first = false;
        }
    }
    const QJsonArray groups = m_groups->object.value(u"groups"_s).toArray();
    for (const QJsonValue &gv : groups) {
        const QJsonObject g = gv.toObject();
        const QString preferred = g.value(u"preferredVersion"_s).toObject().value(u"groupVersion"_s).toString();
        for (const QJsonValue &vv : g.value(u"versions"_s).toArray()) {
            const QString groupVersion = vv.toObject().value(u"groupVersion"_s).toString();
            gvs.append({u"/apis/"_s + groupVersion, groupVersion == preferred});
        }
    }
    m_legacyParts = QList<QList<ApiResource>>(gvs.size());
    m_legacyParts.prepend(aggregatedCore);
    m_pendingLegacy = int(gvs.size());
    if (m_pendingLegacy == 0) {
        finishFetch(aggregatedCore, u"legacy"_s);
        return;
    }
    for (qsizetype i = 0; i < gvs.size(); ++i) {
        KubeRequest req;
        req.path = gvs.at(i).path;
        const bool preferred = gvs.at(i).preferred;
        const qsizetype slot = i + 1;
        m_requests.append(m_client->send(
            req, this,
            [this, slot, preferred](const KubeResponse &r) {
                m_legacyParts[slot] = parseResourceList(r.object, preferred);
                if (--m_pendingLegacy == 0) {
                    QList<ApiResource> all;
                    for (const auto &part : std::as_const(m_legacyParts)) {
                        all += part;
                    }
                    finishFetch(all, u"legacy"_s);
                }
            },
            [this, path = req.path](const KubeError &e) {
                // Like kubectl: an unavailable group (often metrics.k8s.io) does not hide the others.
                m_failures.append(path.mid(path.indexOf(u'/', 1) + 1) + u": "_s + e.message);
                qCWarning(lcKubeDiscovery).noquote() << "couldn't get resource list for" << path << ":" << e.message;
                if (--m_pendingLegacy == 0) {
                    QList<ApiResource> all;
                    for (const auto &part : std::as_const(m_legacyParts)) {
                        all += part;
                    }
                    finishFetch(all, u"legacy"_s);
                }
            }));
    }
}

void Discovery::finishFetch(const QList<ApiResource> &resources, const QString &source)
{
    m_fetching = false;
    m_requests.clear();
    // Priority for resolution: the core group, then discovery order; preferred versions before others.
    QList<ApiResource> sorted = resources;
    std::stable_sort(sorted.begin(), sorted.end(), [](const ApiResource &a, const ApiResource &b) {
        return std::make_tuple(!a.group.isEmpty(), !a.preferredVersion) < std::make_tuple(!b.group.isEmpty(), !b.preferredVersion);
    });
    m_resources = sorted;
    m_loaded = true;
    m_source = source;
    m_fetchedAt = QDateTime::currentDateTimeUtc();
    qCDebug(lcKubeDiscovery) << "discovered" << m_resources.size() << "resources via" << source;
    saveDiskCache();
    Q_EMIT refreshed();
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &w : waiters) {
        if (w.context) {
            w.ok();
        }
    }
}

void Discovery::failFetch(const KubeError &error)
{
    if (!m_fetching) {
        return;
    }
    m_fetching = false;
    for (RequestHandle &h : m_requests) {
        h.cancel();
    }
    m_requests.clear();
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &w : waiters) {
        if (w.context) {
            w.err(error);
        }
    }
}

std::optional<ApiResource> Discovery::lookup(const QString &name) const
{
    const QString lower = name.trimmed().toLower();
    if (lower.isEmpty()) {
        return std::nullopt;
    }
    struct Query
    {
        QString token;
        std::optional<QString> group;
        std::optional<QString> version;
    };
    QList<Query> queries{{lower, std::nullopt, std::nullopt}};
    const qsizetype dot = lower.indexOf(u'.');
    if (dot > 0) {
        const QString token = lower.left(dot);
        const QString rest = lower.mid(dot + 1);
        static const QRegularExpression versionRe(u"^v\\d+((alpha|beta)\\d+)?$"_s);
        const QString first = rest.section(u'.', 0, 0);
        if (versionRe.match(first).hasMatch()) {
            queries.append({token, rest.section(u'.', 1), first}); // resource.version.group (group may be empty: core)
        }
        queries.append({token, rest, std::nullopt}); // resource.group
    }
    for (const Query &q : queries) {
        auto fits = [&q](const ApiResource &r) {
            return (!q.group || r.group.toLower() == *q.group) && (!q.version || r.version == *q.version)
                   && (q.version || r.preferredVersion || q.group);
        };
        // Short names first (kubectl expands them before mapping), then plural, singular and kind.
        for (const ApiResource &r : m_resources) {
            if (fits(r) && r.shortNames.contains(q.token)) {
                return r;
            }
        }
        for (const ApiResource &r : m_resources) {
            if (fits(r) && matches(r, q.token)) {
                return r;
            }
        }
    }
    return std::nullopt;
}

std::optional<ApiResource> Discovery::lookupKind(const QString &apiVersion, const QString &kind) const
{
    const qsizetype slash = apiVersion.indexOf(u'/');
    const QString group = slash < 0 ? QString() : apiVersion.left(slash);
    const QString version = slash < 0 ? apiVersion : apiVersion.mid(slash + 1);
    for (const ApiResource &r : m_resources) {
        if (r.group == group && r.version == version && r.kind == kind) {
            return r;
        }
    }
    return std::nullopt;
}

void Discovery::resolve(const QString &name, const QObject *context, ResourceHandler ok, ErrorHandler err)
{
    QPointer<const QObject> guard(context);
    ensure(
        context,
        [this, name, guard, ok, err] {
            if (const auto r = lookup(name)) {
                ok(*r);
                return;
            }
            qCDebug(lcKubeDiscovery) << "unknown resource" << name << "- discovering again";
            refresh(
                guard,
                [this, name, ok, err] {
                    if (const auto r = lookup(name)) {
                        ok(*r);
                    } else {
                        err(KubeError::make(KubeError::Kind::Config, CoreTr::tr("the server doesn't have a resource type \"%1\"").arg(name)));
                    }
                },
                err);
        },
        err);
}

void Discovery::resolveKind(const QString &apiVersion, const QString &kind, const QObject *context, ResourceHandler ok, ErrorHandler err)
{
    QPointer<const QObject> guard(context);
    ensure(
        context,
        [this, apiVersion, kind, guard, ok, err] {
            if (const auto r = lookupKind(apiVersion, kind)) {
                ok(*r);
                return;
            }
            refresh(
                guard,
                [this, apiVersion, kind, ok, err] {
                    if (const auto r = lookupKind(apiVersion, kind)) {
                        ok(*r);
                    } else {
                        err(KubeError::make(KubeError::Kind::Config,
                                            CoreTr::tr("no matches for kind \"%1\" in version \"%2\"").arg(kind, apiVersion)));
                    }
                },
                err);
        },
        err);
}

} // namespace Ringside
