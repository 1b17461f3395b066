#include "registry.h"

#include "builtins.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace Ringside::Sandbox {

QString ResourceType::storageKey() const
{
    // events.k8s.io/v1 Events are core/v1 Events stored once, served in two shapes.
    if (group == QLatin1String("events.k8s.io") && resource == QLatin1String("events")) {
        return QStringLiteral("/events");
    }
    return group + u'/' + resource;
}

Registry::Registry(QObject *parent)
    : QObject(parent)
{
    m_builtins = builtinResourceTypes();
    rebuildIndex();
}

static QString key3(QStringView a, QStringView b, QStringView c)
{
    return a + u'/' + b + u'/' + c;
}

void Registry::rebuildIndex()
{
    m_all.clear();
    m_byResource.clear();
    m_byKind.clear();
    for (const ResourceType &t : std::as_const(m_builtins)) {
        m_all.append(&t);
    }
    QStringList names = m_custom.keys();
    names.sort();
    for (const QString &name : std::as_const(names)) {
        for (const ResourceType &t : std::as_const(m_custom[name])) {
            m_all.append(&t);
        }
    }
    for (const ResourceType *t : std::as_const(m_all)) {
        m_byResource.insert(key3(t->group, t->version, t->resource), t);
        m_byKind.insert(key3(t->group, t->version, t->kind), t);
    }
    ++m_generation;
}

const ResourceType *Registry::find(QStringView group, QStringView version, QStringView resource) const
{
    return m_byResource.value(key3(group, version, resource));
}

const ResourceType *Registry::findKind(QStringView group, QStringView version, QStringView kind) const
{
    return m_byKind.value(key3(group, version, kind));
}

QList<const ResourceType *> Registry::versionsOf(QStringView group, QStringView resource) const
{
    QList<const ResourceType *> out;
    for (const ResourceType *t : m_all) {
        if (t->group == group && t->resource == resource) {
            out.append(t);
        }
    }
    return out;
}

QList<const ResourceType *> Registry::all() const
{
    return m_all;
}

QStringList Registry::groups() const
{
    QStringList builtin;
    QStringList custom;
    for (const ResourceType *t : m_all) {
        QStringList &target = t->isCustom() ? custom : builtin;
        if (!target.contains(t->group) && !(t->isCustom() && builtin.contains(t->group))) {
            target.append(t->group);
        }
    }
    custom.sort();
    return builtin + custom;
}

// Kubernetes version priority: GA > beta > alpha, higher numbers first, then others alphabetically.
static std::tuple<int, int, int, QString> versionPriority(const QString &v)
{
    static const QRegularExpression re(QStringLiteral("^v(\\d+)(?:(alpha|beta)(\\d+))?$"));
    const QRegularExpressionMatch m = re.match(v);
    if (!m.hasMatch()) {
        return {3, 0, 0, v};
    }
    const int major = m.captured(1).toInt();
    const QString stage = m.captured(2);
    const int minor = m.captured(3).toInt();
    const int rank = stage.isEmpty() ? 0 : stage == QLatin1String("beta") ? 1 : 2;
    return {rank, -major, -minor, QString()};
}

QStringList Registry::versions(const QString &group) const
{
    QStringList out;
    for (const ResourceType *t : m_all) {
        if (t->group == group && !out.contains(t->version)) {
            out.append(t->version);
        }
    }
    std::sort(out.begin(), out.end(),
              [](const QString &a, const QString &b) { return versionPriority(a) < versionPriority(b); });
    return out;
}

QString Registry::preferredVersion(const QString &group) const
{
    return versions(group).value(0);
}

bool Registry::hasGroupVersion(QStringView group, QStringView version) const
{
    return std::any_of(m_all.cbegin(), m_all.cend(),
                       [&](const ResourceType *t) { return t->group == group && t->version == version; });
}

bool Registry::isBuiltinGroupVersion(QStringView group, QStringView version) const
{
    return std::any_of(m_builtins.cbegin(), m_builtins.cend(),
                       [&](const ResourceType &t) { return t.group == group && t.version == version; });
}

static QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray()) {
        out.append(e.toString());
    }
    return out;
}

QList<ResourceType> Registry::typesFromCrd(const QJsonObject &crd)
{
    QList<ResourceType> out;
    const QJsonObject spec = crd.value(QLatin1String("spec")).toObject();
    const QJsonObject names = spec.value(QLatin1String("names")).toObject();
    const QString group = spec.value(QLatin1String("group")).toString();
    const QString plural = names.value(QLatin1String("plural")).toString();
    const QString kind = names.value(QLatin1String("kind")).toString();
    if (group.isEmpty() || plural.isEmpty() || kind.isEmpty()) {
        return out;
    }
    for (const QJsonValue &vv : spec.value(QLatin1String("versions")).toArray()) {
        const QJsonObject v = vv.toObject();
        if (!v.value(QLatin1String("served")).toBool()) {
            continue;
        }
        ResourceType t;
        t.origin = ResourceType::Origin::Custom;
        t.group = group;
        t.version = v.value(QLatin1String("name")).toString();
        t.resource = plural;
        t.kind = kind;
        t.singular = names.value(QLatin1String("singular")).toString(kind.toLower());
        t.listKind = names.value(QLatin1String("listKind")).toString(kind + QLatin1String("List"));
        t.namespaced = spec.value(QLatin1String("scope")).toString() != QLatin1String("Cluster");
        t.verbs = {QStringLiteral("delete"), QStringLiteral("deletecollection"),
                   QStringLiteral("get"),    QStringLiteral("list"),
                   QStringLiteral("patch"),  QStringLiteral("create"),
                   QStringLiteral("update"), QStringLiteral("watch")};
        t.shortNames = stringList(names.value(QLatin1String("shortNames")));
        t.categories = stringList(names.value(QLatin1String("categories")));
        const QJsonObject sub = v.value(QLatin1String("subresources")).toObject();
        if (sub.contains(QLatin1String("status"))) {
            t.subresources.append(QStringLiteral("status"));
        }
        if (sub.contains(QLatin1String("scale"))) {
            t.subresources.append(QStringLiteral("scale"));
        }
        t.crdSchema = v.value(QLatin1String("schema")).toObject().value(QLatin1String("openAPIV3Schema")).toObject();
        t.storageVersion = v.value(QLatin1String("storage")).toBool();
        t.crdName = crd.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
        for (const QJsonValue &cv : v.value(QLatin1String("additionalPrinterColumns")).toArray()) {
            const QJsonObject c = cv.toObject();
            t.columns.append(
                {c.value(QLatin1String("name")).toString(), c.value(QLatin1String("type")).toString(),
                 c.value(QLatin1String("format")).toString(), c.value(QLatin1String("description")).toString(),
                 c.value(QLatin1String("jsonPath")).toString(), c.value(QLatin1String("priority")).toInt()});
        }
        for (const QJsonValue &fv : v.value(QLatin1String("selectableFields")).toArray()) {
            t.selectableFields.append(fv.toObject().value(QLatin1String("jsonPath")).toString());
        }
        out.append(t);
    }
    return out;
}

void Registry::applyCrd(const QJsonObject &crd)
{
    const QString name = crd.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
    m_custom.insert(name, typesFromCrd(crd));
    rebuildIndex();
    Q_EMIT changed();
}

void Registry::removeCrd(const QString &name)
{
    if (m_custom.remove(name) > 0) {
        rebuildIndex();
        Q_EMIT changed();
    }
}

} // namespace Ringside::Sandbox
