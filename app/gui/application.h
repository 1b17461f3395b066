#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Ringside {

/*! Runs the desktop application: parses the command line, installs translations, shows the main window.
    `--self-test` checks that the window and its models come up, then exits. Returns the exit code. */
int runApplication(int argc, char *argv[]);

/*! Installs Ringside's and Qt's translations for \a language (a locale name such as "de"; empty: the system's).
    English needs its catalogue too, for plural forms. */
void installTranslations(QCoreApplication &app, const QString &language = QString());

} // namespace Ringside
