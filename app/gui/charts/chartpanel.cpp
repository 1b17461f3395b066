#include "gui/charts/chartpanel.h"

#include "gui/charts/chartstr.h"
#include "gui/charts/chartview.h"
#include "gui/charts/timerangebar.h"
#include "models/charts/chartslogging.h"
#include "models/charts/panelmodel.h"

#include <QAction>
#include <QApplication>
#include <QCategoryAxis>
#include <QChart>
#include <QClipboard>
#include <QDesktopServices>
#include <QFileDialog>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace Ringside::Charts {

namespace {

// Clicking anywhere on a legend row (or Space on it) shows or hides its series.
class LegendDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override
    {
        const QModelIndex first = index.siblingAtColumn(PanelModel::SeriesColumn);
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonDblClick: return static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton;
        case QEvent::MouseButtonRelease:
            if (static_cast<QMouseEvent *>(event)->button() != Qt::LeftButton) {
                return false;
            }
            return model->setData(first, !first.data(PanelModel::VisibleRole).toBool(), PanelModel::VisibleRole);
        case QEvent::KeyPress: {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Space || key == Qt::Key_Select) {
                return model->setData(first, !first.data(PanelModel::VisibleRole).toBool(), PanelModel::VisibleRole);
            }
            return false;
        }
        default: return QStyledItemDelegate::editorEvent(event, model, option, index);
        }
    }
};

bool isDarkPalette(const QPalette &p)
{
    return p.color(QPalette::Window).lightness() < 128;
}

} // namespace

ChartPanel::ChartPanel(PanelModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_chart(new QChart)
    , m_view(new ChartView(m_chart, this))
    , m_axisX(new QCategoryAxis(m_chart))
    , m_axisY(new QValueAxis(m_chart))
    , m_stack(new QStackedWidget(this))
    , m_legend(new QTableView(this))
{
    setObjectName(QStringLiteral("chartPanel_") + model->panel().id);
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(2, 4, 8, 2));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setBackgroundRoundness(0);
    m_axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_axisX->setTruncateLabels(false);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    m_view->setMinimumHeight(150);

    m_legend->setModel(model);
    m_legend->setItemDelegate(new LegendDelegate(m_legend));
    m_legend->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_legend->setSelectionMode(QAbstractItemView::NoSelection);
    m_legend->setShowGrid(false);
    m_legend->setWordWrap(false);
    m_legend->setFocusPolicy(Qt::StrongFocus);
    m_legend->verticalHeader()->hide();
    m_legend->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_legend->verticalHeader()->setDefaultSectionSize(m_legend->fontMetrics().height() + 4);
    m_legend->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_legend->horizontalHeader()->setSectionResizeMode(PanelModel::SeriesColumn, QHeaderView::Stretch);
    m_legend->horizontalHeader()->setHighlightSections(false);
    m_legend->setMaximumHeight(m_legend->horizontalHeader()->sizeHint().height()
                               + 4 * (m_legend->fontMetrics().height() + 4) + 4);
    m_legend->setToolTip(Tr::tr("Click a series to show or hide it"));

    m_stack->addWidget(m_view);
    m_stack->addWidget(buildMessagePage());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    layout->addWidget(buildHeader());
    m_timeBar = new TimeRangeBar(this);
    m_timeBar->hide();
    layout->addWidget(m_timeBar);
    layout->addWidget(m_warning);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_legend);

    m_widthTimer.setSingleShot(true);
    m_widthTimer.setInterval(80);
    connect(&m_widthTimer, &QTimer::timeout, this, &ChartPanel::updatePixelWidth);
    connect(m_view, &ChartView::resized, this, [this] { m_widthTimer.start(); });
    connect(m_view, &ChartView::hovered, this, &ChartPanel::onHovered);
    connect(m_view, &ChartView::left, this, [] { QToolTip::hideText(); });
    connect(model, &PanelModel::stateChanged, this, &ChartPanel::onStateChanged);
    connect(model, &PanelModel::seriesChanged, this, &ChartPanel::rebuildSeries);
    connect(model, &PanelModel::seriesVisibilityChanged, this, &ChartPanel::rebuildSeries);
    connect(m_timeBar, &TimeRangeBar::timeWindowChanged, model, &PanelModel::setTimeWindow);
    connect(m_timeBar, &TimeRangeBar::autoRefreshChanged, model,
            [model](int s) { model->setAutoRefresh(std::chrono::seconds(s)); });
    connect(m_timeBar, &TimeRangeBar::refreshRequested, model, &PanelModel::reload);

    applyTheme();
    onStateChanged();
}

