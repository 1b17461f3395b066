#pragma once

#include <QLoggingCategory>

// Logging categories of the Cassandra domain layer and its operations (default severity Warning).
Q_DECLARE_LOGGING_CATEGORY(lcDomain)
Q_DECLARE_LOGGING_CATEGORY(lcOps)
