#include "workspace.h"

#include "editor/applybar.h"
#include "editor/recoverydialog.h"
#include "editor/yamleditor.h"
#include "editor/yamleditorpane.h"
#include "guitr.h"
#include "models/editor/schemasource.h"
#include "models/editor/yamldocument.h"

#include <KSyntaxHighlighting/Repository>

#include <QMessageBox>
#include <QTabBar>
#include <QVBoxLayout>

namespace Ringside {

namespace {
const char *const PageKey = "ringsidePageKey";

Editor::YamlEditorPane *paneOf(QWidget *tab)
{
    return tab ? tab->findChild<Editor::YamlEditorPane *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}
} // namespace

Workspace::Workspace(QWidget *welcome, std::optional<Editor::AutosaveStore> autosave, QWidget *parent)
    : QTabWidget(parent)
    , m_repository(std::make_unique<KSyntaxHighlighting::Repository>())
    , m_autosave(std::move(autosave))
    , m_welcome(welcome)
{
    setObjectName(QStringLiteral("workspace"));
    setDocumentMode(true);
    setTabsClosable(true);
    setMovable(true);
    addTab(welcome, QIcon::fromTheme(QStringLiteral("go-home")), GuiTr::tr("Welcome"));
    // The welcome page stays: no close button on its tab.
    tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    connect(this, &QTabWidget::tabCloseRequested, this, [this](int index) { closeTab(index); });
}

Workspace::~Workspace()
{
    // Editors go before the highlighting repository their highlighters use.
    while (count() > 0) {
        QWidget *w = widget(0);
        removeTab(0);
        if (w != m_welcome) {
            delete w;
        }
    }
}

void Workspace::setContexts(const QStringList &contexts, const QString &active)
{
    m_contexts = contexts;
    m_activeContext = active;
    for (Editor::YamlEditorPane *pane : editors()) {
        applyBar(pane)->setContexts(contexts, active);
    }
}

Editor::YamlEditorPane *Workspace::addEditor(Editor::YamlEditorPane *pane, const QString &context, const QString &nameSpace)
{
    auto *tab = new QWidget;
    tab->setObjectName(QStringLiteral("editorTab"));
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    pane->setParent(tab);
    layout->addWidget(pane, 1);
    auto *bar = new Editor::ApplyBar(tab);
    layout->addWidget(bar);
    bar->setContexts(m_contexts, m_activeContext);
    if (!context.isEmpty()) {
        bar->setTarget(context, nameSpace);
    }
    bar->setClientProvider([this](const QString &ctx, QString *why) -> KubeClient * {
        return m_provider ? m_provider(ctx, why) : nullptr;
    });
    bar->setWriteCheck([this](const QString &ctx) { return m_writeCheck ? m_writeCheck(ctx) : QString(); });
    bar->setTextSource([pane] { return pane->document()->text().toUtf8(); });
    const int index = addTab(tab, QIcon::fromTheme(QStringLiteral("text-x-generic")), pane->title());
    connect(pane, &Editor::YamlEditorPane::titleChanged, this, [this, tab, pane](const QString &title) {
        const int i = indexOf(tab);
        if (i < 0) {
            return;
        }
        // An editor opened on a live object keeps the object's name until it is saved to a file.
        const QString custom = tab->property("customTitle").toString();
        if (!custom.isEmpty() && pane->document()->filePath().isEmpty()) {
            setTabText(i, pane->document()->isModified() ? custom + QLatin1String(" *") : custom);
        } else {
            setTabText(i, title);
        }
    });
    setCurrentIndex(index);
    pane->editor()->setFocus();
    return pane;
}

Editor::YamlEditorPane *Workspace::newEditor(const QString &text, const QString &context, const QString &nameSpace,
                                             const QString &title)
{
    auto *pane = new Editor::YamlEditorPane(m_repository.get(), Editor::SchemaChain::offline(), m_autosave);
    pane->newDocument(text);
    addEditor(pane, context, nameSpace);
    if (!title.isEmpty()) {
        pane->parentWidget()->setProperty("customTitle", title);
        setTabText(indexOf(pane->parentWidget()), title);
        setTabToolTip(indexOf(pane->parentWidget()), title);
    }
    return pane;
}

Editor::YamlEditorPane *Workspace::newEditorFromTemplate(const QString &templateId)
{
    auto *pane = new Editor::YamlEditorPane(m_repository.get(), Editor::SchemaChain::offline(), m_autosave);
    if (!pane->newFromTemplate(templateId)) {
        delete pane;
        return nullptr;
    }
    return addEditor(pane, QString(), QString());
}

Editor::YamlEditorPane *Workspace::openFile(const QString &path, QString *error)
{
    for (Editor::YamlEditorPane *pane : editors()) {
        if (pane->document()->filePath() == path) {
            setCurrentIndex(indexOf(pane->parentWidget()));
            return pane;
        }
    }
    auto *pane = new Editor::YamlEditorPane(m_repository.get(), Editor::SchemaChain::offline(), m_autosave);
    const QString problem = pane->openFile(path);
    if (!problem.isEmpty()) {
        delete pane;
        if (error) {
            *error = problem;
        }
        return nullptr;
    }
    return addEditor(pane, QString(), QString());
}

void Workspace::addPage(const QString &key, QWidget *page, const QString &title, const QIcon &icon)
{
    if (QWidget *existing = this->page(key)) {
        setCurrentWidget(existing);
        if (existing != page) {
            delete page;
        }
        return;
    }
    page->setProperty(PageKey, key);
    setCurrentIndex(addTab(page, icon, title));
}

QWidget *Workspace::page(const QString &key) const
{
    for (int i = 0; i < count(); ++i) {
        if (widget(i)->property(PageKey).toString() == key) {
            return widget(i);
        }
    }
    return nullptr;
}

Editor::YamlEditorPane *Workspace::currentEditor() const
{
    return paneOf(currentWidget());
}

Editor::ApplyBar *Workspace::applyBar(Editor::YamlEditorPane *editor) const
{
    return editor && editor->parentWidget() ? editor->parentWidget()->findChild<Editor::ApplyBar *>() : nullptr;
}

QList<Editor::YamlEditorPane *> Workspace::editors() const
{
    QList<Editor::YamlEditorPane *> list;
    for (int i = 0; i < count(); ++i) {
        if (auto *pane = paneOf(widget(i))) {
            list.append(pane);
        }
    }
    return list;
}

int Workspace::offerRecovery()
{
    if (!m_autosave) {
        return 0;
    }
    const Editor::RecoveryManager manager(*m_autosave);
    const int left = int(manager.leftovers().size());
    if (left == 0) {
        return 0;
    }
    auto *dialog = new Editor::RecoveryDialog(manager, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &Editor::RecoveryDialog::recoverRequested, this, [this, manager](const Editor::AutosaveEntry &entry) {
        auto *pane = new Editor::YamlEditorPane(m_repository.get(), Editor::SchemaChain::offline(), m_autosave);
        const QString error = pane->recover(entry, manager);
        if (!error.isEmpty()) {
            delete pane;
            QMessageBox::warning(this, GuiTr::tr("Cannot Recover"), error);
            return;
        }
        addEditor(pane, QString(), QString());
    });
    dialog->open();
    return left;
}

bool Workspace::closeTab(int index, bool force)
{
    QWidget *tab = widget(index);
    if (!tab || tab == m_welcome) {
        return false;
    }
    if (Editor::YamlEditorPane *pane = paneOf(tab); pane && !force && pane->document()->isModified()) {
        setCurrentIndex(index);
        const auto answer = QMessageBox::question(
            this, GuiTr::tr("Unsaved Changes"),
            GuiTr::tr("%1 has unsaved changes. Save them before closing?").arg(pane->document()->displayName()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel) {
            return false;
        }
        if (answer == QMessageBox::Save && !pane->save().isEmpty()) {
            return false; // the error is shown in the pane; keep it open
        }
    }
    removeTab(index);
    delete tab; // a closed editor deletes its autosave
    return true;
}

bool Workspace::closeAll()
{
    for (int i = count() - 1; i >= 0; --i) {
        if (widget(i) != m_welcome && !closeTab(i)) {
            return false;
        }
    }
    return true;
}

} // namespace Ringside
