#include "managedfields.h"

#include "api/jsonutil.h"
#include "api/schemas.h"

#include <QJsonDocument>

#include <algorithm>

namespace Ringside::Sandbox {

QString ManagerEntry::describe() const
{
    QString s = u'"' + manager + u'"';
    if (!subresource.isEmpty()) {
        s += QLatin1String(" with subresource \"") + subresource + u'"';
    }
    if (operation == QLatin1String("Update")) {
        s += QLatin1String(" using ") + apiVersion;
    }
    return s;
}

QList<ManagerEntry> ManagedFields::read(const QJsonObject &object)
{
    QList<ManagerEntry> out;
    for (const QJsonValue &v : Json::meta(object).value(QLatin1String("managedFields")).toArray()) {
        const QJsonObject e = v.toObject();
        ManagerEntry m;
        m.manager = e.value(QLatin1String("manager")).toString();
        m.operation = e.value(QLatin1String("operation")).toString();
        m.apiVersion = e.value(QLatin1String("apiVersion")).toString();
        m.time = e.value(QLatin1String("time")).toString();
        m.subresource = e.value(QLatin1String("subresource")).toString();
        m.fields = FieldSet::fromFieldsV1(e.value(QLatin1String("fieldsV1")).toObject());
        out.append(m);
    }
    return out;
}

QJsonArray ManagedFields::write(const QList<ManagerEntry> &entries)
{
    QJsonArray out;
    for (const ManagerEntry &m : entries) {
        if (m.fields.isEmpty()) {
            continue;
        }
        QJsonObject e{{QLatin1String("manager"), m.manager},
                      {QLatin1String("operation"), m.operation},
                      {QLatin1String("apiVersion"), m.apiVersion},
                      {QLatin1String("fieldsType"), QLatin1String("FieldsV1")},
                      {QLatin1String("fieldsV1"), m.fields.toFieldsV1()}};
        if (!m.time.isEmpty()) {
            e.insert(QLatin1String("time"), m.time);
        }
        if (!m.subresource.isEmpty()) {
            e.insert(QLatin1String("subresource"), m.subresource);
        }
        out.append(e);
    }
    return out;
}

static void storeEntries(QJsonObject &object, const QList<ManagerEntry> &entries)
{
    const QJsonArray array = ManagedFields::write(entries);
    if (array.isEmpty()) {
        Json::removeMeta(object, QLatin1String("managedFields"));
    } else {
        Json::setMeta(object, QLatin1String("managedFields"), array);
    }
}

static FieldSet keysOf(const QHash<QString, QJsonValue> &values)
{
    FieldSet s;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        s.insertKey(it.key());
    }
    return s;
}

void ManagedFields::recordUpdate(const ManagedFieldsContext &c, const QJsonObject *old, QJsonObject &updated,
                                 const QString &manager)
{
    QList<ManagerEntry> entries = read(old ? *old : updated);
    const QJsonValue sent = Json::meta(updated).value(QLatin1String("managedFields"));
    if (old && sent.isArray() && sent != Json::meta(*old).value(QLatin1String("managedFields"))) {
        // The client rewrote managedFields itself: keep what it sent (an empty list resets them).
        entries = read(updated);
    }
    const QHash<QString, QJsonValue> newValues = FieldValues::collect(*c.schemas, updated, c.schema, c.scope);
    const QHash<QString, QJsonValue> oldValues
        = old ? FieldValues::collect(*c.schemas, *old, c.schema, c.scope) : QHash<QString, QJsonValue>();
    FieldSet changed;
    for (auto it = newValues.cbegin(); it != newValues.cend(); ++it) {
        const auto o = oldValues.constFind(it.key());
        if (o == oldValues.cend() || o.value() != it.value()) {
            changed.insertKey(it.key());
        }
    }
    const FieldSet removed = keysOf(oldValues).minus(keysOf(newValues));
    const FieldSet touched = changed.united(removed);
    if (touched.isEmpty() && old) {
        storeEntries(updated, entries);
        return;
    }
    bool found = false;
    for (ManagerEntry &e : entries) {
        if (e.sameIdentity(manager, QStringLiteral("Update"), c.subresource)) {
            e.fields = e.fields.united(changed).minus(removed);
            e.apiVersion = c.apiVersion;
            e.time = Json::timestamp();
            found = true;
        } else {
            e.fields = e.fields.minus(touched);
        }
    }
    if (!found && !changed.isEmpty()) {
        entries.append({manager, QStringLiteral("Update"), c.apiVersion, Json::timestamp(), c.subresource, changed});
    }
    storeEntries(updated, entries);
}

