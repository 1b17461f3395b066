#include "kube/objectcache.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Ringside {

namespace {
QJsonObject metadata(const QJsonObject &o)
{
    return o.value(u"metadata"_s).toObject();
}
} // namespace

QString ObjectCache::keyOf(const QJsonObject &object)
{
    const QJsonObject m = metadata(object);
    const QString ns = m.value(u"namespace"_s).toString();
    const QString name = m.value(u"name"_s).toString();
    return ns.isEmpty() ? name : ns + u'/' + name;
}

QString ObjectCache::uidOf(const QJsonObject &object)
{
    return metadata(object).value(u"uid"_s).toString();
}

QString ObjectCache::resourceVersionOf(const QJsonObject &object)
{
    return metadata(object).value(u"resourceVersion"_s).toString();
}

void ObjectCache::touch(const QString &key)
{
    if (m_before.contains(key)) {
        return;
    }
    const auto it = m_objects.constFind(key);
    m_before.insert(key, it == m_objects.cend() ? std::nullopt : std::optional<QJsonObject>(*it));
    m_touched.append(key);
}

void ObjectCache::upsert(const QJsonObject &object)
{
    const QString key = keyOf(object);
    touch(key);
    m_objects.insert(key, object);
}

void ObjectCache::remove(const QJsonObject &object)
{
    const QString key = keyOf(object);
    touch(key);
    const auto it = m_objects.find(key);
    if (it != m_objects.end()) {
        // The DELETED event carries the final state of the object the consumer knew (same uid as before the
        // window); a short-lived object created and deleted within the window is not reported at all.
        const QJsonObject final = uidOf(object) == uidOf(*it) ? object : *it;
        const std::optional<QJsonObject> &before = m_before[key];
        if (before && uidOf(*before) == uidOf(final)) {
            m_deleted.insert(key, final);
        }
        m_objects.erase(it);
    }
}

void ObjectCache::replace(const QList<QJsonObject> &objects)
{
    QSet<QString> present;
    present.reserve(objects.size());
    for (const QJsonObject &o : objects) {
        present.insert(keyOf(o));
    }
    const QList<QString> keys = m_objects.keys();
    for (const QString &key : keys) {
        if (!present.contains(key)) {
            remove(m_objects.value(key));
        }
    }
    for (const QJsonObject &o : objects) {
        const QString key = keyOf(o);
        const auto it = m_objects.constFind(key);
        if (it != m_objects.cend() && resourceVersionOf(*it) == resourceVersionOf(o) && uidOf(*it) == uidOf(o)) {
            continue; // unchanged: no need to touch it
        }
        upsert(o);
    }
}

std::optional<QJsonObject> ObjectCache::value(const QString &key) const
{
    const auto it = m_objects.constFind(key);
    if (it == m_objects.cend()) {
        return std::nullopt;
    }
    return *it;
}

QList<ObjectChange> ObjectCache::takeChanges()
{
    QList<ObjectChange> out;
    for (const QString &key : std::as_const(m_touched)) {
        const std::optional<QJsonObject> before = m_before.value(key);
        const auto now = m_objects.constFind(key);
        const bool after = now != m_objects.cend();
        if (!before && after) {
            out.append({ObjectChange::Type::Added, key, *now, {}});
        } else if (before && !after) {
            out.append({ObjectChange::Type::Deleted, key, m_deleted.value(key, *before), {}});
        } else if (before && after) {
            if (uidOf(*before) != uidOf(*now)) {
                // Deleted and created again under the same name: two changes, never a modification.
                out.append({ObjectChange::Type::Deleted, key, m_deleted.value(key, *before), {}});
                out.append({ObjectChange::Type::Added, key, *now, {}});
            } else if (resourceVersionOf(*before) != resourceVersionOf(*now) || *before != *now) {
                out.append({ObjectChange::Type::Modified, key, *now, *before});
            }
        }
    }
    m_touched.clear();
    m_before.clear();
    m_deleted.clear();
    return out;
}

} // namespace Ringside
