#include "logging.h"

Q_LOGGING_CATEGORY(lcGui, "ringside.gui", QtWarningMsg)
Q_LOGGING_CATEGORY(lcGuiTree, "ringside.gui.tree", QtWarningMsg)
