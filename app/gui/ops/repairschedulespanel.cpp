#include "gui/ops/repairschedulespanel.h"

#include "gui/ops/opstr.h"

#include "kube/kubeclient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Ringside::Operations {

using namespace Cassandra;
using Services::ReaperError;
using Services::RepairSchedule;

RepairSchedulesPanel::RepairSchedulesPanel(const Options &options, QWidget *parent)
    : QWidget(parent)
    , m_options(options)
    , m_model(new RepairSchedulesModel(this))
    , m_view(new QTableView(this))
    , m_keyspace(new QLineEdit(this))
    , m_tables(new QLineEdit(this))
    , m_cadence(new QLineEdit(this))
    , m_preview(new QLabel(this))
    , m_intensity(new QDoubleSpinBox(this))
    , m_parallelism(new QComboBox(this))
    , m_incremental(new QCheckBox(OpsGuiTr::tr("&Incremental repair"), this))
    , m_segments(new QSpinBox(this))
    , m_create(new QPushButton(OpsGuiTr::tr("&Create Schedule"), this))
    , m_pause(new QPushButton(OpsGuiTr::tr("Pa&use"), this))
    , m_resume(new QPushButton(OpsGuiTr::tr("Resu&me"), this))
    , m_delete(new QPushButton(QIcon::fromTheme(QStringLiteral("edit-delete")), OpsGuiTr::tr("&Delete…"), this))
    , m_refresh(new QPushButton(QIcon::fromTheme(QStringLiteral("view-refresh")), OpsGuiTr::tr("Re&fresh"), this))
    , m_confirmBar(new QWidget(this))
    , m_confirmLabel(new QLabel(m_confirmBar))
    , m_confirmEdit(new QLineEdit(m_confirmBar))
    , m_confirmDelete(new QPushButton(OpsGuiTr::tr("Delete Schedule"), m_confirmBar))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("repairSchedules"));
    m_keyspace->setObjectName(QStringLiteral("scheduleKeyspace"));
    m_cadence->setObjectName(QStringLiteral("cadence"));
    m_tables->setPlaceholderText(OpsGuiTr::tr("comma-separated; empty: every table"));
    m_cadence->setText(QStringLiteral("every 7 days at 02:00"));
    m_cadence->setToolTip(OpsGuiTr::tr("An interval such as “every 7 days at 02:00”, “daily” or “3d”, or a cron "
                                       "expression (UTC) such as “0 2 * * 0” or “30 1 */3 * *”."));
    m_preview->setObjectName(QStringLiteral("cadencePreview"));
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setWordWrap(true);
    m_intensity->setRange(0.05, 1.0);
    m_intensity->setSingleStep(0.05);
    m_intensity->setValue(0.9);
    for (auto p : {Services::RepairParallelism::DatacenterAware, Services::RepairParallelism::Parallel, Services::RepairParallelism::Sequential}) {
        m_parallelism->addItem(Services::parallelismName(p), int(p));
    }
    m_segments->setRange(0, 4096);
    m_segments->setSpecialValueText(OpsGuiTr::tr("Reaper's default"));
    m_status->setObjectName(QStringLiteral("scheduleStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    m_view->setObjectName(QStringLiteral("schedules"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);

    auto *listBox = new QGroupBox(OpsGuiTr::tr("Schedules"), this);
    auto *listLayout = new QVBoxLayout(listBox);
    listLayout->addWidget(m_view, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_pause);
    buttons->addWidget(m_resume);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    buttons->addWidget(m_refresh);
    listLayout->addLayout(buttons);
    auto *confirm = new QHBoxLayout(m_confirmBar);
    confirm->setContentsMargins(0, 0, 0, 0);
    m_confirmLabel->setWordWrap(true);
    m_confirmLabel->setTextFormat(Qt::PlainText);
    m_confirmEdit->setObjectName(QStringLiteral("confirmScheduleDelete"));
    m_confirmEdit->setPlaceholderText(options.cluster);
    auto *cancel = new QPushButton(OpsGuiTr::tr("Cancel"), m_confirmBar);
    confirm->addWidget(m_confirmLabel, 1);
    confirm->addWidget(m_confirmEdit);
    confirm->addWidget(m_confirmDelete);
    confirm->addWidget(cancel);
    m_confirmBar->hide();
    listLayout->addWidget(m_confirmBar);

    // Two columns, so that the list keeps most of the height in the cluster page's Repairs tab.
    auto *createBox = new QGroupBox(OpsGuiTr::tr("New schedule"), this);
    auto *columns = new QHBoxLayout(createBox);
    auto *what = new QFormLayout;
    what->addRow(OpsGuiTr::tr("&Keyspace:"), m_keyspace);
    what->addRow(OpsGuiTr::tr("&Tables:"), m_tables);
    what->addRow(OpsGuiTr::tr("&When:"), m_cadence);
    what->addRow(QString(), m_preview);
    auto *how = new QFormLayout;
    how->addRow(OpsGuiTr::tr("I&ntensity:"), m_intensity);
    how->addRow(OpsGuiTr::tr("&Parallelism:"), m_parallelism);
    how->addRow(OpsGuiTr::tr("&Segments per node:"), m_segments);
    how->addRow(m_incremental, m_create);
    columns->addLayout(what, 3);
    columns->addLayout(how, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(listBox, 1);
    layout->addWidget(createBox);
    layout->addWidget(m_status);

    connect(m_create, &QPushButton::clicked, this, [this] { act(Action::Create); });
    connect(m_pause, &QPushButton::clicked, this, [this] { act(Action::Pause); });
    connect(m_resume, &QPushButton::clicked, this, [this] { act(Action::Resume); });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const QString id = selectedId();
        if (id.isEmpty()) {
            return;
        }
        const int row = m_model->rowOf(id);
        m_pendingDelete = id;
        m_confirmLabel->setText(OpsGuiTr::tr("Delete the repair schedule of keyspace %1? Type the cluster name %2 to confirm.")
                                    .arg(m_model->index(row, RepairSchedulesModel::KeyspaceColumn).data().toString(), m_options.cluster));
        m_confirmEdit->clear();
        m_confirmBar->show();
        m_confirmEdit->setFocus();
        updateButtons();
    });
    connect(m_confirmDelete, &QPushButton::clicked, this, [this] { act(Action::Delete); });
    connect(m_confirmEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_confirmDelete->isEnabled()) {
            act(Action::Delete);
        }
    });
    connect(cancel, &QPushButton::clicked, this, [this] {
        m_pendingDelete.clear();
        m_confirmBar->hide();
        updateButtons();
    });
    connect(m_refresh, &QPushButton::clicked, this, &RepairSchedulesPanel::refresh);
    connect(m_confirmEdit, &QLineEdit::textChanged, this, &RepairSchedulesPanel::updateButtons);
    connect(m_keyspace, &QLineEdit::textChanged, this, &RepairSchedulesPanel::updateButtons);
    connect(m_cadence, &QLineEdit::textChanged, this, &RepairSchedulesPanel::updatePreview);
    connect(m_incremental, &QCheckBox::toggled, this, [this](bool on) {
        // Reaper runs incremental repairs only in parallel.
        if (on) {
            m_parallelism->setCurrentIndex(m_parallelism->findData(int(Services::RepairParallelism::Parallel)));
        }
        m_parallelism->setEnabled(!on);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RepairSchedulesPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RepairSchedulesPanel::updateButtons);
    updatePreview();
    setUnavailable(OpsGuiTr::tr("Looking for the Reaper of %1…").arg(options.cluster));
}