ChartPanel::~ChartPanel() = default;

QWidget *ChartPanel::buildHeader()
{
    auto *header = new QWidget(this);
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(2, 0, 0, 0);
    row->setSpacing(4);
    m_title = new QLabel(header);
    m_title->setObjectName(QStringLiteral("panelTitle"));
    m_title->setTextFormat(Qt::RichText);
    m_title->setToolTip(m_model->panel().description());
    row->addWidget(m_title);
    row->addStretch(1);
    // Panels with several queries (p50/p95/p99, used/max, pending/active) let each be switched on and off.
    if (m_model->panel().queries.size() > 1) {
        for (const Metrics::PanelQuery &q : m_model->panel().queries) {
            auto *toggle = new QToolButton(header);
            toggle->setObjectName(QStringLiteral("query_") + q.id);
            toggle->setText(q.id);
            toggle->setCheckable(true);
            toggle->setAutoRaise(true);
            toggle->setChecked(m_model->isQueryEnabled(q.id));
            toggle->setToolTip(Tr::tr("Show the %1 series").arg(q.id));
            connect(toggle, &QToolButton::toggled, this,
                    [this, id = q.id](bool on) { m_model->setQueryEnabled(id, on); });
            row->addWidget(toggle);
        }
    }
    auto *menuButton = new QToolButton(header);
    menuButton->setObjectName(QStringLiteral("panelMenu"));
    menuButton->setText(QStringLiteral("\u22ef"));
    menuButton->setAutoRaise(true);
    menuButton->setPopupMode(QToolButton::InstantPopup);
    menuButton->setToolTip(Tr::tr("Panel actions: refresh, export, Grafana"));
    buildMenu(menuButton);
    row->addWidget(menuButton);

    // One line, cut where the panel ends (the whole text is in its tooltip): warnings must not squeeze the chart.
    m_warning = new QLabel(this);
    m_warning->setWordWrap(false);
    m_warning->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_warning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warning->setStyleSheet(QStringLiteral("QLabel { color: #b8860b; }"));
    m_warning->hide();
    return header;
}

void ChartPanel::buildMenu(QToolButton *button)
{
    auto *menu = new QMenu(button);
    QAction *refresh = menu->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), Tr::tr("&Refresh"));
    connect(refresh, &QAction::triggered, m_model, &PanelModel::reload);
    menu->addSeparator();
    m_exportPng = menu->addAction(QIcon::fromTheme(QStringLiteral("image-x-generic")), Tr::tr("Export as &PNG\u2026"));
    connect(m_exportPng, &QAction::triggered, this, &ChartPanel::exportPngInteractive);
    m_exportCsv = menu->addAction(QIcon::fromTheme(QStringLiteral("text-csv")), Tr::tr("Export as &CSV\u2026"));
    connect(m_exportCsv, &QAction::triggered, this, &ChartPanel::exportCsvInteractive);
    QAction *copy = menu->addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), Tr::tr("Copy &PromQL"));
    connect(copy, &QAction::triggered, this, &ChartPanel::copyQueries);
    m_grafana = menu->addAction(QIcon::fromTheme(QStringLiteral("internet-web-browser")), Tr::tr("Open in &Grafana"));
    m_grafana->setVisible(false);
    connect(m_grafana, &QAction::triggered, this, &ChartPanel::openGrafanaInteractive);
    button->setMenu(menu);
}

QWidget *ChartPanel::buildMessagePage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 8, 8, 8);
    m_messageHeading = new QLabel(page);
    QFont bold = m_messageHeading->font();
    bold.setBold(true);
    m_messageHeading->setFont(bold);
    m_message = new QLabel(page);
    m_message->setObjectName(QStringLiteral("panelMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_message->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_retry = new QPushButton(QIcon::fromTheme(QStringLiteral("view-refresh")), Tr::tr("&Retry"), page);
    connect(m_retry, &QPushButton::clicked, m_model, &PanelModel::reload);
    layout->addWidget(m_messageHeading);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_retry, 0, Qt::AlignLeft);
    return page;
}

void ChartPanel::setTimeBarVisible(bool visible)
{
    m_timeBar->setTimeWindow(m_model->timeWindow());
    m_timeBar->setAutoRefresh(m_model->autoRefresh());
    m_timeBar->setVisible(visible);
}

