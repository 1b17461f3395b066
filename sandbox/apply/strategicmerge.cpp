#include "patches.h"

#include "api/schemas.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Ringside::Sandbox {

namespace {

const QLatin1String PatchDirective("$patch");
const QLatin1String RetainKeys("$retainKeys");
const QLatin1String SetElementOrder("$setElementOrder/");
const QLatin1String DeleteFromPrimitiveList("$deleteFromPrimitiveList/");

struct Merger
{
    const Schemas &schemas;
    QString error;

    QJsonObject stripDirectives(QJsonObject o)
    {
        for (const QString &key : o.keys()) {
            if (key.startsWith(u'$')) {
                o.remove(key);
            }
        }
        return o;
    }

    qsizetype findByKey(const QJsonArray &list, const QString &mergeKey, const QJsonValue &keyValue)
    {
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (list.at(i).isObject() && list.at(i).toObject().value(mergeKey) == keyValue) {
                return i;
            }
        }
        return -1;
    }

    QJsonValue mergeList(const QJsonArray &original, const QJsonArray &patch, const QJsonObject &schema,
                         bool *deleteAll)
    {
        const QString mergeKey = schemas.patchMergeKey(schema);
        const QJsonObject itemSchema = schemas.items(schema);
        QJsonArray result = original;
        // A {"$patch": "replace"} element replaces the whole list with the other elements.
        for (const QJsonValue &item : patch) {
            if (item.isObject() && item.toObject().value(PatchDirective).toString() == QLatin1String("replace")) {
                QJsonArray replaced;
                for (const QJsonValue &other : patch) {
                    if (!(other.isObject() && other.toObject().contains(PatchDirective))) {
                        replaced.append(other.isObject() ? QJsonValue(stripDirectives(other.toObject())) : other);
                    }
                }
                return replaced;
            }
        }
        bool primitive = true;
        for (const QJsonValue &item : patch) {
            if (item.isObject()) {
                primitive = false;
            }
        }
        if (primitive || mergeKey.isEmpty()) {
            if (!primitive && mergeKey.isEmpty()) {
                error = QStringLiteral("merging an object in json but data type is not struct, instead is: slice");
                return {};
            }
            for (const QJsonValue &item : patch) {
                if (!result.contains(item)) {
                    result.append(item);
                }
            }
            return result;
        }
        for (const QJsonValue &item : patch) {
            const QJsonObject p = item.toObject();
            if (!p.contains(mergeKey)) {
                if (p.value(PatchDirective).toString() == QLatin1String("delete") && p.size() == 1) {
                    *deleteAll = true;
                    return QJsonArray();
                }
                error = QStringLiteral("map: %1 does not contain declared merge key: %2")
                            .arg(QString::fromUtf8(QJsonDocument(p).toJson(QJsonDocument::Compact)), mergeKey);
                return {};
            }
            const qsizetype idx = findByKey(result, mergeKey, p.value(mergeKey));
            const QString directive = p.value(PatchDirective).toString();
            if (directive == QLatin1String("delete")) {
                if (idx >= 0) {
                    result.removeAt(idx);
                }
                continue;
            }
            if (idx >= 0) {
                result.replace(idx, mergeMap(result.at(idx).toObject(), p, itemSchema));
            } else {
                result.append(mergeMap(QJsonObject(), p, itemSchema));
            }
        }
        return result;
    }

