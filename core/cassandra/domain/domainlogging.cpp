#include "cassandra/domain/domainlogging.h"

Q_LOGGING_CATEGORY(lcDomain, "ringside.domain", QtWarningMsg)
Q_LOGGING_CATEGORY(lcOps, "ringside.ops", QtWarningMsg)
