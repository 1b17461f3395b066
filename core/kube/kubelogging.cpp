#include "kube/kubelogging.h"

Q_LOGGING_CATEGORY(lcKubeHttp, "ringside.kube.http", QtWarningMsg)
Q_LOGGING_CATEGORY(lcKubeAuth, "ringside.kube.auth", QtWarningMsg)
Q_LOGGING_CATEGORY(lcKubeWatch, "ringside.kube.watch", QtWarningMsg)
Q_LOGGING_CATEGORY(lcKubeDiscovery, "ringside.kube.discovery", QtWarningMsg)
Q_LOGGING_CATEGORY(lcKubeStream, "ringside.kube.stream", QtWarningMsg)
