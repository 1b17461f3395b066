// Patch and selector helpers of FakeApi.
#include "fakeapi.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Ringside::Test {

namespace {
QJsonObject meta(const QJsonObject &o)
{
    return o.value(u"metadata"_s).toObject();
}

// RFC 6902 with object members and array indices.
bool applyPointer(QJsonValue &node, QStringList parts, const QString &op, const QJsonValue &value, QString *error)
{
    const QString head = parts.takeFirst();
    if (node.isArray()) {
        QJsonArray a = node.toArray();
        const bool append = head == u"-"_s;
        const int idx = append ? int(a.size()) : head.toInt();
        if (parts.isEmpty()) {
            if (op == u"remove"_s) {
                a.removeAt(idx);
            } else if (op == u"add"_s) {
                a.insert(idx, value);
            } else {
                a.replace(idx, value);
            }
        } else {
            QJsonValue child = a.at(idx);
            if (!applyPointer(child, parts, op, value, error)) {
                return false;
            }
            a.replace(idx, child);
        }
        node = a;
        return true;
    }
    QJsonObject o = node.toObject();
    if (parts.isEmpty()) {
        if (op == u"remove"_s) {
            if (!o.contains(head)) {
                *error = u"path not found: "_s + head;
                return false;
            }
            o.remove(head);
        } else {
            o.insert(head, value);
        }
    } else {
        QJsonValue child = o.value(head);
        if (child.isUndefined()) {
            *error = u"path not found: "_s + head;
            return false;
        }
        if (!applyPointer(child, parts, op, value, error)) {
            return false;
        }
        o.insert(head, child);
    }
    node = o;
    return true;
}

} // namespace

bool applyJsonPatch(QJsonValue *doc, const QJsonArray &ops, QString *error)
{
    for (const QJsonValue &opv : ops) {
        const QJsonObject op = opv.toObject();
        QStringList parts = op.value(u"path"_s).toString().split(u'/');
        parts.removeFirst();
        for (QString &p : parts) {
            p.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
        }
        const QString kind = op.value(u"op"_s).toString();
        if (kind == u"test"_s) {
            QJsonValue cur = *doc;
            for (const QString &p : parts) {
                cur = cur.isArray() ? cur.toArray().at(p.toInt()) : cur.toObject().value(p);
            }
            if (cur != op.value(u"value"_s)) {
                *error = u"test failed"_s;
                return false;
            }
            continue;
        }
        if (!applyPointer(*doc, parts, kind, op.value(u"value"_s), error)) {
            return false;
        }
    }
    return true;
}

QJsonValue mergePatch(const QJsonValue &target, const QJsonValue &patch)
{
    if (!patch.isObject()) {
        return patch;
    }
    QJsonObject out = target.isObject() ? target.toObject() : QJsonObject();
    const QJsonObject p = patch.toObject();
    for (auto it = p.begin(); it != p.end(); ++it) {
        if (it.value().isNull()) {
            out.remove(it.key());
        } else {
            out.insert(it.key(), mergePatch(out.value(it.key()), it.value()));
        }
    }
    return out;
}

bool matchesLabelSelector(const QString &selector, const QJsonObject &labels)
{
    for (QString term : selector.split(u',', Qt::SkipEmptyParts)) {
        term = term.trimmed();
        if (term.contains(u"!="_s)) {
            const QStringList kv = term.split(u"!="_s);
            if (labels.value(kv.at(0).trimmed()).toString() == kv.at(1).trimmed()) {
                return false;
            }
        } else if (term.contains(u'=')) {
            const QStringList kv = term.split(u'=', Qt::SkipEmptyParts);
            if (labels.value(kv.at(0).trimmed()).toString() != kv.value(1).trimmed()) {
                return false;
            }
        } else if (term.startsWith(u'!')) {
            if (labels.contains(term.mid(1))) {
                return false;
            }
        } else if (!labels.contains(term)) {
            return false;
        }
    }
    return true;
}

bool matchesFieldSelector(const QString &selector, const QJsonObject &object)
{
    for (const QString &term : selector.split(u',', Qt::SkipEmptyParts)) {
        const bool negate = term.contains(u"!="_s);
        const QStringList kv = term.split(negate ? u"!="_s : (term.contains(u"=="_s) ? u"=="_s : u"="_s));
        const QString field = kv.at(0).trimmed();
        const QString value = kv.value(1).trimmed();
        QString actual;
        if (field == u"metadata.name"_s) {
            actual = meta(object).value(u"name"_s).toString();
        } else if (field == u"metadata.namespace"_s) {
            actual = meta(object).value(u"namespace"_s).toString();
        } else if (field == u"status.phase"_s) {
            actual = object.value(u"status"_s).toObject().value(u"phase"_s).toString();
        }
        if ((actual == value) == negate) {
            return false;
        }
    }
    return true;
}

} // namespace Ringside::Test
