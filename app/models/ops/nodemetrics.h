#pragma once

// A thin forward: the node metrics of the alert rules live in the core (metrics/nodemetrics.h), shared with
// `ringsidectl alerts`. Kept so the alerts panel and its tests can keep their Operations:: names.

#include "metrics/nodemetrics.h"

namespace Ringside::Operations {

using Metrics::applyDiskUsage;
using Metrics::ClusterNodeMetrics;
using Metrics::diskUsageByPod;
using Metrics::diskUsageQuery;
using Metrics::fillNodeMetrics;
using Metrics::queryClusterNodeMetrics;

} // namespace Ringside::Operations
