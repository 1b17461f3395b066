#include "gui/wizard/reviewpage.h"

#include "gui/editor/yamleditor.h"
#include "gui/wizard/clusterwizard.h"
#include "models/editor/yamldocument.h"
#include "models/wizard/wizardtr.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ringside::Wizard {

ReviewPage::ReviewPage(WizardModel *model, ClusterWizard *wizard)
    : FieldPage(model, WizardModel::Page::Review, wizard)
    , m_wizard(wizard)
    , m_note(new QLabel(this))
    , m_document(new Editor::YamlDocument(this))
    , m_editor(new Editor::YamlEditor(wizard->repository(), this))
    , m_expert(new QCheckBox(WizardTr::tr("E&xpert: edit YAML"), this))
    , m_dryRun(new QPushButton(WizardTr::tr("&Dry run again"), this))
    , m_result(new QLabel(this))
{
    setTitle(WizardTr::tr("Review"));
    setSubTitle(WizardTr::tr("This is what Create sends (server-side apply). The server checks it first in a dry run."));
    m_note->setObjectName(QStringLiteral("kindNote"));
    m_note->setWordWrap(true);
    m_editor->setObjectName(QStringLiteral("yaml"));
    m_editor->setYamlDocument(m_document);
    m_editor->setReadOnly(true);
    m_expert->setObjectName(QStringLiteral("expert"));
    m_dryRun->setObjectName(QStringLiteral("dryRun"));
    m_result->setObjectName(QStringLiteral("dryRunResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_expert);
    bar->addStretch();
    bar->addWidget(m_dryRun);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_editor, 1);
    layout->addLayout(bar);
    layout->addWidget(makeErrorLabel(WizardModel::Field::Manifest));
    layout->addWidget(m_result);

    connect(m_expert, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setExpert(on);
        m_editor->setReadOnly(!on);
    });
    connect(m_document->textDocument(), &QTextDocument::contentsChanged, this, [this] {
        if (m_model->isExpert()) {
            m_model->setExpertYaml(m_document->text());
        }
    });
    connect(m_dryRun, &QPushButton::clicked, this, &ReviewPage::runDryRun);
    connect(wizard, &ClusterWizard::applyFinished, this, &ReviewPage::applyFinished);
}

void ReviewPage::syncFromModel()
{
    QStringList note{m_model->kindNote()};
    const QStringList warnings = m_model->operation().warnings;
    for (const QString &w : warnings) {
        note << WizardTr::tr("Warning: %1").arg(w);
    }
    m_note->setText(note.join(u'\n'));
    const QString text = m_model->manifestYaml();
    if (!m_model->isExpert() && m_document->text() != text) {
        m_document->setText(text);
    }
    if (!m_passedFor.isEmpty() && m_passedFor != text) {
        showResult(WizardTr::tr("The YAML changed since the dry run: run it again before Create."), false);
        m_passedFor.clear();
    }
}

void ReviewPage::initializePage()
{
    syncFromModel();
    runDryRun();
}

void ReviewPage::showResult(const QString &text, bool ok)
{
    QPalette p = m_result->palette();
    p.setColor(QPalette::WindowText, ok ? QColor(0x2e, 0x9e, 0x5b) : QColor(0xd9, 0x3f, 0x3f));
    m_result->setPalette(p);
    m_result->setText(text);
}

void ReviewPage::runDryRun()
{
    if (!m_model->isPageValid(WizardModel::Page::Review)) {
        showResult(WizardTr::tr("Not sent to the server: fix the problems above first."), false);
        return;
    }
    QString why;
    m_dryRunFor = m_model->manifestYaml();
    if (!m_wizard->startApply(true, &why)) {
        showResult(WizardTr::tr("The dry run could not be sent: %1").arg(why), false);
        m_dryRunFor.clear();
        return;
    }
    showResult(WizardTr::tr("Server dry run…"), true);
    m_dryRun->setEnabled(false);
    Q_EMIT completeChanged();
}

void ReviewPage::applyFinished(bool dryRun, bool ok, const QString &text)
{
    m_dryRun->setEnabled(true);
    if (dryRun) {
        if (ok && m_dryRunFor == m_model->manifestYaml()) {
            m_passedFor = m_dryRunFor;
        }
        showResult(ok ? WizardTr::tr("Server dry run passed: %1").arg(text) : WizardTr::tr("Server dry run failed: %1").arg(text), ok);
        Q_EMIT completeChanged();
        return;
    }
    m_creating = false;
    if (!ok) {
        showResult(WizardTr::tr("Create failed: %1").arg(text), false);
        Q_EMIT completeChanged();
        return;
    }
    m_created = true;
    showResult(WizardTr::tr("Created: %1").arg(text), true);
    m_wizard->accept();
}

bool ReviewPage::isComplete() const
{
    return FieldPage::isComplete() && !m_creating && dryRunPassed();
}

bool ReviewPage::validatePage()
{
    if (m_created) {
        return true;
    }
    if (m_creating || !isComplete()) {
        return false;
    }
    QString why;
    if (!m_wizard->startApply(false, &why)) {
        showResult(WizardTr::tr("Create could not be sent: %1").arg(why), false);
        return false;
    }
    m_creating = true;
    showResult(WizardTr::tr("Creating…"), true);
    Q_EMIT completeChanged();
    return false; // the wizard closes when the server has answered
}

} // namespace Ringside::Wizard