RepairSchedulesPanel::~RepairSchedulesPanel() = default;

void RepairSchedulesPanel::setReaper(Services::ReaperClient *reaper, KubeClient *client)
{
    m_reaper = reaper;
    m_client = client;
    m_status->setText(OpsGuiTr::tr("Schedules of Reaper %1 (cluster %2 in Reaper).").arg(reaper->endpoint().reaper, reaper->endpoint().reaperCluster));
    updateButtons();
    refresh();
}

void RepairSchedulesPanel::setUnavailable(const QString &why)
{
    m_reaper = nullptr;
    m_status->setText(why);
    updateButtons();
}

Ops::Operation RepairSchedulesPanel::probe(const QString &summary) const
{
    Ops::Operation op;
    op.kind = Ops::OperationKind::Repair;
    op.target = Ops::Target{m_options.context, m_options.nameSpace, m_options.cluster, {}, {}};
    op.summary = summary;
    return op;
}

QString RepairSchedulesPanel::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel() ? m_view->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? QString() : rows.constFirst().data(RepairSchedulesModel::IdRole).toString();
}

bool RepairSchedulesPanel::selectSchedule(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        return false;
    }
    m_view->selectRow(row);
    return selectedId() == id;
}

void RepairSchedulesPanel::updatePreview()
{
    QString error;
    const std::optional<RepairCadence> c = parseRepairCadence(m_cadence->text(), QDateTime::currentDateTimeUtc(), &error);
    m_preview->setText(c ? c->describe() : error);
    QPalette pal = m_preview->palette();
    pal.setColor(QPalette::WindowText, c ? palette().color(QPalette::WindowText) : QColor(0xc0, 0x39, 0x2b));
    m_preview->setPalette(pal);
    updateButtons();
}