namespace {

QJsonValue mergeApplied(const Schemas &schemas, const QJsonValue &live, const QJsonValue &applied,
                        const QJsonObject &schemaIn)
{
    const QJsonObject schema = schemas.resolve(schemaIn);
    if (applied.isObject() && live.isObject() && !schemas.isAtomicMap(schema)) {
        QJsonObject result = live.toObject();
        const QJsonObject a = applied.toObject();
        for (auto it = a.begin(); it != a.end(); ++it) {
            result.insert(it.key(), mergeApplied(schemas, result.value(it.key()), it.value(),
                                                 schemas.property(schemaIn, it.key())));
        }
        return result;
    }
    if (applied.isArray() && live.isArray()) {
        const QString type = schemas.listType(schema);
        QJsonArray result = live.toArray();
        if (type == QLatin1String("map")) {
            const QStringList keys = schemas.listMapKeys(schema);
            for (const QJsonValue &item : applied.toArray()) {
                const QString id = FieldValues::keyElement(item.toObject(), keys);
                qsizetype found = -1;
                for (qsizetype i = 0; i < result.size(); ++i) {
                    if (FieldValues::keyElement(result.at(i).toObject(), keys) == id) {
                        found = i;
                        break;
                    }
                }
                if (found >= 0) {
                    result.replace(found, mergeApplied(schemas, result.at(found), item, schemas.items(schema)));
                } else {
                    result.append(item);
                }
            }
            return result;
        }
        if (type == QLatin1String("set")) {
            for (const QJsonValue &item : applied.toArray()) {
                if (!result.contains(item)) {
                    result.append(item);
                }
            }
            return result;
        }
    }
    return applied;
}

// Removes the value at a FieldsV1 path; returns true when something was removed.
bool removePath(QJsonValue &value, const QStringList &path, qsizetype i)
{
    if (i >= path.size()) {
        return false;
    }
    const QString &e = path.at(i);
    const bool last = i == path.size() - 1;
    if (e.startsWith(QLatin1String("f:")) && value.isObject()) {
        QJsonObject o = value.toObject();
        const QString key = e.mid(2);
        if (!o.contains(key)) {
            return false;
        }
        bool removed = true;
        if (last) {
            o.remove(key);
        } else {
            QJsonValue child = o.value(key);
            removed = removePath(child, path, i + 1);
            o.insert(key, child);
        }
        value = o;
        return removed;
    }
    if ((e.startsWith(QLatin1String("k:")) || e.startsWith(QLatin1String("v:"))) && value.isArray()) {
        QJsonArray a = value.toArray();
        const QJsonObject key = QJsonDocument::fromJson(e.mid(2).toUtf8()).object();
        for (qsizetype j = 0; j < a.size(); ++j) {
            bool match = false;
            if (e.startsWith(QLatin1String("k:"))) {
                match = FieldValues::keyElement(a.at(j).toObject(), key.keys()) == e;
            } else {
                match = FieldValues::valueElement(a.at(j)) == e;
            }
            if (!match) {
                continue;
            }
            bool removed = true;
            if (last) {
                a.removeAt(j);
            } else {
                QJsonValue child = a.at(j);
                removed = removePath(child, path, i + 1);
                a.replace(j, child);
            }
            value = a;
            return removed;
        }
    }
    return false;
}

} // namespace

