#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;

namespace Ringside {
class KubeClient;
namespace Cassandra::Services {
class ReaperClient;
struct RepairRun;
} // namespace Cassandra::Services
} // namespace Ringside

namespace Ringside::Operations {
class RepairSchedulesPanel;
} // namespace Ringside::Operations

namespace Ringside::Cluster {

class RowTableModel;
class TablePanel;
struct TableRow;

/*! The Repairs tab: the cluster's repair runs as Reaper reports them (found through its Reaper object and Service,
    reached through the API server's service proxy or a port-forward), newest first, with progress per run, and its
    repair schedules (create, pause, resume, delete; writes guarded like every operation). Read when the tab is shown
    and on Refresh. \since 0.1 */
class RepairsTab : public QWidget
{
    Q_OBJECT
public:
    RepairsTab(KubeClient *client, const QString &context, const QString &nameSpace, const QString &cluster, QWidget *parent = nullptr);
    ~RepairsTab() override;

    RowTableModel *runsModel() const { return m_runs; }
    TablePanel *panel() const { return m_panel; }
    Operations::RepairSchedulesPanel *schedulesPanel() const { return m_schedules; }
    /*! Looks for the cluster's Reaper and reads its runs. */
    void refresh();

    static QStringList headers();
    static QList<TableRow> rows(const QList<Cassandra::Services::RepairRun> &runs);

Q_SIGNALS:
    /*! The runs were read, or could not be (\a error). */
    void refreshed(const QString &error);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fail(const QString &message);

    QPointer<KubeClient> m_client;
    QString m_context;
    QString m_ns;
    QString m_cluster;
    Cassandra::Services::ReaperClient *m_reaper = nullptr;
    RowTableModel *m_runs;
    TablePanel *m_panel;
    Operations::RepairSchedulesPanel *m_schedules;
    bool m_loaded = false;
    bool m_running = false;
};

} // namespace Ringside::Cluster
