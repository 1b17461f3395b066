#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QStringList>

namespace Ringside::Sandbox {

class Schemas;

/*! A path into an object in FieldsV1 element syntax: "f:spec", "k:{\"name\":\"nginx\"}", "v:\"x\"", "i:0".
    \since 0.1 */
using FieldPath = QStringList;

/*! A set of field paths (structured-merge-diff's fieldpath.Set) with FieldsV1 conversion. \since 0.1 */
class FieldSet
{
public:
    void insert(const FieldPath &path) { m_paths.insert(path.join(u'\n')); }
    void insertKey(const QString &joined) { m_paths.insert(joined); }
    bool contains(const FieldPath &path) const { return m_paths.contains(path.join(u'\n')); }
    bool containsKey(const QString &joined) const { return m_paths.contains(joined); }
    void remove(const QString &joined) { m_paths.remove(joined); }
    bool isEmpty() const { return m_paths.isEmpty(); }
    qsizetype size() const { return m_paths.size(); }
    const QSet<QString> &keys() const { return m_paths; }
    FieldSet united(const FieldSet &other) const;
    FieldSet minus(const FieldSet &other) const;
    FieldSet intersected(const FieldSet &other) const;

    QJsonObject toFieldsV1() const;
    static FieldSet fromFieldsV1(const QJsonObject &fields);

    /*! ".spec.template.spec.containers[name=\"nginx\"].image" as conflict messages print paths. */
    static QString displayPath(const QString &joined);

private:
    QSet<QString> m_paths;
};

/*! What an object contains, path by path: leaf values, plus markers for list-map items and set elements.
    Which fields count follows structured-merge-diff: apiVersion, kind and the system metadata are ignored;
    status belongs to the status subresource. \since 0.1 */
class FieldValues
{
public:
    enum class Scope { MainResource, StatusSubresource, Everything };
    /*! Walks \a object against \a schema; with \a hasStatusSubresource, Scope selects spec or status. */
    static QHash<QString, QJsonValue> collect(const Schemas &schemas, const QJsonObject &object,
                                              const QJsonObject &schema, Scope scope);
    /*! The element for one list-map item ("k:{...}") from its key fields. */
    static QString keyElement(const QJsonObject &item, const QStringList &keys);
    static QString valueElement(const QJsonValue &value);
    /*! The marker value stored for list items and set elements. */
    static QJsonValue itemMarker();
    static bool isMarker(const QJsonValue &v);
};

} // namespace Ringside::Sandbox
