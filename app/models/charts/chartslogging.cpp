#include "models/charts/chartslogging.h"

Q_LOGGING_CATEGORY(lcCharts, "ringside.gui.charts", QtWarningMsg)
