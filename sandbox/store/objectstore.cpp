#include "objectstore.h"

#include <QJsonDocument>

namespace Ringside::Sandbox {

const QByteArray &StoredObject::json() const
{
    if (m_json.isEmpty()) {
        m_json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
    return m_json;
}

ObjectStore::ObjectStore(QObject *parent)
    : QObject(parent)
{}

QString ObjectStore::objectKey(const QString &ns, const QString &name)
{
    return ns.isEmpty() ? name : ns + u'/' + name;
}

quint64 ObjectStore::oldestReplayableVersion() const
{
    return m_historyFloor;
}

void ObjectStore::setHistoryLimit(int limit)
{
    m_historyLimit = std::max(1, limit);
    while (int(m_history.size()) > m_historyLimit) {
        m_historyFloor = m_history.front().resourceVersion;
        m_history.pop_front();
    }
}

const StoredObject *ObjectStore::get(const QString &storageKey, const QString &objectKey) const
{
    const auto it = m_data.constFind(storageKey);
    if (it == m_data.cend()) {
        return nullptr;
    }
    const auto o = it->constFind(objectKey);
    return o == it->cend() ? nullptr : &o.value();
}

QList<const StoredObject *> ObjectStore::list(const QString &storageKey, const QString &ns) const
{
    QList<const StoredObject *> out;
    const auto it = m_data.constFind(storageKey);
    if (it == m_data.cend()) {
        return out;
    }
    if (ns.isEmpty()) {
        out.reserve(it->size());
        for (auto o = it->cbegin(); o != it->cend(); ++o) {
            out.append(&o.value());
        }
        return out;
    }
    const QString prefix = ns + u'/';
    for (auto o = it->lowerBound(prefix); o != it->cend() && o.key().startsWith(prefix); ++o) {
        out.append(&o.value());
    }
    return out;
}

int ObjectStore::count(const QString &storageKey) const
{
    return int(m_data.value(storageKey).size());
}

std::optional<QList<StoreEvent>> ObjectStore::changesSince(const QString &storageKey, quint64 resourceVersion) const
{
    if (resourceVersion < m_historyFloor) {
        return std::nullopt;
    }
    QList<StoreEvent> out;
    // History is ordered by resourceVersion; find the first event after the version from the back.
    auto it = m_history.cend();
    while (it != m_history.cbegin() && std::prev(it)->resourceVersion > resourceVersion) {
        --it;
    }
    for (; it != m_history.cend(); ++it) {
        if (it->storageKey == storageKey) {
            out.append(*it);
        }
    }
    return out;
}

std::optional<QList<QJsonObject>> ObjectStore::snapshot(const QString &storageKey, const QString &ns,
                                                        quint64 resourceVersion) const
{
    const std::optional<QList<StoreEvent>> later = changesSince(storageKey, resourceVersion);
    if (!later) {
        return std::nullopt;
    }
    // Undo the later changes: the state at the version is the "previous" of the first later change per key.
    QMap<QString, std::optional<QJsonObject>> undone;
    for (const StoreEvent &e : *later) {
        if (!undone.contains(e.objectKey)) {
            undone.insert(e.objectKey,
                          e.type == StoreEvent::Type::Added ? std::nullopt : std::optional<QJsonObject>(e.previous));
        }
    }
    QMap<QString, QJsonObject> state;
    const QString prefix = ns.isEmpty() ? QString() : ns + u'/';
    for (const StoredObject *o : list(storageKey, ns)) {
        const QJsonObject meta = o->object.value(QLatin1String("metadata")).toObject();
        state.insert(
            objectKey(meta.value(QLatin1String("namespace")).toString(), meta.value(QLatin1String("name")).toString()),
            o->object);
    }
    for (auto it = undone.cbegin(); it != undone.cend(); ++it) {
        if (!prefix.isEmpty() && !it.key().startsWith(prefix)) {
            continue;
        }
        if (it.value()) {
            state.insert(it.key(), *it.value());
        } else {
            state.remove(it.key());
        }
    }
    return state.values();
}

static void setResourceVersion(QJsonObject &object, quint64 rv)
{
    QJsonObject meta = object.value(QLatin1String("metadata")).toObject();
    meta.insert(QLatin1String("resourceVersion"), QString::number(rv));
    object.insert(QLatin1String("metadata"), meta);
}

void ObjectStore::record(StoreEvent event)
{
    m_history.push_back(event);
    while (int(m_history.size()) > m_historyLimit) {
        m_historyFloor = m_history.front().resourceVersion;
        m_history.pop_front();
    }
    Q_EMIT changed(event);
}

quint64 ObjectStore::create(const QString &storageKey, const QString &objectKey, QJsonObject object)
{
    const quint64 rv = ++m_resourceVersion;
    setResourceVersion(object, rv);
    StoredObject stored;
    stored.object = object;
    stored.resourceVersion = rv;
    m_data[storageKey].insert(objectKey, stored);
    record({StoreEvent::Type::Added, storageKey, objectKey, object, {}, rv});
    return rv;
}

quint64 ObjectStore::update(const QString &storageKey, const QString &objectKey, QJsonObject object)
{
    auto &objects = m_data[storageKey];
    const auto it = objects.find(objectKey);
    if (it == objects.end()) {
        return create(storageKey, objectKey, std::move(object));
    }
    const quint64 rv = ++m_resourceVersion;
    setResourceVersion(object, rv);
    const QJsonObject previous = it->object;
    StoredObject stored;
    stored.object = object;
    stored.resourceVersion = rv;
    *it = stored;
    record({StoreEvent::Type::Modified, storageKey, objectKey, object, previous, rv});
    return rv;
}

quint64 ObjectStore::remove(const QString &storageKey, const QString &objectKey)
{
    auto &objects = m_data[storageKey];
    const auto it = objects.find(objectKey);
    if (it == objects.end()) {
        return 0;
    }
    const quint64 rv = ++m_resourceVersion;
    const QJsonObject previous = it->object;
    QJsonObject last = previous;
    setResourceVersion(last, rv);
    objects.erase(it);
    record({StoreEvent::Type::Deleted, storageKey, objectKey, last, previous, rv});
    return rv;
}

void ObjectStore::restore(const QHash<QString, QMap<QString, StoredObject>> &data, quint64 resourceVersion)
{
    m_data = data;
    m_resourceVersion = resourceVersion;
    m_history.clear();
    m_historyFloor = resourceVersion;
}

} // namespace Ringside::Sandbox
