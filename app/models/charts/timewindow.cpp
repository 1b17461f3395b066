#include "models/charts/timewindow.h"

#include "models/modelstr.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace Ringside::Charts {

using namespace std::chrono_literals;

namespace {

constexpr qint64 MaxPoints = 11000;
constexpr int SamplesPerPixel = 4;

std::chrono::milliseconds presetSpan(WindowPreset p)
{
    switch (p) {
    case WindowPreset::Last15m: return 15min;
    case WindowPreset::Last1h: return 1h;
    case WindowPreset::Last6h: return 6h;
    case WindowPreset::Last24h: return 24h;
    case WindowPreset::Last7d: return 7 * 24h;
    case WindowPreset::Custom: break;
    }
    return 0ms;
}

} // namespace

TimeWindow TimeWindow::last(WindowPreset preset)
{
    TimeWindow w;
    w.preset = preset;
    return w;
}

TimeWindow TimeWindow::custom(const QDateTime &start, const QDateTime &end)
{
    TimeWindow w;
    w.preset = WindowPreset::Custom;
    w.customStart = start.toUTC();
    w.customEnd = end.toUTC();
    return w;
}

std::chrono::milliseconds TimeWindow::span() const
{
    if (preset == WindowPreset::Custom) {
        if (!customStart.isValid() || !customEnd.isValid()) {
            return 0ms;
        }
        return std::chrono::milliseconds(customStart.msecsTo(customEnd));
    }
    return presetSpan(preset);
}

std::pair<QDateTime, QDateTime> TimeWindow::resolve(const QDateTime &now) const
{
    if (preset == WindowPreset::Custom) {
        return {customStart.toUTC(), customEnd.toUTC()};
    }
    const QDateTime end = now.toUTC();
    return {end.addMSecs(-span().count()), end};
}

QString TimeWindow::validate() const
{
    if (preset != WindowPreset::Custom) {
        return {};
    }
    if (!customStart.isValid() || !customEnd.isValid()) {
        return ModelsTr::tr("a custom time range needs a start and an end");
    }
    if (customEnd <= customStart) {
        return ModelsTr::tr("the custom time range ends (%1) before it starts (%2)")
            .arg(QLocale().toString(customEnd.toLocalTime(), QLocale::ShortFormat),
                 QLocale().toString(customStart.toLocalTime(), QLocale::ShortFormat));
    }
    if (span() < 1min) {
        return ModelsTr::tr("the custom time range is shorter than a minute");
    }
    if (span() > 366 * 24h) {
        return ModelsTr::tr("the custom time range is longer than a year");
    }
    return {};
}

QString TimeWindow::label() const
{
    switch (preset) {
    case WindowPreset::Last15m: return ModelsTr::tr("Last 15 minutes");
    case WindowPreset::Last1h: return ModelsTr::tr("Last hour");
    case WindowPreset::Last6h: return ModelsTr::tr("Last 6 hours");
    case WindowPreset::Last24h: return ModelsTr::tr("Last 24 hours");
    case WindowPreset::Last7d: return ModelsTr::tr("Last 7 days");
    case WindowPreset::Custom:
        if (customStart.isValid() && customEnd.isValid()) {
            const QLocale l;
            return ModelsTr::tr("%1 to %2")
                .arg(l.toString(customStart.toLocalTime(), QLocale::ShortFormat),
                     l.toString(customEnd.toLocalTime(), QLocale::ShortFormat));
        }
        return ModelsTr::tr("Custom range");
    }
    return {};
}

QString TimeWindow::id() const
{
    switch (preset) {
    case WindowPreset::Last15m: return QStringLiteral("15m");
    case WindowPreset::Last1h: return QStringLiteral("1h");
    case WindowPreset::Last6h: return QStringLiteral("6h");
    case WindowPreset::Last24h: return QStringLiteral("24h");
    case WindowPreset::Last7d: return QStringLiteral("7d");
    case WindowPreset::Custom: break;
    }
    return QStringLiteral("custom");
}

QList<WindowPreset> windowPresets()
{
    return {WindowPreset::Last15m, WindowPreset::Last1h, WindowPreset::Last6h,
            WindowPreset::Last24h, WindowPreset::Last7d, WindowPreset::Custom};
}

std::optional<WindowPreset> presetFromId(const QString &id)
{
    for (const WindowPreset p : windowPresets()) {
        if (TimeWindow::last(p).id() == id) {
            return p;
        }
    }
    return std::nullopt;
}

QList<std::chrono::seconds> refreshIntervals()
{
    return {0s, 10s, 30s, 1min, 5min, 15min};
}

QString refreshLabel(std::chrono::seconds interval)
{
    if (interval.count() <= 0) {
        return ModelsTr::tr("Off");
    }
    if (interval.count() % 60 == 0) {
        return ModelsTr::tr("%n min", nullptr, int(interval.count() / 60));
    }
    return ModelsTr::tr("%n s", nullptr, int(interval.count()));
}

std::chrono::milliseconds stepFor(std::chrono::milliseconds span, int pixelWidth, std::chrono::milliseconds minStep)
{
    const qint64 points = std::clamp<qint64>(qint64(std::max(pixelWidth, 1)) * SamplesPerPixel, 100, MaxPoints - 1);
    qint64 step = std::max<qint64>(span.count() / points, std::max<qint64>(minStep.count(), 1000));
    // Whole seconds, and never so fine that Prometheus refuses the range (points + 1 must stay <= 11,000).
    step = (step + 999) / 1000 * 1000;
    while (span.count() / step + 1 > MaxPoints) {
        step += 1000;
    }
    return std::chrono::milliseconds(step);
}

std::pair<QDateTime, QDateTime> alignToStep(const std::pair<QDateTime, QDateTime> &range,
                                            std::chrono::milliseconds step)
{
    const qint64 s = std::max<qint64>(step.count(), 1);
    auto down = [s](const QDateTime &t) {
        const qint64 ms = t.toMSecsSinceEpoch();
        qint64 aligned = ms / s * s;
        if (aligned > ms) { // negative times round towards zero
            aligned -= s;
        }
        return QDateTime::fromMSecsSinceEpoch(aligned, QTimeZone::UTC);
    };
    return {down(range.first), down(range.second)};
}

} // namespace Ringside::Charts
