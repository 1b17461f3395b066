#pragma once

#include "models/editor/schemasource.h"
#include "models/editor/yamloutline.h"

#include <QAbstractListModel>

namespace Ringside::Editor {

/*! One thing the editor can offer at the cursor. \since 0.1 */
struct CompletionItem
{
    enum class Kind { Key, Value };
    QString text;        //!< the key or the value to insert
    QString detail;      //!< the schema type, "integer (int32)", "[]object", "enum", "default"
    QString description; //!< the schema's description
    QString schemaType;  //!< "object", "array" or a scalar type: how a key is inserted, whether a value is quoted
    Kind kind = Kind::Key;
    bool required = false;
    bool operator==(const CompletionItem &other) const = default;
};

/*! What to offer at a cursor, and the context it was computed from. \since 0.1 */
struct CompletionResult
{
    CursorContext context;
    QList<CompletionItem> items;
};

/*! Completion from the schema at the cursor: in key position the properties of the object at the cursor's path
    (parents from indentation, keys already written left out, required ones first); after `key: ` the enum
    values, true/false for booleans, or the default; `kind:` and `apiVersion:` at the top offer what the schema
    sources know. The YAML may be half typed. \since 0.1 */
CompletionResult completeAt(const YamlOutline &outline, int line, int column, const SchemaChain &schemas);

/*! The items of a CompletionResult for a QCompleter: DisplayRole is the text, ToolTipRole the description.
    \since 0.1 */
class CompletionModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { DetailRole = Qt::UserRole + 1, RequiredRole, SchemaTypeRole, KindRole };
    explicit CompletionModel(QObject *parent = nullptr);
    void setItems(const QList<CompletionItem> &items);
    QList<CompletionItem> items() const { return m_items; }
    CompletionItem item(int row) const { return m_items.value(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<CompletionItem> m_items;
};

} // namespace Ringside::Editor