void ChartPanel::setGrafanaTemplate(const QString &templateUrl)
{
    m_grafanaTemplate = templateUrl.trimmed();
    m_grafana->setVisible(!m_grafanaTemplate.isEmpty());
}

void ChartPanel::onStateChanged()
{
    using State = PanelModel::State;
    const State state = m_model->state();
    const bool chartPage = state == State::Loading || state == State::Ready;
    m_stack->setCurrentIndex(chartPage ? 0 : 1);
    m_legend->setVisible(chartPage && m_model->rowCount() > 0);
    m_view->setLoading(state == State::Loading, Tr::tr("Loading\u2026"));
    m_warning->setVisible(state == State::Ready && !m_model->message().isEmpty());
    m_warning->setText(state == State::Ready ? m_model->message() : QString());
    m_warning->setToolTip(m_warning->text());
    m_retry->setVisible(state == State::Empty || state == State::Error);
    m_message->setText(chartPage ? QString() : m_model->message());
    QPalette p = palette();
    switch (state) {
    case State::Error:
        m_messageHeading->setText(Tr::tr("Prometheus error"));
        p.setColor(QPalette::WindowText, m_dark ? QColor(0xff8a8c) : QColor(0xc0392b));
        break;
    case State::Empty: m_messageHeading->setText(Tr::tr("No data")); break;
    default: m_messageHeading->setText(QString()); break;
    }
    m_messageHeading->setPalette(p);
    m_messageHeading->setVisible(!m_messageHeading->text().isEmpty());
}

void ChartPanel::rebuildSeries()
{
    m_chart->removeAllSeries();
    m_lines.clear();
    const QList<ChartSeries> &all = m_model->series();
    double minValue = std::numeric_limits<double>::infinity();
    double maxValue = -std::numeric_limits<double>::infinity();
    for (const ChartSeries &s : all) {
        if (!s.visible) {
            continue;
        }
        for (const QPointF &p : s.points) {
            if (std::isfinite(p.y())) {
                minValue = std::min(minValue, p.y());
                maxValue = std::max(maxValue, p.y());
            }
        }
    }
    if (!std::isfinite(minValue)) {
        minValue = 0;
        maxValue = 0;
    }
    m_scale = axisScale(std::max(std::fabs(minValue), std::fabs(maxValue)), m_model->unit());
    updateTitle();
    for (int row = 0; row < all.size(); ++row) {
        const ChartSeries &s = all.at(row);
        QList<QLineSeries *> segments;
        QList<QPointF> current;
        QPen pen(m_model->colorOf(row));
        pen.setWidthF(1.6);
        auto flush = [&] {
            if (current.isEmpty()) {
                return;
            }
            auto *line = new QLineSeries;
            line->setName(s.legend);
            line->replace(current);
            line->setPen(pen);
            // A run of one or two samples (a young series, or one between gaps) draws no visible line: mark its points.
            if (current.size() <= 2) {
                line->setPointsVisible(true);
                line->setMarkerSize(5);
            }
            m_chart->addSeries(line);
            line->attachAxis(m_axisX);
            line->attachAxis(m_axisY);
            line->setVisible(s.visible);
            segments.append(line);
            current.clear();
        };
        // Points with a NaN value mark gaps: each run between them is its own line.
        for (const QPointF &p : s.points) {
            if (std::isfinite(p.y())) {
                current.append(QPointF(p.x() * 1000.0, p.y() * m_scale.factor));
            } else {
                flush();
            }
        }
        flush();
        m_lines.append(segments);
    }
    updateAxes(minValue * m_scale.factor, maxValue * m_scale.factor);
    m_legend->setVisible(m_stack->currentIndex() == 0 && m_model->rowCount() > 0);
    fitLegendColumns();
}

