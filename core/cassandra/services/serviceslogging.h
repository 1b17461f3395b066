#pragma once

#include <QLoggingCategory>

// Logging categories of the cluster services clients (Reaper, Data API, GitOps export); default severity Warning.
Q_DECLARE_LOGGING_CATEGORY(lcReaper)
Q_DECLARE_LOGGING_CATEGORY(lcDataApi)
Q_DECLARE_LOGGING_CATEGORY(lcGitOps)
