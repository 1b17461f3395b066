#pragma once

#include <QStringList>

namespace Ringside {

/*! Runs the desktop application: parses the command line, installs translations, shows the main window.
    `--self-test` checks that the window and its models come up, then exits. Returns the exit code. */
int runApplication(int argc, char *argv[]);

} // namespace Ringside
