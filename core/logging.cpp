#include "logging.h"

Q_LOGGING_CATEGORY(lcKubeConfig, "ringside.kube.config", QtWarningMsg)
Q_LOGGING_CATEGORY(lcYaml, "ringside.yaml", QtWarningMsg)
