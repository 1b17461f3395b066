#include "metrics/metricslogging.h"

Q_LOGGING_CATEGORY(lcMetrics, "ringside.metrics", QtWarningMsg)
