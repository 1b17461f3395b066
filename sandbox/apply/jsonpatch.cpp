#include "patches.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Ringside::Sandbox {

namespace {

QStringList splitPointer(const QString &pointer, bool *ok)
{
    *ok = true;
    if (pointer.isEmpty()) {
        return {};
    }
    if (!pointer.startsWith(u'/')) {
        *ok = false;
        return {};
    }
    QStringList parts = pointer.mid(1).split(u'/');
    for (QString &p : parts) {
        p.replace(QLatin1String("~1"), QLatin1String("/")).replace(QLatin1String("~0"), QLatin1String("~"));
    }
    return parts;
}

bool arrayIndex(const QString &token, qsizetype size, bool allowEnd, qsizetype *index)
{
    if (allowEnd && token == QLatin1String("-")) {
        *index = size;
        return true;
    }
    bool ok = false;
    const qlonglong i = token.toLongLong(&ok);
    if (!ok || i < 0 || (token.size() > 1 && token.startsWith(u'0'))) {
        return false;
    }
    *index = qsizetype(i);
    return allowEnd ? *index <= size : *index < size;
}

bool getAt(const QJsonValue &doc, const QStringList &path, QJsonValue *out)
{
    QJsonValue v = doc;
    for (const QString &token : path) {
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            if (!o.contains(token)) {
                return false;
            }
            v = o.value(token);
        } else if (v.isArray()) {
            qsizetype i = 0;
            if (!arrayIndex(token, v.toArray().size(), false, &i)) {
                return false;
            }
            v = v.toArray().at(i);
        } else {
            return false;
        }
    }
    *out = v;
    return true;
}

enum class Mode { Add, Remove, Replace };

// Applies one structural change at a path; returns an empty string or the error text.
QString modify(QJsonValue &doc, const QStringList &path, qsizetype i, Mode mode, const QJsonValue &value,
               const QString &pointer, const char *opName)
{
    const QString op = QLatin1String(opName);
    if (i == path.size() - 1) {
        const QString &token = path.at(i);
        if (doc.isObject()) {
            QJsonObject o = doc.toObject();
            if (mode != Mode::Add && !o.contains(token)) {
                return op + QLatin1String(" operation does not apply: doc is missing key: ") + pointer;
            }
            if (mode == Mode::Remove) {
                o.remove(token);
            } else {
                o.insert(token, value);
            }
            doc = o;
            return {};
        }
        if (doc.isArray()) {
            QJsonArray a = doc.toArray();
            qsizetype index = 0;
            if (!arrayIndex(token, a.size(), mode == Mode::Add, &index)) {
                return op + QLatin1String(" operation does not apply: doc is missing path: ") + pointer;
            }
            if (mode == Mode::Add) {
                a.insert(index, value);
            } else if (mode == Mode::Remove) {
                a.removeAt(index);
            } else {
                a.replace(index, value);
            }
            doc = a;
            return {};
        }
        return op + QLatin1String(" operation does not apply: doc is missing path: ") + pointer;
    }
    const QString &token = path.at(i);
    if (doc.isObject()) {
        QJsonObject o = doc.toObject();
        if (!o.contains(token)) {
            return op + QLatin1String(" operation does not apply: doc is missing path: ") + pointer;
        }
        QJsonValue child = o.value(token);
        const QString err = modify(child, path, i + 1, mode, value, pointer, opName);
        if (err.isEmpty()) {
            o.insert(token, child);
            doc = o;
        }
        return err;
    }
    if (doc.isArray()) {
        QJsonArray a = doc.toArray();
        qsizetype index = 0;
        if (!arrayIndex(token, a.size(), false, &index)) {
            return op + QLatin1String(" operation does not apply: doc is missing path: ") + pointer;
        }
        QJsonValue child = a.at(index);
        const QString err = modify(child, path, i + 1, mode, value, pointer, opName);
        if (err.isEmpty()) {
            a.replace(index, child);
            doc = a;
        }
        return err;
    }
    return op + QLatin1String(" operation does not apply: doc is missing path: ") + pointer;
}

} // namespace

