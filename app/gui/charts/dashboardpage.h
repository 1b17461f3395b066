#pragma once

#include "models/charts/dashboardmodel.h"

#include <QWidget>

class QComboBox;
class QFrame;
class QGridLayout;
class QLabel;
class QPushButton;

namespace Ringside::Charts {

class ChartPanel;
class TimeRangeBar;

/*! A grid of metric panels sharing one time range and refresh control: the cluster view (CPU, memory, read and
    write throughput, read and write latency, disk used per node, pending compactions, dropped messages) or a
    node's drill-down (heap, GC time, thread pools, compactions and the node's share of the cluster panels, with a
    node picker). The metric flavour is detected once per connection; when no Cassandra metrics are found a banner
    above the grid says which metric names were looked for and where, with a Retry button. \since 0.1 */
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(DashboardModel::Kind kind, QWidget *parent = nullptr);
    ~DashboardPage() override;

    DashboardModel *model() const { return m_model; }
    const QList<ChartPanel *> &panels() const { return m_panels; }
    ChartPanel *panel(const QString &id) const;
    TimeRangeBar *timeBar() const { return m_timeBar; }

    /*! The Prometheus connection (not owned). */
    void setClient(Metrics::PromClient *client);
    void setSelector(const Metrics::Selector &selector);
    /*! The Grafana URL template of every panel (empty: no "Open in Grafana"). */
    void setGrafanaTemplate(const QString &templateUrl);

    bool isBannerShown() const;
    QString bannerText() const;
    QPushButton *bannerRetryButton() const { return m_bannerRetry; }
    QComboBox *nodeCombo() const { return m_node; }

private:
    void onDetectionChanged();
    void onNodeChosen(int index);

    DashboardModel *m_model;
    TimeRangeBar *m_timeBar;
    QComboBox *m_node = nullptr;
    QFrame *m_banner;
    QLabel *m_bannerText;
    QPushButton *m_bannerRetry;
    QGridLayout *m_grid;
    QList<ChartPanel *> m_panels;
};

} // namespace Ringside::Charts