void ChartPanel::updateAxes(double minValue, double maxValue)
{
    QDateTime start = m_model->start();
    QDateTime end = m_model->end();
    if (!start.isValid() || !end.isValid() || start >= end) {
        std::tie(start, end) = m_model->timeWindow().resolve(QDateTime::currentDateTimeUtc());
    }
    const QRectF area = m_chart->plotArea();
    const qreal width = area.width() > 0 ? area.width() : std::max(200, m_view->width() - 60);
    const qreal height = area.height() > 0 ? area.height() : std::max(100, m_view->height() - 40);
    const bool longLabels = start.secsTo(end) > 26 * 3600;
    const QList<TimeTick> ticks = timeTicks(start, end, std::clamp(int(width / (longLabels ? 95.0 : 70.0)), 2, 10));
    const QStringList old = m_axisX->categoriesLabels();
    for (const QString &label : old) {
        m_axisX->remove(label);
    }
    const qreal startMs = qreal(start.toMSecsSinceEpoch());
    m_axisX->setStartValue(startMs);
    for (const TimeTick &t : ticks) {
        if (qreal(t.msecs) > startMs) {
            m_axisX->append(t.label, qreal(t.msecs));
        }
    }
    m_axisX->setRange(startMs, qreal(end.toMSecsSinceEpoch()));

    const bool counts = m_model->unit() == Metrics::Unit::Count && m_scale.factor == 1.0;
    const NiceAxis y = niceAxis(std::min(0.0, minValue), maxValue, std::clamp(int(height / 32.0), 3, 7), counts);
    m_axisY->setRange(y.min, y.max);
    m_axisY->setTickCount(y.tickCount);
    qCDebug(lcCharts) << m_model->panel().id << "y axis" << minValue << maxValue << "->" << y.min << y.max << y.step
                      << y.tickCount;
    m_axisY->setLabelFormat(QStringLiteral("%.") + QString::number(y.decimals) + u'f');
}

void ChartPanel::updateTitle()
{
    QString html = QStringLiteral("<b>") + m_model->panel().title().toHtmlEscaped() + QStringLiteral("</b>");
    if (!m_scale.suffix.isEmpty()) {
        // The text colour blended into the window: dimmer than the title, readable in light and dark.
        const QColor text = palette().color(QPalette::WindowText);
        const QColor window = palette().color(QPalette::Window);
        const QColor dim
            = QColor::fromRgbF(0.6f * text.redF() + 0.4f * window.redF(), 0.6f * text.greenF() + 0.4f * window.greenF(),
                               0.6f * text.blueF() + 0.4f * window.blueF());
        html += QStringLiteral(" <span style=\"color:%1\">\u00b7 %2</span>")
                    .arg(dim.name(), m_scale.suffix.toHtmlEscaped());
    }
    m_title->setText(html);
}

void ChartPanel::applyTheme()
{
    m_dark = isDarkPalette(palette());
    m_chart->setTheme(m_dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->legend()->hide();
    const QPalette p = palette();
    m_chart->setBackgroundBrush(p.color(QPalette::Base));
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setPlotAreaBackgroundVisible(false);
    QFont small = font();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() * 0.85));
    QColor grid = p.color(QPalette::Text);
    grid.setAlpha(m_dark ? 50 : 35);
    QColor axisLine = p.color(QPalette::Text);
    axisLine.setAlpha(110);
    for (QValueAxis *axis : {static_cast<QValueAxis *>(m_axisX), m_axisY}) {
        axis->setLabelsFont(small);
        axis->setLabelsColor(p.color(QPalette::Text));
        axis->setGridLineColor(grid);
        axis->setLinePenColor(axisLine);
        axis->setMinorGridLineVisible(false);
    }
    m_model->setDarkPalette(m_dark);
    rebuildSeries();
    onStateChanged();
}

void ChartPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        if (isDarkPalette(palette()) != m_dark || event->type() == QEvent::PaletteChange) {
            applyTheme();
        }
    }
}

void ChartPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitLegendColumns();
}

void ChartPanel::fitLegendColumns()
{
    const int available = m_legend->viewport()->width() > 0 ? width() - 8 : 0;
    if (available <= 0 || !m_model) {
        return;
    }
    const QAbstractItemView *view = m_legend; // sizeHintForColumn is public there
    const auto hint = [view](int column) { return view->sizeHintForColumn(column) + 8; };
    // The names need their full width (pod names), or at least 60 % of the legend.
    const int names = std::min(hint(PanelModel::SeriesColumn), available * 6 / 10);
    int needed = names + hint(PanelModel::LastColumn);
    for (int column : {PanelModel::MinColumn, PanelModel::MaxColumn, PanelModel::AvgColumn}) {
        needed += hint(column);
    }
    for (int column : {PanelModel::AvgColumn, PanelModel::MaxColumn, PanelModel::MinColumn}) {
        const bool hide = needed > available;
        m_legend->setColumnHidden(column, hide);
        if (hide) {
            needed -= hint(column);
        }
    }
}

QList<QLineSeries *> ChartPanel::linesOf(int row) const
{
    return row >= 0 && row < m_lines.size() ? m_lines.at(row) : QList<QLineSeries *>();
}

