#pragma once

#include "models/charts/chartdata.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QAction;
class QChart;
class QCategoryAxis;
class QLabel;
class QLineSeries;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolButton;
class QValueAxis;

namespace Ringside::Charts {

class ChartView;
class PanelModel;
class TimeRangeBar;

/*! One dashboard panel: a line chart of a PanelModel with its title and unit, one line per series in the colour of
    the legend below it (a table: label, last, min, max, average; click a row to show or hide its line), hover
    tooltips with every visible series' value at the hovered time, a loading overlay, and an empty or error page
    that shows the model's full message (selectable) with a Retry button. Its menu exports the panel as PNG or CSV,
    copies the PromQL, and opens the panel in Grafana when a Grafana URL template is set. The chart follows the
    palette: ChartThemeDark when the window colour is dark. Alone (not in a dashboard) it can show its own time
    range bar. \since 0.1 */
class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    /*! Shows \a model (not owned; it must outlive the panel or be destroyed with it). */
    explicit ChartPanel(PanelModel *model, QWidget *parent = nullptr);
    ~ChartPanel() override;

    PanelModel *model() const { return m_model; }

    /*! Shows a time range bar of the panel's own that drives its model (off in a dashboard: the page has one). */
    void setTimeBarVisible(bool visible);
    TimeRangeBar *timeBar() const { return m_timeBar; }
    /*! The Grafana URL template (see Charts::grafanaUrl); empty hides "Open in Grafana". */
    void setGrafanaTemplate(const QString &templateUrl);
    QString grafanaTemplate() const { return m_grafanaTemplate; }

    /*! Saves the panel as a PNG; returns an empty string or the (translated) error. */
    QString exportPng(const QString &path);
    /*! Saves the visible series as CSV (UTF-8); returns an empty string or the (translated) error. */
    QString exportCsv(const QString &path);
    /*! Opens the panel's Grafana link; false with \a error when no link can be built or opened. */
    bool openInGrafana(QString *error);
    /*! The tooltip for the hovered time \a time (Unix seconds): the time, then each visible series' value. */
    QString tooltipHtml(double time) const;

    ChartView *chartView() const { return m_view; }
    QChart *chart() const { return m_chart; }
    QTableView *legendView() const { return m_legend; }
    /*! The line segments drawn for series \a row (a series with gaps is drawn as several). */
    QList<QLineSeries *> linesOf(int row) const;
    /*! True while the empty, error or idle page replaces the chart. */
    bool isMessageShown() const;
    QString shownMessage() const;
    QString shownHeading() const;
    QPushButton *retryButton() const { return m_retry; }
    QAction *exportPngAction() const { return m_exportPng; }
    QAction *exportCsvAction() const { return m_exportCsv; }
    QAction *grafanaAction() const { return m_grafana; }
    /*! The unit shown next to the title (the axis' scaled unit: "GiB", "ms", "%"). */
    QString unitText() const;
    QValueAxis *valueAxis() const { return m_axisY; }
    /*! The time axis: ticks on round local times (a category axis whose boundaries are the ticks). */
    QCategoryAxis *timeAxis() const { return m_axisX; }
    bool isDark() const { return m_dark; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *buildHeader();
    QWidget *buildMessagePage();
    void buildMenu(QToolButton *button);
    void onStateChanged();
    void rebuildSeries();
    void updateAxes(double minValue, double maxValue);
    void updateTitle();
    void applyTheme();
    void onHovered(double time, const QPoint &globalPos);
    void updatePixelWidth();
    /*! Hides Avg, then Max, then Min in the legend while the series names would not fit (Last always shows). */
    void fitLegendColumns();
    void exportPngInteractive();
    void exportCsvInteractive();
    void openGrafanaInteractive();
    void copyQueries();
    QString suggestedFileName(const QString &suffix) const;

    QPointer<PanelModel> m_model;
    QChart *m_chart;
    ChartView *m_view;
    QCategoryAxis *m_axisX;
    QValueAxis *m_axisY;
    QLabel *m_title = nullptr;
    QLabel *m_warning = nullptr;
    QStackedWidget *m_stack;
    QLabel *m_messageHeading = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_retry = nullptr;
    QTableView *m_legend;
    TimeRangeBar *m_timeBar = nullptr;
    QAction *m_exportPng = nullptr;
    QAction *m_exportCsv = nullptr;
    QAction *m_grafana = nullptr;
    QString m_grafanaTemplate;
    QList<QList<QLineSeries *>> m_lines;
    AxisScale m_scale;
    bool m_dark = false;
    QTimer m_widthTimer;
};

} // namespace Ringside::Charts
