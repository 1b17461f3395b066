#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QObject>

#include <deque>
#include <optional>

namespace Ringside::Sandbox {

/*! One stored object with its compact JSON cached (lists of thousands of objects concatenate the cache). \since 0.1 */
struct StoredObject
{
    QJsonObject object;
    quint64 resourceVersion = 0;
    /*! The object as compact JSON, computed once per version. */
    const QByteArray &json() const;

private:
    mutable QByteArray m_json;
};

/*! A change to the store, as watches see it. \since 0.1 */
struct StoreEvent
{
    enum class Type { Added, Modified, Deleted };
    Type type = Type::Added;
    QString storageKey;   //!< "apps/deployments"
    QString objectKey;    //!< "namespace/name" or "name"
    QJsonObject object;   //!< the new object (for Deleted: the last state, with the deletion's resourceVersion)
    QJsonObject previous; //!< the old object (empty for Added)
    quint64 resourceVersion = 0;
};

/*! The in-memory object store: objects by storage key (group/resource) and "namespace/name", one global
    monotonically increasing resourceVersion (like etcd's revision), and a retained window of recent changes for
    watches, continue tokens and exact-version lists. Single-threaded; changes are announced synchronously
    through changed(). \since 0.1 */
class ObjectStore : public QObject
{
    Q_OBJECT
public:
    explicit ObjectStore(QObject *parent = nullptr);

    static QString objectKey(const QString &ns, const QString &name);

    quint64 currentResourceVersion() const { return m_resourceVersion; }
    /*! The oldest resourceVersion from which changes can still be replayed: a watch or snapshot from an older
        version gets 410 Expired. */
    quint64 oldestReplayableVersion() const;
    /*! How many changes are kept for replay (default 10000). */
    void setHistoryLimit(int limit);
    int historyLimit() const { return m_historyLimit; }

    const StoredObject *get(const QString &storageKey, const QString &objectKey) const;
    /*! The objects of one resource (optionally one namespace) in key order. */
    QList<const StoredObject *> list(const QString &storageKey, const QString &ns = {}) const;
    int count(const QString &storageKey) const;

    /*! The objects of one resource as they were at \a resourceVersion, in key order; nullopt when that
        version is older than the replay window. Keys >= \a startAfter only when given. */
    std::optional<QList<QJsonObject>> snapshot(const QString &storageKey, const QString &ns,
                                               quint64 resourceVersion) const;
    /*! The changes to \a storageKey after \a resourceVersion; nullopt when they are no longer retained. */
    std::optional<QList<StoreEvent>> changesSince(const QString &storageKey, quint64 resourceVersion) const;

    /*! Stores a new object; sets metadata.resourceVersion; returns the new version. */
    quint64 create(const QString &storageKey, const QString &objectKey, QJsonObject object);
    /*! Replaces an object; sets metadata.resourceVersion. */
    quint64 update(const QString &storageKey, const QString &objectKey, QJsonObject object);
    /*! Removes an object; the Deleted event carries the last state with a new resourceVersion. */
    quint64 remove(const QString &storageKey, const QString &objectKey);

    /*! Every stored object, for persistence: storage key -> objects. */
    QHash<QString, QMap<QString, StoredObject>> contents() const { return m_data; }
    /*! Replaces everything (loading persisted state); no events are emitted and history restarts. */
    void restore(const QHash<QString, QMap<QString, StoredObject>> &data, quint64 resourceVersion);

Q_SIGNALS:
    void changed(const Ringside::Sandbox::StoreEvent &event);

private:
    void record(StoreEvent event);

    QHash<QString, QMap<QString, StoredObject>> m_data;
    std::deque<StoreEvent> m_history;
    quint64 m_resourceVersion = 1;
    quint64 m_historyFloor = 1; //!< the resourceVersion before the oldest retained event
    int m_historyLimit = 10000;
};

} // namespace Ringside::Sandbox