PatchOutcome applyJsonPatch(const QJsonValue &document, const QByteArray &patch)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(patch, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray()) {
        return {QJsonValue(),
                parseError.error != QJsonParseError::NoError
                    ? QLatin1String("json: ") + parseError.errorString()
                    : QStringLiteral("json: cannot unmarshal object into Go value of type jsonpatch.Patch"),
                true};
    }
    QJsonValue result = document;
    for (const QJsonValue &opValue : doc.array()) {
        const QJsonObject op = opValue.toObject();
        const QString kind = op.value(QLatin1String("op")).toString();
        const QString pointer = op.value(QLatin1String("path")).toString();
        bool ok = true;
        const QStringList path = splitPointer(pointer, &ok);
        if (!ok || (path.isEmpty() && kind != QLatin1String("test") && kind != QLatin1String("replace"))) {
            return {QJsonValue(),
                    QStringLiteral("%1 operation does not apply: doc is missing path: %2").arg(kind, pointer), false};
        }
        QString err;
        if (kind == QLatin1String("add")) {
            if (!op.contains(QLatin1String("value"))) {
                return {QJsonValue(),
                        QStringLiteral("add operation does not apply: doc is missing path: %1").arg(pointer), false};
            }
            err = modify(result, path, 0, Mode::Add, op.value(QLatin1String("value")), pointer, "add");
        } else if (kind == QLatin1String("remove")) {
            err = modify(result, path, 0, Mode::Remove, QJsonValue(), pointer, "remove");
        } else if (kind == QLatin1String("replace")) {
            if (path.isEmpty()) {
                result = op.value(QLatin1String("value"));
            } else {
                err = modify(result, path, 0, Mode::Replace, op.value(QLatin1String("value")), pointer, "replace");
            }
        } else if (kind == QLatin1String("move") || kind == QLatin1String("copy")) {
            const QString fromPointer = op.value(QLatin1String("from")).toString();
            const QStringList from = splitPointer(fromPointer, &ok);
            QJsonValue moved;
            if (!ok || !getAt(result, from, &moved)) {
                return {
                    QJsonValue(),
                    QStringLiteral("%1 operation does not apply: doc is missing from path: %2").arg(kind, fromPointer),
                    false};
            }
            if (kind == QLatin1String("move")) {
                err = modify(result, from, 0, Mode::Remove, QJsonValue(), fromPointer, "move");
            }
            if (err.isEmpty()) {
                err = modify(result, path, 0, Mode::Add, moved, pointer,
                             kind == QLatin1String("move") ? "move" : "copy");
            }
        } else if (kind == QLatin1String("test")) {
            QJsonValue current;
            const bool found = getAt(result, path, &current);
            const QJsonValue expected = op.value(QLatin1String("value"));
            if (!found && !expected.isNull()) {
                err = QStringLiteral("testing value %1 failed: test failed").arg(pointer);
            } else if (found && current != expected) {
                err = QStringLiteral("testing value %1 failed: test failed").arg(pointer);
            }
        } else {
            return {QJsonValue(), QStringLiteral("Unexpected kind: %1").arg(kind), false};
        }
        if (!err.isEmpty()) {
            return {QJsonValue(), err, false};
        }
    }
    return {result, QString(), false};
}

QJsonValue applyMergePatch(const QJsonValue &document, const QJsonValue &patch)
{
    if (!patch.isObject()) {
        return patch;
    }
    QJsonObject result = document.isObject() ? document.toObject() : QJsonObject();
    const QJsonObject p = patch.toObject();
    for (auto it = p.begin(); it != p.end(); ++it) {
        if (it.value().isNull()) {
            result.remove(it.key());
        } else {
            result.insert(it.key(), applyMergePatch(result.value(it.key()), it.value()));
        }
    }
    return result;
}

} // namespace Ringside::Sandbox
