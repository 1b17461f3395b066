#include "fieldset.h"

#include "api/schemas.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Ringside::Sandbox {

FieldSet FieldSet::united(const FieldSet &other) const
{
    FieldSet s = *this;
    s.m_paths.unite(other.m_paths);
    return s;
}

FieldSet FieldSet::minus(const FieldSet &other) const
{
    FieldSet s = *this;
    s.m_paths.subtract(other.m_paths);
    return s;
}

FieldSet FieldSet::intersected(const FieldSet &other) const
{
    FieldSet s = *this;
    s.m_paths.intersect(other.m_paths);
    return s;
}

namespace {
struct Node
{
    bool member = false;
    QMap<QString, Node> children;
    QJsonObject toJson() const
    {
        QJsonObject o;
        if (member && !children.isEmpty()) {
            o.insert(QLatin1String("."), QJsonObject());
        }
        for (auto it = children.cbegin(); it != children.cend(); ++it) {
            o.insert(it.key(), it.value().toJson());
        }
        return o;
    }
};

void readNode(const QJsonObject &o, QStringList &prefix, QSet<QString> &out)
{
    if (o.isEmpty() && !prefix.isEmpty()) {
        out.insert(prefix.join(u'\n'));
        return;
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() == QLatin1String(".")) {
            if (!prefix.isEmpty()) {
                out.insert(prefix.join(u'\n'));
            }
            continue;
        }
        prefix.append(it.key());
        readNode(it.value().toObject(), prefix, out);
        prefix.removeLast();
    }
}
} // namespace

QJsonObject FieldSet::toFieldsV1() const
{
    Node root;
    for (const QString &joined : m_paths) {
        Node *n = &root;
        for (const QString &element : joined.split(u'\n')) {
            n = &n->children[element];
        }
        n->member = true;
    }
    return root.toJson();
}

FieldSet FieldSet::fromFieldsV1(const QJsonObject &fields)
{
    FieldSet s;
    QStringList prefix;
    readNode(fields, prefix, s.m_paths);
    return s;
}

QString FieldSet::displayPath(const QString &joined)
{
    QString out;
    for (const QString &e : joined.split(u'\n')) {
        const QString body = e.mid(2);
        if (e.startsWith(QLatin1String("f:"))) {
            out += u'.' + body;
        } else if (e.startsWith(QLatin1String("k:"))) {
            const QJsonObject key = QJsonDocument::fromJson(body.toUtf8()).object();
            QStringList parts;
            for (auto it = key.begin(); it != key.end(); ++it) {
                const QByteArray v = QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact);
                parts.append(it.key() + u'=' + QString::fromUtf8(v.mid(1, v.size() - 2)));
            }
            out += u'[' + parts.join(u',') + u']';
        } else if (e.startsWith(QLatin1String("v:"))) {
            out += QLatin1String("[=") + body + u']';
        } else if (e.startsWith(QLatin1String("i:"))) {
            out += u'[' + body + u']';
        }
    }
    return out;
}

QString FieldValues::keyElement(const QJsonObject &item, const QStringList &keys)
{
    QJsonObject key;
    for (const QString &k : keys) {
        if (item.contains(k)) {
            key.insert(k, item.value(k));
        }
    }
    return QLatin1String("k:") + QString::fromUtf8(QJsonDocument(key).toJson(QJsonDocument::Compact));
}

QString FieldValues::valueElement(const QJsonValue &value)
{
    const QByteArray v = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QLatin1String("v:") + QString::fromUtf8(v.mid(1, v.size() - 2));
}

QJsonValue FieldValues::itemMarker()
{
    return QJsonValue(QJsonObject{{QLatin1String("\u0001item"), true}});
}

bool FieldValues::isMarker(const QJsonValue &v)
{
    return v.isObject() && v.toObject().contains(QLatin1String("\u0001item"));
}

namespace {

void walk(const Schemas &schemas, const QJsonValue &value, const QJsonObject &schema, QStringList &path,
          QHash<QString, QJsonValue> &out);

void walkObject(const Schemas &schemas, const QJsonObject &o, const QJsonObject &schema, QStringList &path,
                QHash<QString, QJsonValue> &out)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        path.append(QLatin1String("f:") + it.key());
        walk(schemas, it.value(), schemas.property(schema, it.key()), path, out);
        path.removeLast();
    }
}

void walk(const Schemas &schemas, const QJsonValue &value, const QJsonObject &schemaIn, QStringList &path,
          QHash<QString, QJsonValue> &out)
{
    const QJsonObject schema = schemas.resolve(schemaIn);
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        if (o.isEmpty() || schemas.isAtomicMap(schema)) {
            out.insert(path.join(u'\n'), value);
            return;
        }
        walkObject(schemas, o, schemaIn, path, out);
        return;
    }
    if (value.isArray()) {
        const QJsonArray a = value.toArray();
        const QString type = schemas.listType(schema);
        if (type == QLatin1String("map") && !a.isEmpty()) {
            const QStringList keys = schemas.listMapKeys(schema);
            const QJsonObject itemSchema = schemas.items(schema);
            for (const QJsonValue &item : a) {
                path.append(FieldValues::keyElement(item.toObject(), keys));
                out.insert(path.join(u'\n'), FieldValues::itemMarker());
                walkObject(schemas, item.toObject(), itemSchema, path, out);
                path.removeLast();
            }
            return;
        }
        if (type == QLatin1String("set") && !a.isEmpty()) {
            for (const QJsonValue &item : a) {
                path.append(FieldValues::valueElement(item));
                out.insert(path.join(u'\n'), FieldValues::itemMarker());
                path.removeLast();
            }
            return;
        }
    }
    out.insert(path.join(u'\n'), value);
}

} // namespace

QHash<QString, QJsonValue> FieldValues::collect(const Schemas &schemas, const QJsonObject &object,
                                                const QJsonObject &schema, Scope scope)
{
    QHash<QString, QJsonValue> out;
    QStringList path;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString &key = it.key();
        if (key == QLatin1String("apiVersion") || key == QLatin1String("kind")) {
            continue;
        }
        if (scope == Scope::MainResource && key == QLatin1String("status")) {
            continue;
        }
        if (scope == Scope::StatusSubresource && key != QLatin1String("status")) {
            continue;
        }
        path = {QLatin1String("f:") + key};
        if (key == QLatin1String("metadata")) {
            const QJsonObject meta = it.value().toObject();
            const QJsonObject metaSchema = schemas.property(schema, key);
            for (const char *tracked : {"generateName", "labels", "annotations", "finalizers", "ownerReferences"}) {
                const QString k = QLatin1String(tracked);
                if (meta.contains(k)) {
                    path.append(QLatin1String("f:") + k);
                    walk(schemas, meta.value(k), schemas.property(metaSchema, k), path, out);
                    path.removeLast();
                }
            }
            continue;
        }
        walk(schemas, it.value(), schemas.property(schema, key), path, out);
    }
    return out;
}

} // namespace Ringside::Sandbox
