#include "gui/ops/operationdialog.h"

#include "gui/ops/opstr.h"
#include "models/ops/clusterloader.h"
#include "models/ops/nodeprogressmodel.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Ringside::Operations {

using namespace Cassandra;

namespace {

/*! Draws the progress column as a progress bar. */
class ProgressDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.column() != NodeProgressModel::ProgressColumn) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 3, -2, -3);
        bar.minimum = 0;
        bar.maximum = 100;
        bar.progress = index.data(NodeProgressModel::PercentRole).toInt();
        bar.text = index.data().toString();
        bar.textVisible = true;
        bar.state = option.state | QStyle::State_Horizontal;
        bar.palette = option.palette;
        if (index.data(NodeProgressModel::FailedRole).toBool()) {
            bar.palette.setColor(QPalette::Highlight, QColor(0xc6, 0x28, 0x28));
        }
        const QWidget *w = option.widget;
        (w ? w->style() : QApplication::style())->drawControl(QStyle::CE_ProgressBar, &bar, painter, w);
    }
};

bool alwaysConfirm(OperationType type)
{
    return type == OperationType::RemoveDatacenter || type == OperationType::Restore || type == OperationType::PurgeBackups
        || type == OperationType::StopDatacenter || type == OperationType::ReplaceNode;
}

} // namespace

OperationDialog::OperationDialog(const Options &options, OperationRunner::ClientResolver clients, QWidget *parent)
    : QDialog(parent)
    , m_options(options)
    , m_clients(std::move(clients))
    , m_form(createOperationForm(options.type, options.scope, this))
    , m_target(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_diff(new QPlainTextEdit(this))
    , m_confirmRow(new QWidget(this))
    , m_confirmLabel(new QLabel(m_confirmRow))
    , m_confirm(new QLineEdit(m_confirmRow))
    , m_progressBox(new QGroupBox(OpsGuiTr::tr("Progress"), this))
    , m_progressView(new QTreeView(m_progressBox))
    , m_progress(new NodeProgressModel(this))
    , m_overall(new QProgressBar(m_progressBox))
    , m_status(new QLabel(this))
    , m_run(new QPushButton(this))
    , m_cancel(new QPushButton(OpsGuiTr::tr("Cancel &Operation"), this))
    , m_close(new QPushButton(OpsGuiTr::tr("&Close"), this))
    , m_debounce(new QTimer(this))
{
    QString title = operationTitle(options.type);
    title.remove(QChar(0x2026));
    setWindowTitle(OpsGuiTr::tr("%1 — %2").arg(title, options.cluster));
    setObjectName(QStringLiteral("operationDialog"));
    m_run->setText(title);
    m_run->setObjectName(QStringLiteral("run"));
    m_run->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("cancelOperation"));
    m_close->setObjectName(QStringLiteral("close"));
    m_confirm->setObjectName(QStringLiteral("confirmName"));
    m_diff->setObjectName(QStringLiteral("diff"));
    m_status->setObjectName(QStringLiteral("status"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_problems->setObjectName(QStringLiteral("problems"));

    m_target->setTextFormat(Qt::PlainText);
    QString target = OpsGuiTr::tr("Cluster %1 in %2 (context %3)").arg(options.cluster, options.nameSpace, options.context);
    if (options.guard.isReadOnly(options.context)) {
        target += u' ' + OpsGuiTr::tr("[read-only]");
    }
    m_target->setText(target);
    QFont bold = m_target->font();
    bold.setBold(true);
    m_target->setFont(bold);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_diff->setPlaceholderText(OpsGuiTr::tr("The change to the cluster's objects appears here."));

    auto *params = new QGroupBox(OpsGuiTr::tr("Parameters"), this);
    auto *paramsLayout = new QVBoxLayout(params);
    paramsLayout->addWidget(m_form);

    auto *confirmLayout = new QHBoxLayout(m_confirmRow);
    confirmLayout->setContentsMargins(0, 0, 0, 0);
    m_confirmLabel->setText(OpsGuiTr::tr("This operation is destructive. Type the cluster name %1 to confirm:").arg(options.cluster));
    m_confirmLabel->setWordWrap(true);
    m_confirmLabel->setBuddy(m_confirm);
    m_confirm->setPlaceholderText(options.cluster);
    confirmLayout->addWidget(m_confirmLabel, 1);
    confirmLayout->addWidget(m_confirm);
    m_confirmRow->setVisible(alwaysConfirm(options.type));

    m_progressView->setModel(m_progress);
    m_progressView->setRootIsDecorated(false);
    m_progressView->setItemDelegate(new ProgressDelegate(m_progressView));
    m_progressView->setUniformRowHeights(true);
    m_progressView->header()->setStretchLastSection(true);
    m_progressView->header()->resizeSection(NodeProgressModel::NodeColumn, 220);
    m_progressView->header()->resizeSection(NodeProgressModel::ProgressColumn, 140);
    m_progressView->header()->resizeSection(NodeProgressModel::StateColumn, 160);
    m_overall->setRange(0, 100);
    m_overall->setValue(0);
    m_overall->setObjectName(QStringLiteral("overall"));
    auto *progressLayout = new QVBoxLayout(m_progressBox);
    progressLayout->addWidget(m_progressView);
    progressLayout->addWidget(m_overall);
    m_progressBox->setVisible(false);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_diff);
    splitter->addWidget(m_progressBox);
    splitter->setChildrenCollapsible(false);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_run, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    connect(m_run, &QPushButton::clicked, this, &OperationDialog::run);
    connect(m_close, &QPushButton::clicked, this, &OperationDialog::reject);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_runner) {
            m_runner->cancel();
        }
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_target);
    layout->addWidget(params);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_confirmRow);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &OperationDialog::rebuildPlan);
    connect(m_form, &OperationForm::changed, m_debounce, qOverload<>(&QTimer::start));
    connect(m_confirm, &QLineEdit::textChanged, this, &OperationDialog::updateButtons);
    m_form->setEnabled(false);
    resize(820, 680);
    updateButtons();
    load();
}

