#pragma once

#include "models/editor/schemacompletion.h"

#include <QObject>

class QCompleter;
class QKeyEvent;
class QModelIndex;

namespace Ringside::Editor {

class YamlEditor;

/*! Completion for YamlEditor: a QCompleter over a CompletionModel computed from the schema at the cursor. It
    opens by itself while a key is typed and after `key: ` when the schema has values to offer, or on Ctrl+Space.
    A chosen key is inserted with `: ` (or a new indented line for objects, `- ` for sequences); a string value that
    YAML would read as another type (`"True"`) is quoted. \since 0.1 */
class YamlCompleter : public QObject
{
    Q_OBJECT
public:
    explicit YamlCompleter(YamlEditor *editor);

    void setSchemas(const SchemaChain &schemas) { m_schemas = schemas; }
    QCompleter *completer() const { return m_completer; }
    CompletionModel *model() const { return m_model; }
    /*! What the last completion offered. */
    CompletionResult lastResult() const { return m_last; }
    bool isPopupVisible() const;

    /*! Computes the items at the cursor and shows those matching what is typed; returns how many are shown.
        Without \a explicitRequest, nothing is shown for an empty key. */
    int complete(bool explicitRequest);
    /*! Inserts \a item at the cursor as if it had been chosen in the popup. */
    void insert(const CompletionItem &item);

    /*! Called by the editor before it handles a key: true when the popup takes the key. */
    bool handleKeyPress(QKeyEvent *event);
    /*! Called by the editor after it inserted a key's text: opens or updates the popup. */
    void afterKeyPress(QKeyEvent *event);

private:
    void activated(const QModelIndex &index);
    void hidePopup();

    YamlEditor *m_editor;
    QCompleter *m_completer;
    CompletionModel *m_model;
    SchemaChain m_schemas;
    CompletionResult m_last;
};

} // namespace Ringside::Editor
