# The metrics layer (issue 6): Prometheus client, PromQL catalog, LTTB, alert rules. Included by core/CMakeLists.txt.
target_sources(ringside_core PRIVATE
    metrics/metricslogging.h metrics/metricslogging.cpp
    metrics/promtypes.h metrics/promtypes.cpp
    metrics/promtransport.h metrics/promtransport.cpp
    metrics/promclient.h metrics/promclient.cpp
    metrics/duration.h metrics/duration.cpp
    metrics/promcatalog.h metrics/promcatalog.cpp
    metrics/lttb.h metrics/lttb.cpp
    metrics/alertrule.h metrics/alertrule.cpp
    metrics/alertengine.h metrics/alertengine.cpp
    metrics/nodemetrics.h metrics/nodemetrics.cpp
)