OperationDialog::~OperationDialog() = default;

void OperationDialog::load()
{
    QString why;
    KubeClient *client = m_clients ? m_clients(m_options.context, &why) : nullptr;
    if (!client) {
        m_status->setText(OpsGuiTr::tr("Cannot read the cluster: %1").arg(why));
        Q_EMIT ready(why);
        return;
    }
    m_status->setText(OpsGuiTr::tr("Reading cluster %1…").arg(m_options.cluster));
    m_loader = new ClusterLoader(client, m_options.context, this);
    m_loader->setRemoteContexts(m_options.localContexts, m_clients);
    m_loader->load(
        m_options.nameSpace,
        [this](const ClusterSnapshot &s) {
            m_snapshot = s;
            const Domain::Cluster *c = s.topology.find(m_options.cluster, m_options.nameSpace);
            if (!c) {
                const QString error = OpsGuiTr::tr("cluster %1 not found in %2 (context %3)").arg(m_options.cluster, m_options.nameSpace, m_options.context);
                m_status->setText(error);
                Q_EMIT ready(error);
                return;
            }
            m_cluster = *c;
            m_form->setCluster(m_cluster, m_snapshot);
            m_form->setEnabled(true);
            m_ready = true;
            m_status->setText(OpsGuiTr::tr("%1 %2, %3, %4/%5 nodes ready")
                                  .arg(m_cluster.typeName(), m_cluster.serverVersion, m_cluster.phase())
                                  .arg(m_cluster.readyCount())
                                  .arg(m_cluster.size()));
            rebuildPlan();
            Q_EMIT ready(QString());
        },
        [this](const QString &error) {
            m_status->setText(OpsGuiTr::tr("Cannot read the cluster: %1").arg(error));
            Q_EMIT ready(error);
        });
}

bool OperationDialog::needsConfirmation() const
{
    return alwaysConfirm(m_options.type) || m_plan.operation.destructive;
}