bool ChartPanel::isMessageShown() const
{
    return m_stack->currentIndex() == 1;
}

QString ChartPanel::shownMessage() const
{
    return isMessageShown() ? m_message->text() : QString();
}

QString ChartPanel::shownHeading() const
{
    return isMessageShown() ? m_messageHeading->text() : QString();
}

QString ChartPanel::unitText() const
{
    return m_scale.suffix;
}

QString ChartPanel::tooltipHtml(double time) const
{
    const QList<HoverValue> values = m_model->valuesAt(time);
    if (values.isEmpty()) {
        return {};
    }
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(qRound64(values.constFirst().time * 1000.0)).toLocalTime();
    QString html = QStringLiteral("<b>") + at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toHtmlEscaped()
                   + QStringLiteral("</b><table>");
    for (const HoverValue &v : values) {
        html += QStringLiteral("<tr><td><span style=\"color:%1\">\u25a0</span> %2</td><td "
                               "align=\"right\">&nbsp;<b>%3</b></td></tr>")
                    .arg(v.color.name(), v.legend.toHtmlEscaped(),
                         Metrics::formatValue(v.value, m_model->unit()).toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    return html;
}

void ChartPanel::onHovered(double time, const QPoint &globalPos)
{
    const QString html = tooltipHtml(time);
    if (html.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(globalPos + QPoint(14, 14), html, m_view);
}

void ChartPanel::updatePixelWidth()
{
    const int width = int(m_chart->plotArea().width());
    m_model->setPixelWidth(width > 0 ? width : m_view->width());
}

QString ChartPanel::exportPng(const QString &path)
{
    const QPixmap image = grab();
    if (image.isNull()) {
        return Tr::tr("the panel \u201c%1\u201d could not be drawn").arg(m_model->panel().title());
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        return Tr::tr("cannot write %1: %2").arg(path, file.errorString());
    }
    return {};
}

QString ChartPanel::exportCsv(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Tr::tr("cannot write %1: %2").arg(path, file.errorString());
    }
    file.write(m_model->toCsv().toUtf8());
    if (!file.commit()) {
        return Tr::tr("cannot write %1: %2").arg(path, file.errorString());
    }
    return {};
}

bool ChartPanel::openInGrafana(QString *error)
{
    if (m_grafanaTemplate.isEmpty()) {
        *error = Tr::tr("no Grafana URL is set for this context");
        return false;
    }
    const std::optional<QUrl> url = m_model->grafanaUrl(m_grafanaTemplate, error);
    if (!url) {
        return false;
    }
    if (!QDesktopServices::openUrl(*url)) {
        *error = Tr::tr("no browser could open %1").arg(url->toDisplayString());
        return false;
    }
    return true;
}

QString ChartPanel::suggestedFileName(const QString &suffix) const
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString name = m_model->panel().id;
    if (!m_model->selector().cluster.isEmpty()) {
        name = m_model->selector().cluster + u'-' + name;
    }
    return dir + u'/' + name + u'-' + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")) + suffix;
}

void ChartPanel::exportPngInteractive()
{
    const QString path
        = QFileDialog::getSaveFileName(this, Tr::tr("Export \u201c%1\u201d as PNG").arg(m_model->panel().title()),
                                       suggestedFileName(QStringLiteral(".png")), Tr::tr("PNG images (*.png)"));
    if (path.isEmpty()) {
        return;
    }
    const QString error = exportPng(path);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, Tr::tr("Export failed"), error);
    }
}

void ChartPanel::exportCsvInteractive()
{
    const QString path
        = QFileDialog::getSaveFileName(this, Tr::tr("Export \u201c%1\u201d as CSV").arg(m_model->panel().title()),
                                       suggestedFileName(QStringLiteral(".csv")), Tr::tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    const QString error = exportCsv(path);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, Tr::tr("Export failed"), error);
    }
}

void ChartPanel::openGrafanaInteractive()
{
    QString error;
    if (!openInGrafana(&error)) {
        QMessageBox::warning(this, Tr::tr("Open in Grafana"), error);
    }
}

void ChartPanel::copyQueries()
{
    QStringList lines;
    for (const Metrics::RenderedQuery &q : m_model->queries()) {
        lines.append(q.promql);
    }
    QApplication::clipboard()->setText(lines.join(u'\n'));
}

} // namespace Ringside::Charts
