#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Ringside {

/*! A net change to one object over a coalescing window. \since 0.1 */
struct ObjectChange
{
    enum class Type { Added, Modified, Deleted };
    Type type = Type::Added;
    QString key;          //!< "namespace/name", or "name" for cluster-scoped objects
    QJsonObject object;   //!< the new state; for Deleted, the last state seen
    QJsonObject previous; //!< for Modified, the state before the window
};

/*! The objects of one informer, keyed by namespace/name, recording which keys changed so that a burst of
    events becomes one set of net changes: added then modified is one Added, added then deleted is nothing,
    modified many times is one Modified. A delete followed by an add of the same name with a new uid (a
    StatefulSet pod recreated) stays a Deleted and an Added, never a Modified. \since 0.1 */
class ObjectCache
{
public:
    static QString keyOf(const QJsonObject &object);
    static QString uidOf(const QJsonObject &object);
    static QString resourceVersionOf(const QJsonObject &object);

    /*! Adds or replaces an object (ADDED or MODIFIED events). */
    void upsert(const QJsonObject &object);
    /*! Removes an object (DELETED events); \a object is its final state. */
    void remove(const QJsonObject &object);
    /*! Replaces everything with \a objects (a relist), recording the differences as changes. */
    void replace(const QList<QJsonObject> &objects);

    /*! The net changes since the last call, in the order their keys were first touched. */
    QList<ObjectChange> takeChanges();
    bool hasPendingChanges() const { return !m_touched.isEmpty(); }

    const QHash<QString, QJsonObject> &objects() const { return m_objects; }
    std::optional<QJsonObject> value(const QString &key) const;
    qsizetype size() const { return m_objects.size(); }

private:
    void touch(const QString &key);

    QHash<QString, QJsonObject> m_objects;
    QHash<QString, std::optional<QJsonObject>> m_before; //!< the state before the window, per touched key
    QHash<QString, QJsonObject> m_deleted;               //!< the final state of objects deleted in the window
    QList<QString> m_touched;
};

} // namespace Ringside

Q_DECLARE_METATYPE(Ringside::ObjectChange)
