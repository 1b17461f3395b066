#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <chrono>
#include <optional>
#include <utility>

namespace Ringside::Charts {

/*! The time windows a dashboard offers. \since 0.1 */
enum class WindowPreset {
    Last15m,
    Last1h,
    Last6h,
    Last24h,
    Last7d,
    Custom, //!< a fixed start and end chosen by the user
};

/*! The time range of a dashboard: the last N minutes/hours/days up to now, or a fixed custom range. A cheap value
    type. \since 0.1 */
struct TimeWindow
{
    WindowPreset preset = WindowPreset::Last1h;
    QDateTime customStart; //!< for Custom
    QDateTime customEnd;   //!< for Custom

    static TimeWindow last(WindowPreset preset);
    static TimeWindow custom(const QDateTime &start, const QDateTime &end);

    /*! True for the "last ..." presets: they move with the clock (and so auto-refresh makes sense). */
    bool isRelative() const { return preset != WindowPreset::Custom; }
    /*! The length of the window. */
    std::chrono::milliseconds span() const;
    /*! The window's start and end for \a now (custom windows ignore it), in UTC. */
    std::pair<QDateTime, QDateTime> resolve(const QDateTime &now) const;
    /*! An empty string when usable, else the translated reason (a custom end before its start, a range under a
        minute or over a year). */
    QString validate() const;
    /*! "Last 15 minutes", "Last 7 days", or the custom range; translated. */
    QString label() const;
    /*! A stable name for settings: "15m", "1h", "6h", "24h", "7d" or "custom". */
    QString id() const;

    bool operator==(const TimeWindow &other) const = default;
};

/*! Every preset, in menu order (Custom last). \since 0.1 */
QList<WindowPreset> windowPresets();
/*! The preset called \a id ("15m"...), if any. \since 0.1 */
std::optional<WindowPreset> presetFromId(const QString &id);

/*! The auto-refresh intervals offered; 0 means off. \since 0.1 */
QList<std::chrono::seconds> refreshIntervals();
/*! "Off", "10 s", "1 min"...; translated. \since 0.1 */
QString refreshLabel(std::chrono::seconds interval);

/*! The step of a range query over \a span drawn \a pixelWidth pixels wide: about four samples per pixel (so that
    LTTB has the spikes to choose from), never finer than \a minStep (a scrape interval: finer steps only repeat
    values), never more than 11,000 points (Prometheus' limit), rounded up to whole seconds. \since 0.1 */
std::chrono::milliseconds stepFor(std::chrono::milliseconds span, int pixelWidth,
                                  std::chrono::milliseconds minStep = std::chrono::seconds(15));

/*! \a range with its start moved down and its end moved down to multiples of \a step (Unix time), as Grafana does:
    repeated refreshes then ask for the same sample times, and series of one panel line up. \since 0.1 */
std::pair<QDateTime, QDateTime> alignToStep(const std::pair<QDateTime, QDateTime> &range,
                                            std::chrono::milliseconds step);

} // namespace Ringside::Charts

Q_DECLARE_METATYPE(Ringside::Charts::TimeWindow)
