#include "models/logs/logslogging.h"

Q_LOGGING_CATEGORY(lcLogs, "ringside.gui.logs", QtWarningMsg)
