#include "cassandra/services/serviceslogging.h"

Q_LOGGING_CATEGORY(lcReaper, "ringside.services.reaper", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDataApi, "ringside.services.dataapi", QtWarningMsg)
Q_LOGGING_CATEGORY(lcGitOps, "ringside.services.gitops", QtWarningMsg)