ManagedFields::ApplyOutcome ManagedFields::apply(const ManagedFieldsContext &c, const QJsonObject &live,
                                                 const QJsonObject &applied, const QString &manager, bool force)
{
    ApplyOutcome outcome;
    QList<ManagerEntry> entries = read(live);
    const QHash<QString, QJsonValue> appliedValues = FieldValues::collect(*c.schemas, applied, c.schema, c.scope);
    const QHash<QString, QJsonValue> liveValues = FieldValues::collect(*c.schemas, live, c.schema, c.scope);
    const QString applyOp = QStringLiteral("Apply");

    struct Conflict
    {
        qsizetype entry;
        QString path;
    };
    QList<Conflict> conflicts;
    for (auto it = appliedValues.cbegin(); it != appliedValues.cend(); ++it) {
        if (FieldValues::isMarker(it.value())) {
            continue;
        }
        const auto l = liveValues.constFind(it.key());
        if (l == liveValues.cend() || l.value() == it.value()) {
            continue;
        }
        for (qsizetype i = 0; i < entries.size(); ++i) {
            if (!entries.at(i).sameIdentity(manager, applyOp, c.subresource)
                && entries.at(i).fields.containsKey(it.key())) {
                conflicts.append({i, it.key()});
            }
        }
    }
    if (!conflicts.isEmpty() && !force) {
        std::sort(conflicts.begin(), conflicts.end(), [&](const Conflict &a, const Conflict &b) {
            const QString ma = entries.at(a.entry).describe();
            const QString mb = entries.at(b.entry).describe();
            return ma != mb ? ma < mb : FieldSet::displayPath(a.path) < FieldSet::displayPath(b.path);
        });
        QJsonArray causes;
        for (const Conflict &cf : std::as_const(conflicts)) {
            causes.append(QJsonObject{
                {QLatin1String("reason"), QLatin1String("FieldManagerConflict")},
                {QLatin1String("message"), QString(QLatin1String("conflict with ") + entries.at(cf.entry).describe())},
                {QLatin1String("field"), FieldSet::displayPath(cf.path)}});
        }
        QString message;
        if (conflicts.size() == 1) {
            message = QLatin1String("Apply failed with 1 conflict: conflict with ")
                      + entries.at(conflicts.first().entry).describe() + QLatin1String(": ")
                      + FieldSet::displayPath(conflicts.first().path);
        } else {
            QStringList lines;
            QString current;
            for (const Conflict &cf : std::as_const(conflicts)) {
                const QString who = entries.at(cf.entry).describe();
                if (who != current) {
                    lines.append(QLatin1String("conflicts with ") + who + u':');
                    current = who;
                }
                lines.append(QLatin1String("- ") + FieldSet::displayPath(cf.path));
            }
            message = QStringLiteral("Apply failed with %1 conflicts: ").arg(conflicts.size()) + lines.join(u'\n');
        }
        outcome.error = ApiError::applyConflict(causes, message);
        return outcome;
    }
    for (const Conflict &cf : std::as_const(conflicts)) {
        entries[cf.entry].fields.remove(cf.path);
    }

    // Merge the applied configuration into the live object (metadata: only the tracked fields).
    QJsonObject result = live;
    for (auto it = applied.begin(); it != applied.end(); ++it) {
        if (it.key() == QLatin1String("metadata")) {
            QJsonObject meta = Json::meta(result);
            const QJsonObject am = it.value().toObject();
            const QJsonObject metaSchema = c.schemas->property(c.schema, QStringLiteral("metadata"));
            for (const char *k : {"name", "namespace"}) {
                // A create through apply takes its identity from the configuration.
                if (!meta.contains(QLatin1String(k)) && am.contains(QLatin1String(k))) {
                    meta.insert(QLatin1String(k), am.value(QLatin1String(k)));
                }
            }
            for (const char *k : {"labels", "annotations", "finalizers", "ownerReferences", "generateName"}) {
                const QString key = QLatin1String(k);
                if (am.contains(key)) {
                    meta.insert(key, mergeApplied(*c.schemas, meta.value(key), am.value(key),
                                                  c.schemas->property(metaSchema, key)));
                }
            }
            result.insert(QLatin1String("metadata"), meta);
            continue;
        }
        result.insert(it.key(), mergeApplied(*c.schemas, result.value(it.key()), it.value(),
                                             c.schemas->property(c.schema, it.key())));
    }

    // Fields this manager applied before and no longer applies go away unless another manager has them.
    FieldSet previous;
    qsizetype own = -1;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries.at(i).sameIdentity(manager, applyOp, c.subresource)) {
            previous = entries.at(i).fields;
            own = i;
        }
    }
    FieldSet appliedSet;
    for (auto it = appliedValues.cbegin(); it != appliedValues.cend(); ++it) {
        appliedSet.insertKey(it.key());
    }
    const FieldSet droppedSet = previous.minus(appliedSet);
    QStringList dropped(droppedSet.keys().cbegin(), droppedSet.keys().cend());
    std::sort(dropped.begin(), dropped.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &path : std::as_const(dropped)) {
        bool ownedElsewhere = false;
        for (qsizetype i = 0; i < entries.size() && !ownedElsewhere; ++i) {
            if (i == own) {
                continue;
            }
            for (const QString &p : entries.at(i).fields.keys()) {
                if (p == path || p.startsWith(path + u'\n')) {
                    ownedElsewhere = true;
                    break;
                }
            }
        }
        for (const QString &p : appliedSet.keys()) {
            if (p.startsWith(path + u'\n')) {
                ownedElsewhere = true;
                break;
            }
        }
        if (!ownedElsewhere) {
            QJsonValue v = result;
            removePath(v, path.split(u'\n'), 0);
            result = v.toObject();
        }
    }

    if (own >= 0) {
        entries[own].fields = appliedSet;
        entries[own].apiVersion = c.apiVersion;
        entries[own].time = Json::timestamp();
    } else {
        entries.append({manager, applyOp, c.apiVersion, Json::timestamp(), c.subresource, appliedSet});
    }
    storeEntries(result, entries);
    outcome.object = result;
    return outcome;
}

} // namespace Ringside::Sandbox
