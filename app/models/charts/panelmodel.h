#pragma once

#include "metrics/promcatalog.h"
#include "metrics/promclient.h"
#include "models/charts/chartdata.h"
#include "models/charts/timewindow.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <optional>

namespace Ringside::Charts {

/*! The data of one dashboard panel: runs the panel's range queries through a PromClient for a time window and a
    scope (cluster, datacenter, node), keeps the answer as value types, downsamples each series with LTTB to the
    view's pixel width, and says what state it is in. As a table it is the panel's legend: one row per series with
    its label (checkable: visible or not), last, min, max and average.

    Loading is "latest wins" (STYLE rule 3): every load cancels the requests of the previous one and bumps a
    generation counter, and answers of an older generation are dropped. Setting the window, scope, flavour or
    enabled queries schedules one coalesced reload for the next event-loop turn; auto-refresh reloads a moving
    window on a timer (skipped while a load is still running). \since 0.1 */
class PanelModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class State {
        Idle,    //!< nothing asked yet, or nothing can be asked (no Prometheus, metrics not detected): see message()
        Loading, //!< requests in flight; the previous series stay until the answer
        Ready,   //!< series to draw
        Empty,   //!< Prometheus answered with no series: message() says for which queries, where and when
        Error,   //!< a request failed: message() names the query, the endpoint and Prometheus' error
    };
    Q_ENUM(State)

    enum Column { SeriesColumn, LastColumn, MinColumn, MaxColumn, AvgColumn, ColumnCount };

    enum Roles {
        KeyRole = Qt::UserRole + 1, //!< QString: ChartSeries::key
        QueryIdRole,                //!< QString
        VisibleRole,                //!< bool
        ColorRole,                  //!< QColor of the series
        ValueRole,                  //!< double: the raw number of the Last/Min/Max/Avg column
    };

    explicit PanelModel(const Metrics::Panel &panel, QObject *parent = nullptr);
    ~PanelModel() override;

    const Metrics::Panel &panel() const { return m_panel; }

    /*! The client to ask (not owned; may be null: the model is then Idle). Schedules a reload. */
    void setClient(Metrics::PromClient *client);
    Metrics::PromClient *client() const { return m_client; }
    void setFlavour(Metrics::Flavour flavour);
    Metrics::Flavour flavour() const { return m_flavour; }
    void setSelector(const Metrics::Selector &selector);
    const Metrics::Selector &selector() const { return m_selector; }
    void setTimeWindow(const TimeWindow &window);
    const TimeWindow &timeWindow() const { return m_window; }
    /*! The width of the plot in pixels: each series is downsampled to it (now, without asking Prometheus again),
        and the next load picks its step from it. */
    void setPixelWidth(int pixels);
    int pixelWidth() const { return m_pixelWidth; }
    /*! The finest step to ask for (a scrape interval). */
    void setMinStep(std::chrono::milliseconds step);
    /*! Reloads a moving window every \a interval; 0 turns it off. */
    void setAutoRefresh(std::chrono::seconds interval);
    std::chrono::seconds autoRefresh() const { return m_autoRefreshInterval; }
    /*! The queries of the panel that run. By default all, except that a panel with a "p99" query runs only that one
        (p50 and p95 are opt-in). */
    void setQueryEnabled(const QString &queryId, bool enabled);
    bool isQueryEnabled(const QString &queryId) const { return m_enabledQueries.contains(queryId); }
    /*! Selects the colour palette for dark or light backgrounds. */
    void setDarkPalette(bool dark);

    /*! Schedules a load for the next event-loop turn (coalesced with other changes). */
    void refresh();
    /*! Loads now, cancelling what is in flight. */
    void reload();
    /*! Cancels what is in flight and shows \a message as the Idle state (e.g. "no Cassandra metrics"). */
    void setIdle(const QString &message);

    State state() const { return m_state; }
    /*! The translated text of the state: why it is idle, empty or failed; Prometheus' warnings when ready. */
    QString message() const { return m_message; }
    /*! The failure of the last load, when the state is Error. */
    std::optional<Metrics::PromError> error() const { return m_error; }
    /*! Incremented by every load: handlers of older loads are ignored. */
    quint64 generation() const { return m_generation; }
    /*! The queries of the last load (rendered PromQL). */
    const QList<Metrics::RenderedQuery> &queries() const { return m_queries; }
    QDateTime start() const { return m_start; }
    QDateTime end() const { return m_end; }
    std::chrono::milliseconds step() const { return m_step; }
    Metrics::Unit unit() const { return m_panel.unitFor(m_flavour); }

    const QList<ChartSeries> &series() const { return m_series; }
    QColor colorOf(int row) const;
    bool isSeriesVisible(int row) const;
    void setSeriesVisible(int row, bool visible);
    /*! The values of every visible series nearest to \a time (Unix seconds), when within one step of it. */
    QList<HoverValue> valuesAt(double time) const;
    /*! The visible series as CSV (see Charts::toCsv). */
    QString toCsv() const;
    /*! The Grafana link of this panel for \a templateUrl (see Charts::grafanaUrl). */
    std::optional<QUrl> grafanaUrl(const QString &templateUrl, QString *error) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void stateChanged(Ringside::Charts::PanelModel::State state);
    /*! The points to draw changed: new data, or downsampled to a new width. */
    void seriesChanged();
    void seriesVisibilityChanged(int row, bool visible);

private:
    void cancelPending();
    void setState(State state, const QString &message);
    void onResult(quint64 generation, int index, const Metrics::QueryResult &result);
    void onError(quint64 generation, const Metrics::PromError &error);
    void finish();
    void downsample();
    void onAutoRefresh();
    QString emptyMessage() const;
    QString endpointText() const;

    Metrics::Panel m_panel;
    QPointer<Metrics::PromClient> m_client;
    Metrics::Flavour m_flavour = Metrics::Flavour::Modern;
    Metrics::Selector m_selector;
    TimeWindow m_window;
    int m_pixelWidth = 600;
    std::chrono::milliseconds m_minStep{15000};
    std::chrono::seconds m_autoRefreshInterval{0};
    QSet<QString> m_enabledQueries;
    bool m_dark = false;

    State m_state = State::Idle;
    QString m_message;
    std::optional<Metrics::PromError> m_error;
    quint64 m_generation = 0;
    QList<Metrics::RequestHandle> m_pending;
    QList<Metrics::RenderedQuery> m_queries;
    QList<std::optional<Metrics::QueryResult>> m_results;
    int m_remaining = 0;
    QDateTime m_start;
    QDateTime m_end;
    std::chrono::milliseconds m_step{0};

    QList<ChartSeries> m_series;
    QSet<QString> m_hidden; //!< keys of series the user hid: kept across reloads
    QTimer m_coalesce;
    QTimer m_autoRefresh;
};

} // namespace Ringside::Charts
