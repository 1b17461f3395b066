#include "gui/editor/recoverydialog.h"

#include "gui/editor/editortr.h"
#include "models/editor/recoverymodel.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ringside::Editor {

RecoveryDialog::RecoveryDialog(const RecoveryManager &manager, QWidget *parent)
    : QDialog(parent)
    , m_manager(manager)
    , m_model(new RecoveryModel(this))
    , m_view(new QTreeView(this))
    , m_preview(new QPlainTextEdit(this))
{
    setObjectName(u"recoveryDialog"_s);
    setWindowTitle(Tr::tr("Recover Unsaved YAML"));
    m_model->setEntries(m_manager.leftovers());
    auto *intro
        = new QLabel(Tr::tr("Ringside did not close normally. These edits were autosaved and can be recovered."), this);
    intro->setWordWrap(true);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(RecoveryModel::FileColumn, QHeaderView::Stretch);
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *buttons = new QDialogButtonBox(this);
    m_recover = buttons->addButton(Tr::tr("&Recover"), QDialogButtonBox::AcceptRole);
    m_discard = buttons->addButton(Tr::tr("&Discard"), QDialogButtonBox::DestructiveRole);
    QPushButton *later = buttons->addButton(Tr::tr("&Later"), QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_preview, 2);
    layout->addWidget(buttons);
    connect(m_recover, &QPushButton::clicked, this, [this] { recoverRow(currentRow()); });
    connect(m_discard, &QPushButton::clicked, this, [this] { discardRow(currentRow()); });
    connect(later, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RecoveryDialog::selectionChanged);
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) { recoverRow(index.row()); });
    if (m_model->rowCount() > 0) {
        m_view->setCurrentIndex(m_model->index(0, 0));
    }
    selectionChanged();
    resize(720, 460);
}

int RecoveryDialog::currentRow() const
{
    return m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
}

QString RecoveryDialog::previewText() const
{
    return m_preview->toPlainText();
}

void RecoveryDialog::selectionChanged()
{
    const int row = currentRow();
    m_recover->setEnabled(row >= 0);
    m_discard->setEnabled(row >= 0);
    if (row < 0) {
        m_preview->clear();
        return;
    }
    QString error;
    const std::optional<QString> text = m_manager.store().read(m_model->entry(row).id, &error);
    m_preview->setPlainText(text ? *text : error);
}

void RecoveryDialog::recoverRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        return;
    }
    const AutosaveEntry entry = m_model->entry(row);
    m_model->removeEntry(entry.id);
    Q_EMIT recoverRequested(entry);
    closeWhenEmpty();
}

void RecoveryDialog::discardRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        return;
    }
    const AutosaveEntry entry = m_model->entry(row);
    m_manager.discard(entry);
    m_model->removeEntry(entry.id);
    closeWhenEmpty();
}

void RecoveryDialog::closeWhenEmpty()
{
    if (m_model->rowCount() == 0) {
        accept();
    } else {
        m_view->setCurrentIndex(m_model->index(0, 0));
        selectionChanged();
    }
}

} // namespace Ringside::Editor
