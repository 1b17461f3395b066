#pragma once

#include "models/editor/autosavestore.h"
#include "models/editor/schemasource.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QMenu;
class QModelIndex;
class QSplitter;
class QTreeView;

namespace KSyntaxHighlighting {
class Repository;
}

namespace Ringside::Editor {

class FindReplaceBar;
class ProblemsModel;
class RecoveryManager;
class ValidationController;
class YamlDocument;
class YamlEditor;
struct ValidationResult;

/*! The YAML editor as the main window hosts it: a toolbar (new from template, open, save, save as, find, replace,
    next problem), the editor with its find/replace bar, the problems list (click a row to go there) and a status
    line (problem counts, the schema in use, cursor position). It owns one YamlDocument, validated as it is typed
    against \a schemas, and autosaved to \a autosave when given. Errors are shown in a message line and emitted,
    never in a modal box (except the questions of the interactive actions). \since 0.1 */
class YamlEditorPane : public QWidget
{
    Q_OBJECT
public:
    YamlEditorPane(KSyntaxHighlighting::Repository *repository, const SchemaChain &schemas,
                   const std::optional<AutosaveStore> &autosave, QWidget *parent = nullptr);
    ~YamlEditorPane() override;

    YamlDocument *document() const { return m_document; }
    YamlEditor *editor() const { return m_editor; }
    FindReplaceBar *findBar() const { return m_findBar; }
    ProblemsModel *problemsModel() const { return m_problems; }
    QTreeView *problemsView() const { return m_problemsView; }
    ValidationController *validation() const { return m_validation; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *messageLabel() const { return m_message; }
    QMenu *templatesMenu() const { return m_templates; }

    /*! "name.yaml", with " *" when modified. */
    QString title() const;
    /*! Replaces the schema sources (a cluster connected) and validates again. */
    void setSchemas(const SchemaChain &schemas);
    SchemaChain schemas() const { return m_schemas; }
    /*! Reads the CRDs of \a path and validates with them from now on, before the bundled schemas (but after a
        connected cluster's). Returns an empty string or the error (also shown). */
    QString importCrdFile(const QString &path);

    /*! Opens \a path; returns an empty string or the error (also shown). */
    QString openFile(const QString &path);
    /*! Saves to the document's file; an untitled document asks for a name. Returns an empty string or the error. */
    QString save();
    QString saveAs(const QString &path);
    /*! Starts a new untitled document from the template \a id; false when there is no such template. */
    bool newFromTemplate(const QString &id);
    /*! Starts a new untitled document with \a text. */
    void newDocument(const QString &text);
    /*! Takes over an autosaved text (see RecoveryManager::recover). */
    QString recover(const AutosaveEntry &entry, const RecoveryManager &manager);

    /*! Moves the cursor to the problem in \a row of the problems model. */
    void activateProblem(const QModelIndex &index);
    /*! Moves to the next problem after the cursor (wrapping); false when there is none. */
    bool goToNextProblem();

Q_SIGNALS:
    void titleChanged(const QString &title);
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void validated(const ValidationResult &result);
    void updateStatus();
    void showError(const QString &message);
    void openInteractively();
    QString saveAsInteractively();

    YamlDocument *m_document;
    YamlEditor *m_editor;
    FindReplaceBar *m_findBar;
    ProblemsModel *m_problems;
    QTreeView *m_problemsView;
    ValidationController *m_validation;
    QSplitter *m_splitter;
    QLabel *m_status;
    QLabel *m_message;
    QMenu *m_templates;
    QString m_schemaSource;
    SchemaChain m_schemas;
};

} // namespace Ringside::Editor
