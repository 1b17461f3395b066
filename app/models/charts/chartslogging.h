#pragma once

#include <QLoggingCategory>

/*! The metric dashboards: panel models, chart widgets and the dashboard page (STYLE rule 13). Default severity:
    Warning; enable more with QT_LOGGING_RULES="ringside.gui.charts.debug=true". Never logs credentials. */
Q_DECLARE_LOGGING_CATEGORY(lcCharts)
