#pragma once

#include <QLoggingCategory>

// Logging categories of the Kubernetes client (STYLE rule 13). Default severity: Warning. Enable more with
// QT_LOGGING_RULES="ringside.kube.*.debug=true". Credentials (tokens, passwords, keys, refresh tokens, exec plugin
// output) are never logged at any level: only methods, URLs without user info, status codes and sizes.
Q_DECLARE_LOGGING_CATEGORY(lcKubeHttp)
Q_DECLARE_LOGGING_CATEGORY(lcKubeAuth)
Q_DECLARE_LOGGING_CATEGORY(lcKubeWatch)
Q_DECLARE_LOGGING_CATEGORY(lcKubeDiscovery)
Q_DECLARE_LOGGING_CATEGORY(lcKubeStream)
