#pragma once

#include <QString>

#include <chrono>
#include <optional>

namespace Ringside::Metrics {

/*! Parses a Prometheus duration: one or more of `<n>y`, `w`, `d`, `h`, `m`, `s`, `ms` in that order ("1h30m",
    "90s", "5m", "0"). Returns nothing for anything else. \since 0.1 */
std::optional<std::chrono::milliseconds> parseDuration(const QString &text);

/*! Writes \a d as Prometheus does ("1h30m", "5m", "0s"). \since 0.1 */
QString formatDuration(std::chrono::milliseconds d);

} // namespace Ringside::Metrics
