#include "repairstab.h"

#include "tablepanel.h"

#include "gui/mainwindow.h"
#include "gui/ops/opscontroller.h"
#include "gui/ops/repairschedulespanel.h"

#include "models/cluster/clustertr.h"
#include "models/cluster/rowtablemodel.h"

#include "cassandra/services/reaperclient.h"
#include "kube/kubeclient.h"

#include <QPushButton>
#include <QSplitter>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace Ringside::Cluster {

using namespace Cassandra::Services;

RepairsTab::RepairsTab(KubeClient *client, const QString &context, const QString &nameSpace, const QString &cluster, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_context(context)
    , m_ns(nameSpace)
    , m_cluster(cluster)
    , m_runs(new RowTableModel(headers(), this))
    , m_schedules(nullptr)
{
    auto *layout = new QVBoxLayout(this);
    Operations::RepairSchedulesPanel::Options so;
    so.context = context;
    so.nameSpace = nameSpace;
    so.cluster = cluster;
    // The window's guard at the time of each write (its read-only contexts can change in Settings).
    so.guard = [this] {
        for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
            if (auto *main = qobject_cast<MainWindow *>(w)) {
                if (Operations::OpsController *ops = Operations::OpsController::of(main)) {
                    return ops->writeGuard();
                }
            }
        }
        return Cassandra::Ops::WriteGuard(Cassandra::Ops::readOnlyContexts(qEnvironmentVariable("RINGSIDE_READ_ONLY_CONTEXTS")));
    };
    m_runs->setPlaceholder(ClusterTr::tr("Repair runs are read from Reaper when this tab is shown."));
    m_panel = new TablePanel(ClusterTr::tr("Repair runs (Reaper, newest first)"), m_runs, this);
    auto *refreshButton = new QPushButton(QIcon::fromTheme(QStringLiteral("view-refresh")), ClusterTr::tr("Refresh"), m_panel);
    connect(refreshButton, &QPushButton::clicked, this, &RepairsTab::refresh);
    refreshButton->setObjectName(QStringLiteral("refreshRepairs"));
    m_panel->addHeaderWidget(refreshButton);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_panel);
    m_schedules = new Operations::RepairSchedulesPanel(so, split);
    split->addWidget(m_schedules);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split);
}

RepairsTab::~RepairsTab() = default;

QStringList RepairsTab::headers()
{
    return {ClusterTr::tr("Run"), ClusterTr::tr("Keyspace"), ClusterTr::tr("State"), ClusterTr::tr("Segments"), ClusterTr::tr("Progress"),
            ClusterTr::tr("Started"), ClusterTr::tr("Ended"), ClusterTr::tr("Parallelism"), ClusterTr::tr("Owner"), ClusterTr::tr("Last event")};
}

QList<TableRow> RepairsTab::rows(const QList<RepairRun> &runs)
{
    QList<RepairRun> sorted = runs;
    std::sort(sorted.begin(), sorted.end(), [](const RepairRun &a, const RepairRun &b) {
        return a.creationTime != b.creationTime ? a.creationTime > b.creationTime : a.id < b.id;
    });
    const auto time = [](const QDateTime &t) {
        return t.isValid() ? t.toTimeZone(QTimeZone::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
    };
    QList<TableRow> out;
    for (const RepairRun &r : sorted) {
        TableRow row;
        row.key = r.id;
        row.cells = {r.id.left(8), r.keyspace, r.stateText.isEmpty() ? runStateName(r.state) : r.stateText,
                     QStringLiteral("%1/%2").arg(r.segmentsRepaired).arg(r.totalSegments), QStringLiteral("%1%").arg(qRound(r.progress() * 100)),
                     time(r.startTime), time(r.endTime), parallelismName(r.parallelism), r.owner, r.lastEvent};
        row.toolTips.resize(row.cells.size());
        row.sortValues.resize(row.cells.size());
        row.toolTips[0] = r.id;
        row.toolTips[1] = r.tables.isEmpty() ? ClusterTr::tr("Every table") : r.tables.join(QLatin1String(", "));
        row.toolTips[9] = r.lastEvent;
        row.sortValues[4] = r.progress();
        row.sortValues[5] = r.startTime.isValid() ? r.startTime.toMSecsSinceEpoch() : qint64(0);
        row.toneColumn = 2;
        switch (r.state) {
        case RepairRunState::Done:
            row.tone = Tone::Good;
            break;
        case RepairRunState::Running:
            row.tone = Tone::Busy;
            break;
        case RepairRunState::Paused:
        case RepairRunState::NotStarted:
            row.tone = Tone::Warning;
            break;
        case RepairRunState::Error:
        case RepairRunState::Aborted:
            row.tone = Tone::Bad;
            break;
        default:
            row.tone = Tone::Neutral;
        }
        out.append(row);
    }
    return out;
}

void RepairsTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded) {
        refresh();
    }
}

void RepairsTab::fail(const QString &message)
{
    m_running = false;
    m_schedules->setUnavailable(message);
    m_panel->setMessage(message, true);
    Q_EMIT refreshed(message);
}

void RepairsTab::refresh()
{
    if (m_running) {
        return;
    }
    if (!m_client) {
        fail(ClusterTr::tr("%1 is not connected.").arg(m_context));
        return;
    }
    m_running = true;
    m_loaded = true;
    m_panel->setMessage(ClusterTr::tr("Looking for the Reaper of %1…").arg(m_cluster));
    ReaperClient::findReaper(
        m_client, m_ns, m_cluster, this,
        [this](const ReaperEndpoint &endpoint) {
            if (!m_reaper || m_reaper->endpoint().service != endpoint.service) {
                delete m_reaper;
                m_reaper = new ReaperClient(m_client, endpoint, this);
            }
            m_schedules->setReaper(m_reaper, m_client);
            RepairRunFilter filter;
            filter.cluster = endpoint.reaperCluster;
            m_reaper->runs(
                filter, this,
                [this, endpoint](const QList<RepairRun> &runs) {
                    m_running = false;
                    m_runs->setPlaceholder(ClusterTr::tr("Reaper has no repair runs for %1.").arg(endpoint.reaperCluster));
                    m_runs->setRows(rows(runs));
                    m_panel->setMessage(ClusterTr::tr("From Reaper %1 (service %2%3).")
                                            .arg(endpoint.reaper, endpoint.service,
                                                 m_reaper->usesPortForward() ? ClusterTr::tr(", through a port-forward") : QString()));
                    Q_EMIT refreshed(QString());
                },
                [this](const ReaperError &error) { fail(ClusterTr::tr("Reaper did not answer: %1").arg(error.toString())); });
        },
        [this](const KubeError &error) { fail(ClusterTr::tr("No Reaper for this cluster: %1").arg(error.toString())); });
}

} // namespace Ringside::Cluster
