#pragma once

#include <QLoggingCategory>

/*! The YAML editor: validation, autosave and recovery, templates, and its widgets. */
Q_DECLARE_LOGGING_CATEGORY(lcEditor)
