#include "models/editor/editorlogging.h"

Q_LOGGING_CATEGORY(lcEditor, "ringside.gui.editor", QtWarningMsg)