void RepairSchedulesPanel::updateButtons()
{
    const QString refusal = m_options.guard ? m_options.guard().refusal(probe(QString())) : QString();
    const bool can = m_reaper && !m_busy && refusal.isEmpty();
    QString cadenceError;
    const bool cadenceOk = parseRepairCadence(m_cadence->text(), QDateTime::currentDateTimeUtc(), &cadenceError).has_value();
    m_create->setEnabled(can && cadenceOk && !m_keyspace->text().trimmed().isEmpty());
    const QString id = selectedId();
    const int row = m_model->rowOf(id);
    const bool active = row >= 0 && m_model->index(row, 0).data(RepairSchedulesModel::ActiveRole).toBool();
    m_pause->setEnabled(can && row >= 0 && active);
    m_resume->setEnabled(can && row >= 0 && !active);
    m_delete->setEnabled(can && row >= 0);
    m_confirmDelete->setEnabled(can && !m_pendingDelete.isEmpty() && m_confirmEdit->text() == m_options.cluster);
    m_confirmDelete->setToolTip(m_confirmEdit->text() == m_options.cluster ? refusal
                                                                            : OpsGuiTr::tr("Type %1 to confirm.").arg(m_options.cluster));
    for (QPushButton *b : {m_create, m_pause, m_resume, m_delete}) {
        b->setToolTip(refusal);
    }
    m_refresh->setEnabled(m_reaper != nullptr);
}

void RepairSchedulesPanel::refresh()
{
    if (!m_reaper) {
        return;
    }
    m_reaper->schedules(
        m_reaper->endpoint().reaperCluster, this,
        [this](const QList<RepairSchedule> &schedules) {
            const QString selected = selectedId();
            m_model->setSchedules(schedules);
            if (!selected.isEmpty()) {
                selectSchedule(selected);
            }
            updateButtons();
            Q_EMIT refreshed(QString());
        },
        [this](const ReaperError &e) {
            const QString message = OpsGuiTr::tr("Cannot read the repair schedules: %1").arg(e.toString());
            m_status->setText(message);
            Q_EMIT refreshed(message);
        });
}

void RepairSchedulesPanel::finish(bool ok, const QString &summary, const QString &result, const QString &message)
{
    m_busy = false;
    Ops::HistoryEntry e;
    e.context = m_options.context;
    e.operation = Ops::operationKindKey(Ops::OperationKind::Repair);
    e.target = probe(summary).target.toString();
    e.summary = summary;
    e.result = result;
    e.message = message;
    m_options.history.append(e);
    m_status->setText(ok ? message : OpsGuiTr::tr("%1: %2").arg(summary, message));
    updateButtons();
    if (ok) {
        refresh();
    }
    Q_EMIT actionFinished(ok, message);
}

void RepairSchedulesPanel::act(Action action)
{
    if (!m_reaper || m_busy) {
        return;
    }
    const QString id = action == Action::Delete ? m_pendingDelete : selectedId();
    const int row = m_model->rowOf(id);
    const QString keyspace = row >= 0 ? m_model->index(row, RepairSchedulesModel::KeyspaceColumn).data().toString() : QString();
    const QString owner = row >= 0 ? m_model->index(row, 0).data(RepairSchedulesModel::OwnerRole).toString() : QString();
    QString summary;
    switch (action) {
    case Action::Create:
        summary = OpsGuiTr::tr("Schedule repairs of keyspace %1 of cluster %2").arg(m_keyspace->text().trimmed(), m_options.cluster);
        break;
    case Action::Pause:
        summary = OpsGuiTr::tr("Pause the repair schedule of keyspace %1 of cluster %2").arg(keyspace, m_options.cluster);
        break;
    case Action::Resume:
        summary = OpsGuiTr::tr("Resume the repair schedule of keyspace %1 of cluster %2").arg(keyspace, m_options.cluster);
        break;
    case Action::Delete:
        summary = OpsGuiTr::tr("Delete the repair schedule of keyspace %1 of cluster %2").arg(keyspace, m_options.cluster);
        if (m_confirmEdit->text() != m_options.cluster) {
            m_status->setText(OpsGuiTr::tr("Type the cluster name %1 to confirm the deletion.").arg(m_options.cluster));
            return;
        }
        m_confirmBar->hide();
        m_pendingDelete.clear();
        break;
    }
    if (action != Action::Create && row < 0) {
        m_status->setText(OpsGuiTr::tr("Select a schedule first."));
        return;
    }
    m_busy = true;
    updateButtons();
    m_status->setText(OpsGuiTr::tr("Checking permissions for: %1…").arg(summary));
    const QByteArray method = action == Action::Create ? QByteArrayLiteral("POST") : action == Action::Delete ? QByteArrayLiteral("DELETE")
                                                                                                               : QByteArrayLiteral("PUT");
    checkReaperWrite(m_client, m_reaper->endpoint(), method, m_options.guard ? m_options.guard() : Ops::WriteGuard(), probe(summary), this,
                     [this, action, summary, id, owner](const QString &refusal) {
                         if (!refusal.isEmpty()) {
                             finish(false, summary, QStringLiteral("refused"), refusal);
                             return;
                         }
                         send(action, summary, id, owner);
                     });
}

