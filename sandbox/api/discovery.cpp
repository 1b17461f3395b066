#include "discovery.h"

#include "registry.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace Ringside::Sandbox {

Discovery::Discovery(const Registry *registry)
    : m_registry(registry)
{}

QString Discovery::storageVersionHash(const QString &group, const QString &version, const QString &kind)
{
    const QByteArray hash
        = QCryptographicHash::hash((group + u'/' + version + u'/' + kind).toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(hash.left(8).toBase64());
}

static QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QList<Discovery::Subresource> Discovery::subresourcesOf(const ResourceType &t)
{
    QList<Subresource> out;
    const QStringList rw = {QStringLiteral("get"), QStringLiteral("patch"), QStringLiteral("update")};
    for (const QString &s : t.subresources) {
        if (s == QLatin1String("status")) {
            out.append({s, QString(), QString(), t.kind, rw});
        } else if (s == QLatin1String("scale")) {
            out.append({s, QStringLiteral("autoscaling"), QStringLiteral("v1"), QStringLiteral("Scale"), rw});
        } else if (s == QLatin1String("log")) {
            out.append({s, QString(), QString(), t.kind, {QStringLiteral("get")}});
        } else if (s == QLatin1String("exec")) {
            out.append({s,
                        QString(),
                        QString(),
                        QStringLiteral("PodExecOptions"),
                        {QStringLiteral("create"), QStringLiteral("get")}});
        } else if (s == QLatin1String("portforward")) {
            out.append({s,
                        QString(),
                        QString(),
                        QStringLiteral("PodPortForwardOptions"),
                        {QStringLiteral("create"), QStringLiteral("get")}});
        } else if (s == QLatin1String("proxy")) {
            const QStringList verbs = {QStringLiteral("create"), QStringLiteral("delete"), QStringLiteral("get"),
                                       QStringLiteral("patch"), QStringLiteral("update")};
            out.append({s, QString(), QString(), t.kind + QLatin1String("ProxyOptions"), verbs});
        } else if (s == QLatin1String("finalize")) {
            out.append({s, QString(), QString(), t.kind, {QStringLiteral("update")}});
        }
    }
    return out;
}

QJsonObject Discovery::apiVersions(const QString &serverAddress) const
{
    return {{QLatin1String("kind"), QLatin1String("APIVersions")},
            {QLatin1String("versions"), QJsonArray{QLatin1String("v1")}},
            {QLatin1String("serverAddressByClientCIDRs"),
             QJsonArray{QJsonObject{{QLatin1String("clientCIDR"), QLatin1String("0.0.0.0/0")},
                                    {QLatin1String("serverAddress"), serverAddress}}}}};
}

QJsonObject Discovery::apiGroup(const QString &group) const
{
    const QStringList versions = m_registry->versions(group);
    if (group.isEmpty() || versions.isEmpty()) {
        return {};
    }
    QJsonArray list;
    for (const QString &v : versions) {
        list.append(
            QJsonObject{{QLatin1String("groupVersion"), QString(group + u'/' + v)}, {QLatin1String("version"), v}});
    }
    return {{QLatin1String("kind"), QLatin1String("APIGroup")},
            {QLatin1String("apiVersion"), QLatin1String("v1")},
            {QLatin1String("name"), group},
            {QLatin1String("versions"), list},
            {QLatin1String("preferredVersion"), list.first()}};
}

QJsonObject Discovery::apiGroupList() const
{
    QJsonArray groups;
    for (const QString &g : m_registry->groups()) {
        if (g.isEmpty()) {
            continue;
        }
        QJsonObject group = apiGroup(g);
        group.remove(QLatin1String("kind"));
        group.remove(QLatin1String("apiVersion"));
        groups.append(group);
    }
    return {{QLatin1String("kind"), QLatin1String("APIGroupList")},
            {QLatin1String("apiVersion"), QLatin1String("v1")},
            {QLatin1String("groups"), groups}};
}

QJsonObject Discovery::apiResourceList(const QString &group, const QString &version) const
{
    if (!m_registry->hasGroupVersion(group, version)) {
        return {};
    }
    QJsonArray resources;
    for (const ResourceType *t : m_registry->all()) {
        if (t->group != group || t->version != version) {
            continue;
        }
        QJsonObject r{{QLatin1String("name"), t->resource},
                      {QLatin1String("singularName"), t->singular},
                      {QLatin1String("namespaced"), t->namespaced},
                      {QLatin1String("kind"), t->kind},
                      {QLatin1String("verbs"), toArray(t->verbs)},
                      {QLatin1String("storageVersionHash"), storageVersionHash(t->group, t->version, t->kind)}};
        if (!t->shortNames.isEmpty()) {
            r.insert(QLatin1String("shortNames"), toArray(t->shortNames));
        }
        if (!t->categories.isEmpty()) {
            r.insert(QLatin1String("categories"), toArray(t->categories));
        }
        if (t->verbs == QStringList{QStringLiteral("create")}) {
            r.remove(QLatin1String("storageVersionHash"));
        }
        resources.append(r);
        for (const Subresource &s : subresourcesOf(*t)) {
            QJsonObject sr{{QLatin1String("name"), QString(t->resource + u'/' + s.name)},
                           {QLatin1String("singularName"), QString()},
                           {QLatin1String("namespaced"), t->namespaced},
                           {QLatin1String("kind"), s.kind},
                           {QLatin1String("verbs"), toArray(s.verbs)}};
            if (!s.group.isEmpty()) {
                sr.insert(QLatin1String("group"), s.group);
                sr.insert(QLatin1String("version"), s.version);
            }
            resources.append(sr);
        }
    }
    QJsonObject list{{QLatin1String("kind"), QLatin1String("APIResourceList")},
                     {QLatin1String("groupVersion"), group.isEmpty() ? version : group + u'/' + version},
                     {QLatin1String("resources"), resources}};
    if (!group.isEmpty()) {
        list.insert(QLatin1String("apiVersion"), QLatin1String("v1"));
    }
    return list;
}

QJsonObject Discovery::aggregated(bool core, const QString &version) const
{
    QJsonArray items;
    for (const QString &g : m_registry->groups()) {
        if (g.isEmpty() != core) {
            continue;
        }
        QJsonArray versions;
        for (const QString &v : m_registry->versions(g)) {
            QJsonArray resources;
            for (const ResourceType *t : m_registry->all()) {
                if (t->group != g || t->version != v) {
                    continue;
                }
                QJsonObject r{
                    {QLatin1String("resource"), t->resource},
                    {QLatin1String("responseKind"), QJsonObject{{QLatin1String("group"), QString()},
                                                                {QLatin1String("version"), QString()},
                                                                {QLatin1String("kind"), t->kind}}},
                    {QLatin1String("scope"), t->namespaced ? QLatin1String("Namespaced") : QLatin1String("Cluster")},
                    {QLatin1String("singularResource"), t->singular},
                    {QLatin1String("verbs"), toArray(t->verbs)}};
                if (!t->shortNames.isEmpty()) {
                    r.insert(QLatin1String("shortNames"), toArray(t->shortNames));
                }
                if (!t->categories.isEmpty()) {
                    r.insert(QLatin1String("categories"), toArray(t->categories));
                }
                QJsonArray subs;
                for (const Subresource &s : subresourcesOf(*t)) {
                    subs.append(
                        QJsonObject{{QLatin1String("subresource"), s.name},
                                    {QLatin1String("responseKind"), QJsonObject{{QLatin1String("group"), s.group},
                                                                                {QLatin1String("version"), s.version},
                                                                                {QLatin1String("kind"), s.kind}}},
                                    {QLatin1String("verbs"), toArray(s.verbs)}});
                }
                if (!subs.isEmpty()) {
                    r.insert(QLatin1String("subresources"), subs);
                }
                resources.append(r);
            }
            versions.append(QJsonObject{{QLatin1String("version"), v},
                                        {QLatin1String("resources"), resources},
                                        {QLatin1String("freshness"), QLatin1String("Current")}});
        }
        QJsonObject meta{{QLatin1String("creationTimestamp"), QJsonValue()}};
        if (!g.isEmpty()) {
            meta.insert(QLatin1String("name"), g);
        }
        items.append(QJsonObject{{QLatin1String("metadata"), meta}, {QLatin1String("versions"), versions}});
    }
    return {{QLatin1String("kind"), QLatin1String("APIGroupDiscoveryList")},
            {QLatin1String("apiVersion"), QString(QLatin1String("apidiscovery.k8s.io/") + version)},
            {QLatin1String("metadata"), QJsonObject()},
            {QLatin1String("items"), items}};
}

QByteArray Discovery::aggregatedContentType(const QByteArray &accept, QString *version)
{
    for (const QByteArray &clause : accept.split(',')) {
        const QList<QByteArray> parts = clause.split(';');
        if (parts.first().trimmed() != "application/json") {
            continue;
        }
        QByteArray g;
        QByteArray v;
        QByteArray as;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray p = parts.at(i).trimmed();
            if (p.startsWith("g=")) {
                g = p.mid(2);
            } else if (p.startsWith("v=")) {
                v = p.mid(2);
            } else if (p.startsWith("as=")) {
                as = p.mid(3);
            }
        }
        if (g == "apidiscovery.k8s.io" && as == "APIGroupDiscoveryList" && (v == "v2" || v == "v2beta1")) {
            *version = QString::fromLatin1(v);
            return "application/json;g=apidiscovery.k8s.io;v=" + v + ";as=APIGroupDiscoveryList";
        }
        if (g.isEmpty() && as.isEmpty()) {
            return {};
        }
    }
    return {};
}

} // namespace Ringside::Sandbox
