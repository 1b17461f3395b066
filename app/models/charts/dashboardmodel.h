#pragma once

#include "metrics/promcatalog.h"
#include "metrics/promclient.h"
#include "models/charts/panelmodel.h"
#include "models/charts/timewindow.h"

#include <QObject>
#include <QPointer>

#include <chrono>
#include <optional>

namespace Ringside::Charts {

/*! The panels of one dashboard and what they share: the Prometheus connection, the scope (cluster, datacenter,
    node), the time window and the auto-refresh interval. Which metric flavour the cluster has (management-api or
    MCAC) is detected once per connection and cluster, before any panel asks for data; when no Cassandra metrics
    are found, bannerText() says which metric names were looked for, where and for which cluster. \since 0.1 */
class DashboardModel : public QObject
{
    Q_OBJECT
public:
    enum class Kind {
        Cluster, //!< CPU, memory, throughput, latency, disk, pending compactions, dropped messages
        Node,    //!< the drill-down of one node: also heap, GC time, thread pools and compactions
    };
    Q_ENUM(Kind)

    enum class DetectionState {
        NotStarted, //!< no client or no cluster yet
        Detecting,
        Found,
        NotFound, //!< Prometheus answered, without metrics of the cluster: see bannerText()
        Failed,   //!< the lookup failed: see bannerText() and detectionError()
    };
    Q_ENUM(DetectionState)

    explicit DashboardModel(Kind kind, QObject *parent = nullptr);
    ~DashboardModel() override;

    /*! The catalog panel ids of \a kind, in grid order. */
    static QStringList panelIds(Kind kind);

    Kind kind() const { return m_kind; }
    const QList<PanelModel *> &panels() const { return m_panels; }
    PanelModel *panel(const QString &id) const;

    /*! A new connection (not owned; may be null): the flavour is detected again. */
    void setClient(Metrics::PromClient *client);
    Metrics::PromClient *client() const { return m_client; }
    /*! The scope. A different cluster is detected again; a different datacenter or node only reloads the panels. */
    void setSelector(const Metrics::Selector &selector);
    const Metrics::Selector &selector() const { return m_selector; }
    void setTimeWindow(const TimeWindow &window);
    const TimeWindow &timeWindow() const { return m_window; }
    void setAutoRefresh(std::chrono::seconds interval);
    std::chrono::seconds autoRefresh() const { return m_autoRefresh; }
    /*! How far back detection looks for series (at least the time window). */
    void setDetectionLookback(std::chrono::seconds lookback);

    /*! Reloads every panel; runs detection again when it has not succeeded. */
    void refresh();
    /*! Forgets the detection and runs it again. */
    void redetect();

    DetectionState detectionState() const { return m_detectionState; }
    const Metrics::Detection &detection() const { return m_detection; }
    std::optional<Metrics::PromError> detectionError() const { return m_detectionError; }
    /*! Translated text for a banner above the panels: empty when metrics were found (and nothing to warn about). */
    QString bannerText() const { return m_banner; }

Q_SIGNALS:
    void detectionChanged(Ringside::Charts::DashboardModel::DetectionState state);

private:
    void startDetection();
    void onDetected(quint64 generation, const Metrics::Detection &detection);
    void onDetectionFailed(quint64 generation, const Metrics::PromError &error);
    void setDetectionState(DetectionState state, const QString &banner);
    void idlePanels(const QString &message);
    void applyToPanels();

    Kind m_kind;
    QList<PanelModel *> m_panels;
    QPointer<Metrics::PromClient> m_client;
    Metrics::Selector m_selector;
    TimeWindow m_window = TimeWindow::last(WindowPreset::Last1h);
    std::chrono::seconds m_autoRefresh{0};
    std::chrono::seconds m_lookback{6 * 3600};

    DetectionState m_detectionState = DetectionState::NotStarted;
    Metrics::Detection m_detection;
    std::optional<Metrics::PromError> m_detectionError;
    QString m_banner;
    QString m_detectedCluster; //!< the cluster m_detection is for
    quint64 m_detectionGeneration = 0;
    Metrics::RequestHandle m_detectionRequest;
};

} // namespace Ringside::Charts
