#include "gui/ops/repairdialog.h"

#include "gui/ops/opstr.h"
#include "gui/ops/repairschedulespanel.h"
#include "models/ops/repairschedules.h"

#include "cassandra/services/reaperclient.h"
#include "kube/kubeclient.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Ringside::Operations {

using namespace Cassandra;
using Services::ReaperClient;
using Services::ReaperError;
using Services::RepairRun;
using Services::RepairRunState;

RepairDialog::RepairDialog(const Options &options, OperationRunner::ClientResolver clients, QWidget *parent)
    : QDialog(parent)
    , m_options(options)
    , m_clients(std::move(clients))
    , m_keyspace(new QLineEdit(this))
    , m_tables(new QLineEdit(this))
    , m_parallelism(new QComboBox(this))
    , m_intensity(new QDoubleSpinBox(this))
    , m_start(new QPushButton(OpsGuiTr::tr("&Start Repair"), this))
    , m_runs(new QTableWidget(0, ColumnCount, this))
    , m_pause(new QPushButton(OpsGuiTr::tr("&Pause"), this))
    , m_resume(new QPushButton(OpsGuiTr::tr("&Resume"), this))
    , m_abort(new QPushButton(OpsGuiTr::tr("&Abort"), this))
    , m_status(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_schedules(nullptr)
    , m_poll(new QTimer(this))
{
    setObjectName(QStringLiteral("repairDialog"));
    setWindowTitle(OpsGuiTr::tr("Repairs — %1").arg(options.cluster));
    m_keyspace->setObjectName(QStringLiteral("keyspace"));
    m_tables->setPlaceholderText(OpsGuiTr::tr("comma-separated; empty: every table"));
    for (auto p : {Services::RepairParallelism::DatacenterAware, Services::RepairParallelism::Parallel, Services::RepairParallelism::Sequential}) {
        m_parallelism->addItem(Services::parallelismName(p), int(p));
    }
    m_intensity->setRange(0.05, 1.0);
    m_intensity->setSingleStep(0.05);
    m_intensity->setValue(0.9);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto *start = new QGroupBox(OpsGuiTr::tr("New repair"), this);
    auto *form = new QFormLayout(start);
    form->addRow(OpsGuiTr::tr("&Keyspace:"), m_keyspace);
    form->addRow(OpsGuiTr::tr("&Tables:"), m_tables);
    form->addRow(OpsGuiTr::tr("&Parallelism:"), m_parallelism);
    form->addRow(OpsGuiTr::tr("&Intensity:"), m_intensity);
    form->addRow(m_start);

    m_runs->setObjectName(QStringLiteral("runs"));
    m_runs->setHorizontalHeaderLabels({OpsGuiTr::tr("Run"), OpsGuiTr::tr("Keyspace"), OpsGuiTr::tr("State"), OpsGuiTr::tr("Segments"),
                                       OpsGuiTr::tr("Started")});
    m_runs->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_runs->horizontalHeader()->setStretchLastSection(true);
    m_runs->verticalHeader()->hide();
    m_runs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runs->setSelectionMode(QAbstractItemView::SingleSelection);
    m_runs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *runButtons = new QHBoxLayout;
    runButtons->addWidget(m_pause);
    runButtons->addWidget(m_resume);
    runButtons->addWidget(m_abort);
    runButtons->addStretch();
    auto *runsBox = new QGroupBox(OpsGuiTr::tr("Runs"), this);
    auto *runsLayout = new QVBoxLayout(runsBox);
    runsLayout->addWidget(m_runs);
    runsLayout->addLayout(runButtons);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *target = new QLabel(OpsGuiTr::tr("Cluster %1 in %2 (context %3)").arg(options.cluster, options.nameSpace, options.context), this);
    QFont bold = target->font();
    bold.setBold(true);
    target->setFont(bold);
    layout->addWidget(target);
    auto *runsPage = new QWidget(m_tabs);
    auto *runsPageLayout = new QVBoxLayout(runsPage);
    runsPageLayout->addWidget(start);
    runsPageLayout->addWidget(runsBox, 1);
    runsPageLayout->addWidget(m_status);
    m_tabs->setObjectName(QStringLiteral("repairTabs"));
    m_tabs->addTab(runsPage, OpsGuiTr::tr("R&uns"));
    RepairSchedulesPanel::Options so;
    so.context = options.context;
    so.nameSpace = options.nameSpace;
    so.cluster = options.cluster;
    so.guard = [this] { return guard(); };
    so.history = options.history;
    m_schedules = new RepairSchedulesPanel(so, m_tabs);
    m_tabs->addTab(m_schedules, OpsGuiTr::tr("&Schedules"));
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(900, 640);

    connect(m_start, &QPushButton::clicked, this, [this] { act(Action::Start); });
    connect(m_pause, &QPushButton::clicked, this, [this] { act(Action::Pause); });
    connect(m_resume, &QPushButton::clicked, this, [this] { act(Action::Resume); });
    connect(m_abort, &QPushButton::clicked, this, [this] { act(Action::Abort); });
    connect(m_keyspace, &QLineEdit::textChanged, this, &RepairDialog::updateButtons);
    connect(m_runs, &QTableWidget::itemSelectionChanged, this, &RepairDialog::updateButtons);
    m_poll->setInterval(options.pollMs);
    connect(m_poll, &QTimer::timeout, this, &RepairDialog::refresh);
    updateButtons();

    QString why;
    KubeClient *client = m_clients ? m_clients(options.context, &why) : nullptr;
    if (!client) {
        m_status->setText(OpsGuiTr::tr("Cannot reach the cluster: %1").arg(why));
        m_schedules->setUnavailable(m_status->text());
        QTimer::singleShot(0, this, [this, why] { Q_EMIT ready(why); });
        return;
    }
    m_status->setText(OpsGuiTr::tr("Looking for the Reaper of %1…").arg(options.cluster));
    ReaperClient::findReaper(
        client, options.nameSpace, options.cluster, this,
        [this, client](const Services::ReaperEndpoint &endpoint) {
            m_reaper = new ReaperClient(client, endpoint, this);
            m_reaperCluster = endpoint.reaperCluster.isEmpty() ? m_options.cluster : endpoint.reaperCluster;
            m_status->setText(OpsGuiTr::tr("Reaper %1 (cluster %2 in Reaper)").arg(endpoint.reaper, m_reaperCluster));
            updateButtons();
            refresh();
            m_schedules->setReaper(m_reaper, client);
            m_poll->start();
            Q_EMIT ready(QString());
        },
        [this](const KubeError &e) {
            m_status->setText(OpsGuiTr::tr("No Reaper for this cluster: %1").arg(e.toString()));
            m_schedules->setUnavailable(m_status->text());
            Q_EMIT ready(e.toString());
        });
}

RepairDialog::~RepairDialog() = default;

void RepairDialog::showSchedules()
{
    m_tabs->setCurrentWidget(m_schedules);
}

QString RepairDialog::selectedRun() const
{
    const int row = m_runs->currentRow();
    return row >= 0 && m_runs->item(row, IdColumn) ? m_runs->item(row, IdColumn)->text() : QString();
}

void RepairDialog::updateButtons()
{
    Ops::Operation probe;
    probe.kind = Ops::OperationKind::Repair;
    probe.target = Ops::Target{m_options.context, m_options.nameSpace, m_options.cluster, {}, {}};
    const QString refusal = guard().refusal(probe);
    const bool can = m_reaper && !m_busy && refusal.isEmpty();
    m_start->setEnabled(can && !m_keyspace->text().trimmed().isEmpty());
    m_start->setToolTip(refusal);
    const int row = m_runs->currentRow();
    const QString state = row >= 0 && m_runs->item(row, StateColumn) ? m_runs->item(row, StateColumn)->data(Qt::UserRole).toString() : QString();
    const RepairRunState s = Services::parseRunState(state);
    m_pause->setEnabled(can && s == RepairRunState::Running);
    m_resume->setEnabled(can && s == RepairRunState::Paused);
    m_abort->setEnabled(can && (s == RepairRunState::Running || s == RepairRunState::Paused || s == RepairRunState::NotStarted));
    for (QPushButton *b : {m_pause, m_resume, m_abort}) {
        b->setToolTip(refusal);
    }
}

void RepairDialog::record(const QString &summary, const QString &result, const QString &message)
{
    Ops::HistoryEntry e;
    e.context = m_options.context;
    e.operation = Ops::operationKindKey(Ops::OperationKind::Repair);
    e.target = Ops::Target{m_options.context, m_options.nameSpace, m_options.cluster, {}, {}}.toString();
    e.summary = summary;
    e.result = result;
    e.message = message;
    m_options.history.append(e);
}

void RepairDialog::act(Action action)
{
    if (!m_reaper || m_busy) {
        return;
    }
    const QString id = selectedRun();
    QString summary;
    switch (action) {
    case Action::Start:
        summary = OpsGuiTr::tr("Repair keyspace %1 of cluster %2").arg(m_keyspace->text().trimmed(), m_options.cluster);
        break;
    case Action::Pause:
        summary = OpsGuiTr::tr("Pause repair run %1").arg(id);
        break;
    case Action::Resume:
        summary = OpsGuiTr::tr("Resume repair run %1").arg(id);
        break;
    case Action::Abort:
        summary = OpsGuiTr::tr("Abort repair run %1").arg(id);
        break;
    }
    Ops::Operation probe;
    probe.kind = Ops::OperationKind::Repair;
    probe.target = Ops::Target{m_options.context, m_options.nameSpace, m_options.cluster, {}, {}};
    const QString refusal = guard().refusal(probe);
    if (!refusal.isEmpty()) {
        record(summary, QStringLiteral("refused"), refusal);
        m_status->setText(refusal);
        Q_EMIT actionFinished(false, refusal);
        return;
    }
    m_busy = true;
    updateButtons();
    m_status->setText(OpsGuiTr::tr("Checking permissions for: %1…").arg(summary));
    QString why;
    KubeClient *client = m_clients ? m_clients(m_options.context, &why) : nullptr;
    const QByteArray method = action == Action::Start ? QByteArrayLiteral("POST") : QByteArrayLiteral("PUT");
    checkReaperWrite(client, m_reaper->endpoint(), method, guard(), probe, this, [this, action, id, summary](const QString &denied) {
        if (!denied.isEmpty()) {
            m_busy = false;
            record(summary, QStringLiteral("refused"), denied);
            m_status->setText(denied);
            updateButtons();
            Q_EMIT actionFinished(false, denied);
            return;
        }
        send(action, id, summary);
    });
}

void RepairDialog::send(Action action, const QString &id, const QString &summary)
{
    if (!m_reaper) {
        m_busy = false;
        updateButtons();
        return;
    }
    auto ok = [this, summary](const RepairRun &run) {
        m_busy = false;
        const QString message = OpsGuiTr::tr("%1: run %2 is %3").arg(summary, run.id, run.stateText);
        record(summary, QStringLiteral("sent"), message);
        m_status->setText(message);
        refresh();
        Q_EMIT actionFinished(true, message);
    };
    auto err = [this, summary](const ReaperError &e) {
        m_busy = false;
        record(summary, QStringLiteral("failed"), e.toString());
        m_status->setText(OpsGuiTr::tr("%1 failed: %2").arg(summary, e.toString()));
        updateButtons();
        Q_EMIT actionFinished(false, e.toString());
    };
    switch (action) {
    case Action::Start: {
        Services::RepairRunRequest request;
        request.cluster = m_reaperCluster;
        request.keyspace = m_keyspace->text().trimmed();
        for (const QString &t : m_tables->text().split(u',', Qt::SkipEmptyParts)) {
            request.tables << t.trimmed();
        }
        request.owner = Ops::OperationHistory::currentUser().isEmpty() ? QStringLiteral("ringside") : Ops::OperationHistory::currentUser();
        request.cause = QStringLiteral("ringside");
        request.intensity = m_intensity->value();
        request.parallelism = Services::RepairParallelism(m_parallelism->currentData().toInt());
        m_reaper->createRun(
            request, this, [this, ok, err](const RepairRun &created) { m_reaper->startRun(created.id, this, ok, err); }, err);
        break;
    }
    case Action::Pause:
        m_reaper->pauseRun(id, this, ok, err);
        break;
    case Action::Resume:
        m_reaper->resumeRun(id, this, ok, err);
        break;
    case Action::Abort:
        m_reaper->abortRun(id, this, ok, err);
        break;
    }
}

void RepairDialog::refresh()
{
    if (!m_reaper) {
        return;
    }
    Services::RepairRunFilter filter;
    filter.cluster = m_reaperCluster;
    m_reaper->runs(
        filter, this,
        [this](const QList<RepairRun> &runs) {
            showRuns(runs);
            Q_EMIT refreshed();
        },
        [this](const ReaperError &e) { m_status->setText(OpsGuiTr::tr("Cannot read the runs: %1").arg(e.toString())); });
}

void RepairDialog::showRuns(const QList<RepairRun> &runs)
{
    const QString selected = selectedRun();
    const QSignalBlocker blocker(m_runs);
    m_runs->setRowCount(int(runs.size()));
    int selectRow = -1;
    for (int row = 0; row < runs.size(); ++row) {
        const RepairRun &r = runs.at(row);
        auto set = [this, row](int column, const QString &text) {
            auto *item = m_runs->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_runs->setItem(row, column, item);
            }
            item->setText(text);
            return item;
        };
        set(IdColumn, r.id);
        set(KeyspaceColumn, r.keyspace);
        set(StateColumn, r.stateText)->setData(Qt::UserRole, r.stateText);
        set(ProgressColumn, QStringLiteral("%1/%2 (%3%)").arg(r.segmentsRepaired).arg(r.totalSegments).arg(int(r.progress() * 100)));
        set(StartedColumn, r.startTime.isValid() ? QLocale().toString(r.startTime.toLocalTime(), QLocale::ShortFormat) : QString());
        if (r.id == selected) {
            selectRow = row;
        }
    }
    if (selectRow < 0 && !runs.isEmpty() && selected.isEmpty()) {
        selectRow = 0; // the newest
    }
    if (selectRow >= 0) {
        m_runs->selectRow(selectRow);
    }
    updateButtons();
}

} // namespace Ringside::Operations
