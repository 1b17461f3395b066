#include "sandboxlog.h"

Q_LOGGING_CATEGORY(lcSandboxHttp, "ringside.sandbox.http", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSandboxTls, "ringside.sandbox.tls", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSandboxApi, "ringside.sandbox.api", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSandboxStore, "ringside.sandbox.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSandboxStream, "ringside.sandbox.stream", QtWarningMsg)