    QJsonArray reorder(const QJsonArray &list, const QJsonArray &order, const QString &mergeKey)
    {
        const auto keyOf = [&](const QJsonValue &v) { return mergeKey.isEmpty() ? v : v.toObject().value(mergeKey); };
        QJsonArray ordered;
        QList<bool> used(list.size(), false);
        for (const QJsonValue &o : order) {
            const QJsonValue want = keyOf(o);
            for (qsizetype i = 0; i < list.size(); ++i) {
                if (!used.at(i) && keyOf(list.at(i)) == want) {
                    ordered.append(list.at(i));
                    used[i] = true;
                    break;
                }
            }
        }
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (!used.at(i)) {
                ordered.append(list.at(i));
            }
        }
        return ordered;
    }

    QJsonObject mergeMap(const QJsonObject &original, const QJsonObject &patch, const QJsonObject &schema)
    {
        const QString directive = patch.value(PatchDirective).toString();
        if (directive == QLatin1String("replace")) {
            return stripDirectives(patch);
        }
        if (!directive.isEmpty() && directive != QLatin1String("merge") && directive != QLatin1String("delete")) {
            error = QStringLiteral("Unknown patch type: %1 in map: %2")
                        .arg(directive, QString::fromUtf8(QJsonDocument(patch).toJson(QJsonDocument::Compact)));
            return {};
        }
        QJsonObject result = original;
        for (auto it = patch.begin(); it != patch.end(); ++it) {
            const QString &key = it.key();
            if (key.startsWith(u'$')) {
                continue;
            }
            const QJsonValue &pv = it.value();
            const QJsonObject fieldSchema = schemas.property(schema, key);
            if (pv.isNull()) {
                result.remove(key);
                continue;
            }
            if (pv.isObject()) {
                const QJsonObject po = pv.toObject();
                if (po.value(PatchDirective).toString() == QLatin1String("delete")) {
                    result.remove(key);
                    continue;
                }
                const QJsonObject resolved = schemas.resolve(fieldSchema);
                if (result.value(key).isObject() && !schemas.isAtomicMap(resolved)) {
                    result.insert(key, mergeMap(result.value(key).toObject(), po, fieldSchema));
                } else {
                    result.insert(key, mergeMap(QJsonObject(), po, fieldSchema));
                }
                continue;
            }
            if (pv.isArray()) {
                const QStringList strategies = schemas.patchStrategies(fieldSchema);
                if (strategies.contains(QLatin1String("merge"))) {
                    bool deleteAll = false;
                    const QJsonValue merged
                        = mergeList(result.value(key).toArray(), pv.toArray(), fieldSchema, &deleteAll);
                    if (!error.isEmpty()) {
                        return {};
                    }
                    if (deleteAll) {
                        result.remove(key);
                    } else {
                        result.insert(key, merged);
                    }
                } else {
                    result.insert(key, pv);
                }
                continue;
            }
            result.insert(key, pv);
        }
        // Directives that refer to other fields of this map.
        for (auto it = patch.begin(); it != patch.end(); ++it) {
            const QString &key = it.key();
            if (key.startsWith(DeleteFromPrimitiveList)) {
                const QString field = key.mid(DeleteFromPrimitiveList.size());
                QJsonArray list = result.value(field).toArray();
                for (const QJsonValue &v : it.value().toArray()) {
                    for (qsizetype i = list.size() - 1; i >= 0; --i) {
                        if (list.at(i) == v) {
                            list.removeAt(i);
                        }
                    }
                }
                result.insert(field, list);
            } else if (key.startsWith(SetElementOrder)) {
                const QString field = key.mid(SetElementOrder.size());
                if (result.value(field).isArray()) {
                    result.insert(field, reorder(result.value(field).toArray(), it.value().toArray(),
                                                 schemas.patchMergeKey(schemas.property(schema, field))));
                }
            }
        }
        if (patch.contains(RetainKeys)) {
            const QJsonArray retain = patch.value(RetainKeys).toArray();
            for (const QString &key : result.keys()) {
                if (!retain.contains(QJsonValue(key))) {
                    result.remove(key);
                }
            }
        }
        return result;
    }
};

} // namespace

PatchOutcome applyStrategicMergePatch(const Schemas &schemas, const QJsonObject &schema, const QJsonObject &document,
                                      const QJsonObject &patch)
{
    Merger m{schemas, QString()};
    const QJsonObject result = m.mergeMap(document, patch, schema);
    if (!m.error.isEmpty()) {
        return {QJsonValue(), m.error, true};
    }
    return {result, QString(), false};
}

} // namespace Ringside::Sandbox
