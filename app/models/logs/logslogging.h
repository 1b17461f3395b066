#pragma once

#include <QLoggingCategory>

/*! The log viewer: streams, files, filtering and its widgets. */
Q_DECLARE_LOGGING_CATEGORY(lcLogs)
