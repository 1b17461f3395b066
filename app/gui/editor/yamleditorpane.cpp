#include "gui/editor/yamleditorpane.h"

#include "gui/editor/editortr.h"
#include "gui/editor/findreplacebar.h"
#include "gui/editor/yamleditor.h"
#include "models/editor/problemsmodel.h"
#include "models/editor/templatecatalog.h"
#include "models/editor/validationcontroller.h"
#include "models/editor/yamldocument.h"

#include <QAction>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSplitter>
#include <QTextBlock>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ringside::Editor {

YamlEditorPane::YamlEditorPane(KSyntaxHighlighting::Repository *repository, const SchemaChain &schemas,
                               const std::optional<AutosaveStore> &autosave, QWidget *parent)
    : QWidget(parent)
    , m_document(new YamlDocument(this))
    , m_editor(new YamlEditor(repository, this))
    , m_findBar(new FindReplaceBar(m_editor, this))
    , m_problems(new ProblemsModel(this))
    , m_problemsView(new QTreeView(this))
    , m_validation(new ValidationController(m_document->textDocument(), schemas, this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_status(new QLabel(this))
    , m_message(new QLabel(this))
    , m_templates(new QMenu(Tr::tr("New from &Template"), this))
    , m_schemas(schemas)
{
    setObjectName(u"yamlEditorPane"_s);
    m_document->setAutosaveStore(autosave);
    m_editor->setYamlDocument(m_document);
    m_editor->setSchemas(schemas);
    m_findBar->hide();

    m_problemsView->setObjectName(u"problemsView"_s);
    m_problemsView->setModel(m_problems);
    m_problemsView->setRootIsDecorated(false);
    m_problemsView->setUniformRowHeights(true);
    m_problemsView->setAlternatingRowColors(true);
    m_problemsView->header()->setStretchLastSection(true);
    m_problemsView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_status->setObjectName(u"editorStatus"_s);
    m_status->setContentsMargins(6, 2, 6, 2);
    m_message->setObjectName(u"editorMessage"_s);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(
        u"QLabel { border: 1px solid palette(mid); border-left: 4px solid #d01f1f; padding: 4px 8px; }"_s);
    m_message->hide();

    auto *editorBox = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorBox);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->setSpacing(0);
    editorLayout->addWidget(m_editor, 1);
    editorLayout->addWidget(m_findBar);
    m_splitter->addWidget(editorBox);
    m_splitter->addWidget(m_problemsView);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    buildActions();
    layout->addWidget(m_message);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_status);

    connect(m_validation, &ValidationController::finished, this, &YamlEditorPane::validated);
    connect(m_problemsView, &QTreeView::activated, this, &YamlEditorPane::activateProblem);
    connect(m_problemsView, &QTreeView::clicked, this, &YamlEditorPane::activateProblem);
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, &YamlEditorPane::updateStatus);
    connect(m_document, &YamlDocument::modificationChanged, this, [this] { Q_EMIT titleChanged(title()); });
    connect(m_document, &YamlDocument::filePathChanged, this, [this] { Q_EMIT titleChanged(title()); });
    connect(m_document, &YamlDocument::autosaveFailed, this,
            [this](const QString &error) { showError(Tr::tr("Autosave failed: %1").arg(error)); });
    m_problems->setDark(m_editor->isDarkTheme());
    updateStatus();
}

YamlEditorPane::~YamlEditorPane() = default;

