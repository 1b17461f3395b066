#pragma once

#include <QLoggingCategory>

// One logging category per subsystem (STYLE rule 13). The default severity is Warning; enable more with
// QT_LOGGING_RULES="ringside.kube.*.debug=true". Credentials are never logged at any level.
Q_DECLARE_LOGGING_CATEGORY(lcKubeConfig)
Q_DECLARE_LOGGING_CATEGORY(lcYaml)
