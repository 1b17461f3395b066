#pragma once

#include <QLoggingCategory>

// One logging category per subsystem of the sandbox (STYLE rule 13). Default severity: Warning.
// Credentials (tokens, keys) are never logged at any level.
Q_DECLARE_LOGGING_CATEGORY(lcSandboxHttp)
Q_DECLARE_LOGGING_CATEGORY(lcSandboxTls)
Q_DECLARE_LOGGING_CATEGORY(lcSandboxApi)
Q_DECLARE_LOGGING_CATEGORY(lcSandboxStore)
Q_DECLARE_LOGGING_CATEGORY(lcSandboxStream)