void YamlEditorPane::buildActions()
{
    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(u"editorToolbar"_s);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const QList<YamlTemplate> templates = yamlTemplates();
    for (const YamlTemplate &t : templates) {
        QAction *action = m_templates->addAction(t.title, this, [this, id = t.id] { newFromTemplate(id); });
        action->setToolTip(t.description);
    }
    auto *templateButton = new QToolButton(toolbar);
    templateButton->setObjectName(u"templateButton"_s);
    templateButton->setText(Tr::tr("New from Template"));
    templateButton->setMenu(m_templates);
    // The arrow gets its own section (with InstantPopup, styles draw it over the text); either part opens the menu.
    templateButton->setPopupMode(QToolButton::MenuButtonPopup);
    connect(templateButton, &QToolButton::clicked, templateButton, &QToolButton::showMenu);
    toolbar->addWidget(templateButton);
    const auto add = [this, toolbar](const QString &text, const QKeySequence &keys, auto slot) {
        QAction *action = toolbar->addAction(text, this, slot);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    add(Tr::tr("&Open\u2026"), QKeySequence::Open, [this] { openInteractively(); });
    add(Tr::tr("&Save"), QKeySequence::Save, [this] { save(); });
    add(Tr::tr("Save &As\u2026"), QKeySequence::SaveAs, [this] { saveAsInteractively(); });
    add(Tr::tr("&Import CRD\u2026"), QKeySequence(), [this] {
        const QString path = QFileDialog::getOpenFileName(this, Tr::tr("Import CustomResourceDefinitions"), QString(),
                                                          Tr::tr("YAML or JSON files (*.yaml *.yml *.json);;All files (*)"));
        if (!path.isEmpty()) {
            importCrdFile(path);
        }
    });
    toolbar->addSeparator();
    add(Tr::tr("&Find"), QKeySequence::Find, [this] { m_findBar->open(false); });
    add(Tr::tr("&Replace"), QKeySequence::Replace, [this] { m_findBar->open(true); });
    add(Tr::tr("Next &Problem"), QKeySequence(Qt::Key_F8), [this] { goToNextProblem(); });
    add(Tr::tr("Unfold All"), QKeySequence(), [this] { m_editor->unfoldAll(); });
    layout()->addWidget(toolbar);
}

QString YamlEditorPane::title() const
{
    return m_document->isModified() ? m_document->displayName() + u" *"_s : m_document->displayName();
}

QString YamlEditorPane::importCrdFile(const QString &path)
{
    Schema::CrdRegistry registry;
    const Schema::CrdFileResult result = registry.importFile(path);
    if (!result.ok()) {
        showError(result.error);
        return result.error;
    }
    SchemaChain schemas = m_schemas;
    schemas.add(std::make_shared<CrdSchemaSource>(registry, Tr::tr("imported from %1").arg(path), SchemaTier::Imported));
    setSchemas(schemas);
    m_message->hide();
    return {};
}

void YamlEditorPane::setSchemas(const SchemaChain &schemas)
{
    m_schemas = schemas;
    m_editor->setSchemas(schemas);
    m_validation->setSchemas(schemas);
}

void YamlEditorPane::showError(const QString &message)
{
    m_message->setText(message);
    m_message->show();
    Q_EMIT errorOccurred(message);
}

QString YamlEditorPane::openFile(const QString &path)
{
    const QString error = m_document->load(path);
    if (!error.isEmpty()) {
        showError(error);
        return error;
    }
    m_message->hide();
    m_validation->validateNow();
    return {};
}

QString YamlEditorPane::save()
{
    if (m_document->filePath().isEmpty()) {
        return saveAsInteractively();
    }
    const QString error = m_document->save();
    if (!error.isEmpty()) {
        showError(error);
    }
    return error;
}

QString YamlEditorPane::saveAs(const QString &path)
{
    const QString error = m_document->saveAs(path);
    if (!error.isEmpty()) {
        showError(error);
    }
    return error;
}

QString YamlEditorPane::saveAsInteractively()
{
    const QString path = QFileDialog::getSaveFileName(this, Tr::tr("Save YAML"), m_document->filePath(),
                                                      Tr::tr("YAML files (*.yaml *.yml);;All files (*)"));
    return path.isEmpty() ? QString() : saveAs(path);
}

void YamlEditorPane::openInteractively()
{
    if (m_document->isModified()
        && QMessageBox::question(this, Tr::tr("Unsaved Changes"),
                                 Tr::tr("Discard the unsaved changes to %1?").arg(m_document->displayName()))
               != QMessageBox::Yes) {
        return;
    }
    const QString path = QFileDialog::getOpenFileName(this, Tr::tr("Open YAML"), QString(),
                                                      Tr::tr("YAML files (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty()) {
        openFile(path);
    }
}

bool YamlEditorPane::newFromTemplate(const QString &id)
{
    const std::optional<YamlTemplate> t = findYamlTemplate(id);
    if (!t) {
        return false;
    }
    newDocument(t->text());
    return true;
}

void YamlEditorPane::newDocument(const QString &text)
{
    m_document->newDocument(text);
    m_message->hide();
    m_validation->validateNow();
}

QString YamlEditorPane::recover(const AutosaveEntry &entry, const RecoveryManager &manager)
{
    const QString error = manager.recover(entry, m_document);
    if (!error.isEmpty()) {
        showError(error);
        return error;
    }
    m_validation->validateNow();
    return {};
}

void YamlEditorPane::validated(const ValidationResult &result)
{
    m_problems->setProblems(result.problems);
    m_editor->setProblems(result.problems);
    QStringList sources;
    for (const DocumentResult &doc : result.documents) {
        if (!doc.schemaSource.isEmpty() && !sources.contains(doc.schemaSource)) {
            sources.append(doc.schemaSource);
        }
    }
    m_schemaSource = sources.join(u", "_s);
    updateStatus();
}

void YamlEditorPane::updateStatus()
{
    const QTextCursor cursor = m_editor->textCursor();
    QStringList parts{m_problems->summary()};
    if (!m_schemaSource.isEmpty()) {
        parts.append(Tr::tr("Schema: %1").arg(m_schemaSource));
    }
    parts.append(Tr::tr("Line %1, column %2").arg(cursor.blockNumber() + 1).arg(cursor.positionInBlock() + 1));
    m_status->setText(parts.join(u"   |   "_s));
}

void YamlEditorPane::activateProblem(const QModelIndex &index)
{
    if (!index.isValid()) {
        return;
    }
    m_editor->goTo(index.data(ProblemsModel::LineRole).toInt(), index.data(ProblemsModel::ColumnRole).toInt());
}

bool YamlEditorPane::goToNextProblem()
{
    const int rows = m_problems->rowCount();
    if (rows == 0) {
        return false;
    }
    const QTextCursor cursor = m_editor->textCursor();
    const int line = cursor.blockNumber() + 1;
    const int column = cursor.positionInBlock() + 1;
    int next = 0;
    for (int row = 0; row < rows; ++row) {
        const Problem p = m_problems->problem(row);
        if (p.line > line || (p.line == line && p.column > column)) {
            next = row;
            break;
        }
    }
    const QModelIndex index = m_problems->index(next, 0);
    m_problemsView->setCurrentIndex(index);
    activateProblem(index);
    return true;
}

void YamlEditorPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_problems->setDark(palette().color(QPalette::Window).lightness() < 128);
    }
}

} // namespace Ringside::Editor
