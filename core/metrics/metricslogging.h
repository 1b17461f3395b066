#pragma once

#include <QLoggingCategory>

// The logging category of the metrics layer (STYLE rule 13). Default severity: Warning. Enable more with
// QT_LOGGING_RULES="ringside.metrics.debug=true". Credentials (bearer tokens, passwords) are never logged: only
// methods, URLs without user info, status codes, sizes and PromQL.
Q_DECLARE_LOGGING_CATEGORY(lcMetrics)
