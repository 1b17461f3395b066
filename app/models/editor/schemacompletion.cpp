#include "models/editor/schemacompletion.h"

#include "models/editor/editortr.h"

#include <QFont>
#include <QJsonArray>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Ringside::Editor {

namespace {

QString typeOf(const QJsonObject &schema)
{
    if (schema.value("x-kubernetes-int-or-string"_L1).toBool()) {
        return u"int-or-string"_s;
    }
    const QString type = schema.value("type"_L1).toString();
    if (type == "array"_L1) {
        const QString items = typeOf(schema.value("items"_L1).toObject());
        return items.isEmpty() ? type : u"[]"_s + items;
    }
    const QString format = schema.value("format"_L1).toString();
    return format.isEmpty() || type.isEmpty() ? type : type + u" ("_s + format + u')';
}

QString scalarText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: return v.toString();
    case QJsonValue::Bool: return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    default: return {};
    }
}

QList<CompletionItem> keyItems(const QJsonObject &schema, const CursorContext &context)
{
    QList<CompletionItem> items;
    const QJsonObject props = schema.value("properties"_L1).toObject();
    QSet<QString> required;
    for (const QJsonValue &r : schema.value("required"_L1).toArray()) {
        required.insert(r.toString());
    }
    for (auto it = props.begin(); it != props.end(); ++it) {
        if (context.siblingKeys.contains(it.key()) || (context.parentPath.isEmpty() && it.key() == "status"_L1)) {
            continue; // written already; status belongs to the controller
        }
        const QJsonObject prop = it.value().toObject();
        CompletionItem item;
        item.text = it.key();
        item.kind = CompletionItem::Kind::Key;
        item.schemaType = prop.value("type"_L1).toString();
        item.detail = typeOf(prop);
        item.description = prop.value("description"_L1).toString();
        item.required = required.contains(it.key());
        items.append(item);
    }
    std::stable_sort(items.begin(), items.end(), [](const CompletionItem &a, const CompletionItem &b) {
        return a.required != b.required ? a.required : a.text < b.text;
    });
    return items;
}

QList<CompletionItem> valueItems(const QJsonObject &schema)
{
    QList<CompletionItem> items;
    const QString type = schema.value("type"_L1).toString();
    auto add = [&items, &type](const QString &text, const QString &detail, const QString &description) {
        if (!text.isEmpty()
            && std::none_of(items.begin(), items.end(), [&text](const CompletionItem &i) { return i.text == text; })) {
            items.append({text, detail, description, type, CompletionItem::Kind::Value, false});
        }
    };
    const QString description = schema.value("description"_L1).toString();
    if (schema.contains("default"_L1)) {
        add(scalarText(schema.value("default"_L1)), Tr::tr("default"), description);
    }
    for (const QJsonValue &v : schema.value("enum"_L1).toArray()) {
        add(scalarText(v), Tr::tr("enum"), description);
    }
    if (schema.value("type"_L1).toString() == "boolean"_L1) {
        add(u"true"_s, u"boolean"_s, description);
        add(u"false"_s, u"boolean"_s, description);
    }
    return items;
}

} // namespace

CompletionResult completeAt(const YamlOutline &outline, int line, int column, const SchemaChain &schemas)
{
    CompletionResult result;
    result.context = outline.contextAt(line, column);
    const CursorContext &context = result.context;
    if (context.mode == CursorContext::Mode::None) {
        return result;
    }
    const OutlineDocument *doc = outline.document(context.document);
    const QString apiVersion = doc ? doc->topLevelValue(u"apiVersion"_s) : QString();
    const QString kind = doc ? doc->topLevelValue(u"kind"_s) : QString();
    const SchemaLookup lookup = schemas.lookup(apiVersion, kind);

    if (context.mode == CursorContext::Mode::Value && (context.path == "kind"_L1 || context.path == "apiVersion"_L1)) {
        QStringList seen;
        for (const KindRef &ref : schemas.kinds()) {
            const bool isKind = context.path == "kind"_L1;
            if (!isKind && !kind.isEmpty() && ref.kind != kind) {
                continue;
            }
            const QString text = isKind ? ref.kind : ref.apiVersion;
            if (!seen.contains(text)) {
                seen.append(text);
                result.items.append({text, isKind ? ref.apiVersion : ref.kind, QString(), u"string"_s,
                                     CompletionItem::Kind::Value, false});
            }
        }
        return result;
    }
    if (!lookup.isValid()) {
        if (context.mode == CursorContext::Mode::Key && context.parentPath.isEmpty()) {
            for (const QString &key : {u"apiVersion"_s, u"kind"_s, u"metadata"_s, u"spec"_s}) {
                if (!context.siblingKeys.contains(key)) {
                    const QString type = key == "apiVersion"_L1 || key == "kind"_L1 ? u"string"_s : u"object"_s;
                    result.items.append({key, type, QString(), type, CompletionItem::Kind::Key, true});
                }
            }
        }
        return result;
    }
    if (context.mode == CursorContext::Mode::Key) {
        const QJsonObject node = schemaAtPath(lookup.schema, context.parentPath);
        result.items = keyItems(node, context);
    } else {
        result.items = valueItems(schemaAtPath(lookup.schema, context.path));
    }
    return result;
}

CompletionModel::CompletionModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void CompletionModel::setItems(const QList<CompletionItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

int CompletionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant CompletionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const CompletionItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: return item.text;
    case Qt::ToolTipRole: {
        QString tip = item.detail;
        if (item.required) {
            tip = Tr::tr("%1, required").arg(tip);
        }
        return item.description.isEmpty() ? tip : tip + u"\n"_s + item.description;
    }
    case Qt::FontRole: {
        if (!item.required) {
            return {};
        }
        QFont font;
        font.setBold(true);
        return font;
    }
    case DetailRole: return item.detail;
    case RequiredRole: return item.required;
    case SchemaTypeRole: return item.schemaType;
    case KindRole: return int(item.kind);
    default: return {};
    }
}

} // namespace Ringside::Editor