void RepairSchedulesPanel::send(Action action, const QString &summary, const QString &id, const QString &owner)
{
    if (!m_reaper) {
        finish(false, summary, QStringLiteral("failed"), OpsGuiTr::tr("the connection to Reaper was closed"));
        return;
    }
    const auto failed = [this, summary](const ReaperError &e) { finish(false, summary, QStringLiteral("failed"), e.toString()); };
    const auto done = [this, summary](const RepairSchedule &s) {
        finish(true, summary, QStringLiteral("succeeded"),
               OpsGuiTr::tr("Repair schedule of keyspace %1 is %2; next run %3 UTC")
                   .arg(s.keyspace, s.state, s.nextActivation.toTimeZone(QTimeZone::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    };
    switch (action) {
    case Action::Create: {
        QString error;
        const std::optional<RepairCadence> cadence = parseRepairCadence(m_cadence->text(), QDateTime::currentDateTimeUtc(), &error);
        if (!cadence) {
            finish(false, summary, QStringLiteral("failed"), error);
            return;
        }
        Services::RepairScheduleRequest request;
        request.run.cluster = m_reaper->endpoint().reaperCluster.isEmpty() ? m_options.cluster : m_reaper->endpoint().reaperCluster;
        request.run.keyspace = m_keyspace->text().trimmed();
        for (const QString &t : m_tables->text().split(u',', Qt::SkipEmptyParts)) {
            if (!t.trimmed().isEmpty()) {
                request.run.tables << t.trimmed();
            }
        }
        const QString user = Ops::OperationHistory::currentUser();
        request.run.owner = user.isEmpty() ? QStringLiteral("ringside") : user;
        request.run.cause = QStringLiteral("ringside");
        request.run.intensity = m_intensity->value();
        request.run.parallelism = Services::RepairParallelism(m_parallelism->currentData().toInt());
        request.run.incremental = m_incremental->isChecked();
        if (m_segments->value() > 0) {
            request.run.segmentCountPerNode = m_segments->value();
        }
        request.daysBetween = cadence->daysBetween;
        request.triggerTime = cadence->firstRun;
        const QString invalid = request.validate();
        if (!invalid.isEmpty()) {
            finish(false, summary, QStringLiteral("failed"), invalid);
            return;
        }
        m_reaper->createSchedule(request, this, done, failed);
        break;
    }
    case Action::Pause:
    case Action::Resume:
        m_reaper->setScheduleActive(id, action == Action::Resume, this, done, failed);
        break;
    case Action::Delete:
        // Reaper deletes only a paused schedule, and only for its owner.
        m_reaper->setScheduleActive(
            id, false, this,
            [this, id, owner, summary, failed](const RepairSchedule &paused) {
                if (!m_reaper) {
                    finish(false, summary, QStringLiteral("failed"), OpsGuiTr::tr("the connection to Reaper was closed"));
                    return;
                }
                m_reaper->deleteSchedule(
                    id, paused.owner.isEmpty() ? owner : paused.owner, this,
                    [this, summary, id] { finish(true, summary, QStringLiteral("succeeded"), OpsGuiTr::tr("Repair schedule %1 deleted.").arg(id)); },
                    failed);
            },
            failed);
        break;
    }
}

} // namespace Ringside::Operations