void OperationDialog::rebuildPlan()
{
    if (!m_ready || m_runner) {
        return;
    }
    m_debounce->stop();
    m_plan = m_form->plan(m_cluster, m_snapshot);
    const Ops::Operation &op = m_plan.operation;
    m_summary->setText(op.summary);
    QStringList problems;
    for (const QString &e : op.errors) {
        problems << OpsGuiTr::tr("Error: %1").arg(e);
    }
    for (const QString &w : op.warnings) {
        problems << OpsGuiTr::tr("Warning: %1").arg(w);
    }
    for (const QString &f : op.followUps) {
        problems << OpsGuiTr::tr("Next: %1").arg(f);
    }
    const QString refusal = m_options.guard.refusal(op);
    if (!refusal.isEmpty()) {
        problems.prepend(OpsGuiTr::tr("Refused: %1").arg(refusal));
    }
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
    QPalette pal = m_problems->palette();
    pal.setColor(QPalette::WindowText, !op.errors.isEmpty() || !refusal.isEmpty() ? QColor(0xc6, 0x28, 0x28) : palette().color(QPalette::WindowText));
    m_problems->setPalette(pal);
    const QString diff = op.diff();
    m_diff->setPlainText(diff.isEmpty() && op.isValid() ? OpsGuiTr::tr("(new objects only; nothing changes in the cluster's spec)") : diff);
    m_confirmRow->setVisible(needsConfirmation());
    updateButtons();
}

void OperationDialog::updateButtons()
{
    const bool running = m_runner && m_runner->isRunning();
    const bool started = m_runner != nullptr;
    bool runnable = m_ready && !started && m_plan.operation.isValid();
    QString why;
    if (m_ready && !started) {
        why = m_options.guard.refusal(m_plan.operation);
        if (!why.isEmpty()) {
            runnable = false;
        } else if (!m_plan.operation.isValid()) {
            why = m_plan.operation.errors.join(QLatin1String("; "));
        } else if (needsConfirmation() && m_confirm->text() != m_options.cluster) {
            runnable = false;
            why = OpsGuiTr::tr("Type the cluster name %1 to confirm.").arg(m_options.cluster);
        }
    }
    m_run->setEnabled(runnable);
    m_run->setToolTip(why);
    m_confirm->setEnabled(!started);
    m_cancel->setVisible(started);
    m_cancel->setEnabled(running && m_runner->canCancel());
    m_cancel->setToolTip(m_runner ? m_runner->cancelBlocker() : QString());
    m_close->setText(running ? OpsGuiTr::tr("&Hide") : OpsGuiTr::tr("&Close"));
}

bool OperationDialog::run()
{
    rebuildPlan();
    if (!m_run->isEnabled()) {
        return false;
    }
    m_runner = new OperationRunner(m_clients, this);
    m_runner->setWriteGuard(m_options.guard);
    m_runner->setHistory(m_options.history);
    m_runner->setPollInterval(m_options.pollMs);
    m_runner->setLocalContexts(m_options.localContexts);
    m_form->setEnabled(false);
    m_progressBox->setVisible(true);
    connect(m_runner, &OperationRunner::phaseChanged, this, &OperationDialog::onPhase);
    connect(m_runner, &OperationRunner::progressChanged, this, [this](const Ops::Progress &p) {
        m_progress->setProgress(p);
        m_overall->setValue(NodeProgressModel::overallPercent(p));
        m_overall->setFormat(p.total > 0 ? QStringLiteral("%1/%2 — %p%").arg(p.done).arg(p.total) : QStringLiteral("%p%"));
        if (m_runner->isRunning()) {
            m_status->setText(p.toString());
        }
    });
    connect(m_runner, &OperationRunner::finished, this, [this](bool ok, const QString &message) {
        updateButtons();
        Q_EMIT operationFinished(ok, m_plan.operation.summary, message);
    });
    m_runner->start(m_plan);
    updateButtons();
    return true;
}

void OperationDialog::onPhase(OperationRunner::Phase phase, const QString &message)
{
    const QString text = message.isEmpty() ? OperationRunner::phaseText(phase) : OperationRunner::phaseText(phase) + QLatin1String(": ") + message;
    m_status->setText(text);
    if (phase == OperationRunner::Phase::Succeeded) {
        m_overall->setValue(100);
    }
    updateButtons();
}

void OperationDialog::reject()
{
    // A running operation keeps going on the server and in this (hidden) dialog, which still records its outcome.
    if (m_runner && m_runner->isRunning()) {
        hide();
        return;
    }
    QDialog::reject();
}

} // namespace Ringside::Operations
