#include "metrics/duration.h"

#include <array>

namespace Ringside::Metrics {

namespace {

struct UnitDef
{
    const char *suffix;
    qint64 ms;
};

// Largest first; the order in which Prometheus requires them to appear.
constexpr std::array<UnitDef, 7> Units{{
    {"y", 365LL * 24 * 3600 * 1000},
    {"w", 7LL * 24 * 3600 * 1000},
    {"d", 24LL * 3600 * 1000},
    {"h", 3600LL * 1000},
    {"m", 60LL * 1000},
    {"s", 1000},
    {"ms", 1},
}};

} // namespace

std::optional<std::chrono::milliseconds> parseDuration(const QString &text)
{
    if (text == QLatin1String("0")) {
        return std::chrono::milliseconds(0);
    }
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (n == 0) {
        return std::nullopt;
    }
    qint64 total = 0;
    size_t nextUnit = 0; // units must appear largest first, each at most once
    while (i < n) {
        const qsizetype digitsStart = i;
        qint64 value = 0;
        while (i < n && text.at(i).isDigit() && text.at(i).unicode() < 128) {
            value = value * 10 + (text.at(i).unicode() - '0');
            if (value > (qint64(1) << 40)) {
                return std::nullopt;
            }
            ++i;
        }
        if (i == digitsStart || i == n) {
            return std::nullopt;
        }
        // "ms" before "m": look for the longest suffix first.
        size_t found = Units.size();
        for (size_t u = nextUnit; u < Units.size(); ++u) {
            const QLatin1StringView suffix(Units[u].suffix);
            if (text.mid(i, suffix.size()) == suffix) {
                const bool isM = suffix == QLatin1StringView("m");
                if (isM && i + 1 < n && text.at(i + 1) == u's') {
                    continue; // it is "ms"
                }
                found = u;
                i += suffix.size();
                break;
            }
        }
        if (found == Units.size()) {
            return std::nullopt;
        }
        total += value * Units[found].ms;
        nextUnit = found + 1;
    }
    return std::chrono::milliseconds(total);
}

QString formatDuration(std::chrono::milliseconds d)
{
    qint64 ms = d.count();
    if (ms == 0) {
        return QStringLiteral("0s");
    }
    QString out;
    if (ms < 0) {
        out += u'-';
        ms = -ms;
    }
    for (const UnitDef &u : Units) {
        if (ms >= u.ms) {
            out += QString::number(ms / u.ms) + QLatin1StringView(u.suffix);
            ms %= u.ms;
        }
    }
    return out;
}

} // namespace Ringside::Metrics
