#include "models/ops/opstr.h"

Q_LOGGING_CATEGORY(lcOps, "ringside.gui.ops", QtWarningMsg)
