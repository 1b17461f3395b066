#include "gui/charts/dashboardpage.h"

#include "gui/charts/chartpanel.h"
#include "gui/charts/chartstr.h"
#include "gui/charts/timerangebar.h"

#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Ringside::Charts {

namespace {
constexpr int Columns = 3;
}

DashboardPage::DashboardPage(DashboardModel::Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_model(new DashboardModel(kind, this))
    , m_timeBar(new TimeRangeBar(this))
    , m_banner(new QFrame(this))
    , m_bannerText(new QLabel(m_banner))
    , m_bannerRetry(new QPushButton(QIcon::fromTheme(QStringLiteral("view-refresh")), Tr::tr("&Retry"), m_banner))
    , m_grid(new QGridLayout)
{
    setObjectName(kind == DashboardModel::Kind::Node ? QStringLiteral("nodeDashboard")
                                                     : QStringLiteral("clusterDashboard"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    auto *top = new QHBoxLayout;
    if (kind == DashboardModel::Kind::Node) {
        auto *nodeLabel = new QLabel(Tr::tr("&Node:"), this);
        m_node = new QComboBox(this);
        m_node->setMinimumContentsLength(18);
        m_node->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_node->setToolTip(Tr::tr("The node (pod) whose metrics are shown"));
        nodeLabel->setBuddy(m_node);
        top->addWidget(nodeLabel);
        top->addWidget(m_node);
        top->addSpacing(12);
        connect(m_node, &QComboBox::activated, this, &DashboardPage::onNodeChosen);
    }
    top->addWidget(m_timeBar, 1);
    layout->addLayout(top);

    m_banner->setObjectName(QStringLiteral("metricsBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setStyleSheet(QStringLiteral("QFrame#metricsBanner { border: 1px solid #c9a227; border-radius: 4px; "
                                           "background: rgba(201, 162, 39, 40); }"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::PlainText);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_bannerRetry, 0, Qt::AlignTop);
    m_banner->hide();
    layout->addWidget(m_banner);

    auto *gridHost = new QWidget;
    gridHost->setLayout(m_grid);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(6);
    int i = 0;
    for (PanelModel *p : m_model->panels()) {
        auto *panel = new ChartPanel(p, gridHost);
        panel->setMinimumSize(320, 280);
        m_grid->addWidget(panel, i / Columns, i % Columns);
        m_panels.append(panel);
        ++i;
    }
    for (int c = 0; c < Columns; ++c) {
        m_grid->setColumnStretch(c, 1);
    }
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(gridHost);
    layout->addWidget(scroll, 1);

    connect(m_model, &DashboardModel::detectionChanged, this, &DashboardPage::onDetectionChanged);
    connect(m_bannerRetry, &QPushButton::clicked, m_model, &DashboardModel::redetect);
    connect(m_timeBar, &TimeRangeBar::timeWindowChanged, m_model, &DashboardModel::setTimeWindow);
    connect(m_timeBar, &TimeRangeBar::autoRefreshChanged, m_model,
            [this](int s) { m_model->setAutoRefresh(std::chrono::seconds(s)); });
    connect(m_timeBar, &TimeRangeBar::refreshRequested, m_model, &DashboardModel::refresh);
    m_timeBar->setTimeWindow(m_model->timeWindow());
    onDetectionChanged();
}

DashboardPage::~DashboardPage() = default;

ChartPanel *DashboardPage::panel(const QString &id) const
{
    for (ChartPanel *p : m_panels) {
        if (p->model()->panel().id == id) {
            return p;
        }
    }
    return nullptr;
}

void DashboardPage::setClient(Metrics::PromClient *client)
{
    m_model->setClient(client);
}

void DashboardPage::setSelector(const Metrics::Selector &selector)
{
    m_model->setSelector(selector);
}

void DashboardPage::setGrafanaTemplate(const QString &templateUrl)
{
    for (ChartPanel *p : std::as_const(m_panels)) {
        p->setGrafanaTemplate(templateUrl);
    }
}

bool DashboardPage::isBannerShown() const
{
    return !m_banner->isHidden();
}

QString DashboardPage::bannerText() const
{
    return m_bannerText->text();
}

void DashboardPage::onDetectionChanged()
{
    const QString text = m_model->bannerText();
    m_bannerText->setText(text);
    m_banner->setVisible(!text.isEmpty());
    using S = DashboardModel::DetectionState;
    m_bannerRetry->setVisible(m_model->detectionState() == S::NotFound || m_model->detectionState() == S::Failed);
    if (m_node && m_model->detectionState() == S::Found) {
        const QString current = m_model->selector().node;
        m_node->clear();
        m_node->addItems(m_model->detection().nodes);
        m_node->setCurrentIndex(m_node->findText(current));
        if (current.isEmpty() && m_node->count() > 0) {
            onNodeChosen(0);
        }
    }
}

void DashboardPage::onNodeChosen(int index)
{
    if (index < 0 || !m_node) {
        return;
    }
    Metrics::Selector s = m_model->selector();
    s.node = m_node->itemText(index);
    m_node->setCurrentIndex(index);
    m_model->setSelector(s);
}

} // namespace Ringside::Charts
