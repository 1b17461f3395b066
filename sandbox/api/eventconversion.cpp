#include "eventconversion.h"

namespace Ringside::Sandbox::EventConversion {

namespace {
// core field -> events.k8s.io/v1 field
const std::pair<const char *, const char *> Renames[] = {
    {"involvedObject", "regarding"},
    {"message", "note"},
    {"source", "deprecatedSource"},
    {"firstTimestamp", "deprecatedFirstTimestamp"},
    {"lastTimestamp", "deprecatedLastTimestamp"},
    {"count", "deprecatedCount"},
    {"reportingComponent", "reportingController"},
};
} // namespace

QJsonObject coreToEventsV1(const QJsonObject &core)
{
    QJsonObject out = core;
    for (const auto &[from, to] : Renames) {
        out.remove(QLatin1String(from));
        if (core.contains(QLatin1String(from))) {
            out.insert(QLatin1String(to), core.value(QLatin1String(from)));
        }
    }
    return out;
}

QJsonObject eventsV1ToCore(const QJsonObject &event)
{
    QJsonObject out = event;
    for (const auto &[from, to] : Renames) {
        out.remove(QLatin1String(to));
        if (event.contains(QLatin1String(to))) {
            out.insert(QLatin1String(from), event.value(QLatin1String(to)));
        }
    }
    return out;
}

} // namespace Ringside::Sandbox::EventConversion
