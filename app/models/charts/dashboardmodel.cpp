#include "models/charts/dashboardmodel.h"

#include "models/charts/chartslogging.h"
#include "models/modelstr.h"

#include <QThread>

namespace Ringside::Charts {

using namespace Metrics;

DashboardModel::DashboardModel(Kind kind, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
{
    for (const QString &id : panelIds(kind)) {
        const std::optional<Panel> p = Catalog::panel(id);
        Q_ASSERT(p);
        if (p) {
            auto *model = new PanelModel(*p, this);
            model->setTimeWindow(m_window);
            m_panels.append(model);
        }
    }
    idlePanels(ModelsTr::tr("No Prometheus is set for this context: set its URL in the settings"));
}

DashboardModel::~DashboardModel()
{
    m_detectionRequest.cancel();
}

QStringList DashboardModel::panelIds(Kind kind)
{
    if (kind == Kind::Node) {
        return {QStringLiteral("heap"),
                QStringLiteral("gc_time"),
                QStringLiteral("thread_pools"),
                QStringLiteral("compactions"),
                QStringLiteral("cpu"),
                QStringLiteral("memory"),
                QStringLiteral("disk_used"),
                QStringLiteral("pending_compactions"),
                QStringLiteral("dropped_messages")};
    }
    return {QStringLiteral("cpu"),
            QStringLiteral("memory"),
            QStringLiteral("read_throughput"),
            QStringLiteral("write_throughput"),
            QStringLiteral("read_latency"),
            QStringLiteral("write_latency"),
            QStringLiteral("disk_used"),
            QStringLiteral("pending_compactions"),
            QStringLiteral("dropped_messages")};
}

PanelModel *DashboardModel::panel(const QString &id) const
{
    for (PanelModel *p : m_panels) {
        if (p->panel().id == id) {
            return p;
        }
    }
    return nullptr;
}

void DashboardModel::setClient(PromClient *client)
{
    m_client = client;
    m_detectedCluster.clear();
    for (PanelModel *p : std::as_const(m_panels)) {
        p->setClient(client);
    }
    startDetection();
}

void DashboardModel::setSelector(const Selector &selector)
{
    const bool clusterChanged = selector.cluster != m_selector.cluster;
    m_selector = selector;
    if (clusterChanged || m_detectionState != DetectionState::Found) {
        m_detectedCluster.clear();
        startDetection();
    } else {
        applyToPanels();
    }
}

void DashboardModel::setTimeWindow(const TimeWindow &window)
{
    m_window = window;
    if (m_detectionState == DetectionState::Found) {
        for (PanelModel *p : std::as_const(m_panels)) {
            p->setTimeWindow(window);
        }
    }
}

void DashboardModel::setAutoRefresh(std::chrono::seconds interval)
{
    m_autoRefresh = interval;
    for (PanelModel *p : std::as_const(m_panels)) {
        p->setAutoRefresh(interval);
    }
}

void DashboardModel::setDetectionLookback(std::chrono::seconds lookback)
{
    m_lookback = lookback;
}

void DashboardModel::refresh()
{
    if (m_detectionState == DetectionState::Found) {
        for (PanelModel *p : std::as_const(m_panels)) {
            p->refresh();
        }
    } else {
        startDetection();
    }
}

void DashboardModel::redetect()
{
    m_detectedCluster.clear();
    startDetection();
}

void DashboardModel::startDetection()
{
    m_detectionRequest.cancel();
    const quint64 generation = ++m_detectionGeneration;
    m_detectionError.reset();
    if (!m_client) {
        const QString text = ModelsTr::tr("No Prometheus is set for this context: set its URL in the settings");
        idlePanels(text);
        setDetectionState(DetectionState::NotStarted, text);
        return;
    }
    if (m_selector.cluster.trimmed().isEmpty()) {
        const QString text = ModelsTr::tr("Choose a cluster to see its metrics");
        idlePanels(text);
        setDetectionState(DetectionState::NotStarted, QString());
        return;
    }
    idlePanels(ModelsTr::tr("Looking for the metrics of cluster \u201c%1\u201d\u2026").arg(m_selector.cluster));
    setDetectionState(DetectionState::Detecting, QString());
    // At least the window, so that a custom range in the past finds the series it will show.
    const auto range = m_window.resolve(QDateTime::currentDateTimeUtc());
    const qint64 sinceStart = range.first.secsTo(QDateTime::currentDateTimeUtc());
    const std::chrono::seconds lookback(std::max<qint64>(m_lookback.count(), sinceStart));
    const QString cluster = m_selector.cluster;
    m_detectionRequest = detectFlavour(
        *m_client, cluster, lookback, this, [this, generation](const Detection &d) { onDetected(generation, d); },
        [this, generation](const PromError &e) { onDetectionFailed(generation, e); });
}

void DashboardModel::onDetected(quint64 generation, const Detection &detection)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (generation != m_detectionGeneration) {
        return;
    }
    m_detection = detection;
    m_detectedCluster = m_selector.cluster;
    if (!detection.found) {
        const QString where = m_client ? m_client->config().displayUrl().toDisplayString() : QString();
        const QString text = ModelsTr::tr("No Cassandra metrics for cluster \u201c%1\u201d at %2: %3")
                                 .arg(m_selector.cluster, where, detection.message)
                             + u'\n'
                             + ModelsTr::tr("Looked for the series %1 with cluster=\u201c%2\u201d.")
                                   .arg(detectionMatcher(), m_selector.cluster);
        idlePanels(ModelsTr::tr("No Cassandra metrics found: see the message above"));
        setDetectionState(DetectionState::NotFound, text);
        return;
    }
    qCDebug(lcCharts) << "detected" << detection.message;
    setDetectionState(DetectionState::Found, detection.bothFlavours ? detection.message : QString());
    applyToPanels();
}

void DashboardModel::onDetectionFailed(quint64 generation, const PromError &error)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (generation != m_detectionGeneration) {
        return;
    }
    m_detectionError = error;
    const QString text
        = ModelsTr::tr("Could not find out which Cassandra metrics cluster \u201c%1\u201d has.").arg(m_selector.cluster)
          + u'\n' + error.toString();
    idlePanels(ModelsTr::tr("Waiting for Prometheus: see the message above"));
    setDetectionState(DetectionState::Failed, text);
}

void DashboardModel::setDetectionState(DetectionState state, const QString &banner)
{
    const bool changed = state != m_detectionState || banner != m_banner;
    m_detectionState = state;
    m_banner = banner;
    if (changed) {
        Q_EMIT detectionChanged(state);
    }
}

void DashboardModel::idlePanels(const QString &message)
{
    for (PanelModel *p : std::as_const(m_panels)) {
        p->setIdle(message);
    }
}

void DashboardModel::applyToPanels()
{
    if (m_kind == Kind::Node && m_selector.node.isEmpty()) {
        idlePanels(ModelsTr::tr("Choose a node of cluster \u201c%1\u201d").arg(m_selector.cluster));
        return;
    }
    for (PanelModel *p : std::as_const(m_panels)) {
        p->setClient(m_client);
        p->setFlavour(m_detection.flavour);
        p->setSelector(m_selector);
        p->setTimeWindow(m_window);
        p->setAutoRefresh(m_autoRefresh);
        p->refresh();
    }
}

} // namespace Ringside::Charts
