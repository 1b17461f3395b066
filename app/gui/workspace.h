#pragma once

#include "models/editor/autosavestore.h"

#include <QTabWidget>

#include <functional>
#include <memory>
#include <optional>

namespace KSyntaxHighlighting {
class Repository;
}

namespace Ringside {

class KubeClient;

namespace Editor {
class ApplyBar;
class YamlEditorPane;
}

/*! The central tab area of the main window: the welcome page (always first, never closed), YAML editors with
    their apply bars, and the pages opened from the project tree. Closing an editor with unsaved changes asks
    first; the autosave keeps the text until then, and a crash leaves it for recovery at the next start.
    \since 0.1 */
class Workspace : public QTabWidget
{
    Q_OBJECT
public:
    using ClientProvider = std::function<KubeClient *(const QString &context, QString *why)>;

    /*! \a autosave is where editors autosave (nothing is autosaved when empty). */
    Workspace(QWidget *welcome, std::optional<Editor::AutosaveStore> autosave, QWidget *parent = nullptr);
    ~Workspace() override;

    void setClientProvider(ClientProvider provider) { m_provider = std::move(provider); }
    /*! Says why a context must not be written to (read-only), or an empty string; editors' Apply honours it. */
    using WriteCheck = std::function<QString(const QString &context)>;
    void setWriteCheck(WriteCheck check) { m_writeCheck = std::move(check); }
    /*! The kubeconfig's contexts and the active one, for the apply bars. */
    void setContexts(const QStringList &contexts, const QString &active);
    QStringList contexts() const { return m_contexts; }

    /*! Opens an editor: empty, from a template id, with a text, or a file. Returns it (it is the current tab). */
    Editor::YamlEditorPane *newEditor(const QString &text = QString(), const QString &context = QString(),
                                      const QString &nameSpace = QString(), const QString &title = QString());
    Editor::YamlEditorPane *newEditorFromTemplate(const QString &templateId);
    /*! Opens \a path, or shows the error and returns nullptr. */
    Editor::YamlEditorPane *openFile(const QString &path, QString *error = nullptr);
    /*! Adds a page (a dashboard, a log view) with \a title, or switches to the page with the same \a key. */
    void addPage(const QString &key, QWidget *page, const QString &title, const QIcon &icon = QIcon());
    QWidget *page(const QString &key) const;

    Editor::YamlEditorPane *currentEditor() const;
    Editor::ApplyBar *applyBar(Editor::YamlEditorPane *editor) const;
    QList<Editor::YamlEditorPane *> editors() const;
    /*! Offers back the texts of editors that crashed (RecoveryDialog); returns how many were left over. */
    int offerRecovery();

    /*! Closes tab \a index, asking about unsaved changes unless \a force; false when the user kept it. */
    bool closeTab(int index, bool force = false);
    /*! Asks about every unsaved editor (at quit); false when the user cancelled. */
    bool closeAll();

private:
    Editor::YamlEditorPane *addEditor(Editor::YamlEditorPane *pane, const QString &context, const QString &nameSpace);

    std::unique_ptr<KSyntaxHighlighting::Repository> m_repository;
    std::optional<Editor::AutosaveStore> m_autosave;
    ClientProvider m_provider;
    WriteCheck m_writeCheck;
    QStringList m_contexts;
    QString m_activeContext;
    QWidget *m_welcome;
};

} // namespace Ringside
